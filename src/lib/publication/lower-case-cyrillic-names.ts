/**
 * A Russian full name written in lower case in prose (probe round 58, docs/redaction.md): "дежурил
 * мирослав тхоржевский". The guard reads a Cyrillic name when a capital holds the run
 * (non-latin-text.ts) or in a chat line's speaker's place (chat-stamp-speakers.ts, round 57);
 * round 56 of false positives measured Russian reports' lower-case runs to name no one, so a
 * run alone is not read. Here the pair is the sign: a given name a list of common Russian given
 * names knows, beside a word ending as a Russian surname does (`-ский`, `-ова`, `-енко`, …), in
 * either order. Given names that are also everyday words ("вера", "надежда", "любовь", "роман",
 * "лев", "слава", "мир", "лада") are left out of the list: "роман петров" could be a novel's.
 */
import type { PatternMatch } from './person-patterns.ts';

/** Common Russian given names, in the nominative, full forms and usual short forms. */
const givenNames = new Set(`
александр алексей анатолий андрей антон аркадий арсений артём артем борис вадим валентин валерий василий виктор виталий владимир владислав всеволод вячеслав геннадий георгий глеб григорий
даниил данила денис дмитрий евгений егор иван игорь илья кирилл константин леонид максим матвей михаил мирослав никита николай олег павел пётр петр родион ростислав руслан святослав семён семен
сергей станислав степан тимофей тимур фёдор федор эдуард юрий ярослав саша лёша леша дима женя миша коля паша серёжа сережа витя вова костя максим ваня гоша толя стас влад артур
александра алина алиса алла анастасия ангелина анна антонина валентина валерия варвара василиса вероника виктория галина дарья диана ева евгения екатерина елена елизавета жанна зинаида зоя
инна ирина карина кира клавдия кристина ксения лариса лидия людмила маргарита марина мария милана мирослава наталья наталия нина оксана олеся ольга полина раиса светлана софия софья таисия
тамара татьяна ульяна юлия яна ярослава настя катя лена маша даша оля таня юля света ира наташа аня соня
`.split(/\s+/).filter(Boolean));

/**
 * The given names' declined forms (probe round 59): "передали смену ивану петрову", "вместе с петром
 * сидоренко" were published, the list holding the nominative alone. Each name's genitive, dative,
 * accusative, instrumental and prepositional forms by its ending; forms that are everyday words
 * ("кости" of Костя, "свете" and "свету" of Света) are left out, as "вера" is above.
 */
const fleeting: Record<string, string> = { пётр: 'петр', павел: 'павл' };
const everyday = new Set(['кости', 'свете', 'свету', 'светы', 'коле', 'толе', 'ане', 'оле']);
function declined(name: string): string[] {
  const stem = (cut: number) => name.slice(0, name.length - cut);
  if (/ия$/.test(name)) return ['и', 'ю', 'ей'].map((e) => stem(1) + e);
  if (/ья$/.test(name)) return ['ьи', 'ье', 'ью', 'ьей'].map((e) => stem(2) + e);
  if (/я$/.test(name)) return ['и', 'е', 'ю', 'ей'].map((e) => stem(1) + e);
  if (/а$/.test(name)) return [/[гкхжшщч]а$/.test(name) ? 'и' : 'ы', 'е', 'у', 'ой'].map((e) => stem(1) + e);
  if (/ий$/.test(name)) return ['ия', 'ию', 'ием', 'ии'].map((e) => stem(2) + e);
  if (/[йь]$/.test(name)) return ['я', 'ю', 'ем', 'е'].map((e) => stem(1) + e);
  const base = fleeting[name] ?? name;
  return ['а', 'у', 'ом', 'е'].map((e) => base + e);
}
const declinedGivenNames = new Set([...givenNames].flatMap(declined).filter((form) => !givenNames.has(form) && !everyday.has(form)));

/** Russian surnames' endings, in both genders (chat-stamp-speakers.ts's, without the shortest: `-ук`, `-ич`, `-ян` end words too). */
const surname = /^\p{Ll}{2,}(?:ова|ева|ёва|ина|ына|ов|ев|ёв|ин|ын|ский|ская|цкий|цкая|енко|швили)$/u;
/** The same declined (probe round 59): "петрову", "петровым", "кузнецовой", "тхоржевского", "тхоржевскому". */
const declinedSurname = /^\p{Ll}{2,}(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой|ою)|(?:ск|цк)(?:ого|ому|им|ом|ой|ую)|енко|швили)$/u;
/** Two lower-case Cyrillic words, not inside a longer word. */
const pair = /(?<![\p{L}\p{N}_-])(\p{sc=Cyrillic}+)\s(\p{sc=Cyrillic}+)(?![\p{L}\p{N}_-])/gu;
const lowerCyrillic = /^[\p{Ll}&&\p{sc=Cyrillic}]+$/v;

/** A given name of the list beside a surname's form, both in the nominative or both declined. */
const isPair = (given: string, family: string) =>
  family.length >= 5 && ((givenNames.has(given) && surname.test(family)) || (declinedGivenNames.has(given) && declinedSurname.test(family)));

/** Russian full names written in lower case on one line, a given name of the list beside a surname's form. */
export function findLowerCaseCyrillicNames(line: string): PatternMatch[] {
  if (!/[\u0430-\u044f]/.test(line)) return [];
  const found: PatternMatch[] = [];
  // Overlapping pairs: each word is tried as the first and as the second of a pair.
  for (let from = 0; from < line.length; ) {
    pair.lastIndex = from;
    const m = pair.exec(line);
    if (!m) break;
    const [, a, b] = m;
    const isName = lowerCyrillic.test(a) && lowerCyrillic.test(b) && (isPair(a, b) || isPair(b, a));
    if (isName) {
      found.push({ text: `${a} ${b}`, index: m.index, severity: 'error', guess: true, why: 'a Russian given name and a surname written in lower case' });
      from = m.index + m[0].length;
    } else from = m.index + a.length + 1;
  }
  return found;
}
