/** Decodes numeric and common named entities; an encoded line break becomes a space. */
export function decodeEntities(text: string): string {
  const fromCode = (code: number) => (code === 10 || code === 13 ? ' ' : code > 0x10ffff ? '' : String.fromCodePoint(code));
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex) => fromCode(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec) => fromCode(Number(dec)))
    .replace(/&commat;/g, '@')
    .replace(/&period;/g, '.')
    .replace(/&colon;/g, ':')
    .replace(/&sol;/g, '/')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

const needsEscape = /[&<>"]/;

/** Text safe inside HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most strings (every search document's sentences) hold none of the four: one scan, no copies.
  if (!needsEscape.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text safe inside HTML element content (not inside an attribute value): `&`, `<` and `>` escaped. */
export function escapeHtmlContent(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text safe inside a double-quoted attribute value: `&` and `"` escaped, as Astro's runtime writes
 * an attribute (`addAttribute`) and the Markdown renderer a heading's id; `<` and `>` stay as typed.
 */
export function escapeHtmlAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

const everyQuoteEntity: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text safe in element content and in attribute values of either quote: the four of `escapeHtml`
 * and `'` as `&#39;`, the five Astro's runtime escapes (`escapeHTML`), so the pages written
 * without Astro (src/lib/post-page/) and SVG charts come out as its templates write them.
 */
export function escapeHtmlEveryQuote(text: string): string {
  return text.replace(/[&<>"']/g, (c) => everyQuoteEntity[c]);
}
