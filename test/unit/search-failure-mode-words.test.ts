import { beforeAll, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { failureModes } from '../../src/lib/failure-modes.ts';
import { findAliases } from '../../src/lib/search-aliases.ts';
import { failureModeWords } from '../../src/lib/search-concepts.ts';
import { toSearchDocument } from '../../src/lib/search-document.ts';
import { aliasSentenceLead } from '../../src/lib/search-excerpt.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { parseBodyForSearch } from '../../scripts/lib/search-documents.ts';
import type { SearchEngine } from '../../src/lib/forgiving-search.ts';
import { pageWithAliases, temporarySearchIndexes, urlsFound } from '../support/alias-search-index.ts';

describe('a responder\'s words for the failure modes a report states', () => {
  test('the table names known failure modes only, each with one to three words', () => {
    const ids = new Set(failureModes.map((mode) => mode.id));
    for (const [id, words] of Object.entries(failureModeWords)) {
      expect(ids.has(id), id).toBe(true);
      expect(words.length, id).toBeGreaterThan(0);
      expect(words.length, id).toBeLessThanOrEqual(3);
    }
  });

  test('a stated mode brings its words where the text lacks them; no mode, an unknown one or an empty table brings none', () => {
    const text = 'Orders stalled when the volume filled up.';
    expect(findAliases(text, [], { failureModes: ['disk-full'] })).toEqual(expect.arrayContaining(['disk full', 'out of space']));
    expect(findAliases(text)).not.toContain('out of space');
    expect(findAliases(text, [], { failureModes: ['no-such-mode', 'constructor'] })).not.toContain('out of space');
    expect(findAliases(text, [], { failureModes: ['disk-full'], failureModeWords: {} })).not.toContain('out of space');
    // A table of one's own.
    const lapsed = findAliases('TLS handshake failures after the certificate lapsed.', [], { failureModes: ['certificate-expiry'], failureModeWords: { 'certificate-expiry': ['site down'] } });
    expect(lapsed).toContain('site down');
    // A phrase whose every word the page holds already is left out: pagefind matches words.
    expect(findAliases('The site went down.', [], { failureModes: ['certificate-expiry'], failureModeWords: { 'certificate-expiry': ['site down'] } })).not.toContain('site down');
    // Words the report already says are not repeated.
    const said = findAliases('Disk full on db1: the volume filled up.', [], { failureModes: ['disk-full'] });
    expect(said).not.toContain('disk full');
    expect(said).toContain('out of space');
    expect(findAliases('The volume filled up.', [], { failureModes: ['disk-full'] })).toEqual(expect.arrayContaining(['disk full', 'out of space']));
  });

  const example = validateCorpus(resolve(import.meta.dirname, '../../content'), { frontmatterOnly: true });
  const base = example.postmortems.find((p) => p.data?.status === 'published')!.data!;
  const names = { service: (id: string) => id, team: (id: string) => id, trigger: (id: string) => id };
  const aliasesOf = (html: string) => html.match(new RegExp(`<p data-pagefind-weight="2">${aliasSentenceLead} ([^<]*)\\.</p>`))?.[1].split(', ') ?? [];
  const documentOf = (summary: string, body: string, failureModeWords = true) =>
    toSearchDocument('x', { ...base, title: 'Storefront incident', summary, signals: [] }, parseBodyForSearch(body, 'x.mdx')!, names, { failureModeWords }).html;

  test('the search document recognises the modes in the title, summary and impact, and only when asked', () => {
    const lapsed = documentOf('TLS handshake failures after the certificate lapsed.', '## What happened\n\nCustomers saw errors.\n');
    expect(aliasesOf(lapsed)).not.toContain('disk full');
    const diskFull = documentOf('Orders stalled when the volume filled up.', '## What happened\n\nCustomers saw errors.\n');
    expect(aliasesOf(diskFull)).toEqual(expect.arrayContaining(['disk full', 'out of space']));
    expect(aliasesOf(diskFull)).not.toContain('bad deploy');
    // The body's side issues bring nothing: a stalled queue whose body names a full volume.
    const inBody = documentOf('Orders stalled.', '## What happened\n\nThe queue grew; a test volume filled up too.\n');
    expect(aliasesOf(inBody)).not.toContain('out of space');
    // Off by default, as on the site.
    expect(aliasesOf(documentOf('Orders stalled when the volume filled up.', '## What happened\n\nCustomers saw errors.\n', false))).not.toContain('out of space');
  });
});

// Against pagefind's own index: a responder's "out of space" finds the report of a volume that
// filled up when the alias sentence carries the mode's words, and not without them.
const pages = [
  { url: '/postmortems/volume/', text: 'Orders stalled when the volume filled up.' },
  { url: '/postmortems/queue/', text: 'Orders stalled when the queue consumers stopped.' },
  // pagefind drops a query word no page holds: this page holds "space", so the word counts.
  { url: '/postmortems/heater/', text: 'A space heater tripped the office breaker.' },
];
const searchIndexOf = temporarySearchIndexes('search-mode-words-');
let withWords: SearchEngine;
let withoutWords: SearchEngine;
const indexOf = (modes: boolean) => searchIndexOf(pages.map((page) => ({
  url: page.url,
  html: pageWithAliases(page.text, findAliases(page.text, [], modes && page.url.includes('volume') ? { failureModes: ['disk-full'] } : {})),
})));
beforeAll(async () => {
  withWords = await indexOf(true);
  withoutWords = await indexOf(false);
}, 120_000);

describe('failure-mode words in pagefind\'s index', () => {
  test('"out of space" finds the volume that filled up only with the mode\'s words', async () => {
    expect(await urlsFound(withWords, 'out of space')).toEqual(['/postmortems/volume/']);
    expect(await urlsFound(withoutWords, 'out of space')).not.toContain('/postmortems/volume/');
  });
});
