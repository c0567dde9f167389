/**
 * What `npm run redact` replaces around a person's name, beyond the name (probe round 35,
 * docs/redaction.md, "Probe round 35: other languages and scripts"):
 *
 * - A title before the name goes with it, and the article before the title: "Herr Brandtner hat"
 *   read "Herr [Name entfernt] hat" (a German title needs a name, and "Frau" says the gender the
 *   placeholder does not), "O Sr. Figueiredo autorizou" read "O an engineer autorizou". Now
 *   "[Name entfernt] hat", "[Nome removido] autorizou": no article or title has to agree with
 *   the placeholder, whatever its gender or case. A Turkish title after a given name ("Ahmet Bey")
 *   goes too.
 * - A finding that ran on over a German or Dutch article and the noun after it ("Kerstin
 *   Hollenbach das Deployment": German capitalises its nouns) ends before the article, so the
 *   replacement keeps "das Deployment".
 * - A name written in Han, Kana or Hangul on a line of those scripts was left to the author when
 *   letters touched it (no space for an English role) ("霧島の報告によると", "志强发现", "민준이"): it becomes a role of that language —
 *   担当者 (Japanese), 同事 (Chinese), and in Korean 담당 직원 or 담당자, the one whose last syllable
 *   ends as the name's did, so the particle after it still agrees ("민준이" → "담당 직원이",
 *   "지우가" → "담당자가").
 */

import { isJapaneseGrammar } from './japanese-grammar-run.ts';
import type { OtherLanguage } from './other-languages.ts';
import { koreanPageLanguage, spacelessLanguageOfClause, spacelessLetter as cjkLetter } from './spaceless-script-clauses.ts';

/** Titles written before a surname in the languages the person rules read. */
const titleBefore = /(?:^|(?<=[\s(„"«“‘']))(?:(?:der|die|den|dem|el|la|le|il|lo|o|a|l['’])[ \u00a0]+)?(?:Herrn?|Frau|Fräulein|Kolleg(?:e|in)|Dr\.|Prof\.|M\.|Mme\.?|Mlle\.?|Monsieur|Madame|Sr\.|Sra\.|Srta\.|Dña\.|Don|Doña|Dra\.|Sig\.(?:ra|na)?|Signor(?:a|ina)?|Dott\.(?:ssa)?|Ing\.|Senhora?|[Dd]hr\.|[Mm]evr\.|[Mm]evrouw|[Mm]eneer|Pan|Pani|[Pp]aní|[Ii]nż\.|l['’]ing\.|[Mm]gr\.?|Mgr\.|dr|Bc\.)(?:[ \u00a0]+(?:Dr|Dra|Prof|Ing)\.)?[ \u00a0]+$/iu;
/** A title opening a finding's text, and an article alone before it. */
const titleOpening = /^(?:Herrn?|Frau|Sr\.|Sra\.|Srta\.|Dña\.|Dra\.|Dr\.|Sig\.(?:ra|na)?|Dott\.(?:ssa)?|Ing\.|Mme|M\.|Senhora?|Signora?)[ \u00a0]/u;
const articleOnly = /(?:^|(?<=[\s(„"«“‘']))(?:der|die|den|dem|el|la|le|il|lo|o|a)[ \u00a0]+$/iu;

/** Turkish titles after a given name ("Ahmet Bey", "Ayşe Hanım"). */
const titleAfter = /^[ \u00a0]+(?:Bey|Hanım|Hanim)(?![\p{L}])/u;
/** A German or Dutch article and a capitalised noun ending a person's finding. */
const articleAndNoun = /[ \u00a0]+(?:das|die|dem|den|ein|eine|einen|einem|het)[ \u00a0]+\p{Lu}\p{Ll}+$/u;

/** The span a person's replacement takes: the name, its title and the title's article; not a trailing article and noun. */
export function personReplacementSpan(source: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  const trailing = articleAndNoun.exec(source.slice(start, end));
  // Only where a name is left before it (two words at least).
  if (trailing && /\s/u.test(source.slice(start, end - trailing[0].length).trim())) to = end - trailing[0].length;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const title = titleBefore.exec(source.slice(lineStart, start));
  // Case-insensitive for the articles; a title of one lower-case word other than these (`dr`, `paní`, `inż.`) must be written so.
  if (title && /^\p{Lu}|^(?:der|die|den|dem|el|la|le|il|lo|o|a|l['’]|dr|paní|inż\.|mgr|dhr\.|mevr\.|mevrouw|meneer)(?![\p{L}])/u.test(title[0])) from = lineStart + title.index;
  // A finding that holds its title ("Sr. Figueiredo") takes the article before it ("O Sr. Figueiredo").
  else if (titleOpening.test(source.slice(start, end))) {
    const article = articleOnly.exec(source.slice(lineStart, start));
    if (article) from = lineStart + article.index;
  }
  const after = titleAfter.exec(source.slice(to));
  if (after) to += after[0].length;
  return [from, to];
}

/**
 * The language a title opening a person's span says, where only one language writes it and
 * English never does ("Herr" German, "Mme" French (not "M.", an English initial too), "Dott.ssa" Italian, "dhr." Dutch; "Sr." and "Dra." Spanish after "El" / "La" and
 * Portuguese after "O" / "A"; not "Don", an English given name): a short line's own words told "La Dott.ssa Capodicasa ha analizzato
 * i log" as Spanish ("[nombre eliminado]"). Undefined for a title of a language with no placeholder
 * (Polish, Czech) or of several.
 */
export function languageOfTitle(text: string): OtherLanguage | undefined {
  const title = text.trim();
  if (!title) return undefined;
  if (/^(?:der |die |den |dem )?(?:Herrn?|Frau|Fräulein|Kolleg(?:e|in))(?![\p{L}])/iu.test(title)) return 'de';
  if (/^(?:le |la )?(?:Mme|Mlle|Monsieur|Madame|Mademoiselle)(?![\p{L}])/u.test(title)) return 'fr';
  if (/^(?:il |la |lo |l['’])?(?:Sig|Signor|Dott|[Ii]ng\.)/iu.test(title) && /^(?:il |la |lo |l['’])|Sig|Signor|Dott/u.test(title)) return 'it';
  if (/^(?:[Dd]hr\.|[Mm]evr\.|[Mm]evrouw|[Mm]eneer)/u.test(title)) return 'nl';
  if (/^(?:Senhora?)(?![\p{L}])|^(?:o|a) (?:Sr|Sra|Dra|Dr)\./iu.test(title)) return 'pt';
  if (/^(?:Dña\.|Doña|Srta\.)|^(?:el|la) (?:Sr|Sra|Dra|Dr)\./iu.test(title)) return 'es';
  return undefined;
}

const cjkLetters = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}々ー・ 　]+$/u;
const hangulSyllable = /^[\uac00-\ud7a3]$/u;

/**
 * The role that stands for a name of Han, Kana or Hangul on a line with more letters of those
 * scripts, or undefined where the line is of another language (a role in the post's language does).
 * Since redact round 37 also for a name in Latin letters in a clause of those languages ("作者:
 * Allen Galler", "…の中で、Sidney Dekkerは"; spaceless-script-clauses.ts), which read "作者: an
 * engineer" and "An engineer Dekker".
 */
export function cjkPersonPlaceholder(source: string, start: number, end: number): string | undefined {
  const name = source.slice(start, end);
  if (isJapaneseGrammar(name)) return undefined;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', end) < 0 ? source.length : source.indexOf('\n', end);
  // The name's own letters are of those scripts, and so is more of its line: a sentence or a row of that language.
  const ownScript = cjkLetters.test(name) && cjkLetter.test(source.slice(lineStart, start) + source.slice(end, lineEnd));
  // A name in Latin letters, with a Korean particle joined to it or not ("Dekker는").
  // Or a Korean page's (adoption round 60, spaceless-script-clauses.ts).
  const latin = /^[\p{sc=Latin}\s.'’-]+(?:\p{sc=Hangul})?$/u.test(name) ? spacelessLanguageOfClause(source, start, end) ?? (/\p{sc=Hangul}$/u.test(name) ? 'ko' : undefined) ?? koreanPageLanguage(source, start, end) : undefined;
  if (!ownScript && !latin) return undefined;
  if (/\p{sc=Hangul}/u.test(name) || latin === 'ko') {
    // A finding that holds the particle ("지훈은") keeps it after the role, which ends as the name
    // did (the particle says how: 은, 이, 을 follow a final consonant).
    const particle = /^(?<stem>.+?)(?<particle>은|는|이|가|을|를|의)$/u.exec(name.trim());
    const stem = particle && /\p{sc=Hangul}{2}$|\p{sc=Latin}$/u.test(particle.groups!.stem) ? particle.groups!.stem : name.trim();
    const ending = stem === name.trim() ? undefined : particle!.groups!.particle;
    const last = stem.at(-1)!;
    const hasFinal = ending && ending !== '의' ? /[은이을]/u.test(ending) : hangulSyllable.test(last) && (last.codePointAt(0)! - 0xac00) % 28 !== 0;
    return (hasFinal ? '담당 직원' : '담당자') + (ending ?? '');
  }
  if (latin) return latin === 'ja' ? '担当者' : '同事';
  if (/[\p{sc=Hiragana}\p{sc=Katakana}]/u.test(source.slice(Math.max(0, start - 40), end + 40))) return '担当者';
  return '同事';
}

/**
 * Whether `text` at `index` of `line` is a role written above, alone or with a Korean particle
 * ("同事", "担当者", "담당자가", the "직원이" of "담당 직원이"): a role names no one, and the guard
 * held it as text of a script it cannot read, so each `npm run redact` replaced its own role again
 * ("作者: 同事" stayed an error; redact round 37).
 */
export function isWrittenCjkRole(line: string, text: string, index: number): boolean {
  const word = text.trim().replace(/(?<=\p{sc=Hangul})(?:은|는|이|가|을|를|의)$/u, '');
  if (word === '同事' || word === '担当者' || word === '담당자') return true;
  return word === '직원' && /담당[ \u00a0]$/u.test(line.slice(0, index));
}
