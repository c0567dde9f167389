import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe, probeOptionsWithOrganisation, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound13, leakProbesRound13, stillPublishedRound13 } from '../support/redaction-probes-round13.ts';

/**
 * The thirteenth probe round (docs/redaction.md, "Thirteenth probe round"): what the twelfth
 * round's Limits said still got through ("ping hbrekke.", "Hallvard B., SRE lead,", a caption, a
 * diagram's participant, `ilsabet.k@`) and the shapes the eleventh round of false positives could
 * let through. Every probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound13, foundBefore: foundBeforeRound13, stillPublished: stillPublishedRound13, atLeast: { probes: 15, gotThroughBefore: 12 } });

const people = (text: string) => foundInProbe(text, probeOptionsWithOrganisation).filter((f) => /person/.test(f));

describe('not findings: public text written the same way', () => {
  test.each([
    ['machines pinged in prose', 'We could not ping gateway. Then ping localhost. Ping buildbox and ping google.com.'],
    ['a ping command in code', '```\nping ledgerdb\nping hbrekke\n```'],
    ['a ping with a reason clause that is no handle', 'If the check fails, ping the database.'],
    ["a plural agent noun thanked", 'Thanks validators for the quick upgrade.'],
    ['a plan and a section before a role-like word', 'Plan B, the SRE lead, and Section C, the manager, were agreed.'],
    ['captions of things', '<figcaption>Latency during the incident</figcaption><figcaption>Grafana showing the spike</figcaption>'],
    ['words of three letters that are common English words, run together', 'Thanks devops and the sysadmins; pinged webhooks.'],
  ])('%s', (_, text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('the rules point at the name, not the words around it', () => {
  test.each([
    ['a handle pinged alone', 'If in doubt, ping hbrekke.', ['redact/possible-person:hbrekke']],
    ['a first name and its initial before a role', 'Hallvard B., SRE lead, wrote this summary.', ['redact/possible-person:Hallvard B.']],
    ['a caption opening with a name', '<figcaption>Kasimir at the rack</figcaption>', ['redact/possible-person:Kasimir']],
    ['a local part that no longer splits into words', 'Contact: ilsabet.k@ (or the channel).', ['redact/possible-person:ilsabet.k']],
  ])('%s', (_, text, findings) => {
    expect(foundInProbe(text)).toEqual(findings);
  });
});

describe('npm run redact keeps them off the public page', () => {
  test.each([
    ['a handle pinged alone', 'If in doubt, ping hbrekke.\n', 'hbrekke'],
    ['a first name and an initial before a role', 'Hallvard B., SRE lead, wrote this summary.\n', 'Hallvard'],
    ['a first name in a caption', '<figure><img src="rack.png" alt="" /><figcaption>Kasimir at the rack</figcaption></figure>\n', 'Kasimir'],
    ['a thanked handle', 'Thanks vexmor for the quick rollback.\n', 'vexmor'],
  ])('%s', (_, source, leak) => {
    const result = publicTextAfterRedact(source);
    expect(result).not.toBe(source);
    expect(result).not.toContain(leak);
  });
});
