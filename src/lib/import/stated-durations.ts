/**
 * A timeline table's row that is a length of time, not a moment ("Time to recovery | 27s", "Time
 * to detect | 4 min", "Total downtime | 1h 20m"): an agent's 765 generated postmortems end their
 * "Event | Time" table with one, listed as a row whose time could not be read (import round 48).
 * Counted from the start, it states the key time it names: filled when the draft has none, weighed
 * against the one it has, said either way. A key time it names nothing of is left alone.
 */

type KeyTime = 'detected' | 'mitigated' | 'resolved';

/** The key time a duration's label counts to ("Time to recovery" → resolved), or undefined. */
export function durationKeyTime(label: string): KeyTime | undefined {
  if (/\bdetect|\bnotic|\backnowledg|\bfirst alert/i.test(label)) return 'detected';
  if (/\bmitigat|\bworkaround/i.test(label)) return 'mitigated';
  if (/\brecover|\bresol|\brestor|\bfix|\brepair|\bdowntime|\boutage|\bduration|\btotal\b|\bimpact/i.test(label)) return 'resolved';
  return undefined;
}

const instantAfter = (start: string, minutes: number) => new Date(Date.parse(start) + Math.round(minutes * 60_000)).toISOString().replace(/\.\d{3}Z$/, 'Z');

const lengthWords = (minutes: number) => (minutes < 1 ? `${Math.round(minutes * 60)} s` : minutes < 120 ? `${Math.round(minutes * 10) / 10} min` : `${Math.round(minutes / 6) / 10} h`);

/**
 * Weighs `durations` against `times` (UTC ISO instants by field), filling the key time a duration
 * states when the start is known and the field is not. Returns what was filled and said.
 */
export function applyStatedDurations(durations: readonly { row: string; label: string; minutes: number }[], times: Readonly<Record<string, string>>): { filled: Partial<Record<KeyTime, string>>; inferred: string[]; notes: string[] } {
  const filled: Partial<Record<KeyTime, string>> = {};
  const inferred: string[] = [];
  const notes: string[] = [];
  for (const { row, label, minutes } of durations) {
    const field = durationKeyTime(label);
    if (!field) {
      notes.push(`timeline row "${row}" states a length of time, not a moment, and names no key time it counts to: kept in the body`);
      continue;
    }
    const start = times.started;
    if (!start) {
      notes.push(`timeline row "${row}" states the time to ${field === 'resolved' ? 'the end' : field === 'detected' ? 'detection' : 'mitigation'} (${lengthWords(minutes)}), but the report states no start to count it from: times.${field} is left to fill`);
      continue;
    }
    const at = instantAfter(start, minutes);
    const known = times[field] ?? filled[field];
    if (!known) {
      filled[field] = at;
      inferred.push(`times.${field} ${at} from the timeline's row "${row}", counted from the start ${start}`);
      continue;
    }
    // Within a minute, or a twentieth of the length (a rounded "2 hours"), the two agree: nothing to say.
    const apart = Math.abs(Date.parse(known) - Date.parse(at));
    if (apart > Math.max(60_000, minutes * 60_000 / 20)) notes.push(`timeline row "${row}" does not agree with times.${field} ${known}: counted from the start ${start} it gives ${at}; check which the incident's record holds`);
  }
  return { filled, inferred, notes };
}
