import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importReport } from '../../src/lib/import/import-report.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { mostlyWithheldPosts, withheldShare } from '../../src/lib/adoption/withheld-share.ts';

/**
 * `npm run measure:adoption` lists published posts whose public page withholds most of their text.
 * The import keeps a report's own frontmatter in `## Imported metadata` inside `<Internal>`; a status
 * post with a long frontmatter and three sentences then read as mostly withheld although every
 * sentence is published (session 41, jenkins-status). Status post written here, modelled on that shape.
 */
const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));

const statusPost = `---
title: Artefact mirror returning errors
date: 2025-03-14T09:12:00Z
resolved: true
resolvedWhen: 2025-03-14T10:02:00Z
severity: major
affected:
  - Artefact mirror
  - Download site
  - Update centre
section: issue
informational: false
pin: false
draft: false
---

The artefact mirror returned server errors for downloads in Europe.

Traffic was moved to the second mirror and downloads recovered.
`;

describe('the share withheld leaves the import\'s copy of the original frontmatter aside', () => {
  test('an imported status post whose every sentence is public is not listed as mostly withheld', () => {
    const { draft } = importReport('2025-03-14-artefact-mirror.md', statusPost, { vocabulary, today: '2026-12-05' });
    expect(draft).toContain('## Imported metadata');
    expect(draft).toMatch(/<Internal>\s*## Imported metadata/);
    const { share, wrapped } = withheldShare(draft);
    expect(share).toBeLessThan(0.1);
    expect(wrapped).toBe(0);
    expect(mostlyWithheldPosts([{ file: 'a.mdx', source: draft }])).toEqual([]);
  });

  test('the report\'s own text wrapped in <Internal> still counts as withheld', () => {
    const { draft } = importReport('2025-03-14-artefact-mirror.md', statusPost, { vocabulary, today: '2026-12-05' });
    const [, frontmatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(draft)!;
    const wrappedStory = frontmatter + body.replace(/(Traffic was moved[\s\S]*?downloads recovered\.)/, '<Internal>\n\n$1\n\n</Internal>');
    expect(wrappedStory).not.toBe(draft);
    const { share, wrapped } = withheldShare(wrappedStory);
    expect(wrapped).toBe(1);
    expect(share).toBeGreaterThan(0.5);
  });

  test('a block that only mentions imported metadata further down is still counted', () => {
    const source = '---\ntitle: x\n---\n\nShown sentence.\n\n<Internal>\n\nThe deploy host was dbx-17; see the imported metadata below.\n\n## Imported metadata\n\nnone\n\n</Internal>\n';
    expect(withheldShare(source).wrapped).toBe(1);
    expect(withheldShare(source).share).toBeGreaterThan(0.5);
  });
});
