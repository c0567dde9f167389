import { describe, expect, test } from 'vitest';
import { scanPublicText, extractHtmlText, allowedRulesOnLine } from '../../src/lib/redaction-guard.ts';

const options = { internalDomains: ['.internal', '.corp', '.local'], serviceIds: ['checkout-api', 'orders-db', 'dns', 'cdn'], people: ['Jane Doe', 'Bob'], orgScopes: ['acme'] };
const rulesIn = (text: string) => scanPublicText('post.mdx', text, options).findings.filter((f) => f.severity === 'error').map((f) => f.rule);

describe('redaction rules find internal details', () => {
  test.each([
    ['redact/email', 'Contact alice@acme.example for details.'],
    ['redact/ip-address', 'Traffic from 10.2.33.4 was dropped.'],
    ['redact/ip-address', 'The host at fe80::1ff:fe23:4567:890a stopped answering.'],
    ['redact/internal-host', 'The primary pg-orders-01.acme.internal failed over.'],
    ['redact/internal-host', 'See build-7.ci.corp for logs.'],
    ['redact/internal-link', 'Discussed in https://acme.slack.com/archives/C012AB3CD.'],
    ['redact/internal-link', 'Tracked in https://acme.atlassian.net/browse/OPS-12.'],
    ['redact/internal-link', 'Dashboard: https://grafana.acme.example/d/abc'],
    ['redact/handle', 'Paged @alice and the team.'],
    ['redact/handle', 'Owned by @acme/payments.'],
    ['redact/secret', 'The key AKIAIOSFODNN7EXAMPLE was rotated.'],
    ['redact/secret', 'token ghp_aBcdEfGhIjKlMnOpQrStUvWxYz0123456789 leaked'],
    ['redact/secret', 'set password=hunter2xyz in the config'],
    ['redact/secret', 'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
    ['redact/service-id', 'The checkout-api pods restarted.'],
    ['redact/service-id', 'orders-db was read only.'],
    ['redact/person', 'Jane Doe rolled back the change.'],
    ['redact/person', 'Bob restarted it.'],
  ])('%s: %s', (rule, text) => {
    expect(rulesIn(text)).toContain(rule);
  });
});

describe('ordinary public prose passes', () => {
  test.each([
    'Checkout was unavailable between 09:02 and 09:40 UTC on 14 March 2025.',
    'We upgraded to version 1.2.3 and then 10.4.12 of the library.',
    'Our DNS provider and our CDN both recovered at 10:25:00 UTC.',
    'Requests failed at a rate of 5 per second @ peak.',
    'The checkout service and the orders database are healthy.',
    'Read more at https://www.postgresql.org/docs/current/sql-altertable.html.',
    'Bobsleigh runs are not Bob: "Bobsleigh" is a different word.'.replace('Bob:', 'him:'),
    'A 2025-03-14T09:02:00Z timestamp is not an address.',
  ])('%s', (text) => {
    expect(rulesIn(text)).toEqual([]);
  });
});

describe('allow markers', () => {
  test('allow one rule on one line only', () => {
    const text = 'Write to security@acme.example {/* redaction-allow redact/email: public contact */}\nor to ops@acme.example.';
    const scan = scanPublicText('post.mdx', text, options);
    expect(scan.findings.map((f) => [f.rule, f.line])).toEqual([['redact/email', 2]]);
    expect(scan.allowed.has('redact/email\u0000security@acme.example')).toBe(true);
  });
  test('an allow for another rule does not hide a finding', () => {
    const scan = scanPublicText('post.mdx', 'Paged @alice at alice@acme.example # redaction-allow redact/handle', options);
    expect(scan.findings.map((f) => f.rule)).toEqual(['redact/email']);
  });
  test('parses markers', () => {
    expect([...allowedRulesOnLine('x redaction-allow redact/email y redaction-allow redact/handle')]).toEqual(['redact/email', 'redact/handle']);
  });
});

describe('findings name the line and column, and a fix', () => {
  test('position', () => {
    const [finding] = scanPublicText('content/x.mdx', 'line one\nthe host db-1.acme.internal', options, 10).findings;
    expect(finding).toMatchObject({ file: 'content/x.mdx', line: 11, column: 10, rule: 'redact/internal-host' });
    expect(finding.message).toContain('"db-1.acme.internal"');
    expect(finding.fix).toMatch(/<Internal> block|redaction-allow redact\/internal-host/);
  });
});

describe('extractHtmlText', () => {
  test('keeps text and shown or followed attributes, drops tags and styles, decodes entities', () => {
    const text = extractHtmlText('<style>.a{color:red}</style><p class="x">A &amp; B</p><a href="https://acme.slack.com/archives/1" title="t">link</a><img alt="db-1.acme.internal">');
    expect(text).toContain('A & B');
    expect(text).toContain('https://acme.slack.com/archives/1');
    expect(text).toContain('db-1.acme.internal');
    expect(text).not.toContain('color:red');
    expect(text).not.toContain('class=');
  });
});
