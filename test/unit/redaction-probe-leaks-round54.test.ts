import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { findImageNamespaceOwners, findPersonCandidates, looksLikePersonalHandle } from '../../src/lib/publication/person-patterns.ts';
import { findRedactorDraftPeople } from '../../src/lib/publication/redactor-draft-people.ts';
import { findGitLogAuthors } from '../../src/lib/publication/git-log-authors.ts';
import { isSentenceWordAfterSignOff, signOffNamesStart } from '../../src/lib/publication/sign-off-labels.ts';
import { findLogLineHosts } from '../../src/lib/publication/log-line-hosts.ts';
import { findHomeFolderAccounts } from '../../src/lib/publication/home-folder-accounts.ts';
import { findPastedConfigPeople } from '../../src/lib/publication/pasted-config-people.ts';
import { fieldProbesRound54, foundBeforeRound54, leakProbesRound54, notLeaksRound54, stillPublishedRound54 } from '../support/redaction-probes-round54.ts';

/**
 * The probe round 54 (docs/redaction.md, "Probe round 54"): what PII-redaction tools and importers
 * leave of people, tables of responders, commit trailers and `git log` formats, tracker fields,
 * paging lines in several languages, Kubernetes labels, images and buckets under a person's name,
 * shell prompts, internal hosts in stack traces and connection URLs, names in Han, Hangul, kana,
 * Cyrillic and Greek letters. Every probe and negative is text of our own writing; no list knows
 * any name.
 */
describeProbeRound({ probes: leakProbesRound54, foundBefore: foundBeforeRound54, stillPublished: stillPublishedRound54, atLeast: { probes: 60, gotThroughBefore: 18 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound54.filter((p) => !stillPublishedRound54.has(p.kind) && !foundBeforeRound54.has(p.kind)),
);

describeNotLeaks('not findings: placeholders alone, roles, bots, levels, teams, public images and hosts, honorifics of no one', notLeaksRound54);
describeLeaksGoneAfterRedact(leakProbesRound54, stillPublishedRound54);

describe('the public frontmatter fields: the public build scan finds each leak', () => {
  test.each(fieldProbesRound54)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

test("a paging label after a timeline's time: a public timeline event and a timeline's list item", () => {
  const found = scanProbePost(publicProbePostWithField('timeline', 'Acquitté par Kervarec après 15 minutes')).map((f) => redactionFindingText(f));
  expect(found).toContain('Kervarec');
  expect(findPersonCandidates('- 10:14 UTC Escalado a Ulloquin tras 15 minutos').map((c) => c.text)).toEqual(['Ulloquin']);
  expect(findPersonCandidates('03:14 Geëscaleerd naar Hendrikszoon').map((c) => c.text)).toEqual(['Hendrikszoon']);
});

describe('what a redaction tool left of a person (redactor-draft-people.ts, round 54)', () => {
  const texts = (line: string) => findRedactorDraftPeople(line).map((m) => m.text);
  test.each([
    ['an initial and a masked surname', 'Reviewed by J. D*** before the rollback.', ['J. D***']],
    ['two masked parts', 'Paged O*** V*** at 03:12.', ['O*** V***']],
    ['a handle after [REDACTED]', 'The IC was [REDACTED] (ana), who paged the DBA.', ['ana']],
    ['a handle after a numbered placeholder', '[PERSON_1] (tbreckan) restarted the primary.', ['tbreckan']],
    ['a mention after <NAME>', 'Approved by <NAME> (@kvorlander).', ['kvorlander']],
  ])('found: %s', (_, line, names) => {
    expect(texts(line)).toEqual(names);
    for (const m of findRedactorDraftPeople(line)) expect(line.slice(m.index, m.index + m.text.length)).toBe(m.text);
  });
  test.each([
    ['a placeholder alone', 'The IC was [REDACTED], who paged the DBA.'],
    ['a role', 'The IC was [REDACTED] (SRE).'],
    ['a pronoun', 'Paged [PERSON_1] (she/her).'],
    ['words', 'Paged [REDACTED] (the database lead).'],
    ['emphasis after an initial', 'See section B. **Impact** below.'],
    ['a masked secret', 'The token was ghp_**** in the log.'],
  ])('not found: %s', (_, line) => {
    expect(texts(line)).toEqual([]);
  });
});

describe('git log formats (git-log-authors.ts, round 54)', () => {
  const authors = (block: string) => {
    const lines = block.split('\n');
    return [...findGitLogAuthors(lines, new Set(lines.keys()))].flatMap(([, ms]) => ms.map((m) => m.text));
  };
  test.each([
    ['the name where the format places it', '$ git log --format="%h %an %s"\n4f2a9c1 Oskar Vellmann fix: raise the retry budget\n9b1e2d0 tbreckan fix: pool size', ['Oskar Vellmann', 'tbreckan']],
    ["a format of --pretty=format:", "$ git log --pretty=format:'%ad %h %an' --date=short\n2026-03-02 4f2a9c1 Yrsa Tallbeck", ['Yrsa Tallbeck']],
    ['a hash, a handle and a date between bars', '9b1e2d0|hvanteer|2026-03-02|bump pgbouncer', ['hvanteer']],
    ['a hash, a full name and a date between tabs', '9b1e2d0\tOskar Vellmann\t2026-03-02\tbump pgbouncer', ['Oskar Vellmann']],
  ])('found: %s', (_, block, names) => {
    expect(authors(block)).toEqual(names);
  });
  test.each([
    ['a bot', '$ git log --format="%h %an %s"\n4f2a9c1 renovate[bot] chore(deps): bump pg'],
    ['a format without a name', '$ git log --format="%h %s"\n4f2a9c1 Fix Proxy Timeout'],
    ['a format of another command, ended by a prompt', '$ git log --format="%h %an %s"\n$ ls\n4f2a9c1 ledger migrations'],
    ['a separated line of a bot', '9b1e2d0|github-actions|2026-03-02|release 4.2.1'],
  ])('not found: %s', (_, block) => {
    expect(authors(block)).toEqual([]);
  });
});

describe('paging labels in other languages (sign-off-labels.ts, round 54)', () => {
  test.each([
    ['fr', 'Acquitté par Kervarec à 03:14.', ['Kervarec']],
    ['es', 'Escalado a Ulloquin tras 15 minutos sin respuesta.', ['Ulloquin']],
    ['pt', 'Reconhecido por Tavarnes às 03:14.', ['Tavarnes']],
    ['nl', 'Geëscaleerd naar Hendrikszoon na 15 minuten.', ['Hendrikszoon']],
    ['it', 'Preso in carico da Bellandri alle 03:14.', ['Bellandri']],
    ['fr, a reporter', 'Rapporteur : Le Brizennec', ['Le Brizennec']],
  ])('%s: the name, not the label or the time', (_, line, names) => {
    expect(findPersonCandidates(line).map((c) => c.text)).toEqual(names);
  });
  test('a word before a number of one or two digits is a counted noun, and the words after it of its sentence', () => {
    const level = 'Escalado a nivel 2 tras 15 minutos.';
    const start = signOffNamesStart(level);
    expect(isSentenceWordAfterSignOff(level, start, level.indexOf('nivel'), 'nivel')).toBe(true);
    expect(isSentenceWordAfterSignOff(level, start, level.indexOf('minutos'), 'minutos')).toBe(true);
    const dated = 'Freigabe: Brandtmeier 2026-03-02';
    expect(isSentenceWordAfterSignOff(dated, signOffNamesStart(dated), dated.indexOf('Brandtmeier'), 'Brandtmeier')).toBe(false);
    expect(findPersonCandidates('Eskaliert an Stufe 2 nach 15 Minuten.')).toEqual([]);
  });
});

describe('hosts a connection failed for (log-line-hosts.ts, round 54)', () => {
  const hosts = (line: string) => findLogLineHosts(line, () => false).map((m) => m.text);
  test.each([
    ['Java', 'Caused by: java.net.UnknownHostException: kafka-broker-2.prod', ['kafka-broker-2.prod']],
    ["Python's Redis client", 'redis.exceptions.ConnectionError: Error 111 connecting to cache-7.svc:6379. Connection refused.', ['cache-7.svc']],
    ['Node', 'Error: getaddrinfo ENOTFOUND ledger-db-3', ['ledger-db-3']],
    ['Go', 'dial tcp: lookup vault-2.ops on 10.0.0.2:53: no such host', ['vault-2.ops']],
    ['libpq', 'psql: error: could not translate host name "pg-ledger-01" to address', ['pg-ledger-01']],
    ['curl', 'curl: (7) Failed to connect to ledger-api port 8443: Connection refused', ['ledger-api']],
    ['Java in parentheses', 'Lookups failed (UnknownHostException: kafka-broker-2.prod) for a minute.', ['kafka-broker-2.prod']],
  ])('found: %s', (_, line, names) => {
    expect(hosts(line)).toEqual(names);
  });
  test.each([
    ['a public host', 'curl: (7) Failed to connect to api.github.com port 443: Connection timed out'],
    ['localhost', 'Error 111 connecting to localhost:6379. Connection refused.'],
    ['prose', 'We had trouble connecting to the database for ten minutes.'],
  ])('not found: %s', (_, line) => {
    expect(hosts(line)).toEqual([]);
  });
});

describe("home folders under a bucket and of a dotted handle (home-folder-accounts.ts, round 54)", () => {
  const accounts = (line: string) => findHomeFolderAccounts(line).map((m) => m.text);
  test.each([
    ['a dotted handle', 'cp dump.sql /home/ana.k/', ['ana.k']],
    ['a home folder under an S3 bucket', 'aws s3 cp dump.sql s3://ledger-dumps/home/ana.k/', ['ana.k']],
    ['a user folder under a GCS bucket', 'gsutil ls gs://exports/users/hbrekkan/', ['hbrekkan']],
    ['a given name under a bucket', 'See s3://ledger-dumps/home/marit/notes.txt.', ['marit']],
  ])('found: %s', (_, line, names) => {
    expect(accounts(line)).toEqual(names);
  });
  test.each([
    ['a data prefix under a bucket', 'The dump went to s3://quorvane-backups/users/metrics/2026-03-02.csv.'],
    ['a file under users', 'The export is s3://quorvane-backups/users/export.csv.'],
    ['a file in a home folder', 'cat /home/notes.txt'],
  ])('not found: %s', (_, line) => {
    expect(accounts(line)).toEqual([]);
  });
});

describe("a resource's owner on a command line and an image under a person's name (round 54)", () => {
  test('kubectl label and annotate: a person, not a team', () => {
    expect(findPastedConfigPeople('kubectl label deploy ledger owner=hbrekkan --overwrite').map((m) => m.text)).toEqual(['hbrekkan']);
    expect(findPastedConfigPeople('kubectl annotate ns ledger quorvane.io/owner=tbreckan').map((m) => m.text)).toEqual(['tbreckan']);
    expect(findPastedConfigPeople('kubectl label deploy ledger owner=platform-team --overwrite')).toEqual([]);
  });
  test('handles of an initial and a German surname, or a Dutch one with its particle', () => {
    for (const handle of ['kvorlander', 'obrandtner', 'hvanteer', 'dmeier']) expect(looksLikePersonalHandle(handle), handle).toBe(true);
    for (const name of ['bitnami', 'grafana', 'nginxinc', 'argoproj', 'portainer', 'sterling', 'avantage']) expect(looksLikePersonalHandle(name), name).toBe(false);
  });
  test.each([
    ['docker pull', '$ docker pull kvorlander/ledger-exporter:1.4.2', 'kvorlander'],
    ['ghcr.io', '    image: ghcr.io/obrandtner/pgbouncer:1.21', 'obrandtner'],
    ['quay.io in FROM', 'FROM quay.io/hvanteer/base:2026.03', 'hvanteer'],
  ])('an image under a person: %s', (_, line, name) => {
    expect(findImageNamespaceOwners(line).map((m) => m.text)).toEqual([name]);
  });
  test.each([
    ['an organisation', '$ docker pull bitnami/redis:7.2'],
    ["a project's namespace", '    image: ghcr.io/cloudnative-pg/postgresql:16'],
    ['a project in FROM', 'FROM quay.io/prometheus/node-exporter:v1.8.1'],
  ])('not found: %s', (_, line) => {
    expect(findImageNamespaceOwners(line)).toEqual([]);
  });
});
