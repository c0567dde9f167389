/**
 * Headings of a plain-text report as its writer drew them. Security bulletins, mailing-list
 * announcements and README-style reports underline a heading with a line of `=`, `-` or `~`
 * ("Summary" over "========"), as Markdown's setext headings do, and frame the title in a banner
 * ("---===[ Qubes Security Bulletin #49 ]===---"). Read as prose, the underline was a paragraph of
 * its own, the first paragraph of the section, and so the draft's summary or impact ("========").
 */

/** A line drawn under a heading: 3 or more of one of `=`, `-`, `~`, nothing else but spaces after it. */
const underlineLine = /^([=~-])\1{2,}[ \t]*$/;

/** An underlined heading: the line over its underline, and the underline's character. */
export interface UnderlinedHeading { line: number; mark: '=' | '-' | '~' }

/**
 * The headings of `lines` (a plain-text report's lines) drawn with an underline under them: a
 * line of words (at most 120 characters, not ending as a sentence does) directly over a line of
 * `=`, `-` or `~` at least half as long as it. A rule after a blank line is no underline
 * (a separator between parts), nor is one under a line that is itself a rule.
 */
export function underlinedHeadings(lines: readonly string[]): UnderlinedHeading[] {
  const headings: UnderlinedHeading[] = [];
  for (let i = 1; i < lines.length; i++) {
    const underline = underlineLine.exec(lines[i].trim());
    const over = lines[i - 1].trim();
    if (!underline || !over || underlineLine.test(over) || !/\p{L}/u.test(over)) continue;
    if (over.length > 120 || /[.!?,;]$/.test(over) || underline[0].trim().length < over.length / 2) continue;
    // A heading over two underlines ("Summary", "=======", "=======") is still one heading.
    if (headings.some((heading) => heading.line === i - 2 && underlineLine.test(lines[i - 1].trim()))) continue;
    headings.push({ line: i - 1, mark: underline[1] as UnderlinedHeading['mark'] });
  }
  return headings;
}

/**
 * The level each underlined heading is written at under the title (`#`): `=` is a section (`##`);
 * `-` and `~` are a section too, unless the report also underlines with `=`, when they are the
 * parts of its sections (`###`), as in a bulletin whose every flaw is a `=` heading over "Overview"
 * and "Patching" underlined with `-`.
 */
export function underlinedHeadingDepth(heading: UnderlinedHeading, all: readonly UnderlinedHeading[]): 2 | 3 {
  return heading.mark !== '=' && all.some((other) => other.mark === '=') ? 3 : 2;
}

/**
 * A title without the banner drawn around it: "---===[ Qubes Security Bulletin #49 ]===---" →
 * "Qubes Security Bulletin #49", "=== Outage report ===" → "Outage report", "*** Notice ***" →
 * "Notice". Only a frame on both sides (2 or more marks each) is dropped, so "C++" or
 * "[Resolved] API errors" keep what they say. Undefined when the title has no frame.
 */
export function unframedTitle(title: string): string | undefined {
  const framed = /^[-=~*#+_<>|:[({\s]*?[-=~*#+_<>|:]{2,}[-=~*#+_<>|:[({\s]*(.*?)[-=~*#+_<>|:\])}\s]*[-=~*#+_<>|:]{2,}[-=~*#+_<>|:\])}\s]*$/.exec(title.trim());
  const inner = framed?.[1].trim();
  return inner && /\p{L}/u.test(inner) ? inner : undefined;
}
