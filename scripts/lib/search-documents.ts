import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import type { ValidatedPostmortem } from '../../src/lib/validate-postmortem.ts';
import { vocabularyNames, type Vocabulary } from '../../src/lib/vocabulary.ts';
import { toSearchDocument, type SearchDocument, type SearchDocumentOptions } from '../../src/lib/search-document.ts';
import { isPublished } from '../../src/lib/predicates.ts';
import { bodyOfSplitSource } from '../../src/lib/frontmatter-split.ts';

/**
 * The body tree of a source file, parsed by satteri: the Markdown/MDX parser Astro itself renders
 * with, so the index reads the body as the page does (and about ten times faster than remark,
 * which matters because this runs beside the Astro build). Undefined when the body does not
 * parse: Astro then stops the build and names the file and line.
 *
 * Without positions: the search text reads node types and values only, and a position is three
 * objects a node that the parse makes and the collector frees (session 18, docs/performance.md).
 */
export function parseBodyForSearch(source: string, file: string): Root | undefined {
  try {
    return (file.endsWith('.mdx') ? mdxToMdast(source, { position: false }) : markdownToMdast(source, { position: false })) as unknown as Root;
  } catch {
    return undefined;
  }
}

/** The search documents of every postmortem the internal site publishes. */
export function buildSearchDocuments(postmortems: readonly ValidatedPostmortem[], vocabulary: Vocabulary, options: SearchDocumentOptions = {}): SearchDocument[] {
  const names = vocabularyNames(vocabulary);
  return postmortems
    .filter((postmortem) => postmortem.data && isPublished(postmortem.data))
    // The body alone: the frontmatter would parse to a node the search text drops anyway.
    .map((postmortem) => toSearchDocument(postmortem.id, postmortem.data!, parseBodyForSearch(bodyOfSplitSource(postmortem), postmortem.file), names, options));
}
