/**
 * What customers saw, as a report states it in a sentence: a status page's first update ("The
 * server that hosts our administrative area interface is down.", "You may experience routing
 * errors contacting both our CDA and CMA."), or another tool's one-line `summary:` ("Outage during
 * a scheduled maintenance window …"). A sentence says it when it names a symptom (down, errors,
 * slow, unavailable, timeouts, …) or the people hit (customers, users, "you may"); one that only
 * says what the team does ("We are investigating the issue.", "We'll keep you posted") does not.
 */
const symptom = /\b(?:down|outages?|downtime|unavailab\w*|unreachable|inaccessible|errors?|erroring|5\d\d|fail\w*|timeouts?|timed? out|timing out|slow\w*|latenc\w*|delay\w*|degrad\w*|disrupt\w*|interrupt\w*|unable|cannot|can't|could not|couldn't|not (?:working|loading|load|available|accessible|responding|be (?:able|reached))|problems?|issues?|broken|stale|missing|lost|loss|stuck|prevent\w*|affect\w*|impact(?!\s+(?:start|end))\w*|troubles?|difficult\w*|response times?|instabilit\w*|unresponsive|crash\w*)\b/i;
const people = /\b(?:customers?|users?|visitors?|clients?|you may|you might|you will)\b/i;
/** A sentence of the team's own work only: no symptom once these words are set aside. */
const teamWork = /\b(?:we(?:'|’)?(?:re| are| have| will|'ll|’ll)?\s+(?:currently\s+|actively\s+|now\s+)?(?:investigating|looking into|working on|monitoring|keep(?:ing)? you posted)|investigat\w*|root cause|the (?:cause|issue)\b)/gi;

/** The sentences of a paragraph: split after . ! ? before a capital, a link or the end. */
function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?])\s+(?=[\p{Lu}\d(`"“])/u).map((s) => s.trim()).filter(Boolean);
}

/**
 * The first sentence of `text`'s first paragraph that says what customers saw, on one line;
 * undefined when none does. `text` is the report's own words (an update's body, a summary).
 */
export function customerFacingSentence(text: string | undefined): string | undefined {
  const paragraph = text?.replace(/\r\n?/g, '\n').split(/\n\s*\n/)[0].replace(/^>\s*/gm, '').replace(/\s+/g, ' ').trim();
  if (!paragraph) return undefined;
  for (const sentence of sentencesOf(paragraph)) {
    // "We are investigating the issue": "issue" is the team's word here, not a symptom.
    const rest = sentence.replace(teamWork, ' ');
    // "Firefox and Safari are not affected.": what was spared, not what was seen.
    if (/\b(?:not|un)\s*affected\b|\bdoes(?:n't| not) affect\b/i.test(rest)) continue;
    if (symptom.test(rest) || people.test(rest)) return sentence;
  }
  return undefined;
}
