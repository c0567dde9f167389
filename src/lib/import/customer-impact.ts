/**
 * What customers saw, as a report states it in a sentence: a status page's first update ("The
 * server that hosts our administrative area interface is down.", "You may experience routing
 * errors contacting both our CDA and CMA."), or another tool's one-line `summary:` ("Outage during
 * a scheduled maintenance window …"). A sentence says it when it names a symptom (down, errors,
 * slow, unavailable, timeouts, …) or the people hit (customers, users, "you may"); one that only
 * says what the team does ("We are investigating the issue.", "We'll keep you posted") does not.
 */
const symptom = /\b(?:down|outages?|downtime|unavailab\w*|unreachable|inaccessible|errors?|erroring|5\d\d|fail\w*|timeouts?|timed? out|timing out|slow\w*|latenc\w*|delay\w*|degrad\w*|disrupt\w*|interrupt\w*|unable|cannot|can't|could not|couldn't|not (?:working|loading|load|available|accessible|responding|be (?:able|reached))|problems?|issues?|broken|stale|missing|lost|loss|stuck|prevented|affect\w*|impact(?!\s+(?:start|end))\w*|troubles?|difficult\w*|response times?|instabilit\w*|unresponsive|crash\w*)\b/i;
const people = /\b(?:customers?|users?|visitors?|clients?|you may|you might|you will)\b/i;
/**
 * A sentence of the team's own work only: no symptom once these words are set aside ("We are
 * currently investigating this issue.", Statuspage's default first update, names none).
 */
const teamWork = /\b(?:we(?:'|’)?(?:re| are| have| will|'ll|’ll)?\s+(?:currently\s+|actively\s+|now\s+)?(?:investigating|looking into|working on|monitoring|keep(?:ing)? you posted)|investigat\w*|root cause|the (?:cause|issue)\b|this (?:issue|problem|incident)\b)/gi;

/**
 * The sentences of a paragraph: split after . ! ? before a capital, a digit or a quote, not after
 * an abbreviation ("e.g. 5", "vs. English") nor inside brackets ("(metric vs. English)").
 */
function sentencesOf(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const end of paragraph.matchAll(/(?<=[.!?])\s+(?=[\p{Lu}\d(`"“])/gu)) {
    const before = paragraph.slice(start, end.index);
    const openBrackets = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    if (openBrackets > 0 || /\b(?:e\.g|i\.e|vs|etc|approx|cf|no|ca)\.$/i.test(before)) continue;
    sentences.push(before.trim());
    start = end.index + end[0].length;
  }
  sentences.push(paragraph.slice(start).trim());
  return sentences.filter(Boolean);
}

/**
 * The first sentence of `text`'s first paragraph that says what customers saw, on one line;
 * undefined when none does (with `firstSentenceOnly`, when its first sentence does not). `text` is
 * the report's own words (an update's body, a summary).
 */
export function customerFacingSentence(text: string | undefined, options: { firstSentenceOnly?: boolean } = {}): string | undefined {
  const paragraph = text?.replace(/\r\n?/g, '\n').split(/\n\s*\n/)[0].replace(/^>\s*/gm, '').replace(/\s+/g, ' ').trim();
  if (!paragraph) return undefined;
  // A summary's first sentence says what happened; a later one ("This meant that …") leans on it.
  const sentences = sentencesOf(paragraph);
  for (const sentence of options.firstSentenceOnly ? sentences.slice(0, 1) : sentences) {
    // "Human error.": a label, not a sentence on what anyone saw.
    if ((sentence.match(/\p{L}+/gu)?.length ?? 0) < 4) continue;
    // "We are investigating the issue": "issue" is the team's word here, not a symptom.
    const rest = sentence.replace(teamWork, ' ');
    // "Firefox and Safari are not affected.": what was spared, not what was seen.
    if (/\b(?:not|un)\s*affected\b|\bdoes(?:n't| not) affect\b/i.test(rest)) continue;
    // "enabled for 8 months without issue": no symptom.
    if (/\b(?:without|no) (?:any )?(?:issues?|problems?|errors?)\b/i.test(rest) && !people.test(rest)) continue;
    if (symptom.test(rest) || people.test(rest)) return sentence;
  }
  return undefined;
}
