/**
 * A link that is a person's, replaced whole by the person's stand-in (adoption round 47). In a
 * `.md` body, where no `<Internal>` keeps the link for the internal site, `npm run redact` replaced
 * its words and its address each by a phrase: `[Ilsa Varga](mailto:iv@…)` was published as
 * "[an engineer](mailto:the responsible team)", a link that opens a mail to no one; `<iv@…>` as
 * `<the responsible team>`, which Markdown reads as an HTML tag and shows as nothing; and
 * `[Ilsa Varga](https://ivarga.example/)` as "[an engineer](https://ivarga.example/)", the
 * person's own site still linked. In both kinds of body a link under a name whose address was
 * found too (`[Ilsa Varga](https://github.com/ivarga)`) was withheld with no stand-in: "Thanks to
 * for the fix."
 *
 * A link is a person's when its address is a mail address (`mailto:`, or an autolink of one), or
 * when its words are all a name, handle or address the guard found: what it leads to (a mailbox, a
 * profile, a personal site) is that person's, and the sentence names the person by it.
 */

import { markdownLink } from './withheld-links.ts';
import { isEnglishWord } from './people.ts';

/** A person's link: its span in the source, and whether it is a bare address (an autolink). */
export interface PersonLink {
  start: number;
  end: number;
  /** An autolink, `<iv@…>`: it takes the phrase of the address as a bare address does; a link with words takes a person's role. */
  bareAddress: boolean;
  /** Words of a mail link that say what it does in lower-case English ("email us"): they stay, unlinked. */
  keptWords?: string;
}

/** An autolink of a mail address (`<iv@acme.example>`, `<mailto:iv@…>`), CommonMark's shape. */
const mailAutolink = /<(?:mailto:)?[\w.!#$%&'*+/=?^`{|}~-]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+>/gu;

/**
 * The person's link around [start, end) of `source`, a person-like finding (a name, a handle, a
 * mail address), when it is one: see the module's comment. `personSpans` are the source spans of
 * every person-like finding of the post, so that words found as a person tell the link is theirs.
 */
export function personLinkAround(source: string, start: number, end: number, personSpans: readonly (readonly [number, number])[]): PersonLink | undefined {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = source.indexOf('\n', end) < 0 ? source.length : source.indexOf('\n', end);
  const line = source.slice(lineStart, lineEnd);
  for (const m of line.matchAll(markdownLink)) {
    const linkStart = lineStart + m.index!;
    const linkEnd = linkStart + m[0].length;
    if (start < linkStart || end > linkEnd) continue;
    const wordsStart = linkStart + 1;
    const wordsEnd = wordsStart + m[1].length;
    // The words' letters from their first to their last, which one finding must cover.
    const lead = m[1].length - m[1].replace(/^[\s*_`]+/, '').length;
    const trail = m[1].length - m[1].replace(/[\s*_`]+$/, '').length;
    const [coreStart, coreEnd] = [wordsStart + lead, wordsEnd - trail];
    const wordsArePerson = /\p{L}/u.test(m[1]) && personSpans.some(([a, b]) => a <= coreStart + (source[coreStart] === '@' ? 1 : 0) && b >= coreEnd);
    const isMail = /^mailto:/i.test(m[2]);
    if (!wordsArePerson && !isMail) return undefined;
    // "please [email us](mailto:sales@…) and we'll help" read "please an engineer and we'll help":
    // words all in lower case and all English say what the link does, and name no one.
    const words = m[1].trim();
    const saysWhatItDoes = isMail && !wordsArePerson && /^[a-z][a-z -]*$/.test(words) && words.split(/[\s-]+/).every(isEnglishWord);
    return { start: linkStart, end: linkEnd, bareAddress: false, ...(saysWhatItDoes ? { keptWords: words } : {}) };
  }
  for (const m of line.matchAll(mailAutolink)) {
    const linkStart = lineStart + m.index!;
    if (start > linkStart && end < linkStart + m[0].length) return { start: linkStart, end: linkStart + m[0].length, bareAddress: true };
  }
  return undefined;
}
