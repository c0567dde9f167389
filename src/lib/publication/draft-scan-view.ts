import type { DraftPostmortem, Postmortem } from '../postmortem-schema.ts';

/**
 * The public draft as the redaction scan reads it, when it still lacks review facts (times, impact,
 * a summary): what it says is scanned, what it does not say yet reads as empty. Redaction is about
 * the names the words hold, not about the facts, so `npm run redact` works on it before the facts
 * are decided (docs/adopting.md orders it so; session 28 found redact refusing such drafts, which
 * made the placeholders come before it). Nothing is lost: `npm run check` and the public build scan
 * the post again once it is complete, the facts written later with it.
 */
export function draftScanView(draft: DraftPostmortem): Postmortem {
  return {
    ...draft,
    summary: draft.summary ?? '',
    impact: { ...draft.impact, description: draft.impact?.description ?? '' },
  } as Postmortem;
}
