import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { failureModes } from '../../src/lib/failure-modes.ts';
import { findAliases } from '../../src/lib/search-aliases.ts';
import { failureModeWords } from '../../src/lib/search-concepts.ts';
import { toSearchDocument } from '../../src/lib/search-document.ts';
import { aliasSentenceLead } from '../../src/lib/search-excerpt.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { parseBodyForSearch } from '../../scripts/lib/search-documents.ts';
import { indexDocumentsForSearch } from '../../scripts/lib/search-index.ts';
import { openSearchIndex } from '../../scripts/lib/search-node.ts';
import type { SearchEngine } from '../../src/lib/forgiving-search.ts';

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
    const text = 'TLS handshake failures after the certificate lapsed.';
    expect(findAliases(text, [], { failureModes: ['certificate-expiry'] })).toEqual(expect.arrayContaining(['cert expired', 'https broken']));
    expect(findAliases(text)).not.toContain('cert expired');
    expect(findAliases(text, [], { failureModes: ['no-such-mode', 'constructor'] })).not.toContain('cert expired');
    expect(findAliases(text, [], { failureModes: ['certificate-expiry'], failureModeWords: {} })).not.toContain('cert expired');
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
  const documentOf = (summary: string, body: string) =>
    toSearchDocument('x', { ...base, title: 'Storefront incident', summary, signals: [] }, parseBodyForSearch(body, 'x.mdx')!, names).html;

  test('the search document recognises the modes in the report\'s lead, and only there', () => {
    const lapsed = documentOf('TLS handshake failures after the certificate lapsed.', '## What happened\n\nCustomers saw errors.\n');
    expect(aliasesOf(lapsed)).toEqual(expect.arrayContaining(['cert expired', 'https broken']));
    expect(aliasesOf(lapsed)).not.toContain('disk full');
    const diskFull = documentOf('Orders stalled when the volume filled up.', '## What happened\n\nCustomers saw errors.\n');
    expect(aliasesOf(diskFull)).toEqual(expect.arrayContaining(['disk full', 'out of space']));
    expect(aliasesOf(diskFull)).not.toContain('cert expired');
    const late = documentOf('Orders stalled.', `## What happened\n\n${'The queue grew while workers idled. '.repeat(60)}\n\nAn unrelated certificate had expired on a test box.\n`);
    expect(aliasesOf(late)).not.toContain('cert expired');
  });
});

// Against pagefind's own index: a responder's "https broken" finds the report of a lapsed
// certificate when the alias sentence carries the mode's words, and not without them.
const pages = [
  { url: '/postmortems/lapsed/', text: 'TLS handshake failures after the certificate lapsed.' },
  { url: '/postmortems/queue/', text: 'Orders stalled when the queue consumers stopped.' },
  // pagefind drops a query word no page holds: this page holds "broken", so the word counts.
  { url: '/postmortems/build/', text: 'A broken build stopped every release.' },
];
const html = (text: string, aliases: string[]) =>
  `<!doctype html><html lang="en"><head><title>x</title></head><body><main data-pagefind-body><p>${text}</p>${aliases.length ? `<p data-pagefind-weight="2">${aliasSentenceLead} ${aliases.join(', ')}.</p>` : ''}</main></body></html>`;
const dirs: string[] = [];
let withWords: SearchEngine;
let withoutWords: SearchEngine;
async function indexOf(modes: boolean): Promise<SearchEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'search-mode-words-'));
  dirs.push(dir);
  await indexDocumentsForSearch(pages.map((page) => ({
    url: page.url,
    html: html(page.text, findAliases(page.text, [], modes && page.url.includes('lapsed') ? { failureModes: ['certificate-expiry'] } : {})),
  })), dir);
  return openSearchIndex(dir);
}
beforeAll(async () => {
  withWords = await indexOf(true);
  withoutWords = await indexOf(false);
}, 120_000);
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
async function urlsFound(engine: SearchEngine, query: string): Promise<string[]> {
  const results = (await engine.search(query))?.results ?? [];
  return Promise.all(results.map(async (result) => (await result.data()).url));
}

describe('failure-mode words in pagefind\'s index', () => {
  test('"https broken" finds the lapsed certificate only with the mode\'s words', async () => {
    // The alias groups already bring "cert", "https" and "expired"; "broken" is the mode's word.
    expect(await urlsFound(withWords, 'https broken')).toEqual(['/postmortems/lapsed/']);
    expect(await urlsFound(withoutWords, 'https broken')).not.toContain('/postmortems/lapsed/');
  });
});
