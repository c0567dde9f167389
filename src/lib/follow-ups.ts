import { historicalUnrecordedFacts, type ActionItem, type HistoricalUnrecordedFact, type Postmortem, type Severity } from './postmortem-schema.ts';
import { daysBetween } from './durations.ts';
import { median, shareOf } from './metrics-stats.ts';
import { isOpen, isOverdue } from './predicates.ts';
import { compareText } from './compare-text.ts';

export { isOpen, isOverdue };

/** An action item with the postmortem it came from. */
export interface FollowUp extends ActionItem {
  postmortemId: string;
  postmortemTitle: string;
  severity: Severity;
  /**
   * The day the item was raised. Items carry no creation date of their own, so this is the
   * postmortem's `drafted` day: the earliest day the item can have existed.
   */
  raised: string;
}

type StatusAndDue = Pick<ActionItem, 'status' | 'due'>;

/** Days past due on the as-of day (0 when not overdue). */
export function overdueDays(item: StatusAndDue, asOf: string): number {
  return isOverdue(item, asOf) ? daysBetween(item.due!, asOf)! : 0;
}

/** Age of an open item on the as-of day = as-of day - raised day, in days; undefined once closed. */
export function openAgeDays(item: Pick<FollowUp, 'status' | 'raised'>, asOf: string): number | undefined {
  return isOpen(item) ? Math.max(0, daysBetween(item.raised, asOf)!) : undefined;
}

/** How long after its due day a closed follow-up stays listed on the follow-ups page. */
export const closedFollowUpListingDays = 365;

/**
 * The follow-ups the page lists: every open or in-progress one whatever its age, and closed ones
 * (done, won't do) due within the last `days` days. Older closed items are history: they stay in
 * the counts, the CSV and the JSON, but not in a page that would otherwise grow by every item ever
 * raised (9 MB at 5,000 postmortems). A closed item without a due day (a historical record) is
 * history too: its report was written before the knowledge base.
 */
export function selectListedFollowUps(items: readonly FollowUp[], asOf: string, days = closedFollowUpListingDays) {
  const listed = items.filter((item) => isOpen(item) || (item.due !== undefined && daysBetween(item.due, asOf)! <= days));
  return { listed, unlisted: items.length - listed.length };
}

/**
 * Every action item across postmortems, sorted by due day (items without one, never recorded on a
 * historical record, last), then postmortem id, then item id.
 */
export function flattenActionItems(records: readonly { id: string; data: Postmortem }[]): FollowUp[] {
  return records
    .flatMap((record) =>
      record.data.actionItems.map((item) => ({
        ...item,
        postmortemId: record.id,
        postmortemTitle: record.data.title,
        severity: record.data.severity,
        raised: record.data.drafted,
      })),
    )
    .sort((a, b) => compareDue(a.due, b.due) || compareText(a.postmortemId, b.postmortemId) || compareText(a.id, b.id));
}

/**
 * A service page lists its first open follow-ups (by due day, the most overdue first) and links
 * the rest to a paged list of their own (`serviceFollowUpsUrl`): imported history gave one service
 * 318 open items, a list 48,000px tall on a phone above the service's own incident history, and
 * folded in the page they still made two service pages of the 5,000-postmortem bench over 300 KB.
 */
export const serviceFollowUpsShown = 10;

/** The first `shown` items, and the rest, in the order given. */
export function splitShownFollowUps<T>(items: readonly T[], shown = serviceFollowUpsShown): { shown: T[]; rest: T[] } {
  return { shown: items.slice(0, shown), rest: items.slice(shown) };
}

/** The open follow-ups of the postmortems `postmortemIds`, in the order given (the corpus's: by due day). */
export function openFollowUpsOf<T extends Pick<FollowUp, 'postmortemId' | 'status'>>(followUps: readonly T[], postmortemIds: ReadonlySet<string>): T[] {
  return followUps.filter((item) => postmortemIds.has(item.postmortemId) && isOpen(item));
}

/** The paged list of a service's open follow-ups, for a service with more than its page shows. */
export const serviceFollowUpsUrl = (service: string) => `/services/${service}/follow-ups/`;

/**
 * The facts a historical record never recorded, each as null: the JSON export names them with an
 * empty value, so a reader sees they are unknown (a left-out key reads as an older format).
 */
export function unrecordedFactsAsNull(item: ActionItem): Partial<Record<HistoricalUnrecordedFact, null>> {
  return Object.fromEntries(historicalUnrecordedFacts.filter((fact) => item[fact] === undefined).map((fact) => [fact, null]));
}

const compareDue = (a: string | undefined, b: string | undefined) =>
  a === undefined || b === undefined ? Number(a === undefined) - Number(b === undefined) : compareText(a, b);

/**
 * The group of items whose owner, priority or type was never recorded (historical records, which
 * may leave them out): its own group, never folded into a team's or a priority's. Starts with
 * `_`, which no team id, priority or type can, so it cannot be mistaken for one.
 */
export const notRecordedGroup = '_not-recorded';

export interface FollowUpGroup {
  total: number;
  done: number;
  wontDo: number;
  open: number;
  overdue: number;
  /** done / (total - wontDo), null when every item was dropped. */
  closureRate: number | null;
}

export const closureRateDefinition =
  "closure rate = done / (all - won't do) action items: dropping an item on purpose is a decision, not a failure to close it, so it is left out of both sides";

/** Follow-up aggregates on the as-of day. Groups are keyed in code-point order, `notRecordedGroup` last. */
export function summariseFollowUps(items: readonly FollowUp[], asOf: string) {
  const count = (predicate: (item: FollowUp) => boolean) => items.filter(predicate).length;
  const done = count((i) => i.status === 'done');
  const wontDo = count((i) => i.status === 'wont-do');
  const group = (keyOf: (item: FollowUp) => string): Record<string, FollowUpGroup> => {
    const groups = new Map<string, FollowUpGroup>();
    for (const item of items) {
      const key = keyOf(item);
      const g = groups.get(key) ?? { total: 0, done: 0, wontDo: 0, open: 0, overdue: 0, closureRate: null };
      g.total += 1;
      if (item.status === 'done') g.done += 1;
      if (item.status === 'wont-do') g.wontDo += 1;
      if (isOpen(item)) g.open += 1;
      if (isOverdue(item, asOf)) g.overdue += 1;
      g.closureRate = shareOf(g.done, g.total - g.wontDo);
      groups.set(key, g);
    }
    // Items whose fact was never recorded come last, whatever the letters sort to.
    const keys = [...groups.keys()].sort((a, b) => Number(a === notRecordedGroup) - Number(b === notRecordedGroup) || compareText(a, b));
    return Object.fromEntries(keys.map((k) => [k, groups.get(k)!]));
  };
  const overdueAges = items.filter((i) => isOverdue(i, asOf)).map((i) => overdueDays(i, asOf));
  const openAges = items.map((i) => openAgeDays(i, asOf)).filter((age): age is number => age !== undefined);
  return {
    asOf,
    total: items.length,
    open: count((i) => i.status === 'open'),
    inProgress: count((i) => i.status === 'in-progress'),
    done,
    wontDo,
    overdue: overdueAges.length,
    closureRate: shareOf(done, items.length - wontDo),
    oldestOverdueDays: overdueAges.length ? Math.max(...overdueAges) : null,
    /** Overdue items by days past due, in `ageBuckets`. */
    overdueAgeBuckets: bucketAges(overdueAges),
    /** Age of open and in-progress items (as-of day - raised day), in days. */
    openAgeDays: {
      count: openAges.length,
      median: median(openAges) ?? null,
      max: openAges.length ? Math.max(...openAges) : null,
    },
    /** Items without the fact (historical records) are counted under `notRecordedGroup`. */
    byOwner: group((i) => i.owner ?? notRecordedGroup),
    byPriority: group((i) => i.priority ?? notRecordedGroup),
    byType: group((i) => i.type ?? notRecordedGroup),
    /** Items whose fact was never recorded (historical records: docs/follow-ups.md), per fact. */
    notRecorded: Object.fromEntries(historicalUnrecordedFacts.map((fact) => [fact, count((i) => i[fact] === undefined)])) as Record<HistoricalUnrecordedFact, number>,
    byStatus: Object.fromEntries(['open', 'in-progress', 'done', 'wont-do'].map((s) => [s, count((i) => i.status === s)])),
  };
}

export type FollowUpSummary = ReturnType<typeof summariseFollowUps>;

/**
 * Buckets of days (overdue days, open age): each bucket holds values >= the previous bound and
 * < its own `below`. The last bucket is open-ended.
 */
export const ageBuckets = [
  { label: '< 30 d', below: 30 },
  { label: '30–90 d', below: 90 },
  { label: '90–180 d', below: 180 },
  { label: '180–365 d', below: 365 },
  { label: '≥ 1 year', below: Infinity },
] as const;

/**
 * The days a bucket of `ageBuckets` spans, by its label: 30, 60, 90, 185, Infinity for the
 * open-ended last bucket; undefined for a label that is none of them. The buckets are of unequal
 * length, and a chart of them must say so (equal bars for 30 and for 185 days read as a decline).
 */
export function ageBucketLength(label: string): number | undefined {
  const i = ageBuckets.findIndex((bucket) => bucket.label === label);
  if (i < 0) return undefined;
  return ageBuckets[i].below - (i === 0 ? 0 : ageBuckets[i - 1].below);
}

export function bucketAges(days: readonly number[]): { label: string; count: number }[] {
  return ageBuckets.map((bucket, i) => ({
    label: bucket.label,
    count: days.filter((d) => d < bucket.below && (i === 0 || d >= ageBuckets[i - 1].below)).length,
  }));
}

/** RFC 4180: quote a field holding a comma, quote or line break, and double inner quotes. */
export function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const followUpsCsvColumns = [
  'postmortem', 'postmortem_title', 'severity', 'id', 'title', 'owner', 'due', 'priority', 'type', 'status',
  'overdue_days', 'open_age_days', 'verification', 'link',
] as const;

/**
 * RFC 4180 CSV (CRLF line ends, header row) of every follow-up, with its state on the as-of day.
 * A fact a historical record never recorded is an empty field, never a made-up value.
 */
export function toFollowUpsCsv(items: readonly FollowUp[], asOf: string): string {
  const rows = items.map((i) => [
    i.postmortemId, i.postmortemTitle, i.severity, i.id, i.title, i.owner, i.due, i.priority, i.type, i.status,
    overdueDays(i, asOf), openAgeDays(i, asOf) ?? '', i.verification, i.link ?? '',
  ]);
  return [followUpsCsvColumns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
