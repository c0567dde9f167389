import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { templateAndCodeWordsOf, templatePhrasesOf } from '../../src/lib/reason-template-and-code.ts';
import { rewriteReasonWordLists } from '../../src/lib/reason-word-lists.ts';
import { type SimilarityDocument } from '../../src/lib/similarity.ts';
import { findSimilarLinkedBy } from '../../src/lib/similarity-link-by.ts';

// Reasons round 58 (docs/findability.md, "Similar incidents' reasons, round 58 (template and code
// words)"): a reason beside a similar link no longer names the words a status page's template
// writes in every notice ("Description:", "Diagnosis:", "Workaround: None at this time."), read from
// the collection, nor words two reports write only in code (`resp.Body`); the links stay as they were.

const notices: SimilarityDocument[] = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/similarity/reasons58/notices.json'), 'utf8'));
const textOf = (doc: SimilarityDocument) => `${doc.title}\n${doc.summary}\n${doc.text}`;
const templateWords = ['description', 'diagnosis', 'workaround', 'none'];
const namedWords = (reason: string) => {
  const words: string[] = [];
  rewriteReasonWordLists(reason, (listed) => (words.push(...listed.map((word) => word.toLowerCase())), [...listed]));
  return words;
};

describe('templatePhrasesOf', () => {
  const template = templatePhrasesOf(notices.map(textOf));

  test('labels, their values and lines most notices write are the template; a product written in two is not', () => {
    for (const phrase of ['description:', 'diagnosis:', 'workaround:', ':none at this time', 'workaround: none at this time']) expect(template.has(phrase)).toBe(true);
    expect([...template].some((phrase) => phrase.includes('quarry') || phrase.includes('fjordland'))).toBe(false);
  });

  test('a tenth of the reports, and 5 at least: a label four reports write is no template', () => {
    const four = ['Owner: a', 'Owner: b', 'Owner: c', 'Owner: d', 'plain', 'text', 'only', 'here'];
    expect(templatePhrasesOf(four).has('owner:')).toBe(false);
    expect(templatePhrasesOf([...four, 'Owner: e']).has('owner:')).toBe(true);
    // 5 of 60 is under a tenth.
    expect(templatePhrasesOf([...four, 'Owner: e', ...Array.from({ length: 51 }, (_, k) => `report ${k}`)]).has('owner:')).toBe(false);
  });
});

describe('templateAndCodeWordsOf', () => {
  const template = new Set(['diagnosis:', 'workaround:', ':none at this time', '概要']);

  test("the template's labels, values and headings, unless the story writes the word too", () => {
    const text = '## 概要\nDiagnosis: Uploads stall.\nWorkaround: None at this time.\nThe workaround was to retry.';
    const { template: words, code } = templateAndCodeWordsOf(text, template);
    expect([...words].sort()).toEqual(['at', 'diagnosis', 'none', 'this', 'time', '概要']);
    expect(code.size).toBe(0);
  });

  test('fenced blocks and inline expressions are code; a name in backticks and a word of the prose are not', () => {
    const text = '`resp.Body` が空のまま `feed-relay` に渡り、`if x == nil { return }` で else 節がなかった。\n```go\nfor _, item := range batch {\n  relay(item)\n}\n```';
    const { template: words, code } = templateAndCodeWordsOf(text);
    expect(words.size).toBe(0);
    // "relay" is also the story's (`feed-relay`, a name); the fence's "go" is no word of the block.
    expect([...code].sort()).toEqual(['batch', 'body', 'for', 'if', 'item', 'nil', 'range', 'resp', 'return', 'x']);
  });

  test('Katakana with its long vowel mark is one word: a heading word is not split', () => {
    expect([...templateAndCodeWordsOf('## メタデータ\n本文', new Set(['メタデータ'])).template]).toEqual(['メタデータ']);
  });
});

describe("reasons between status notices leave the template's words out", () => {
  {
    // The blend's reasons (the model's, `cause`, name no template word on these notices).
    const links = findSimilarLinkedBy(notices, 'blend');

    test('a reason names a template word only when it has nothing else to name', () => {
      let mixed = 0;
      for (const list of links.values()) {
        for (const link of list) {
          const words = namedWords(link.reason ?? '');
          const fromTemplate = words.filter((word) => templateWords.includes(word));
          if (fromTemplate.length && fromTemplate.length < words.length) mixed++;
        }
      }
      expect(mixed).toBe(0);
    });
  }

  test('the two notices that share a location are joined by it, not by the labels', () => {
    const link = findSimilarLinkedBy(notices, 'blend').get('notice-01')!.find((entry) => entry.id === 'notice-07')!;
    expect(link.reason).toBe('same words: Fjordland-North, locations');
  });

  test('notices joined by the template alone are still linked, and the reason says what they share', () => {
    const links = findSimilarLinkedBy(notices, 'blend').get('notice-04')!;
    expect(links.map((link) => link.id)).toEqual(['notice-03', 'notice-08', 'notice-07', 'notice-02', 'notice-01']);
    expect(links[1].reason).toBe('same words: description, diagnosis, none, workaround');
  });

  test('the same links and reasons with the notices in reverse order', () => {
    const forward = findSimilarLinkedBy(notices, 'blend');
    const backward = findSimilarLinkedBy([...notices].reverse(), 'blend');
    expect([...backward].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual([...forward].sort(([a], [b]) => (a < b ? -1 : 1)));
  });
});

describe('reasons between two reports leave out a word both write only in code', () => {
  const doc = (id: string, title: string, text: string): SimilarityDocument => ({ id, title, summary: '', text, services: [], tags: [], related: [] });
  const reports = (secondProse: string) => [
    doc('ja-1', 'ゲートウェイのボディ切り詰め', 'ゲートウェイが上流の応答ボディを途中で切り詰めた。`io.LimitReader(resp.Body, max)` の上限が小さすぎ、ヘッダだけが届いた。\n```go\nbody, err := io.ReadAll(resp.Body)\nif err != nil {\n  return nil, err\n}\n```\n上限を設定値に移した。'),
    doc('ja-2', 'ゲートウェイの圧縮ボディ', `ゲートウェイが圧縮された応答ボディをそのまま返し、ヘッダと食い違った。\`resp.Header.Del("Content-Encoding")\` の後に解凍していなかった。${secondProse}\n\`\`\`go\nif resp.StatusCode != 200 {\n  return nil, err\n}\n\`\`\`\n解凍を戻した。`),
    doc('ja-3', 'キューの滞留', 'メッセージキューの消費者が停止し、滞留が増えた。消費者を再起動した。'),
    doc('ja-4', 'キューの再配信', 'メッセージキューが同じメッセージを再配信し、消費者が二重に処理した。冪等キーを追加した。'),
    doc('ja-5', '証明書の期限切れ', '内部証明書の期限が切れ、接続が拒否された。証明書を更新した。'),
    doc('ja-6', '証明書の更新漏れ', '証明書の自動更新が止まり、期限切れの直前に気付いた。更新ジョブを直した。'),
  ];
  const reasonOf = (docs: SimilarityDocument[], linkBy: 'blend' | 'cause') => findSimilarLinkedBy(docs, linkBy).get('ja-1')!.find((link) => link.id === 'ja-2')!.reason;

  test.each(['blend', 'cause'] as const)('%s: "resp" of `resp.Body` and `resp.Header` is no reason', (linkBy) => {
    expect(reasonOf(reports(''), linkBy)).toBe('similar wording: ゲートウェイ, ボディ');
  });

  test('a word one report also writes in its prose stays a reason', () => {
    expect(reasonOf(reports('resp の扱いを誤った。'), 'blend')).toContain('resp');
  });
});
