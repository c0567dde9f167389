import type { Severity } from '../postmortem-schema.ts';

/**
 * Pager priority to a suggested severity. PagerDuty's and Opsgenie's default priority schemes
 * both run P1 (highest) .. P5; our scale has SEV-0 above SEV-1, which no pager priority reaches
 * on its own (SEV-0 is a judgement the review makes). P4 and P5 both map to SEV-4.
 */
export function severityFromPriority(priority: string | undefined): Severity | undefined {
  const match = /^\s*P([1-5])\b/i.exec(priority ?? '');
  if (!match) return undefined;
  return (['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4', 'SEV-4'] as const)[Number(match[1]) - 1];
}

/** PagerDuty urgency when no priority is set: high pages someone now (SEV-2), low waits (SEV-3). */
export function severityFromUrgency(urgency: string | undefined): Severity | undefined {
  if (urgency === 'high') return 'SEV-2';
  if (urgency === 'low') return 'SEV-3';
  return undefined;
}
