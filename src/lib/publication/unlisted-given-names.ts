/**
 * A full name whose given name no list knows and whose surname is a dictionary word ("Caoimhe
 * Brenne restarted the pool", "Eskil Berg rolled back the deploy"; since the twenty-first probe
 * round, docs/redaction.md). The rules of unknown full names read such a surname as a word and
 * the rules of everyday-word names (everyday-word-names.ts) read only a given name some list
 * knows, so the whole name was published. What says a person here is the place: two capitalised
 * words right before what a person does to something in an incident ("restarted the pool",
 * "paged the DBA", "escalated to the vendor"), the verb followed by what it is done to, or what
 * only a person is or does ("was paged", "joined the bridge"; people-only-events.ts).
 *
 * Not when the first word is a word of any list (a dictionary, the lexicon, a public term) or the
 * second names a system or a team ("Zarnith Proxy restarted the worker", "Acme Support confirmed
 * the fix"), nor in a title's run of capitalised words. A product acting so with no sign it is
 * public is found, as a public post fails closed: it is an error to allow or a `publicNames` entry.
 */
import { isPublicTerm } from './public-terms.ts';
import { isEnglishWord, isKnownWord } from './people.ts';
import { capitalisedPair, inTitleRun, isPluralWord } from './everyday-word-names.ts';
import { onlyAPersonDoes } from './people-only-events.ts';
import { allMatches } from '../regexp.ts';
import type { PatternMatch } from './person-patterns.ts';

/** What a person does to something in an incident, then what it is done to. */
const personAction = /^[ \u00a0]+(?:(?:also|then|quickly|manually|immediately|later|finally|first)\s+)?(?:restarted|rolled|paged|deployed|escalated|noticed|confirmed|acknowledged|acked|reverted|declared|failed over)[ \u00a0]+(?:the|a|an|our|their|its|his|her|it|us|them|me|back|to|that|this|every|all|both|\p{Lu})(?![\p{Ll}])/u;

/** Second words that name a system, a product's part or a team, not a surname. */
const systemWords = new Set(('bot robot cloud server proxy agent operator controller scheduler manager engine platform gateway monitor ' +
  'monitoring registry runner worker service cluster database store cache queue router balancer daemon pipeline deploy deployer ' +
  'autopilot team support security ops operations engineering labs status alert alerts alerting pager watchdog automation system ' +
  'app core sync backup updater release build console portal hub connect compute edge network relay tunnel sentinel guard shield ' +
  'orchestrator supervisor job cron task integration plugin extension script tool toolkit health check probe desk center centre ' +
  'inc corp group staff crew squad').split(' '));

/** Names of an unlisted given name and a dictionary-word surname acting on one line of prose. */
export function findUnlistedGivenNames(line: string): PatternMatch[] {
  if (!/\p{Lu}\p{Ll}+[ \u00a0]\p{Lu}/u.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const m of allMatches(capitalisedPair, line)) {
    const [text, first, last] = m;
    const index = m.index!;
    if (first.length < 3 || isEnglishWord(first) || isKnownWord(first) || isPublicTerm(first) || isPublicTerm(text)) continue;
    if (!isEnglishWord(last) || isPluralWord(last) || isPublicTerm(last) || systemWords.has(last.toLowerCase())) continue;
    const before = line.slice(0, index);
    const after = line.slice(index + text.length);
    if (inTitleRun(before, after)) continue;
    const afterWords = after.replace(/^(?:\*\*|__|\*|_)/, '');
    if (personAction.test(afterWords) || onlyAPersonDoes(afterWords.trimStart())) {
      found.push({ text, index, severity: 'error', guess: true, why: 'an unlisted given name and a surname that is a word, acting as a person' });
    }
  }
  return found;
}
