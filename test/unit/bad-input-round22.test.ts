// Bad input, round 22: round 21's leftovers and inputs no earlier round tried (docs/rules.md, "Bad
// input round 22"). Each test asserts what the commit before did not do; the controls, what passes
// unchanged. In-process only: no command is started.
import { describe, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseZone, toUtcIso, wallClockFold, wallClockFoldNote } from '../../src/lib/import/time-zones.ts';
import { findNonUtf8Bytes } from '../../src/lib/non-utf8-bytes.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { scanPublicText } from '../../src/lib/redaction-guard.ts';
import { fromCallerFolder, parseArgsOnce } from '../../scripts/lib/command-line.ts';
import { findingsAfterEditingGoodInput, errorsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture, replacing } from '../support/content-fixture.ts';
import { configRefusal } from '../support/kb-config-refusal.ts';

const body = (text: string) => replacing('A configuration push lowered the pool size.', `A configuration push lowered the pool size.\n\n${text}`);
const messages = (findings: { rule: string; message: string }[]) => findings.map((f) => `${f.rule}: ${f.message}`);

describe('a wall time in a daylight-saving change: one rule east and west of UTC (round 21 read New York\'s skipped 02:30 an hour back, the note saying "on")', () => {
  test.each([
    ['Europe/Berlin', '2025-03-30', '02:30', 'gap', '2025-03-30T01:30:00Z'], // 03:30 CEST (as before)
    ['America/New_York', '2025-03-09', '02:30', 'gap', '2025-03-09T07:30:00Z'], // 03:30 EDT (before: 06:30Z, 01:30 EST)
    ['America/Santiago', '2025-09-07', '00:30', 'gap', '2025-09-07T04:30:00Z'], // 01:30 -03 (before: 03:30Z, 23:30 the day before)
    ['Australia/Lord_Howe', '2025-10-05', '02:15', 'gap', '2025-10-04T15:45:00Z'], // a half-hour change: 02:45 +11:00
    ['Europe/Berlin', '2025-10-26', '02:30', 'overlap', '2025-10-26T00:30:00Z'], // the first, CEST (before: the second, 01:30Z)
    ['America/New_York', '2025-11-02', '01:30', 'overlap', '2025-11-02T05:30:00Z'], // the first, EDT (as before)
    ['Australia/Lord_Howe', '2025-04-06', '01:45', 'overlap', '2025-04-05T14:45:00Z'], // the first, +11:00 (before: the second)
  ])('%s %s %s (a %s) is read as %s', (zone, date, time, kind, at) => {
    const fold = wallClockFold(date, time, parseZone(zone)!);
    expect(fold).toMatchObject({ kind, readAs: at });
    expect(toUtcIso(date, time, parseZone(zone)!)).toBe(at);
  });

  test('the note of a time that came twice says that the first was taken', () => {
    expect(wallClockFoldNote(wallClockFold('2025-10-26', '02:30', parseZone('Europe/Berlin')!)!)).toBe("the report's 02:30 on 2025-10-26 in Europe/Berlin came twice (the clocks went back): read as 2025-10-26T00:30:00Z, the first, not 2025-10-26T01:30:00Z; check which the report meant");
  });

  test('control: a time outside any change is read as before', () => {
    expect(toUtcIso('2025-07-01', '12:00', parseZone('Europe/Berlin')!)).toBe('2025-07-01T10:00:00Z');
    expect(toUtcIso('2025-01-15', '09:00', parseZone('America/New_York')!)).toBe('2025-01-15T14:00:00Z');
  });
});

describe('a postmortem with bytes that are not UTF-8 (round 21: "bytes that are not UTF-8 text (shown as �)", nothing more)', () => {
  const withBytes = (bytes: number[], before = '') => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, goodInputPostmortem);
    writeFileSync(path, Buffer.concat([Buffer.from(readFileSync(path, 'utf8').replace('A configuration push', `${before}A configuration push`)), Buffer.from('\n'), Buffer.from(bytes), Buffer.from('\n')]));
    return validateCorpus(dir).findings.filter((f) => f.rule === 'file/encoding');
  };

  test('a Windows-1252 byte is named with the word it is in and the character it stands for', () => {
    const [finding] = withBytes([...Buffer.from('The team'), 0x92, ...Buffer.from('s pool ran out.')]);
    expect(finding).toMatchObject({ line: 45, message: 'the file has bytes that are not UTF-8 text (shown as \uFFFD): on line 45, "team\uFFFDs" reads as "team’s" in Windows-1252, the code page older Windows programs and Office save in (a paragraph pasted from an older file?); they would be published garbled.' });
    expect(finding.fix).toMatch(/^save the file as UTF-8 \(reopen it with the encoding Windows-1252, then save it as UTF-8\), or retype "team’s" there/);
  });

  test('in a file that is UTF-8 elsewhere, the fix is to retype the word (reopened as Windows-1252, its "é" would be garbled)', () => {
    const [finding] = withBytes([...Buffer.from('The caf'), 0xe9, ...Buffer.from(' ran out.')], 'Café: ');
    expect(finding.message).toContain('"caf\uFFFD" reads as "café" in Windows-1252');
    expect(finding.fix).toMatch(/^retype "café" there, .* \(the rest of the file is UTF-8/);
  });

  test('an emoji written as two encoded surrogates (CESU-8) is named, with the emoji meant', () => {
    const [finding] = withBytes([...Buffer.from('We were on fire '), 0xed, 0xa0, 0xbd, 0xed, 0xb4, 0xa5, ...Buffer.from(' that day.')]);
    expect(finding.message).toContain('0xED 0xA0 0xBD 0xED 0xB4 0xA5 in "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD" are U+D83D U+DD25, the two halves of 🔥 written apart');
    expect(finding.fix).toMatch(/^retype 🔥 there/);
  });

  test('a byte no code page gives a character is said with its value', () => {
    expect(findNonUtf8Bytes(Buffer.from([0x78, 0x81, 0x20]))).toMatchObject({ kind: 'unknown', hex: '0x81', line: 1 });
  });

  test('control: valid UTF-8 has none', () => {
    expect(findNonUtf8Bytes(Buffer.from('Café — “ok” 🔥\n'))).toBeUndefined();
  });
});

describe('</internal> closing <Internal> (round 21 said it, and the parser\'s "never closed" beside it)', () => {
  test.each([
    ['<Internal>\nThe host was db7.\n</internal>', '</internal> does not close <Internal>'],
    ['<PublicOnly>\nWe are sorry.\n</publiconly>', '</publiconly> does not close <PublicOnly>'],
  ])('%j is one error', (text, said) => {
    const errors = errorsAfterEditingGoodInput(body(text));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain(said);
  });

  test('control: an <Internal> never closed is still said', () => {
    expect(messages(errorsAfterEditingGoodInput(body('<Internal>\nThe host was db7.\n')))).toEqual([expect.stringContaining('the <Internal> opened here is never closed')]);
  });
});

describe('command lines: options not read as options', () => {
  const importOptions = { out: { type: 'string' }, timezone: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } } as const;
  const refusal = (args: string[]) => {
    try {
      parseArgsOnce({ args, allowPositionals: true, options: importOptions });
    } catch (error) {
      return (error as Error).message;
    }
    return undefined;
  };

  test.each([
    ['—dry-run', 'U+2014', '--dry-run'], // an em dash: a word processor's "--"
    ['–dry-run', 'U+2013', '--dry-run'], // an en dash
    ['−−dry-run', 'U+2212', '--dry-run'], // minus signs
    ['——out=drafts', 'U+2014', '--out=drafts'],
  ])('%s is refused, naming the dash and the option (it was taken as a report to import)', (word, code, meant) => {
    expect(refusal(['report.md', word])).toBe(`"${word}" starts with ${code}, a dash that is not the hyphen-minus (-) options are written with (a word processor, a chat or a web page turns "--" into one), so it would be read as a file's name, not as ${meant.replace(/=.*/, '')}. Retype it as ${meant}.`);
  });

  test.each(['false', 'no', 'Yes'])('--dry-run %s is refused: the switch was on, and the word a file to read', (word) => {
    expect(refusal(['report.md', '--dry-run', word])).toBe(`--dry-run is followed by "${word}", but --dry-run takes no value: it is on when given and off when left out, and "${word}" would be read as a file's name. Write --dry-run alone, or leave it out.`);
  });

  test('--out given only spaces is refused as an empty value is (it was a folder named " ")', () => {
    expect(refusal(['report.md', '--out', '  '])).toBe('--out is given only spaces (a shell variable that is not set?); give the value, or leave the option out.');
  });

  test('a no-break space between an option and its value is named (it was "did you mean --out?")', () => {
    expect(refusal(['report.md', '--out\u00a0drafts'])).toBe("'--out\u00a0drafts' holds a no-break space (U+00A0) between --out and \"drafts\", which makes the two one word, an option no command has. Retype the space between them: --out drafts.");
  });

  test('a short option no command has names the option it starts, not the closest spelling (it was "did you mean --json?")', () => {
    expect(refusal(['report.md', '-o', 'drafts'])).toBe("Unknown option '-o' (did you mean --out?). The options of this command are --out, --timezone, --dry-run, --json.");
    expect(refusal(['report.md', '-x'])).toBe("Unknown option '-x'. The options of this command are --out, --timezone, --dry-run, --json.");
  });

  test.each([
    [['report.md', 'false.md']], // a report named so, not after a switch
    [['report.md', '--out', 'a', '--out', 'a']], // the same value twice
    [['report.md', '-', 'x']], // a lone dash
  ])('control: %j is taken', (args) => {
    expect(refusal(args)).toBeUndefined();
  });
});

describe('a relative path typed in another folder than the project\'s (npm runs every script in the project\'s folder)', () => {
  const project = '/work/kb';
  const files = new Set(['/work/kb/content/postmortems/x.mdx', '/work/kb/content/postmortems', '/work/kb/README.md', '/work/kb/content/README.md', '/elsewhere/r.md']);
  const from = (value: string, callerFolder?: string) => fromCallerFolder(value, { callerFolder, cwd: project, exists: (path) => files.has(path) });

  test.each([
    ['postmortems/x.mdx', '/work/kb/content', 'content/postmortems/x.mdx'], // "there is no file postmortems/x.mdx" before
    ['./postmortems/x.mdx', '/work/kb/content', 'content/postmortems/x.mdx'],
    ['../r.md', '/elsewhere/sub', '/elsewhere/r.md'], // outside the project: absolute
  ])('%s typed in %s is read as %s', (value, callerFolder, read) => {
    expect(from(value, callerFolder)).toBe(read);
  });

  test.each([
    ['README.md', '/work/kb/content'], // there in the project's folder too: as before
    ['./drafts', '/work/kb/content'], // nothing there yet (an output folder): as before
    ['Europe/Berlin', '/work/kb/content'], // a value that names nothing
    ['postmortems/x.mdx', '/work/kb'], // typed in the project's folder
    ['postmortems/x.mdx', undefined], // started without npm
    ['/abs/x.mdx', '/work/kb/content'],
  ])('control: %s typed in %s is left as written', (value, callerFolder) => {
    expect(from(value, callerFolder)).toBe(value);
  });
});

describe('site.config.ts: redaction lists', () => {
  test.each([
    ['internalNames', 'db-*', 'db-7'],
    ['internalNames', '*-prod', '7-prod'],
    ['people', 'Jane Do?', 'Jane Do7'],
  ])('%s: %j is a wildcard, found as written (it was taken, and the names it meant published)', (list, name, example) => {
    expect(configRefusal({ redaction: { [list]: [name] } })).toContain(`redaction.${list}[0] ${JSON.stringify(name)} holds the wildcard ${name.includes('*') ? '*' : '?'}, but names are found as written, not as patterns: it would match no text, and the names meant would be published. List each name as written (e.g. '${example}')`);
  });

  test('control: a * between letters is a name\'s own (E*Trade)', () => {
    expect(configRefusal({ redaction: { publicNames: ['E*Trade'] } })).toBeUndefined();
  });

  test('a site under a path with a space gets a host to write that is one (it was "our20status.…")', () => {
    expect(configRefusal({ sites: { internal: { title: 'A', url: 'https://incidents.acme.internal' }, public: { title: 'B', url: 'https://acme.example/our status/' } } })).toContain('e.g. "https://our-status.acme.example"');
  });
});

describe('names in the two Unicode forms (NFC and NFD): the guard found neither in the other', () => {
  const text = 'During the outage José Díaz restarted the service.';
  const found = (people: string[], post: string) => scanPublicText('post.mdx', post, { internalDomains: ['.corp'], serviceIds: [], people, detectUnlistedPeople: false }).findings.filter((f) => f.rule === 'redact/person').length;

  test('a name listed decomposed (as some git logs and macOS hold it) is found in a post written composed', () => {
    expect(found(['Jose\u0301 Di\u0301az'], text.normalize('NFC'))).toBe(1);
  });

  test('a name listed composed is found in a post written decomposed', () => {
    expect(found(['José Díaz'], text.normalize('NFD'))).toBe(1);
  });

  test('control: a name the post does not hold is found in neither form', () => {
    expect(found(['Inés Ortega'], text.normalize('NFD'))).toBe(0);
    expect(found(['Ine\u0301s Ortega'], text)).toBe(0);
  });
});

describe('a listed name that does not read as a person\'s (it was dropped from the names looked for, and published)', () => {
  const found = (name: string, post: string) => scanPublicText('post.mdx', post, { internalDomains: ['.corp'], serviceIds: [], people: [name], detectUnlistedPeople: false }).findings.filter((f) => f.rule === 'redact/person').map((f) => f.message.split(': ').at(-1));
  test.each([
    ['Al', 'Al restarted the primary, as planned.', '"Al".'],
    ['Harsh K', 'Then Harsh K rolled back the deploy.', '"Harsh K".'],
    ['ROSA PEREIRA', 'Rosa Pereira paged the on-call.', '"Rosa Pereira".'],
    ['Grey Baker', 'Grey Baker restored the backup.', '"Grey Baker".'],
  ])('people: [%j] is found in %j', (name, post, said) => {
    expect(found(name, post)).toEqual([said]);
  });

  test.each([
    ['Grey Baker', 'The grey baker icon was wrong.'],
    ['Al', 'The alert fired et al. at night.'],
  ])('control: people: [%j] is not found in %j (its words, not capitalised)', (name, post) => {
    expect(found(name, post)).toEqual([]);
  });
});

describe('frontmatter at its limits', () => {
  test('a value repeated 1,000 times is one error naming the count (it was 999 errors)', () => {
    const errors = errorsAfterEditingGoodInput(replacing('tags: [config]', `tags: [${Array(1000).fill('config').join(', ')}]`));
    expect(messages(errors)).toEqual(['schema/consistency: tags lists "config" 1,000 times (tags[0], tags[1] … tags[999]); keep tags[0] and remove the other 999.']);
  });

  test('three copies name all three', () => {
    expect(messages(errorsAfterEditingGoodInput(replacing('services: [checkout-api]', 'services: [checkout-api, checkout-api, checkout-api]')))).toEqual(['schema/consistency: services lists "checkout-api" 3 times (services[0], services[1] and services[2]); keep services[0] and remove the other 2.']);
  });

  test('control: two copies keep their message', () => {
    expect(messages(errorsAfterEditingGoodInput(replacing('tags: [config]', 'tags: [config, config]')))).toEqual(['schema/consistency: tags lists "config" twice (tags[0] and tags[1]); remove this one.']);
  });

  test.each([
    ['timeline[1].event', '    event: Config reverted.', `    event: ${'Config reverted. '.repeat(600)}`, 'what happened at that moment', '5,000'],
    ['impact.description', '  description: Some checkout attempts failed.', `  description: ${'Some checkout attempts failed. '.repeat(350)}`, 'who and what was affected', '2,000'],
    ['actionItems[0].verification', '    verification: CI rejects a pool of 8.', `    verification: ${'CI rejects a pool of 8. '.repeat(450)}`, 'how completion is checked', '2,000'],
  ])('%s of 10,000 characters is too long (it had no limit)', (field, from, to, fix, limit) => {
    const [error] = errorsAfterEditingGoodInput(replacing(from, to));
    expect(error).toMatchObject({ rule: 'schema/too-long', field, message: expect.stringMatching(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')} is 10,\\d{3} characters long; at most ${limit} are allowed\\.$`)) });
    expect(error.fix).toContain(fix);
  });

  test('control: an event as long as the longest an import of the corpora writes (a status update of 3,428 characters) passes', () => {
    expect(errorsAfterEditingGoodInput(replacing('    event: Config reverted.', `    event: ${'Service restored in every region. '.repeat(101)}`))).toEqual([]);
  });

  test.each([
    ['severity: SEV-2', 'severity: "SEV-2 "', 'severity is "SEV-2 ", which ends with a space inside its quotes: the value is read with it, so it is not SEV-2.', 'write severity: SEV-2, without the space.'],
    ['status: published', 'status: " published"', 'status is " published", which starts with a space inside its quotes: the value is read with it, so it is not published.', 'write status: published, without the space.'],
  ])('%s written %s names the space (it was "did you mean …?", the two alike on screen)', (from, to, message, fix) => {
    expect(errorsAfterEditingGoodInput(replacing(from, to))).toEqual([expect.objectContaining({ rule: 'schema/invalid-value', message, fix })]);
  });
});

describe('a body whose account is all inside <PublicOnly> (the internal site shows none of it)', () => {
  const account = '## What happened\n\nA configuration push lowered the pool size.';
  test('is an empty internal page, said as such (it passed)', () => {
    expect(errorsAfterEditingGoodInput(replacing(account, '<PublicOnly>\n## What happened\n\nWe are sorry: checkout failed for ten minutes.\n</PublicOnly>'))).toEqual([expect.objectContaining({
      rule: 'body/empty', line: 40,
      message: 'every line of the body\'s account is inside <PublicOnly>, which the internal site does not show: the internal page would show the title, the facts and no account, nothing of what happened or what was done.',
    })]);
  });

  test('control: an account with an apology in <PublicOnly> beside it passes', () => {
    expect(errorsAfterEditingGoodInput(body('<PublicOnly>\nWe are sorry for the trouble.\n</PublicOnly>'))).toEqual([]);
  });
});

describe('controls: inputs of this round already said clearly before it', () => {
  const title = 'title: Checkout errors after a config push';
  test.each([
    ['a 10,000-character title', replacing(title, `title: ${'Checkout errors '.repeat(625)}`), 'schema/too-long'],
    ['an empty title', replacing(title, 'title: ""'), 'schema/invalid'],
    ['a title of emoji', replacing(title, 'title: "🔥🔥🔥"'), 'schema/invalid'],
    ['a lone surrogate written as an escape', replacing(title, 'title: "Checkout errors \\uD83D after a push"'), 'file/encoding'],
    ['a tag in full-width letters', replacing('tags: [config]', 'tags: [ｃｏｎｆｉｇ]'), 'vocabulary/unknown'],
    ['Go\'s zero time as resolved', replacing('  resolved: 2025-07-08T18:30:00Z', '  resolved: 0001-01-01T00:00:00Z'), 'schema/invalid'],
    ['the Unix epoch as mitigated', replacing('  mitigated: 2025-07-08T17:55:00Z', '  mitigated: 1970-01-01T00:00:00Z'), 'schema/consistency'],
    ['SEV-5', replacing('severity: SEV-2', 'severity: SEV-5'), 'schema/invalid-value'],
    ['an action item id twice', replacing('    verification: CI rejects a pool of 8.', '    verification: CI rejects a pool of 8.\n  - id: AI-1\n    title: Alert on pool size changes\n    owner: checkout\n    due: 2025-08-15\n    priority: P2\n    type: detect\n    status: open\n    verification: An alert fires on a test change.'), 'schema/consistency'],
    ['a body of headings only', replacing('## What happened\n\nA configuration push lowered the pool size.', '## What happened\n\n## Why\n\n## Follow-ups'), 'body/empty'],
    ['a NUL in the body', body('a\u0000b'), 'file/encoding'],
    ['a title in Arabic (right-to-left)', replacing(title, 'title: خطأ في الدفع بعد تغيير الإعدادات'), undefined],
  ])('%s', (_, change, rule) => {
    const errors = errorsAfterEditingGoodInput(change);
    if (rule) expect(errors.map((e) => e.rule)).toContain(rule);
    else expect(errors).toEqual([]);
  });

  test('two files whose names differ only in Unicode form are said as one name', () => {
    const dir = makeContentFromFixture('good-input');
    const text = readFileSync(join(dir, goodInputPostmortem), 'utf8');
    writeFileSync(join(dir, 'postmortems/2025-07-08-café.mdx'), text);
    writeFileSync(join(dir, 'postmortems/2025-07-08-cafe\u0301.mdx'), text);
    expect(validateCorpus(dir).findings.map((f) => f.rule)).toContain('corpus/case-collision');
  });

  test('the same title in two Unicode forms is said as the same title', () => {
    const findings = findingsAfterEditingGoodInput(replacing(title, 'title: Café checkout errors'));
    expect(findings.filter((f) => f.rule === 'corpus/same-title')).toEqual([]);
    const dir = makeContentFromFixture('good-input');
    const text = readFileSync(join(dir, goodInputPostmortem), 'utf8');
    writeFileSync(join(dir, goodInputPostmortem), text.replace(title, 'title: Café checkout errors'));
    writeFileSync(join(dir, 'postmortems/2025-07-09-cafe.mdx'), text.replace(title, 'title: Cafe\u0301 checkout errors'));
    expect(validateCorpus(dir).findings.map((f) => f.rule)).toContain('corpus/same-title');
  });

  test('the project\'s own content folder is untouched by the path rule', () => {
    expect(fromCallerFolder('content', { callerFolder: resolve('.'), cwd: resolve('.'), exists: () => true })).toBe('content');
  });
});
