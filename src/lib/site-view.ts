/**
 * Small pure view helpers for the internal site's pages: data in, display-ready data out, so the
 * components only render.
 */
import type { Postmortem } from './postmortem-schema.ts';
import { minutesBetween } from './durations.ts';

type IncidentTimes = Postmortem['times'];

export type ResponsePhaseKey = 'detect' | 'acknowledge' | 'mitigate' | 'resolve';

export interface ResponsePhase {
  key: ResponsePhaseKey;
  /** "Detect": the phase that ends at this milestone. */
  label: string;
  minutes: number;
  /** Share of the whole response (started to the last known milestone), in percent, one decimal. */
  percent: number;
}

const milestones: { key: ResponsePhaseKey; label: string; time: keyof IncidentTimes }[] = [
  { key: 'detect', label: 'Detect', time: 'detected' },
  { key: 'acknowledge', label: 'Acknowledge', time: 'acknowledged' },
  { key: 'mitigate', label: 'Mitigate', time: 'mitigated' },
  { key: 'resolve', label: 'Resolve', time: 'resolved' },
];

/**
 * The response split into consecutive phases for the key-facts bar: from `started` to each known
 * milestone in turn (detected, acknowledged, mitigated, resolved). A missing milestone is skipped
 * and the next phase starts from the last known one, so the phases always add up to the whole.
 * Empty when fewer than one phase is known or the whole response took no time.
 */
export function describeResponsePhases(times: IncidentTimes): ResponsePhase[] {
  let from = times.started;
  const phases: Omit<ResponsePhase, 'percent'>[] = [];
  for (const milestone of milestones) {
    const at = times[milestone.time];
    if (!at) continue;
    phases.push({ key: milestone.key, label: milestone.label, minutes: minutesBetween(from, at) ?? 0 });
    from = at;
  }
  const total = phases.reduce((sum, phase) => sum + phase.minutes, 0);
  if (total <= 0) return [];
  return phases.map((phase) => ({ ...phase, percent: Math.round((phase.minutes / total) * 1000) / 10 }));
}

/** "SEV-1" -> "sev-1": the class and URL suffix of a severity. */
export const severityKey = (severity: string) => severity.toLowerCase();

/** The human label of a review status, for badges: drafts and reviews say they are not published. */
export function statusLabel(status: 'draft' | 'in-review' | 'published'): string {
  if (status === 'draft') return 'Draft: not published';
  if (status === 'in-review') return 'In review: not published';
  return 'Published';
}

export interface KeyDuration { label: string; minutes: number | undefined; definition: string }

/**
 * The response durations of a postmortem's key facts, those its times give, and the labels of
 * those they do not, for one "not recorded" line. Each missing one was a row reading "—": three
 * dashes under a lone "Time to resolve" on most imported status-page records, which a responder
 * can read as "no time at all" and which beside "Impact window: not recorded" said it two ways.
 */
export function splitKeyDurations(durations: readonly KeyDuration[]): { recorded: (KeyDuration & { minutes: number })[]; notRecorded: string[] } {
  const recorded = durations.filter((d): d is KeyDuration & { minutes: number } => d.minutes !== undefined && !Number.isNaN(d.minutes));
  return { recorded, notRecorded: durations.filter((d) => !recorded.includes(d as KeyDuration & { minutes: number })).map((d) => d.label) };
}

/** "time to detect, acknowledge and mitigate" from the labels "Time to detect", "Time to acknowledge", "Time to mitigate". */
export function timeToPhrase(labels: readonly string[]): string {
  const verbs = labels.map((label) => label.replace(/^Time to /, ''));
  const listed = verbs.length > 1 ? `${verbs.slice(0, -1).join(', ')} and ${verbs.at(-1)}` : verbs.join('');
  return listed ? `time to ${listed}` : '';
}

/**
 * The one "Not recorded" line of a postmortem's timing: the impact window too when the report did
 * not state it, which was a row of its own, "Impact window: not recorded", over "Not recorded: time
 * to detect, …" (two rows saying one thing on most imported records). "impact window and time to
 * acknowledge"; "impact window; time to detect, acknowledge and mitigate" (a list of its own).
 */
export function unrecordedTimingPhrase(impactWindowUnrecorded: boolean, durationLabels: readonly string[]): string {
  const durations = timeToPhrase(durationLabels);
  if (!impactWindowUnrecorded) return durations;
  if (!durations) return 'impact window';
  return `impact window${durationLabels.length > 1 ? ';' : ' and'} ${durations}`;
}

/** The internal site's main navigation: src/layouts/Base.astro, and the post pages a build writes without Astro (src/lib/post-page/). */
export const internalSiteNav: readonly { href: string; label: string }[] = [
  { href: '/', label: 'Home' },
  { href: '/postmortems/', label: 'Postmortems' },
  { href: '/tags/', label: 'Tags' },
  { href: '/services/', label: 'Services' },
  { href: '/insights/', label: 'Insights' },
  { href: '/follow-ups/', label: 'Follow-ups' },
  { href: '/compliance/', label: 'Compliance' },
  { href: '/search/', label: 'Search' },
];

/** Whether the navigation entry `href` is the section of the page at `path` (its `aria-current`). */
export function isCurrentSection(href: string, path: string): boolean {
  return href === '/' ? path === '/' : path.startsWith(href);
}
