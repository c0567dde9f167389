import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { ListingPageError, readReportContent } from '../../src/lib/import/report-content.ts';
import { sourceCodeLanguage } from '../../src/lib/import/unreadable-source.ts';
import { fenceScriptBlocks } from '../../src/lib/import/script-blocks.ts';
import { firstUpdateAsSummary } from '../../src/lib/import/body-headings.ts';
import { spelledAsTheReport } from '../../src/lib/import/file-name-title.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Round 23 (docs/import.md): round 22's leftovers. Fixtures written anew, modelled on the shapes
// found (a post's updates kept in frontmatter, files a saved page keeps, a status site's page).
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/round23');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

function importFixture(name: string) {
  const source = read(name);
  const result = importReport(name, source, { vocabulary, today: '2026-12-03' });
  const { yaml, body } = splitFrontmatter(result.draft);
  return { source, result, data: parseYaml(yaml) as Record<string, any>, body };
}
const errorsOf = (draft: string) => validatePostmortemSource('/nonexistent/x.mdx', 'x', draft, { vocabulary, knownIds: new Set(['x']), contentDir: 'content' }).findings.filter((f) => f.severity === 'error');

describe('a first update longer than its summary, or with an address, shown once', () => {
  test('the summary\'s sentences are said once; the rest of the update stays under its label', () => {
    const { source, result, data, body } = importFixture('2025-02-14-sms-gateway-backlog.md');
    // The summary is the update's first sentences, cut.
    expect(data.summary.startsWith('We are currently seeing delays in outgoing text messages')).toBe(true);
    expect(data.summary).not.toContain('Expect the next update');
    // Before: the whole update opened the body again under the summary.
    const shown = body.split('<Internal>')[0];
    expect(shown).not.toContain('We are currently seeing delays');
    expect(shown).toMatch(/^\*\*Investigating, 2025-02-14 08:20\+00:00:\*\* \(its opening sentences are the summary, above\) .*Expect the next update within the hour\.$/m);
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
    expect(errorsOf(result.draft)).toEqual([]);
  });
  test('a bare address the summary writes too is no reason to show the update twice', () => {
    const { data, body } = importFixture('2025-03-02-upstream-dns-provider.md');
    expect(data.summary).toContain('https://status.example-dns.net/incidents/4411');
    expect(body.split('<Internal>')[0]).toMatch(/^\*\*Investigating, 2025-03-02 16:10\+00:00:\*\* \(its words are the summary, above\)$/m);
  });
});

test('a status export\'s first row whose first line is the summary keeps its next line on its own', () => {
  const body = '## Timeline\n\n- 2019-04-02 10:14 UTC *Resolved* - Builds queued for a while. They run again.\n  (Components: Builds: Operational)\n';
  // Before: kept whole, the summary's two sentences shown twice.
  expect(firstUpdateAsSummary(body, 'Builds queued for a while. They run again.').markdown)
    .toBe('## Timeline\n\n- 2019-04-02 10:14 UTC *Resolved* - (its opening sentences are the summary, above)\n  (Components: Builds: Operational)\n');
});

describe('a script or style sheet saved beside a page', () => {
  test('JavaScript and CSS without their extension are refused, named, as no report', async () => {
    for (const [name, language] of [['widgets.js.download', 'JavaScript code'], ['fonts', 'a CSS style sheet']]) {
      const refused = await readReportContent(name, readFileSync(join(fixtures, 'theme-assets', name))).then(() => undefined, (error: Error) => error);
      expect(refused).toBeInstanceOf(ListingPageError);
      expect(refused!.message).toContain(`is ${language}`);
    }
    const report = await readReportContent('report.md', readFileSync(join(fixtures, 'theme-assets', 'report.md')));
    expect(report.text).toContain('Search index rebuild stalled');
  });
  test('a report quoting code, or a page with a script among its Markdown, is not code', () => {
    for (const name of ['theme-assets/report.md', 'queue-dashboard.md', 'mss.md', 'relay-chain-halt.md']) expect(sourceCodeLanguage(read(name))).toBeUndefined();
    expect(sourceCodeLanguage('We restarted the service; it came back.\n'.repeat(20))).toBeUndefined();
  });
});

describe('a <script> among a page\'s Markdown', () => {
  test('is kept as a fenced code block, and the draft passes the check', () => {
    const { source, result, body } = importFixture('queue-dashboard.md');
    expect(body).toContain('```html\n<script>\ndrawChart(\'waiting\'');
    expect(body).toContain('```html\n<script src="https://cdn.example.org/charts.min.js"></script>\n```');
    expect(result.notes.some((note: string) => note.startsWith('2 <script> element(s) put in a fenced code block'))).toBe(true);
    expect(errorsOf(result.draft)).toEqual([]);
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
  });
  test('a script inside fenced code stays as written', () => {
    const text = 'Text.\n\n```html\n<script>x()</script>\n```\n';
    expect(fenceScriptBlocks(text)).toEqual({ markdown: text, fenced: [] });
  });
});

describe('a private-use character', () => {
  test('is left out, said with its code and line, and the draft passes the check', () => {
    const { source, result, body } = importFixture('terminal-prompt.md');
    expect(source).toContain('\ue0a0');
    expect(body).not.toContain('\ue0a0');
    expect(body).toContain('deploy@web-3  main ls -l /srv/releases');
    expect(result.notes.some((note: string) => note.startsWith('left out U+E0A0 (line '))).toBe(true);
    expect(errorsOf(result.draft)).toEqual([]);
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
  });
});

describe('"Date of incident … between … and …" before the first row', () => {
  test('the span\'s start is the start, its end the end', () => {
    const { data, result } = importFixture('relay-chain-halt.md');
    // Before: started 09:15, the first row.
    expect(data.times.started).toBe('2024-03-03T09:12:00Z');
    expect(data.times.resolved).toBe('2024-03-03T11:40:00Z');
    expect(result.inferred.some((line: string) => line.includes('before its first timeline row (2024-03-03T09:15:00Z)'))).toBe(true);
  });
});

describe('a title from a file name, and a trigger from the words', () => {
  test('the file name\'s word is spelled as the report writes it; a command\'s output suggests no trigger', () => {
    const { data } = importFixture('mss.md');
    // Before: "mss", and `dns` from ping's "ttl=63" (four times in the code block).
    expect(data.title).toBe('MSS');
    expect(data.trigger).not.toBe('dns');
  });
  test('a title the report writes in lower case, or only word by word, stays', () => {
    expect(spelledAsTheReport('api outage', 'The API failed. The API came back. The API outage ended.')).toBe('API outage');
    expect(spelledAsTheReport('api outage', 'The API failed. The api outage ended.')).toBe('api outage');
    // A log's capitals are no spelling of the title's words.
    expect(spelledAsTheReport('relay errors sorted', 'ERRORS: 4 ERRORS: 7 relay down')).toBe('relay errors sorted');
    // The whole title written as a phrase, once, gives its spelling; a word alone needs two.
    expect(spelledAsTheReport('acme cloud', '[Acme Cloud](https://example.org/x). Disks filled up.')).toBe('Acme Cloud');
    expect(spelledAsTheReport('acme cloud', 'Acme Cloud and acme cloud.')).toBe('acme cloud');
  });
});
