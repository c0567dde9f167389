/**
 * The text without its MDX and HTML comments, which no page shows (`npm run import` notes in
 * English what it did: "{/* The opening paragraph is the summary … *\/}"). Each comment becomes a
 * space, so the words on either side stay apart. An MDX comment may have spaces inside its braces
 * (`{ /* TODO *\/ }`): MDX shows that expression as nothing too (round 42: the empty-body check read
 * it so, and the language counts read its words as the page's; one pattern for both now).
 */
export function withoutComments(text: string): string {
  return text.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}|<!--[\s\S]*?-->/g, ' ');
}

/**
 * The text with each closed HTML comment (`<!-- … -->`) blanked, its line breaks kept, so that lines and columns stay
 * where they were (bad input round 60: a follow-up commented out, `<!-- - [ ] Add a canary stage (owner: checkout) -->`,
 * was said to be "a line of text on the page, tracked nowhere", where the page shows nothing of it). An unclosed `<!--`
 * is left (body/unclosed-html says it). Searched with indexOf: linear on any text.
 */
export function withHtmlCommentsBlanked(text: string): string {
  let open = text.indexOf('<!--');
  if (open < 0) return text;
  let out = '';
  let from = 0;
  while (open >= 0) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(from, open) + text.slice(open, close + 3).replace(/[^\n]/g, ' ');
    from = close + 3;
    open = text.indexOf('<!--', from);
  }
  return out + text.slice(from);
}
