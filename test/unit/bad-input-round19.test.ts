// Bad input, round 19: round 18's leftovers and inputs no earlier round tried (docs/rules.md,
// "Bad input round 19"). Each test asserts a message the commit before did not give.
import { describe, expect, test } from 'vitest';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveAsOfDate } from '../../src/lib/as-of.ts';
import { parseArgsOnce } from '../../scripts/lib/command-line.ts';
import { parseZone, zoneOptionProblem } from '../../src/lib/import/time-zones.ts';
import { checkOptionsProblem } from '../../src/lib/check-options.ts';
import { contentFolderProblem } from '../../src/lib/validate-corpus.ts';
import { scanPublicText } from '../../src/lib/redaction-guard.ts';
import { errorsAfterEditingGoodInput, replacing } from '../support/content-fixture.ts';
import { configRefusal } from '../support/kb-config-refusal.ts';

const body = (text: string) => replacing('A configuration push lowered the pool size.', `A configuration push lowered the pool size.\n\n${text}`);

describe('site.config.ts redaction lists (round 18 left them taken)', () => {
  const problem = (redaction: object) => configRefusal({ redaction });

  test.each([
    ['jane.doe@acme.com', "Write the name: 'Jane Doe'."],
    ['mailto:sam_lee@acme.com', "Write the name: 'Sam Lee'."],
    ['Jane Doe <jane.doe@acme.com>', "Write the name: 'Jane Doe' alone."],
    ['j7@acme.com', "Write the person's name as the postmortems write it, e.g. 'Jane Doe'."],
  ])('people: %s is an address, not a name (it was looked for as written, the name published)', (entry, fix) => {
    const message = problem({ people: [entry] });
    expect(message).toContain(`redaction.people[0] is ${JSON.stringify(entry)}, an e-mail address, not a name`);
    expect(message).toContain(fix);
  });

  test('internalDomains: a public top-level domain would make every host under it internal', () => {
    expect(problem({ internalDomains: ['com'] })).toContain('redaction.internalDomains[0] is "com", a top-level domain of the public internet: every host ending with .com');
    expect(problem({ internalDomains: ['.io'] })).toContain("e.g. '.corp.acme.io' or '.internal'");
  });

  test('internalDomains: an address range is said as one (its fix was ".10.0.0.0", which matches no host)', () => {
    const message = problem({ internalDomains: ['10.0.0.0/8'] });
    expect(message).toContain('is "10.0.0.0/8", an address range, not a host-name suffix');
    expect(message).not.toContain("'.10.0.0.0'");
  });

  test('a suffix without its dot (acmenet) is taken, and finds hosts under .acmenet as .acmenet does', () => {
    expect(problem({ internalDomains: ['acmenet'], people: ['Jane Doe'] })).toBeUndefined();
    const scan = (internalDomains: string[]) => scanPublicText('x.mdx', 'The primary db7.acmenet failed over.', { internalDomains, internalNames: [], people: [], serviceIds: [] }).findings.map((f) => `${f.rule} ${f.message}`);
    expect(scan([])).toEqual([]);
    expect(scan(['acmenet'])).toEqual(scan(['.acmenet']));
    expect(scan(['acmenet']).join()).toContain('redact/internal-host');
  });
});

test('KB_AS_OF written with a time names the day to set (it gave an example day)', () => {
  expect(() => resolveAsOfDate({ KB_AS_OF: '2025-07-01T10:00:00Z' }, new Date('2026-01-01'))).toThrow('KB_AS_OF is "2025-07-01T10:00:00Z", which is not a date. Set it as YYYY-MM-DD, the day without its time: KB_AS_OF=2025-07-01');
});

describe('command lines', () => {
  const options = { 'no-lint': { type: 'boolean' as const }, format: { type: 'string' as const } };
  const refusal = (args: string[]) => {
    try {
      parseArgsOnce({ args, options, allowPositionals: true });
    } catch (error) {
      return (error as Error).message;
    }
    return undefined;
  };

  test('npm run check -- -- --no-lint: the option after a second -- is said (it was "there is no file --no-lint")', () => {
    expect(refusal(['--', '--no-lint'])).toMatch(/^--no-lint comes after a "--", which ends the options, so it would be read as a file's name/);
    expect(refusal(['--', 'content/x.mdx'])).toBeUndefined();
    expect(refusal(['--', '--unknown-thing'])).toBeUndefined();
  });

  test('npm run check: --format Json and --rules with a file', () => {
    expect(checkOptionsProblem({ format: 'Json', rules: true }, [])).toBe('--format "Json" is json in other letter case (formats are written in lower case): give --format json.');
    expect(checkOptionsProblem({ format: 'text', rules: true }, ['x'])).toContain('--rules lists the lint rules and checks no file, so x would not be read');
    expect(checkOptionsProblem({ format: 'github' }, ['x'])).toBeUndefined();
  });

  test('--timezone Etc/GMT+2 is UTC-2 by POSIX\'s sign: refused with both readings (it was taken, every time four hours off)', () => {
    expect(parseZone('Etc/GMT+2')).toBeDefined();
    expect(zoneOptionProblem('--timezone', 'Etc/GMT+2')).toBe('--timezone "Etc/GMT+2" is a POSIX zone name, whose sign is the reverse of what it looks like: Etc/GMT+2 is UTC-2, 2 hours behind UTC. Give the offset the way it reads: --timezone UTC-2 if the reports\' clocks were behind UTC, --timezone UTC+2 if they were ahead of it.');
    expect(zoneOptionProblem('--timezone', 'Etc/GMT-5')).toContain('Etc/GMT-5 is UTC+5');
    expect(zoneOptionProblem('--timezone', 'Etc/GMT+0')).toBeUndefined();
    expect(zoneOptionProblem('--timezone', 'Europe/Berlin')).toBeUndefined();
  });

  test('--timezone Europe/Berln names the zone meant', () => {
    expect(zoneOptionProblem('--timezone', 'Europe/Berln')).toContain('is not a time zone. Did you mean Europe/Berlin?');
  });
});

describe('.mdx prose the parser reads as code is said as prose, with the text that parses', () => {
  test.each([
    ['Latency stayed <5 ms.', 'the < in "<5" is meant as text', 'write the < as \\< (the backslash keeps it as text): \\<5;'],
    ['p99 stayed <= 200 ms.', 'the < in "<="', '\\<='],
    ['client <-> proxy', 'the < in "<->"', '\\<->'],
    ['When a<b the pool fails.', 'the < in "a<b"', 'a\\<b'],
    ['The config was {pool: 8} then.', '{pool: 8} is meant as text, but an .mdx body reads { … } as JavaScript', 'write the brace as \\{'],
    ['## Why it happened {#why}', '{#why} is a heading id as Docusaurus and kramdown write it', 'delete {#why}: the site gives every heading an id from its words (## Why it happened → #why-it-happened).'],
  ])('%s (it was the parser\'s "Unexpected character" or "Could not parse expression with acorn")', (text, said, fix) => {
    const [error] = errorsAfterEditingGoodInput(body(text));
    expect(error).toMatchObject({ rule: 'mdx/syntax', line: 45 });
    expect(error.message).toContain(said);
    expect(error.fix).toContain(fix);
  });

  test('the fixes parse', () => {
    expect(errorsAfterEditingGoodInput(body('Latency stayed \\<5 ms, p99 `<= 200 ms`, a\\<b, config \\{pool: 8}.\n\n## Why it happened'))).toEqual([]);
  });
});

test('a key in other letter case beside the key is said as the key twice (the fix "rename the key" gave it twice)', () => {
  const [both] = errorsAfterEditingGoodInput(replacing('summary:', 'Title: Other\nsummary:'));
  expect(both.message).toBe('the key "Title" is title in other letter case: keys are read as written, so this file gives title twice, and the value under "Title" is not read.');
  expect(both.fix).toBe('keep one: delete the Title: line, or move its value to title: and delete Title:.');
  const [alone] = errorsAfterEditingGoodInput(replacing('severity: SEV-2', 'Severity: SEV-2'));
  expect(alone.fix).toBe('write severity: as listed, in its letter case.');
});

describe('relative links to postmortems are read from the page\'s address', () => {
  test('../<id>/ of no postmortem, and ./<id>/ below this page (both passed)', () => {
    const [up] = errorsAfterEditingGoodInput(body('See [the earlier one](../2024-01-01-db/) too.'));
    expect(up).toMatchObject({ rule: 'body/postmortem-link', line: 45 });
    expect(up.message).toBe('the link ../2024-01-01-db/ is read from this page\'s address, /postmortems/2025-07-08-checkout-config/, so it leads to /postmortems/2024-01-01-db/, which is no postmortem\'s page: a page not found.');
    const [below] = errorsAfterEditingGoodInput(body('See [x](./2024-01-01-db/).'));
    expect(below.message).toContain('leads to /postmortems/2025-07-08-checkout-config/2024-01-01-db/, a page below this one');
  });

  test('a relative link to a postmortem that exists passes; one to a file beside it is said since round 45', () => {
    expect(errorsAfterEditingGoodInput(body('See [this](../2025-07-08-checkout-config/).'))).toEqual([]);
    // Round 45: the site publishes no file a link names (only images shown), so this led to a page not found.
    expect(errorsAfterEditingGoodInput(body('See [the log](./media/trace.txt).')).map((f) => f.message)).toEqual([expect.stringMatching(/^the link \.\/media\/trace\.txt names postmortems\/media\/trace\.txt, which does not exist/)]);
  });
});

test(':::note (a Docusaurus admonition) and a status page\'s ::: update were shown as typed', () => {
  const [note] = errorsAfterEditingGoodInput(body(':::note\nCareful.\n:::'));
  expect(note).toMatchObject({ rule: 'body/foreign-markup', line: 45 });
  expect(note.fix).toBe('write the text as a block quote with its label, > **Note:** …, and delete the ::: lines.');
  const [update] = errorsAfterEditingGoodInput(body('::: update Resolved | 2021-05-31T08:35:03Z\nFixed.\n:::'));
  expect(update.fix).toBe('delete the ::: lines and keep the text (what follows update as a heading or a bold label, e.g. **Resolved**).');
  expect(errorsAfterEditingGoodInput(body('```\n:::note\n```'))).toEqual([]);
});

test('a time with ISO\'s expanded year (+002025-…) gets the value to write', () => {
  const [error] = errorsAfterEditingGoodInput(replacing('started: 2025-07-08T17:45:00Z', 'started: +002025-07-08T17:45:00Z'));
  expect(error.message).toContain('Here the year is written with a sign and six digits (ISO 8601\'s expanded form): write its four digits. Write 2025-07-08T17:45:00Z.');
});

test('a content folder that is a link in a loop, or to nothing, is said so (it was "does not exist")', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-links-'));
  symlinkSync(join(dir, 'loop'), join(dir, 'loop'));
  symlinkSync(join(dir, 'moved'), join(dir, 'dangling'));
  expect(contentFolderProblem(join(dir, 'loop'))?.message).toContain('loop is a symbolic link that leads back to itself (a loop of links), to no folder');
  expect(contentFolderProblem(join(dir, 'dangling'))?.message).toContain(`dangling is a symbolic link to ${join(dir, 'moved')}, which does not exist`);
  expect(contentFolderProblem(join(dir, 'absent'))?.message).toContain('absent does not exist');
});
