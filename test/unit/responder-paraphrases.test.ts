import { describe, expect, test } from 'vitest';
import { builtInAliasGroups, builtInWordFamilies, findAliases } from '../../src/lib/search-aliases.ts';
import { builtInConcepts } from '../../src/lib/search-concepts.ts';
import { paraphraseAliasGroups, paraphraseConcepts, paraphraseWordFamilies } from '../../src/lib/responder-paraphrases.ts';
import { toSearchDocument } from '../../src/lib/search-document.ts';
import type { Postmortem } from '../../src/lib/postmortem-schema.ts';

// Invented sentences in the manner of other teams' reports (round 33 of docs/findability.md): each
// test names the words a responder types that the report's own wording lacks.
const aliasesOf = (text: string) => findAliases(text, [], { about: text });
// Only this module's concepts: what a report carries because of them, not because of the others.
const conceptWords = (text: string) => {
  const without = new Set(findAliases(text, [], { about: text, concepts: builtInConcepts.filter((concept) => !paraphraseConcepts.includes(concept)) }));
  return aliasesOf(text).filter((word) => !without.has(word));
};

describe('responder paraphrases: wired into the search vocabulary', () => {
  test('the alias groups, word families and concepts are read by the search document', () => {
    for (const group of paraphraseAliasGroups) expect(builtInAliasGroups).toContain(group);
    for (const family of paraphraseWordFamilies) expect(builtInWordFamilies).toContain(family);
    for (const concept of paraphraseConcepts) expect(builtInConcepts).toContain(concept);
  });

  test('a report stating a non-deterministic state carries "disagree" and "golang" in its hidden sentence', () => {
    const data = {
      title: 'Ledger halt after the v5 upgrade',
      summary: 'The ledger halted because of non-determinism between nodes built with different Go versions.',
      signals: [], services: ['ledger'], tags: [], trigger: 'deployment', severity: 'SEV-2', nearMiss: false,
      teams: [], contributors: [], mitigators: [], risks: [], actionItems: [], timeline: [],
      impact: { description: 'No blocks for four hours.' },
      times: { started: '2024-03-02T10:00:00Z' },
    } as unknown as Postmortem;
    const names = { service: (id: string) => id, team: (id: string) => id, trigger: (id: string) => id };
    const { html } = toSearchDocument('ledger-halt', data, undefined, names);
    const hidden = html.match(/<p data-pagefind-weight="2">([^<]*)<\/p>/)?.[1] ?? '';
    expect(hidden).toContain('disagree');
    expect(hidden).toContain('golang');
  });
});

describe('responder paraphrases: one way, from the report\'s lead to a responder\'s words', () => {
  test('"golang" for the Go language named by its version, toolchain or goroutines; never for the verb "go"', () => {
    expect(conceptWords('Validators running Go version 1.18 computed another state than those on 1.19.')).toContain('golang');
    expect(conceptWords('A leak of goroutines in the ingest worker.')).toContain('golang');
    expect(conceptWords('We decided to go ahead with the rollout and go home.')).not.toContain('golang');
  });

  test('"disagree" and "diverged" for non-determinism and a hash mismatch between replicas', () => {
    expect(conceptWords('The halt was caused by non-determinism in the staking module.')).toEqual(expect.arrayContaining(['disagree', 'diverged']));
    expect(conceptWords('Nodes reported an AppHash mismatch at height 812.')).toContain('disagree');
    expect(conceptWords('The nodes agreed on every block.')).not.toContain('disagree');
  });

  test('"missing" for something expected that was not present, not included or not found', () => {
    expect(conceptWords('The upgrade plan file was expected but not present on most validators.')).toContain('missing');
    expect(conceptWords('The plugin migrations were not included in the wheel.')).toContain('missing');
    expect(conceptWords('OperationalError: no such table: accounts_profile')).toContain('missing');
    expect(conceptWords('Every migration was present and applied.')).not.toContain('missing');
  });

  test('"security scanner" and "outdated" for a dependency scanner\'s findings', () => {
    expect(conceptWords('A scan with Snyk listed high severity issues in three repositories.')).toEqual(expect.arrayContaining(['security scanner', 'vulnerable dependency', 'outdated']));
    expect(conceptWords('Dependabot opened 40 pull requests overnight.')).toContain('security scanner');
    expect(conceptWords('A penetration test found an open redirect.')).not.toContain('security scanner');
  });

  test('"upgrade" for a binary, firmware or tool update', () => {
    expect(conceptWords('After the binary update the node would not start.')).toEqual(expect.arrayContaining(['upgrade', 'upgraded']));
    expect(conceptWords('A firmware update of the core switches dropped the uplinks.')).toContain('upgrade');
    // A status update is no new version.
    expect(conceptWords('We posted a status update every 30 minutes.')).not.toContain('upgrade');
  });

  test('"spike" for elevated latency or error rates', () => {
    expect(conceptWords('Elevated latency on the search API for 40 minutes.')).toEqual(expect.arrayContaining(['spike', 'spiked']));
    expect(conceptWords('Increased error rates when creating invoices.')).toContain('spike');
    expect(conceptWords('Latency stayed within the objective throughout.')).not.toContain('spike');
  });
});

describe('responder paraphrases: spellings joined both ways', () => {
  test('"vuln" and "vulnerability"', () => {
    expect(aliasesOf('A vuln in the image parser.')).toContain('vulnerability');
    expect(aliasesOf('A vulnerability in the image parser.')).toContain('vuln');
  });

  test('signing up and creating an account', () => {
    expect(aliasesOf('Users could not log in despite just creating an account.')).toEqual(expect.arrayContaining(['signing up', 'sign up', 'signup']));
    expect(aliasesOf('Signups failed with a 500.')).toEqual(expect.arrayContaining(['creating an account', 'account creation']));
  });

  test('abbreviations of engineering chat and their expansions', () => {
    expect(aliasesOf('The deploy repo was archived.')).toContain('repository');
    expect(aliasesOf('Bumped the deps of the worker.')).toContain('dependencies');
    expect(aliasesOf('The pkg cache was stale.')).toContain('package');
    expect(aliasesOf('The docs site served a 404.')).toContain('documentation');
    expect(aliasesOf('The infra team paged the database owners.')).toContain('infrastructure');
    expect(aliasesOf('A perf regression in the renderer.')).toContain('performance');
  });

  test('"disk full" for storage exhausted', () => {
    expect(aliasesOf('Disk space exhausted on the primary.')).toContain('disk full');
    expect(aliasesOf('The primary ran out of storage.')).toContain('disk full');
  });
});

describe('responder paraphrases: irregular verbs', () => {
  test('forgot / forget, rose / rise, paid / pay, spent / spend', () => {
    expect(aliasesOf('We forgot to renew the domain.')).toEqual(expect.arrayContaining(['forget', 'forgotten']));
    expect(aliasesOf('Latency rose to 4 seconds.')).toEqual(expect.arrayContaining(['rise', 'risen']));
    expect(aliasesOf('Affected users got paid the next day.')).toContain('pay');
    expect(aliasesOf('The job spent its whole budget.')).toContain('spend');
  });
});
