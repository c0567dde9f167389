/**
 * A page's front matter as the import's document readers find it: a `---` block at the start (after a byte-order mark
 * and blank lines), group 1 its YAML, the match's length where the body starts. Seven readers (other-document.ts,
 * report-content.ts, site-landing-page.ts, untold-incident.ts) wrote the same expression each.
 */
export function leadingFrontmatter(text: string): RegExpExecArray | null {
  return /^\uFEFF?(?:[ \t]*\r?\n)*---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
}
