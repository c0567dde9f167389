import { splitFrontmatter } from './frontmatter-split.ts';

/**
 * The top-level frontmatter line `key: value` as YAML reads it to that value: plain or quoted, a
 * comment after it. Read without parsing the YAML, because the renderer asks before the worker has
 * validated the frontmatter, and `npm run fill` rewrites the line in place.
 */
export function frontmatterValueLine(key: string, value: string): RegExp {
  return new RegExp(`^${key}:[ \\t]*(["']?)${value}\\1[ \\t]*(?:#.*)?$`, 'm');
}

const draftStatusLine = frontmatterValueLine('status', 'draft');

/** Whether frontmatter YAML (without its fences) says `status: draft`. */
export function saysDraft(yaml: string): boolean {
  return draftStatusLine.test(yaml);
}

/** Frontmatter YAML with its `status: draft` line (however written) set to `status: published`. */
export function withPublishedStatus(yaml: string): string {
  return yaml.replace(draftStatusLine, 'status: published');
}

/**
 * Whether a postmortem file's frontmatter says `status: draft`. Used where a finding is a warning
 * on a draft and an error from review on (`shownSeverity` of validate-postmortem.ts), so that the
 * renderer refuses exactly what `npm run check` reports as an error.
 */
export function isDraftSource(source: string): boolean {
  return saysDraft(splitFrontmatter(source).yaml);
}
