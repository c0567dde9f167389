/**
 * The lines of a glossary: a section whose heading names the terms it defines ("## Key Terms",
 * "### Glossary", "## Begriffe", "## 用語"), down to the next heading. Its list items open with
 * the term in bold and a colon (`- **gp3**: the general-purpose volume type`), the shape of a chat
 * line's speaker in a list of bold labels (`- **jdoe:** on it`), where a lower-case label is read
 * as a handle. A term defined is no one speaking: a cloud post-mortem's "Key Terms" made its
 * volume type `gp3` a person, carried to its eleven other mentions ("the instance's an engineer
 * root volume"; adoption round 53).
 */

/** A heading naming a glossary, in the languages the guard's other labels read. */
const glossaryHeading = /^\s{0,3}#{1,6}\s+(?:\*\*|__)?(?:(?:key|main|important|common)\s+)?(?:terms?|terminology|glossary|definitions?|abbreviations|acronyms|vocabulary|jargon|glossar|begriffe|abkürzungen|glossaire|lexique|terminologie|définitions|glosario|términos|definiciones|abreviaturas|glossario|termini|woordenlijst|begrippen|afkortingen|用語集?|略語|용어(?:\s*정리)?|术语|術語)(?:\s+(?:used|and\s+\p{L}+|&\s+\p{L}+))?(?:\*\*|__)?\s*:?\s*$/iu;
const anyHeading = /^\s{0,3}#{1,6}\s/;

/** The indexes of the lines inside a glossary section (its heading excluded), code lines left out. */
export function glossaryLines(lines: readonly string[], codeLines: ReadonlySet<number>): Set<number> {
  const inside = new Set<number>();
  let open = false;
  lines.forEach((line, i) => {
    if (codeLines.has(i)) return;
    if (anyHeading.test(line)) {
      open = glossaryHeading.test(line);
      return;
    }
    if (open) inside.add(i);
  });
  return inside;
}
