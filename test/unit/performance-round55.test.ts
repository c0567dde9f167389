import { describe, expect, test } from 'vitest';
import { cjkWordsSpaced, cjkWordsSpacedInHtml } from '../../src/lib/cjk-words.ts';
import { toSearchDocument, type SearchNames } from '../../src/lib/search-document.ts';
import type { Postmortem } from '../../src/lib/postmortem-schema.ts';

// Session 55 (docs/performance.md): the search document's Chinese and Japanese words are spaced by
// cjkWordsSpacedInHtml, which leaves a document without such a character as it is after one test
// instead of replacing its text element by element. The same documents either way.

/** What the search document did before session 55: every text between tags through cjkWordsSpaced. */
const elementByElement = (html: string) => html.replace(/(?<=>)[^<]+/g, cjkWordsSpaced);

describe('cjkWordsSpacedInHtml (round 55)', () => {
  test('spaces the words of element text, never of an attribute', () => {
    const html = '<meta content="2024年1月のMisskey障害"><h1>2024年1月のMisskey障害</h1><p>カードの追加を完了できませんでした</p>';
    const spaced = cjkWordsSpacedInHtml(html);
    expect(spaced).toContain('<meta content="2024年1月のMisskey障害">');
    expect(spaced).toContain('<h1>2024 年 1 月 の Misskey 障害</h1>');
    expect(spaced).toContain('<p>カード の 追加 を 完了 でき');
    expect(spaced).toBe(elementByElement(html));
  });

  test('a Chinese or Japanese character in an attribute only changes nothing', () => {
    const html = '<meta content="障害"><h1>Disk errors on host3</h1>';
    expect(cjkWordsSpacedInHtml(html)).toBe(html);
  });

  test('text without Chinese or Japanese characters is returned as it is, as element by element', () => {
    const html = '<p>Payments &amp; Café — 한국어 서비스 장애, ｶﾀｶﾅ-free text</p>';
    expect(cjkWordsSpacedInHtml(html)).toBe(html);
    expect(elementByElement(html)).toBe(html);
  });
});

const names: SearchNames = { service: (id) => id, team: (id) => id, trigger: (id) => id };
const report = (title: string, summary: string) => ({
  title, summary, severity: 'SEV-2', nearMiss: false, services: ['web'], teams: [], tags: [], trigger: 'deploy', signals: [],
  times: { started: '2024-01-02T03:04:00.000Z' }, impact: { description: summary }, timeline: [], contributors: [], mitigators: [], risks: [], actionItems: [],
}) as unknown as Postmortem;

describe('the search document spaces Chinese and Japanese words as before (round 55)', () => {
  test('a Japanese report: its heading spaced, its title attribute as written', () => {
    const { html } = toSearchDocument('2024-01-02-misskey', report('2024年1月のMisskey障害', 'カードの追加を完了できませんでした'), undefined, names);
    expect(html).toContain('<h1 data-pagefind-weight="10">2024 年 1 月 の Misskey 障害</h1>');
    expect(html).toContain('content="2024年1月のMisskey障害"');
  });
});

// Session 55: the body's tail is one `<div data-pagefind-weight>` instead of the weight on each of
// its blocks: 0.6 MB less of the bench's 13.1 MB of documents for pagefind to read, the same index.
const longBody = `${'The cluster was slow after the change. '.repeat(60)}\n\n## Appendix\n\nThe scheduler was unreachable while qsub hung.\n\n${'Owners agreed on the follow-up items. '.repeat(40)}`;
/** The document as written before session 55: the tail's weight on each block, no wrapping element. */
const weightedBlockByBlock = (html: string) => {
  const open = '<div data-pagefind-weight="0.25">';
  const at = html.indexOf(open);
  if (at < 0) return html;
  const end = html.indexOf('</div>', at);
  const tail = html.slice(at + open.length, end).replace(/<(p|h[1-6])>/g, '<$1 data-pagefind-weight="0.25">');
  return html.slice(0, at) + tail + html.slice(end + '</div>'.length);
};

describe('the body tail in one weighted element (round 55)', () => {
  test('pagefind writes the same index, byte for byte, as with the weight on each block', async () => {
    const { mkdtempSync, readdirSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { indexDocumentsForSearch } = await import('../../scripts/lib/search-index.ts');
    const { parseBodyForSearch } = await import('../../scripts/lib/search-documents.ts');
    const documents = [
      toSearchDocument('long', report('Quarterly review of the batch cluster', 'A review.'), parseBodyForSearch(longBody, 'long.md'), names),
      toSearchDocument('short', report('Scheduler unreachable', 'qsub hung.'), parseBodyForSearch('The scheduler did not answer.', 'short.md'), names),
    ];
    expect(documents[0].html).toContain('<div data-pagefind-weight="0.25"><h2>Appendix</h2>\n<p>The scheduler');
    const before = documents.map((document) => ({ ...document, html: weightedBlockByBlock(document.html) }));
    expect(before[0].html).toContain('<h2 data-pagefind-weight="0.25">Appendix</h2>');
    expect(before[0].html).not.toContain('<div data-pagefind-weight');
    const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length)).sort();
    const dirs = [mkdtempSync(join(tmpdir(), 'kb-tail-now-')), mkdtempSync(join(tmpdir(), 'kb-tail-before-'))];
    try {
      await indexDocumentsForSearch(documents, dirs[0]);
      await indexDocumentsForSearch(before, dirs[1]);
      expect(files(dirs[0])).toEqual(files(dirs[1]));
      expect(files(dirs[0]).some((f) => f.endsWith('.pf_fragment'))).toBe(true);
      for (const file of files(dirs[0])) expect(readFileSync(join(dirs[0], file)).equals(readFileSync(join(dirs[1], file))), file).toBe(true);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});
