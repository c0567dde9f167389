import { decodeEntities } from './html-entities.ts';

/**
 * A rendered body without its opening paragraph when that paragraph is the summary the page
 * already shows above it as its lead. A status notice of one paragraph is imported with that
 * paragraph as its summary and as its body, so the page said it twice, one under the other
 * (session 30, 12 German notices). Only the body's first block goes, and only when its words are
 * the lead's (markup, typographic quotes and spacing aside): a summary repeated later, under a
 * heading of its own ("[Final message]"), stands where the report put it.
 */
export function bodyWithoutLead(html: string, lead: string | undefined): string {
  if (!lead) return html;
  const first = /^\s*<p(?:\s[^>]*)?>([\s\S]*?)<\/p>\s*/u.exec(html);
  if (!first || comparable(first[1]) !== comparable(lead)) return html;
  return html.slice(first[0].length);
}

function comparable(text: string): string {
  return decodeEntities(text.replace(/<[^>]*>/g, ''))
    .replace(/[‘’]/gu, "'")
    .replace(/[“”„]/gu, '"')
    .replace(/…/gu, '...')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
