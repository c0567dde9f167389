/**
 * The organisation's own system written as "the X" and as "X" alone (since probe round 31,
 * docs/redaction.md, "Probe round 31"): "The Sushibar scheduler expired the certificates.
 * Sushibar then restarted every worker." Alone and acting, a capitalised word no list knows was a
 * guess of a person; session 30 cleared a word the post writes as a thing (a given name is never
 * written after "the"), and rightly: it is no person. But it is then a system's name, the
 * organisation's or a vendor's the lists do not know, and neither may be published unread. So a
 * word the post writes both ways, after "the" before a system's noun and alone,
 * is a code name of the post, looked for wherever the post writes it (named-systems.ts,
 * `findCodeNameParts`), as one the post calls its own is.
 *
 * The word must be one no dictionary, lexicon of given names, public term, brand of the general
 * list or `publicNames` entry knows, not an English word behind a prefix ("Descheduler"), not shown as a
 * vendor's product (public-product-signs.ts), and the post must not write it as a domain's label:
 * "the Postgres planner … Postgres recovered" is public, and so is "the Taskcluster queue" beside
 * `taskcluster.net`.
 */
import { isUnknownSystemWord } from './named-systems.ts';
import { isEnglishWord, isKnownFirstName } from './people.ts';
import { prefixedEnglishWord } from './person-patterns.ts';
import { shownAsPublicProduct } from './public-product-signs.ts';
import { brandNames } from './brand-names.ts';
import { coreSystemNouns, systemNounSource } from './system-nouns.ts';

const systemNoun = systemNounSource(coreSystemNouns);
const codeName = String.raw`(\p{Lu}\p{Ll}{3,}(?:\p{Lu}\p{Ll}+)?)`;
/**
 * "the Sushibar scheduler", "the Sushibar cron job": before a noun of what an organisation runs
 * (system-nouns.ts's core nouns), not "the Hachyderm community" or "the Fediverse." (a
 * community, an organisation, a place are written after "the" too).
 */
const afterArticle = new RegExp(String.raw`(?<![\p{L}])[Tt]he\s+${codeName}(?=\s+(?:\p{Ll}+\s+)?${systemNoun}\b)`, 'gu');
/** The same word alone, not after an article or a possessive, before a lower-case word or a clause's end. */
const alone = (word: string) => new RegExp(String.raw`(?<![\p{L}\p{N}_.\/@#-])(?<!\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)\s+)${word}(?=\s+\p{Ll}|[.,;:!?]?\s*$)`, 'u');

/** Code names the post writes both after "the" and alone, in lower case. */
export function discoverArticleCodeNames(texts: readonly string[], isPublicName: (text: string) => boolean): Set<string> {
  const names = new Set<string>();
  const text = texts.join('\n');
  if (!/[Tt]he\s+\p{Lu}/u.test(text)) return names;
  const candidates = new Set<string>();
  for (const m of text.matchAll(afterArticle)) candidates.add(m[1]);
  for (const word of candidates) {
    if (!isUnknownSystemWord(word, isPublicName) || isKnownFirstName(word) || brandNames.has(word.toLowerCase())) continue;
    // Not an English word behind a prefix ("Descheduler"), nor shown as a vendor's product ("a support
    // ticket with Quellory", "Quellory's status page"), as unowned-code-names.ts judges. Two words run
    // together ("Sushibar") are how teams name their own systems, so they are still read.
    if (prefixedEnglishWord(word) || isEnglishWord(word.toLowerCase().slice(1)) || shownAsPublicProduct(word, text)) continue;
    // A name the post writes as a domain's label (`taskcluster.net`, `hachyderm.io`) is served to the public under it.
    if (new RegExp(String.raw`(?<![\p{L}\p{N}-])${word}\.[a-z]{2,}\b`, 'iu').test(text)) continue;
    if (text.split('\n').some((line) => alone(word).test(line))) names.add(word.toLowerCase());
  }
  return names;
}
