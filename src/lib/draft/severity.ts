import type { Severity } from '../postmortem-schema.ts';

/**
 * A priority (`P1`, `p2`, `P-3`, `P 4`) to the severity of the same rank, for `npm run draft` and
 * `npm run import` alike. PagerDuty's and Opsgenie's default schemes run P1 (highest) .. P5, and
 * some teams add a P0 above P1: P0 .. P4 are SEV-0 .. SEV-4, and P5, below our lowest level, is
 * SEV-4 too. Anything else (`P6`, `urgent`) is not a priority.
 */
export function severityFromPriority(priority: string | undefined): Severity | undefined {
  const match = /^\s*P[- ]?([0-5])\b/i.exec(priority ?? '');
  if (!match) return undefined;
  return (['SEV-0', 'SEV-1', 'SEV-2', 'SEV-3', 'SEV-4', 'SEV-4'] as const)[Number(match[1])];
}

/** PagerDuty urgency when no priority is set: high pages someone now (SEV-2), low waits (SEV-3). */
export function severityFromUrgency(urgency: string | undefined): Severity | undefined {
  if (urgency === 'high') return 'SEV-2';
  if (urgency === 'low') return 'SEV-3';
  return undefined;
}
