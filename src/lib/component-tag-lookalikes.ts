import { withLatinLookalikesReplaced } from './confusables.ts';

/**
 * Tags that look like `<Internal>` to the author but are not the component (canary round 32):
 * MDX reads `<x:Internal>` as an HTML element with a namespace, and `＜Internal＞` (full-width
 * brackets) as plain text, so the text "inside" either was published as written. The public build
 * refuses them rather than guess whether the author meant to hide that text.
 */

/** The component a JSX element name imitates with a namespace or member prefix (`x:Internal`, `a.PublicOnly`), if any. */
export function prefixedComponentName(name: string): 'Internal' | 'PublicOnly' | undefined {
  const parts = name.split(/[:.]/);
  if (parts.length < 2) return undefined;
  const local = parts[parts.length - 1].toLowerCase();
  return local === 'internal' ? 'Internal' : local === 'publiconly' ? 'PublicOnly' : undefined;
}

/**
 * Brackets a reader takes for `<`: full-width, small, single angle quotation mark, CJK and
 * mathematical angle brackets, heavy and light ornaments, Canadian syllabics PA.
 */
const lookalikeOpeners = '\uFF1C\uFE64\u2039\u3008\u2329\u27E8\u276E\u276C\u29FC\u1438';

/**
 * An `<Internal` tag as a reader sees it but no parser does: a lookalike bracket before it, or
 * a namespace or member prefix (`<x:Internal`, `</ns.internal`), any letter case.
 */
const lookalikeInternalTag = new RegExp(
  `(?:[${lookalikeOpeners}]\\s*\\/?\\s*(?:[\\w-]+[:.])?|<\\s*\\/?\\s*[\\w-]+[:.])Internal\\b`,
  'iu',
);

/** The first lookalike `<Internal` tag in `text`: where it is and how it is written. */
export function findLookalikeInternalTag(text: string): { index: number; written: string } | undefined {
  const match = lookalikeInternalTag.exec(text);
  if (match) return { index: match.index, written: match[0] };
  // Canary round 40: a tag whose name reads as the component once look-alike letters are folded
  // (`<Іnternal>` with a Cyrillic I in a .md post is text; `<lnternal>`, a lower-case L, an HTML
  // element): the words after it were published.
  for (const tag of text.matchAll(namedTag)) if (lookalikeComponentName(tag[1])) return { index: tag.index, written: tag[0] };
  return undefined;
}

/**
 * A tag's opening and its name of letters, marks, format characters, digits and signs other than a
 * tag's own punctuation (`<Іnternal`, `</lnternal`; canary round 42: `<Interna1>` with a digit one,
 * `<׀nternal>` with a Hebrew paseq, a sign).
 */
const namedTag = /<\s*\/?\s*((?:(?![/:.,;!?"'&<>=])[\p{L}\p{M}\p{Cf}\p{N}\p{Po}\p{So}\p{Sm}]){6,30})/gu;

/**
 * The component a JSX element name imitates with other letters (canary round 34): a Greek capital
 * iota (`<Ιnternal>`) was no "unknown component" to `npm run check` (its first letter is not A-Z),
 * and the public build stopped in Astro's renderer, naming a page and not the file. Letters of
 * another script that look like Latin ones are read as those, combining marks are dropped and
 * compatibility forms folded (`ⅼ`, a roman numeral fifty, is `l`). Undefined for the component's
 * own name, and for a name that reads as neither.
 */
export function lookalikeComponentName(name: string): 'Internal' | 'PublicOnly' | undefined {
  // Format characters too (canary round 42: `<In&shy;ternal>`, a soft hyphen, read as text in a .md post).
  const folded = (withLatinLookalikesReplaced(name) ?? name).normalize('NFKD').replace(/[\p{M}\p{Cf}]/gu, '').normalize('NFKC').toLowerCase();
  // A lower-case L is printed as a capital I in most sans-serif fonts (canary round 40: `<lnternal>`
  // was an HTML element whose words the page showed): read as the I it imitates.
  const read = folded.replace(/^l(?=nternal$)/, 'i');
  const imitated = read === 'internal' ? 'Internal' : read === 'publiconly' ? 'PublicOnly' : nearMissOf(read);
  return imitated && name.toLowerCase() !== imitated.toLowerCase() ? imitated : undefined;
}

/**
 * The component a folded name misses by one character that is no Latin letter (`interna1`, a digit
 * one; `ɩnternal`, `ꟾnternal`, `׀nternal`: letters and signs of other scripts no table lists), or
 * whose name it holds with more after it (`internals`, `internal-note`): canary round 42, where each
 * was an HTML element (or text) whose words the page showed. A list of look-alikes is never whole;
 * one character off the name is read as the name. Names of English words one Latin letter away
 * (`interval`, `infernal`) and components of other names (`<InternalNote>`) are left.
 */
function nearMissOf(read: string): 'Internal' | 'PublicOnly' | undefined {
  for (const [component, own] of [['Internal', 'internal'], ['PublicOnly', 'publiconly']] as const) {
    // The plural, or a custom element's name (`internal-note`); a component of another name
    // (`<InternalNote>`) is `npm run check`'s unknown component.
    if (read.startsWith(own) && /^(?:s|[-_][a-z]+)$/.test(read.slice(own.length))) return component;
    // Where the two first differ, and what is left of each after it. A Latin letter left out
    // (`<Internl>`) is a typo `npm run check` names as an unknown component.
    let at = 0;
    while (at < read.length && read[at] === own[at]) at++;
    const substituted = read.length === own.length && read.slice(at + 1) === own.slice(at + 1) && /[^a-z]/.test(read[at]);
    const inserted = read.length === own.length + 1 && read.slice(at + 1) === own.slice(at) && /[^a-z]/.test(read[at]);
    if (substituted || inserted) return component;
  }
  return undefined;
}
