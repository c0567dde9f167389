import type { Finding } from './findings.ts';

/**
 * A redaction finding's fix with the allow marker written as the finding's place takes it (round
 * 39 of false positives). The guard's fix (redaction-guard.ts, `suggestedFix`) knows only the rule
 * and the text, so it says the MDX marker and adds "(# redaction-allow … in frontmatter)". On real
 * held posts that sent the author the wrong way twice:
 *
 * - in a `.md` body the MDX comment `{/* … *\/}` is text customers read, itself a
 *   `redact/hidden-text` error that publishes the name beside it: the marker there is
 *   `<!-- redaction-allow … -->`;
 * - in a frontmatter field (a public title or summary) neither comment is read and `<Internal>`
 *   cannot stand: the marker is a YAML comment at the end of the field's line, and the text is
 *   rewritten in the field itself.
 *
 * A finding in an `.mdx` body keeps the guard's fix as it is. The rule, the message and what a
 * marker allows are unchanged.
 */
export function withAllowMarkerOfPlace(finding: Finding): Finding {
  if (!finding.fix || !finding.rule.startsWith('redact/')) return finding;
  const inField = finding.field !== undefined;
  if (!inField && !/\.(?:md|markdown)$/i.test(finding.file)) return finding;
  let fix = finding.fix.replace(genericMarker, (_, marker: string, where: string) =>
    inField ? `add # ${marker} at the end of this frontmatter line (${finding.field})` : `add <!-- ${marker} -->${where}`);
  if (inField) fix = fix.replace(intoInternal, 'rewrite the field without "$1" (describe it generically, "an internal service")');
  return fix === finding.fix ? finding : { ...finding, fix };
}

/** The guard's marker advice: "add {/* redaction-allow … *\/} on this line (# redaction-allow … in frontmatter)". */
const genericMarker = /add \{\/\* (redaction-allow .*?) \*\/\}( on this line| on each line that shows it)?(?: \((?:<!-- … --> in a \.md post, )?# redaction-allow … in frontmatter\))?/g;

/** The guard's advice to wrap the text, which a frontmatter field cannot do. */
const intoInternal = /move "(.*?)" into <Internal>…<\/Internal> or describe it generically \("an internal service"\)/;
