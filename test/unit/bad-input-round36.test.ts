// Bad input, round 36 (docs/rules.md, "Bad input round 36"): the inputs of the round that were
// taken in silence or said unclearly before. Each test of a change asserts what the commit before
// did not do; the controls, what was right before and still is. In-process only; the commands
// started are in test/cli/bad-input-round36.test.ts.
import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { dayOptionAdvice, instantAdvice } from '../../src/lib/instant-advice.ts';
import { assertDay } from '../../src/lib/evidence-report.ts';
import { BatchFactError, parseBatchFacts } from '../../src/lib/import/batch-facts.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { resolveAsOfDate } from '../../src/lib/as-of.ts';
import { KbConfigError, loadKbConfig } from '../../src/lib/kb-config.ts';
import { foreignFollowUpsOption } from '../../src/lib/tracker/options.ts';
import { scaffoldDayProblem } from '../../src/lib/scaffold-options.ts';
import { parseWindow } from '../../src/lib/draft/records.ts';
import { errorsAfterEditingGoodInput } from '../support/content-fixture.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const batchProblems = (option: string) => {
  try {
    parseBatchFacts([option], vocabulary, '2026-11-30');
  } catch (error) {
    expect(error).toBeInstanceOf(BatchFactError);
    return (error as BatchFactError).problems;
  }
  return [];
};
const evidenceDayRefusal = (value: string) => {
  try {
    assertDay(value, '--from');
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
};

describe('a day the calendar lacks, with a time after it (before: the format alone)', () => {
  test('digest --since 2026-02-30T10:00Z names February\'s days and the time', () => {
    expect(dayOptionAdvice('2026-02-30T10:00Z', (day) => `--since ${day}`)).toBe(' 2026-02-30 is no day: February 2026 has 28 days; and the option takes a day, without its time of day.');
  });
  test('2026-2-30 (one digit for the month) names February\'s days', () => {
    expect(dayOptionAdvice('2026-2-30', (day) => `--since ${day}`)).toBe(' 2026-02-30 is no day: February 2026 has 28 days.');
  });
  test.each([
    ['2026-02-30', ' 2026-02-30 is no day: February 2026 has 28 days.'],
    ['2026-01-01T00:00:00Z', ' The option takes a day, without its time of day: give --since 2026-01-01.'],
    ['2026-1-1', ' The month and the day take two digits each: give --since 2026-01-01.'],
  ])('%s is said as it was (control)', (value, advice) => {
    expect(dayOptionAdvice(value, (day) => `--since ${day}`)).toBe(advice);
  });
  test('evidence --from 2026-02-30 names February\'s days (before: "give a day as YYYY-MM-DD" alone)', () => {
    expect(evidenceDayRefusal('2026-02-30')).toBe('--from is "2026-02-30": give a day as YYYY-MM-DD, e.g. --from 2026-01-01. 2026-02-30 is no day: February 2026 has 28 days.');
  });
  test('KB_AS_OF=2026-02-30 names February\'s days (before: "which is not a date")', () => {
    expect(() => resolveAsOfDate({ KB_AS_OF: '2026-02-30' }, new Date('2026-12-04T12:00:00Z'))).toThrow('KB_AS_OF is "2026-02-30", which is not a date (2026-02-30 is no day: February 2026 has 28 days). Set it as YYYY-MM-DD');
  });
  test('asOf: \'2026-02-30\' in site.config.ts names February\'s days', () => {
    expect(configRefusal((settings) => ({ ...settings, asOf: '2026-02-30' }))).toContain('asOf is not a date (2026-02-30 is no day: February 2026 has 28 days); write it as YYYY-MM-DD');
  });
});

describe('npm run draft: a time of --window or --started refused for what it is (before: "not an ISO-8601 time with an offset" alone)', () => {
  test('a window starting on a day the calendar lacks names February\'s days', () => {
    expect(() => parseWindow('2026-02-30T10:00:00Z..')).toThrow('--window start "2026-02-30T10:00:00Z" is not an ISO-8601 time with an offset, e.g. 2026-11-20T09:00:00Z. 2026-02-30 is no day: February 2026 has 28 days.');
  });
  test('a window starting in 1969, an ISO-8601 time with an offset, is said to be before 1970', () => {
    expect(() => parseWindow('1969-12-31T10:00:00Z..')).toThrow('--window start "1969-12-31T10:00:00Z" is before 1970: the records of an incident kept now are not that old. Check the year.');
  });
  test('a window the wrong way round is said as before (control)', () => {
    expect(() => parseWindow('2026-11-21T10:00:00Z..2026-11-20T00:00:00Z')).toThrow('--window end 2026-11-20T00:00:00Z is before its start 2026-11-21T10:00:00Z.');
  });
});

describe('a time given as Unix time on the command line (before: the shape alone; a file\'s value was read as such)', () => {
  test.each([['1751996700', 'seconds'], ['1751996700000', 'milliseconds']])('new --started %s is read as the instant it is', (value, unit) => {
    expect(instantAdvice(value, () => true)).toBe(`${value} reads as Unix time (${unit} since 1970-01-01), not a date-time: it is 2025-07-08T17:45:00Z. Write 2025-07-08T17:45:00Z.`);
  });
  test('an eight-digit number is a day, not Unix time (control)', () => {
    expect(instantAdvice('20250708', () => true)).not.toMatch(/Unix time/);
  });
  test('a file\'s started: 1751996700 is said as before (control)', () => {
    const errors = errorsAfterEditingGoodInput((text) => text.replace('  started: 2025-07-08T17:45:00Z', '  started: 1751996700'));
    expect(errors.map((e) => e.message)).toContain('times.started is 1751996700, which reads as Unix time (seconds since 1970-01-01), a number, not a date: it is 2025-07-08T17:45:00Z. Write 2025-07-08T17:45:00Z.');
  });
});

describe('a day before 1970 given to a command (before: taken, status 0)', () => {
  test.each(['1969-12-31', '0001-01-01'])('evidence --from %s is refused', (day) => {
    expect(evidenceDayRefusal(day)).toBe(`--from ${day} is before 1970-01-01: no period, draft or publication day of this knowledge base starts that early (KB_AS_OF and --started take no earlier day either), so the year is surely mistyped. Give a day from 1970-01-01 on.`);
  });
  test('import and fill --set drafted=1969-12-31 is refused', () => {
    expect(batchProblems('drafted=1969-12-31')).toEqual(['--set drafted=1969-12-31 is before 1970-01-01: no period, draft or publication day of this knowledge base starts that early (KB_AS_OF and --started take no earlier day either), so the year is surely mistyped. Give a day from 1970-01-01 on.']);
  });
  test('draft and new --date 1969-12-31 is refused (before: draft\'s shape check passed it to the file\'s check)', () => {
    expect(scaffoldDayProblem('1969-12-31')).toBe('--date 1969-12-31 is before 1970-01-01: no period, draft or publication day of this knowledge base starts that early (KB_AS_OF and --started take no earlier day either), so the year is surely mistyped. Give a day from 1970-01-01 on. Nothing was written.');
  });
  test('1970-01-01 is taken by all three (control)', () => {
    expect(evidenceDayRefusal('1970-01-01')).toBeUndefined();
    expect(batchProblems('drafted=1970-01-01')).toEqual([]);
    expect(scaffoldDayProblem('1970-01-01')).toBeUndefined();
  });
});

const settings = {
  organisation: 'Acme',
  sites: { internal: { title: 'Acme Incident Knowledge Base', url: 'https://incidents.acme.internal' }, public: { title: 'Acme Incident History', url: 'https://status.acme.example' } },
};
function configRefusal(edit: (input: typeof settings) => unknown): string | undefined {
  try {
    loadKbConfig(edit(settings), {}, { fileExists: () => false, now: new Date('2026-12-04T12:00:00Z') });
  } catch (error) {
    expect(error).toBeInstanceOf(KbConfigError);
    return (error as Error).message;
  }
  return undefined;
}
const withPublicUrl = (url: string) => (input: typeof settings) => ({ ...input, sites: { ...input.sites, public: { ...input.sites.public, url } } });

describe('a site address refused for what it holds (before: "write it with its scheme", which it had)', () => {
  test('a port over 65535 is named', () => {
    expect(configRefusal(withPublicUrl('https://status.acme.example:99999'))).toContain('sites.public.url has the port 99999, and ports run from 1 to 65535');
  });
  test('a space in the host is named', () => {
    expect(configRefusal(withPublicUrl('https://status acme.example'))).toContain('sites.public.url has a space in its host name');
  });
  test('an address without a scheme is said as before (control)', () => {
    expect(configRefusal(withPublicUrl('status.acme.example'))).toContain('sites.public.url is not an absolute http(s) URL; write it with its scheme');
  });
  test('a port in range is taken (control)', () => {
    expect(configRefusal(withPublicUrl('https://status.acme.example:8443'))).toBeUndefined();
  });
});

describe('npm run follow-ups: an option of the other command (before: not read, not checked, status 0)', () => {
  test('export --jira-url is refused, naming sync', () => {
    expect(foreignFollowUpsOption('export', { to: 'jira', 'jira-url': 'ftp://x' })).toBe('--jira-url (the address Jira ticket links are built from) is an option of follow-ups sync, not of export, which would not read it: leave it out here, or give it to npm run follow-ups -- sync FILE, which reads the tickets back. Nothing was written.');
  });
  test('sync --to and --repo are refused together, naming export', () => {
    expect(foreignFollowUpsOption('sync', { to: 'github', repo: 'acme/shop' })).toMatch(/^--to \(the tracker to write for\) and --repo \(the repository of the gh script\) are options of follow-ups export, not of sync/);
  });
  test.each([
    ['export', { to: 'github', repo: 'acme/shop', out: 'x', postmortem: ['a'], 'dry-run': true }],
    ['sync', { 'jira-url': 'https://acme.atlassian.net', 'dry-run': true }],
  ])('%s with its own options is no problem (control)', (command, given) => {
    expect(foreignFollowUpsOption(command, given)).toBeUndefined();
  });
});

describe('a file name with a line break (before: "has spaces")', () => {
  test('the line break is named, written as \\n', () => {
    const errors = errorsAfterEditingGoodInput((text) => text, 'postmortems/2025-07-08-a\nb.mdx');
    expect(errors.map((e) => e.message)).toContain('file name "2025-07-08-a\\nb" has a line break; the file name is the postmortem\'s id and URL.');
  });
  test('a name with spaces is said as before (control)', () => {
    const errors = errorsAfterEditingGoodInput((text) => text, 'postmortems/2025-07-08 checkout config.mdx');
    expect(errors.map((e) => e.message)).toContain('file name "2025-07-08 checkout config" has spaces; the file name is the postmortem\'s id and URL.');
  });
});
