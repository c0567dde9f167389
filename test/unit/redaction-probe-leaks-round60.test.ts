import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findActedServiceCompounds } from '../../src/lib/publication/acted-service-compounds.ts';
import { findNameDerivedHandles, isHandleOfName } from '../../src/lib/publication/name-derived-handles.ts';
import { findPagingTimelineHandles } from '../../src/lib/publication/paging-timeline-handles.ts';
import { findPronounedNames } from '../../src/lib/publication/attribution-people.ts';
import { findOtherLanguagePersonCues } from '../../src/lib/publication/other-language-person-cues.ts';
import { carriedHostFindings, type ScannedPost } from '../../src/lib/publication/carried-hosts.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { foundBeforeRound60, leakProbesRound60, notLeaksRound60, stillPublishedRound60 } from '../support/redaction-probes-round60.ts';

/**
 * The probe round 60 (docs/redaction.md, "Probe round 60"): what session 59 left of a Japanese
 * collection's services scanned post by post (a sidecar named per service, a service's page in a
 * services folder), the carried hosts judged with the organisation's scopes, and shapes of chat
 * exports, pager timelines, Kubernetes events, Terraform plans, Grafana annotations, Sentry traces,
 * CI logs, SQL, YAML and German, Spanish, Portuguese and Korean prose. Text of our own writing.
 */
describeProbeRound({ probes: leakProbesRound60, foundBefore: foundBeforeRound60, stillPublished: stillPublishedRound60, atLeast: { probes: 77, gotThroughBefore: 15 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound60.filter((p) => !stillPublishedRound60.has(p.kind) && !foundBeforeRound60.has(p.kind)),
);

describeNotLeaks('not findings: public agents and pages, tools, roles and teams where the new rules look, public tools in Spanish and Korean', notLeaksRound60);
describeLeaksGoneAfterRedact(leakProbesRound60, stillPublishedRound60);

describe('a sidecar named per service it serves, a service page in a services folder (acted-service-compounds.ts, round 60)', () => {
  const names = (text: string) => findActedServiceCompounds(text.split('\n'), () => false).map((m) => `${m.line}:${m.text}`);
  test.each([
    ['the prefix and the per-service name, an acronym first', 'We restarted tarn-fetcher.\n`pki-agent-tarn-fetcher` sidecar\npki-agent の防御', ['0:tarn-fetcher', '1:pki-agent-tarn-fetcher', '2:pki-agent']],
    ["a service's page", '`docs/services/tarn-gateway.md` に掲載', ['0:tarn-gateway']],
    ["a service's settings file", 'see services/tarn-gateway.yaml', ['0:tarn-gateway']],
  ])('found: %s', (_, text, found) => {
    expect(names(text)).toEqual(found);
  });
  test.each([
    ['a prefix of an unsigned name', '`pki-agent-tarn-fetcher` と\npki-agent の防御'],
    ["a public daemon's name before a signed service's name (no vowel first)", 'We restarted tarn-fetcher.\nssh-agent-tarn-fetcher, nfs-server-tarn-fetcher'],
    ["a prefix that says no role", 'We restarted tarn-fetcher.\nblue-green-tarn-fetcher'],
    ["a page in a services folder whose name says no role", 'docs/services/billing-overview.md'],
    ['a page of a folder of words', 'docs/runbooks/tarn-gateway.md'],
  ])('not found: %s', (_, text) => {
    expect(names(text).filter((n) => !n.endsWith(':tarn-fetcher'))).toEqual([]);
  });
});

describe('a handle made of the full name before it (name-derived-handles.ts)', () => {
  test.each([
    ['cthrelkeld', 'Caspian Threlkeld', true],
    ['ysolde.m', 'Ysolde Marchetti', true],
    ['marchetti_y', 'Ysolde Marchetti', true],
    ['ysolde-marchetti2', 'Ysolde Marchetti', true],
    ['threlkeld', 'Caspian Threlkeld', true],
    ['platform', 'Caspian Threlkeld', false],
    ['ct', 'Caspian Threlkeld', false],
    ['cthrelkeld', 'Caspian', false],
  ])('%s of %s: %s', (handle, name, expected) => {
    expect(isHandleOfName(handle, name)).toBe(expected);
  });
  test('found with its name; a team or a role in brackets is not', () => {
    expect(findNameDerivedHandles('Triggered by: Caspian Threlkeld (cthrelkeld)').map((m) => m.text)).toEqual(['Caspian Threlkeld', 'cthrelkeld']);
    expect(findNameDerivedHandles('Caspian Threlkeld (platform) and Site Reliability (reliability)')).toEqual([]);
  });
});

describe("a pager's timeline and a deploy's annotation (paging-timeline-handles.ts)", () => {
  const handles = (line: string) => findPagingTimelineHandles(line).map((m) => `${m.index}:${m.text}`);
  test.each([
    ['a reassignment', '- 10:12 Reassigned from dfeldkamp to cthrelkeld', ['24:dfeldkamp', '37:cthrelkeld']],
    ["an Opsgenie mail's subject", '[Opsgenie] cthrelkeld acknowledged alert: "lag"', ['11:cthrelkeld']],
    ['a time before the handle', '10:03 UTC cthrelkeld resolved the incident', ['10:cthrelkeld']],
    ["a deploy's annotation", 'Deploy ferrow-relay v3.2.0 by dfeldkamp', ['30:dfeldkamp']],
    ["a rollback's annotation in quotes", '"Rolled back ledger to v3.1.9 by @dfeldkamp"', ['34:dfeldkamp']],
  ])('found: %s', (_, line, found) => {
    expect(handles(line)).toEqual(found);
  });
  test.each([
    ['roles', 'Reassigned from primary to secondary'],
    ['a tool or by hand', 'Deploy ledger v3.2.0 by jenkins'],
    ['a phrase', 'Rollback v3.1.9 by hand'],
    ['a deploy annotation not ending with its author', 'Deploy by dfeldkamp was slow to roll out'],
    ['the system', '[Opsgenie] system acknowledged alert'],
  ])('not found: %s', (_, line) => {
    expect(handles(line)).toEqual([]);
  });
});

describe('a name before pronouns in a pasted chat (attribution-people.ts)', () => {
  test('read in code as in prose; a role is none', () => {
    expect(findPronounedNames('[10:02] Ysolde Marchetti (she/her): rolling back').map((m) => m.text)).toEqual(['Ysolde Marchetti']);
    expect(findPronounedNames('[10:02] Engineer (they/them): rolling back')).toEqual([]);
  });
});

describe('"according to" and a word no lexicon knows, in the languages that write nouns in lower case (other-language-person-cues.ts)', () => {
  const cues = (line: string) => findOtherLanguagePersonCues(line).map((m) => `${m.text}${m.guess ? '?' : ''}`);
  test('Spanish and French: a guess', () => {
    expect(cues('Según Ysolde, la caché estaba vacía.')).toEqual(['Ysolde?']);
    expect(cues("Selon Ysolde, le cache était vide.")).toEqual(['Ysolde?']);
  });
  test('Portuguese with its article, a known given name', () => {
    expect(cues('Segundo o Dario, o cache estava vazio.')).toEqual(['Dario']);
  });
  test('not in German, whose nouns are capitalised; not a public tool', () => {
    expect(cues('Laut Protokoll war der Cache leer.')).toEqual([]);
    expect(cues('Según Grafana, la latencia subió.')).toEqual([]);
  });
});

describe("the carried hosts read a public project's sign with the organisation's scopes (carried-hosts.ts)", () => {
  const hostFinding = (file: string, host: string): Finding => ({
    file, line: 1, column: 10, rule: 'redact/internal-host', severity: 'error', message: `An internal host name would be published: "${host}".`,
  });
  const scanned = (file: string, lines: string[], found: Finding[] = []): ScannedPost => ({ file, publicLines: lines, sourceLines: lines, findings: found });
  const withHost = scanned('postmortems/a.mdx', ['The proxy forwards to `http://ledgerd:9200` inside the cluster.'], [hostFinding('postmortems/a.mdx', 'ledgerd')]);
  const other = scanned('postmortems/b.mdx', ['After the restart ledgerd accepted writes again (https://github.com/acme/ledgerd).']);
  test("a link to the organisation's own repository does not stop its host being carried", () => {
    expect(carriedHostFindings([withHost, other], ['acme']).findings[1].map((f) => redactionFindingText(f))).toEqual(['ledgerd', 'ledgerd']);
  });
  test('without the scopes the same link reads as a public project, as before', () => {
    expect(carriedHostFindings([withHost, other]).findings[1]).toEqual([]);
  });
  test("another owner's repository is still a public project's sign", () => {
    const public_ = scanned('postmortems/b.mdx', ['After the restart ledgerd accepted writes again (https://github.com/ledgerd-io/ledgerd).']);
    expect(carriedHostFindings([withHost, public_], ['acme']).findings[1]).toEqual([]);
  });
});
