// Bad input, round 37 (docs/rules.md, "Bad input round 37"): the inputs of the round that were
// said unclearly or taken wrongly before. Each test of a change asserts what the commit before
// did not do; the controls, what was right before and still is. In-process only; the commands
// started are in test/cli/bad-input-round37.test.ts.
import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dayOptionAdvice, instantAdvice } from '../../src/lib/instant-advice.ts';
import { calendarDateSchema, isRealInstant } from '../../src/lib/postmortem-schema.ts';
import { zonedInstantSchema } from '../../src/lib/security-schema.ts';
import { resolveAsOfDate } from '../../src/lib/as-of.ts';
import { parseWindow } from '../../src/lib/draft/records.ts';
import { importReport } from '../../src/lib/import/import-report.ts';
import { loadVocabulary, VocabularyError } from '../../src/lib/vocabulary.ts';
import { decodedUriComponent } from '../../src/lib/uri-component.ts';
import { readJiraCsv } from '../../src/lib/tracker/import.ts';
import { decodeNamesFile } from '../../scripts/lib/names-file.ts';
import { errorsAfterEditingGoodInput, replacing } from '../support/content-fixture.ts';
import { configRefusal } from '../support/kb-config-refusal.ts';

const root = resolve(import.meta.dirname, '../..');
const withAsOf = (asOf: string) => ({ asOf });
const withInternalDomain = (domain: string) => ({ redaction: { internalDomains: [domain] } });
const schemaMessage = (schema: { safeParse: (value: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) => schema.safeParse(value).error?.issues[0].message;
const errorAfter = (from: string, to: string) => errorsAfterEditingGoodInput(replacing(from, to)).map((f) => `${f.rule} ${f.message} ${f.fix ?? ''}`);
const addedBeforeRelated = (lines: string) => errorAfter('related: []', `related: []\n${lines}`);

describe('an as-of day in another notation names the day meant (before: "not a date", an example day)', () => {
  test.each([
    ['20260101', 'Here the parts of the day are joined by "-". Give asOf: \'2026-01-01\''],
    ['2026/01/01', 'Give asOf: \'2026-01-01\''],
    ['2026-01-01+02:00', 'A day is written without a time zone (the day is read in UTC): give asOf: \'2026-01-01\''],
  ])("asOf: '%s'", (asOf, said) => {
    expect(configRefusal(withAsOf(asOf))).toContain(said);
  });
  test('KB_AS_OF=20260101', () => {
    expect(() => resolveAsOfDate({ KB_AS_OF: '20260101' })).toThrow('Give KB_AS_OF=2026-01-01.');
  });
  test('control: a day the calendar lacks is said as before, without a second word', () => {
    expect(configRefusal(withAsOf('2026-02-30'))).toContain('asOf is not a date (2026-02-30 is no day: February 2026 has 28 days); write it as YYYY-MM-DD, e.g. "2026-01-31", or leave it out to use today (got "2026-02-30")');
  });
  test('a command day with a zone (`--publish 2026-03-01+02:00`) is said too', () => {
    expect(dayOptionAdvice('2026-03-01+02:00', (day) => `--publish ${day}`)).toBe(' A day is written without a time zone (the day is read in UTC): give --publish 2026-03-01.');
  });
});

describe('an internal domain of letters beyond ASCII is given in the form to write (before: "e.g. \'.corp\'")', () => {
  test('an umlaut: taken since round 38, which matches hosts in both spellings', () => {
    expect(configRefusal(withInternalDomain('.bücher.example'))).toBeUndefined();
  });
  test('a full-width dot: the ASCII dot', () => {
    expect(configRefusal(withInternalDomain('．corp'))).toContain("write '.corp'");
  });
  test('control: an ASCII suffix is taken', () => {
    expect(configRefusal(withInternalDomain('.xn--bcher-kva.example'))).toBeUndefined();
  });
});

describe('draft --window joined by another mark than ".." says which (before: "must be START..END" alone)', () => {
  test("ISO 8601's interval", () => {
    expect(() => parseWindow('2026-11-20T10:00:00Z/2026-11-21T10:00:00Z')).toThrow('Here the two times are joined by a "/" (ISO 8601\'s interval): write --window 2026-11-20T10:00:00Z..2026-11-21T10:00:00Z.');
  });
  test('a start and a duration', () => {
    expect(() => parseWindow('2026-11-20T10:00:00Z/PT4H')).toThrow('Here the start and a duration are joined by a "/" (ISO 8601\'s interval): give both ends as times');
  });
  test('"to"', () => {
    expect(() => parseWindow('2026-11-20T10:00:00Z to 2026-11-21T10:00:00Z')).toThrow('write --window 2026-11-20T10:00:00Z..2026-11-21T10:00:00Z.');
  });
  test('control: START..END is read', () => {
    expect(parseWindow('2026-11-20T10:00:00Z..2026-11-21T10:00:00Z')).toEqual({ start: '2026-11-20T10:00:00Z', end: '2026-11-21T10:00:00Z' });
  });
});

describe('date-times and days in more shapes get the value to write (before: the format alone)', () => {
  test("ISO 8601's basic form", () => {
    expect(instantAdvice('20250708T174500Z', isRealInstant)).toBe("Here the date-time is written in ISO 8601's basic form, without its - and :. Write 2025-07-08T17:45:00Z.");
  });
  test('a time after a lone T, its zone kept once (the time-alone advice wrote "…ZZ" for a time with its Z)', () => {
    expect(instantAdvice('T17:45:00Z', isRealInstant)).toBe('17:45:00Z is a time without its day: write the day before it, e.g. 2025-07-08T17:45:00Z.');
    expect(instantAdvice('17:45+02:00', isRealInstant)).toContain('e.g. 2025-07-08T17:45:00+02:00.');
  });
  test('a day with a zone, in a day field', () => {
    expect(schemaMessage(calendarDateSchema, '2025-07-09+02:00')).toBe('"2025-07-09+02:00" is not a date. Write it as YYYY-MM-DD, e.g. 2025-07-09. This field is a day, written without a time zone.');
  });
  test('an ISO week, in a day field', () => {
    expect(schemaMessage(calendarDateSchema, '2025-W31')).toContain('2025-W31 is a week (ISO 8601), not a day: write the day agreed, e.g. its Friday, 2025-08-01 (the week runs from 2025-07-28 to 2025-08-03).');
    expect(schemaMessage(calendarDateSchema, '2026-W01')).toContain('its Friday, 2026-01-02 (the week runs from 2025-12-29 to 2026-01-04)');
  });
});

describe('the security block\'s date-times say what is wrong as times.started does (before: the format alone, or "Invalid input")', () => {
  test('a region name', () => {
    expect(schemaMessage(zonedInstantSchema, '2025-07-08T18:00:00 Europe/Berlin')).toContain('Write 2025-07-08T18:00:00+02:00.');
  });
  test('a region in brackets', () => {
    expect(schemaMessage(zonedInstantSchema, '2025-07-08T20:00:00+02:00[Europe/Berlin]')).toContain('Write 2025-07-08T20:00:00+02:00.');
  });
  test('Unix time in milliseconds', () => {
    expect(schemaMessage(zonedInstantSchema, 1752000000000)).toBe('is 1752000000000, which reads as Unix time (milliseconds since 1970-01-01), a number, not a date-time: it is 2025-07-08T18:40:00Z. Write 2025-07-08T18:40:00Z.');
  });
  test('through the check, with the field named', () => {
    const errors = addedBeforeRelated('security:\n  classification: [security]\n  notified:\n    earlyWarning: 1752000000000');
    expect(errors.join('\n')).toContain('security.notified.earlyWarning is 1752000000000, which reads as Unix time');
  });
  test('control: a date-time with its offset is taken, as UTC', () => {
    expect(zonedInstantSchema.parse('2025-07-08T20:00:00+02:00')).toBe('2025-07-08T18:00:00.000Z');
  });
});

describe('a boolean written as a YAML 1.1 word, as text or as a number says the value meant (before: "write true or false")', () => {
  test.each([
    ['nearMiss: no', 'write false, without quotes.', 'a word older YAML (1.1) read as false'],
    ['nearMiss: on', 'write true, without quotes.', 'a word older YAML (1.1) read as true'],
    ['historical: Yes', 'write true, without quotes.', 'YAML 1.2, read here, reads as text'],
    ['nearMiss: "false"', 'write false, without quotes.', 'text, by its quotes'],
    ['nearMiss: 1', 'write true, without quotes.', 'a number'],
  ])('%s', (line, fix, why) => {
    const [error] = addedBeforeRelated(line);
    expect(error).toContain(why);
    expect(error).toContain(fix);
  });
  test('control: true is taken', () => {
    expect(addedBeforeRelated('nearMiss: true')).toEqual([]);
  });
});

test('an empty entry of a vocabulary list is one error, not a second offering to add "" to the vocabulary', () => {
  const errors = errorAfter('services: [checkout-api]', 'services: [""]');
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^schema\/invalid services\[0\] is empty/);
});

test('a vocabulary file that is a link to itself is said as a loop (before: "a link whose target does not exist")', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bad37-vocabulary-'));
  try {
    mkdirSync(join(dir, 'postmortems'));
    symlinkSync(join(dir, 'services.yaml'), join(dir, 'services.yaml'));
    expect(() => loadVocabulary(dir)).toThrow(VocabularyError);
    expect(() => loadVocabulary(dir)).toThrow('is a symbolic link that leads back to itself (a loop of links), to no file');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a report under folders naming a month 13 is imported, not stopped by "Invalid time value" (the real-day check tests before it formats)', () => {
  const vocabulary = loadVocabulary(join(root, 'content'));
  const result = importReport('blog/2025/13/01/outage.md', '# Outage\n\nCheckout failed for ten minutes.\n', { vocabulary, today: '2026-12-03' });
  expect(result.draft).toContain('title:');
});

test('decodedUriComponent: decoded, or undefined for a malformed escape', () => {
  expect(decodedUriComponent('2025-07-08%2Dx')).toBe('2025-07-08-x');
  expect(decodedUriComponent('100%')).toBeUndefined();
  expect(decodedUriComponent('%E0%A4%A')).toBeUndefined();
});

test('a command day written as an ISO week gives its first day (`digest --since 2026-W01`; before: the format alone)', () => {
  expect(dayOptionAdvice('2026-W01', (day) => `--since ${day}`)).toBe(' 2026-W01 is a week (ISO 8601), not a day: give its first day, --since 2025-12-29 (the week runs from 2025-12-29 to 2026-01-04), or the day meant.');
});

test('a Jira export with a one-value column twice, holding two values, says which was read (before: the first, silently)', () => {
  const csv = 'Summary,Issue key,Status,Status,Description\nValidate pool sizes in CI,OPS-1,Done,Open,Tracked as postmortem-kb:2025-07-08-checkout-config#AI-1\n';
  const read = readJiraCsv(csv, 'jira.csv');
  expect(read.tickets[0].status).toBe('done');
  expect(read.problems).toEqual(['jira.csv: OPS-1 has 2 "Status" columns with different values ("Done", "Open"); the first was read. Export it with one Status column.']);
  // Control: Labels, a field of many values, repeats its header in every Jira export.
  expect(readJiraCsv('Summary,Issue key,Status,Labels,Labels\nx,OPS-2,Done,a,b\n', 'jira.csv').problems).toEqual([]);
});

test('decodeNamesFile reads a file of names saved as Latin-1 or UTF-16 with its accents (test/cli/bad-input-round37.test.ts shows measure:redaction before and after)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bad37-names-'));
  try {
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('José Pérez\nRenée\n', 'latin1'));
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë Ng\n', 'utf16le')]));
    expect(decodeNamesFile(join(dir, 'latin1.txt'))).toBe('José Pérez\nRenée\n');
    expect(decodeNamesFile(join(dir, 'utf16.txt'))).toBe('Zoë Ng\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.each([
  ['"12"', 'write 12, without quotes.'],
  ['"1e3"', 'write 1000, without quotes.'],
  ['" 12 "', 'write 12, without quotes.'],
])('a count written as text in quotes, usersAffected: %s, is said with the number to write (before: "write a number")', (written, fix) => {
  const [error] = errorAfter('  end: 2025-07-08T17:55:00Z', `  end: 2025-07-08T17:55:00Z\n  usersAffected: ${written}`);
  expect(error).toContain('which YAML reads as text, for its quotes.');
  expect(error).toContain(fix);
});
