import { withoutComments } from './unshown-comments.ts';
import { mayHoldTemplateInternalSections } from './template-internal-sections.ts';

/**
 * True when a postmortem body holds no account at all: nothing, or only blank lines, headings,
 * thematic breaks and comments. A published page of it shows the title, the facts and empty
 * sections. Read from the text, so the build's validation (which parses no body) says it too.
 */
export function isBodyWithoutAccount(body: string): boolean {
  // Most bodies are settled at their first paragraph: a line of account with no comment before it
  // or on it is one whatever the comments after it hide (session 41: the whole body was stripped of
  // comments and split for it).
  for (let start = 0; start < body.length; ) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    const line = body.slice(start, newline !== -1 && body[end - 1] === '\r' ? end - 1 : end);
    if (line.includes('<!--') || line.includes('{')) break;
    if (!isBlankHeadingOrBreak(line)) return false;
    start = end + 1;
  }
  return withoutComments(body).split(/\r?\n/).every(isBlankHeadingOrBreak);
}

/**
 * A line that is no account: blank, an ATX heading (`## What happened`, with or without its title),
 * a thematic break (`---`, `* * *`), or a row of a table with empty cells (`| | |`, `|---|---|`:
 * round 42, a template's table left unfilled was published as an empty grid).
 */
export const isBlankHeadingOrBreak = (line: string): boolean =>
  /^\s*$/.test(line) || /^ {0,3}#{1,6}(?:[ \t].*)?$/.test(line) || /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line) || /^ {0,3}\|[\s|:-]*$/.test(line);

/**
 * True when an MDX body holds a line of account that no cut of `<Internal>` can remove: a line
 * of words at the start of a paragraph (after a blank line, or first in the body, not indented,
 * no list marker), before the body's first `<` and first `{`. Nothing before the first `<` is
 * inside a component, and a line after a blank line at the margin is in no list item (the cut
 * removes a list item it leaves without words, from its marker on). The build's validation asks
 * this before it cuts a public post to see whether any account is left (`body/empty`): when a
 * line is sure to stay, the cut (a parse of the body: about 0.6 ms a post) is not needed. The public
 * cut also drops a template's internal sections ("Owner: …", "## Involved"): a body that may hold
 * one is left to the cut.
 */
export function hasAccountOutsideComponents(body: string): boolean {
  if (mayHoldTemplateInternalSections(body)) return false;
  const lt = body.indexOf('<');
  const brace = body.indexOf('{');
  const end = Math.min(lt === -1 ? body.length : lt, brace === -1 ? body.length : brace);
  let previousBlank = true;
  for (let start = 0; start < end; ) {
    const newline = body.indexOf('\n', start);
    const lineEnd = newline === -1 ? body.length : newline;
    // The line must end before the first `<` or `{`: a line holding one may be cut from there.
    if (lineEnd > end) return false;
    const line = body.slice(start, lineEnd);
    if (previousBlank && /^[\p{L}\p{N}]/u.test(line) && !/^\d{1,9}[.)](?:[ \t]|$)/.test(line)) return true;
    previousBlank = /^[ \t]*\r?$/.test(line);
    start = lineEnd + 1;
  }
  return false;
}
