import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { searchForgiving, type SearchEngine } from '../../src/lib/forgiving-search.ts';
import { buildSearchDocuments } from '../../scripts/lib/search-documents.ts';
import { indexDocumentsForSearch } from '../../scripts/lib/search-index.ts';
import { openSearchIndex } from '../../scripts/lib/search-node.ts';

// Invented Japanese status notices (test/fixtures/search-japanese-notices/README.md), indexed with
// the repository's vocabularies as the build does and searched as the search page does.
const idOf = (url: string) => url.replace(/^\/postmortems\/|\/$/g, '');
let engine: SearchEngine;
let contentDir: string;
let indexDir: string;

beforeAll(async () => {
  contentDir = mkdtempSync(join(tmpdir(), 'japanese-notices-'));
  const repositoryContent = resolve(import.meta.dirname, '../../content');
  for (const file of readdirSync(repositoryContent).filter((name) => name.endsWith('.yaml'))) cpSync(join(repositoryContent, file), join(contentDir, file));
  cpSync(resolve(import.meta.dirname, '../fixtures/search-japanese-notices/postmortems'), join(contentDir, 'postmortems'), { recursive: true });
  const validation = validateCorpus(contentDir, { frontmatterOnly: true });
  expect(validation.postmortems.length).toBe(8);
  indexDir = mkdtempSync(join(tmpdir(), 'japanese-notices-index-'));
  await indexDocumentsForSearch(buildSearchDocuments(validation.postmortems, validation.vocabulary!), indexDir);
  engine = await openSearchIndex(indexDir);
}, 120_000);

afterAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(indexDir, { recursive: true, force: true });
});

const firstOf = async (query: string) => {
  const found = await searchForgiving(engine, query, { limit: 10 });
  return [...found.exact, ...found.partial].map((hit) => idOf(hit.data.url));
};

describe('Japanese notices, whose sentences have no space between words', () => {
  // Without the words spaced apart (src/lib/cjk-words.ts) each sentence was one word of the index:
  // every query below found nothing, or every notice holding a Latin word of the query in any order.
  test.each([
    ['Sorapayにカードを登録できない', '2024-03-02-sorapay-card-registration'],
    ['Webで支払いできない', '2024-03-09-sorapay-web-checkout'],
    ['サポート窓口 メンテナンス中で利用不可', '2024-04-11-help-desk-maintenance'],
    ['SFTP アップロード 失敗', '2024-05-20-school-data-upload'],
    ['メールの配信が遅い', '2024-06-03-mail-delivery-delay'],
    ['サインインできない', '2024-06-15-sign-in-failure'],
  ])('"%s" lists %s first', async (query, id) => {
    expect((await firstOf(query))[0]).toBe(id);
  });

  test('a word of a sentence is found alone', async () => {
    expect((await firstOf('登録'))).toEqual(['2024-03-02-sorapay-card-registration']);
  });

  test('particles do not list every notice', async () => {
    // "の", "が", "を" are in nearly every notice; the query's other words decide.
    // Asked for, "したい" (want to) no notice holds left "カードを登録したい" with no exact result,
    // and "が" listed every notice holding it for "メールが届かない".
    const wanted = await searchForgiving(engine, 'カードを登録したい', { limit: 10 });
    expect(wanted.exact.map((hit) => idOf(hit.data.url))).toEqual(['2024-03-02-sorapay-card-registration']);
    const undelivered = await searchForgiving(engine, 'メールが届かない', { limit: 10 });
    expect([...undelivered.exact, ...undelivered.partial].map((hit) => idOf(hit.data.url))).toEqual(['2024-06-03-mail-delivery-delay']);
    expect(undelivered.missing).not.toContain('ない');
  });

  test('excerpts quote the notice as written, without the spaces the index put between its words', async () => {
    const found = await searchForgiving(engine, '登録', { limit: 10 });
    expect(found.exact[0].data.excerpt.replace(/<\/?mark>/g, '')).toContain('カードの登録を完了できませんでした');
  });

  test('English text beside them is found as before', async () => {
    expect((await firstOf('card payments declined'))[0]).toBe('2024-07-01-card-payments-declined');
  });
});
