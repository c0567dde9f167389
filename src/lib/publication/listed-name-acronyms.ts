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

/**
 * A listed name's part written in capitals alone in a line of lower-case prose (round 46 of false
 * positives): the adoption walk's names list held "Lun-Kai Hsu" and "Dale Seo", and "le LUN",
 * "récupération LUN" (a disk's logical unit) and "gør siderne bedre ift SEO" were those people. A
 * list writes a name in mixed case, and prose writes a person's name so; a word in capitals among
 * lower-case words is an acronym. Still a name: beside another name's word ("LUN Hsu", "KIM
 * VOLD"), as a chat's speaker ("SEO:", "<SEO>"), and a line in capitals (a shout or a heading).
 */
export function isCapitalsOfListedPart(line: string, index: number, matched: string, listed: string, isNameWord: (word: string) => boolean): boolean {
  if (matched.length < 2 || matched !== matched.toUpperCase() || listed === listed.toUpperCase() || !/^\p{Lu}+$/u.test(matched)) return false;
  const before = line.slice(0, index);
  const after = line.slice(index + matched.length);
  // A heading's term before its expansion in title case ("### SEO: Søgemaskineoptimering"; round
  // 47 of false positives) labels what the section is about; a heading written as a chat line
  // goes on in lower case ("### SEO: restarting the pool").
  if (/^\s*#{1,6}\s+$/u.test(before) && /^:\s+\p{Lu}\p{Ll}/u.test(after)) return true;
  if (/^\s*[:>]/u.test(after) || /<\s*$/u.test(before)) return false;
  // Capitals right after an amount are its unit, a currency's or a token's code ("146,576.43
  // DAI", "→ 3,333.55 DAI"; adoption round 52: a listed "… Dai" made a DeFi report's total
  // "146,576.43 an engineer").
  if (/\d[\s\u00a0]+$/u.test(before)) return true;
  const previous = /(\p{L}+)[\s\u00a0]*$/u.exec(before)?.[1];
  const next = /^[\s\u00a0]*(\p{L}+)/u.exec(after)?.[1];
  if ([previous, next].some((word) => word && /^\p{Lu}/u.test(word) && (isNameWord(word) || (word === word.toUpperCase() && word.length > 1 && isNameWord(word[0] + word.slice(1).toLowerCase()))))) return false;
  const lowerCaseWords = line.match(/(?<![\p{L}])\p{Ll}{3,}(?![\p{L}])/gu) ?? [];
  return lowerCaseWords.length >= 2;
}
