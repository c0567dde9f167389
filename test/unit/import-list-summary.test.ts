import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Session 30 (ui32, docs/architecture.md): a summary section written as a list became one run-on
// sentence on cards, the page lead and the public post ("New scans were unable to start
// Provisioning of new instances failed Existing scans …"). Fixture written anew.
const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
const summaryOf = (report: string) =>
  (parseYaml(splitFrontmatter(importReport('report.md', report, { vocabulary, today: '2026-12-03' }).draft).yaml) as { summary: string }).summary;

describe('a summary section written as a list', () => {
  test('items are kept apart: a semicolon is added where the author wrote no stop, a stop kept where written', () => {
    const summary = summaryOf([
      '# Queue outage at Examplecorp', '', '## Issue Summary', '', 'During this period:',
      '* New jobs could not start', '* Provisioning of new workers failed',
      '* Running jobs were unaffected, and no data was lost.', '', '## Timeline', '', '- 09:15 Alerts fired', '',
    ].join('\n'));
    expect(summary).toBe('New jobs could not start; Provisioning of new workers failed; Running jobs were unaffected, and no data was lost.');
  });
  test('items that end with their own punctuation get none added', () => {
    const summary = summaryOf(['# Cache miss storm', '', '## Summary', '', '- What broke: the cache!', '- Why? A bad key;', '- Fixed (by a revert.)', ''].join('\n'));
    expect(summary).toBe('What broke: the cache! Why? A bad key; Fixed (by a revert.)');
  });
});
