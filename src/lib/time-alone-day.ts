/**
 * The day a front-matter timeline's time written alone (`- at: "00:10"`) falls on, from the entries
 * before it (bad input round 55). The schema's advice for a time without its day gave an example on a
 * fixed day; after an entry at 17:49 on 2025-07-08, `00:10` is the next day's, which the example did
 * not say. Pure: reads the front matter as parsed, nothing else.
 */

/** A front matter value written as a day and time (`2025-07-08T17:49:00Z`, or a Date YAML made of it), as its day and minutes of the day. */
function dayAndMinutes(value: unknown): { day: string; minutes: number; written: string } | undefined {
  const text = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().replace('.000Z', 'Z') : typeof value === 'string' ? value.trim() : undefined;
  const match = text && /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})/.exec(text);
  return match ? { day: match[1], minutes: Number(match[2]) * 60 + Number(match[3]), written: text } : undefined;
}

/** The day after `day` (YYYY-MM-DD). */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The day to write before the time of `timeline[index]`, written `clock` (`00:10`), and why: the day of
 * the last entry before it that gives one, the next day when the clock is earlier than that entry's (the
 * night passed), or times.started's day when no entry before it gives a day. Undefined when none does.
 */
export function dayForTimeAlone(frontmatter: unknown, index: number, clock: string): { day: string; why: string } | undefined {
  const minutes = /^(\d{1,2}):(\d{2})/.exec(clock);
  if (!minutes || !frontmatter || typeof frontmatter !== 'object') return undefined;
  const at = Number(minutes[1]) * 60 + Number(minutes[2]);
  const data = frontmatter as { timeline?: unknown; times?: { started?: unknown } };
  const entries = Array.isArray(data.timeline) ? data.timeline : [];
  for (let before = Math.min(index, entries.length) - 1; before >= 0; before--) {
    const entry = entries[before] as { at?: unknown } | null;
    const previous = dayAndMinutes(entry?.at);
    if (!previous) continue;
    if (at < previous.minutes) return { day: nextDay(previous.day), why: `the entry before it, timeline[${before}], is at ${previous.written}, later in the day, so ${clock} is past midnight, on the next day` };
    return { day: previous.day, why: `the entry before it, timeline[${before}], is at ${previous.written}` };
  }
  const started = dayAndMinutes(data.times?.started);
  if (!started) return undefined;
  if (at < started.minutes) return { day: nextDay(started.day), why: `times.started is ${started.written}, later in the day, so ${clock} is past midnight, on the next day` };
  return { day: started.day, why: `times.started is ${started.written}` };
}
