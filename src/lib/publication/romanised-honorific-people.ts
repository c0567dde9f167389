/**
 * A person named in Latin letters with a Japanese or Korean honorific joined by a hyphen (since
 * probe round 41b, docs/redaction.md): "Kuga-sanがサービスを再起動しました", "Doyun-nim approved it".
 * Reports in those languages write colleagues' names so when they romanise them; the honorific
 * is only ever said of a person, so the word before it is one whatever lexicon knows it.
 * Not read: a word in lower case ("x-san"), and a public term before the suffix.
 */
import { allMatches } from '../regexp.ts';
import { isPublicTerm } from './public-terms.ts';
import type { PatternMatch } from './person-patterns.ts';

const honorific = /(?<![\p{L}\p{N}_@#/\\.-])(\p{Lu}\p{Ll}{1,15})-(?:san|sama|kun|sensei|senpai|nim|ssi)(?![A-Za-z])/gu;

/** People a line names with a romanised honorific after a hyphen. */
export function findRomanisedHonorificPeople(line: string): PatternMatch[] {
  if (!line.includes('-')) return [];
  return allMatches(honorific, line)
    .filter((m) => !isPublicTerm(m[1]))
    .map((m) => ({ text: m[1], index: m.index!, severity: 'error' as const, why: 'a name with a romanised Japanese or Korean honorific' }));
}
