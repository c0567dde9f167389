/**
 * A listed given name written in capitals as a product's acronym (round 23 of false positives,
 * docs/redaction.md): "KIM Clientmodul", "Falsches KIM Client Modul Zertifikat",
 * "KIM-Nachrichten" (KIM, the German health system's mail service) beside a listed "Kim …". The
 * list writes the name in mixed case; an acronym is written in capitals and joined to the word it
 * qualifies by a hyphen, or set before a capitalised word that names no one. A name in capitals is
 * written with its surname in capitals too ("KIM VOLD"), or alone as a speaker ("KIM:"), and both
 * are still found, as is the name beside a listed part or a given name ("KIM Vold").
 */
export function isAcronymOfListedName(line: string, index: number, matched: string, listed: string, isNameWord: (word: string) => boolean): boolean {
  if (matched.length < 3 || /\s/.test(matched) || matched !== matched.toUpperCase() || listed === listed.toUpperCase() || !/^\p{Lu}+$/u.test(matched)) return false;
  const after = line.slice(index + matched.length);
  if (/^-\p{L}/u.test(after)) return true;
  const next = /^[\s\u00a0]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u.exec(after)?.[1];
  return !!next && !isNameWord(next);
}
