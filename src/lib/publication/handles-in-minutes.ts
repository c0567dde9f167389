/**
 * A lower-case handle opening a sentence, an item or a task and doing what only a person does in
 * a meeting (since probe round 41): an infrastructure team's minutes name their members by their
 * handles and say what each said, proposed or will do ("quessel said that …", "tovrin volunteered
 * to write the minutes", "haldmark brought up the point that …", "- [ ] tovrin will follow up on
 * the thread", "tovrin and haldmark agreed to …"). Programs, commands and services are written
 * in lower case too, but do not volunteer, propose, bring up points or agree, and "said that" is a
 * person's report; a program that "will follow up" does not exist.
 *
 * Minutes also write who brought a topic in brackets closing its heading ("## Publishing the
 * minutes (quessel)", "## Rotating who runs the triage (tovrin/haldmark)"): one handle of letters
 * only, four or more, or two joined by a slash.
 *
 * The word must read as a handle (no English word, public name, system account, daemon or word of
 * words run together): "nginx said that the upstream timed out" and "the release team will follow
 * up" are not read.
 */
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { brandNames } from './brand-names.ts';
import { daemonName, isSystemAccount, madeOfWords, type PatternMatch } from './person-patterns.ts';

/** What a person does in a meeting's minutes, after the handle. */
const meetingAct = String.raw`(?:said\s+(?:that|he|she|they|it)|says\s+that|proposed|proposes|volunteered|volunteers|pointed\s+out|points\s+out|brought\s+up|brings\s+up|agreed|agrees|suggested|suggests|offered\s+to|ordered\s+an?|asked\s+(?:the|for|if|whether|about)|mentioned\s+that|noted\s+that|explained\s+that|acknowledged|will\s+(?:follow\s+up|look\s+into|write|ask|reach\s+out|take\s+care|investigate|check)|is\s+going\s+to|(?:did|didn[’']t|does|doesn[’']t)\s+(?:not\s+)?hear\s+back)`;
/**
 * What a responder does in an incident report's timeline, after the handle (since probe round 42):
 * a non-profit's reports write "brisko signs on to help", "tavkel pushed new deploy
 * configurations", "brisko hard restarts one of the cluster nodes", "Despite careful planning,
 * brisko overlooked …". Deliberate acts and a person's attention: a program restarts and deploys,
 * but does not try, notice, realise, sign on, check in, finish writing or overlook; "pushed" and
 * "deploys" are kept to what follows a person ("pushed new …", "deploys code"), and "confirmed" to
 * a colon or a clause after it ("dmesg confirmed `…`" quotes a program's output).
 */
const responderAct = String.raw`(?:restarted|signs\s+on|signed\s+on|hard[- ]restart(?:s|ed)|tried|tries|attempt(?:s|ed)\s+to|finish(?:es|ed)\s+writing|checked\s+in|checks\s+in|notices|noticed|realizes|realized|realises|realised|(?:confirms|confirmed)(?=\s*:|\s+(?:the|that|it|a|an|with)\b)|determines\s+that|determined\s+that|decides|decided|overlooked|overlooks|acks|acked|clears\s+out|cleared\s+out|forcefully\s+deleted|pushed\s+(?:new|the|a|an|his|her|their)|deploys\s+(?:code|a|the)|deployed\s+(?:code|a|the)|starts\s+looking|started\s+looking|will\s+\p{Ll}{3,}\s+(?:our|the|a|an|his|her|their|it|them|this|that))`;
/** A handle: a lower-case word, or (since probe round 42) a capitalised word with a digit inside or after its letters ("Vandr0g", "Qorbin7"), as handles are written. */
const handle = String.raw`(\p{Ll}[\p{Ll}\p{N}_]{2,30}|\p{Lu}\p{Ll}{2,}\p{N}[\p{Ll}\p{N}]*|\p{Lu}\p{Ll}*\p{N}\p{Ll}[\p{Ll}\p{N}]*)`;
/**
 * The handle opening the line, an item, a task or a sentence, and perhaps a second one joined by
 * "and"; since probe round 42 also after a time ("17:05 brisko acks the page") and after a comma
 * closing a sentence's opening phrase ("Despite careful planning, brisko overlooked …").
 */
const handleActing = new RegExp(String.raw`(?:^\s*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+\.\s+)?(?:\d{1,2}:\d{2}\s+(?:[-–—]\s+)?)?|[.;:!?,]\s+)${handle}(?:\s+and\s+${handle})?\s+(?:also\s+|then\s+|later\s+)?(?:${meetingAct}|${responderAct})\b`, 'gdu');

/**
 * Since probe round 45, a handle of letters opening a table's cell (a timeline row `| 18:02 |
 * brisko hard restarts a node |`) before what only a person does to something: in a table's
 * timeline a machine restarts and confirms too ("| ~10:12 | k8s01 restarted. |", "k8s02 and k8s03
 * confirmed: …"), so those acts and handles with a digit are not read there.
 */
const cellResponderAct = String.raw`(?:signs\s+on|signed\s+on|hard[- ]restart(?:s|ed)\s+(?:one|a|an|the|all|both|each|every)|tried|tries|finish(?:es|ed)\s+writing|checked\s+in|checks\s+in|notices|noticed|realizes|realized|realises|realised|decides|decided|overlooked|overlooks|clears\s+out|cleared\s+out|forcefully\s+deleted|pushed\s+(?:new|the|a|an|his|her|their)|deploys\s+(?:code|a|the)|starts\s+looking|started\s+looking)`;
const handleActingInCell = new RegExp(String.raw`\|[ \t]*(\p{Ll}[\p{Ll}_]{2,30})\s+(?:also\s+|then\s+|later\s+)?(?:${meetingAct}|${cellResponderAct})\b`, 'gdu');

/** Handles in brackets closing a heading: one, or two joined by a slash. */
const headingBrackets = /^\s{0,3}#{1,6}\s+\S.*\s\((\p{Ll}{4,30}|\p{Ll}[\p{Ll}\p{N}_]{2,30}\/\p{Ll}[\p{Ll}\p{N}_]{2,30})\)\s*$/du;

/**
 * A noun of the one who does a verb the dictionary knows, in "-ator" ("validator" of "validate",
 * "orchestrator"; false positives round 58): a wrapped paragraph's line opening on "validator
 * agreed on the state root" read as a handle agreeing in a meeting, and the word was then found
 * as a person in both of a chain's post-mortems. The word-game dictionary lacks many of them.
 */
const isAgentNounOfVerb = (word: string) => /^\p{Ll}{3,}ators?$/u.test(word) && isEnglishWord(word.replace(/ators?$/, 'ate'));
const readsAsWord = (word: string) => isEnglishWord(word.toLowerCase()) || isOrdinaryWord(word) || isPublicTerm(word) || brandNames.has(word) || isSystemAccount(word) || daemonName.test(word) || madeOfWords(word) || isAgentNounOfVerb(word);
// A product's or a word's name with a version after it ("Python3", "Win10") is no handle.
const readsAsHandle = (word: string) => !readsAsWord(word) && !(/\p{Lu}/u.test(word[0]) && readsAsWord(word.replace(/\d+$/, '')));

/** Why `findHandlesInMinutes` finds a handle opening a sentence, an item or a line. */
export const handleActingWhy = 'a handle doing what people do in a meeting';

/**
 * Whether line `i` goes on with the sentence of the line before, hard-wrapped: that line is prose
 * of 40 characters at least (not a short label over minutes' lines) ending in a word or a comma
 * (no full stop, colon or semicolon), and this one opens with no list
 * marker, number or time. A word opening such a line opens no sentence, and is read as it would be
 * on one line: "… yet at the epoch boundary every\nvalidator agreed on the state root" found
 * "validator" as a handle agreeing in a meeting, held its post and, learned as a person's name,
 * three posts of other teams (adoption round 58).
 */
export function continuesSentenceOfLineBefore(lines: readonly string[], i: number): boolean {
  const before = lines[i - 1];
  if (i === 0 || before === undefined || before.trim().length < 40 || !/[\p{L}\p{N},)]\s*$/u.test(before) || /^\s{0,3}(?:#{1,6}\s|\||[-*+]\s*$|<|\{)/.test(before)) return false;
  return !/^\s*(?:[-*+]\s|\d+[.)]\s|\d{1,2}:\d{2}|\|)/.test(lines[i]);
}

/** The handles acting in a meeting's minutes on one line of prose. */
export function findHandlesInMinutes(line: string): PatternMatch[] {
  if (!/\p{Ll}{3}/u.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const m of allMatches(handleActing, line)) {
    for (const group of [1, 2]) {
      if (!m[group] || !readsAsHandle(m[group])) continue;
      found.push({ text: m[group], index: m.indices![group]![0], severity: 'error', why: handleActingWhy });
    }
  }
  if (line.includes('|')) {
    for (const m of allMatches(handleActingInCell, line)) {
      if (readsAsHandle(m[1]) && !found.some((f) => f.index === m.indices![1]![0])) found.push({ text: m[1], index: m.indices![1]![0], severity: 'error', why: 'a handle doing what people do in a timeline table' });
    }
  }
  const heading = headingBrackets.exec(line);
  if (heading) {
    const start = heading.indices![1]![0];
    const words = heading[1].split('/');
    if (words.every(readsAsHandle)) words.forEach((word, k) => found.push({ text: word, index: start + (k ? words[0].length + 1 : 0), severity: 'error', why: 'who brought the topic of a heading in minutes' }));
  }
  return found;
}
