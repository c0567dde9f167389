import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { ListingPageError, NotAReportError, readReportContent, reportListingLinks } from '../../src/lib/import/report-content.ts';
import { findFolderIndexPages } from '../../src/lib/import/report-files.ts';
import { customerFacingSentence } from '../../src/lib/import/customer-impact.ts';
import { suggestClassification } from '../../src/lib/import/suggest-classification.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary, type Vocabulary } from '../../src/lib/vocabulary.ts';

// Round 15 (docs/import.md): what an adoption walkthrough handed on. A folder's index page named
// as a site generator renders it (Middleman's `index.html.md.erb`) and a page that lists the
// reports; a status page's JSON incident whose first update says what customers saw; services a
// report names by their aliases; another tool's one-line `summary:`. Fixtures written anew,
// modelled on those shapes.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import');
const today = '2026-12-02';

async function importFile(path: string, options: { vocabulary?: Vocabulary } = {}) {
  const content = await readReportContent(path, readFileSync(path));
  const text = content.parts?.[0]?.text ?? content.text;
  const result = importReport(path.slice(fixtures.length + 1), text, { vocabulary: options.vocabulary ?? vocabulary, today, exportKind: content.exportKind });
  const { yaml, body } = splitFrontmatter(result.draft);
  return { result, data: parseYaml(yaml) as Record<string, any>, body };
}

describe('a page that lists the reports is no report', () => {
  const site = join(fixtures, 'report-listings/site');

  test('an index page a template engine renders (index.html.md.erb) beside reports is a folder\'s index', () => {
    const names = ['incidents/index.html.md.erb', 'incidents/2024-05-01-billing-queue.html.md.erb', 'incidents/2024-06-10-resolver-timeouts.html.md.erb', 'alone/index.md.liquid', 'reindex.html.md.erb'];
    expect([...findFolderIndexPages(names)]).toEqual(['incidents/index.html.md.erb']);
  });

  test('a list of links to reports, with little prose of its own, is a listing; a report with related links is not', () => {
    expect(reportListingLinks(readFileSync(join(site, 'incidents/index.html.md.erb'), 'utf8'))).toBe(5);
    expect(reportListingLinks(readFileSync(join(site, 'past-outages.md'), 'utf8'))).toBe(5);
    expect(reportListingLinks(readFileSync(join(site, 'incidents/2024-05-01-billing-queue.html.md.erb'), 'utf8'))).toBe(0);
    // Five links under one paragraph is a listing; under three paragraphs of prose, a report that cites others.
    const prose = 'The cache was cold after the restart and requests took longer than usual for an hour.';
    const links = [1, 2, 3, 4, 5].map((i) => `- [Earlier outage ${i}](o${i}.md)`).join('\n');
    expect(reportListingLinks(`# Slow pages\n\n${prose}\n\n${links}\n`)).toBe(5);
    const moreProse = `# Slow pages\n\n${[1, 2, 3].map(() => prose).join('\n\n')}\n\n${links}\n`;
    expect(reportListingLinks(moreProse)).toBe(0);
  });

  test('named, a listing is refused with why; in a folder it is passed over and said, the reports imported', async () => {
    const named = join(site, 'past-outages.md');
    await expect(readReportContent(named, readFileSync(named))).rejects.toBeInstanceOf(ListingPageError);
    await expect(readReportContent(named, readFileSync(named))).rejects.toBeInstanceOf(NotAReportError);
    await expect(readReportContent(named, readFileSync(named))).rejects.toThrow(/a list of links to other reports \(5 list items/);

    const out = mkdtempSync(join(tmpdir(), 'import-listings-'));
    const run = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), site, '--out', out], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['2024-05-01-billing-queue-stalled.mdx', '2024-06-10-resolver-timeouts-in-the-west-region.mdx']);
    expect(run.stderr).toMatch(/past-outages\.md: not imported, it is a list of links to other reports/);
    expect(run.stderr).toMatch(/index\.html\.md\.erb: not imported: the index page of its folder/);
    expect(run.stdout).toMatch(/2 files: 2 imported, 0 not imported; 2 valid drafts/);
  }, 60_000);
});

describe('a status page incident: the first update\'s sentence on what customers saw is the impact', () => {
  test('the sentence that names the symptom, not the team\'s "we are investigating"', async () => {
    const { data, body } = await importFile(join(fixtures, 'status-first-updates/2024-02-03-search-errors.json'));
    expect(data.impact).toEqual({ description: 'Search requests to the CDN-backed delivery API return 502 errors for some projects.' });
    // The summary stays the first update's first paragraph; every word stays in the body.
    expect(data.summary).toBe('We are investigating. Search requests to the CDN-backed delivery API return 502 errors for some projects.');
    expect(body).toContain('We will post again within 30 minutes.');
  });

  test('a first update that only says the team is looking gives no impact', async () => {
    const { data } = await importFile(join(fixtures, 'status-first-updates/2024-02-20-looking-into-it.json'));
    expect(data.impact).toBeUndefined();
  });

  test.each([
    ['The server that hosts our admin interface is down.', 'The server that hosts our admin interface is down.'],
    ['You may experience routing errors contacting the API.', 'You may experience routing errors contacting the API.'],
    ['We are currently investigating the issue', undefined],
    ["We're investigating. We'll keep you posted.", undefined],
    ['Uploads fail for large files. Firefox and Safari are not affected.', 'Uploads fail for large files.'],
    ['This incident is resolved. The impact start time was 20:03 UTC.', undefined],
    ['Only the first paragraph counts.\n\nCustomers saw errors.', undefined],
    ['Human error.', undefined],
    ['The protocol ran for 8 months without issue.', undefined],
    ['A mix-up of units (metric vs. English) caused the probe to fail.', 'A mix-up of units (metric vs. English) caused the probe to fail.'],
  ])('%j → %j', (text, expected) => {
    expect(customerFacingSentence(text)).toBe(expected);
  });
});

describe('another tool\'s own frontmatter: summary and start_time', () => {
  test('a summary that says what users saw is also the impact; start_time and end_time are the key times', async () => {
    const { data, result } = await importFile(join(fixtures, 'own-frontmatter/4f1c2a90-ledger-replica.md'));
    expect(data.summary).toBe('Balances shown to customers were up to two hours stale after a replica stopped applying changes.');
    expect(data.impact).toEqual({ description: 'Balances shown to customers were up to two hours stale after a replica stopped applying changes.' });
    expect(data.times).toMatchObject({ started: '2023-09-14T07:20:00Z', resolved: '2023-09-14T09:05:00Z' });
    expect(result.inferred.join('\n')).toMatch(/impact description from the report's metadata `summary`/);
  });

  test('only the summary\'s first sentence is read for the impact', async () => {
    const text = '---\ntitle: Replica lag\nsummary: A replica was rebuilt. Customers saw stale balances.\n---\n\nThe replica was rebuilt on Monday.\n';
    const data = parseYaml(splitFrontmatter(importReport('lag.md', text, { vocabulary, today }).draft).yaml) as Record<string, any>;
    expect(data.impact).toBeUndefined();
  });

  test('a summary that names no symptom is no impact; a start_time at midnight is a day, not an instant', async () => {
    const { data } = await importFile(join(fixtures, 'own-frontmatter/9b7e5d11-renamed-bucket.md'));
    expect(data.summary).toBe('A bucket was renamed by a cleanup script.');
    expect(data.impact).toBeUndefined();
    expect(data.times?.started).toBeUndefined();
  });
});

describe('services named by their aliases', () => {
  const checkout = vocabulary.services.get('checkout-api')!;
  const withAliases: Vocabulary = { ...vocabulary, services: new Map([...vocabulary.services, ['checkout-api', { ...checkout, aliases: ['CKO', 'basket service'] }]]) };

  test('an acronym alias in capitals, or an alias written in any case, suggests the service', () => {
    expect(suggestClassification('Requests to the CKO failed with 502 errors.', withAliases).services).toEqual(['checkout-api']);
    expect(suggestClassification('The Basket Service returned errors.', withAliases).services).toEqual(['checkout-api']);
    // Without the alias in the vocabulary, or with the acronym's letters in lower case (part of an address), nothing.
    expect(suggestClassification('Requests to the CKO failed with 502 errors.', vocabulary).services).toEqual([]);
    expect(suggestClassification('See https://cko.example.org/status for the errors.', withAliases).services).toEqual([]);
  });

  test('an affected-services line that lists an alias maps to the service id', () => {
    const suggestion = suggestClassification('x', withAliases, { affected: ['CKO'] });
    expect(suggestion.services).toEqual(['checkout-api']);
    expect(suggestion.reasons).toContain('service checkout-api: the report lists "CKO" as affected (closest match)');
  });
});
