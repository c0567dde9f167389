import { inferTimelineKind } from './timeline-kind.ts';
import { toUtcIso, parseZone, zonePattern, type WallClockFold, type Zone } from './time-zones.ts';
import { hourOnTwentyFourHourClock } from '../twelve-hour-clock.ts';

/**
 * Key times a report without a timeline writes in the prose after its opening sentence, each a time
 * of day on the start's day: "At 15:23 UTC we received a report that …" (a detection), "… and by
 * 9:40 UTC traffic had returned to normal levels" (a resolution). Rust's rustup and DNS
 * postmortems state their times only so; the import read the start from the opening sentence and
 * left the rest to fill (import round 37, the "times in prose" leftover of rounds 35-36).
 *
 * A time's clause is the words after it up to the next time or the end of its clause (`, and`,
 * `;`, ` - `, the sentence's end); when fewer than three words follow, the words before it, back to
 * the previous such boundary ("… - an action completed by 15:56 UTC"). The clause's kind is the
 * timeline's (timeline-kind.ts): detection, mitigation and resolution give `detected`, `mitigated`
 * and `resolved`; anything else none. A time of the paragraph's is read only after the start and
 * after the key time found before it (times in prose are written in order), in its own zone or the
 * report's; a day named in the sentence other than the start's day ends the reading.
 */
export interface ProseKeyTime {
  field: 'detected' | 'mitigated' | 'resolved';
  at: string;
  /** The clause the time was read with, as written. */
  words: string;
}

const fieldOfKind = { detection: 'detected', mitigation: 'mitigated', resolution: 'resolved' } as const;
const timeExpression = new RegExp(String.raw`\b(at|by|around|about|until|approximately)\s+(?:(?:approximately|around|about|roughly)\s+)?(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?(?:\s+(${zonePattern})\b)?`, 'gi');
const boundary = /,\s+and\s+|;\s+|\s+[-–—]\s+|\s+and\s+(?=by\b)/gi;

export function proseKeyTimes(paragraph: string, context: { startedAt: string; zone?: Zone; folds?: WallClockFold[] }): ProseKeyTime[] {
  const day = context.startedAt.slice(0, 10);
  const found: ProseKeyTime[] = [];
  let latest = context.startedAt;
  const sentences = paragraph.replace(/\s+/g, ' ').match(/[^.!?]+(?:[.!?](?=\s|$)|$)/g) ?? [];
  // The opening sentence gave the start: the others are read.
  for (const sentence of sentences.slice(1)) {
    if (/\b\d{4}-\d{2}-\d{2}\b/.test(sentence) && !sentence.includes(day)) break;
    const matches = [...sentence.matchAll(timeExpression)];
    matches.forEach((match, i) => {
      const end = match.index + match[0].length;
      const after = clauseStart(sentence.slice(end, matches[i + 1]?.index ?? sentence.length));
      const before = clauseEnd(sentence.slice(i ? matches[i - 1].index + matches[i - 1][0].length : 0, match.index));
      const words = (after.match(/\p{L}+/gu)?.length ?? 0) >= 3 ? after : before;
      const kind = inferTimelineKind(words);
      if (kind !== 'detection' && kind !== 'mitigation' && kind !== 'resolution') return;
      const zone = (match[5] && parseZone(match[5].replace(/\s+/g, ''))) || context.zone;
      if (!zone) return;
      const hours = hourOnTwentyFourHourClock(Number(match[2]), match[4]);
      if (hours === undefined || Number(match[3]) > 59) return;
      const at = toUtcIso(day, `${String(hours).padStart(2, '0')}:${match[3]}`, zone, context.folds);
      if (at < latest) return;
      const field = fieldOfKind[kind];
      if (found.some((time) => time.field === field)) return;
      found.push({ field, at, words: words.trim() });
      latest = at;
    });
  }
  return found;
}

/** The words up to the first clause boundary. */
function clauseStart(text: string): string {
  const cut = text.search(boundary);
  return (cut >= 0 ? text.slice(0, cut) : text).replace(/^[\s,]+/, '').replace(/[\s,.!?]+$/, '');
}

/** The words after the last clause boundary. */
function clauseEnd(text: string): string {
  const cuts = [...text.matchAll(boundary)];
  const last = cuts.at(-1);
  return (last ? text.slice(last.index + last[0].length) : text).replace(/^[\s,]+/, '').replace(/[\s,]+$/, '');
}
