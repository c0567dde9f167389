import { metadataTimes } from './metadata-times.ts';
import type { Zone } from './time-zones.ts';
import { trackShortcode } from './track-shortcodes.ts';

/**
 * The offset a status page's issue writes its updates' times in, when it states none: its
 * frontmatter states the end as an instant in UTC (cState's admin writes `resolvedWhen:
 * 2020-05-30T07:22:22.969Z`) while the author types each update's `{{< track "2020-05-30 09:20:00" >}}`
 * in local time. Read as UTC, every row of such an issue was hours late, after the stated end
 * (mmb-status, an Italian page: 2 hours, import round 21). The last update is the one that says it
 * ended: when its time is the stated end moved by a whole number of hours (1 to 14, within 10
 * minutes), the updates were written at that offset. Undefined otherwise (no such end, times that
 * agree, or a gap that is no offset): the rows are read as before.
 */
export function updateTimesOffset(markdown: string, metadata: Record<string, unknown> | undefined): { zone: Zone; words: string } | undefined {
  const end = metadataTimes(metadata).resolved;
  if (!end || end.refused) return undefined;
  // A time written as a day and a time of day, seconds or not, and nothing after (no offset of its own).
  const tracked = [...markdown.matchAll(trackShortcode('g'))].map((match) => /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::\d{2})?$/.exec(match[1])).filter((at) => at !== null).map((at) => ({ day: at[1], time: at[2] }));
  if (!tracked.length) return undefined;
  const asUtc = (at: { day: string; time: string }) => Date.parse(`${at.day}T${at.time}:00Z`);
  const last = tracked.reduce((latest, at) => (asUtc(at) > asUtc(latest) ? at : latest));
  const minutes = (asUtc(last) - Date.parse(end.at)) / 60_000;
  const hours = Math.round(minutes / 60);
  if (hours === 0 || Math.abs(hours) > 14 || Math.abs(minutes - hours * 60) > 10) return undefined;
  const label = `UTC${hours > 0 ? '+' : '-'}${String(Math.abs(hours)).padStart(2, '0')}:00`;
  return { zone: { kind: 'offset', minutes: hours * 60, label }, words: `its last update's time, ${last.day} ${last.time}, is its stated end (${end.key} ${end.at}) at ${label}` };
}
