import { decodeEntities } from './html-entities.ts';

/**
 * A rendered body without its opening paragraph when that paragraph is the summary the page
 * already shows above it as its lead. A status notice of one paragraph is imported with that
 * paragraph as its summary and as its body, so the page said it twice, one under the other
 * (session 30, 12 German notices). Only the body's first block goes, and only when its words are
 * the lead's (markup, typographic quotes and spacing aside), or the first paragraph under an
 * opening "Summary" heading the import read the lead from (the heading goes too when nothing else is
 * under it): the same words later in the report ("[Final message]", a "Background" section) stand
 * where the report put them.
 */
export function bodyWithoutLead(html: string, lead: string | undefined): string {
  if (!lead) return html;
  const first = /^\s*<p(?:\s[^>]*)?>([\s\S]*?)<\/p>\s*/u.exec(html);
  if (first) return comparable(first[1]) === comparable(lead) ? html.slice(first[0].length) : html;
  // A report opening with its own summary section: the lead was read from it (2i2c's "## Summary").
  const summary = summaryOpening.exec(html);
  if (!summary || comparable(summary[3]) !== comparable(lead)) return html;
  const rest = html.slice(summary[0].length);
  // The section held only the lead: its heading goes too, or it would stand over nothing.
  const next = /^<h([1-6])\b/u.exec(rest);
  const sectionEmpty = rest.trim() === '' || (next !== null && Number(next[1]) <= Number(summary[1]));
  return sectionEmpty ? rest : html.slice(0, summary.index + summary[0].length - summary[2].length) + rest;
}

/** An opening heading that names the report's summary, then its first paragraph (group 2, text group 3). */
const summaryOpening = /^\s*<h([1-6])\b[^>]*>\s*(?:executive\s+)?(?:summary|overview|tl;?dr|zusammenfassung|résumé|resumen|概要|要約)\s*:?\s*<\/h\1>\s*(<p(?:\s[^>]*)?>([\s\S]*?)<\/p>\s*)/iu;

function comparable(text: string): string {
  return decodeEntities(text.replace(/<[^>]*>/g, ''))
    .replace(/[‘’]/gu, "'")
    .replace(/[“”„]/gu, '"')
    .replace(/…/gu, '...')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
