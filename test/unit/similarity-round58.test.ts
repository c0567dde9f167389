import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { identifiersWrittenIn, withIdentifiersWhole, type ReportIdentifiers } from '../../src/lib/reason-identifiers.ts';
import { timeZoneNamePartsOf } from '../../src/lib/reason-time-zones.ts';
import { type SimilarityDocument } from '../../src/lib/similarity.ts';
import { findSimilarByPlainAndModel, findSimilarLinkedBy, plainWeightOf, systemModelOptions } from '../../src/lib/similarity-link-by.ts';

// Round 58 (docs/findability.md, "Similar incidents, round 58"): a name joined by hyphens that a
// Japanese report writes against the next word ("feed-relayの再起動") is read as that name, so a
// reason shows it whole, not its pieces ("relay"); a reason no longer names the words of a time
// zone's name ("pacific" of "12:23 US/Pacific") a report writes nowhere else; the judgement sets
// are rebuilt by scripts/build-similarity-sets.ts from the fetched repositories.

const reportOf = (text: string): ReportIdentifiers => ({ identifiers: identifiersWrittenIn(text), text: () => text });

describe('identifiers written against Japanese text', () => {
  test('a name ends where kana or kanji begin: the same name in both reports', () => {
    expect([...identifiersWrittenIn('feed-relayの再起動後、thumb-workerが停止し、queue_depthアラートが鳴った').keys()]).toEqual(['feed-relay', 'thumb-worker', 'queue_depth']);
    expect([...identifiersWrittenIn('再起動-手順 と 東京-大阪').keys()]).toEqual([]);
  });

  test('Latin identifiers are read as before', () => {
    expect([...identifiersWrittenIn('see srpm_build_deps and plugins.jenkins.io; Tier-1 on 2024-10-08').keys()]).toEqual(['srpm_build_deps', 'plugins.jenkins.io', 'tier-1']);
  });

  test('withIdentifiersWhole: the pieces of a name both Japanese reports write are shown as the name, once', () => {
    const a = reportOf('feed-relayのメモリが枯渇し、thumb-workerへの配信が止まった。');
    const b = reportOf('デプロイ後にfeed-relayが再起動を繰り返した。');
    expect(withIdentifiersWhole('similar wording: メモリ; same words: feed, relay, 配信', a, b)).toBe('similar wording: メモリ; same words: feed-relay, 配信');
  });

  test('a word written on its own against Japanese text stays a word ("relay" of "relayサーバ")', () => {
    const a = reportOf('feed-relayが停止し、relayサーバも止まった。');
    const b = reportOf('feed-relayの再起動。relayサーバの設定を戻した。');
    expect(withIdentifiersWhole('same words: relay, 再起動', a, b)).toBe('same words: relay, 再起動');
  });
});

describe('timeZoneNamePartsOf', () => {
  test('the words of "Area/Location" a report writes nowhere else', () => {
    expect([...timeZoneNamePartsOf('An update by Monday, 2035-02-07 10:30 US/Pacific. Resolved 11:05 US/Pacific.')].sort()).toEqual(['pacific', 'us']);
    expect([...timeZoneNamePartsOf('Times are in America/Los_Angeles and Europe/Berlin.')].sort()).toEqual(['america', 'angeles', 'berlin', 'europe', 'los']);
  });

  test('a word the report also writes on its own stays; a path or an option is no time zone', () => {
    expect([...timeZoneNamePartsOf('A trans-Pacific cable was cut; updates at 14:00 US/Pacific.')]).toEqual(['us']);
    expect([...timeZoneNamePartsOf('Read /etc/hosts and fetch/genre/dispatch; the api/v1/Pacific route.')]).toEqual([]);
    expect([...timeZoneNamePartsOf('No slash at all.')]).toEqual([]);
  });
});

/** Seven invented reports: two Japanese feed-relay failures, a Japanese token failure, two cloud notices timed in US/Pacific, two Pacific cable cuts. */
const notices: SimilarityDocument[] = JSON.parse(readFileSync(resolve('test/fixtures/similarity/round58/notices.json'), 'utf8')).map(
  (notice: { id: string; title: string; text: string }) => ({ ...notice, summary: '', services: [], tags: [], related: [] }),
);
const reasonOf = (links: Map<string, { id: string; reason: string }[]>, from: string, to: string) => links.get(from)!.find((link) => link.id === to)?.reason;
const namesWord = (reason: string, word: string) => new RegExp(`(?:: |, )${word}(?:,|;|$)`, 'i').test(reason);

describe('reasons beside the links of a built set', () => {
  // The plain side at full weight and twenty words a reason: every shared word that may be named is.
  const named = findSimilarByPlainAndModel(notices, systemModelOptions, { plainWeight: plainWeightOf.system, reasonWords: 20 });
  const relayA = 'hoshizora-2035-01-12-feed-relay-oom';
  const relayB = 'hoshizora-2035-03-04-feed-relay-oom';

  test('the two feed-relay reports name "feed-relay" whole, not "relay" or "feed", in the blend and the model\'s own links', () => {
    for (const links of [named, findSimilarLinkedBy(notices, 'blend'), findSimilarLinkedBy(notices, 'cause')]) {
      const reason = reasonOf(links, relayA, relayB)!;
      expect(reason).toMatch(/\bfeed-relay\b/);
      expect(namesWord(reason, 'relay')).toBe(false);
      expect(namesWord(reason, 'feed')).toBe(false);
    }
  });

  test('no reason names "pacific" between reports that write it only in "US/Pacific"', () => {
    for (const [from, list] of named) {
      for (const link of list) {
        const cables = from.includes('pacific-cable') && link.id.includes('pacific-cable');
        if (!cables) expect(namesWord(link.reason, 'pacific'), `${from} -> ${link.id}: ${link.reason}`).toBe(false);
      }
    }
  });

  test('"pacific" is still named between the two cable cuts, which write it on its own', () => {
    expect(namesWord(reasonOf(named, 'driftcloud-2035-06-01-pacific-cable', 'driftcloud-2035-08-23-pacific-cable')!, 'pacific')).toBe(true);
  });

  test('the same links and reasons on a second run, and in another order of the reports', () => {
    const again = findSimilarLinkedBy([...notices].reverse(), 'blend');
    expect([...again].sort()).toEqual([...findSimilarLinkedBy(notices, 'blend')].sort());
  });
});

describe('scripts/build-similarity-sets.ts', () => {
  test('builds a set from a fetched repository: tags from the affected-services row, the row out of the text, judgements from the tags', () => {
    const root = mkdtempSync(join(tmpdir(), 'similar58-'));
    try {
      // An invented repository in the shape of the Japanese set's source: one post-mortem a file.
      const work = join(root, 'work');
      mkdirSync(join(work, 'docs', 'postmortems'), { recursive: true });
      const postmortem = (id: string, title: string, services: string, body: string) =>
        writeFileSync(join(work, 'docs', 'postmortems', `${id}-x.md`), `# ポストモーテム: ${title}\n\n| 項目 | 内容 |\n|---|---|\n| 影響サービス | ${services} |\n\n## サマリー\n\n${body}\n`);
      postmortem('PM-2035-001', 'feed-relay のメモリ枯渇', 'feed-relay（配信）、thumb-worker', 'feed-relayのメモリが枯渇した。');
      postmortem('PM-2035-002', 'feed-relay 再起動ループ', 'feed-relay', 'feed-relayが再起動を繰り返した。');
      postmortem('PM-2035-003', 'feed-relay の設定誤り', 'feed-relay。thumb-worker は影響なし', '設定を戻した。');
      postmortem('PM-2035-004', 'thumb-worker 停止', 'thumb-worker', 'thumb-workerが停止した。');
      const git = (...args: string[]) => execFileSync('git', args, { cwd: work, stdio: 'pipe' });
      git('init', '-q');
      git('add', '.');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', 'x');
      execFileSync('git', ['clone', '-q', '--bare', work, join(root, 'mirrors', 'Kaikei-e+Alt', 'repo')], { stdio: 'pipe' });
      const out = join(root, 'sets');
      const printed = execFileSync(process.execPath, [resolve('scripts/build-similarity-sets.ts'), '--mirrors', join(root, 'mirrors'), '--out', out, '--set', 'alt-ja'], { encoding: 'utf8' });
      expect(printed).toBe('alt-ja: 4 reports, 3 anchors, 1.7 right answers an anchor (--per-tag 10)\n');
      const reports = readFileSync(join(out, 'alt-ja', 'pool', 'reports.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      expect(reports.map((report) => [report.id, report.title, report.tags])).toEqual([
        ['PM-2035-001', 'feed-relay のメモリ枯渇', ['feed-relay', 'thumb-worker']],
        ['PM-2035-002', 'feed-relay 再起動ループ', ['feed-relay']],
        ['PM-2035-003', 'feed-relay の設定誤り', ['feed-relay']],
        ['PM-2035-004', 'thumb-worker 停止', ['thumb-worker']],
      ]);
      expect(reports.some((report) => report.text.includes('影響サービス'))).toBe(false);
      expect(reports[0].text).toContain('feed-relayのメモリが枯渇した。');
      expect(JSON.parse(readFileSync(join(out, 'judgements-alt-ja.json'), 'utf8'))).toEqual({
        'PM-2035-002': ['PM-2035-001', 'PM-2035-003'],
        'PM-2035-003': ['PM-2035-001', 'PM-2035-002'],
        'PM-2035-004': ['PM-2035-001'],
      });
      expect(readFileSync(join(out, 'alt-ja', 'README.txt'), 'utf8')).toMatch(/^from github\.com\/Kaikei-e\/Alt docs\/postmortems\/ at [0-9a-f]{40}$/m);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
