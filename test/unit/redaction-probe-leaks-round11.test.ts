import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { uncoveredOccurrences } from '../support/redaction-probes-round10.ts';
import { foundBeforeRound11, leakProbesRound11, stillPublishedRound11, type LeakProbeRound11 } from '../support/redaction-probes-round11.ts';

/**
 * The eleventh probe round (docs/redaction.md, "Eleventh probe round"): what the tenth round left
 * published, and more of the same kinds. Every probe and negative is text of our own writing; no
 * list knows any name, and only the default domains are configured, with the organisation `acme`
 * (as site.config.ts's `organisation` gives it) for the probes of its own hosts.
 */
const base: RedactionOptions = { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
const withOrganisation: RedactionOptions = { ...base, orgScopes: ['acme'] };

const scan = (text: string, options = base) => scanPublicText('post.mdx', text, options).findings;
/** The occurrences of the leak that no finding covers (`line:column`). */
const published = (p: LeakProbeRound11) =>
  uncoveredOccurrences(p.text, p.leak, scan(p.text, p.org ? withOrganisation : base).map((f) => ({ line: f.line, column: f.column, text: redactionFindingText(f) })));
/** Every finding as `rule:text`. */
const found = (text: string, options = base) => scan(text, options).map((f) => `${f.rule}:${redactionFindingText(f)}`);

const rows = (probes: readonly LeakProbeRound11[]) => probes.map((p) => [p.kind, p] as const);
const newlyFound = leakProbesRound11.filter((p) => !foundBeforeRound11.has(p.kind) && !stillPublishedRound11.has(p.kind));

test('the table holds the tenth round\'s leftovers and at least 30 new probes', () => {
  expect(leakProbesRound11.length).toBeGreaterThanOrEqual(19 + 30);
  const kinds = new Set(leakProbesRound11.map((p) => p.kind));
  expect(kinds.size).toBe(leakProbesRound11.length);
  for (const kind of [...foundBeforeRound11, ...stillPublishedRound11]) expect(kinds.has(kind), kind).toBe(true);
  for (const p of leakProbesRound11) expect(p.text.includes(p.leak), p.kind).toBe(true);
});

describe('got through before, found now: every occurrence inside a finding', () => {
  test.each(rows(newlyFound))('%s', (_, p) => {
    expect(published(p)).toEqual([]);
  });
});

describe('found before too, probed again', () => {
  test.each(rows(leakProbesRound11.filter((p) => foundBeforeRound11.has(p.kind))))('%s', (_, p) => {
    expect(published(p)).toEqual([]);
  });
});

describe('still published (docs/redaction.md, "Limits")', () => {
  // Asserted as they are, so that a rule that finds one shows here and the Limits are updated.
  test.each(rows(leakProbesRound11.filter((p) => stillPublishedRound11.has(p.kind))))('%s', (_, p) => {
    expect(published(p)).not.toEqual([]);
  });
});

describe('the organisation\'s own hosts are found only with the organisation configured', () => {
  test.each(leakProbesRound11.filter((p) => p.org && !stillPublishedRound11.has(p.kind)).map((p) => [p.kind, p] as const))('%s', (_, p) => {
    expect(published(p)).toEqual([]);
    expect(published({ ...p, org: false })).not.toEqual([]);
  });
});

describe('not findings: public text written the same way', () => {
  test.each([
    ['common words that are first names on an attendee line', 'Attendees: all of the SRE team, will join later'],
    ["conventions' and bots' branches", '```\ngit checkout -b feature/fix-pool-exhaustion\ngit push origin release/hotfix-pool\ngit checkout dependabot/npm-bump-astro\n```\n\nThe branch fix/raise-pool-size and `chore/bump-node-version`.'],
    ['machines and hosts pinged', '```\nping db01 if the lag returns\nping 192.0.2.1 when in doubt\n```\n\nThen ping example.org if it fails.'],
    ['tool output and structured data in code', '```\nzpool: cannot open the pool\nzpool: no such pool available\nmetadata.name: the ledger api\nspec.template: the default one\ncontainerd: starting up now\nkubelet: starting the node agent\n```'],
    ['a setting and a file "at" a time', 'We set log.level at startup and read config.yaml at boot.'],
    ['lower-case tools acting', 'kube proxy restarted; ruby gems failed; the nginx ingress restarted.'],
    ["public hosts on the organisation's domain", 'See https://www.acme.io/, status.acme.io, docs.acme.com/guide and api.prod.acme.io/v2/health.'],
    ['hosts named ad that are no zone', 'Blocked ad.doubleclick.net and shop.ad, an Andorran site.'],
    ['public designations after "issue" or "ticket"', 'The issue HTTP 500 came back; see ticket CVE 2021 and issue ARM64 boards.'],
    ["a company's account manager", "Zuvora's account manager called us; Zuvora accounts were fine."],
    ['Dutch places and words with particles', 'The Hague office, Bergen op Zoom and the van the team rented.'],
  ])('%s', (_, text) => {
    expect(found(text, withOrganisation)).toEqual([]);
  });
});

describe('no one named: shapes met in the corpora, found by other rules only', () => {
  // A homelab's report pastes two tools' errors one after another, and an infrastructure team's
  // names a ZFS dataset in a code span: the private addresses and the dataset stay findings.
  test.each([
    ["tools' errors one after another in code", '```\niscsi: failed to sendtargets to portal 10.152.183.62:3260\niscsiadm: Connection to Discovery Address 10.152.183.62 failed\niscsiadm: Login I/O error, failed to receive a PDU\n```'],
    ["a dataset's path in a code span", 'Removed an old snapshot `rpool/vm-200-disk-0`, which freed 244G.'],
  ])('%s', (_, text) => {
    expect(found(text).filter((f) => /person/.test(f))).toEqual([]);
    expect(found(text)).not.toEqual([]);
  });
});

describe('npm run redact keeps them off the public page', () => {
  /** The source as `npm run redact` leaves it, without what `<Internal>` keeps off the page. */
  const publicText = (source: string, options = base) => applyRedactionFixes(source, scan(source, options), { isMdx: true }).source.replace(/<Internal>[\s\S]*?<\/Internal>/g, '');
  test.each([
    ['a lower-case full name on an attendee line', 'Attendees: hallvard brekke, tove lindqvist\n', 'brekke'],
    ['a name with "van der" after a month', 'Jan van der Berg restarted the pool at 10:05.\n', 'Berg'],
    ['a branch under a handle', '```\ngit checkout -b hbrekke/fix-pool-exhaustion\n```\n', 'hbrekke'],
    ['a ticket key with an underscore', 'Tracked as OPS_4521.\n', 'OPS_4521'],
    ['an Active Directory host', 'The DC is dc01.ad.acme.com.\n', 'dc01'],
    ['a curly possessive before "account"', 'It ran from Kasimir’s account.\n', 'Kasimir'],
  ])('%s', (_, source, leak) => {
    const result = publicText(source);
    expect(result).not.toBe(source);
    expect(result).not.toContain(leak);
  });

  test('a full name on an attendee line becomes one role, not two', () => {
    const source = 'Attendees: hallvard brekke, tove lindqvist\n';
    expect(applyRedactionFixes(source, scan(source), { isMdx: false }).source).toBe('Attendees: An engineer, an engineer\n');
  });
});
