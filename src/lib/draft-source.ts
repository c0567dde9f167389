import { splitFrontmatter } from './frontmatter-split.ts';

// `status: draft` as the schema reads it (plain or quoted, a comment after it), without parsing
// the YAML: the renderer asks before the worker has validated the frontmatter.
const draftStatusLine = /^status:[ \t]*(["']?)draft\1[ \t]*(?:#.*)?$/m;

/**
 * Whether a postmortem file's frontmatter says `status: draft`. Used where a finding is a warning
 * on a draft and an error from review on (`shownSeverity` of validate-postmortem.ts), so that the
 * renderer refuses exactly what `npm run check` reports as an error.
 */
export function isDraftSource(source: string): boolean {
  return draftStatusLine.test(splitFrontmatter(source).yaml);
}
