/**
 * The language of a post's person placeholder where neither the line's words nor its letters tell
 * one (adoption round 62). A Vietnamese study note's heading "Nguyên Nhân" (cause) and its table
 * cells carry no letter only Vietnamese writes (ê and â are French's and Portuguese's too), so
 * `npm run redact` wrote "an engineer" there, in the middle of Vietnamese. The post's own lines
 * tell: the letter language (letter-languages.ts) most of its lines are told in, where at least
 * two are and over twice as many as of any other; else, where the post's prose has words but few
 * English function words (under one in twenty; English prose has about two in five), a neutral
 * mark (person-placeholder.ts) rather than English words in a text of another language.
 */
import { letterLanguageOf, type LetterLanguage } from './letter-languages.ts';
import { englishWordShare } from './other-languages.ts';
import { fencedBlocks, isInsideFence } from './fenced-blocks.ts';

/** A post needs this many prose words before its few English ones say it is not English. */
const leastWords = 30;

export function postPlaceholderLanguage(source: string, bodyStart: number): LetterLanguage | 'neutral' | undefined {
  const fences = fencedBlocks(source, bodyStart);
  const tally = new Map<LetterLanguage, number>();
  const prose: string[] = [];
  let at = bodyStart;
  for (const line of source.slice(bodyStart).split('\n')) {
    if (!isInsideFence(fences, at)) {
      prose.push(line);
      const language = letterLanguageOf(line);
      if (language) tally.set(language, (tally.get(language) ?? 0) + 1);
    }
    at += line.length + 1;
  }
  const [first, second] = [...tally].sort((a, b) => b[1] - a[1]);
  if (first && first[1] >= 2 && first[1] > 2 * (second?.[1] ?? 0)) return first[0];
  const { english, words } = englishWordShare(prose.join('\n'));
  return words >= leastWords && english * 20 < words ? 'neutral' : undefined;
}
