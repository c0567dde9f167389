import { describe, expect, test } from 'vitest';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { describeProbeRound, foundInProbe as found, probeOptionsWithOrganisation as withOrganisation, publicTextAfterRedact as publicText, scanProbe as scan } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound11, leakProbesRound11, stillPublishedRound11 } from '../support/redaction-probes-round11.ts';

/**
 * The eleventh probe round (docs/redaction.md, "Eleventh probe round"): what the tenth round left
 * published, and more of the same kinds. Every probe and negative is text of our own writing; no
 * list knows any name, and only the default domains are configured, with the organisation `acme`
 * (as site.config.ts's `organisation` gives it) for the probes of its own hosts.
 */
describeProbeRound({ probes: leakProbesRound11, foundBefore: foundBeforeRound11, stillPublished: stillPublishedRound11, atLeast: { probes: 19 + 30 } });

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
    expect(applyRedactionFixes(source, scan(source), { isMdx: false }).source).toBe('Attendees: Two engineers\n'); // two people, not four parts; one phrase for the list (replacement-runs.ts)
  });
});
