import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { describeProbeRound, foundInProbe, probeOptions, publicTextAfterRedact, scanProbe, uncoveredOccurrences } from '../support/redaction-probe-harness.ts';
import { foundBeforeSystem17, stillPublishedSystem17, systemProbesRound17, systemVocabularyOptions, vocabularyFoundBeforeSystem17, vocabularyProbesSystem17 } from '../support/redaction-probes-system17.ts';
import { redactionFindingText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

/**
 * The system-name probe round 17 (docs/redaction.md, "System names, probe round 17"): internal
 * systems named as postmortems name them (code names, repositories and packages, channels,
 * trackers, paging, feature flags, Kubernetes, data stores, dashboards and runbooks, networks,
 * environment variables, host names) and names the vocabulary lists written another way. Every
 * probe and negative is text of our own writing, modelled on the shapes of /work/corpora.
 */
describeProbeRound({ probes: systemProbesRound17, foundBefore: foundBeforeSystem17, stillPublished: stillPublishedSystem17, atLeast: { probes: 48, gotThroughBefore: 31 } });

const placed = (text: string, options: RedactionOptions) => scanProbe(text, options).map((f) => ({ line: f.line, column: f.column, text: redactionFindingText(f) }));

describe('names the vocabulary lists, written another way', () => {
  test('the table holds at least 8 probes, 3 of which got through before', () => {
    expect(vocabularyProbesSystem17.length).toBeGreaterThanOrEqual(8);
    expect(vocabularyProbesSystem17.length - vocabularyFoundBeforeSystem17.size).toBeGreaterThanOrEqual(3);
    for (const kind of vocabularyFoundBeforeSystem17) expect(vocabularyProbesSystem17.some((p) => p.kind === kind), kind).toBe(true);
  });
  test.each(vocabularyProbesSystem17.map((p) => [p.kind, p] as const))('%s: every occurrence inside a finding', (_, p) => {
    expect(uncoveredOccurrences(p.text, p.leak, placed(p.text, systemVocabularyOptions))).toEqual([]);
  });
  test('the whole identifier is the finding, with the rule of the listed name', () => {
    const found = (text: string) => foundInProbe(text, systemVocabularyOptions);
    expect(found('We raised `LEDGER_WRITER_DB_POOL` to 40.')).toEqual(['redact/service-id:LEDGER_WRITER_DB_POOL']);
    expect(found('The falconridge2 workers stalled.')).toEqual(['redact/internal-name:falconridge2']);
  });
  test("joined by a hyphen, only a version, an environment or a part of the same system: another name is another system's", () => {
    const options: RedactionOptions = { ...probeOptions, serviceIds: ['checkout-api', 'orders-db'] };
    const ids = (text: string) => foundInProbe(text, options).filter((f) => f.startsWith('redact/service-id'));
    expect(ids('The checkout-api-v2 and prod-orders-db pods restarted.')).toEqual(['redact/service-id:checkout-api-v2', 'redact/service-id:prod-orders-db']);
    expect(ids('The checkout-api-gateway and my-orders-db are other names.')).toEqual([]);
    expect(ids('Set checkout_api.enabled to false.')).toEqual(['redact/service-id:checkout_api']);
  });
  test('not inside a longer word, nor an English word or a short id inside an identifier', () => {
    const options: RedactionOptions = { ...probeOptions, serviceIds: ['pg2', 'ledger-writer'], internalNames: ['search', 'Falconridge'], configuredInternalNames: ['Falconridge'] };
    const found = (text: string) => foundInProbe(text, options).filter((f) => /internal-name|service-id/.test(f));
    expect(found('The ledgerwriters guild met. Falconridges are birds. The pg23 replica and `search_index_v2` lagged.')).toEqual([]);
  });
});

describe('not findings: public reports name their own systems so (shapes of /work/corpora)', () => {
  const systems = (text: string) => foundInProbe(text).filter((f) => f.startsWith('redact/internal-name') || f.startsWith('redact/internal-link'));
  test.each([
    ['a table of English words', 'The new `availability_rows` table filled up all remaining disk space.'],
    ['an example table in a log', "[INFO] Skipping table 'table1' and continuing with migration"],
    ['a namespace named after the tool it runs', 'The pods in the `homeassistant` namespace and namespace `synology-csi` restarted.'],
    ["a public tool's flag", "Lighthouse's `disable-attesting` flag was set. Explore the auto-gomaxprocs feature flag options."],
    ['a public repository', 'The `jupyterlab-demo` repo updated itself. The `mezod` repository is open source.'],
    // Since the nineteenth probe round a one-word name before "service" is found unless the post
    // shows it as public (a link, a command, a vendor's word): "The Tarsnap service stopped." alone is an error to allow.
    ["a vendor's service", 'The JFrog Artifactory service at repo.example.org was slow. The Tarsnap service stopped (see https://www.tarsnap.com/).'],
    ['a public mailing list', 'A notice went to the `pypi-announce` mailing list and the curl-library mailing list.'],
    ["a tool's default bucket", 'Create a dedicated MinIO bucket `velero-backups` for the backups.'],
    ['a runbook named by its file', 'The `dqlite-write-contention` runbook covers general write contention.'],
    ['a quoted single word before "service"', 'A migration of the "mirrorbits" service finished.'],
    ['a public programme', 'Project Jupyter and Project Zero published advisories.'],
    ['a cluster of a published report', 'The `live-1` cluster and the `mysql1` cluster recovered.'],
  ])('%s', (_, text) => {
    expect(systems(text)).toEqual([]);
  });
});

describe('through the commands', () => {
  test('npm run redact leaves no probe leak on the page', () => {
    const source = [
      'Project Falconridge moved the ledger writes.',
      '',
      'We turned off the feature flag `ledger_v2_writes_enabled` and set `FALCONRIDGE_WRITE_TIMEOUT`.',
      '',
      'Pods in the `ledger-prod` namespace were evicted; the "Ledger Writer – Overview" dashboard showed it.',
    ].join('\n');
    const page = publicTextAfterRedact(source);
    for (const leak of ['Falconridge', 'FALCONRIDGE', 'ledger_v2_writes_enabled', 'ledger-prod', 'Ledger Writer – Overview']) expect(page, leak).not.toContain(leak);
  });

  test('a code name the body gives is found in the public title', () => {
    const id = '2025-03-01-write-failures';
    const source = publicProbePost({ body: 'Project Falconridge rejected the batch.\n' }).replace('title: Checkout errors', 'title: Falconridge write failures');
    const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
    const file = `content/postmortems/${id}.mdx`;
    const result = validatePostmortemSource(file, id, source, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
    const { findings } = scanPostmortemForPublication(file, source, result.data!, probeOptions);
    const titleLine = source.split('\n').findIndex((line) => line.includes('Falconridge write failures')) + 1;
    expect(findings.filter((f) => /Falconridge/.test(redactionFindingText(f))).map((f) => `${f.line}:${f.field ?? 'body'}`)).toEqual([`${titleLine}:public.title`, `${source.split('\n').length - 1}:body`]);
  });
});
