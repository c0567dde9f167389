import type { Postmortem } from './postmortem-schema.ts';
import type { SimilarityDocument } from './similarity.ts';
import { withoutPublicOnlyBlocks } from './postmortem-text.ts';

/**
 * The section "Imported metadata" that `npm run import` writes inside `<Internal>` (the source's
 * own fields as YAML: `started_at: 2011-01-28T22:18:00Z`, `severity: major`, `date:`), from its
 * heading to the end of its `<Internal>` block (or the next heading as deep or deeper). The
 * drafts of one export all hold the same keys and the same shape of values, so they were read
 * as shared words: on GitHub's status history, "30t14" (a time of day), "minor", "date" and
 * "title" led the similar links of unrelated incidents (docs/findability.md, "Similar incidents
 * on imported exports"). What the fields say that matters (title, summary, times, impact) is in
 * the draft's frontmatter already.
 */
export function withoutImportedMetadata(body: string): string {
  const lines = body.split('\n');
  const kept: string[] = [];
  let sectionDepth = 0;
  let inFence = false;
  for (const line of lines) {
    if (sectionDepth) {
      // A YAML comment in the fenced fields ("# kept as written") is no heading.
      if (/^\s*(?:```|~~~)/.test(line)) inFence = !inFence;
      const heading = inFence ? null : /^(#{1,6})\s/.exec(line);
      // The section ends where its <Internal> block does, or at a heading no deeper than its own.
      if (!inFence && (line.trim() === '</Internal>' || (heading && heading[1].length <= sectionDepth))) sectionDepth = 0;
      else continue;
    }
    const opens = /^(#{1,6}) Imported metadata\s*$/.exec(line);
    if (opens) {
      sectionDepth = opens[1].length;
      inFence = false;
      continue;
    }
    kept.push(line);
  }
  return kept.join('\n');
}

/**
 * The file a report imported from `source` (its `imported.source`) was read from, without the
 * entry: "feeds/history.atom#12546104" is of "feeds/history.atom". The drafts of one export share
 * its template; similarity finds boilerplate among them too (src/lib/similarity-prose.ts
 * `exportGroups`, `findBoilerplateLines`).
 */
export function importOrigin(source: string): string {
  const entry = source.indexOf('#');
  return entry >= 0 ? source.slice(0, entry) : source;
}

/**
 * What similarity reads of one postmortem, from the raw Markdown/MDX body without a syntax tree:
 * component tags and `<PublicOnly>` blocks are dropped, the rest is prose for the tokenizer (which
 * ignores Markdown syntax). Used by the internal site, where every other word of the body may be
 * shown anyway.
 */
export function toSimilarityDocumentFromBody(id: string, data: Postmortem, body: string): SimilarityDocument {
  // Each pattern runs only on bodies holding the literal its matches start with (most have no tags or links).
  let prose = body;
  if (prose.includes('## Imported metadata')) prose = withoutImportedMetadata(prose);
  prose = withoutPublicOnlyBlocks(prose, ' ');
  if (prose.includes('<')) prose = prose.replace(/<\/?[A-Za-z][^>]*>/g, ' ');
  if (prose.includes('](')) prose = prose.replace(/\]\([^)]*\)/g, ']');
  return {
    id,
    title: data.title,
    summary: data.summary,
    text: [prose, data.impact.description, ...data.timeline.map((e) => e.event), ...data.contributors, ...data.risks].join('\n'),
    services: data.services,
    tags: data.tags,
    trigger: data.trigger,
    related: data.related,
    ...(data.imported ? { origin: importOrigin(data.imported.source) } : {}),
  };
}
