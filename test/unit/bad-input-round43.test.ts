// Bad input, round 43 (docs/rules.md, "Bad input round 43"): what an adopter's repository really
// contains, beyond rounds 30 to 42: severities in other languages and as colours, braces and angle
// brackets typed as text in prose, a summary written as a list, follow-ups as task lists of the
// body with owners and days, another post's title in bare brackets, a trigger by its display
// words, and a file named after another day where the lint does not run. Each change case was said
// with the list of values alone, with a fix that did not keep the text, or published otherwise than
// meant; each now gets one finding with the value to write. Controls are left as they were.
import { describe, expect, test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsAfterEditingGoodInput, goodInputPostmortem, replacing } from '../support/content-fixture.ts';
import { findingsInGoodInputFolder, secondPostmortem } from '../support/good-input-folder.ts';
import { findMarkdownInTitle } from '../../src/lib/plain-text-fields.ts';
import { fileNameDayProblem } from '../../src/lib/file-name-day.ts';

type Finding = { rule: string; message: string; fix?: string; line?: number; severity: string };
const said = (findings: Finding[]) => findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const saidForEdit = (change: (text: string) => string, name = goodInputPostmortem) => said(findingsAfterEditingGoodInput(change, name) as Finding[]);
const saidForBody = (text: string) => saidForEdit((source) => `${source}\n${text}\n`);
const severity = (value: string) => replacing('severity: SEV-2', `severity: ${value}`);

describe('severities of other languages and colours, said for what they are (before: the list of SEV-n alone)', () => {
  test.each([
    ['Kritisch', /severity is "Kritisch", "critical" in another language, a word of another tool's severity scale.*write severity: SEV-1/],
    ['élevé', /severity is "élevé", "high" in another language.*write severity: SEV-2/],
    ['高', /severity is "高", "high" in another language.*write severity: SEV-2/],
    ['grave', /severity is "grave", "severe" in another language.*write severity: SEV-1/],
    ['red', /severity is "red", a colour \(red\) of a traffic-light scale, which is read as no level here.*severity: SEV-1 is what red most often is/],
    ['"🟠"', /severity is "🟠", a colour \(orange\) of a traffic-light scale.*severity: SEV-2 is what orange most often is/],
    // `severe` itself lost its "sev" to the prefix a severity word may have ("Sev High") and was not read.
    ['severe', /severity is "severe", a word of another tool's severity scale.*write severity: SEV-1/],
  ])('severity: %s', (value, expected) => {
    const found = saidForEdit(severity(value));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test.each([['"Sev High"', /write severity: SEV-2/], ['Хорошо', /use one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4\.$/]])('control: severity: %s said as before', (value, expected) => {
    expect(saidForEdit(severity(value)).join('\n')).toMatch(expected);
  });
});

describe('braces and angle brackets typed as text in prose, said with the escape that keeps them', () => {
  test.each([
    ['{user} (was "write the text itself")', 'The request for {user} failed.', /\{user\} is read as JavaScript, the value of a variable user.*write \\\{user\} .*`\{user\}`/],
    ['{0} (was published as 0)', 'The pool had {0} free slots.', /\{0\} is an MDX expression, not text: the page shows 0, without the braces.*write \\\{0\}/],
    ['{ } (was published as nothing)', 'We logged { } to the console.', /\{ \} is an MDX expression, not text: the page shows nothing there/],
    ['<pool-size> (was "put <pool-size> on a line of its own")', 'Set <pool-size> to 32.', /<pool-size> is no HTML element and no component of this site.*write \\<pool-size>/],
  ])('%s', (_label, text, expected) => {
    const found = saidForBody(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test.each([
    ['{6 * 7}, a constant the site computes', 'The answer is {6 * 7}.', []],
    ['{process.env.CI_TOKEN} keeps the message of code', 'Token {process.env.CI_TOKEN}.', [/the expression \{process\.env\.CI_TOKEN\} runs code when the site is built/]],
    ['\\{user} escaped', 'The request for \\{user} failed.', []],
    ['<details> on a line with text keeps its element fix', 'Text <details> more.', [/<details> shares its line with text or other tags/]],
  ] as [string, string, RegExp[]][])('control: %s', (_label, text, expected) => {
    const found = saidForBody(text);
    expect(found).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(found[i]).toMatch(pattern));
  });
});

describe('days as numbers (before: the format alone)', () => {
  test.each([
    ['published: 2025', replacing('published: 2025-07-12', 'published: 2025'), /published is 2025, a year alone, which YAML reads as a number: the field is a day, so write its month and day too: 2025-MM-DD\./],
    ['started: 20250708174500', replacing('  started: 2025-07-08T17:45:00Z', '  started: 20250708174500'), /times\.started is 20250708174500, a day and a time written without their separators \(YYYYMMDDhhmmss\).*Write 2025-07-08T17:45:00Z if it was noted in UTC/],
  ])('%s', (_label, change, expected) => {
    const found = saidForEdit(change);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test('control: drafted: 20250709 keeps its own advice', () => {
    expect(saidForEdit(replacing('drafted: 2025-07-09', 'drafted: 20250709')).join('\n')).toMatch(/Write 2025-07-09\./);
  });
});

describe('a summary written as a Markdown list (before: shown as one paragraph with its dashes)', () => {
  test('said, with the sentences to write', () => {
    const found = saidForEdit(replacing('summary: A configuration push lowered a limit and checkout failed for 10 minutes. Reverting fixed it.', 'summary: |\n  - A push lowered a limit\n  - Checkout failed'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/summary is a Markdown list of 2 items.*write it as sentences: "A push lowered a limit\. Checkout failed\."/);
  });
  test('control: a summary of two lines that are no list', () => {
    expect(saidForEdit(replacing('summary: A configuration push lowered a limit and checkout failed for 10 minutes. Reverting fixed it.', 'summary: |\n  A push lowered a limit.\n  Checkout failed.'))).toEqual([]);
  });
});

describe('follow-ups as task lists of the body (round 42\'s leftover: tracked nowhere, nothing said)', () => {
  test.each([
    ['a person\'s handle and a day', '## Notes\n\n- [ ] @ana fix the pool check by 2026-01-10', /body\/untracked-follow-up .*a follow-up with its owner \(@ana\) and its due day \(2026-01-10\).*read actionItems alone.*"- id: AI-2", then "title: fix the pool check", "owner: <the id in teams\.yaml of the team that answers for it, @ana's>", "due: 2026-01-10", "status: open"/],
    ['a team id before a colon', '- [ ] checkout: alert on pool saturation, due 2025-08-15', /its owner \(checkout\) and its due day \(2025-08-15\).*"title: alert on pool saturation", "owner: checkout", "due: 2025-08-15"/],
    ['a team\'s handle', '- [ ] @acme/payments review the retry budget by 2025-08-20', /"title: review the retry budget", "owner: payments", "due: 2025-08-20"/],
    ['an open item under "Action items"', '## Action items\n\n- [ ] Alert on pool saturation', /no owner, under the heading "Action items".*"title: Alert on pool saturation", "owner: <the id in teams\.yaml of the team that answers for it>", "status: open"/],
  ])('%s', (_label, text, expected) => {
    const found = saidForBody(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^warning /);
    expect(found[0]).toMatch(expected);
  });
  test.each([
    ['a checklist of steps, no owner, no day', '## What we did\n\n- [ ] Paged the on-call\n- [ ] Opened the bridge'],
    ['a done item with an owner', '- [x] @ana fixed the check on 2025-07-09'],
    ['an item an action item holds already', '## Action items\n\n- [ ] Validate pool sizes in CI (@checkout)'],
    ['an item in a code block', '```\n- [ ] @ana fix X by 2026-01-10\n```'],
    ['"team" in the words is no owner', '- [ ] Make sure the team has access'],
  ])('control: %s', (_label, text) => {
    expect(saidForBody(text)).toEqual([]);
  });
});

const saidForFolder = (setup: (postmortems: string, good: string) => void) => said(findingsInGoodInputFolder(setup) as Finding[]);
const withSecond = (body: string, change: (text: string) => string = (text) => text) => saidForFolder((dir, good) => writeFileSync(join(dir, '2025-07-09-checkout-again.mdx'), `${change(secondPostmortem(good))}\n${body}\n`));

describe('another post\'s title or id in bare brackets (round 42\'s leftover: shown with its brackets)', () => {
  test.each([
    ['its title', 'See [Checkout errors after a config push].', /error body\/postmortem-link 45: \[Checkout errors after a config push\] is the title of the postmortem 2025-07-08-checkout-config in brackets.*write it as a link to its page: \[Checkout errors after a config push\]\(\/postmortems\/2025-07-08-checkout-config\/\)/],
    ['its title in other letter case, in a table', '| See |\n| --- |\n| [checkout errors after a config push] |', /\[checkout errors after a config push\] is the title of the postmortem 2025-07-08-checkout-config/],
    ['its id', 'See [2025-07-08-checkout-config].', /\[2025-07-08-checkout-config\] is the id of the postmortem 2025-07-08-checkout-config in brackets, as a wiki links a page by its name/],
  ])('%s', (_label, body, expected) => {
    const found = withSecond(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test('a draft is warned', () => {
    expect(withSecond('See [Checkout errors after a config push].', (t) => t.replace('status: published', 'status: draft').replace('published: 2025-07-09\n', '')).filter((f) => /postmortem-link/.test(f))[0]).toMatch(/^warning /);
  });
  test.each([
    ['prose in brackets', 'The pool [sic] was 8.'],
    ['in a code span', 'See `[Checkout errors after a config push]`.'],
    ['a reference defined below', 'See [Checkout errors after a config push].\n\n[Checkout errors after a config push]: /postmortems/2025-07-08-checkout-config/'],
    ['its own title', 'This is [Checkout errors again].'],
  ])('control: %s', (_label, body) => {
    expect(withSecond(body)).toEqual([]);
  });
  test('a wiki link by title is said once, as before', () => {
    const found = withSecond('See [[Checkout errors after a config push]].');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/body\/foreign-markup .*is a wiki link/);
  });
});

describe('a trigger by its display words (before: no "did you mean")', () => {
  test('trigger: Config change names configuration', () => {
    expect(saidForEdit(replacing('trigger: configuration', 'trigger: Config change'))).toEqual([
      expect.stringMatching(/unknown trigger category "Config change": .*Did you mean "configuration"\?/),
    ]);
  });
});

describe('one rule for a file named after another day (consistency/file-day; file/name-date gone)', () => {
  const times = { started: '2025-07-08T17:45:00Z', resolved: '2025-07-10T18:30:00Z' };
  test('the range is the incident\'s days, a day either side', () => {
    expect(fileNameDayProblem({ id: '2025-07-07-x', times })).toBeUndefined();
    expect(fileNameDayProblem({ id: '2025-07-10-x', times })).toBeUndefined();
    expect(fileNameDayProblem({ id: '2025-07-11-x', times })).toBeUndefined();
    expect(fileNameDayProblem({ id: '2025-07-12-x', times })?.message).toMatch(/the file name says 2025-07-12, but times\.started is 2025-07-08T17:45:00Z and the incident ended on 2025-07-10/);
    expect(fileNameDayProblem({ id: '2025-13-40-x', times })?.message).toMatch(/which is no day \(there is no month 13\)/);
  });
  test('without the lint (npm run check --no-lint, npm run redact), a year off and a day that is no day are warned', () => {
    for (const name of ['2024-07-08-checkout-config.mdx', '2025-13-40-checkout-config.mdx']) {
      const found = said(findingsAfterEditingGoodInput((text) => text, `postmortems/${name}`) as Finding[]);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^warning consistency\/file-day 12: the file name (says|starts with) \d{4}-\d{2}-\d{2}.*rename the file to 2025-07-08-checkout-config/);
    }
  });
});

describe('a title\'s shortcodes are read by the body\'s pattern', () => {
  test.each([['Checkout errors :fire:', '🔥'], ['Checkout :+1: fixed', '👍']])('%s', (title, emoji) => {
    expect(findMarkdownInTitle(title)?.plain).toContain(emoji);
  });
  // The looser pattern took a name between slashes or after a backslash, inside a path.
  test.each(['Logs under /srv/:fire:/x', 'Escaped \\:fire: in a title'])('control: %s is no shortcode', (title) => {
    expect(findMarkdownInTitle(title)).toBeUndefined();
  });
});
