/**
 * People a chat export names where the export's own markup puts them (since probe round 55,
 * docs/redaction.md, "Probe round 55"):
 *
 * - the name Slack's export writes after a user's mention: `<@U02QX7LMB> tbrannvik can you …`
 *   (the mention's id was found, the handle after it published); a handle as a YAML owner's value
 *   is judged (`isPersonalHandleValue`), so a word of the message (`<@U02QX7LMB> can you …`) is none;
 * - the speaker of a Teams export's line, a date and a time in brackets, then the surname, a comma
 *   and the given name as a directory writes them: `[3/2/2026 10:45 AM] Brannvik, Teodor: …`.
 */
import type { PatternMatch } from './person-patterns.ts';
import { isPersonalHandleValue, isFullNameValue } from './pasted-config-people.ts';

/** A Slack user's or group's mention, then the handle the export wrote after it. */
const mentionThenHandle = /<@[UW][A-Z0-9]{6,12}>[ \t]+@?([\p{Ll}][\p{Ll}\p{N}._-]{1,30}[\p{Ll}\p{N}])(?![\p{L}\p{N}_@/-])/gu;
/** A Teams export's line: a date and a time in brackets, then "Surname, Given:". */
const teamsSpeaker = /^\s*(?:[-*+]\s+)?\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?\][ \t]+(\p{Lu}[\p{Ll}'’-]+,[ \t]\p{Lu}[\p{Ll}'’-]+):/du;

/** The people a chat export's markup names on one line. */
export function findChatExportPeople(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (line.includes('<@')) {
    for (const m of line.matchAll(mentionThenHandle)) {
      if (isPersonalHandleValue(m[1])) found.push({ text: m[1], index: m.index + m[0].lastIndexOf(m[1]), severity: 'error', why: "the handle a chat export wrote after a user's mention" });
    }
  }
  if (line.includes(']')) {
    const m = teamsSpeaker.exec(line);
    if (m && isFullNameValue(m[1].replace(/^(\S+),\s(\S+)$/, '$2 $1'))) found.push({ text: m[1], index: m.indices![1]![0], severity: 'error', why: "the speaker of a chat export's line, surname first" });
  }
  return found;
}
