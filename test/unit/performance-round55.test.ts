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
