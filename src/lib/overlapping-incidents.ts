import type { Finding } from './findings.ts';
import type { DraftPostmortem } from './postmortem-schema.ts';

/** What the overlap rule reads of a postmortem. */
export interface WindowedPostmortem {
  id: string;
  file: string;
  source: string;
  entryData?: Pick<DraftPostmortem, 'services' | 'related'> & { times?: Partial<DraftPostmortem['times']>; impact?: Partial<NonNullable<DraftPostmortem['impact']>> };
}

interface Window { id: string; file: string; source: string; services: readonly string[]; related: readonly string[]; start: number; end: number; from: string; to: string; field: 'impact.start' | 'times.started' }

/** The minute a time falls in, as a number: two starts in one minute are `corpus/same-incident`'s. */
const minuteOf = (at: number) => Math.floor(at / 60_000);

/** The customer-impact window, or, for a near-miss without one, the incident's start to its resolution. */
function windowOf(postmortem: WindowedPostmortem): Window | undefined {
  const data = postmortem.entryData;
  if (!data?.services?.length) return undefined;
  const [from, to, field] = data.impact?.start && data.impact.end ? [data.impact.start, data.impact.end, 'impact.start' as const]
    : [data.times?.started, data.times?.resolved, 'times.started' as const];
  const [start, end] = [Date.parse(from ?? ''), Date.parse(to ?? '')];
  if (!(end > start)) return undefined;
  const shown = (at: string) => at.replace(/\.000Z$/, 'Z');
  return { id: postmortem.id, file: postmortem.file, source: postmortem.source, services: data.services, related: data.related ?? [], start, end, from: shown(from!), to: shown(to!), field };
}


/**
 * Warnings for two postmortems of one service whose windows overlap but start in different
 * minutes, neither naming the other in `related` (bad input round 23). Round 14's
 * `corpus/same-incident` compares the start minute only, so one incident written twice with its
 * start read from two places (the first alert, the first customer report) passed in silence, and
 * was counted twice in every metric. Two incidents of one service can overlap too (a second
 * failure while the first is being fixed): `related` says they were seen together and ends the
 * warning. Said once per pair, at the later start. Sorted by start, each window is compared with
 * those still open, so a corpus of many short incidents stays near linear.
 */
export function findOverlappingIncidents(postmortems: readonly WindowedPostmortem[]): Finding[] {
  const windows = postmortems.map(windowOf).filter((w): w is Window => w !== undefined).sort((a, b) => a.start - b.start || a.file.localeCompare(b.file, 'en'));
  const findings: Finding[] = [];
  let open: Window[] = [];
  for (const window of windows) {
    if (open.some((o) => o.end <= window.start)) open = open.filter((o) => o.end > window.start);
    const other = open.find((o) => minuteOf(o.start) !== minuteOf(window.start) && o.id !== window.id
      && o.services.some((service) => window.services.includes(service))
      && !o.related.includes(window.id) && !window.related.includes(o.id));
    if (other) {
      const key = window.field === 'impact.start' ? 'start' : 'started';
      const line = window.source.split('\n').findIndex((l) => new RegExp(`^\\s+${key}\\s*:`).test(l));
      const shared = other.services.filter((service) => window.services.includes(service));
      findings.push({
        file: window.file, line: Math.max(line, 0) + 1, column: 1, rule: 'corpus/overlapping-incident', severity: 'warning', field: window.field,
        message: `this postmortem's window of ${shared.join(', ')} (${window.from} to ${window.to}) overlaps that of ${other.file} (${other.from} to ${other.to}), and neither names the other in related: one incident written twice, its start taken from two places, is two pages counted twice in every metric.`,
        fix: `if it is one incident, merge the two files into one; if they are two that overlapped, add ${other.id} to this postmortem's related (and this one to its), so readers of each find the other.`,
      });
    }
    open.push(window);
  }
  return findings;
}
