/**
 * Russian, told by its script: src/lib/import/text-language.ts tells languages by their small
 * words in Latin letters and never told a report written in Cyrillic, so a Russian report's page
 * was marked `lang="en"` (read with an English voice) and its search document indexed none of the
 * English incident words its lead says (round 57's leftover: "init partial execution false green"
 * found nothing of a Russian report). Told as {@link cjkLanguage} tells its scripts: the Cyrillic
 * words must outnumber the words in Latin letters (an English report quoting a Russian error stays
 * English), and be at least two.
 *
 * Cyrillic is written in other languages too; a text holding a letter Russian does not write
 * (Ukrainian і ї є ґ, Belarusian ў, Serbian and Macedonian ђ ј љ њ ћ џ ѓ ќ ѕ) is not told
 * Russian, and stays untold: the translation table has Russian words only.
 */
export function cyrillicLanguage(text: string): 'ru' | undefined {
  const cyrillicWords = text.match(/\p{Script=Cyrillic}+/gu) ?? [];
  const latinWords = text.match(/\p{Script=Latin}+/gu)?.length ?? 0;
  if (cyrillicWords.length < 2 || cyrillicWords.length <= latinWords) return undefined;
  if (cyrillicWords.some((word) => /[іїєґўђјљњћџѓќѕ]/iu.test(word))) return undefined;
  return 'ru';
}
