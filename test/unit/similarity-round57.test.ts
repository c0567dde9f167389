import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addressPartsBetween, addressPartsOf, withoutAddressParts, writesOnItsOwn } from '../../src/lib/reason-addresses.ts';
import { identifiersWrittenIn, type ReportIdentifiers } from '../../src/lib/reason-identifiers.ts';
import { katakanaWordsOf, withKatakanaWordsWhole } from '../../src/lib/reason-katakana.ts';
import { type SimilarityDocument } from '../../src/lib/similarity.ts';
import { findSimilarByPlainAndModel, findSimilarLinkedBy, plainWeightOf, systemModelOptions } from '../../src/lib/similarity-link-by.ts';

// Round 57 (docs/findability.md, "Similar incidents, round 57"): a reason beside a similar link no
// longer names an address's scheme or ending ("https", the "io" of a host, the "html" of a page)
// that a report writes only there, and the model's own links (`linkBy: 'cause'`) show an
// identifier both reports write whole, as the blend's have since round 56; a Katakana word the
// segmenter splits ("プロキシ" counted as "プロ", "キシ") is named whole.

const reportOf = (text: string): ReportIdentifiers => ({ identifiers: identifiersWrittenIn(text), text: () => text });
const sorted = (words: Iterable<string>) => [...words].sort();

describe('addressPartsOf', () => {
  test('the scheme, "www" and a host\'s or a page\'s ending, when the report writes them nowhere else', () => {
    const report = reportOf('See https://www.lanternhub.io/status.html and ftp://mirror.lanternhub.de for the files.');
    expect(sorted(addressPartsOf(report))).toEqual(['de', 'ftp', 'html', 'https', 'io', 'www']);
  });

  test('a word the report also writes on its own is a word of its story', () => {
    const report = reportOf('HTTPS traffic failed; the status page https://status.lanternhub.io was updated. The HTML was stale.');
    expect(sorted(addressPartsOf(report))).toEqual(['io']);
  });

  test('the last part of an option or a field is not an ending ("publish", "name"); two letters or a listed ending are', () => {
    const report = reportOf('The pubsub.topics.publish permission and the job.name field; see notes.txt and setup.py.');
    expect(sorted(addressPartsOf(report))).toEqual(['py']);
  });

  test('writesOnItsOwn: not after a joint, not before "://" or a joint', () => {
    expect(writesOnItsOwn('open https://x.io', 'https')).toBe(false);
    expect(writesOnItsOwn('see ci.lanternhub.io/job', 'io')).toBe(false);
    expect(writesOnItsOwn('the iOS app and x.io', 'io')).toBe(false);
    expect(writesOnItsOwn('HTTPS handshakes failed', 'https')).toBe(true);
  });
});

describe('withoutAddressParts', () => {
  const wiki = reportOf('The wiki at https://wiki.lanternhub.io ran out of memory; see https://tracker.lanternhub.io/4411.html.');
  const other = reportOf('Pages of https://wiki.lanternhub.io/start.html failed to load; the wiki ran out of memory.');
  const parts = addressPartsBetween(wiki, addressPartsOf(wiki), other, addressPartsOf(other));

  test('the address parts go from the word lists, a list left empty goes, other parts stay', () => {
    expect(withoutAddressParts('similar wording: https, memory; same words: html', parts)).toBe('similar wording: memory');
    expect(withoutAddressParts('both: out of memory; same words: https', parts)).toBe('both: out of memory');
  });

  test('a part of an address both reports write stays, to be shown whole ("io" of wiki.lanternhub.io)', () => {
    expect(parts.has('io')).toBe(false);
    expect(parts.has('HTTPS')).toBe(true);
    expect(parts.has('html')).toBe(true);
  });
});

describe('Katakana words whole', () => {
  test('katakanaWordsOf: the runs as written, half-width folded, each once', () => {
    expect(katakanaWordsOf('画像プロキシが ﾃﾞｰﾀ を返せず、プロキシを再起動した')).toEqual(['プロキシ', 'データ']);
    expect(katakanaWordsOf('no Japanese here')).toEqual([]);
  });

  test('the pieces of a Katakana word both reports write are shown as that word, once', () => {
    const a = () => ['プロキシ', 'サムネイル'];
    const b = () => ['サムネイル', 'プロキシ', 'タイムアウト'];
    expect(withKatakanaWordsWhole('similar wording: 画像, プロ, キシ, サムネイル', a, b)).toBe('similar wording: 画像, プロキシ, サムネイル');
  });

  test('pieces cut from one word are shown as the word holding most of them, the shorter first', () => {
    const words = () => ['テスト', 'ストリーミングレスポンス', 'ストリーミング'];
    expect(withKatakanaWordsWhole('similar wording: スト, リー, ミン, response', words, words)).toBe('similar wording: ストリーミング, response');
  });

  test('a piece both reports also write whole stays; nothing changes when only one writes the longer word', () => {
    expect(withKatakanaWordsWhole('same words: リーク', () => ['リーク', 'リークチェック'], () => ['リーク', 'リークチェック'])).toBe('same words: リーク');
    expect(withKatakanaWordsWhole('similar wording: キシ', () => ['プロキシ'], () => ['キシ'])).toBe('similar wording: キシ');
  });

  test('a reason without Katakana is not read against the reports', () => {
    const unread = () => {
      throw new Error('read');
    };
    expect(withKatakanaWordsWhole('similar wording: proxy, timeout', unread, unread)).toBe('similar wording: proxy, timeout');
  });
});

/** Eight invented notices: two wiki outages that link pages, two HTTPS failures, two ingest backlogs from one option, two Japanese image-proxy failures. */
const notices: SimilarityDocument[] = JSON.parse(readFileSync(resolve('test/fixtures/similarity/round57/notices.json'), 'utf8')).map(
  (notice: { id: string; title: string; text: string }) => ({ ...notice, summary: '', services: [], tags: [], related: [] }),
);
const reasonOf = (links: Map<string, { id: string; reason: string }[]>, from: string, to: string) => links.get(from)!.find((link) => link.id === to)?.reason;
const namesWord = (reason: string, word: string) => new RegExp(`(?:: |, )${word}(?:,|;|$)`).test(reason);

describe('reasons beside the links of a built set', () => {
  // The plain side at full weight and twenty words a reason: every shared word that may be named is.
  const named = findSimilarByPlainAndModel(notices, systemModelOptions, { plainWeight: plainWeightOf.system, reasonWords: 20 });

  test('no reason names "https", "html" or "io" where a report writes them only in an address; the wiki host is named whole', () => {
    for (const [from, list] of named) {
      for (const link of list) {
        const https = from.includes('https') && link.id.includes('https');
        for (const word of https ? ['html', 'io'] : ['https', 'html', 'io']) expect(namesWord(link.reason, word), `${from} -> ${link.id}: ${link.reason}`).toBe(false);
      }
    }
    expect(reasonOf(named, 'lanternhub-2034-01-09-wiki-restart', 'lanternhub-2034-03-15-wiki-memory')).toMatch(/\bwiki\.lanternhub\.io\b/);
  });

  test('"https" is still named between the two notices that write it on their own', () => {
    expect(namesWord(reasonOf(named, 'lanternhub-2034-02-02-https-handshake', 'lanternhub-2034-05-20-https-cert')!, 'https')).toBe(true);
  });

  test('a candidate whose only shared word was an address part is no link', () => {
    expect(reasonOf(named, 'lanternhub-2034-02-02-https-handshake', 'lanternhub-2034-01-09-wiki-restart')).toBeUndefined();
    expect(reasonOf(findSimilarLinkedBy(notices, 'blend'), 'lanternhub-2034-02-02-https-handshake', 'lanternhub-2034-01-09-wiki-restart')).toBeUndefined();
  });

  test('the two Japanese image-proxy notices name "プロキシ", not its pieces, in the blend and in the model\'s own links', () => {
    for (const links of [named, findSimilarLinkedBy(notices, 'blend'), findSimilarLinkedBy(notices, 'cause')]) {
      const reason = reasonOf(links, 'kiriboshi-2034-02-10-image-proxy', 'kiriboshi-2034-07-22-image-proxy')!;
      expect(reason).toMatch(/プロキシ/);
      expect(namesWord(reason, 'キシ')).toBe(false);
      expect(namesWord(reason, 'プロ')).toBe(false);
    }
  });

  test('linkBy cause: the option both ingest notices write is named whole, its parts not alone; the links are the model\'s', () => {
    const links = findSimilarLinkedBy(notices, 'cause');
    for (const [from, to] of [['04-11', '06-02'], ['06-02', '04-11']]) {
      const reason = reasonOf(links, `lanternhub-2034-${from}-queue-flush`, `lanternhub-2034-${to}-queue-flush`)!;
      expect(reason).toMatch(/\bqueue_flush_interval\b/);
      expect(namesWord(reason, 'interval')).toBe(false);
    }
    expect(links.get('lanternhub-2034-01-09-wiki-restart')!.map((link) => link.id)).toEqual(['lanternhub-2034-03-15-wiki-memory']);
  });
});
