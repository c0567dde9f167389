import { describeCharacter, withLatinLookalikesReplaced } from './confusables.ts';
import { escapeHiddenCharacters, findHiddenCharacter } from './invisible-characters.ts';

/**
 * Why an entry of `redaction.people`, `internalNames` or `publicNames` would not be found as the
 * postmortems write it, because of a character no reader sees for what it is (bad input round 31):
 * an invisible one (`'orion\u200B-db'`), a Cyrillic or Greek letter among Latin ones (`'оrion-db'`
 * with a Cyrillic о, pasted from a chat), or a full-width or mathematical letter (`'ｏｒｉｏｎ-db'`).
 * The guard reads the post's text through such characters, but looks for the listed name as
 * written: `internalNames: ['оrion-db']` let `orion-db` be published, and a listed person was
 * found only as a guess. Undefined for a name written in one script (`'Иван Петров'` is a name).
 */
export function listedNameCharacterProblem(list: string, index: number, name: string): string | undefined {
  const shown = escapeHiddenCharacters(JSON.stringify(name));
  const hidden = findHiddenCharacter(name);
  if (hidden) {
    const meant = [...name].filter((character) => !findHiddenCharacter(character)).join('').trim();
    return `redaction.${list}[${index}] is ${shown}, which holds ${hidden.description}: names are found as written, so the name the postmortems write, without it, would not be found and would be published. Write '${meant}'.`;
  }
  const compatibility = /[\uFF01-\uFF5E]|[\u{1D400}-\u{1D7FF}]/u.exec(name);
  if (compatibility) {
    const meant = name.normalize('NFKC');
    return `redaction.${list}[${index}] is ${shown}, which holds ${describeCharacter([...name.slice(compatibility.index)][0])}, a full-width or mathematical form of a letter: names are found as written, so "${meant}" as the postmortems write it would not be found and would be published. Write '${meant}'.`;
  }
  const latin = withLatinLookalikesReplaced(name);
  if (latin !== undefined && /[A-Za-z]/.test(name)) {
    const lookalike = [...name].find((character) => withLatinLookalikesReplaced(character) !== undefined)!;
    return `redaction.${list}[${index}] is ${shown}, which holds ${describeCharacter(lookalike)} among Latin letters, printed just like one: names are found as written, so "${latin}" as the postmortems write it would not be found and would be published. Retype it: '${latin}'.`;
  }
  return undefined;
}
