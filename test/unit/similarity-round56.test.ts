import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { identifiersWrittenIn, withIdentifiersWhole, type ReportIdentifiers } from '../../src/lib/reason-identifiers.ts';
import { isGermanAlsoEnglish, isNoReasonWord, sharesGermanFunctionWords } from '../../src/lib/reason-words.ts';
import { type SimilarityDocument } from '../../src/lib/similarity.ts';
import { findSimilarByPlainAndModel, findSimilarLinkedBy, plainWeightOf, systemModelOptions } from '../../src/lib/similarity-link-by.ts';

// Round 56 (docs/findability.md, "Similar incidents, round 56"): a reason beside a similar link shows
// an identifier both reports write whole ("srpm_build_deps", not "deps, srpm"), and German "war"
// (was) is no reason between two German reports, while "war room" still is between English ones.

const reportOf = (text: string): ReportIdentifiers => ({ identifiers: identifiersWrittenIn(text), text: () => text });

describe('identifiersWrittenIn', () => {
  test('names joined by "_", "-" or "." are found, each once, as first written', () => {
    const found = identifiersWrittenIn('Set srpm_build_deps on Tier-1 nodes; see plugins.jenkins.io. Then SRPM_BUILD_DEPS again.');
    expect([...found.keys()]).toEqual(['srpm_build_deps', 'tier-1', 'plugins.jenkins.io']);
    expect(found.get('srpm_build_deps')).toEqual({ written: 'srpm_build_deps', parts: ['srpm', 'build', 'deps'] });
    expect(found.get('tier-1')!.written).toBe('Tier-1');
  });

  test('dates, addresses and versions without a letter are not identifiers', () => {
    expect([...identifiersWrittenIn('On 2024-10-08 the host 10.0.0.1 ran 2.4.1 at 10:00.').keys()]).toEqual([]);
  });
});

describe('withIdentifiersWhole', () => {
  const option = reportOf('Builds using the srpm_build_deps config key fail.');
  const sameOption = reportOf('Failing builds for packages that set srpm_build_deps (a config key).');

  test('the parts of an identifier both reports write are shown as that identifier, once', () => {
    expect(withIdentifiersWhole('similar wording: key, deps, dependency, srpm', option, sameOption)).toBe('similar wording: key, srpm_build_deps, dependency');
    expect(withIdentifiersWhole('similar wording: deps; same words: srpm, copr', option, sameOption)).toBe('similar wording: srpm_build_deps; same words: copr');
  });

  test('a word both reports also use on its own stays a word ("builds" beside "srpm_build_deps")', () => {
    expect(withIdentifiersWhole('same words: build, key', option, sameOption)).toBe('same words: build, key');
  });

  test('nothing changes when only one report writes the identifier, nor outside the word lists', () => {
    const other = reportOf('The build deps were missing from the srpm.');
    expect(withIdentifiersWhole('similar wording: deps, srpm', option, other)).toBe('similar wording: deps, srpm');
    expect(withIdentifiersWhole('same service srpm-builder; similar wording: key', option, sameOption)).toBe('same service srpm-builder; similar wording: key');
  });

  test('a host the model counts joined is its whole name too', () => {
    const a = reportOf('Start of status.lernhof.de');
    const b = reportOf('Notices move to status.lernhof.de soon');
    expect(withIdentifiersWhole('similar wording: statuslernhof, lernhof', a, b)).toBe('similar wording: status.lernhof.de');
  });
});

describe('German function words that are English words too', () => {
  test('"war", "die", "hat" and "man" are named unless both reports are German', () => {
    for (const word of ['war', 'die', 'hat', 'man']) {
      expect(isNoReasonWord(word), word).toBe(false);
      expect(isGermanAlsoEnglish(word), word).toBe(true);
    }
    expect(isGermanAlsoEnglish('room')).toBe(false);
    expect(sharesGermanFunctionWords(['war', 'und', 'dienst'])).toBe(true);
    expect(sharesGermanFunctionWords(['war', 'room', 'opened'])).toBe(false);
    for (const word of ['aber', 'einem', 'soll']) expect(isNoReasonWord(word), word).toBe(true);
  });
});

/** Eight invented notices: two builds failing on one option, two mirror-sync failures, two English notices that opened a war room, two unrelated German ones. */
const notices: SimilarityDocument[] = JSON.parse(readFileSync(resolve('test/fixtures/similarity/round56/notices.json'), 'utf8')).map(
  (notice: { id: string; title: string; text: string }) => ({ ...notice, summary: '', services: [], tags: [], related: [] }),
);
const reasonOf = (links: Map<string, { id: string; reason: string }[]>, from: string, to: string) => links.get(from)!.find((link) => link.id === to)?.reason;

describe('reasons beside the links of a built set', () => {
  // The plain side at full weight and twenty words a reason: every shared word that may be named is.
  const named = findSimilarByPlainAndModel(notices, systemModelOptions, { plainWeight: plainWeightOf.system, reasonWords: 20 });

  test('the two failing builds name the option whole, not "flags" ("gem", said on its own by both titles, stays)', () => {
    const reason = reasonOf(named, 'forgeworks-2033-01-12-gem-builds', 'forgeworks-2033-03-02-gem-builds')!;
    expect(reason).toMatch(/\bgem_build_flags\b/);
    expect(reason).toMatch(/(?:: |, )gem(?:,|;|$)/);
    expect(reason).not.toMatch(/(?:: |, )flags(?:,|;|$)/);
    const sync = reasonOf(named, 'forgeworks-2033-02-07-mirror-sync', 'forgeworks-2033-05-19-mirror-sync')!;
    expect(sync).toMatch(/\bmirror-sync\b/);
    expect(sync).not.toMatch(/(?:: |, )sync(?:,|;|$)/);
  });

  test('"war" is named between the English notices that opened a war room, never between the German ones', () => {
    expect(reasonOf(named, 'forgeworks-2033-04-04-war-room-dns', 'forgeworks-2033-06-23-war-room-tls')).toMatch(/\bwar\b/);
    for (const [from, list] of named) {
      if (!from.startsWith('lernhof-')) continue;
      for (const link of list) if (link.id.startsWith('lernhof-')) expect(link.reason).not.toMatch(/\bwar\b/);
    }
  });

  test('the default blend links each build and sync notice to its twin first, the job named whole', () => {
    const links = findSimilarLinkedBy(notices, 'blend');
    for (const [from, to] of [['01-12-gem-builds', '03-02-gem-builds'], ['02-07-mirror-sync', '05-19-mirror-sync']]) {
      expect(links.get(`forgeworks-2033-${from}`)![0].id).toBe(`forgeworks-2033-${to}`);
    }
    expect(reasonOf(links, 'forgeworks-2033-02-07-mirror-sync', 'forgeworks-2033-05-19-mirror-sync')).toMatch(/\bmirror-sync\b/);
  });
});
