/**
 * Month names by language, January first, lower case as running text writes them: one table for
 * the readers of written days (instant-advice.ts' spelled-out days, import/dated-log.ts' status
 * logs). Each reader says which languages it reads.
 */
export const monthNamesByLanguage = {
  en: words('january february march april may june july august september october november december'),
  fr: words('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  de: words('januar februar märz april mai juni juli august september oktober november dezember'),
  es: words('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  it: words('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  nl: words('januari februari maart april mei juni juli augustus september oktober november december'),
  pt: words('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  da: words('januar februar marts april maj juni juli august september oktober november december'),
  nb: words('januar februar mars april mai juni juli august september oktober november desember'),
  // Round 58: the languages whose days came to the front matter as "not a date", the format alone. Russian,
  // Polish and Czech name a day's month in the genitive (`9 июля 2025`, `9 lipca 2025`, `9. července 2025`).
  sv: words('januari februari mars april maj juni juli augusti september oktober november december'),
  ru: words('января февраля марта апреля мая июня июля августа сентября октября ноября декабря'),
  pl: words('stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'),
  cs: words('ledna února března dubna května června července srpna září října listopadu prosince'),
  tr: words('ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık'),
} as const satisfies Record<string, readonly string[]>;

export type MonthLanguage = keyof typeof monthNamesByLanguage;

function words(names: string): readonly string[] {
  return names.split(' ');
}

/** Each name of `names` (twelve a language, January first) with its month's number, 1 to 12. */
export function monthNumbersOf(names: readonly (readonly string[])[]): [string, number][] {
  return names.flatMap((language) => language.map((name, index) => [name, index + 1] as [string, number]));
}
