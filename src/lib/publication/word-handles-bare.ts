/**
 * A mentioned handle that is an English word, written bare later in the post where a person
 * acts (since probe round 44, docs/redaction.md, "Probe round 44"; round 42b's leftover):
 * "@simulacrum took the page, and before simulacrum could fail over …". A mentioned handle is
 * looked for bare only when no dictionary knows it (redaction-guard.ts, `mentionedHandles`), since
 * `@build` or `@docs` written once would make every "build" and "docs" a person. Such a word is read
 * here only in lower case right before what a person does (a modal, a deed in the past tense, a
 * report), so the word used as a word ("a simulacrum of the primary") stays published; and only a
 * rare word: a common one mentioned is a group's alias (`@team`, "the support team can help").
 * A handle no dictionary knows is the guard's own rule's.
 */
import { allMatches, escapeRegExp } from '../regexp.ts';
import { isBroadcastMention, isMailDomainMention } from './mention-words.ts';
import { isEnglishWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

export interface BareWordHandleMatch {
  rule: 'redact/possible-person';
  text: string;
  index: number;
  why: string;
}

const mention = /(?<![\w.@/+-])@([a-z][a-z0-9_-]*[a-z0-9])(?![\w@/-]|\.[\w])/g;
/** What only someone does right after their name: a modal before a verb, a deed of a responder, a report. */
const personVerbAfter = String.raw`\s+(?:could|would|should|will|can|couldn['’]t|wouldn['’]t|can['’]t|won['’]t|did|didn['’]t|was|had|has|said|says|asked|asks|noticed|notices|confirmed|confirms|took|takes|paged|pinged|replied|replies|agreed|agrees|suggested|suggests|wrote|writes|thinks|thought|acked|acknowledged|joined|joins|restarted|rolled|reverted|merged|approved|reviewed|declared|handed|stepped|volunteered|found|spotted)\b`;

let lastPost = '';
let lastHandles: readonly string[] = [];
/** The handles the post mentions that are rare English words (`@simulacrum`, `@orrery`), in lower case. */
function wordHandles(post: string): readonly string[] {
  if (post === lastPost) return lastHandles;
  const found = new Set<string>();
  if (post.includes('@')) {
    for (const m of allMatches(mention, post)) {
      const handle = m[1];
      const line = post.slice(post.lastIndexOf('\n', m.index) + 1, (post.indexOf('\n', m.index) + 1 || post.length + 1) - 1);
      // Since probe round 45: not inside a link's address (`…sort:!(!('@timestamp',…` of a log viewer's URL, a field's name).
      const tokenStart = Math.max(post.lastIndexOf(' ', m.index), post.lastIndexOf('\n', m.index), post.lastIndexOf('\t', m.index)) + 1;
      if (post.slice(tokenStart, m.index).includes('://')) continue;
      if (handle.length < 4 || !isEnglishWord(handle) || isOrdinaryWord(handle) || isPublicTerm(handle) || isBroadcastMention(m[0]) || isMailDomainMention(m[0], line)) continue;
      found.add(handle);
    }
  }
  lastPost = post;
  lastHandles = [...found];
  return lastHandles;
}

/**
 * Since probe round 45 (round 44's leftover): the word is read bare anywhere else too ("It was
 * orrery who spotted it", "We paired with simulacrum", a table's cell `| quillwort |`), unless an
 * article, a determiner or a possessive before it or "of" after it makes it the word used as a
 * word ("a simulacrum of the primary", "the orrery in the lobby"): a rare word a post mentions as
 * someone's handle is rarely also its subject.
 */
const wordUseBefore = /(?:^|[^\p{L}])(?:a|an|the|this|that|these|those|our|their|its|his|her|my|your|every|each|any|some|no|one|another|such|per)[ \u00a0]+$/iu;
const wordUseAfter = /^[ \u00a0]+of(?![\p{L}])/u;

/** The bare uses of a mentioned word handle on one line, where a person acts or the word is not used as a word. */
export function findBareWordHandles(line: string, post: string): BareWordHandleMatch[] {
  const handles = wordHandles(post).filter((h) => line.includes(h));
  if (!handles.length) return [];
  const found: BareWordHandleMatch[] = [];
  const pattern = new RegExp(String.raw`(?<![\w.@/#:-])(${handles.map(escapeRegExp).join('|')})(?![\w@-])`, 'g');
  for (const m of allMatches(pattern, line)) {
    const after = line.slice(m.index + m[1].length);
    const acts = new RegExp(`^${personVerbAfter}`).test(after);
    if (!acts && (wordUseBefore.test(line.slice(0, m.index)) || wordUseAfter.test(after))) continue;
    found.push({ rule: 'redact/possible-person', text: m[1], index: m.index, why: acts ? 'a handle this post mentions as a person, written bare where a person acts' : 'a handle this post mentions as a person, written bare' });
  }
  return found;
}
