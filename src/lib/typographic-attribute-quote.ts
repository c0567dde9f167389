// An attribute's value in an .mdx body quoted with a word processor's quotes: an editor's "smart
// quotes", or a paste from a document or a chat, turned `reason="x"` into `reason=“x”`. MDX takes
// only " and ' (or {…}) there, and said `Unexpected character “ (U+201C) before attribute value`
// with the fix for every MDX error ("close every tag, escape a literal <"); a value opened with "
// and closed with ” ran to the end of the file, said there (bad input round 39).

import { quoteSnippet } from './quoted-snippet.ts';

const typographic = '“”„‟‘’‚‛«»‹›″′';
const quoteName = (c: string) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`;
// `name=“value”`, each end a typographic quote or a straight one (one of the two ends typographic).
const attribute = new RegExp(`([A-Za-z_:][\\w:.-]*)\\s*=\\s*(["'${typographic}])([^"'${typographic}\\n]*)(["'${typographic}])`, 'g');

export interface TypographicAttributeQuote {
  /** 0-based index of the body line, and 1-based column of the quote. */
  lineIndex: number;
  column: number;
  /** The tag the attribute belongs to, as written (`Internal`, `img`). */
  tag: string;
  message: string;
  fix: string;
}

/**
 * The attribute written with a typographic quote that made the MDX parser stop with `reason`, if
 * that is the mistake: on the line the parser names ("before attribute value"), or, for a value
 * opened with " and never closed ("Unexpected end of file in attribute value"), on the last line
 * before it that opens one so.
 */
export function findTypographicAttributeQuote(bodyLines: readonly string[], errorLineIndex: number, reason: string): TypographicAttributeQuote | undefined {
  const atValue = /^Unexpected character .* before attribute value/.test(reason);
  const unclosed = /^Unexpected end of file in attribute value/.test(reason);
  if (!atValue && !unclosed) return undefined;
  const candidates = atValue ? [errorLineIndex] : Array.from({ length: Math.min(errorLineIndex + 1, bodyLines.length) }, (_, i) => errorLineIndex - i).filter((i) => i >= 0 && i < bodyLines.length);
  for (const index of candidates) {
    const line = bodyLines[index] ?? '';
    for (const match of line.matchAll(attribute)) {
      const [whole, name, open, value, close] = match;
      if (!typographic.includes(open) && !typographic.includes(close)) continue;
      const tag = /<([A-Za-z][\w.-]*)[^<]*$/.exec(line.slice(0, match.index))?.[1] ?? '';
      const quoteAt = typographic.includes(open) ? match.index + whole.indexOf(open, name.length) : match.index + whole.lastIndexOf(close);
      const odd = typographic.includes(open) ? open : close;
      return {
        lineIndex: index,
        column: quoteAt + 1,
        tag,
        message: `${tag ? `<${tag}>'s` : 'the'} attribute ${name} is quoted with ${quoteName(odd)}, a word processor's quote (an editor's "smart quotes", or a paste from a document): an .mdx body takes only the straight quotes " and ' around an attribute's value, so the tag does not parse${unclosed && !typographic.includes(open) ? `, and the value opened with ${open} runs to the end of the file` : ''}.`,
        // `data=“{series}”` meant an expression, written without quotes.
        fix: /^\{.*\}$/.test(value)
          ? `write ${quoteSnippet(`${name}=${value}`, 60)}, without quotes: braces give the value as an expression (and turn off smart quotes for .mdx files in your editor).`
          : `write ${quoteSnippet(`${name}="${value}"`, 60)} with straight quotes (and turn off smart quotes for .mdx files in your editor).`,
      };
    }
  }
  return undefined;
}
