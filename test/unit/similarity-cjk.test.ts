import { describe, expect, test } from 'vitest';
import { findSimilarPostmortems, type SimilarityDocument } from '../../src/lib/similarity.ts';
import { analyze, tokenize, TokenTable } from '../../src/lib/text-analysis.ts';

// Invented notices modelled on round 32's Chinese homelab postmortems and round 31's Japanese
// status notices (docs/findability.md): pairs about the same failure share no Latin word.
const doc = (id: string, title: string, text: string): SimilarityDocument => ({ id, title, summary: '', text, services: [], tags: [], related: [] });

const corpus = [
  doc('zh-cert-1', '网关证书过期', '网关的证书已经过期，自动续期任务失败，浏览器报错。'),
  doc('zh-cert-2', '登录服务证书过期', '单点登录的签名证书过期，续期一直是手动的。'),
  doc('zh-disk-1', '数据库磁盘写满', '数据库服务器的磁盘空间不足，写入全部失败。'),
  doc('zh-disk-2', '日志节点磁盘空间耗尽', '日志节点的磁盘空间耗尽，服务停止写入。'),
  doc('ja-card-1', '決済サービスでカードを登録できない', 'ウォレットへのカードの追加を完了できませんでした。'),
  doc('ja-card-2', 'カードの追加に失敗', 'ウォレットでカードを追加できない状態です。'),
  doc('ja-mail-1', 'メールが届かない', 'メールの配信が遅延しています。'),
  doc('ja-mail-2', 'メール配信の遅延', '一部のメールの配信が遅れています。'),
  doc('en-dns', 'DNS cutover with a long TTL', 'resolvers cached the old record for 24 hours'),
];

describe('similar incidents read Chinese and Japanese words', () => {
  const links = findSimilarPostmortems(corpus);

  test('a notice links first to the one about the same failure, by its words alone', () => {
    expect(links.get('zh-cert-1')?.[0]?.id).toBe('zh-cert-2');
    expect(links.get('zh-disk-1')?.[0]?.id).toBe('zh-disk-2');
    expect(links.get('ja-card-1')?.[0]?.id).toBe('ja-card-2');
    expect(links.get('ja-mail-1')?.[0]?.id).toBe('ja-mail-2');
  });

  test('a run of Chinese or Japanese is split into its words, as the search index splits it', () => {
    expect(tokenize('数据库磁盘写满')).toEqual(expect.arrayContaining(['数据', '磁盘']));
    expect(tokenize('ウォレットへのカードの追加')).toEqual(expect.arrayContaining(['ウォレット', 'カード', '追加']));
    // Latin words beside them are read as before.
    expect(tokenize('K3s API 中断')).toEqual(expect.arrayContaining(['k3s', 'api', '中断']));
  });

  test('particles, punctuation and the words every report uses are not terms', () => {
    const terms = analyze('ウォレットへのカードの追加を完了できませんでした。影响：数据库磁盘写满。').map((term) => term.stem);
    expect(terms).toEqual(expect.arrayContaining(['ウォレット', 'カード', '追加', '数据', '磁盘']));
    for (const word of ['へ', 'の', 'を', 'でき', '。', '影响', '：']) expect(terms).not.toContain(word);
  });

  test('the token table used for large corpora reads the same tokens', () => {
    const table = new TokenTable();
    const text = '数据库磁盘写满 disk full 数据库';
    const ids = [...table.tokenIds(text)].map((id) => (id < 0 ? -id - 1 : id));
    expect(ids.map((id) => table.tokens[id])).toEqual(tokenize(text));
  });
});
