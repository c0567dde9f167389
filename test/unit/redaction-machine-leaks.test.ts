import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { organisationSlugs } from '../../scripts/lib/redaction-settings.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';

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

  test('a bucket that ends a sentence is found without the full stop, which its fix leaves in place', () => {
    expect(found('The dump was copied to gs://acme-ledger-backups. Nobody noticed.')).toContain('redact/cloud-account:gs://acme-ledger-backups');
    expect(found('Reads came from s3://acme.ledger.raw, then stopped.')).toContain('redact/cloud-account:s3://acme.ledger.raw');
  });

  test('a dashed number without account context, and storage named in prose, are not findings', () => {
    for (const text of [
      'Call 0800-1234-5678 for support.',
      'We store backups in S3 and in Azure Blob Storage.',
      'Objects are addressed as s3://bucket/key.',
      'The s3:// and gs:// schemes both work.',
    ]) expect(found(text), text).toEqual([]);
  });
});

describe('bucket links over https and without a scheme', () => {
  /** The whole link is the finding, so that the fix removes all of it. */
  test.each([
    ['Logs were in https://acme-prod-logs.s3.amazonaws.com/x until noon.', 'https://acme-prod-logs.s3.amazonaws.com/x'],
    ['Logs were in https://acme-prod-logs.s3.us-east-1.amazonaws.com/x.', 'https://acme-prod-logs.s3.us-east-1.amazonaws.com/x'],
    ['Logs were in https://s3.amazonaws.com/acme-prod-logs/x.', 'https://s3.amazonaws.com/acme-prod-logs/x'],
    ['Logs were in https://s3.eu-west-1.amazonaws.com/acme-prod-logs/x.', 'https://s3.eu-west-1.amazonaws.com/acme-prod-logs/x'],
    ['Logs were in https://s3-eu-west-1.amazonaws.com/acme-prod-logs/x.', 'https://s3-eu-west-1.amazonaws.com/acme-prod-logs/x'],
    ['Logs were in https://acme-prod-logs.s3-eu-west-1.amazonaws.com/x.', 'https://acme-prod-logs.s3-eu-west-1.amazonaws.com/x'],
    ['Logs were in https://acme-logs.s3.dualstack.eu-west-1.amazonaws.com/x.', 'https://acme-logs.s3.dualstack.eu-west-1.amazonaws.com/x'],
    ['The site was www.acme.dev.s3-website-us-east-1.amazonaws.com for an hour.', 'www.acme.dev.s3-website-us-east-1.amazonaws.com'],
    ['Exports went to https://storage.googleapis.com/acme-bucket/x.', 'https://storage.googleapis.com/acme-bucket/x'],
    ['Exports went to https://acme-bucket.storage.googleapis.com/x.', 'https://acme-bucket.storage.googleapis.com/x'],
    ['Exports went to https://storage.cloud.google.com/acme-bucket/x.', 'https://storage.cloud.google.com/acme-bucket/x'],
    ['The API read https://storage.googleapis.com/storage/v1/b/acme-bucket/o/x.csv twice.', 'https://storage.googleapis.com/storage/v1/b/acme-bucket/o/x.csv'],
    ['See https://s3.console.aws.amazon.com/s3/buckets/acme-exports?region=us-east-1 for it.', 'https://s3.console.aws.amazon.com/s3/buckets/acme-exports?region=us-east-1'],
    ['See https://console.cloud.google.com/storage/browser/acme-exports/dumps for it.', 'https://console.cloud.google.com/storage/browser/acme-exports/dumps'],
    // Without a scheme, in prose and in code.
    ['The logs live at acme-prod-logs.s3.amazonaws.com.', 'acme-prod-logs.s3.amazonaws.com'],
    ['The logs live at s3.amazonaws.com/acme-prod-logs/2026/x.gz, rotated daily.', 's3.amazonaws.com/acme-prod-logs/2026/x.gz'],
    ['`curl storage.googleapis.com/acme-bucket/dump.sql`', 'storage.googleapis.com/acme-bucket/dump.sql'],
    ['**https://acme-bucket.storage.googleapis.com/dump.sql**', 'https://acme-bucket.storage.googleapis.com/dump.sql'],
    // In a Markdown link's target, and inside an archive link.
    ['The [dump](https://acme-backups.s3.amazonaws.com/db.sql) was public.', 'https://acme-backups.s3.amazonaws.com/db.sql'],
    ['Archived at https://web.archive.org/web/2022/https://acme-docs.s3.amazonaws.com/rca.pdf.', 'https://acme-docs.s3.amazonaws.com/rca.pdf'],
    // A published report in the publisher's own bucket (danluu/post-mortems links Flowdock's) names the bucket too.
    ['The RCA: https://flowdock-resources.s3.amazonaws.com/legal/rca.pdf', 'https://flowdock-resources.s3.amazonaws.com/legal/rca.pdf'],
  ])('%s', (text, link) => {
    expect(found(text)).toEqual([`redact/cloud-account:${link}`]);
  });

  test('defanged, it is found as the page shows it', () => {
    expectFinding('redact/cloud-account', 'Seen: hxxps://acme-prod-logs[.]s3[.]amazonaws[.]com/x', 'acme-prod-logs[.]s3');
  });

  test('storage hosts without a bucket, other AWS hosts, placeholders and public download buckets are not findings', () => {
    for (const text of [
      'Requests to s3.amazonaws.com and storage.googleapis.com failed; https://s3.amazonaws.com/ answered 503.',
      'The endpoints https://s3.eu-west-1.amazonaws.com and https://storage.googleapis.com/ were slow.',
      'DynamoDB at dynamodb.us-east-1.amazonaws.com and https://ec2.us-east-1.amazonaws.com/ throttled.',
      'The JSON API root https://storage.googleapis.com/storage/v1/b lists buckets.',
      '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">',
      'Amazon S3 and Google Cloud Storage (storage.googleapis.com) recovered by 14:05 UTC.',
      // Names documentation uses for any bucket.
      'Objects are at https://my-bucket.s3.amazonaws.com/key and https://s3-eu-west-1.amazonaws.com/bucket/key.',
      'Use https://DOC-EXAMPLE-BUCKET.s3.amazonaws.com/photo.jpg or https://amzn-s3-demo-bucket.s3.us-west-2.amazonaws.com/x.',
      // Vendors' and projects' public download buckets, which install commands fetch from.
      'curl -LO https://storage.googleapis.com/kubernetes-release/release/v1.29.0/bin/linux/amd64/kubectl',
      'wget https://s3.amazonaws.com/rds-downloads/rds-combined-ca-bundle.pem',
      'sudo yum install -y https://amazon-ssm-us-east-1.s3.us-east-1.amazonaws.com/latest/linux_amd64/amazon-ssm-agent.rpm',
      'helm repo add stable https://kubernetes-charts.storage.googleapis.com',
    ]) expect(found(text), text).toEqual([]);
  });

  test('allowed by a marker naming the link, or by publicNames listing the link or the bucket', () => {
    const text = 'The RCA: https://acme-docs.s3.amazonaws.com/rca.pdf';
    expect(found(`${text} {/* redaction-allow redact/cloud-account "https://acme-docs.s3.amazonaws.com/rca.pdf" -- our published report */}`)).toEqual([]);
    expect(found(`${text} {/* redaction-allow redact/cloud-account "https://acme-docs.s3.amazonaws.com/other.pdf" -- another link */}`)).toHaveLength(1);
    expect(found(text, { ...options, publicNames: ['acme-docs'] })).toEqual([]);
    expect(found(text, { ...options, publicNames: ['https://acme-docs.s3.amazonaws.com/rca.pdf'] })).toEqual([]);
    expect(found('Copied to s3://acme-docs/rca.pdf.', { ...options, publicNames: ['acme-docs'] })).toEqual([]);
  });

  test('npm run redact removes the whole link: <Internal> in .mdx, a generic phrase in .md', () => {
    const source = 'Logs were in https://acme-prod-logs.s3.amazonaws.com/x until noon.';
    const { findings } = scanPublicText('post.mdx', source, options);
    expect(applyRedactionFixes(source, findings, { isMdx: true }).source).toBe('Logs were in <Internal>https://acme-prod-logs.s3.amazonaws.com/x</Internal> until noon.');
    expect(applyRedactionFixes(source, findings, { isMdx: false }).source).toBe('Logs were in an internal account until noon.');
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
