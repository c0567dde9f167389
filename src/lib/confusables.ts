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
  // Greek
  'α': 'a', 'ο': 'o', 'ν': 'v', 'ι': 'i', 'κ': 'k', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x',
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
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
