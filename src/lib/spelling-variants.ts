/**
 * British and American spellings of one word: a responder types "fibre", "behaviour",
 * "virtualisation", "cancelled", the reports say "fiber", "behavior", "virtualization", "canceled"
 * (or the other way round). pagefind stems "behaviour" and "behavior" apart and matches a
 * misspelling only through a prefix, so the other spelling finds nothing or every "behav…".
 *
 * Rules of English spelling, not a word list: -our/-or, -re/-er, -ise/-ize (and -isation/-ization),
 * -yse/-yze, a doubled "l" before -ed/-ing/-er, -ence/-ense, -ogue/-og, grey/gray. A rule may make
 * a form that is no word ("server" → "servre"); the search page asks for variants only of a word
 * no postmortem holds (src/lib/search-alternatives.ts), and a form no page holds finds nothing.
 * Plain logic, no file access.
 */

/** Each rule: a word ending (with at least `stem` letters before it) and what it becomes. */
const rules: readonly { from: RegExp; to: string }[] = [
  // behaviour → behavior, colours → colors, favoured → favored, honouring → honoring
  { from: /(?<=\p{L}{2})our(s|ed|ing|able|ite|ites)?$/u, to: 'or$1' },
  { from: /(?<=\p{L}{2}[^o])or(s|ed|ing|able|ite|ites)?$/u, to: 'our$1' },
  // centre → center, fibres → fibers, metre → meter
  { from: /(?<=\p{L}{2}[bcdfgkmnptv])re(s|d)?$/u, to: 'er$1' },
  { from: /(?<=\p{L}{2}[bcdfgkmnptv])er(s)?$/u, to: 're$1' },
  // virtualise → virtualize, optimisation → optimization, authorised → authorized (and back)
  { from: /(?<=\p{L}{3})is(e|es|ed|ing|er|ers|ation|ations)$/u, to: 'iz$1' },
  { from: /(?<=\p{L}{3})iz(e|es|ed|ing|er|ers|ation|ations)$/u, to: 'is$1' },
  // analyse → analyze, paralysed → paralyzed
  { from: /(?<=\p{L}{2})ys(e|es|ed|ing)$/u, to: 'yz$1' },
  { from: /(?<=\p{L}{2})yz(e|es|ed|ing)$/u, to: 'ys$1' },
  // cancelled → canceled, labelling → labeling, modeller → modeler (and back)
  { from: /(?<=\p{L}{2}[aeiou])ll(ed|ing|er|ers)$/u, to: 'l$1' },
  { from: /(?<=\p{L}{2}[aeiou])l(ed|ing|er|ers)$/u, to: 'll$1' },
  // licence → license, defence → defense
  { from: /(?<=\p{L}{2})ence(s)?$/u, to: 'ense$1' },
  { from: /(?<=\p{L}{2})ense(s)?$/u, to: 'ence$1' },
  // catalogue → catalog, dialogues → dialogs
  { from: /(?<=\p{L}{2})ogue(s)?$/u, to: 'og$1' },
  { from: /(?<=\p{L}{2})og(s)?$/u, to: 'ogue$1' },
  // grey → gray
  { from: /^grey(s|ed|ing)?$/u, to: 'gray$1' },
  { from: /^gray(s|ed|ing)?$/u, to: 'grey$1' },
];

/** The other spellings of a lower-case word by the rules above, never the word itself; none for a word of fewer than four letters. */
export function spellingVariantsOf(word: string): string[] {
  const lower = word.toLowerCase();
  if (lower.length < 4 || !/^\p{L}+$/u.test(lower)) return [];
  const variants = new Set<string>();
  for (const { from, to } of rules) {
    if (from.test(lower)) variants.add(lower.replace(from, to));
  }
  variants.delete(lower);
  return [...variants];
}
