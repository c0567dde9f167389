/**
 * Invisible characters in a postmortem's body (bad input round 40). The frontmatter refuses them
 * (src/lib/invisible-characters.ts); in the body they were published as written: a zero-width
 * space, a word joiner, a zero-width no-break space, a soft hyphen or a Hangul filler is not seen on
 * the page, yet "con\u00ADfig" is another word to search, to a reader's browser search and to whoever
 * copies it. In a link's address it is an error: the link leads elsewhere than it shows. Elsewhere a
 * warning, in code too (a command copied from it fails though it looks right): a fence may be a
 * record of what a tool sent, kept as it came (the import's "Imported metadata" block is one).
 * Left alone: a zero-width space between letters of Thai, Lao, Khmer or Myanmar (those scripts'
 * word separator), joiners (U+200C, U+200D: Persian, Indic scripts and emoji need them), direction
 * marks, and variation selectors. Pure text, no Astro.
 */
import { linesOutsideFences } from './lines-outside-fences.ts';
import { invisibleCharacterName } from './invisible-characters.ts';
import { codePointName } from './quoted-snippet.ts';

// Each of these has its name in invisible-characters.ts, which the frontmatter's check shares.
const invisible = /[\u200B\u2060\uFEFF\u00AD\u034F\u180E\u2061-\u2064\u115F\u1160\u3164\uFFA0]/g;
/** The same, for one test of the whole body (a global expression keeps its lastIndex between calls). */
const anyInvisible = new RegExp(invisible.source);
/** Thai, Lao, Tibetan, Myanmar and Khmer letters, which write no space between words. */
const spacelessScript = /[\u0E00-\u0FFF\u1000-\u109F\u1780-\u17FF]/;

export interface InvisibleInBody {
  /** 1-based line of the body. */
  line: number;
  /** 1-based column (in UTF-16 code units, as the other findings count). */
  column: number;
  /** `U+200B` */
  code: string;
  name: string;
  where: 'code' | 'link' | 'text';
}

/** Each line's first invisible character outside the leading byte-order mark, in fences too. */
export function findInvisibleInBody(body: string): InvisibleInBody[] {
  if (!anyInvisible.test(body.replace(/^\uFEFF/, ''))) return [];
  const outside = new Set<number>();
  for (const { index } of linesOutsideFences(body)) outside.add(index);
  const found: InvisibleInBody[] = [];
  body.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(invisible)) {
      const at = match.index!;
      const character = match[0];
      if (at === 0 && character === '\uFEFF') continue; // a line's leading mark: two files joined, said on its own
      if (character === '\u200B' && spacelessScript.test(line[at - 1] ?? '') && spacelessScript.test(line[at + 1] ?? '')) continue;
      const before = line.slice(0, at);
      const inCodeSpan = ((before.match(/`+/g) ?? []).length % 2) === 1;
      const inAddress = /\]\([^)\s]*$|\]:\s*\S*$|<https?:[^>\s]*$|https?:\/\/\S*$/.test(before);
      const where = !outside.has(index) || inCodeSpan ? 'code' : inAddress ? 'link' : 'text';
      found.push({ line: index + 1, column: at + 1, code: codePointName(character), name: invisibleCharacterName(character)!, where });
      break;
    }
  });
  return found;
}

/** The message and fix of one {@link InvisibleInBody}. */
export function describeInvisibleInBody(found: InvisibleInBody): { message: string; fix: string } {
  const what = `the invisible character ${found.code} (${found.name})`;
  if (found.where === 'code') return { message: `this code holds ${what}: a reader who copies the command or the value gets it too, and it fails though it looks right.`, fix: `delete it (retype the code around it).` };
  if (found.where === 'link') return { message: `this address holds ${what}: the link leads to another address than the one it shows.`, fix: `delete it (retype the address).` };
  return {
    message: `this line holds ${what}, which no reader sees: the word holding it is another word to search (the site's search, a browser's Find) and to the redaction guard's lists.`,
    fix: found.name === 'soft hyphen' ? 'delete it; the page breaks long words by itself.' : 'delete it (retype the words around it).',
  };
}
