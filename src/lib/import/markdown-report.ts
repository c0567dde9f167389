import { stringify as stringifyYaml } from 'yaml';

/**
 * A report written for the importer to read as any other: frontmatter of the fields given (those
 * left undefined or empty out) and the body's parts, blank ones out, a blank line between. What a
 * feed or an export holds is written so, then read by the one Markdown path.
 */
export function markdownReport(frontmatter: Record<string, unknown>, body: string[]): string {
  const defined = Object.fromEntries(Object.entries(frontmatter).filter(([, value]) => value !== undefined && value !== ''));
  return `---\n${stringifyYaml(defined).trimEnd()}\n---\n\n${body.filter((part) => part.trim()).join('\n\n')}\n`;
}
