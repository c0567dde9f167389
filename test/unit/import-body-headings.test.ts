import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { join, resolve } from 'node:path';
import { importReport } from '../../src/lib/import/import-report.ts';
import { placeBodyUnderTitle } from '../../src/lib/import/body-headings.ts';
import { parseMarkdown } from '../../src/lib/import/report-structure.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { titleHeadingRule } from '../../src/lib/lint/headings.ts';
import type { LintContext } from '../../src/lib/lint/types.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const importOf = (name: string, source: string) => importReport(name, source, { vocabulary, today: '2026-11-30' });
const bodyOf = (draft: string) => splitFrontmatter(draft).body.trim();
const place = (markdown: string, title: string) => placeBodyUnderTitle(markdown, parseMarkdown(markdown), title);

/** The `body/title-heading` warnings `npm run check` would give the draft. */
function titleHeadingWarnings(draft: string, title: string) {
  const check = validatePostmortemSource('content/postmortems/x.mdx', 'x', draft, { vocabulary, knownIds: new Set(['x']), contentDir: 'content' });
  expect(check.tree).toBeDefined();
  return titleHeadingRule.check({ data: { title }, tree: check.tree, bodyStartLine: 1 } as unknown as LintContext);
}

// Shapes of real reports (docs/import.md): `# <Title>` then `##` sections (most), `# <Title>` then
// `#` sections, and `#` sections under a title from another tool's metadata.
describe('the title is shown once, and the body\'s sections start at ##', () => {
  test('a report opening with "# <Title>" and ## sections: the heading leaves the body, the sections stay', () => {
    const source = '# Backup job skipped the media volume\n\n**Date:** 2026-03-04\n\n## Summary\n\nThe nightly backup skipped one volume for nine days.\n\n## Timeline\n\n- 02:00 the job ran without the volume.\n';
    const result = importOf('backup-skip.md', source);
    expect(result.title).toBe('Backup job skipped the media volume');
    const body = bodyOf(result.draft);
    expect(body).not.toMatch(/^# /m);
    expect(body.startsWith('**Date:** 2026-03-04')).toBe(true);
    // The "Summary" section under the report's Date line is the lead, not repeated (round 13).
    expect(body).not.toMatch(/^## Summary$/m);
    expect(body).toContain('{/* The "Summary" section\'s first paragraph is the summary');
    expect(body).toMatch(/^## Timeline$/m);
    expect(result.notes).toContain('the heading "# Backup job skipped the media volume" is the title: removed from the body, since the page shows the title above it');
    expect(titleHeadingWarnings(result.draft, result.title)).toEqual([]);
    // The heading's words are the title: the measure does not count them as lost.
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
  });

  test('"# <Title>" then # sections: every heading one level deeper, capped at ######, code blocks untouched', () => {
    const source = [
      '# Proxy certificate expired', '', '# Impact', '', 'The proxy served an expired certificate for two hours.', '',
      '# Timeline', '', '## Day 1', '', '###### 09:10 alert fired', '', '```sh', '# renew the certificate', 'certbot renew', '```', '',
      '> # Quoted note', '',
    ].join('\n');
    const result = importOf('x.md', source);
    expect(result.title).toBe('Proxy certificate expired');
    const body = bodyOf(result.draft);
    expect(body.split('\n').filter((line) => /^(?:> )?#/.test(line))).toEqual(['## Impact', '## Timeline', '### Day 1', '###### 09:10 alert fired', '# renew the certificate', '> ## Quoted note']);
    expect(result.notes).toContain('4 heading(s) made one level deeper (# → ##): the body\'s sections start at ##, under the title');
    expect(titleHeadingWarnings(result.draft, result.title)).toEqual([]);
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
  });

  test('a title from the metadata and # sections in the body: the sections move down, nothing is removed', () => {
    const source = '---\ntitle: Queue consumers stalled\n---\n\n# What happened\n\nThe consumers stopped reading from the queue.\n\n# Follow-up\n\nAdd an alert on queue age.\n';
    const result = importOf('x.md', source);
    expect(result.title).toBe('Queue consumers stalled');
    expect(bodyOf(result.draft)).toMatch(/^## What happened\n[\s\S]*^## Follow-up$/m);
    expect(result.notes.some((note) => note.includes('is the title: removed'))).toBe(false);
    expect(titleHeadingWarnings(result.draft, result.title)).toEqual([]);
  });

  test('a heading repeating the title from the metadata is removed; one that differs is not', () => {
    expect(place('# Queue consumers stalled\n\nText.\n', 'Queue Consumers  stalled!').markdown).toBe('\nText.\n');
    expect(place('# Queue consumers\n\nText.\n', 'Queue consumers stalled')).toEqual({ markdown: '## Queue consumers\n\nText.\n', shifted: 1 });
  });

  test('setext headings: the title underlined with === is removed, === sections become ---, --- sections ###', () => {
    const markdown = 'Disk full on the runner\n=======================\n\nOverview\n========\n\nThe disk filled.\n\nCause\n-----\n\nLogs.\n';
    const placed = place(markdown, 'Disk full on the runner');
    expect(placed.markdown).toBe('\nOverview\n--------\n\nThe disk filled.\n\n### Cause\n\nLogs.\n');
    expect(placed.shifted).toBe(2);
  });

  test('a body whose headings start at ## is left as it is', () => {
    const markdown = 'Intro.\n\n## Summary\n\nText.\n\n### Detail\n';
    expect(place(markdown, 'Something else')).toEqual({ markdown, shifted: 0 });
  });
});

// Modelled on reports that open with a "Summary" section (chia's "Issue summary", 2i2c's and
// fsharp-postmortems' "Summary"): the importer takes the summary from it, and the page shows the
// summary as its lead above the body, so the same paragraph was shown twice, one under the other.
describe('an opening "Summary" section is not repeated under the lead', () => {
  const fixture = (name: string) => readFileSync(join(root, 'test/fixtures/import/reports', name), 'utf8');
  const summaryOf = (draft: string) => (parseYaml(splitFrontmatter(draft).yaml) as { summary?: string }).summary;

  test('a section that is only the summary: heading and paragraph leave the body, a comment names them, nothing is lost', () => {
    const source = fixture('summary-section-lead.md');
    const result = importOf('summary-section-lead.md', source);
    const summary = 'Thumbnails for newly uploaded photos were missing for three hours because the resize worker still wrote to the old storage bucket.';
    expect(summaryOf(result.draft)).toBe(summary);
    const body = bodyOf(result.draft);
    expect(body).not.toContain('Thumbnails for newly uploaded photos');
    expect(body).not.toMatch(/^## Summary$/m);
    expect(body.startsWith('{/* The "Summary" section\'s first paragraph is the summary, which the page shows above the body: not repeated here. */}')).toBe(true);
    expect(body).toMatch(/^## Timeline$/m);
    expect(result.notes).toContain('the "Summary" section opens with the summary: its heading and that paragraph are left out of the body, since the page shows the summary above it');
    // The summary's sentence is kept in the summary, the heading's name in the comment.
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
    const check = validatePostmortemSource('content/postmortems/x.mdx', 'x', result.draft, { vocabulary, knownIds: new Set(['x']), contentDir: 'content' });
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('a longer section: its first paragraph is the lead, the rest stays at the top of the body', () => {
    const source = fixture('summary-section-longer.md');
    const result = importOf('summary-section-longer.md', source);
    expect(summaryOf(result.draft)).toBe('Search suggestions showed products removed from the catalogue for about a day.');
    const body = bodyOf(result.draft);
    expect(body).not.toContain('Search suggestions showed products removed');
    expect(body).not.toMatch(/^## Executive summary$/m);
    expect(body.split('\n\n').slice(0, 3)).toEqual([
      '{/* The "Executive summary" section\'s first paragraph is the summary, which the page shows above the body: not repeated here. */}',
      'The nightly job that rebuilds the suggestion index had failed silently since a credentials change, so the index kept its old entries.',
      '## Timeline',
    ]);
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
  });

  test('a hard break inside the paragraph (two spaces at a line\'s end) is no mark the lead loses', () => {
    const source = '# Cache flush\n\n## Issue Summary\n\nThe cache was flushed at noon.  \nA cron job nobody owned did it.\n\n## Timeline\n\n- 2025-01-02 12:00 UTC: flush.\n';
    const result = importOf('e.md', source);
    expect(bodyOf(result.draft)).not.toContain('nobody owned');
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
  });

  // Modelled on status-blog reports with no headings (a hosting company's incident posts): the
  // first paragraph is the summary, and the rest of the post follows without a heading.
  test('a body opening with the summary as a paragraph of its own, no heading: that paragraph leaves the body, nothing is lost', () => {
    const source = '# Mail delayed on one server\n\nCustomers on the mail2 server saw incoming mail delayed by up to four hours this afternoon.\n\nA resolver change made during a DNS migration sent the server\'s lookups to a host that no longer answered.\n\nNo mail was lost.\n';
    const result = importOf('mail.md', source);
    expect(summaryOf(result.draft)).toBe('Customers on the mail2 server saw incoming mail delayed by up to four hours this afternoon.');
    const body = bodyOf(result.draft);
    expect(body).not.toContain('saw incoming mail delayed');
    expect(body.split('\n\n').slice(0, 2)).toEqual([
      '{/* The opening paragraph is the summary, which the page shows above the body: not repeated here. */}',
      'A resolver change made during a DNS migration sent the server\'s lookups to a host that no longer answered.',
    ]);
    expect(result.notes).toContain('the body opens with the summary: that paragraph is left out of the body, since the page shows the summary above it');
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
    const check = validatePostmortemSource('content/postmortems/x.mdx', 'x', result.draft, { vocabulary, knownIds: new Set(['x']), contentDir: 'content' });
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('an opening paragraph with a link or code, or with more than the summary, stays in the body', () => {
    const withCode = '# Mail delayed\n\nIncoming mail on `mail2` was delayed by up to four hours.\n\nA resolver change caused it.\n';
    expect(bodyOf(importOf('e.md', withCode).draft)).toContain('Incoming mail on `mail2` was delayed by up to four hours.');
    const withLink = '# Mail delayed\n\nIncoming mail was delayed by up to four hours ([status](https://status.example/1)).\n\nA resolver change caused it.\n';
    expect(bodyOf(importOf('f.md', withLink).draft)).toContain('Incoming mail was delayed by up to four hours ([status](https://status.example/1)).');
    const fromMetadata = '---\ntitle: Mail delayed\nsummary: Mail was slow.\n---\n\nIncoming mail was delayed by up to four hours.\n\nA resolver change caused it.\n';
    expect(bodyOf(importOf('g.md', fromMetadata).draft)).toContain('Incoming mail was delayed by up to four hours.');
  });

  test('a summary with a link, or one that is not the section\'s paragraph: the body stays whole', () => {
    const withLink = '# Cache flush\n\n## Summary\n\nThe cache was flushed by a [cron job](https://runbooks.example/cron) at noon.\n\n## Timeline\n\n- 2025-01-02 12:00 UTC: flush.\n';
    expect(bodyOf(importOf('a.md', withLink).draft)).toContain('## Summary\n\nThe cache was flushed by a [cron job](https://runbooks.example/cron) at noon.');
    const fromMetadata = '---\ntitle: Cache flush\nsummary: A cron job flushed the cache.\n---\n\n## Summary\n\nThe cache was flushed at noon by a cron job nobody owned.\n';
    expect(bodyOf(importOf('b.md', fromMetadata).draft)).toContain('## Summary\n\nThe cache was flushed at noon by a cron job nobody owned.');
    // After a paragraph of prose the section is still the report's summary, which the lead shows
    // (import round 26): its paragraph is not repeated, the prose before it stays.
    const afterProse = '# Cache flush\n\nThe cron job was added last spring, and nobody has owned it since the team that wrote it moved on.\n\n## Summary\n\nThe cache was flushed at noon by a cron job.\n';
    const afterProseBody = bodyOf(importOf('c.md', afterProse).draft);
    expect(afterProseBody).not.toContain('The cache was flushed at noon by a cron job.');
    expect(afterProseBody).toContain('The cron job was added last spring');
    // Named for what happened, not as a summary: the section is the report's narrative and stays.
    const narrative = '# Cache flush\n\n## What happened\n\nThe cache was flushed at noon by a cron job.\n';
    expect(bodyOf(importOf('d.md', narrative).draft)).toContain('## What happened\n\nThe cache was flushed at noon by a cron job.');
  });
});
