// Splitting frontmatter from the body needs no YAML parser: kept apart from frontmatter.ts so
// that code which only splits (the build session's start-up) does not load one.

export interface FrontmatterSplit {
  /** The YAML between the `---` fences ('' when there is none). */
  yaml: string;
  /** Everything after the closing fence. */
  body: string;
  /** 1-based line of the first YAML line in the file. */
  yamlStartLine: number;
  /** 1-based line of the first body line in the file. */
  bodyStartLine: number;
  /** False when the file has no frontmatter block at all. */
  present: boolean;
}

// The closing fence is a line of its own: a value ending in " ---" is YAML, not the end of the
// frontmatter (which would publish the fields after it as body text). An empty block is `---` twice.
const fencePattern = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits `---` frontmatter from the body, keeping line numbers for both parts. */
export function splitFrontmatter(source: string): FrontmatterSplit {
  const match = fencePattern.exec(source);
  if (!match) return { yaml: '', body: source, yamlStartLine: 1, bodyStartLine: 1, present: false };
  const yaml = match[1] ?? '';
  const linesBefore = (text: string) => text.split('\n').length - 1;
  return {
    yaml,
    body: source.slice(match[0].length),
    yamlStartLine: 2,
    bodyStartLine: 1 + linesBefore(match[0]),
    present: true,
  };
}

/**
 * The body of a source already split once, from where its body starts (`bodyOffset`, the source's
 * length less the body's): the same string as `splitFrontmatter(source).body`, without matching the
 * fences again. The build's worker reads each post's body for similar incidents and for the search
 * documents after validation has split it (docs/performance.md, session 56).
 */
export function bodyOfSplitSource(postmortem: { source: string; bodyOffset: number }): string {
  return postmortem.source.slice(postmortem.bodyOffset);
}
