/**
 * Languages of a line that other-languages.ts does not tell, told for `npm run redact`'s
 * placeholders only (redact round 36): Polish, Czech and Turkish in Latin letters, Russian and
 * Ukrainian in Cyrillic, Greek. "Jan Kowalski zrestartował serwer" became "An engineer
 * zrestartował serwer": the person rules do not read these languages' function words, and this
 * module changes nothing they find; it only chooses the words that stand for a removed name.
 *
 * A language is told by letters only it writes among the languages of the placeholders (Polish
 * ą ę ł ś ź ż ń, Czech ě ř ů, Turkish ı ğ ş and dotted İ, Ukrainian і ї є ґ, Russian ы э ё) or,
 * for a line whose letters say nothing, by two of its function words; other Cyrillic is Russian
 * unless it writes Bulgarian's ъ or a letter of Serbian, Macedonian or Belarusian, which get none
 * and keep the English role.
 */

/** A language whose placeholder `npm run redact` writes, beyond the nine of other-languages.ts. */
export type LetterLanguage = 'pl' | 'cs' | 'tr' | 'ru' | 'uk' | 'el' | 'vi' | 'id' | 'hu';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

interface LetterSign {
  language: LetterLanguage;
  /** Letters only this language writes among those listed here and in other-languages.ts; none for one written in a to z alone. */
  letters?: RegExp;
  /** Function words, lower case, none of them English or of another language listed. */
  functionWords: ReadonlySet<string>;
}

const signs: readonly LetterSign[] = [
  { language: 'pl', letters: /[ąęłśźżńĄĘŁŚŹŻŃ]/u, functionWords: words('się jest nie przez oraz dla że został została było który która') },
  { language: 'cs', letters: /[ěřůĚŘŮ]/u, functionWords: words('jsme jsou byl byla bylo že pro který která také se ve')},
  { language: 'tr', letters: /[ığşİĞŞ]/u, functionWords: words('ve bir bu ile için olarak sonra daha çok ise değil') },
  { language: 'uk', letters: /[іїєґІЇЄҐ]/u, functionWords: words('що це був була було після через який яка також') },
  { language: 'ru', letters: /[ыэёЫЭЁ]/u, functionWords: words('что это был была было после через который которая также') },
  // Since adoption round 62: "Config thay an engineer = outage" (đổi, change, read as a name) in a
  // Vietnamese study note, "Tim an engineer menangani insiden" in an Indonesian knowledge base.
  // Vietnamese writes ơ, ư, ă, đ and its tone marks on a vowel's circumflex or breve (ạ … ỹ, the
  // Latin Extended Additional letters from U+1EA0); Indonesian writes a to z alone, so only its
  // function words (none of them English's, or Italian's "di", or Malay's alone) tell it.
  { language: 'vi', letters: /[ơưăđƠƯĂĐ\u1EA0-\u1EF9]/u, functionWords: words('và của là không được các những này đã để khi trong có một với cho') },
  { language: 'id', functionWords: words('yang dan dengan untuk dari pada adalah tidak ini itu akan oleh karena sudah dalam juga atau bisa harus') },
  // Since adoption round 63: Hungarian writes ő and ű, which no other language listed writes; a line
  // with one function word only ("… újraindította a szervert, és a hiba megszűnt") got the English role.
  { language: 'hu', letters: /[őűŐŰ]/u, functionWords: words('az egy és hogy nem volt már csak vagy ami amely amit ezt azt kell lehet után miatt szerint mert') },
];
/** Letters of Cyrillic alphabets other than Russian's and Ukrainian's (Serbian, Macedonian, Belarusian): no placeholder. */
const otherCyrillic = /[ђјљњћџѓќѕўЂЈЉЊЋЏЃЌЅЎ]/u;
const greekLetters = /\p{sc=Greek}\p{M}*\p{sc=Greek}/u;

/**
 * Whether letters of `script` outnumber the line's Latin ones: one look-alike letter in an English
 * line ("the Сost-janitor job", a Cyrillic С) or a name in another script quoted in it does not
 * make the line Russian, whose placeholder the guard would then read as text in Cyrillic.
 */
function writtenMostlyIn(line: string, script: RegExp): boolean {
  const inScript = line.match(script)?.length ?? 0;
  const latin = line.match(/\p{sc=Latin}/gu)?.length ?? 0;
  return inScript > 0 && inScript > latin;
}

/** The language of `line` told by its letters or function words, where it is one of {@link LetterLanguage}. */
export function letterLanguageOf(line: string): LetterLanguage | undefined {
  if (greekLetters.test(line) && writtenMostlyIn(line, /\p{sc=Greek}/gu)) return 'el';
  const cyrillic = writtenMostlyIn(line, /\p{sc=Cyrillic}/gu);
  if (cyrillic && otherCyrillic.test(line)) return undefined;
  const candidates = signs.filter((sign) => (sign.language === 'ru' || sign.language === 'uk') === cyrillic);
  const byLetter = candidates.filter((sign) => sign.letters?.test(line));
  if (byLetter.length === 1) return byLetter[0].language;
  if (byLetter.length > 1) return undefined;
  const lineWords = line.toLowerCase().match(/\p{L}+/gu) ?? [];
  const byWords = candidates.filter((sign) => lineWords.filter((word) => sign.functionWords.has(word)).length >= 2);
  if (byWords.length === 1) return byWords[0].language;
  // A Cyrillic line that no letter or word tells, with no Bulgarian ъ either, is taken for Russian,
  // by far the most written of the Cyrillic languages (Bulgarian without ъ gets it too: "Limits").
  return cyrillic && !byWords.length && !/[ъЪ]/u.test(line) ? 'ru' : undefined;
}
