import type { Postmortem } from './postmortem-schema.ts';

/**
 * Whether a span between two of a record's times says nothing of how long anything took, because
 * both ends are days without hours. An imported report that states only its day (a `**日期**:
 * 2026-04-03` line, a dated notice) has that day's midnight UTC where a time would be: the import's
 * day-only timeline rows and the adoption measurement's placeholders are written so. Two such
 * midnights made "Time to resolve: under 1 min" (or "1 d") on pages and in insights' medians
 * (session 32), a figure no source gave. A report written here keeps them: an author who types
 * 00:00 means it.
 */
export function isDayOnlySpan(pm: Pick<Postmortem, 'imported'>, from: string | undefined, to: string | undefined): boolean {
  return Boolean(pm.imported && from && to && isMidnightUtc(from) && isMidnightUtc(to));
}

/** An instant at 00:00:00 UTC (seconds and milliseconds zero), as a day written without its hours is stored. */
export function isMidnightUtc(instant: string): boolean {
  const ms = Date.parse(instant);
  return Number.isFinite(ms) && ms % 86_400_000 === 0;
}

/**
 * Whether a record's start is a day without hours: an imported report whose start, and end when it
 * has one, are midnights UTC. Its key facts said "Started: 3 Apr 2026, 00:00 UTC", an hour the
 * report never gave; the day alone is what it stated.
 */
export function startIsDayOnly(pm: Pick<Postmortem, 'imported' | 'times'>): boolean {
  return isDayOnlySpan(pm, pm.times.started, pm.times.resolved ?? pm.times.started);
}
