import { isEnglishWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

/**
 * A public product's name misspelt where the same post spells it right (round 41 of false
 * positives, docs/redaction.md): a platform team's timeline "restarted the fluebt-bit pods" four
 * lines above "the newer version of fluent-bit". The misspelling is no word any list knows, so the
 * workload and identifier rules read it as the organisation's own system.
 *
 * One slip of a key (a letter changed, dropped, added, or two swapped) from a public term that
 * the post itself writes is that term, or a public term joined to English words
 * (`prometheus-operator`): the post shows the product it means. Separators do not count
 * (`fluebt-bit` and `fluentbit`). Only names of six letters or more are read, where a slip
 * leaves the word recognisable; a name one slip from a public term the post never writes
 * ("restarted the fluebt-bit pods" alone) is found as before, and so is any name the team lists
 * as internal.
 */
const letters = (text: string) => text.toLowerCase().replace(/[-_.\s]+/g, '');

/** Whether `a` and `b` differ by one edit: a letter changed, dropped or added, or two neighbours swapped. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // A slip is of letters: a number added or changed is another instance (`docker-prod-2` beside
  // `docker-prod`, `apache2-new` beside `apache-new`), no typo.
  const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  if (a.length === b.length) {
    const swapped = letter(a[i]) && letter(a[i + 1]) && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || (letter(a[i]) && letter(b[i]) && a.slice(i + 1) === b.slice(i + 1));
  }
  return a.length > b.length ? letter(a[i]) && a.slice(i + 1) === b.slice(i) : letter(b[i]) && a.slice(i) === b.slice(i + 1);
}

/** A public term joined to English words (`prometheus-operator`, `grafana-agent`). */
const isCompoundOfPublicTerm = (word: string) => {
  const parts = word.split(/[-_.]/);
  return parts.length > 1 && parts.some((p) => isPublicTerm(p)) && parts.every((p) => isPublicTerm(p) || isEnglishWord(p.toLowerCase()));
};

/** The public terms `post` writes (as their letters), to match misspellings against. */
export function publicTermsWritten(post: string): Set<string> {
  const written = new Set<string>();
  for (const m of post.matchAll(/[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*/gu)) {
    const word = m[0];
    if (word.length < 5) continue;
    if (isPublicTerm(word) || isPublicTerm(letters(word)) || isCompoundOfPublicTerm(word)) written.add(letters(word));
  }
  return written;
}

/** Whether `text` is one slip from a public term of `written` (see above). */
export function isMisspeltWrittenTerm(text: string, written: ReadonlySet<string>): boolean {
  const mine = letters(text);
  if (mine.length < 6 || written.has(mine)) return false;
  for (const term of written) if (oneSlipApart(mine, term)) return true;
  return false;
}
