import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { importReport } from '../../src/lib/import/import-report.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { titleUnderDocumentHeader } from '../../src/lib/import/document-kind.ts';

// A report headed by a few words and its kind ("# 🚨 Cache with Stale Keys – Postmortem") over an
// emoji-decorated section ("## 📌 Incident Summary"): the section was taken for the title under a
// header line (import round 59's leftover), since the emoji made it three words and no section's name.
const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
const report = [
  '# 🚨 Cache with Stale Keys – Postmortem',
  '',
  '## 📌 Incident Summary',
  '**Date:** 2025-03-24',
  '**Impact:** Stale prices were served to checkout for two hours.',
  '',
  '## ❌ What Failed?',
  'The cache kept keys past their expiry after a config change.',
  '',
].join('\n');

describe('an emoji-decorated section under a header-like first heading', () => {
  test('is not the title; the first heading is', () => {
    const result = importReport('cache-stale-keys/postmortem.md', report, { vocabulary, today: '2026-12-07' });
    expect(result.title).not.toMatch(/Incident Summary/);
    expect(result.title).toMatch(/Cache with Stale Keys/);
  });

  test('a decorated real title under a header line is still taken, without its emoji', () => {
    const nodes = [{ type: 'heading', depth: 1, words: '🛰️ Quillon . Technical Incident Report' }, { type: 'heading', depth: 2, words: '🔥 Ledger queue stalled for two hours' }];
    expect(titleUnderDocumentHeader(nodes, (node) => node.words, () => true)?.title).toBe('Ledger queue stalled for two hours');
  });
});
