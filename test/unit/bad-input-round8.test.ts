// Bad input, round 8: what round 7 left, and further inputs tried against every command
// (docs/rules.md, "Bad input round 8").
import { describe, expect, test } from 'vitest';
import { findNumberNotationProblems } from '../../src/lib/number-notation.ts';
import { calendarDayProblem } from '../../src/lib/instant-advice.ts';
import { KbConfigError, loadKbConfig, variantFromEnvironment } from '../../src/lib/kb-config.ts';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findCaseCollisions } from '../../src/lib/content-files.ts';
import { codeownersProblems } from '../../src/lib/codeowners.ts';
import { join } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { toUtc } from '../../src/lib/draft/records.ts';
import { importReport } from '../../src/lib/import/import-report.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { parseComplianceConfig } from '../../src/lib/compliance-config.ts';
import { findMergeConflict, findSecondFrontmatter } from '../../src/lib/pasted-text.ts';
import { findUnclosedHtmlBlock } from '../../src/lib/unclosed-html.ts';
import { findLongMarkerRun } from '../../src/lib/marker-runs.ts';
import { errorsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';

const errorsAfter = errorsAfterEditingGoodInput;

describe('impact numbers in a flow mapping', () => {
  const flowImpact = (numbers: string) => (t: string) => t.replace(
    /impact:\n {2}description: Some checkout attempts failed\.\n {2}start: (\S+)\n {2}end: (\S+)\n/,
    `impact: {description: Some checkout attempts failed., start: $1, end: $2, ${numbers}}\n`,
  );

  test('impact: {…, downtimeMinutes: 0x10} is an error at the value (it was read as 16 and passed)', () => {
    expect(errorsAfter(flowImpact('downtimeMinutes: 0x10'))).toEqual([expect.objectContaining({
      rule: 'schema/invalid', line: 16, column: 128, field: 'impact.downtimeMinutes',
      message: 'impact.downtimeMinutes is written 0x10, which YAML reads as the hexadecimal number 16: a number of minutes is not written in base 16, so this is surely a mistake.',
    })]);
  });

  test('octal and too large in a flow mapping over lines; quoted text and ordinary numbers are left to the schema', () => {
    const problems = findNumberNotationProblems('title: x\nimpact: {usersAffected: 0o17,\n  revenueLost: 1e400, failedOrders: "0x10", downtimeMinutes: 10}\n', 5);
    expect(problems.map((p) => [p.path.join('.'), p.line, p.column])).toEqual([['impact.usersAffected', 6, 25], ['impact.revenueLost', 7, 16]]);
    expect(findNumberNotationProblems(`impact: {usersAffected: ${'9'.repeat(400)}}\n`, 2).map((p) => p.message)).toEqual([expect.stringMatching(/^impact\.usersAffected is written 9{400}, a number too large/)]);
    expect(errorsAfter(flowImpact('downtimeMinutes: 10'))).toEqual([]);
  });
});

describe('site.config.ts: asOf out of range, a site address that is no host root', () => {
  const now = new Date('2026-12-01T14:00:00Z');
  const config = (changes: { asOf?: string; publicUrl?: string; internalUrl?: string }) => ({
    organisation: 'Acme', ...(changes.asOf ? { asOf: changes.asOf } : {}),
    sites: { internal: { title: 'I', url: changes.internalUrl ?? 'https://i.example' }, public: { title: 'P', url: changes.publicUrl ?? 'https://status.example.com' } },
  });
  const load = (changes: Parameters<typeof config>[0], env: Record<string, string> = {}) => loadKbConfig(config(changes), env, { fileExists: () => false, now });

  test.each([
    ['1900-01-01', /^ {2}- asOf is 1900-01-01, before 1970-01-01: "today" for the timing checks must be a day from 1970-01-01 to 2027-12-01, or every date would be read as in the future\. Set it as YYYY-MM-DD within that range, e.g\. asOf: '2026-12-01', or leave it out to use today\.$/m],
    ['2062-01-31', /^ {2}- asOf is 2062-01-31, more than a year after today \(2026-12-01\):.* long overdue/m],
  ])('asOf: %s is refused (it was taken; KB_AS_OF had the check)', (asOf, message) => {
    expect(() => load({ asOf })).toThrow(KbConfigError);
    expect(() => load({ asOf })).toThrow(message);
    // A fixed KB_AS_OF does not hide the typo in the file.
    expect(() => load({ asOf }, { KB_AS_OF: '2026-01-01' })).toThrow(/asOf is /);
  });

  test('asOf at the bounds is taken', () => {
    expect(load({ asOf: '1970-01-01' }).asOf).toBe('1970-01-01');
    expect(load({ asOf: '2027-12-01' }).asOf).toBe('2027-12-01');
  });

  test.each([
    ['https://example.com/status', 'public', /sites\.public\.url \(https:\/\/example\.com\/status\) has a path \(\/status\): the site is built for the root of its host.*e\.g\. "https:\/\/status\.example\.com" \(docs\/deploy\.md\)\.$/m],
    // GitHub Pages gives no repo.owner.github.io host: a custom domain, or the owner's own site (adoption round 23).
    ['https://owner.github.io/Repo/', 'public', /has a path \(\/Repo\/\).*GitHub Pages serves a project site under a path: give it a custom domain \(Settings → Pages → Custom domain\) and write that address, e\.g\. "https:\/\/status\.<your domain>", or publish from a repository named owner\.github\.io and write "https:\/\/owner\.github\.io" \(docs\/deploy\.md\)\.$/m],
    ['https://status.example.com/?utm=x', 'public', /has a query \(\?utm=x\): .*e\.g\. "https:\/\/status\.example\.com"\.$/m],
    ['https://status.example.com/#top', 'public', /has a fragment \(#top\)/],
    ['https://deploy:hunter2@status.example.com', 'public', /sites\.public\.url holds a user name or password \(deploy:…@\): it is written into every page.*"https:\/\/status\.example\.com"/],
  ])('%s is refused (it was taken and written into every link)', (url, site, message) => {
    expect(() => load({ publicUrl: url })).toThrow(message);
    expect(() => load({ publicUrl: url })).not.toThrow(/hunter2/);
  });

  test('the internal site likewise; the root with or without "/" and a port are taken', () => {
    expect(() => load({ internalUrl: 'https://intranet.example/kb' })).toThrow(/sites\.internal\.url \(https:\/\/intranet\.example\/kb\) has a path/);
    // Plain http for the public site is refused since round 11 (test/unit/bad-input-round11.test.ts).
    for (const url of ['https://status.example.com/', 'https://status.example.com', 'https://status.example.com:8080']) expect(load({ publicUrl: url }).sites.public.url).toBe(url);
  });
});

describe('a vocabulary id with a no-break space around it', () => {
  test.each([
    ['services: [checkout-api]', 'services: [checkout-api\u00A0]', 'service "checkout-api\u00A0"', 'U+00A0, a no-break space', 'checkout-api'],
    ['teams: [checkout]', 'teams: [\u00A0checkout]', 'team "\u00A0checkout"', 'U+00A0, a no-break space', 'checkout'],
    ['tags: [config]', 'tags: [config\u3000]', 'tag "config\u3000"', 'U+3000, an ideographic space', 'config'],
    ['trigger: configuration', 'trigger: configuration\u202F', 'trigger category "configuration\u202F"', 'U+202F, a narrow no-break space', 'configuration'],
    ['owner: checkout', 'owner: checkout\u00A0', 'team "checkout\u00A0"', 'U+00A0, a no-break space', 'checkout'],
  ])('%s written %j is named (it was trimmed in silence)', (line, written, what, character, meant) => {
    const errors = errorsAfter((t) => t.replace(line, written));
    expect(errors).toHaveLength(1);
    expect(errors[0].rule).toBe('vocabulary/unknown');
    expect(errors[0].message).toContain(`unknown ${what}: it holds`);
    expect(errors[0].message).toContain(`(${character}, which looks like a space or nothing)`);
    expect(errors[0].message).toContain(`Did you mean "${meant}"? Retype the id from`);
  });

  test('spaces around an id in quotes are still dropped; a space inside is an unknown id with the closest one', () => {
    expect(errorsAfter((t) => t.replace('tags: [config]', 'tags: ["  config\t"]'))).toEqual([]);
    expect(errorsAfter((t) => t.replace('services: [checkout-api]', 'services: ["checkout api"]')).map((e) => e.message)).toEqual([expect.stringMatching(/^unknown service "checkout api": it is not in .*services\.yaml\. Did you mean "checkout-api"\?/)]);
  });
});

describe('KB_VARIANT that names no site', () => {
  test.each(['Public', 'publc', ' public', 'PUBLIC', 'external'])('%j is refused (it served the internal site)', (value) => {
    expect(() => variantFromEnvironment({ KB_VARIANT: value })).toThrow(KbConfigError);
    expect(() => variantFromEnvironment({ KB_VARIANT: value })).toThrow(`KB_VARIANT is ${JSON.stringify(value)}, which names no site: set KB_VARIANT=public for the customer-facing site, or unset it (or KB_VARIANT=internal) for the internal one`);
  });

  test('the closest site is named; public, internal, empty and unset are taken', () => {
    expect(() => variantFromEnvironment({ KB_VARIANT: 'Public' })).toThrow('(did you mean public?)');
    expect(() => variantFromEnvironment({ KB_VARIANT: 'internl' })).toThrow('(did you mean internal?)');
    expect(variantFromEnvironment({ KB_VARIANT: 'public' })).toBe('public');
    expect(variantFromEnvironment({ KB_VARIANT: 'internal' })).toBe('internal');
    expect(variantFromEnvironment({ KB_VARIANT: '' })).toBe('internal');
    expect(variantFromEnvironment({})).toBe('internal');
  });
});

describe('a day the calendar does not have, an offset no zone has', () => {
  test.each([
    ['times.started', 'started: 2025-07-08T17:45:00Z', 'started: 2025-02-30T17:45:00Z', '2025-02-30 is no day: February 2025 has 28 days.'],
    ['times.resolved', 'resolved: 2025-07-08T18:30:00Z', 'resolved: 2025-13-08T18:30:00Z', '2025-13-08 is no day: there is no month 13 (months run from 01 to 12; is the day before the month?).'],
    ['times.resolved', 'resolved: 2025-07-08T18:30:00Z', 'resolved: 2025-07-08T18:30:00+25:00', '+25:00 is no offset from UTC: offsets run from -12:00 to +14:00, the minutes from 00 to 59 (check the sign and the digits, or write the time in UTC with Z).'],
    ['times.detected', 'detected: 2025-07-08T17:49:00Z', 'detected: 2025-07-08T17:49:00-0575', '-0575 is no offset from UTC'],
  ])('%s written %j: the message says why (it was only "not an ISO-8601 UTC date-time")', (field, line, written, why) => {
    const errors = errorsAfter((t) => t.replace(line, written));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'schema/invalid', field });
    expect(errors[0].message).toContain(`is not an ISO-8601 UTC date-time with its zone. Write it like 2025-03-14T09:12:00Z (UTC, with the Z), or with the offset it was noted in, 2025-03-14T10:12:00+01:00 (stored as UTC). ${why}`);
  });

  test('a due day or drafted day likewise; 29 February of a leap year and +14:00 are taken', () => {
    expect(errorsAfter((t) => t.replace('due: 2025-08-01', 'due: 2025-02-29')).map((e) => e.message)).toEqual(['actionItems[0].due: "2025-02-29" is not a date (2025-02-29 is no day: February 2025 has 28 days). Write it as YYYY-MM-DD, e.g. 2025-03-21.']);
    expect(errorsAfter((t) => t.replace('drafted: 2025-07-09', 'drafted: 2025-09-31')).map((e) => e.message)).toEqual([expect.stringContaining('(2025-09-31 is no day: September 2025 has 30 days)')]);
    expect(calendarDayProblem('2024-02-29')).toBeUndefined();
    expect(errorsAfter((t) => t.replace('resolved: 2025-07-08T18:30:00Z', 'resolved: 2025-07-09T08:30:00+14:00'))).toEqual([]);
  });
});

describe('an impact number written with separators, a unit or as .inf', () => {
  const withImpact = (line: string) => (t: string) => t.replace('  end: 2025-07-08T17:55:00Z\n', `  end: 2025-07-08T17:55:00Z\n  ${line}\n`);
  test.each([
    ['usersAffected: 1_000', 'impact.usersAffected is written "1_000", which YAML reads as text: a number takes no "_" between its digits.', 'write 1000, without quotes.'],
    ['usersAffected: 12,000', 'impact.usersAffected is written "12,000", which YAML reads as text: a number takes no "," between its digits.', 'write 12000 if the comma groups thousands, or 12 if it is a decimal comma, without quotes.'],
    ['failedOrders: 1,250,000', 'impact.failedOrders is written "1,250,000", which YAML reads as text: a number takes no "," between its digits.', 'write 1250000, without quotes.'],
    ['revenueLost: $5,000.50', 'impact.revenueLost is written "$5,000.50", which YAML reads as text: a number takes no "," between its digits and no currency sign.', 'write 5000.50, without quotes.'],
    ['downtimeMinutes: 90 min', 'impact.downtimeMinutes is written "90 min", which YAML reads as text: the field holds the number alone, its unit is in its name (downtimeMinutes).', 'write 90, without quotes or unit.'],
    ['downtimeMinutes: 2h', 'impact.downtimeMinutes is written "2h", which YAML reads as text: the field holds the number alone, its unit is in its name (downtimeMinutes).', 'write 120 (2 h in minutes), without quotes or unit.'],
    ['errorBudgetBurnedPercent: 12.5%', 'impact.errorBudgetBurnedPercent is written "12.5%", which YAML reads as text: the field holds the number alone, its unit is in its name (errorBudgetBurnedPercent).', 'write 12.5, without quotes or unit.'],
    ['downtimeMinutes: .inf', 'impact.downtimeMinutes is written .inf, which YAML reads as infinity: no count is infinite.', 'write the number in digits, or leave the field out if it is not known.'],
  ])('%s says what YAML read and the number to write (it was "write a number, without quotes", with no quotes written)', (line, message, fix) => {
    expect(errorsAfter(withImpact(line))).toEqual([expect.objectContaining({ rule: 'schema/type', line: 20, message, fix })]);
  });

  test('text that is no number keeps the general message', () => {
    expect(errorsAfter(withImpact('usersAffected: many')).map((e) => [e.message, e.fix])).toEqual([['impact.usersAffected is "many", but must be a number.', 'write a number, without quotes.']]);
  });
});

describe('a title with no letter or digit', () => {
  test.each(['"---"', '"🔥🔥"', '"..."', '"!!! ???"'])('title: %s is refused by the check (it passed)', (title) => {
    expect(errorsAfter((t) => t.replace('title: Checkout errors after a config push', `title: ${title}`))).toEqual([expect.objectContaining({
      rule: 'schema/invalid', line: 2, field: 'title',
      message: `title is ${JSON.stringify(JSON.parse(title))}, which has no letter or digit: a title says what broke and where, e.g. "Checkout errors after a config push".`,
    })]);
  });

  test('public.title likewise; a title of one digit or of another script, or with an emoji, is taken', () => {
    const publicPost = (title: string) => (t: string) => t.replace('visibility: internal', 'visibility: public').replace('related: []', `public:\n  title: ${title}\n  summary: Some checkouts failed for 10 minutes.\nrelated: []`);
    expect(errorsAfter(publicPost('"—"')).map((e) => [e.field, e.rule])).toEqual([['public.title', 'schema/invalid']]);
    for (const title of ['"5"', 'Ошибки оплаты', '"🔥 Checkout down"', '決済エラー']) expect(errorsAfter((t) => t.replace('title: Checkout errors after a config push', `title: ${title}`)), title).toEqual([]);
  });
});

describe('published before the incident was resolved, imported before it started', () => {
  test('published: 2025-07-12 for an incident resolved 2025-07-15 is schema/consistency at published (it passed)', () => {
    expect(errorsAfter((t) => t.replace('resolved: 2025-07-08T18:30:00Z', 'resolved: 2025-07-15T18:30:00Z'))).toEqual([expect.objectContaining({
      rule: 'schema/consistency', line: 21, field: 'published',
      message: 'published (2025-07-12) is before the incident was resolved (2025-07-15): a postmortem is published once the incident is over. Check the year and the day of both.',
    })]);
  });

  test('a day of grace for time zones: published the day before the UTC day of resolution is taken', () => {
    expect(errorsAfter((t) => t.replace('resolved: 2025-07-08T18:30:00Z', 'resolved: 2025-07-13T00:30:00Z'))).toEqual([]);
  });

  test('imported.on before the incident started is schema/consistency at imported.on', () => {
    const imported = (on: string) => (t: string) => t.replace('related: []', `related: []\nhistorical: true\nimported:\n  source: old.md\n  format: markdown\n  on: ${on}`);
    expect(errorsAfter(imported('2020-01-01')).map((e) => [e.rule, e.field, e.message])).toEqual([['schema/consistency', 'imported.on', 'imported.on (2020-01-01) is before the incident started (2025-07-08): a report cannot be imported before what it tells happened. Check the year and the day.']]);
    expect(errorsAfter(imported('2026-01-01'))).toEqual([]);
  });
});

describe('a merge left unresolved, a postmortem pasted twice', () => {
  const conflict = (t: string) => t.replace('severity: SEV-2\n', '<<<<<<< HEAD\nseverity: SEV-2\n=======\nseverity: SEV-3\n>>>>>>> fix-severity\n');

  test('conflict markers in the frontmatter are one error naming the conflict (it was four YAML errors about implicit keys)', () => {
    expect(errorsAfter(conflict)).toEqual([expect.objectContaining({
      rule: 'file/merge-conflict', line: 4, column: 1,
      message: 'an unresolved git merge conflict: lines 4-8 hold both sides between the markers <<<<<<<, ======= and >>>>>>>, which would be published as they are (in the frontmatter they are no YAML).',
      fix: 'keep the side you mean (or combine the two), delete the three marker lines, and check again.',
    })]);
  });

  test('in a .md body, where it was published with both sides, and in the build\'s validation', () => {
    const inBody = (t: string) => t.replace('## What happened\n', '## What happened\n\n<<<<<<< HEAD\nThe pool was lowered to 8.\n=======\nThe pool was lowered to 4.\n>>>>>>> 3f2a9c1\n');
    expect(errorsAfter(inBody, 'postmortems/2025-07-08-checkout-config.md').map((e) => [e.rule, e.line])).toEqual([['file/merge-conflict', 43]]);
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, goodInputPostmortem);
    writeFileSync(path, conflict(readFileSync(path, 'utf8')));
    expect(validateCorpus(dir, { frontmatterOnly: true }).findings.map((f) => f.rule)).toEqual(['file/merge-conflict']);
  });

  test('markers shown in a fenced code block, or a lone ======= line, are text', () => {
    expect(findMergeConflict('```\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> main\n```\n')).toBeUndefined();
    expect(findMergeConflict('~~~~diff\n<<<<<<< HEAD\n=======\n>>>>>>> x\n~~~~\n')).toBeUndefined();
    expect(findMergeConflict('Title\n=======\n')).toBeUndefined();
    expect(findMergeConflict('```\ncode\n```\n<<<<<<< ours\na\n=======\nb\n>>>>>>> theirs\n')).toEqual({ startLine: 4, endLine: 8 });
  });

  test('the whole file pasted after itself: body/second-frontmatter at the second block (its fields were published as text)', () => {
    const errors = errorsAfter((t) => `${t}\n${t}`);
    expect(errors).toEqual([expect.objectContaining({
      rule: 'body/second-frontmatter', line: 45,
      message: 'lines 45-83 are a second frontmatter block in the body (`---`, fields, `---`): the file holds a postmortem pasted twice, or two postmortems. The page would show those fields as text, internal ones included, the last made a heading by the closing `---`.',
    })]);
  });

  test('a thematic break before text, a --- in code, or "Status: fixed" after a rule are not a frontmatter', () => {
    expect(findSecondFrontmatter('Intro.\n\n---\n\nMore text.\n\n---\n')).toBeUndefined();
    expect(findSecondFrontmatter('```yaml\n---\ntitle: x\n---\n```\n')).toBeUndefined();
    expect(findSecondFrontmatter('---\nStatus: fixed in 2.1\n\nThe pool.\n---\n')).toBeUndefined();
    expect(findSecondFrontmatter('---\ntitle: x\nThe pool was lowered.\n---\n')).toBeUndefined();
    expect(findSecondFrontmatter('text\n---\ntitle: x\nseverity: SEV-2\n---\n')).toEqual({ startLine: 2, endLine: 5 });
  });
});

test('a merge conflict in tags.yaml is one vocabulary/file error naming it (it was YAML errors at each marker)', () => {
  const dir = makeContentFromFixture('good-input');
  const tags = join(dir, 'tags.yaml');
  writeFileSync(tags, readFileSync(tags, 'utf8').replace('config:\n', '<<<<<<< HEAD\nconfig:\n=======\nconfiguration:\n>>>>>>> rename-tag\n'));
  const findings = validateCorpus(dir).findings;
  expect(findings.map((f) => [f.rule, f.line, f.message])).toEqual([['vocabulary/file', expect.any(Number), expect.stringMatching(/^an unresolved git merge conflict: lines (\d+)-\d+ hold both sides between the markers <<<<<<<, ======= and >>>>>>>, which are no YAML\.$/)]]);
  expect(readFileSync(tags, 'utf8').split('\n')[findings[0].line - 1]).toBe('<<<<<<< HEAD');
});

test('a title holding a line separator (U+2028) is schema/plain-text like a title of two lines (it passed)', () => {
  expect(errorsAfter((t) => t.replace('title: Checkout errors after a config push', 'title: "Checkout errors\\u2028after a config push"'))).toEqual([expect.objectContaining({
    rule: 'schema/plain-text', line: 2,
    message: 'title spans 2 lines (it holds the line separator U+2028, which no editor shows); a title is one line on every page, in the feed and in search results.',
  })]);
});

describe('npm run draft and npm run import: a day the calendar lacks, an hour 24', () => {
  test('toUtc refuses 2025-02-30, 24:30 and +25:00 (Date.parse rolled 2025-02-30 over to 2 March: the draft started then)', () => {
    expect(toUtc('2025-02-30T10:00:00Z')).toBeUndefined();
    expect(toUtc('2025-03-02T24:30:00Z')).toBeUndefined();
    expect(toUtc('2025-03-02T10:00:00+25:00')).toBeUndefined();
    expect(toUtc('2024-02-29T10:00:00.250+01:00')).toBe('2024-02-29T09:00:00Z');
    expect(toUtc('2025-03-02T10:00Z')).toBe('2025-03-02T10:00:00Z');
  });

  const vocabulary = loadVocabulary(join(import.meta.dirname, '../../content'));
  const importText = (text: string) => importReport('feb.md', text, { vocabulary, today: '2026-11-30' });
  test('import: a timeline row dated 2025-02-30 is listed as not placed, saying why (it was passed over as prose)', () => {
    const result = importText('# Checkout outage\n\n## Timeline\n\n- 2025-02-28 10:00 UTC: alerts fired\n- 2025-02-30 10:20 UTC: config reverted\n\nThe pool ran dry.\n');
    expect(result.unread).toEqual([{ row: '2025-02-30 10:20 UTC: config reverted', reason: '2025-02-30 is no day: February 2025 has 28 days' }]);
    expect(result.draft).toContain('2025-02-30 10:20 UTC: config reverted');
  });

  test('import: a row at 24:30 is listed as not placed (it was placed at 00:00 of its day as "date only")', () => {
    const result = importText('# Checkout outage\n\n## Timeline\n\n- 2025-02-28 23:50 UTC: alerts fired\n- 2025-02-28 24:30 UTC: fixed\n\nThe pool ran dry.\n');
    expect(result.unread).toEqual([{ row: '2025-02-28 24:30 UTC: fixed', reason: '24:30 is not a time of day (00:00 to 23:59; 24:00 is 00:00 of the next day)' }]);
    expect(result.draft).not.toContain('2025-02-28T00:00:00Z');
  });
});

describe('compliance.yaml: a deadline in hexadecimal, a merge conflict', () => {
  const base = readFileSync(join(import.meta.dirname, '../../content/compliance.yaml'), 'utf8');
  test('hours: 0x18 is refused at its line (it was read as 24)', () => {
    const text = base.replace('hours: 24', 'hours: 0x18');
    const line = text.split('\n').findIndex((l) => l.includes('0x18')) + 1;
    expect(() => parseComplianceConfig(text, 'compliance.yaml')).toThrow(`compliance.yaml:${line}: hours is written 0x18, which YAML reads as the hexadecimal number 24: a deadline in hours is not written so. Fix: write the hours in decimal digits (24 if that was meant).`);
    expect(() => parseComplianceConfig(base.replace('hours: 24', 'hours: 0o30'), 'compliance.yaml')).toThrow(/hours is written 0o30, which YAML reads as the octal number 24/);
    expect(parseComplianceConfig(base, 'compliance.yaml').regimes.find((r) => r.id === 'nis2')?.deadlines[0].hours).toBe(24);
  });

  test('a merge conflict is named at its first marker (it was "Implicit keys need to be on a single line")', () => {
    const text = base.replace('timeZone: Europe/Berlin', '<<<<<<< HEAD\ntimeZone: Europe/Berlin\n=======\ntimeZone: UTC\n>>>>>>> other');
    expect(() => parseComplianceConfig(text, 'compliance.yaml')).toThrow(/^compliance\.yaml:3: an unresolved git merge conflict: lines 3-7 hold both sides/);
  });
});

describe('an HTML block never closed in a .md body', () => {
  const md = 'postmortems/2025-07-08-checkout-config.md';
  const withBody = (text: string) => (t: string) => t.replace('## What happened\n', `## What happened\n\n${text}`);

  test('<!-- never closed: body/unclosed-html at it (the page ended there, the rest hidden, without a word)', () => {
    expect(errorsAfter(withBody('<!-- to check with the DB team\n\nThe pool was lowered.\n\n## Impact\n\nCheckouts failed.\n'), md)).toEqual([expect.objectContaining({
      rule: 'body/unclosed-html', line: 43, column: 1,
      message: expect.stringMatching(/^the comment opened by <!-- is never closed with -->: Markdown hides everything after it to the end of the file \(\d+ lines, headings included\), so the page would end here\.$/),
      fix: 'add --> where it ends (on the same line for a one-line note), or delete the <!--.',
    })]);
  });

  test('<pre> never closed likewise; in the build\'s validation too', () => {
    expect(errorsAfter(withBody('<pre>\nlog\n\n## Impact\n\nx\n'), md).map((e) => [e.rule, e.message.slice(0, 60)])).toEqual([['body/unclosed-html', 'the HTML block opened by <pre> is never closed with </pre>: ']]);
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, goodInputPostmortem);
    writeFileSync(path.replace(/\.mdx$/, '.md'), withBody('<!-- x\n\nThe pool.\n')(readFileSync(path, 'utf8')));
    rmSync(path);
    expect(validateCorpus(dir, { frontmatterOnly: true }).findings.map((f) => f.rule)).toEqual(['body/unclosed-html']);
  });

  test('a closed comment, one in fenced code, one closed lines later, or one at the very end hide nothing', () => {
    expect(findUnclosedHtmlBlock('<!-- a -->\n\ntext\n')).toBeUndefined();
    expect(findUnclosedHtmlBlock('```html\n<!-- a\n```\n\ntext\n')).toBeUndefined();
    expect(findUnclosedHtmlBlock('<!--\nnote\n-->\n\ntext\n<pre>\nx\n</pre>\n')).toBeUndefined();
    expect(findUnclosedHtmlBlock('text\n\n<!-- a\n\nmore\n')).toEqual({ line: 3, column: 1, opening: '<!--', closing: '-->', linesHidden: 3 });
    expect(errorsAfter((t) => `${t}\n<!-- a note at the very end`, md).filter((e) => e.rule === 'body/unclosed-html')).toEqual([]);
  });
});

test.each(['nul', 'con', 'aux', 'com1', 'lpt9'])('a postmortem named %s.mdx (a device name on Windows) is file/name (git cannot check it out there)', (name) => {
  expect(errorsAfter((t) => t, `postmortems/${name}.mdx`)).toEqual([expect.objectContaining({
    rule: 'file/name',
    message: `file name "${name}" is a device name on Windows (${name.toUpperCase()}, whatever the extension): git cannot check the file out there, so the knowledge base could not be cloned on a Windows machine.`,
    fix: `rename the file to the day and what broke, e.g. 2025-03-14-${name}-outage.mdx.`,
  })]);
  expect(errorsAfter((t) => t, `postmortems/${name}-outage.mdx`)).toEqual([]);
});

describe('files one letter case or one Unicode form apart', () => {
  test('media/Graph.png beside media/graph.png is corpus/case-collision (a clone on macOS or Windows kept one)', () => {
    const dir = makeContentFromFixture('good-input');
    mkdirSync(join(dir, 'postmortems/media'));
    writeFileSync(join(dir, 'postmortems/media/graph.png'), 'a');
    writeFileSync(join(dir, 'postmortems/media/Graph.png'), 'b');
    expect(validateCorpus(dir).findings.filter((f) => f.severity === 'error')).toEqual([expect.objectContaining({
      rule: 'corpus/case-collision', file: join(dir, 'postmortems/media/graph.png'),
      message: `${join(dir, 'postmortems/media/graph.png')} and ${join(dir, 'postmortems/media/Graph.png')} differ only in letter case: the file systems of macOS and Windows take them for one file, so a clone there keeps one and loses the other without a word.`,
    })]);
  });

  test('café.png composed beside decomposed is said as two Unicode forms; names apart in more than case are not concerned', () => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'postmortems/caf\u00e9.png'), 'a');
    writeFileSync(join(dir, 'postmortems/cafe\u0301.png'), 'b');
    writeFileSync(join(dir, 'postmortems/graph-1.png'), 'c');
    writeFileSync(join(dir, 'postmortems/graph-2.png'), 'd');
    expect(findCaseCollisions(dir)).toEqual([['postmortems/cafe\u0301.png', 'postmortems/caf\u00e9.png']]);
    expect(validateCorpus(dir).findings.map((f) => f.message)).toContainEqual(expect.stringContaining('are one name written in two Unicode forms (an accent as one character in one, as a letter and a combining mark in the other): the file system of macOS takes them for one file'));
  });
});

describe('CODEOWNERS that would name the wrong approvers', () => {
  test('an owner that is no handle or e-mail, a merge conflict, bytes that are not text are each said at their line', () => {
    expect(codeownersProblems('# owners\ncontent/** checkout team\n')).toEqual(['line 2: "checkout", "team" are no owners: an owner is @user, @org/team or an e-mail address, and GitHub ignores any other word. Write the team\'s handle, e.g. @acme/checkout.']);
    expect(codeownersProblems('<<<<<<< HEAD\n* @acme/a\n=======\n* @acme/b\n>>>>>>> main\n')).toEqual(['line 1: an unresolved git merge conflict (lines 1-5): keep the rules you mean and delete the markers <<<<<<<, ======= and >>>>>>>.']);
    expect(codeownersProblems('* @acme/sre\n\u0001\u0002')).toEqual(['line 2: the file is not text (a control character or bytes that are not UTF-8): give the CODEOWNERS file itself.']);
  });

  test('users, teams, e-mail addresses, a pattern without owners and GitLab sections are fine', () => {
    expect(codeownersProblems('* @alice @acme/sre ops@acme.example\n/docs/\n[Docs] @acme/docs\n^[Optional][2] @acme/x\n')).toEqual([]);
    expect(codeownersProblems(readFileSync(join(import.meta.dirname, '../../.github/CODEOWNERS'), 'utf8'))).toEqual([]);
  });
});

describe('a run of thousands of emphasis or link markers', () => {
  test('20,000 * around a word is body/marker-run, refused before any parser reads it (npm run check took 236 s and ended in a stack overflow)', () => {
    const errors = errorsAfter((t) => `${t}\n${'*'.repeat(20000)}x${'*'.repeat(20000)}\n`);
    expect(errors).toEqual([expect.objectContaining({
      rule: 'body/marker-run', line: 45, column: 1,
      message: 'a run of 20,000 emphasis or link markers (*, _ or [) without a word between them; at most 256 are read: the Markdown parsers take minutes on longer runs (20,000 took 4 minutes).',
    })]);
  });

  test('[ × 5,000 and *_ mixed likewise; in the build\'s validation too', () => {
    expect(findLongMarkerRun(`text\n${'['.repeat(5000)}x${'](y)'.repeat(5000)}\n`)).toEqual({ line: 2, column: 1, length: 5000 });
    expect(findLongMarkerRun(`Text ${'*_'.repeat(200)}x`)).toEqual({ line: 1, column: 6, length: 400 });
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, goodInputPostmortem);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n${'_'.repeat(3000)}x${'_'.repeat(3000)}\n`);
    expect(validateCorpus(dir, { frontmatterOnly: true }).findings.map((f) => f.rule)).toEqual(['body/marker-run']);
  });

  test('a run of 256, a rule of stars, and a run in fenced code are read as before', () => {
    expect(findLongMarkerRun(`Text ${'*'.repeat(128)}x${'*'.repeat(128)}`)).toBeUndefined();
    expect(findLongMarkerRun(`${'*'.repeat(2000)}\n`)).toBeUndefined();
    expect(findLongMarkerRun(`\`\`\`\n${'['.repeat(2000)}\n\`\`\`\n`)).toBeUndefined();
  });
});
