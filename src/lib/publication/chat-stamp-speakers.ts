/**
 * The speaker of a chat line after time stamps the earlier rules did not read (since probe round
 * 57, docs/redaction.md, "Probe round 57"): a chat client's time in parentheses
 * (`(10:02:33) tokereke: …`), an ISO time stamp of an export (`2026-03-03T10:02:11Z hvinterlund:
 * …`), a date and a time in brackets as Teams and localised clients copy them (`[3/3/2026 10:02
 * AM] Corvin Ashgrove: …`, `[03.03.2026 10:02] …`), and a name in Cyrillic written in lower case
 * after any of them (`[03:12] ярослава кудряшова: …`).
 *
 * The speaker is a handle judged as one in a person's place (person-slot-handles.ts), a full name
 * of two or three capitalised words not all English (`isCapitalisedNameInPersonSlot`), or two Cyrillic words in lower case the last
 * of which ends as a Russian surname does (`-ова`, `-ский`, `-енко`, …). After an ISO time stamp,
 * which logs write too (`2026-03-03T10:02:11Z kubelet: …`), a handle is read only as a person's
 * account by its letters (`personalAccount`, not made of words) and not before a log's fields
 * (`=`, brackets).
 */
import type { PatternMatch } from './person-patterns.ts';
import { personalAccount } from './person-patterns.ts';
import { isCapitalisedNameInPersonSlot, isHandleInPersonSlot } from './person-slot-handles.ts';
import { isPersonalHandleValue } from './pasted-config-people.ts';

const clock = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const date = String.raw`(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})`;
/** The stamps: `(10:02:33)`, `[3/3/2026 10:02 AM]`, `[03.03.2026 10:02]`, `[10:02]` (only for Cyrillic), ISO. */
const parenthesised = new RegExp(String.raw`^\s*(?:[-*+]\s+)?\(${clock}\)\s+`, 'u');
const bracketedDate = new RegExp(String.raw`^\s*(?:[-*+]\s+)?\[${date},?\s+${clock}\]\s+`, 'u');
const bracketedClock = new RegExp(String.raw`^\s*(?:[-*+]\s+)?\[${clock}\]\s+`, 'u');
const iso = /^\s*(?:[-*+]\s+)?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s+/u;
/** The speaker, then a colon and the message. */
const speaker = /^(\p{Ll}[\p{Ll}\p{N}._-]{2,30}[\p{Ll}\p{N}]|\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}|\p{sc=Cyrillic}+ \p{sc=Cyrillic}+):\s+\S/u;
/** Russian surnames' endings, in both genders. */
const russianSurname = /(?:ова|ева|ёва|ина|ына|ов|ев|ёв|ин|ын|ский|ская|цкий|цкая|ской|енко|ук|юк|ич|ишвили|ян)$/u;
const cyrillicLower = /^\p{Ll}+$/u;


/** The speaker of a chat line after one of the stamps above. */
export function findChatStampSpeakers(line: string): PatternMatch[] {
  if (!line.includes(':')) return [];
  const stamps = [['parenthesised', parenthesised], ['date', bracketedDate], ['iso', iso], ['clock', bracketedClock]] as const;
  const [kind, stamp] = stamps.map(([k, pattern]) => [k, pattern.exec(line)] as const).find(([, s]) => s) ?? [];
  if (!kind || !stamp) return [];
  const rest = line.slice(stamp[0].length);
  const m = speaker.exec(rest);
  if (!m) return [];
  const name = m[1];
  const index = stamp[0].length;
  const why = 'the speaker of a time-stamped chat line';
  if (/\p{sc=Cyrillic}/u.test(name)) {
    const [first, last] = name.split(' ');
    return cyrillicLower.test(first) && cyrillicLower.test(last) && russianSurname.test(last) ? [{ text: name, index, severity: 'error', guess: true, why }] : [];
  }
  // `[10:02] ana.kovac:` and `[10:02 AM] Brekke, Hallvard` are the older rules'.
  if (kind === 'clock') return [];
  if (/^\p{Lu}/u.test(name)) return isCapitalisedNameInPersonSlot(name) ? [{ text: name, index, severity: 'error', why }] : [];
  if (kind === 'iso') return personalAccount(name) && isPersonalHandleValue(name) && !/[=[\]{}]/.test(rest) ? [{ text: name, index, severity: 'error', guess: true, why }] : [];
  return isHandleInPersonSlot(name) ? [{ text: name, index, severity: 'error', why }] : [];
}
