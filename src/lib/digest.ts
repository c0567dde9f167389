import type { PostmortemRecord } from './browse.ts';
import { flattenActionItems, isOpen, isOverdue, notRecordedGroup, overdueDays, summariseFollowUps, type FollowUp } from './follow-ups.ts';
import { findRecurrences, describeRecurrence } from './recurrence.ts';
import { formatDay } from './format.ts';
import { summariseValues, type DurationSummary } from './metrics.ts';
import { computeTimeToResolve, computeTimeToPublish, formatDuration } from './durations.ts';
import { severities } from './postmortem-schema.ts';

/** Display names the digest uses for ids (from the vocabularies). */
export interface DigestNames {
  team(id: string): string;
  trigger(id: string): string;
  /** A service's display name (its id when not given). */
  service?(id: string): string;
}

export interface DigestInput {
  /** Every postmortem now (any status); only published ones count, as on the site. */
  records: readonly PostmortemRecord[];
  /**
   * The postmortems as they were at the start of the period (the last commit before `since`).
   * Without it, follow-ups count as opened on their postmortem's `drafted` day, and closings
   * cannot be dated (action items carry no closing day), so `closed` is null.
   */
  recordsAtSince?: readonly PostmortemRecord[];
  /** First day of the period, YYYY-MM-DD (inclusive). */
  since: string;
  /** Last day of the period and the day "overdue" is measured against, YYYY-MM-DD. */
  asOf: string;
  names: DigestNames;
}

/** Owner, due and priority are null where a historical record never recorded them. */
interface DigestFollowUp {
  postmortemId: string;
  id: string;
  title: string;
  owner: string | null;
  due: string | null;
  status: string;
  priority: string | null;
  /** Days past due on the as-of day (overdue items only). */
  overdueDays?: number;
}

export interface DigestTeam {
  /** A team id, or `notRecordedGroup` for items of historical records that name no owner. */
  team: string;
  name: string;
  opened: number;
  /** null when closings cannot be dated (no snapshot of the start of the period). */
  closed: number | null;
  open: number;
  overdue: number;
}

export interface Digest {
  since: string;
  asOf: string;
  published: { id: string; title: string; severity: string; published: string; nearMiss: boolean }[];
  inReview: { id: string; title: string; severity: string; drafted: string }[];
  followUps: {
    opened: DigestFollowUp[];
    closed: DigestFollowUp[] | null;
    overdue: DigestFollowUp[];
    byTeam: DigestTeam[];
  };
  /** Postmortems published in the period that repeat an earlier incident (same service and trigger within 90 days). */
  recurrences: { id: string; title: string; description: string; previous: string[] }[];
  /** Postmortems published in the period about problems caught before customers were affected. */
  nearMisses: { id: string; title: string }[];
  /** Over the postmortems published in the period: time to resolve (minutes) and to publish (days). */
  response: { timeToResolveMinutes: DurationSummary; timeToPublishDays: DurationSummary };
  /** Closure rate of every follow-up of published postmortems on the as-of day (follow-ups.ts's definition). */
  closureRate: number | null;
  /**
   * Per service, the published postmortems whose incident began in the period, by severity; the
   * services with the most severe incidents first. A reliability lead's "which services had the
   * most SEV-1s this year" had no answer from the command line, and on the site only by counting
   * the SEV-1 page's titles (round 21 of adoption).
   */
  byService: { service: string; name: string; severities: Record<string, number>; total: number }[];
}

const key = (item: Pick<FollowUp, 'postmortemId' | 'id'>) => `${item.postmortemId}\u0000${item.id}`;
const toDigestItem = (item: FollowUp, asOf: string): DigestFollowUp => ({
  postmortemId: item.postmortemId, id: item.id, title: item.title, owner: item.owner ?? null, due: item.due ?? null, status: item.status, priority: item.priority ?? null,
  ...(isOverdue(item, asOf) ? { overdueDays: overdueDays(item, asOf) } : {}),
});

/**
 * The stakeholder update for a period: postmortems published, still in review, follow-ups
 * opened, closed and overdue (per owning team), and the recurrences and near-misses among the
 * postmortems published. Counts only published postmortems' follow-ups, as the site does.
 */
export function computeDigest(input: DigestInput): Digest {
  const { since, asOf } = input;
  if (since > asOf) throw new Error(`--since ${since} is after the as-of day ${asOf}: nothing to report.`);
  const published = input.records.filter((r) => r.data.status === 'published');
  const inPeriod = (day: string | undefined) => day !== undefined && day >= since && day <= asOf;
  const publishedInPeriod = published.filter((r) => inPeriod(r.data.published))
    .sort((a, b) => (a.data.published! < b.data.published! ? -1 : a.data.published! > b.data.published! ? 1 : a.id < b.id ? -1 : 1));

  const items = flattenActionItems(published);
  const before = input.recordsAtSince ? new Map(flattenActionItems(input.recordsAtSince.filter((r) => r.data.status === 'published')).map((i) => [key(i), i])) : undefined;
  const opened = items.filter((i) => (before ? !before.has(key(i)) : inPeriod(i.raised)));
  const closed = before ? items.filter((i) => !isOpen(i) && (before.get(key(i)) === undefined || isOpen(before.get(key(i))!))) : null;
  const overdue = items.filter((i) => isOverdue(i, asOf)).sort((a, b) => overdueDays(b, asOf) - overdueDays(a, asOf) || (key(a) < key(b) ? -1 : 1));

  const summary = summariseFollowUps(items, asOf);
  // Items of historical records without an owner are their own row, "no owner recorded", last.
  const ownerOf = (i: FollowUp) => i.owner ?? notRecordedGroup;
  const teams = [...new Set([...Object.keys(summary.byOwner).filter((t) => summary.byOwner[t].open > 0), ...opened.map(ownerOf), ...(closed ?? []).map(ownerOf)])]
    .sort((a, b) => Number(a === notRecordedGroup) - Number(b === notRecordedGroup) || (a < b ? -1 : a > b ? 1 : 0));
  const byTeam = teams.map((team) => ({
    team,
    name: team === notRecordedGroup ? 'no owner recorded' : input.names.team(team),
    opened: opened.filter((i) => ownerOf(i) === team).length,
    closed: closed ? closed.filter((i) => ownerOf(i) === team).length : null,
    open: summary.byOwner[team]?.open ?? 0,
    overdue: summary.byOwner[team]?.overdue ?? 0,
  }));

  const recurrences = findRecurrences(published);
  // The day an incident began: its start, else the day its file is named by (a historical record without a start).
  const incidentDay = (r: PostmortemRecord) => r.data.times?.started?.slice(0, 10) ?? /^\d{4}-\d{2}-\d{2}/.exec(r.id)?.[0];
  const serviceRows = new Map<string, { service: string; name: string; severities: Record<string, number>; total: number }>();
  for (const r of published.filter((r) => inPeriod(incidentDay(r)))) {
    for (const service of new Set(r.data.services)) {
      const row = serviceRows.get(service) ?? { service, name: input.names.service?.(service) ?? service, severities: Object.fromEntries(severities.map((level) => [level, 0])), total: 0 };
      row.severities[r.data.severity] += 1;
      row.total += 1;
      serviceRows.set(service, row);
    }
  }
  const bySeverity = (a: { severities: Record<string, number>; total: number; service: string }, b: typeof a) => {
    for (const level of severities) if (a.severities[level] !== b.severities[level]) return b.severities[level] - a.severities[level];
    return b.total - a.total || (a.service < b.service ? -1 : 1);
  };
  return {
    since,
    asOf,
    published: publishedInPeriod.map((r) => ({ id: r.id, title: r.data.title, severity: r.data.severity, published: r.data.published!, nearMiss: r.data.nearMiss })),
    inReview: input.records.filter((r) => r.data.status === 'in-review').map((r) => ({ id: r.id, title: r.data.title, severity: r.data.severity, drafted: r.data.drafted })),
    followUps: {
      opened: opened.map((i) => toDigestItem(i, asOf)),
      closed: closed ? closed.map((i) => toDigestItem(i, asOf)) : null,
      overdue: overdue.map((i) => toDigestItem(i, asOf)),
      byTeam,
    },
    recurrences: publishedInPeriod.flatMap((r) => {
      const recurrence = recurrences.get(r.id);
      return recurrence ? [{ id: r.id, title: r.data.title, description: describeRecurrence(recurrence, input.names.trigger(recurrence.trigger).toLowerCase()), previous: recurrence.previous }] : [];
    }),
    nearMisses: publishedInPeriod.filter((r) => r.data.nearMiss).map((r) => ({ id: r.id, title: r.data.title })),
    response: {
      timeToResolveMinutes: summariseValues(publishedInPeriod.flatMap((r) => computeTimeToResolve(r.data) ?? [])),
      timeToPublishDays: summariseValues(publishedInPeriod.flatMap((r) => computeTimeToPublish(r.data) ?? [])),
    },
    closureRate: summary.closureRate,
    byService: [...serviceRows.values()].sort(bySeverity),
  };
}

/**
 * The digest as Markdown for chat or e-mail. `siteUrl` makes postmortem ids links; the overdue
 * list is cut after `maxOverdue` items (the per-team table still counts them all).
 */
export function formatDigestMarkdown(digest: Digest, options: { title: string; siteUrl?: string; maxOverdue?: number }): string {
  const link = (id: string, text: string) => (options.siteUrl ? `[${text}](${options.siteUrl.replace(/\/$/, '')}/postmortems/${id}/)` : text);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const { followUps } = digest;
  const lines = [`## ${options.title}: ${formatDay(digest.since)} – ${formatDay(digest.asOf)}`, ''];
  lines.push(
    `${plural(digest.published.length, 'postmortem')} published, ${plural(followUps.opened.length, 'follow-up')} opened, ` +
      `${followUps.closed ? `${followUps.closed.length} closed` : 'closings unknown'}, ${followUps.overdue.length} overdue.`, '');
  lines.push('### Published', '');
  if (!digest.published.length) lines.push('None.');
  for (const p of digest.published) lines.push(`- ${p.severity}${p.nearMiss ? ' (near-miss)' : ''}: ${link(p.id, p.title)} (${formatDay(p.published)})`);
  const { timeToResolveMinutes: resolve, timeToPublishDays: publish } = digest.response;
  if (resolve.count) {
    lines.push('', `Time to resolve: median ${formatDuration(resolve.median ?? undefined)}, p90 ${formatDuration(resolve.p90 ?? undefined)} (${plural(resolve.count, 'incident')}).` +
      (publish.count ? ` Published a median ${plural(publish.median ?? 0, 'day')} after resolution (target: 7-10).` : ''));
  }
  if (digest.byService.length) {
    // Only the levels some service had, so the table stays narrow.
    const levels = severities.filter((level) => digest.byService.some((row) => row.severities[level] > 0));
    lines.push('', '### Incidents by service', '', 'Published postmortems of incidents that began in the period, most severe first.', '');
    lines.push(`| service | ${levels.join(' | ')} | all |`, `| --- | ${levels.map(() => '---:').join(' | ')} | ---: |`);
    for (const row of digest.byService) lines.push(`| ${row.name} | ${levels.map((level) => row.severities[level]).join(' | ')} | ${row.total} |`);
  }
  if (digest.inReview.length) {
    lines.push('', `In review: ${digest.inReview.map((p) => `${p.severity} ${p.title}`).join('; ')}.`);
  }
  if (digest.recurrences.length) {
    lines.push('', '### Recurrences', '');
    for (const r of digest.recurrences) lines.push(`- ${link(r.id, r.title)}: ${r.description} (after ${r.previous.join(', ')})`);
  }
  if (digest.nearMisses.length) {
    lines.push('', '### Near-misses', '');
    for (const n of digest.nearMisses) lines.push(`- ${link(n.id, n.title)}`);
  }
  lines.push('', '### Follow-ups by owner team', '');
  if (!followUps.byTeam.length) lines.push('No open follow-ups and none opened or closed.');
  else {
    lines.push('| team | opened | closed | open | overdue |', '| --- | ---: | ---: | ---: | ---: |');
    for (const t of followUps.byTeam) lines.push(`| ${t.name} | ${t.opened} | ${t.closed ?? '–'} | ${t.open} | ${t.overdue} |`);
  }
  if (digest.closureRate !== null) lines.push('', `Closure rate of all follow-ups: ${Math.round(digest.closureRate * 100)}% (done out of all not dropped).`);
  if (followUps.closed === null) lines.push('', '_Closings are not counted: no record of the content at the start of the period (run in a git checkout with its history)._');
  if (followUps.overdue.length) {
    const max = options.maxOverdue ?? 10;
    lines.push('', '### Most overdue', '');
    for (const i of followUps.overdue.slice(0, max)) {
      // Overdue items have a due day; a historical record may not have recorded their priority or owner.
      lines.push(`- ${i.priority ?? 'priority not recorded:'} ${i.title} (${i.owner ? teamName(i.owner) : 'no owner recorded'}, due ${formatDay(i.due!)}, ${plural(i.overdueDays ?? 0, 'day')} late; ${link(i.postmortemId, i.postmortemId)})`);
    }
    if (followUps.overdue.length > max) lines.push(`- … and ${followUps.overdue.length - max} more on the follow-ups page (npm run digest -- --all-overdue lists them all).`);
  }
  return lines.join('\n') + '\n';

  function teamName(team: string) {
    return followUps.byTeam.find((t) => t.team === team)?.name ?? team;
  }
}
