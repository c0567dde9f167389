/**
 * The particles of people's names: the lower-case words a name holds between its given name and
 * its surname, or before a surname ("Jan van der Berg", "Ana dos Santos", "Omar bin Said").
 *
 * One source for the rules that read a name with its particles (session 57's review): a dozen
 * rule files had each their own list, with different members ("te" in one, "des" in another,
 * "binti" in a third), none of them for a reason. A rule that needs other members adds them
 * where it builds its expression and says why (the German attendee lists, the Irish prefixes of
 * bylines, the biographies' "y").
 *
 * Every use is followed by a space or a hyphen, so the order of the words is no matter.
 */

/**
 * Surnames' particles of the Romance and West Germanic languages the guard reads by their words
 * (other-languages.ts): Dutch "van", "van der", "ten", "ter", "te"; German "von", "zu"; French
 * "de", "du", "des", "le", "la"; Italian "di", "della", "dalla"; Spanish and Portuguese "del",
 * "da", "do", "dos", "das".
 */
export const europeanSurnameParticles: readonly string[] = [
  'de', 'van', 'von', 'der', 'den', 'ten', 'ter', 'te', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'dalla', 'du', 'des', 'le', 'la', 'zu',
];

/** Arabic and Malay particles of descent and article ("bin", "binti", "bint", "ibn", "ben", "al", "el"). */
export const patronymicParticles: readonly string[] = ['bin', 'binti', 'bint', 'ibn', 'ben', 'al', 'el'];

/** Every particle a name may hold between its words: the European ones, the patronymic ones, Swedish "af" and Norwegian "av". */
export const nameParticles: readonly string[] = [...europeanSurnameParticles, ...patronymicParticles, 'af', 'av'];

/**
 * Irish and Scottish prefixes of surnames, written capitalised as words of their own ("Dónal Ó
 * Ceallaigh", "Aoife Ní Bhriain", "Sean Mac Giolla"; "O" and "Mc" without a mark): a name's
 * pattern of capitalised words of two letters or more misses "Ó" and "O", and reads "Mac" and
 * "Ní" only where it allows any.
 */
export const irishSurnamePrefixes: readonly string[] = ['Ó', 'O', 'Ní', 'Mac', 'Mc'];

/** The words as one alternation for a regular expression (no group around it). */
export const alternationOf = (words: readonly string[]): string => words.join('|');
