import { severities, type Severity, type TimelineEntry } from '../postmortem-schema.ts';
import type { Vocabulary } from '../vocabulary.ts';
import { addParticipant, recordSources, type Participant, type RecordReading, type StatedInstant, type TimelineCandidate } from './records.ts';
import { escapeRegExp } from '../regexp.ts';

/**
 * Turns the readings of an incident's records into the facts of a first draft: one timeline in
 * UTC, the times the records state, a suggested severity, the people involved (internal only)
 * and what is left for a person to fill. Nothing is guessed: a fact the records do not state is
 * left out and listed in the checklist.
 */

export interface DraftOptions {
  title: string;
  /** Overrides the severity the pager suggests. */
  severity?: Severity;
  services?: string[];
  teams?: string[];
  trigger?: string;
  /** Overrides times.started (UTC ISO). */
  started?: string;
  /** Day the draft is written (YYYY-MM-DD). */
  drafted: string;
}

export interface AssembledTimelineEntry {
  at: string;
  event: string;
  kind: TimelineEntry['kind'];
  source: string;
}

export interface AssembledDraft {
  title: string;
  severity?: { value: Severity; from: string };
  services: string[];
  teams: string[];
  trigger?: string;
  times: { started?: string; detected?: string; acknowledged?: string; resolved?: string };
  /** Where each time came from, in words ("first alert: HighErrorRate started firing (alertmanager)"). */
  timeSources: Record<string, string>;
  statusPage?: string;
  timeline: AssembledTimelineEntry[];
  /** Internal only: never written outside an `<Internal>` block. */
  participants: Participant[];
  /** What a person still has to do, one line each. */
  checklist: string[];
  /** Which files were read and what each gave. */
  records: { source: string; file: string; entries: number; participants: number }[];
  notes: string[];
  drafted: string;
}

const sourceOrder = (source: string) => (recordSources as readonly string[]).indexOf(source);

/**
 * Replaces the names of the people in the records with a role, so timeline text can be read
 * without naming anyone: full names, chat handles and display names, e-mail addresses and first
 * names of four letters or more (shorter ones collide with ordinary words).
 */
export function withoutNames(text: string, participants: readonly Participant[]): string {
  const names = new Set<string>();
  for (const p of participants) {
    names.add(p.name);
    for (const alias of p.aliases ?? []) names.add(alias);
    const local = /^([^@\s]+)@/.exec(p.name)?.[1];
    if (local) names.add(local);
    const first = p.name.split(/\s+/)[0];
    if (p.name.includes(' ') && first.length >= 4 && /^\p{Lu}/u.test(first)) names.add(first);
  }
  const sorted = [...names].filter((n) => n.trim().length >= 3).sort((a, b) => b.length - a.length);
  if (!sorted.length) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_.-])@?(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  return text.replace(pattern, 'a responder');
}

/** Merges every reading's entries: sorted by time, repeats dropped, names replaced by roles. */
export function mergeTimeline(readings: readonly RecordReading[], participants: readonly Participant[]): AssembledTimelineEntry[] {
  const candidates: (TimelineCandidate & { order: number })[] = [];
  const keys = new Set<string>();
  for (const reading of readings) {
    for (const entry of reading.entries) {
      if (entry.key !== undefined) {
        const key = `${entry.source}\u0000${entry.key}`;
        if (keys.has(key)) continue;
        keys.add(key);
      }
      candidates.push({ ...entry, order: candidates.length });
    }
  }
  candidates.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : sourceOrder(a.source) - sourceOrder(b.source) || a.order - b.order));
  const seen = new Set<string>();
  const timeline: AssembledTimelineEntry[] = [];
  for (const entry of candidates) {
    const event = withoutNames(entry.event, participants);
    // The same words at the same second are one event, whichever file (or repeat) it came from.
    const same = `${entry.at}\u0000${entry.kind}\u0000${event.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
    if (seen.has(same)) continue;
    seen.add(same);
    timeline.push({ at: entry.at, event, kind: entry.kind, source: entry.source });
  }
  return timeline;
}

const earliest = (list: StatedInstant[]) => [...list].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))[0];
const latest = (list: StatedInstant[]) => [...list].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))[0];
const describe = (instant: StatedInstant) => `${instant.what} (${instant.source})`;

/** Matches record spellings of services ("Checkout API", "checkout-api") to vocabulary ids. */
export function matchServices(names: readonly string[], vocabulary: Pick<Vocabulary, 'services'>): string[] {
  const found: string[] = [];
  const normal = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');
  for (const name of names) {
    for (const [id, service] of vocabulary.services) {
      if ((normal(id) === normal(name) || normal(service.name) === normal(name)) && !found.includes(id)) found.push(id);
    }
  }
  return found;
}

/** The status page's incident span, offered as a starting point for the impact window. */
function customerWindowHint(readings: readonly RecordReading[]): string {
  const window = readings.map((r) => r.facts.customerWindow).find(Boolean);
  if (!window) return '';
  return ` (the status page showed the incident from ${window.start ?? '?'} to ${window.end ?? '?'}; customers may have been affected before it was posted)`;
}

export function assembleDraft(readings: readonly RecordReading[], options: DraftOptions, vocabulary: Pick<Vocabulary, 'services'>): AssembledDraft {
  const participants: Participant[] = [];
  for (const reading of readings) for (const p of reading.participants) addParticipant(participants, p);
  participants.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const facts = <K extends 'detected' | 'started' | 'acknowledged' | 'resolved'>(key: K) => readings.flatMap((r) => r.facts[key] ?? []);
  const checklist: string[] = [];
  const notes = readings.flatMap((r) => r.notes);
  const timeSources: Record<string, string> = {};

  const timeline = mergeTimeline(readings, participants);
  const times: AssembledDraft['times'] = {};

  const detected = earliest(facts('detected'));
  if (detected) {
    times.detected = detected.at;
    timeSources.detected = `first alert or page: ${describe(detected)}`;
  }
  const startedFact = earliest(facts('started'));
  if (options.started) {
    times.started = options.started;
    timeSources.started = 'given with --started';
  } else if (startedFact) {
    times.started = startedFact.at;
    timeSources.started = `start of the first alert: ${describe(startedFact)}`;
    checklist.push(`Confirm \`times.started\` (${times.started}, from the first alert's start): the problem may have begun earlier, at a deploy or a change.`);
  } else if (detected) {
    times.started = detected.at;
    timeSources.started = `no record states the start; set to the first detection: ${describe(detected)}`;
    checklist.push(`Set \`times.started\`: no record states when the problem began, so it holds the first detection (${detected.at}).`);
  } else if (timeline.length) {
    times.started = timeline[0].at;
    timeSources.started = `no record states the start; set to the first timeline entry (${timeline[0].source})`;
    checklist.push(`Set \`times.started\`: no alert or page was given, so it holds the first timeline entry (${timeline[0].at}).`);
  }
  if (times.started && times.detected && times.detected < times.started) {
    times.started = times.detected;
    timeSources.started = `${timeSources.started}; moved back to the first detection, which came earlier`;
  }
  const acknowledged = earliest(facts('acknowledged').filter((f) => !times.detected || f.at >= times.detected));
  if (acknowledged) {
    times.acknowledged = acknowledged.at;
    timeSources.acknowledged = `first acknowledgement: ${describe(acknowledged)}`;
  }
  const pagerResolved = facts('resolved').filter((f) => f.source !== 'statuspage');
  const resolved = latest(pagerResolved.length ? pagerResolved : facts('resolved'));
  if (resolved && (!times.started || resolved.at >= times.started) && (!times.detected || resolved.at >= times.detected)) {
    times.resolved = resolved.at;
    timeSources.resolved = `last resolution: ${describe(resolved)}`;
  } else if (resolved) {
    notes.push(`The records' resolution time ${resolved.at} (${resolved.source}) is before the start or detection, so it was left out.`);
  }
  for (const key of ['detected', 'acknowledged', 'resolved'] as const) {
    if (!times[key]) checklist.push(`Add \`times.${key}\`: no record given states it.`);
  }
  checklist.push('Add `times.declared` and `times.mitigated` (the records cannot tell when the incident was declared or customer impact stopped).');

  const suggestions = readings.flatMap((r) => r.facts.severity ?? []);
  let severity: AssembledDraft['severity'];
  if (options.severity) severity = { value: options.severity, from: 'given with --severity' };
  else if (suggestions.length) {
    const worst = [...suggestions].sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity))[0];
    severity = { value: worst.severity, from: `suggested from ${worst.from}` };
    checklist.push(`Confirm \`severity: ${worst.severity}\`, suggested from ${worst.from}; severity is the review's call.`);
  }

  const named = readings.flatMap((r) => r.facts.services ?? []);
  const services = options.services?.length ? [...options.services] : matchServices(named, vocabulary);
  if (!options.services?.length && services.length) checklist.push(`Confirm \`services\` (${services.join(', ')}): matched from alert labels and pager services.`);
  const teams = options.teams?.length
    ? [...options.teams]
    : [...new Set(services.map((id) => (vocabulary.services.get(id) as { owner?: string } | undefined)?.owner).filter((t): t is string => Boolean(t)))];

  const statusPage = readings.map((r) => r.facts.statusPage).find(Boolean);
  const chatEntries = timeline.filter((e) => e.source === 'slack' || e.source === 'teams').length;
  const deployEntries = timeline.filter((e) => e.source === 'git' || e.source === 'github-deployments').length;
  if (chatEntries) checklist.push(`Reword the ${chatEntries} timeline entr${chatEntries === 1 ? 'y' : 'ies'} taken from chat into one plain sentence each (they quote the channel).`);
  if (deployEntries) checklist.push(`Mark which of the ${deployEntries} deploy entr${deployEntries === 1 ? 'y' : 'ies'} triggered or mitigated the incident (their kind is \`other\` until someone says).`);
  if (!timeline.some((e) => e.kind === 'decision')) checklist.push('Add the decision points (hypotheses, rollbacks, escalations decided) to the timeline: no chat message was flagged as a decision.');
  checklist.push(
    'Write `summary` (2-3 sentences for a non-technical reader).',
    `Describe the customer impact in \`impact.description\`, with \`impact.start\` and \`impact.end\` when customers were affected${customerWindowHint(readings)}.`,
    'Fill the body sections: what happened, impact, analysis (trigger, contributing factors, unknowns), what went well, what went wrong, where we got lucky, learnings.',
    'List `contributors`, `mitigators` and `risks`.',
    'Add `actionItems`: one owner team, a due date, a priority, a type and a way to verify each.',
    'Add `tags`, and `commander` as a role.',
    'Check the participant list in the internal notes, then keep names out of everything else (roles, not names).',
  );

  return {
    title: options.title,
    severity,
    services,
    teams,
    trigger: options.trigger,
    times,
    timeSources,
    statusPage,
    timeline,
    participants,
    checklist,
    records: readings.map((r) => ({ source: r.source, file: r.file, entries: r.entries.length, participants: r.participants.length })),
    notes,
    drafted: options.drafted,
  };
}
