import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bodyOfSplitSource, splitFrontmatter } from '../../src/lib/frontmatter-split.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary, vocabularyNames } from '../../src/lib/vocabulary.ts';
import { buildSearchDocuments, parseBodyForSearch } from '../../scripts/lib/search-documents.ts';
import { toSearchDocument } from '../../src/lib/search-document.ts';

// Session 56 (docs/performance.md): the build's worker reads each post's body from where validation
// found it (`bodyOffset`), for similar incidents and the search documents, instead of splitting the
// front matter again twice. The same body, whatever the file's fences and line ends.

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const examplePost = readFileSync(join(root, 'content/postmortems/2023-02-07-api-gateway-cert-expiry.mdx'), 'utf8');

const validated = (source: string) =>
  validatePostmortemSource('content/postmortems/x.mdx', 'x', source, { vocabulary, knownIds: new Set(['x']), contentDir: 'content', frontmatterOnly: true });

describe('bodyOffset (session 56)', () => {
  const sources: [string, string][] = [
    ['an example post', examplePost],
    ['a byte-order mark', `\uFEFF${examplePost}`],
    ['Windows line ends', examplePost.replace(/\n/g, '\r\n')],
    ['an empty front matter', '---\n---\nThe body.\n'],
    ['no front matter', 'The body alone.\n\n## Impact\n'],
    ['a value ending in " ---"', '---\ntitle: Checkout errors ---\nsummary: x\n---\n\nThe body.\n'],
    ['front matter and no body', '---\ntitle: x\n---'],
    ['fences with spaces after them', '---  \ntitle: x\n--- \t\nBody after spaced fences.\n'],
  ];
  test.each(sources)('the body read from the offset is the split body: %s', (_, source) => {
    const post = validated(source);
    expect(bodyOfSplitSource(post)).toBe(splitFrontmatter(source).body);
  });

  test('the offset is where the body starts, not the file start (the front matter is not read as body)', () => {
    const post = validated(examplePost);
    expect(post.bodyOffset).toBeGreaterThan(0);
    expect(bodyOfSplitSource(post).startsWith('---')).toBe(false);
    expect(bodyOfSplitSource(post)).not.toContain('\ntitle:');
  });

  test('the search document built from the offset is the one built from a second split', () => {
    const post = validated(examplePost);
    expect(post.data).toBeDefined();
    const [document] = buildSearchDocuments([post], vocabulary);
    const fromSplit = toSearchDocument(post.id, post.data!, parseBodyForSearch(splitFrontmatter(examplePost).body, post.file), vocabularyNames(vocabulary));
    expect(document).toEqual(fromSplit);
  });
});
