import { markdownReport } from './markdown-report.ts';
import { isObject, trimmedText } from './json-object.ts';

/**
 * A status page's feed of state changes (import round 40): a generator that publishes one entry
 * each time a component's measured state changes, "Company control plane changed from operational
 * to degraded at 2026-08-20T12:28:47.904Z." (Orvay's `history.atom`), rather than Statuspage's
 * entry per incident. Read an entry per incident, "… is now operational" became an incident of
 * its own, the recovery apart from the outage it ended, with no start. Here a component's change
 * away from operational opens an incident, its changes after it are its timeline and its change
 * back to operational closes it: one report per such episode, its start and end the instants the
 * changes state. A change to operational that closes nothing ("from not measured to operational":
 * monitoring began) is no incident and is said. An entry whose team says its own check was wrong
 * ("a fault in our own checking, not in the service", "false alarm") keeps its words as the
 * report's summary, and no severity is suggested from the state it corrects.
 */
export interface FeedEntry {
  /** The entry within the file (`#1787338403574`). */
  label: string;
  title?: string;
  /** The entry's content as plain text. */
  text: string;
  link?: string;
}

export interface StateChangeReports {
  reports: { label: string; text: string; source: string }[];
  notes: string[];
}

interface Change {
  entry: FeedEntry;
  component: string;
  from: string;
  to: string;
  at: string;
  /** The team's words on the change beyond the sentence stating it (a correction). */
  remark: string;
  /** True when those words say the reading was the monitoring's fault, not the service's. */
  corrected: boolean;
}

const instant = String.raw`(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))`;
/** "<Component> changed from <state> to <state> at <instant>", or "We recorded <Component> changing from …". */
const changeSentence = new RegExp(String.raw`(?:^|(?<=[.!?]\s+))(?:we (?:recorded|measured|saw|noted)(?: that)?\s+)?([^.!?\n]+?) chang(?:ed|ing) from (.+?) to (.+?) at ${instant}\.?`, 'i');
/** The team saying the state it published was its monitoring's error. */
const monitoringFault = /\b(?:our own check(?:ing)?|not in the service|not a change in the service|(?:the|our) (?:check|checker|monitor|prober) was wrong|false (?:alarm|positive))\b/i;

const isOperational = (state: string) => /^(?:operational|up|ok|healthy|available)$/i.test(state.trim());
/** Not measured, unknown: no reading, neither up nor down ("unknown, because we could not measure it"). */
const isUnmeasured = (state: string) => /^(?:not measured|not-measured|unknown|unmeasured|no data)\b/i.test(state.trim());
/** A state as a status page's impact word, for the suggested severity ("a partial outage" is "partial outage"). */
const impactWord = (state: string) => {
  const word = state.trim().replace(/^an? /i, '').toLowerCase();
  return word === 'degraded' ? 'degraded performance' : word;
};
const worstFirst = ['major outage', 'partial outage', 'degraded performance'];

function readChange(entry: FeedEntry): Change | undefined {
  const match = changeSentence.exec(entry.text);
  if (!match) return undefined;
  const [, component, from, to, at] = match;
  // The team's other sentences: the one stating the change goes on past its instant (", and that
  // reading was our own, so the entry is kept …"), and is left out whole.
  const remark = entry.text.split(/(?<=[.!?])\s+/).filter((sentence) => !changeSentence.test(sentence)).join(' ').trim();
  return { entry, component: component.trim(), from: from.trim(), to: to.trim(), at, remark, corrected: monitoringFault.test(`${entry.title ?? ''} ${remark}`) };
}

/** `2026-08-20T12:28:47.904Z` as a row's time, to the minute, in UTC. */
function rowTime(at: string): string {
  return new Date(Date.parse(at)).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
const toIso = (at: string) => new Date(Date.parse(at)).toISOString().replace(/\.\d{3}Z$/, 'Z');


/**
 * The episodes of a feed whose every entry states a component's change of state, one report
 * each; undefined when an entry states none (then each entry is read as an incident of its own).
 */
export function readStateChanges(entries: readonly FeedEntry[], feedName: string): StateChangeReports | undefined {
  const changes = entries.map(readChange);
  if (!changes.length || changes.some((change) => !change)) return undefined;
  const oldestFirst = (changes as Change[]).slice().sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const open = new Map<string, Change[]>();
  const episodes: Change[][] = [];
  const fromUnmeasured: Change[] = [];
  const endsWithoutStart: Change[] = [];
  for (const change of oldestFirst) {
    const episode = open.get(change.component);
    if (episode) {
      episode.push(change);
      if (isOperational(change.to)) open.delete(change.component);
    } else if (isOperational(change.to) || isUnmeasured(change.to)) {
      (isOperational(change.from) || isUnmeasured(change.from) ? fromUnmeasured : endsWithoutStart).push(change);
    } else {
      const started = [change];
      episodes.push(started);
      open.set(change.component, started);
    }
  }
  const reports = episodes.map((episode) => episodeReport(episode, feedName));
  const notes = [`read as a feed of state changes: ${entries.length} entries, ${episodes.length} incident(s), each from a component's change away from operational to its change back`];
  const listed = (list: Change[]) => list.map((c) => `${c.component} from ${c.from} to ${c.to} at ${c.at}${c.corrected ? ' (corrected by the feed as its own checking\'s fault)' : ''}`).join('; ');
  if (fromUnmeasured.length) notes.push(`${fromUnmeasured.length} change(s) from a state the feed had not measured not imported (monitoring began or resumed: no incident): ${listed(fromUnmeasured)}`);
  if (endsWithoutStart.length) notes.push(`${endsWithoutStart.length} change(s) back to operational whose change away from it the feed does not hold (it begins later) not imported: ${listed(endsWithoutStart)}; if it was an incident, import its start from the status page's history`);
  const corrected = episodes.filter((episode) => episode.some((change) => change.corrected)).length;
  if (corrected) notes.push(`${corrected} incident(s) the feed itself corrects as a fault of its own checking, not of the service: imported with the correction as summary and no severity suggested; check whether to keep them`);
  return { reports, notes };
}

function episodeReport(episode: Change[], feedName: string): { label: string; text: string; source: string } {
  const [first] = episode;
  const last = episode[episode.length - 1];
  const closed = isOperational(last.to) && episode.length > 1;
  const corrections = episode.filter((change) => change.corrected);
  const worst = episode.map((change) => impactWord(change.to)).filter((word) => worstFirst.includes(word)).sort((a, b) => worstFirst.indexOf(a) - worstFirst.indexOf(b))[0];
  const correctedTitle = corrections[0]?.entry.title;
  const rows = episode.map((change) => `- ${rowTime(change.at)} ${[change.entry.title, change.entry.text].filter(Boolean).join(': ')}`);
  return {
    label: first.entry.label,
    source: episode.map((change) => [change.entry.title ?? '', change.entry.text].join('\n\n')).join('\n\n'),
    text: markdownReport({
      title: correctedTitle ?? `${first.component}: ${first.to}`,
      summary: corrections[0]?.remark || `${first.component} changed from ${first.from} to ${first.to}${closed ? `, and back to ${last.to}` : ''}.`,
      date: toIso(first.at).slice(0, 10),
      started_at: toIso(first.at),
      ...(closed ? { resolved_at: toIso(last.at) } : {}),
      // The state is the feed's measure of impact, a suggestion, unless the feed corrects it.
      severity: corrections.length ? undefined : worst,
    }, [
      `Entries of the ${feedName}${first.entry.link ? ` (${first.entry.link})` : ''}: ${first.component} changed from ${first.from} to ${first.to} at ${first.at}${closed ? ` and back to ${last.to} at ${last.at}` : ', and the feed states no change back to operational'}.`,
      corrections.length ? `The feed corrects this: the state it published was a fault of its own checking, not of the service (its words are kept in the timeline below).` : '',
      `## Timeline\n\n${rows.join('\n')}`,
    ]),
  };
}

/** An instant a JSON list writes as epoch milliseconds (`1787338403574`), seconds, or ISO text. */
function isoOf(value: unknown): string | undefined {
  const time = typeof value === 'number' ? (value < 1e11 ? value * 1000 : value) : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}
/** A state as the feed's sentence writes it: `partial-outage` is "partial outage". */
const stateWords = (state: string) => state.replace(/[-_]+/g, ' ');

/**
 * The same history as a JSON list (Orvay's `history.json`, published beside its `history.atom`:
 * `{ schema, entries: [{ at, component, label, from, to, correction? }] }`, `at` in epoch
 * milliseconds): each entry is read as the feed's sentence for it ("Company control plane changed
 * from operational to partial outage at 2026-08-20T12:28:47.904Z."), its `correction` the team's
 * words after it, so the episodes and their notes are the feed's. Undefined when `data` is no such
 * list (an entry without a component, both states or an instant).
 */
export function readStateChangeList(data: unknown): (StateChangeReports & { kind: string }) | undefined {
  const entries = isObject(data) && Array.isArray(data.entries) ? data.entries : Array.isArray(data) ? data : undefined;
  if (!entries?.length || !entries.every((entry) => isObject(entry) && (trimmedText(entry.label) ?? trimmedText(entry.component)) && trimmedText(entry.from) && trimmedText(entry.to) && isoOf(entry.at))) return undefined;
  const read = readStateChanges((entries as Record<string, unknown>[]).map((entry) => {
    const at = isoOf(entry.at)!;
    const correction = trimmedText(entry.correction) ?? trimmedText(entry.note) ?? trimmedText(entry.message);
    return {
      label: `#${typeof entry.at === 'number' ? entry.at : at}`,
      text: `${trimmedText(entry.label) ?? trimmedText(entry.component)} changed from ${stateWords(trimmedText(entry.from)!)} to ${stateWords(trimmedText(entry.to)!)} at ${at}.${correction ? ` ${correction}` : ''}`,
    };
  }), 'JSON list of state changes');
  return read && { kind: 'JSON list of state changes', ...read };
}
