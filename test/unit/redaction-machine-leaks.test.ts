import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { organisationSlugs } from '../../scripts/lib/redaction-settings.ts';

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

describe('cloud storage and accounts', () => {
  test.each([
    ['The export landed in s3://acme-prod-ledger-audit/2026/01/ overnight.', 's3://acme-prod-ledger-audit'],
    ['Copied to gs://acme-internal-billing-exports before the cut-over.', 'gs://acme-internal-billing-exports'],
    ['Spark read wasbs://raw@acmeprodlake.blob.core.windows.net/events/ twice.', 'wasbs://raw@acmeprodlake.blob.core.windows.net'],
    ['abfss://curated@acmelake.dfs.core.windows.net/x was locked.', 'abfss://curated@acmelake.dfs.core.windows.net'],
    ['The file was at https://acmeprodbackups.blob.core.windows.net/db/dump.bak until noon.', 'acmeprodbackups.blob.core.windows.net'],
    ['The role in AWS account 4455-6677-8899 was deleted.', '4455-6677-8899'],
  ])('%s', (text, part) => expectFinding('redact/cloud-account', text, part));

  test('a dashed number without account context, and storage named in prose, are not findings', () => {
    for (const text of [
      'Call 0800-1234-5678 for support.',
      'We store backups in S3 and in Azure Blob Storage.',
      'Objects are addressed as s3://bucket/key.',
      'The s3:// and gs:// schemes both work.',
      // A published report hosted on S3 (danluu/post-mortems links one).
      'The RCA: https://flowdock-resources.s3.amazonaws.com/legal/rca.pdf',
    ]) expect(found(text), text).toEqual([]);
  });
});

describe("links to the organisation's SaaS tenants", () => {
  test("the site configuration's organisation gives the slug, besides team handles and CODEOWNERS", () => {
    expect(organisationSlugs('Acme')).toEqual(['acme']);
    expect(organisationSlugs('Acme Corp')).toEqual(['acmecorp', 'acme-corp']);
  });

  test.each([
    ['Sign in at https://acme.okta.com/app/UserHome first.', 'https://acme.okta.com/app/UserHome'],
    ['The panel https://acme.grafana.net/d/abc123/checkout showed it.', 'https://acme.grafana.net/d/abc123/checkout'],
    ['Notes: https://www.notion.so/acme/Incident-notes-0123abcd', 'https://www.notion.so/acme/Incident-notes-0123abcd'],
    ['Tracked in https://acme.atlassian.net/browse/OPS-12.', 'https://acme.atlassian.net/browse/OPS-12'],
    ['Ticket at https://acme.zendesk.com/agent/tickets/991 was closed.', 'https://acme.zendesk.com/agent/tickets/991'],
    ['Pipeline https://dev.azure.com/acme/payments/_build failed.', 'https://dev.azure.com/acme/payments/_build'],
    ['Board https://trello.com/acme/board-1 moved.', 'https://trello.com/acme/board-1'],
    ['Fixed in acme/payroll-tools#7 yesterday.', 'acme/payroll-tools#7'],
  ])('%s', (text, part) => expectFinding('redact/internal-link', text, part));

  test("the organisation's public site and other organisations' tenants are not internal links", () => {
    for (const text of [
      'See https://status.acme.com/incidents/2025-10-14-outage for the timeline.',
      'Read https://www.acme.com/blog/post and https://acme.co.uk/about.',
      'Their runbook https://example.okta.com/help is public.',
      'See https://www.notion.so/help/guides for Notion itself.',
      'Fixed upstream in nodejs/node#51234.',
      'Our docs at https://acme.github.io/sdk/ and https://acme.statuspage.io/ are public.',
    ]) expect(found(text), text).toEqual([]);
    expect(found('Fixed in acme/public-sdk#3.', { ...options, publicNames: ['github.com/acme/public-sdk'] })).toEqual([]);
  });
});

describe('private addresses in other notations', () => {
  test.each([
    ['The old resolver at fec0::1 still answered.', 'redact/ip-address', 'fec0::1'],
    ['Logged from ::ffff:a09:807 at 02:00.', 'redact/ip-address', '::ffff:a09:807'],
    ['Logged from ::ffff:10.9.8.7 at 02:00.', 'redact/ip-address', '10.9.8.7'],
    ['The indicator 10[.]44[.]12[.]9 was shared.', 'redact/ip-address', '10[.]44[.]12[.]9'],
    ['The host db9[.]acme[.]internal was reachable.', 'redact/internal-host', 'db9[.]acme[.]internal'],
    ['The host db9(.)acme(.)internal was reachable.', 'redact/internal-host', 'db9(.)acme(.)internal'],
    ['The host db9[dot]acme[dot]internal was reachable.', 'redact/internal-host', 'db9[dot]acme[dot]internal'],
    ['Beacon to hxxps://acme.slack.com/archives/C01 seen.', 'redact/internal-link', 'hxxps://acme.slack.com/archives/C01'],
    ['Beacon to hxxp://wiki.acme.internal/page seen.', 'redact/internal-link', 'hxxp://wiki.acme.internal/page'],
  ])('%s', (text, rule, part) => expectFinding(rule, text, part));

  test('the cloud metadata address, public IPv4-mapped addresses and bracketed prose are not findings', () => {
    for (const text of [
      'The metadata endpoint at 169.254.169.254 returned credentials.',
      'A client at ::ffff:8.8.8.8 and ::ffff:808:808 connected.',
      'The list [a] and (b) and the range [0.5, 1.0] are fine.',
      'Use hxxp only in threat reports.',
    ]) expect(found(text), text).toEqual([]);
    // Any other link-local address is still one.
    expectFinding('redact/ip-address', 'The node at 169.254.10.20 answered.', '169.254.10.20');
  });
});

describe('obfuscated e-mail addresses', () => {
  test.each([
    ['Write to hjalmar.q at acme dot example for access.', 'hjalmar.q at acme dot example'],
    ['Ask zbyszko[at]acme.example about it.', 'zbyszko[at]acme.example'],
    ['Ask name (at) acme (dot) com about it.', 'name (at) acme (dot) com'],
    ['Ask ops[@]acme[.]example about it.', 'ops[@]acme[.]example'],
  ])('%s', (text, part) => expectFinding('redact/email', text, part));

  test('"at" and "dot" in prose are not addresses', () => {
    for (const text of [
      'We looked at the dot product of the vectors.',
      'The team at Acme noticed it at noon.',
      'Errors peaked at 14:05 and dropped at 14:20.',
      'Traffic peaked at the dot com launch.',
    ]) expect(found(text), text).toEqual([]);
  });
});

describe('tickets and identifiers written with dash-like characters', () => {
  test.each([
    ['Tracked as OPS\u201199123 since Monday.', 'redact/ticket', 'OPS\u201199123'],
    ['Tracked as INC\u20100012345 since Monday.', 'redact/ticket', 'INC\u20100012345'],
    ['Tracked as OPS\u201299123 since Monday.', 'redact/ticket', 'OPS\u201299123'],
    ['Tracked as OPS\u201399123 since Monday.', 'redact/ticket', 'OPS\u201399123'],
    ['Tracked as OPS\u221299123 since Monday.', 'redact/ticket', 'OPS\u221299123'],
    ['Tracked as OPS\uFE6399123 since Monday.', 'redact/ticket', 'OPS\uFE6399123'],
    ['The host pg\u2011orders\u201101 failed over.', 'redact/identifier', 'pg\u2011orders\u201101'],
  ])('%s', (text, rule, part) => expectFinding(rule, text, part));

  test('en dashes in ranges are not findings', () => {
    for (const text of [
      'Recovery took 10\u201320 minutes.',
      'Between 2023\u20132024 the error rate doubled.',
      'Pages 4\u20139 of the runbook \u2013 the old one \u2013 were wrong.',
      'Open Monday\u2013Friday, 09:00\u201317:00.',
      // Lines and routes between two places (icco/postmortems names power lines so).
      'The Bina\u2013Gwalior line and the Harding\u2013Chamberlin line tripped.',
    ]) expect(found(text), text).toEqual([]);
  });
});
