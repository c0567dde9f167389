import { parseMarkdown } from './report-structure.ts';
import { findUndefinedReferences, mayHoldReferenceLink } from '../undefined-references.ts';
import { escapeOpeningsAt } from './escape-at-places.ts';

/**
 * A report's `[text][label]` with no `[label]: <address>` line: the report's own page showed it as
 * text, brackets and all (adoption round 52: an issue's title quoted as "[SECURITY][REPORT]
 * node-ipc@12.0.1 …"), and `npm run check` refuses it in a published post as a link whose address
 * is missing, so the post was held. Its first bracket is escaped (`\[SECURITY][REPORT]`): the page
 * shows the same text, and the check reads no link. Returns the body and how many were escaped.
 */
export function escapeUndefinedReferences(body: string): { body: string; escaped: number } {
  if (!mayHoldReferenceLink(body)) return { body, escaped: 0 };
  const references = findUndefinedReferences(parseMarkdown(body), body);
  if (!references.length) return { body, escaped: 0 };
  return escapeOpeningsAt(body, references, '[');
}
