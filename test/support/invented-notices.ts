import { beforeAll } from 'vitest';
import { resolve } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { toSearchDocument } from '../../src/lib/search-document.ts';
import { parseBodyForSearch } from '../../scripts/lib/search-documents.ts';
import { searchForgiving, type ForgivingOptions, type SearchEngine } from '../../src/lib/forgiving-search.ts';
import { temporarySearchIndexes } from './alias-search-index.ts';

// Invented status notices as search documents (findability rounds 38, 38b and 39): a published
// postmortem of the example knowledge base with its own facts emptied, given a title, summary and body.
const example = validateCorpus(resolve(import.meta.dirname, '../../content'), { frontmatterOnly: true });
const published = example.postmortems.find((p) => p.data?.status === 'published')!;
const names = { service: (id: string) => id, team: (id: string) => id, trigger: (id: string) => id };
const bare = { ...published.data!, signals: [], tags: [], timeline: [], contributors: [], mitigators: [], risks: [], actionItems: [], impact: { ...published.data!.impact, description: 'Not stated.' } };

/** The search document of an invented notice; `started` (ISO date-time) replaces the example's start (round 39). */
export const noticeDocument = (id: string, title: string, summary: string, body: string, started?: string) =>
  toSearchDocument(id, { ...bare, title, summary, times: started ? { ...bare.times, started } : bare.times }, parseBodyForSearch(body, `${id}.md`), names);

/** The hidden "Also spelt as:" sentence of a search document, lower case. */
export const aliasSentence = (html: string) => (html.match(/Also spelt as:([^<]*)/)?.[1] ?? '').toLowerCase();

/** The URL of the first page the search page lists for `query`: the first exact result, else the first partial one. */
export async function firstFound(engine: SearchEngine, query: string, options?: ForgivingOptions): Promise<string | undefined> {
  const found = await searchForgiving(engine, query, options);
  return (found.exact[0] ?? found.partial[0])?.data.url;
}

type InventedNotice = { id: string; title: string; summary: string; body: string; started?: string };

/**
 * Indexes invented notices with pagefind before the file's tests (in a temporary folder `<prefix>XXXXXX`,
 * removed after them) and returns the index's engine once built. Call it at the top of a test file.
 */
export function inventedNoticesIndex(prefix: string, notices: readonly InventedNotice[]): () => SearchEngine {
  const searchIndexOf = temporarySearchIndexes(prefix);
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = await searchIndexOf(notices.map(({ id, title, summary, body, started }) => noticeDocument(id, title, summary, body, started)));
  }, 120_000);
  return () => engine;
}

/**
 * {@link inventedNoticesIndex}, returning {@link firstFound} against that index, with `options` (round 40:
 * the search page's other forms of a word). Call it at the top of a test file.
 */
export function searchInventedNotices(prefix: string, notices: readonly InventedNotice[], options?: ForgivingOptions): (query: string) => Promise<string | undefined> {
  const engine = inventedNoticesIndex(prefix, notices);
  return (query) => firstFound(engine(), query, options);
}
