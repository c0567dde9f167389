// Bad input, round 7: leftovers of round 6 that were passed in silence or named as something
// nobody wrote (docs/rules.md, "Bad input round 7").
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { resolveAsOfDate } from '../../src/lib/as-of.ts';
import { KbConfigError, loadKbConfig } from '../../src/lib/kb-config.ts';
import { isBodyWithoutAccount } from '../../src/lib/empty-body.ts';
import { findNumberNotationProblems, impactNumberKeys } from '../../src/lib/number-notation.ts';
import { publicationSources, scanOneForPublication } from '../../scripts/lib/redaction-check.ts';
import { errorsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { minimalPublicSource, publicCutRefusal } from '../support/public-probe-post.ts';

const errorsAfter = errorsAfterEditingGoodInput;
const publicWording = 'public:\n  title: Checkout errors\n  summary: Some checkouts failed for 10 minutes.\n';
/** The good fixture made a public post, with `body` appended. */
const asPublicPost = (text: string, body: string) =>
  `${text.replace('visibility: internal', 'visibility: public').replace('related: []', `${publicWording}related: []`)}\n${body}\n`;

describe('a public post: <PublicOnly> written with a character reference', () => {
  const publicSource = minimalPublicSource;
  const refusal = publicCutRefusal;

  test.each(['&lt;PublicOnly&gt;We are sorry.&lt;/PublicOnly&gt;', '&#60;PublicOnly>We are sorry.', '&#060;PublicOnly&#062;', '&#x3C;publiconly&#x3E;', '&#X003c;PublicOnly', '&LT;PublicOnly&GT;', '&lt /PublicOnly&gt;'])('%s is refused at its line (the page read "<PublicOnly>We are sorry.</PublicOnly>")', (text) => {
    expect(refusal(`\nThe pool.\n\n${text}\n`)).toMatch(/^x\.mdx:8: ".*" is read as an <PublicOnly> tag on the page, written with a character reference \(&lt;\): it is no component, so the page shows "<PublicOnly>" as words to every reader.* Fix: in a public post, name the component without angle brackets \("the PublicOnly component"\), or write <PublicOnly> itself around what only the public site shows\.$/);
  });

  test('<Internal> so spelt keeps its own message; the component itself and other words after &lt; are not refused; the internal site is not concerned', () => {
    expect(refusal('\n&lt;Internal&gt;db-7\n')).toMatch(/is read as an <Internal> tag on the page.*so the text after it is published.*or write <Internal> itself around what is to be hidden\.$/);
    expect(refusal('\n<PublicOnly>\nWe are sorry.\n</PublicOnly>\n\np99 &lt; 200 ms, &lt;Public&gt;, &lt;PublicOnlyish is a word\n')).toBeUndefined();
    expect(stripInternalFromSource(publicSource('\n&lt;PublicOnly&gt;\n'), { isMdx: true, variant: 'internal' })).toContain('&lt;PublicOnly&gt;');
  });

  test('npm run check: public/source at its line, on a published public post (it was published as "<PublicOnly>…")', () => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, goodInputPostmortem);
    writeFileSync(path, asPublicPost(readFileSync(path, 'utf8'), '&lt;PublicOnly&gt;We are sorry.&lt;/PublicOnly&gt;'));
    const result = validateCorpus(dir);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const [source] = publicationSources(result.postmortems);
    expect(source).toBeDefined();
    const scan = scanOneForPublication(source, { internalDomains: [], people: [], serviceIds: [] });
    expect(scan.findings).toMatchObject([{ rule: 'public/source', severity: 'error', line: 48, message: expect.stringContaining('"&lt;PublicOnly" is read as an <PublicOnly> tag') }]);
  });
});

describe('a published postmortem with no account in its body', () => {
  test.each([
    ['empty', ''],
    ['blank lines and spaces', '\n   \n\t\n'],
    ['headings only', '\n## What happened\n\n## Impact\n\n### Why\n'],
    ['headings, a rule and comments', '\n## What happened\n\n---\n\n{/* to write */}\n'],
  ])('%s: body/empty (it passed), at the body\'s first line, with the fix', (_, body) => {
    const errors = errorsAfter((t) => `${t.slice(0, t.indexOf('---\n', 4) + 4)}${body}`);
    expect(errors).toEqual([expect.objectContaining({
      rule: 'body/empty', line: 40, column: 1,
      message: expect.stringMatching(/^status is published, but the body holds no account: it is (empty|only headings \(or rules and comments\)), so the page would show the title and the facts and nothing of what happened/),
      fix: 'write the account under the headings (what happened, the impact, the causes, what was done), or set status: draft until it is written.',
    })]);
    expect(errors[0].file).toMatch(/2025-07-08-checkout-config\.mdx$/);
  });

  test('in-review is an error too; a draft and a historical record are not concerned; one line of text is an account', () => {
    const headingsOnly = (t: string) => `${t.slice(0, t.indexOf('---\n', 4) + 4)}\n## What happened\n`;
    expect(errorsAfter((t) => headingsOnly(t).replace('status: published', 'status: in-review').replace('published: 2025-07-12\n', '')).map((e) => e.rule)).toEqual(['body/empty']);
    expect(errorsAfter((t) => headingsOnly(t).replace('status: published', 'status: draft').replace('published: 2025-07-12\n', ''))).toEqual([]);
    expect(errorsAfter((t) => headingsOnly(t).replace('related: []', 'related: []\nhistorical: true'))).toEqual([]);
    expect(errorsAfter((t) => `${headingsOnly(t)}\nThe pool was lowered.\n`)).toEqual([]);
  });

  test('the build\'s validation (frontmatter only) refuses it too', () => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, goodInputPostmortem);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, text.indexOf('---\n', 4) + 4));
    expect(validateCorpus(dir, { frontmatterOnly: true }).findings.map((f) => [f.rule, f.severity])).toEqual([['body/empty', 'error']]);
  });

  test('what is and is not an account', () => {
    for (const body of ['', '#', '###### Six', '  ## Indented heading', '***', '_ _ _', '{/* a\nnote */}', '<!-- in a .md file -->\n## Impact']) expect(isBodyWithoutAccount(body), body).toBe(true);
    // Seven # are text; a setext underline names a line of text; a table, code or an image is an account.
    for (const body of ['####### seven', 'Title\n=====', '| a |\n| - |', '```\nlog\n```', '![g](./g.png)', '<Internal>\ndb-7\n</Internal>', '#hashtag']) expect(isBodyWithoutAccount(body), body).toBe(false);
  });
});

describe('KB_AS_OF out of range', () => {
  const now = new Date('2026-12-01T14:00:00Z');
  test.each([
    ['1900-01-01', /^KB_AS_OF is 1900-01-01, before 1970-01-01: "today" for the timing checks must be a day from 1970-01-01 to 2027-12-01, or every date would be read as in the future\. Set it as YYYY-MM-DD within that range, e.g\. KB_AS_OF=2026-12-01, or unset it to use today\.$/],
    ['1969-12-31', /before 1970-01-01/],
    ['2027-12-02', /^KB_AS_OF is 2027-12-02, more than a year after today \(2026-12-01\): .* or every date would be read as long overdue/],
    ['9999-12-31', /more than a year after today/],
  ])('%s is refused (it was taken), naming KB_AS_OF and the fix', (value, message) => {
    expect(() => resolveAsOfDate({ KB_AS_OF: value }, now)).toThrow(message);
  });

  test('the bounds themselves are taken; a malformed value is still refused as no date', () => {
    expect(resolveAsOfDate({ KB_AS_OF: '1970-01-01' }, now)).toBe('1970-01-01');
    expect(resolveAsOfDate({ KB_AS_OF: '2027-12-01' }, now)).toBe('2027-12-01');
    for (const value of ['0026-01-31'.slice(1), '2026-02-30', '31/01/2026', 'yesterday']) {
      expect(() => resolveAsOfDate({ KB_AS_OF: value }, now)).toThrow(`KB_AS_OF is "${value}", which is not a date${value === '2026-02-30' ? ' (2026-02-30 is no day: February 2026 has 28 days)' : ''}.`);
    }
  });

  test('the configuration refuses it as one of its problems, measured from its own "now"', () => {
    const config = { organisation: 'Acme', sites: { internal: { title: 'I', url: 'https://i.example' }, public: { title: 'P', url: 'https://p.example' } } };
    expect(() => loadKbConfig(config, { KB_AS_OF: '1900-01-01' }, { fileExists: () => false, now })).toThrow(KbConfigError);
    expect(() => loadKbConfig(config, { KB_AS_OF: '1900-01-01' }, { fileExists: () => false, now })).toThrow(/ {2}- KB_AS_OF is 1900-01-01, before 1970-01-01/);
    expect(loadKbConfig(config, { KB_AS_OF: '2027-06-01' }, { fileExists: () => false, now }).asOf).toBe('2027-06-01');
    expect(() => loadKbConfig(config, { KB_AS_OF: '2027-06-01' }, { fileExists: () => false, now: new Date('2026-01-01T00:00:00Z') })).toThrow(/more than a year after today \(2026-01-01\)/);
  });
});

describe('impact numbers in hexadecimal, octal, or too large for a double', () => {
  const withImpact = (line: string) => (t: string) => t.replace('  end: 2025-07-08T17:55:00Z\n', `  end: 2025-07-08T17:55:00Z\n  ${line}\n`);

  test('downtimeMinutes: 0x10 is an error at the value (it was read as 16 and passed)', () => {
    expect(errorsAfter(withImpact('downtimeMinutes: 0x10'))).toEqual([expect.objectContaining({
      rule: 'schema/invalid', line: 20, column: 20, field: 'impact.downtimeMinutes',
      message: 'impact.downtimeMinutes is written 0x10, which YAML reads as the hexadecimal number 16: a number of minutes is not written in base 16, so this is surely a mistake.',
      fix: 'write the number in decimal digits (16 if base 16 was meant).',
    })]);
    expect(errorsAfter(withImpact('usersAffected: 0o17  # users'))).toMatchObject([{ message: 'impact.usersAffected is written 0o17, which YAML reads as the octal number 15: a count of users is not written in base 8, so this is surely a mistake.' }]);
  });

  test('downtimeMinutes: 1e400 is said as written, once (it was named ".inf")', () => {
    const errors = errorsAfter(withImpact('downtimeMinutes: 1e400'));
    expect(errors).toEqual([expect.objectContaining({ rule: 'schema/invalid', line: 20, field: 'impact.downtimeMinutes' })]);
    expect(errors[0].message).toBe('impact.downtimeMinutes is written 1e400, a number too large for any count (the largest a double holds is about 1.8e308): YAML reads it as infinity (.inf), so this is surely a mistake.');
    expect(errors[0].fix).toMatch(/^write the number itself in digits \(e\.g\. 90 for an hour and a half\), or leave downtimeMinutes out/);
    expect(errorsAfter(withImpact('revenueLost: -2.5E999')).map((e) => e.message)).toEqual([expect.stringMatching(/^impact\.revenueLost is written -2\.5E999, a number too large/)]);
  });

  test('ordinary numbers, quoted text and other fields are left to the schema', () => {
    expect(errorsAfter(withImpact('downtimeMinutes: 1e1'))).toEqual([]);
    expect(errorsAfter(withImpact('errorBudgetBurnedPercent: 12.5'))).toEqual([]);
    expect(findNumberNotationProblems('impact:\n  downtimeMinutes: "0x10"\n  slo: 0x10\ndowntimeMinutes: 0x10\n', 2)).toEqual([]);
    expect(impactNumberKeys).toEqual(['usersAffected', 'failedRequests', 'failedOrders', 'downtimeMinutes', 'errorBudgetBurnedPercent', 'revenueLost']);
    // A quoted "0x10" is text, which the schema refuses as no number.
    expect(errorsAfter(withImpact('downtimeMinutes: "0x10"')).map((e) => e.rule)).toEqual(['schema/type']);
  });
});
