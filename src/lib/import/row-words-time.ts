import { readWrittenTime } from './written-time.ts';
import type { Zone } from './time-zones.ts';

/** A time of day a row's words state for its event ("began around 20:50", "started at 07:01am"). */
export interface RowWordsTime {
  /** HH:mm (24-hour). */
  time: string;
  zone?: Zone;
  /** Written with "around", "about", "approximately" or `~`. */
  approximate: boolean;
  /** The words it was read from, for the draft's notes ("around 20:50pm"). */
  words: string;
  /** Corrections made while reading ("20:50pm" read as 20:50). */
  notes: string[];
}

// "at", "around", "from", "since" before the time: the moment something began, not a duration ("for
// 45 minutes") nor a figure ("about 100ms").
const timeLead = /\b(at|around|about|approximately|approx\.|roughly|from|since|circa)\s+((?:about|around|approximately|roughly)\s+)?(~\s*)?(?=\d{1,2}[:.h]\d{2}(?!\d)|\d{1,2}\s*[ap]\.?m\b)/i;

/**
 * The time of day a date-only row's first sentence states for its event: a status table's row
 * "3 August — general outage | Severe errors began around 20:50pm. …" (a monthly post listing the
 * month's incidents a row each, import round 46) is an event of 20:50 that day, not of the day's
 * start. Only the first sentence is read (later ones say when it improved or ended), only a time
 * led by "at", "around", "from" and their kin, and only a time of day without a date.
 */
export function timeInRowWords(event: string): RowWordsTime | undefined {
  const first = event.split(/(?<=[.!?])\s+/)[0] ?? '';
  const lead = timeLead.exec(first);
  if (!lead) return undefined;
  const after = first.slice(lead.index + lead[0].length);
  const written = readWrittenTime(after, { year: 2000 });
  if (!written.time || written.date || written.placeholder) return undefined;
  return {
    time: written.time,
    ...(written.zone ? { zone: written.zone } : {}),
    approximate: written.approximate || !/^(?:at|from|since)$/i.test(lead[1]) || !!lead[2] || !!lead[3],
    words: `${lead[0]}${after.slice(0, written.consumed)}`.replace(/\s+/g, ' ').trim().replace(/[.,;]$/, ''),
    notes: written.notes,
  };
}
