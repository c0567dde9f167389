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

/**
 * What the redaction scan reads of a validated postmortem: its complete data, or the draft view
 * above when it still lacks review facts; nothing when it has an error. One place for `npm run
 * redact`, `npm run check` and the public build: check scanned complete posts only, so on drafts
 * step 4 left it showed fewer of the guard's findings than redact acted on (1 of 55 drafts of a
 * homelab's reports scanned, adoption round 46; fixed in round 47).
 */
export function scanViewOf(pm: { data?: Postmortem; entryData?: DraftPostmortem }): Postmortem | undefined {
  return pm.data ?? (pm.entryData && draftScanView(pm.entryData));
}
