// Where a source's fenced code blocks lie, and whether an offset is inside one: `npm run redact`
// (apply-fixes.ts) and the reference links it rewrites (reference-definitions.ts) ask it for every
// finding, and each asked with its own copy of the same range test (review, session 52).

/** A fenced code block's start and end offsets in the source (fence lines included). */
export type FencedBlock = readonly [number, number];

/** Start and end offsets of every fenced code block in the body (from `bodyStart`; fence lines included). */
export function fencedBlocks(source: string, bodyStart: number): [number, number][] {
  const blocks: [number, number][] = [];
  const fence = /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n[ \t]*\1[ \t]*$/gm;
  for (const m of source.slice(bodyStart).matchAll(fence)) blocks.push([bodyStart + m.index!, bodyStart + m.index! + m[0].length]);
  return blocks;
}

/** The fenced block the offset `at` is inside (from its first fence line to its closing one), if any. */
export function fenceAround(fences: readonly FencedBlock[], at: number): FencedBlock | undefined {
  return fences.find(([a, b]) => at >= a && at < b);
}

/** Whether the offset `at` is inside one of `fences`. */
export function isInsideFence(fences: readonly FencedBlock[], at: number): boolean {
  return fenceAround(fences, at) !== undefined;
}
