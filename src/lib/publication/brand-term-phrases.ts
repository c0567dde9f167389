/**
 * Two words the language model reads as a full name that are a product's term (round 25 of false
 * positives, docs/redaction.md): a word before an acronym ("OpenID URI", "Hachyderm VMs", "Gitea
 * API"), or two well-known brands that are no given names ("Gitea OpenID"). Release notes and
 * infrastructure posts write protocols, products and machines so; a person's name ends in no
 * acronym. A given name before the acronym ("Tove SRE", a role after a name), a roman numeral
 * after a surname ("Henry VIII") and a full name in capitals ("KASIMIR VESTRE") are read as
 * before, as is a brand beside a word no dictionary knows ("Jordan Vexley").
 */
import { isKnownFirstName } from './people.ts';
import { isWellKnownBrand } from './public-product-signs.ts';

const acronym = /^\p{Lu}{2,6}s?$/u;
const romanNumeral = /^[IVXLC]+$/;
const brand = (word: string) => isWellKnownBrand(word) && !isKnownFirstName(word);

/** Whether `text` (the model's full name) is a word and an acronym, or two brands. */
export function isBrandTermPhrase(text: string): boolean {
  const words = text.replace(/['’]s$/, '').split(/\s+/);
  if (words.length !== 2) return false;
  const [first, second] = words;
  // A word in lower case too: a full name in capitals ("KASIMIR VESTRE: failing over") is a speaker's.
  if (acronym.test(second) && !romanNumeral.test(second) && /\p{Ll}/u.test(first) && !isKnownFirstName(first)) return true;
  return brand(first) && brand(second);
}
