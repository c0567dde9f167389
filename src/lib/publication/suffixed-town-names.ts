/**
 * A town named by a town's ending after a preposition of place: "Every Queue down in Queueville",
 * "the trip to Whoville" (round 41 of false positives, docs/redaction.md: a fediverse instance's
 * incident post told as a rhyme, eight findings of its made-up town). A coined word no list knows
 * is a person or a system to the guard; one ending as towns end (`-ville`, `-burgh`, `-borough`,
 * `-polis`), right after "in", "to", "from", "near", "around" or "outside", is a place, as no
 * system or person is written. The same word with no such preposition ("Queueville restarted",
 * "ask Queueville") is found as before, and so is a coined name without the ending ("in Zarnith").
 */
const townEnding = /^\p{Lu}\p{Ll}{2,}(?:ville|burgh|borough|polis)$/u;
const placePreposition = /(?:^|[\s(])(?:[Ii]n|[Tt]o|[Ff]rom|[Nn]ear|[Aa]round|[Oo]utside)\s+$/u;

/** Whether `text` at `index` of `line` is a town so named and placed (see above). */
export function isSuffixedTownAfterPreposition(line: string, index: number, text: string): boolean {
  return townEnding.test(text) && placePreposition.test(line.slice(Math.max(0, index - 12), index));
}
