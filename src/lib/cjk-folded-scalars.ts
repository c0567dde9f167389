import { joinWideLetterLines } from './cjk-line-breaks.ts';

/**
 * Folded YAML text (`summary: >-`) in Chinese or Japanese, joined where the author broke a line
 * (round 57 of docs/findability.md). YAML folds each line break of a folded block scalar to a
 * space; between two English words that is the space they need, between two Chinese or Japanese
 * characters, written without spaces, it splits a word that was never split: a summary folded
 * after "停" and before "止" reads "停 止", and the search index, which finds the words of a
 * Chinese or Japanese run by the runtime's word segmenter (src/lib/cjk-words.ts), holds "停" and
 * "止" but not "停止". A paragraph of the body has the same break taken out when it is rendered
 * (src/lib/cjk-line-breaks.ts); the frontmatter's text had no such step.
 *
 * The parsers give the value only, not the node's style, so the folded scalars are read from the
 * YAML text here, and a parsed string is replaced only when it equals, character for character,
 * what YAML folds a block's lines to: a quoted or plain string that happens to hold the same
 * words is left as written. Only blocks whose lines all sit at the block's indentation, with no
 * blank line, are read (a more-indented or blank line keeps its break, and the summaries and
 * descriptions written this way have none). Which breaks go is the body's rule, applied by the same
 * function (`joinWideLetterLines`, src/lib/cjk-line-breaks.ts): Korean writes spaces between its
 * words, and a break beside Hangul stays a space; spaces or tabs a line ends with before a break
 * between two such characters go with the break, as they do in the body. Plain logic, no file access.
 */

const hasWideLetter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A key with a folded block scalar: `summary: >`, `  description: >-`, `- event: >` (keep, `>+`, and explicit indentation are left alone). */
const foldedKey = /^([ ]*)(?:- +)?[^\s#-][^#]*?:[ ]+>(-?)[ ]*(?:#.*)?$/;

/** Each folded block's value as YAML gives it → the value with its breaks between two Chinese or Japanese characters taken out. */
export function cjkFoldedValues(yaml: string): Map<string, string> {
  const joined = new Map<string, string>();
  if (!yaml.includes('>') || !hasWideLetter.test(yaml)) return joined;
  const lines = yaml.split(/\r?\n/);
  for (let at = 0; at < lines.length; at++) {
    const key = foldedKey.exec(lines[at]);
    if (!key) continue;
    const keyIndent = key[1].length;
    const block: string[] = [];
    let next = at + 1;
    while (next < lines.length && (lines[next].length - lines[next].trimStart().length > keyIndent)) block.push(lines[next++]);
    if (!block.length) continue;
    const indent = block[0].length - block[0].trimStart().length;
    if (block.some((line) => line.trim() === '' || line.length - line.trimStart().length !== indent)) continue;
    const texts = block.map((line) => line.slice(indent));
    const ending = key[2] === '-' ? '' : '\n';
    // Each break the body's rule keeps is a space, as YAML folds it.
    const cjkJoined = joinWideLetterLines(texts.join('\n')).replaceAll('\n', ' ');
    const folded = texts.join(' ');
    if (cjkJoined !== folded) joined.set(folded + ending, cjkJoined + ending);
    at = next - 1;
  }
  return joined;
}

/** `data` with each string that is a folded block's value replaced by its {@link cjkFoldedValues} form; the same object when none is. */
export function withCjkFoldsJoined<T>(yaml: string, data: T): T {
  const joined = cjkFoldedValues(yaml);
  if (!joined.size) return data;
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') return joined.get(value) ?? value;
    if (Array.isArray(value)) return value.map(visit);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, visit(item)]));
    return value;
  };
  return visit(data) as T;
}
