/**
 * Which language a short text (an update, a sentence) is written in, told by its small words: a
 * status page read in two countries writes each update twice (IFCA's "Nota: Corte de corriente …"
 * over "Note: Datacenter power down …"), and a summary made of two updates took one sentence of
 * each language (import round 20). Only the languages whose reports the import has met; undefined
 * when the text has too few of their small words to tell, or two languages tie. Counted with the
 * redaction guard's counter (src/lib/function-words.ts), with lists of its own.
 */

import { countFunctionWords, functionWordIndex } from '../function-words.ts';

/** Words frequent in one language and rare in the others (a word two of them share is left out: "de", "en", "die"). */
const smallWords: Record<string, readonly string[]> = {
  English: ['the', 'and', 'is', 'are', 'was', 'were', 'we', 'of', 'to', 'has', 'have', 'been', 'for', 'with', 'this', 'that', 'will', 'our', 'you', 'from', 'all', 'be', 'due', 'it', 'at', 'on', 'by', 'please', 'an'],
  // Without the words Portuguese or Italian write the same ("para", "que", "está", "la", "del", "ha"):
  // a Portuguese summary counted them as Spanish and its page said lang="es" (session 38). Nor
  // words English text writes too ("com" of a host, "os", "per", "non-"): a short English update
  // would be told as Portuguese or Italian; nor "il", "um", "alle", French's, German's and Danish's too.
  Spanish: ['el', 'los', 'las', 'y', 'es', 'son', 'están', 'han', 'hemos', 'nuestro', 'nuestra', 'debido', 'su', 'sus', 'servicio', 'fue', 'hay', 'pero', 'muy', 'después', 'también', 'usuarios'],
  Portuguese: ['não', 'uma', 'foi', 'são', 'estão', 'pela', 'pelo', 'pelos', 'nosso', 'nossa', 'serviço', 'também', 'isso', 'ao', 'foram', 'houve', 'em', 'após', 'devido', 'ficou', 'usuários'],
  Italian: ['gli', 'della', 'delle', 'dei', 'degli', 'sono', 'è', 'anche', 'stato', 'stata', 'stati', 'abbiamo', 'siamo', 'nel', 'nella', 'alla', 'questo', 'questa', 'servizio', 'che', 'perché', 'dopo'],
  German: ['der', 'das', 'und', 'ist', 'sind', 'wir', 'nicht', 'mit', 'für', 'auf', 'eine', 'wurde', 'werden', 'wird', 'ein', 'im', 'zu', 'sich', 'bei', 'aktuell'],
  French: ['le', 'les', 'des', 'et', 'est', 'sont', 'nous', 'pas', 'avec', 'pour', 'une', 'du', 'au', 'aux', 'été', 'sur', 'dans'],
  Danish: ['og', 'er', 'det', 'ikke', 'med', 'på', 'vi', 'af', 'til', 'et', 'har', 'kan', 'bliver', 'blev', 'igen', 'alle', 'nu'],
  Dutch: ['het', 'een', 'van', 'zijn', 'wij', 'niet', 'voor', 'wordt', 'werd', 'ook', 'bij', 'naar'],
};
const languageOf = functionWordIndex(Object.entries(smallWords));

export function textLanguage(text: string): string | undefined {
  const counts = countFunctionWords(text.toLowerCase().match(/\p{L}+/gu) ?? [], languageOf);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // One small word alone tells a short update ("Note: … at 9:00") when no other language has one.
  if (!first || (second && (first[1] < 2 || second[1] * 2 > first[1]))) return undefined;
  return first[0];
}
