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
