/**
 * The handle a chat export writes after a user's mention (since probe round 55,
 * docs/redaction.md, "Probe round 55"): Slack's `<@U02QX7LMB> tbrannvik can you …` (the mention's
 * id was found, the handle after it published). The word is judged as a YAML owner's value is
 * (`isPersonalHandleValue`), so a word of the message (`<@U02QX7LMB> can you …`) is none. (A
 * Teams export's speaker, `[3/2/2026 10:45 AM] Brannvik, Teodor:`, is read by the surname-first
 * rule already.)
 */
import type { PatternMatch } from './person-patterns.ts';
import { isPersonalHandleValue } from './pasted-config-people.ts';

/** A Slack user's mention (`U…`, or `W…` of an Enterprise Grid), then the handle the export wrote after it. */
const mentionThenHandle = /<@[UW][A-Z0-9]{6,12}>[ \t]+@?([\p{Ll}][\p{Ll}\p{N}._-]{1,30}[\p{Ll}\p{N}])(?![\p{L}\p{N}_@/-])/gu;

/** The handles a chat export wrote after mentions, on one line. */
export function findChatExportPeople(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (line.includes('<@')) {
    for (const m of line.matchAll(mentionThenHandle)) {
      if (isPersonalHandleValue(m[1])) found.push({ text: m[1], index: m.index + m[0].lastIndexOf(m[1]), severity: 'error', why: "the handle a chat export wrote after a user's mention" });
    }
  }
  return found;
}
