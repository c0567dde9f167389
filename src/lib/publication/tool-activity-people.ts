/**
 * People in the activity lines tools write and reports paste in fenced blocks (since probe round
 * 61, docs/redaction.md, "Probe round 61"). In prose a capitalised full name is read by the rules
 * of names; in code it is read only where a tool puts a person, and these are such places:
 *
 * - a speaker and a time alone on a line, the message on the lines below, as Google Meet's
 *   transcript ("Mireille Dauvergne (10:04)") and a Slack copy ("Brannoc Q.  10:02 AM") write it;
 * - the sender and the receiver of a Zoom chat save ("10:05:12 From Tjeerd Hoogvliet to
 *   Everyone:", "… to Brannoc Quillfeather(Direct Message):");
 * - the speaker of a WebVTT transcript's cue, on the line after the cue's times
 *   ("00:02:14.120 --> 00:02:17.900" then "Brannoc Quillfeather: …");
 * - who acted, opening a tracker's, an incident tool's or a forge's activity line, perhaps after
 *   its time ("Tjeerd Hoogvliet added a comment", "10:04 Brannoc Quillfeather updated the status
 *   to Fixing", "Tjeerd H. changed severity", "bquillfeather requested a deployment");
 * - who acted after a tool's act and "by" ("Posted by Brannoc Quillfeather", "Monitor muted by
 *   Tjeerd Hoogvliet"), a capitalised full name where on-call-paste-people.ts reads a handle.
 *
 * Values are judged as the pasted fields of earlier rounds judge theirs: a full name with a word
 * no dictionary or public list knows (`isFullNameValue`: not "Site Reliability", "Terraform
 * Cloud"), a given name and an initial whose given name is a known first name or no word at all,
 * a handle shaped as a person's (`isPersonalHandleValue`: not "jenkins", "github-actions").
 */
import { isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { isFullNameValue, isPersonalHandleValue } from './pasted-config-people.ts';
import type { PatternMatch } from './person-patterns.ts';

const word = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
/** A full name of two or three words, or a given name and an initial ("Tjeerd H."). */
const name = String.raw`${word}(?: ${word}){1,2}|${word} \p{Lu}\.`;
const handle = String.raw`[\p{Ll}][\p{Ll}\p{N}._-]{1,37}[\p{Ll}\p{N}]`;
const clock = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const lineStart = String.raw`^\s*(?:>\s*)*(?:[-*+]\s+)?`;

const speakerAndTime = new RegExp(String.raw`${lineStart}(?:\*\*|__)?(${name})(?:\*\*|__)?\s*(?:\(${clock}\)|\s${clock})\s*$`, 'u');
const zoomChat = new RegExp(String.raw`${lineStart}(?:${clock}\s+)?From\s+(${name}|${handle})\s+to\s+(Everyone|${name}|${handle})\s*(?:\((?:Direct Message|[Pp]rivately)\)\s*)?:`, 'u');
const vttCue = /^\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\b/;
const cueSpeaker = new RegExp(String.raw`^\s*(${name}):\s+\S`, 'u');
/** The acts an activity line of a tracker, an incident tool or a forge opens with after who did them. */
const act = String.raw`(?:added a comment|commented on|changed (?:the )?(?:status|severity|priority|assignee|resolution|summary|Status|Severity|Priority|Assignee|Resolution|Summary)\b|updated the (?:status|severity|priority|summary|incident|role)\b|was assigned the role|assigned the role|set the (?:status|severity|priority)\b|(?:declared|resolved|closed|reopened|created|escalated) the incident\b|requested a deployment|approved (?:the )?deployment|requested review from|muted the monitor|resolved the monitor)`;
const actorFirst = new RegExp(String.raw`${lineStart}(?:\*\*|__)?(?:(?:\d{4}-\d{2}-\d{2}[ T])?${clock}(?:\s*UTC)?(?:\*\*|__)?\s*(?:[·|–—-]\s*)?)?(${name}|@?${handle})(?:\*\*|__)?\s+${act}`, 'u');
// Since probe round 62 a deploy's acts too, as a rollout's change cause and a pipeline's log write
// them ("rollback by Teodrin Haskemar after …", "Deployed by …", "Triggered by …").
const actBy = new RegExp(String.raw`\b(?:[Pp]osted|[Mm]uted|[Ss]ilenced|[Ss]noozed|[Aa]cknowledged|[Rr]esolved|[Cc]losed|[Ee]dited|[Dd]eclared|[Rr]eopened|[Aa]pproved|[Rr]ollback|[Rr]olled\s+back|[Dd]eployed|[Rr]everted|[Rr]estarted|[Tt]riggered|[Ii]nitiated|[Aa]pplied|[Mm]erged)\s+by\s+(${word} ${word}(?: ${word})?)(?![\p{L}\p{N}_@/-])`, 'gu');

/** One capitalised word where a tool puts a person: a first name the lexicon knows, or a word no dictionary or public list knows ("Ysolde"; not "Default", "Terraform"). */
export function isPersonWordWhereToolPutsOne(word: string): boolean {
  if (isPublicTerm(word) || isOrdinaryWord(word)) return false;
  return isKnownFirstName(word) || (!isEnglishWord(word.toLowerCase()) && !isKnownWord(word.toLowerCase()));
}

/** A given name and an initial ("Tjeerd H."), the given name read as above. */
function isGivenAndInitial(value: string): boolean {
  const m = /^(\S+) \p{Lu}\.$/u.exec(value);
  return m !== null && isPersonWordWhereToolPutsOne(m[1]);
}

/** Whether a value where a tool puts a person reads as one (above). */
export function isToolActivityPerson(value: string): boolean {
  const bare = value.replace(/^@/, '');
  if (/^\p{Lu}/u.test(bare)) return isFullNameValue(bare) || isGivenAndInitial(bare);
  return isPersonalHandleValue(bare);
}

const match = (text: string, index: number, why: string): PatternMatch => ({ text, index, severity: 'error', guess: !isKnownFirstName(text.split(' ')[0]), why });

/** The people of one line (all but the transcript's cue, which needs the line before). */
function findOnLine(line: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  const add = (value: string, index: number, why: string) => {
    const text = value.replace(/^@/, '');
    if (isToolActivityPerson(text)) found.push(match(text, index + value.length - text.length, why));
  };
  if (/\d:\d\d/.test(line)) {
    const speaker = speakerAndTime.exec(line);
    if (speaker) add(speaker[1], line.indexOf(speaker[1]), "a speaker and a time alone on a line of a transcript or a chat copy");
  }
  if (line.includes('From ')) {
    const chat = zoomChat.exec(line);
    if (chat) {
      const from = line.indexOf(chat[1], line.indexOf('From '));
      add(chat[1], from, "the sender of a Zoom chat's message");
      if (chat[2] !== 'Everyone') add(chat[2], line.indexOf(chat[2], from + chat[1].length), "the receiver of a Zoom chat's message");
    }
  }
  const actor = actorFirst.exec(line);
  if (actor) add(actor[1], actor.index + actor[0].lastIndexOf(actor[1], actor[0].length - 1), "who acted in a tool's activity line");
  if (line.includes(' by ')) for (const m of line.matchAll(actBy)) add(m[1], m.index + m[0].length - m[1].length, "who acted in a tool's log, after its act");
  return found;
}

/** The people the code lines of a post name in a tool's activity (above), by line index. */
export function findToolActivityPeople(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  lines.forEach((line, i) => {
    if (!codeLines.has(i)) return;
    const matches = findOnLine(line);
    if (i > 0 && codeLines.has(i - 1) && vttCue.test(lines[i - 1])) {
      const speaker = cueSpeaker.exec(line);
      if (speaker && isToolActivityPerson(speaker[1])) matches.push(match(speaker[1], line.indexOf(speaker[1]), "the speaker of a transcript's cue"));
    }
    if (matches.length) found.set(i, matches);
  });
  return found;
}
