import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';

/**
 * Machine-shaped leaks an adversarial tester got through the public build (secrets, cloud
 * storage, the organisation's SaaS tenants, private addresses and e-mail addresses in other
 * notations, tickets written with look-alike dashes), and the public text that must stay clean.
 * The probes are of our own writing.
 */
const options: RedactionOptions = {
  internalDomains: ['.internal', '.corp'],
  serviceIds: [],
  people: [],
  peopleIndex: buildPeopleIndex([]),
  orgScopes: ['acme'],
  detectUnlistedPeople: false,
};

/** `rule:matched text` for every finding, in order. */
const found = (text: string, opts: RedactionOptions = options) =>
  scanPublicText('post.mdx', text, opts).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);

/** Each probe must give a finding of the rule whose text contains the expected part. */
const expectFinding = (rule: string, text: string, part: string) => {
  const findings = found(text).filter((f) => f.startsWith(`${rule}:`));
  expect(findings.some((f) => f.includes(part)), `${rule} "${part}" in ${JSON.stringify(text)}; found ${JSON.stringify(found(text))}`).toBe(true);
};

describe('secrets', () => {
  test.each([
    ['The job ran with AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY set.', 'wJalrXUtnFEMI'],
    ['export PGPASSWORD=hunter2xyz before psql', 'PGPASSWORD=hunter2xyz'],
    ['DB_PASSWORD=correcthorse was in the unit file', 'DB_PASSWORD=correcthorse'],
    ['GITHUB_TOKEN=0123456789abcdefghij leaked into the log', 'GITHUB_TOKEN='],
    ['STRIPE_API_KEY: "abc123def456" in the manifest', 'STRIPE_API_KEY'],
    ['VAULT_PRIVATE_KEY=abcdef012345 in the env', 'VAULT_PRIVATE_KEY'],
    ['psql --password=hunter2xyz -h db', 'password=hunter2xyz'],
    ['spring.datasource.password=s3cr3tpass', 'spring.datasource.password=s3cr3tpass'],
    ['The probe sent Authorization: Basic aW5ncmlkOnMzY3JldA== to the proxy.', 'aW5ncmlkOnMzY3JldA=='],
    ['curl -H "Authorization: Bearer 8f2a9c1d7e3b44aa" https://api.example.com/', '8f2a9c1d7e3b44aa'],
    ['The upload went to https://files.example.com/x?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01&sig=AbCdEf0123456789XyZ%3D for a day.', 'sig=AbCdEf0123456789XyZ%3D'],
    ['https://s3.amazonaws.com/x/y?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20260101%2Fus-east-1&X-Amz-Signature=9f86d081884c7d659a2feaa0c55ad015', 'X-Amz-Signature=9f86d081884c7d659a2feaa0c55ad015'],
    ['X-Amz-Credential=ASIAEXAMPLE/20260101/us-east-1/s3/aws4_request', 'X-Amz-Credential=ASIAEXAMPLE'],
  ])('%s', (text, part) => expectFinding('redact/secret', text, part));

  test('prose about secrets and tokens is not a secret', () => {
    for (const text of [
      'The token expired and the password was rotated.',
      'We rotated every secret: tokens, passwords and API keys.',
      'The Authorization header was missing.',
      'Requests need an Authorization: Bearer header.',
      'Set PGPASSWORD in the environment instead of the command line.',
    ]) expect(found(text), text).toEqual([]);
  });
});
