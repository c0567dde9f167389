/**
 * Whether what customers noticed (`impact.description`) says nothing the lead (the summary) has not
 * said. An imported report whose one impact line is also its opening ("**影响**: VPS 迁移后 …" as
 * the first line and the summary) showed the same paragraph as the public post's lead and again
 * under "What you may have noticed", one above the other: 10 of 68 posts of session 32's walk.
 * Compared on letters and digits only (markup, spaces, punctuation, width and case aside); an
 * impact inside the lead counts when it is a sentence, not a word the lead happens to hold
 * ("None" inside "none of the requests failed").
 */
export function impactRepeatsLead(lead: string | undefined, impact: string | undefined): boolean {
  const shownImpact = lettersAndDigits(impact ?? '');
  const shownLead = lettersAndDigits(lead ?? '');
  if (!shownImpact || !shownLead) return false;
  return shownImpact === shownLead || (shownImpact.length >= minContainedLength && shownLead.includes(shownImpact));
}

/** Shorter than this, an impact found inside the lead may be a word of it, not the impact repeated. */
const minContainedLength = 40;

function lettersAndDigits(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
