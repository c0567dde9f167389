import { codePointName } from './quoted-snippet.ts';

/**
 * Letters of other scripts printed just like a Latin letter (a Cyrillic "а", U+0430, beside a
 * Latin "a"): an id typed or pasted with one looks right and is another id. Used to name the id
 * meant in a fix; the table holds the look-alikes of Cyrillic and Greek, the scripts keyboards
 * and pasted text bring in (Unicode's confusables.txt has thousands, most of them symbols).
 */
const lookalikes: Record<string, string> = {
  // Cyrillic
  'а': 'a', 'в': 'b', 'е': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x',
  'і': 'i', 'ј': 'j', 'ѕ': 's', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ү': 'y', 'һ': 'h',
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X',
  'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'Ԁ': 'D', 'Ԛ': 'Q', 'Ԝ': 'W',
  // The palochka, an upright stroke (canary round 38: `<Ӏnternal>` stopped the public build in
  // Astro's renderer naming a page, and in a public summary was printed as typed).
  'Ӏ': 'I', 'ӏ': 'l',
  // Greek
  'α': 'a', 'ο': 'o', 'ν': 'v', 'ι': 'i', 'κ': 'k', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x',
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
  // Latin letters without a decomposition to a plain one (canary round 36: `<ınternal>`, a dotless
  // i, stopped the public build in Astro's renderer, naming a page and not the file).
  'ı': 'i', 'ɪ': 'i', 'ȷ': 'j', 'ʟ': 'l',
  // Upright strokes of other scripts (canary round 40: `<ǀnternal>`, a Latin dental click, stopped
  // the public build in Astro's renderer naming a page; `<ꓲnternal>` with a Lisu letter, `<Ⲓnternal>`
  // with a Coptic iota).
  'ǀ': 'l', 'ꓲ': 'I', 'Ⲓ': 'I', 'ⲓ': 'i',
};

/** `text` with each look-alike of a Latin letter replaced by that letter; undefined when it holds none. */
export function withLatinLookalikesReplaced(text: string): string | undefined {
  let replaced = false;
  const latin = [...text].map((character) => {
    const letter = lookalikes[character];
    if (letter === undefined) return character;
    replaced = true;
    return letter;
  }).join('');
  return replaced ? latin : undefined;
}

const namedSpaces: Record<string, string> = {
  '\u00A0': 'a no-break space', '\u202F': 'a narrow no-break space', '\u2007': 'a figure space', '\u3000': 'an ideographic space', '\u2009': 'a thin space', '\u200A': 'a hair space',
};

/** "а" (U+0430, Cyrillic): a character of an id, named so that one looking like a Latin letter can be told apart. */
export function describeCharacter(character: string): string {
  const code = codePointName(character);
  const script = ['Cyrillic', 'Greek', 'Armenian', 'Cherokee', 'Latin'].find((name) => new RegExp(`\\p{Script=${name}}`, 'u').test(character));
  const space = namedSpaces[character];
  if (space) return `"${character}" (${code}, ${space}, which looks like a space or nothing)`;
  const kind = script === 'Latin' ? (/[A-Z]/.test(character) ? 'a capital letter' : 'a Latin letter with a mark or another form') : script ? `a ${script} letter` : /\p{L}/u.test(character) ? 'a letter of another script' : /[\p{Cf}\p{Zs}]/u.test(character) ? 'an invisible character or space' : 'a sign';
  return `"${character}" (${code}, ${kind})`;
}
