import { describe, expect, test } from 'vitest';
import {
  allowedRulesOnLine,
  extractHtmlText,
  redactionFindingText,
  redactionRules,
  scanHtmlText,
  scanPublicText,
  type RedactionOptions,
} from '../../src/lib/redaction-guard.ts';

const options: RedactionOptions = {
  internalDomains: ['.internal', '.corp', '.local', '.lan'],
  serviceIds: ['checkout-api', 'orders-db', 'pg2', 'search', 'dns'],
  people: ['Jane Doe', 'Bob', 'José Álvarez', 'Zoë'],
  orgScopes: ['acme'],
  internalNames: ['Site Reliability', 'sre', 'search'],
  publicNames: ['github.com/acme/public-sdk'],
};

/** `rule:matched text` for every finding, in order. */
const found = (text: string, opts: RedactionOptions = options) =>
  scanPublicText('post.mdx', text, opts).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);

/** Table: [rule, text, the matched text]. Each must be found, under that rule. */
const positives: [string, string, string][] = [
  ['redact/email', 'Contact alice@acme.example for details.', 'alice@acme.example'],
  ['redact/email', 'Write to first.last+tag@sub.acme.co.uk today.', 'first.last+tag@sub.acme.co.uk'],
  ['redact/email', 'Mail ALICE@ACME.EXAMPLE now.', 'ALICE@ACME.EXAMPLE'],
  ['redact/email', 'mailto:ops@acme.example', 'ops@acme.example'],

  ['redact/ip-address', 'Traffic from 10.2.33.4 was dropped.', '10.2.33.4'],
  // Since the twenty-third probe round with its prefix length, which the fix left behind.
  ['redact/ip-address', 'Range 10.0.0.0/8 was blocked.', '10.0.0.0/8'],
  ['redact/ip-address', 'At 192.168.1.10:5432 the pool was full.', '192.168.1.10'],
  ['redact/ip-address', 'Ends with 172.16.0.1.', '172.16.0.1'],
  ['redact/ip-address', 'Address fd12:3456:789a::8a2e:370:7334 failed.', 'fd12:3456:789a::8a2e:370:7334'],
  ['redact/ip-address', 'Carrier-grade NAT 100.64.12.3 too.', '100.64.12.3'],
  ['redact/ip-address', 'Link-local fe80::1ff:fe23:4567:890a%eth0.', 'fe80::1ff:fe23:4567:890a'],
  ['redact/ip-address', 'In a URL http://[fd00::a1]:8080/ too.', 'fd00::a1'],

  ['redact/internal-host', 'The primary pg-orders-01.acme.internal failed over.', 'pg-orders-01.acme.internal'],
  ['redact/internal-host', 'See build-7.ci.corp for logs.', 'build-7.ci.corp'],
  ['redact/internal-host', 'The printer.local box.', 'printer.local'],
  ['redact/internal-host', 'Upper case NAS.LAN too.', 'NAS.LAN'],

  ['redact/internal-link', 'Discussed in https://acme.slack.com/archives/C012AB3CD.', 'https://acme.slack.com/archives/C012AB3CD'],
  ['redact/internal-link', 'Tracked in https://acme.atlassian.net/browse/OPS-12.', 'https://acme.atlassian.net/browse/OPS-12'],
  ['redact/internal-link', 'See https://jira.acme.example/browse/OPS-1 now', 'https://jira.acme.example/browse/OPS-1'],
  ['redact/internal-link', 'See https://linear.app/acme/issue/ENG-1', 'https://linear.app/acme/issue/ENG-1'],
  ['redact/internal-link', 'Paged via https://acme.pagerduty.com/incidents/Q1W2E3.', 'https://acme.pagerduty.com/incidents/Q1W2E3'],
  ['redact/internal-link', 'Call https://acme.zoom.us/j/123456789 now.', 'https://acme.zoom.us/j/123456789'],
  ['redact/internal-link', 'Notes in https://docs.google.com/document/d/1abc/edit', 'https://docs.google.com/document/d/1abc/edit'],
  ['redact/internal-link', 'Dashboard: https://grafana.acme.example/d/abc', 'https://grafana.acme.example/d/abc'],
  ['redact/internal-link', 'Without a scheme acme.slack.com/archives/C01 too.', 'acme.slack.com/archives/C01'],
  ['redact/internal-link', 'On [the wiki](https://wiki.acme.internal/page).', 'https://wiki.acme.internal/page'],

  ['redact/handle', 'Paged @alice and the team.', '@alice'],
  ['redact/handle', 'Owned by @acme/payments.', '@acme/payments'],
  ['redact/handle', '@oncall-sre acknowledged.', '@oncall-sre'],
  ['redact/handle', 'cc (@carol_w)', '@carol_w'],

  ['redact/secret', 'The key AKIAIOSFODNN7EXAMPLE was rotated.', 'AKIAIOSFODNN7EXAMPLE'],
  ['redact/secret', 'token ghp_aBcdEfGhIjKlMnOpQrStUvWxYz0123456789 leaked', 'ghp_aBcdEfGhIjKlMnOpQrStUvWxYz0123456789'],
  ['redact/secret', 'Slack xoxb-1234567890-abcdefghijkl token.', 'xoxb-1234567890-abcdefghijkl'],
  ['redact/secret', 'set password=hunter2xyz in the config', 'password=hunter2xyz'],
  ['redact/secret', 'with PASSWORD = "correcthorse" set', 'PASSWORD = "correcthorse'],
  ['redact/secret', 'password: hunter2 was in the log', 'password: hunter2'],
  ['redact/secret', 'api_key=abcdef123456', 'api_key=abcdef123456'],
  [
    'redact/secret',
    'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  ],
  ['redact/secret', 'hex d41d8cd98f00b204e9800998ecf8427e here', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['redact/secret', 'key 4f1c0c2b5e7d8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b here', '4f1c0c2b5e7d8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b'],
  ['redact/secret', 'b64 QWxhZGRpbjpvcGVuIHNlc2FtZQ9xYz7KpLmN3Rt5vW8 here', 'QWxhZGRpbjpvcGVuIHNlc2FtZQ9xYz7KpLmN3Rt5vW8'],
  ['redact/secret', 'Google AIzaSyA-1234567890abcdefghijklmnopqrstu key', 'AIzaSyA-1234567890abcdefghijklmnopqrstu'],
  ['redact/secret', 'Stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc key', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
  ['redact/secret', '-----BEGIN RSA PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----'],

  ['redact/service-id', 'The checkout-api pods restarted.', 'checkout-api'],
  ['redact/service-id', 'orders-db was read only.', 'orders-db'],
  ['redact/service-id', 'Upper case Checkout-API too.', 'Checkout-API'],
  ['redact/service-id', 'pg2 replica lagged.', 'pg2'],
  ['redact/service-id', 'In a path /services/orders-db/ too.', 'orders-db'],

  ['redact/person', 'Jane Doe rolled back the change.', 'Jane Doe'],
  ['redact/person', 'then jane  doe again', 'jane  doe'],
  ['redact/person', 'Bob restarted it.', 'Bob'],
  ['redact/person', 'Álvarez alone, the surname of a listed name.', 'Álvarez'],
  ['redact/person', 'Thanks to Oluwaseun for the fix.', 'Oluwaseun'],
  ['redact/internal-name', 'The Site Reliability team paged.', 'Site Reliability'],
  ['redact/identifier', 'We restarted ADSync-CI-2 twice.', 'ADSync-CI-2'],
  ['redact/identifier', 'Then deploy-bot retried the rollout.', 'deploy-bot'],
  ['redact/channel', 'Discussed in #inc-2041-checkout.', '#inc-2041-checkout'],
  ['redact/ticket', 'Tracked as OPS-4521 and INC0012345.', 'OPS-4521'],
  ['redact/cloud-account', 'Role arn:aws:iam::123456789012:role/x was used.', 'arn:aws:iam::123456789012:role/x'],
  ['redact/possible-person', 'The worker was restarted by Travis yesterday.', 'Travis'],
  ['redact/person', "It was Bob's call.", 'Bob'],
  ['redact/person', 'José Álvarez fixed it.', 'José Álvarez'],
  ['redact/person', 'Thanks, Zoë!', 'Zoë'],
  ['redact/hidden-text', 'Restarted by \u202Eeod enaj\u202C today.', '\u202Eeod enaj\u202C'],
  ['redact/phone', 'Dial +47 912 34 567 for the bridge.', '+47 912 34 567'],
];

/** Table: [rule, text]. Ordinary public prose that the rule must leave alone. */
const negatives: [string, string][] = [
  ['redact/email', 'no email here: user at acme dot com'],
  ['redact/email', 'An @ sign alone, and a@b.'],
  ['redact/email', 'Retina images @2x.'],

  ['redact/ip-address', 'We upgraded to version 1.2.3 of the library.'],
  ['redact/ip-address', 'Then version 10.4.12.1 was released.'],
  ['redact/ip-address', 'Release 4.2.0.1 fixed it.'],
  ['redact/ip-address', 'The tag v1.2.3.4 is a version.'],
  ['redact/ip-address', 'And 1.2.3.4.5 is a version too.'],
  ['redact/ip-address', 'Released on 2025.03.14 and 14.03.2025.'],
  ['redact/ip-address', 'Not 256.1.1.1 nor 999.999.999.999.'],
  ['redact/ip-address', 'Loopback ::1 says nothing.'],
  ['redact/ip-address', 'The time was 10:25:00 UTC, then 10:25.'],
  ['redact/ip-address', 'At 2025-03-14T09:02:00Z the alert fired.'],
  ['redact/ip-address', 'Ratio 16:9 and score 3:1.'],
  ['redact/ip-address', 'Rust std::vec::Vec and C++ std::string.'],
  ['redact/ip-address', 'A MAC-like 00:1a:2b:3c:4d:5e is not an IP address.'],

  ['redact/internal-host', 'Ordinary hosts like www.example.com and status.acme.example.'],
  ['redact/internal-host', 'The word internal. or corp. at the end.'],
  ['redact/internal-host', 'Local time and .local files and a .lan party.'],
  ['redact/internal-host', 'The internal-tools team and corporate policy.'],

  ['redact/internal-link', 'Read https://www.postgresql.org/docs/current/sql-altertable.html.'],
  ['redact/internal-link', 'Our status page https://status.acme.example/incidents/1 has updates.'],
  ['redact/internal-link', 'We use Slack and Jira and Zoom internally.'],
  ['redact/internal-link', 'See https://github.com/acme/public-sdk/releases.'],

  ['redact/handle', 'Requests failed at 5 per second @ peak.'],
  ['redact/handle', 'The email bob@acme.example is not a handle.'],
  ['redact/handle', 'Rate @5rps was reached.'],
  ['redact/handle', 'Price is 3 @ $5.'],

  ['redact/secret', 'The password: rotated after the incident.'],
  ['redact/secret', 'An API key: expired and a token: revoked.'],
  ['redact/secret', 'A longwordwithoutanydigitsorcapitalsatallhere is prose.'],
  ['redact/secret', 'Commit abc1234 and UUID 123e4567-e89b-12d3-a456-426614174000.'],
  ['redact/secret', 'We rotated every password and token.'],
  ['redact/secret', 'The path /docs/current/sql-altertable-and-more-words.html is fine.'],

  // Since the system-name probe round 17 `checkout-api-v2` is a version of the same service, and found.
  ['redact/service-id', 'The checkout-api-gateway and my-orders-db are other names.'],
  ['redact/service-id', 'Our search and DNS are fine.'],
  ['redact/service-id', 'The checkout API and the orders database.'],

  ['redact/person', 'Bobby and bobcat are other words.'],
  ['redact/person', 'Josée Alvarezz is not on the list.'],
  ['redact/internal-name', 'Site reliability matters; the search team is fine.'],
  ['redact/identifier', 'A multi-region, Rust-based proxy in us-east-1 on n1-standard-8; see CVE-2021-44228.'],
  ['redact/channel', 'Colour #fff and heading # Title and issue #5560.'],
  ['redact/ticket', 'A SEV-1, UTF-8 and SHA-256 incident; RFC-7231.'],
  ['redact/cloud-account', 'We served 123456789012 requests.'],
  ['redact/possible-person', 'The rollout finished.'],
  ['redact/person', 'Zoëlla is another name.'],
  ['redact/person', 'On Jan 14 the pool was full.'],
  ['redact/hidden-text', 'A right-to-left word \u05E9\u05DC\u05D5\u05DD with marks \u200F and isolates \u2067x\u2069.'],
  ['redact/phone', 'Version 1.22.333 at 10:05:33, from 2024-01-15 to 2024-02-15, 12,345,678 requests, +12% errors.'],
];

describe('each rule finds what it is for', () => {
  test.each(positives)('%s in %j', (rule, text, match) => {
    expect(found(text)).toContain(`${rule}:${match}`);
  });
});

describe('each rule leaves ordinary public prose alone', () => {
  test.each(negatives)('%s not in %j', (rule, text) => {
    expect(found(text).filter((f) => f.startsWith(`${rule}:`))).toEqual([]);
  });
});

describe('rule ids', () => {
  test('every rule is tested both ways', () => {
    const ids = Object.keys(redactionRules).sort();
    expect([...new Set(positives.map(([rule]) => rule))].sort()).toEqual(ids);
    expect([...new Set(negatives.map(([rule]) => rule))].sort()).toEqual(ids);
  });

  test('the rule ids are stable', () => {
    expect(Object.keys(redactionRules)).toEqual([
      'redact/email', 'redact/ip-address', 'redact/internal-host', 'redact/internal-link',
      'redact/handle', 'redact/secret', 'redact/service-id', 'redact/internal-name', 'redact/identifier',
      'redact/channel', 'redact/ticket', 'redact/cloud-account', 'redact/person', 'redact/possible-person',
      'redact/hidden-text', 'redact/phone',
    ]);
  });
});

describe('one finding per place and rule', () => {
  test('a JWT is one secret, not a JWT plus its base64-looking signature', () => {
    expect(found('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U')).toHaveLength(1);
  });
  test('an e-mail address is not also a handle', () => {
    expect(found('mail alice@acme.example')).toEqual(['redact/email:alice@acme.example']);
  });
  test('a link to an internal host is reported as a link and as a host', () => {
    expect(found('https://wiki.acme.internal/x')).toEqual(['redact/internal-link:https://wiki.acme.internal/x', 'redact/internal-host:wiki.acme.internal']);
  });
});

describe('options', () => {
  test('internal domains come from the options, with or without a leading dot', () => {
    const custom = { ...options, internalDomains: ['acme-intra.net'] };
    // `.corp` is found whatever the options say since the tenth probe round (a private-use suffix).
    expect(found('host db1.acme-intra.net and db2.acme.net', custom)).toEqual(['redact/internal-host:db1.acme-intra.net']);
  });
  test('no people, no service ids, no internal domains: those rules find nothing', () => {
    const none = { internalDomains: [], serviceIds: [], people: [], detectUnlistedPeople: false };
    // The shapes of systems are their own rules (`detectShapes`): since probe round 32 `checkout-api` in prose is one.
    expect(found('Jane Doe fixed checkout-api on db.acme.net', { ...none, detectShapes: false })).toEqual([]);
    expect(found('Jane Doe fixed checkout-api on db.acme.net', none)).toEqual(['redact/internal-name:checkout-api']);
    // Names under a suffix only private networks use are hosts inside whatever is configured.
    expect(found('It ran on db.acme.corp, nas.home, pg1.acme.intra and ci-03.lab', none)).toEqual(['redact/internal-host:db.acme.corp', 'redact/internal-host:nas.home', 'redact/internal-host:pg1.acme.intra', 'redact/internal-host:ci-03.lab']);
  });
  test('single plain-word service ids are not checked; names with regex characters are escaped', () => {
    expect(found('search and dns', { ...options, serviceIds: ['search', 'dns'] })).toEqual([]);
    expect(found('Dr. J. Smith (c) and DrXJXSmith', { ...options, people: ['Dr. J. Smith'] })).toEqual(['redact/person:Dr. J. Smith']);
  });
});

describe('allow markers', () => {
  test.each([
    ['MDX comment, colon and reason', 'Write to help@acme.example {/* redaction-allow: redact/email -- public support address */}'],
    ['MDX comment, no colon', 'Write to help@acme.example {/* redaction-allow redact/email: public support address */}'],
    ['YAML comment', 'summary: Write to help@acme.example # redaction-allow: redact/email -- support'],
    ['HTML comment in Markdown', 'Write to help@acme.example <!-- redaction-allow: redact/email -- support -->'],
    ['a list of rules', 'Write to help@acme.example {/* redaction-allow: redact/handle, redact/email -- support */}'],
  ])('%s allows the named rule on its line', (_name, line) => {
    const scan = scanPublicText('post.mdx', line, options);
    expect(scan.findings).toEqual([]);
    expect([...scan.allowed]).toEqual(['redact/email\u0000help@acme.example']);
  });

  test('only the named rule: other findings on the same line stay', () => {
    const line = 'Paged @alice at alice@acme.example {/* redaction-allow: redact/handle -- team alias */}';
    expect(found(line)).toEqual(['redact/email:alice@acme.example']);
  });

  test('only its own line: the same address on the next line is still found', () => {
    const text = 'Write to help@acme.example {/* redaction-allow: redact/email -- support */}\nor to help@acme.example.';
    expect(scanPublicText('post.mdx', text, options).findings.map((f) => [f.rule, f.line])).toEqual([['redact/email', 2]]);
  });

  test('a marker on the line before does not reach the next line', () => {
    const text = '{/* redaction-allow: redact/email -- support */}\nWrite to help@acme.example';
    expect(found(text)).toEqual(['redact/email:help@acme.example']);
  });

  test.each([
    ['misspelled rule id', 'help@acme.example {/* redaction-allow: redact/emial */}'],
    ['rule id without its prefix', 'help@acme.example {/* redaction-allow: email */}'],
    ['no rule at all', 'help@acme.example {/* redaction-allow */}'],
    ['a different word', 'help@acme.example {/* redaction-allowed redact/email */}'.replace('allowed', 'alow')],
  ])('%s allows nothing', (_name, line) => {
    expect(found(line)).toEqual(['redact/email:help@acme.example']);
  });

  test('marker parsing', () => {
    expect([...allowedRulesOnLine('x redaction-allow redact/email y redaction-allow: redact/handle, redact/person -- why')]).toEqual([
      'redact/email', 'redact/handle', 'redact/person',
    ]);
    expect([...allowedRulesOnLine('nothing here')]).toEqual([]);
  });

  test('the marker text itself is never a finding', () => {
    expect(found('{/* redaction-allow: redact/service-id -- the orders-db id is public */} orders-db')).toEqual([]);
  });
});

describe('finding shape', () => {
  test('file, 1-based line and column from the first line given, error severity, message with value, fix', () => {
    const [finding] = scanPublicText('content/x.mdx', 'line one\nthe host db-1.acme.internal', options, 10).findings;
    expect(finding).toEqual({
      file: 'content/x.mdx',
      line: 11,
      column: 10,
      rule: 'redact/internal-host',
      severity: 'error',
      message: 'an internal host name would be published: "db-1.acme.internal".',
      fix: 'move "db-1.acme.internal" into <Internal>…</Internal> or describe it generically ("an internal service"), or, if it is meant to be public, add {/* redaction-allow redact/internal-host "db-1.acme.internal" -- reason */} on this line (# redaction-allow … in frontmatter), or list it in publicNames.',
    });
  });
  test('CRLF text keeps its line numbers', () => {
    expect(scanPublicText('x', 'a\r\nb\r\n@alice', options).findings.map((f) => f.line)).toEqual([3]);
  });
  test('findings on a line come in column order', () => {
    expect(scanPublicText('x', '@alice then 10.0.0.1 then Bob', options).findings.map((f) => f.column)).toEqual([1, 13, 27]);
  });
});

describe('extractHtmlText', () => {
  test.each([
    ['text, entities decoded', '<p>A &amp; B &lt;ok&gt; &#64;alice &#x40;bob</p>', ['A & B <ok> @alice @bob']],
    ['href, src, alt, title', '<a href="https://acme.slack.com/archives/1" title="zqtitle">x</a><img src="/zqsrc.png" alt="zqalt">', ['https://acme.slack.com/archives/1', 'zqtitle', '/zqsrc.png', 'zqalt']],
    ['meta content', '<meta name="description" content="zqdescription">', ['zqdescription']],
    ['data and aria attributes', '<span data-service="zqdata" aria-label="zqaria"></span>', ['zqdata', 'zqaria']],
    ['single-quoted and unquoted values', "<a href='zqsingle' title=zqbare>x</a>", ['zqsingle', 'zqbare']],
    ['comments ship in the page', '<p>x</p><!-- zqcomment -->', ['zqcomment']],
    ['script contents ship too', '<script type="application/json">{"owner":"zqscript"}</script>', ['zqscript']],
    ['CDATA in feeds', '<description><![CDATA[zqcdata <b>bold</b>]]></description>', ['zqcdata']],
    ['formatting tags do not split a word', '<p>al<b>ice</b>@acme.example</p>', ['alice@acme.example']],
    ['a value holding ">"', '<a title="a > b zqafter">x</a>', ['a > b zqafter']],
  ])('%s', (_name, html, expected) => {
    const text = extractHtmlText(html);
    for (const value of expected) expect(text).toContain(value);
  });

  test.each([
    ['style sheets', '<style>@media print { .a { color: red } }</style><p>x</p>', ['@media', 'color']],
    ['tag names and styling attributes', '<div class="zqclass" style="zqstyle" id="k"><svg><path d="M1.2.3.4"/></svg></div>', ['zqclass', 'zqstyle', 'M1.2.3.4', '<div', 'svg']],
    ['subresource integrity hashes', '<script src="/a.js" integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"></script>', ['sha384']],
  ])('drops %s', (_name, html, absent) => {
    const text = extractHtmlText(html);
    for (const value of absent) expect(text).not.toContain(value);
  });

  test('line numbers are the lines of the page', () => {
    const html = '<html>\n<head>\n<title>ok</title>\n</head>\n<body>\n<p\n  class="x">Paged @alice</p>\n</body>';
    expect(extractHtmlText(html).split('\n')).toHaveLength(html.split('\n').length);
    expect(scanHtmlText('index.html', html, options).findings.map((f) => [f.rule, f.line])).toEqual([['redact/handle', 7]]);
  });

  test('an encoded line break does not move later lines', () => {
    expect(extractHtmlText('<p title="a&#10;b">x</p>\n@alice').split('\n')).toHaveLength(2);
  });
});

describe('scanHtmlText', () => {
  test('finds what a reader of the page, or of its source, would see', () => {
    const html = [
      '<!doctype html><html><head><meta name="author" content="Jane Doe"></head>',
      '<body><p>Fixed on <a href="https://acme.atlassian.net/browse/OPS-1">the ticket</a>.</p>',
      '<!-- built from checkout-api -->',
      '<p>Write to support&#64;acme.example</p>',
      '<style>@media (min-width: 40em) {}</style></body></html>',
    ].join('\n');
    expect(scanHtmlText('incidents/x/index.html', html, options).findings.map((f) => `${f.line} ${f.rule}`)).toEqual([
      '1 redact/person',
      '2 redact/internal-link',
      '3 redact/service-id',
      '4 redact/email',
    ]);
  });

  test('a clean page has no findings', () => {
    const html = '<html><head><title>Checkout unavailable</title><style>@media print {}</style></head><body><h1>Checkout unavailable</h1><p>Between 09:02 and 09:40 UTC on 14 March 2025 customers could not pay. Version 1.2.3 fixed it.</p><a href="https://status.acme.example/">Status</a></body></html>';
    expect(scanHtmlText('x.html', html, options).findings).toEqual([]);
  });
});
