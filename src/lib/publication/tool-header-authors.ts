/**
 * The author a pasted tool line opens or closes with (since probe round 42b, docs/redaction.md,
 * "Probe round 42b"). Chat clients, transcripts, trackers and code review each copy a message
 * with its author in a fixed place, and that place says the word is a person whatever the word:
 *
 * - a Teams message copied with its time after the name ("Brannock Hale 10:51 AM: …") or its
 *   date and time in brackets before a name written surname first ("[5/4 10:51 AM] Hale,
 *   Brannock: …");
 * - a Mattermost or Slack message header, the author then a dash and the time ("kestrin.v — 10:42
 *   AM");
 * - a transcript's numbered speaker with the name the tool guessed in brackets ("Speaker 2
 *   (Ffion): …");
 * - a ticket's key and who wrote it ("OPS-1234 by jroemer");
 * - a GitHub timeline event opening with a lower-case word no lexicon knows ("wendrick left a
 *   comment"): tool-export-people.ts reads the event only for a handle shaped like a person's.
 *
 * A bot, a team or a word any list knows is no one (`isPersonalHandleValue`, `isFullNameValue`).
 */
import { isEnglishWord, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { isFullNameValue, isPersonalHandleValue } from './pasted-config-people.ts';
import type { PatternMatch } from './person-patterns.ts';

const word = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
const fullName = String.raw`${word}(?: ${word}){1,2}`;
const handle = String.raw`[\p{Ll}][\p{Ll}\p{N}._-]{1,37}[\p{Ll}\p{N}]`;
const clock = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const quote = String.raw`^\s*(?:>\s*)*`;

const timeAfterName = new RegExp(String.raw`${quote}(${fullName})\s+${clock}\s*:\s+\S`, 'u');
const surnameFirstSpeaker = new RegExp(String.raw`${quote}\[[^\[\]\n]*${clock}\]\s+(${word}),\s+(${word}):\s+\S`, 'u');
const authorThenTime = new RegExp(String.raw`${quote}(?:\*\*|__)?@?(${handle}|${fullName})(?:\*\*|__)?\s+[—–-]\s+(?:(?:Today|Yesterday|\p{Lu}\p{Ll}{2,8},?\s+\p{Lu}\p{Ll}{2}\s+\d{1,2}),?\s+(?:at\s+)?)?${clock}\s*$`, 'u');
const namedSpeaker = /^\s*(?:>\s*)*(?:Speaker|Participant|Caller)\s*\d+\s*\(([^()\n]{2,40})\)\s*:/u;
const ticketBy = new RegExp(String.raw`\b[A-Z][A-Z0-9]{1,9}-\d{1,6}\s+(?:(?:created|opened|filed|raised|reported|updated|closed|resolved)\s+)?by\s+@?(${handle})(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])`, 'gu');
const githubEventByWord = /^(\s*(?:>\s*)*(?:[-*+]\s+)?(?:\*\*|__)?)(\p{Ll}{4,20})(?:\*\*|__)?\s+(?:approved these changes|requested changes|left a comment|left review comments|commented on\b|force-pushed the\b|merged commit\b|merged \d+ commits?|pushed \d+ commits?|added \d+ commits?|self-assigned this|dismissed (?:a|their) stale review)/u;

const unknownWord = (w: string) => !isEnglishWord(w.toLowerCase()) && !isKnownWord(w.toLowerCase()) && !isOrdinaryWord(w.toLowerCase()) && !isPublicTerm(w);
const match = (text: string, index: number, why: string, guess = false): PatternMatch => ({ text, index, severity: 'error', guess, why });

/** The authors one pasted line of a chat, transcript, tracker or review names. */
export function findToolHeaderAuthors(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (/\d:\d\d/.test(line)) {
    const timed = timeAfterName.exec(line);
    if (timed && isFullNameValue(timed[1])) found.push(match(timed[1], line.indexOf(timed[1]), "a chat message's author before its time"));
    const reversed = surnameFirstSpeaker.exec(line);
    if (reversed && isFullNameValue(`${reversed[2]} ${reversed[1]}`)) {
      const name = `${reversed[1]}, ${reversed[2]}`;
      found.push(match(name, line.indexOf(name), "a chat message's author, surname first"));
    }
    const header = authorThenTime.exec(line);
    if (header && (isPersonalHandleValue(header[1]) || isFullNameValue(header[1]))) found.push(match(header[1], line.indexOf(header[1]), "a chat message's author before its time"));
  }
  const speaker = namedSpeaker.exec(line);
  if (speaker) {
    const name = speaker[1].trim();
    if (isFullNameValue(name) || (/^\p{Lu}\p{Ll}{2,}$/u.test(name) && unknownWord(name))) found.push(match(name, line.indexOf(name), "the name a transcript gives a numbered speaker"));
  }
  if (line.includes(' by ')) {
    for (const m of line.matchAll(ticketBy)) if (isPersonalHandleValue(m[1])) found.push(match(m[1], m.index + m[0].length - m[1].length, 'who wrote or changed a ticket'));
  }
  const event = githubEventByWord.exec(line);
  if (event && unknownWord(event[2]) && !/(?:bot|ci)$/.test(event[2])) found.push(match(event[2], event[1].length, "the account that acted in GitHub's timeline", true));
  return found;
}
