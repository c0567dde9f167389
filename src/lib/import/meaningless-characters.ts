import { findMeaninglessCharacter } from '../invisible-characters.ts';
import { codePointName } from '../quoted-snippet.ts';

/**
 * A report's private-use characters and noncharacters (an icon of a terminal font pasted with a
 * prompt, a word processor's symbol: U+EC03 in a Google Docs export, import round 23) stand for
 * nothing outside the font or program that wrote them: every reader sees an empty box, and `npm
 * run check` refuses a draft holding one (file/encoding). They are left out, each said by its code
 * and line in the draft's notes; they hold no word, so no sentence changes.
 */
export function withoutMeaninglessCharacters(markdown: string): { markdown: string; removed: { code: string; line: number }[] } {
  const removed: { code: string; line: number }[] = [];
  let rest = markdown;
  let kept = '';
  for (let found = findMeaninglessCharacter(rest); found; found = findMeaninglessCharacter(rest)) {
    const character = String.fromCodePoint(rest.codePointAt(found.index)!);
    kept += rest.slice(0, found.index);
    removed.push({ code: codePointName(character), line: kept.split('\n').length });
    rest = rest.slice(found.index + character.length);
  }
  return { markdown: kept + rest, removed };
}
