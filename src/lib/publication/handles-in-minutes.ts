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
const handle = String.raw`(\p{Ll}[\p{Ll}\p{N}_]{2,30})`;
/** The handle opening the line, an item, a task or a sentence, and perhaps a second one joined by "and". */
const handleActing = new RegExp(String.raw`(?:^\s*(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+\.\s+)?|[.;:!?]\s+)${handle}(?:\s+and\s+${handle})?\s+(?:also\s+|then\s+|later\s+)?${meetingAct}\b`, 'gdu');

/** Handles in brackets closing a heading: one, or two joined by a slash. */
const headingBrackets = /^\s{0,3}#{1,6}\s+\S.*\s\((\p{Ll}{4,30}|\p{Ll}[\p{Ll}\p{N}_]{2,30}\/\p{Ll}[\p{Ll}\p{N}_]{2,30})\)\s*$/du;

const readsAsHandle = (word: string) => !isEnglishWord(word) && !isOrdinaryWord(word) && !isPublicTerm(word) && !brandNames.has(word) && !isSystemAccount(word) && !daemonName.test(word) && !madeOfWords(word);

/** The handles acting in a meeting's minutes on one line of prose. */
export function findHandlesInMinutes(line: string): PatternMatch[] {
  if (!/\p{Ll}{3}/u.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const m of allMatches(handleActing, line)) {
    for (const group of [1, 2]) {
      if (!m[group] || !readsAsHandle(m[group])) continue;
      found.push({ text: m[group], index: m.indices![group]![0], severity: 'error', why: 'a handle doing what people do in a meeting' });
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
