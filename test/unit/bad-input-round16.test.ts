// Bad input, round 16: shapes no earlier round tried (docs/rules.md, "Bad input round 16").
import { afterEach, describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { errorsAfterEditingGoodInput, fixturesDir, goodInputPostmortem, makeContentFromFixture, replacing } from '../support/content-fixture.ts';
import { findValuesCutByComment } from '../../src/lib/comment-in-value.ts';
import { describeStrayClosingTag } from '../../src/lib/variant-nesting.ts';
import { largestReadableFile } from '../../src/lib/content-files.ts';

const errorsAfter = errorsAfterEditingGoodInput;
const body = (text: string) => replacing('A configuration push lowered the pool size.', `A configuration push lowered the pool size.\n\n${text}`);
const impact = (line: string) => replacing('  end: 2025-07-08T17:55:00Z', `  end: 2025-07-08T17:55:00Z\n  ${line}`);
/** The one error of the fixture after `change`, its message and fix joined. */
const said = (change: (text: string) => string, name?: string) => {
  const errors = errorsAfter(change, name);
  expect(errors).toHaveLength(1);
  return `${errors[0].message} | ${errors[0].fix ?? ''}`;
};
const started = (value: string) => replacing('started: 2025-07-08T17:45:00Z', `started: ${value}`);

describe('dates and times as other programs write them', () => {
  test('a spreadsheet\'s date number (days since 1899-12-30) is read, with the zone asked', () => {
    expect(said(started('45846.7395833'))).toContain('reads as a spreadsheet\'s date (days since 1899-12-30 and the time as a fraction of a day');
    expect(said(started('45846.7395833'))).toContain('Write 2025-07-08T17:45:00Z if the sheet was in UTC');
    expect(said(replacing('drafted: 2025-07-09', 'drafted: 45847'))).toContain('a spreadsheet\'s day number (days since 1899-12-30, as Excel and LibreOffice store dates), a number, not a date: it is 2025-07-09. Write 2025-07-09.');
    // A number outside 1970-2099 is no spreadsheet day: the plain advice.
    expect(said(replacing('drafted: 2025-07-09', 'drafted: 123'))).toContain('is 123, which is not a date');
  });

  test('the region after the offset (RFC 9557, as Temporal writes it) is named, with the value to write', () => {
    expect(said(started('2025-07-08T19:45:00+02:00[Europe/Berlin]'))).toContain('Here the region in brackets ([Europe/Berlin]) after the offset is not written: the offset alone says when it was. Write 2025-07-08T19:45:00+02:00.');
  });

  test('Z and an offset, or Z twice: both readings, or the one Z', () => {
    expect(said(started('2025-07-08T17:45:00Z+02:00'))).toContain('Here the time has two zones, Z (UTC) and +02:00: write one. Write 2025-07-08T17:45:00Z if the time was noted in UTC, 2025-07-08T17:45:00+02:00 if it was noted at +02:00.');
    expect(said(started('2025-07-08T17:45:00ZZ'))).toContain('Here the Z is written once. Write 2025-07-08T17:45:00Z.');
  });

  test('a weekday that is not the day\'s is said; the right one is not', () => {
    expect(said(started('Wed, 08 Jul 2025 17:45:00 GMT'))).toContain('it says Wed, but 2025-07-08 was a Tuesday: check which of the two is right');
    expect(said(started('Tue, 08 Jul 2025 17:45:00 GMT'))).not.toContain('check which of the two is right');
  });

  test('an incident past midnight, its end written on the first day: the next day\'s value, and one error', () => {
    const pastMidnight = (text: string) => text.replace(/17:45:00Z/g, '23:45:00Z').replace(/17:49:00Z/g, '23:49:00Z').replace(/17:55:00Z/g, '23:55:00Z')
      .replace('resolved: 2025-07-08T18:30:00Z', 'resolved: 2025-07-08T00:30:00Z');
    const errors = errorsAfter(pastMidnight);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'schema/consistency', line: 15 });
    expect(errors[0].message).toContain('If it was after midnight, the day is the next one: write 2025-07-09T00:30:00Z.');
    // Days apart, or minutes before on one afternoon, the next day would not fix it: no such advice.
    expect(said(replacing('resolved: 2025-07-08T18:30:00Z', 'resolved: 2025-07-01T18:30:00Z'))).not.toContain('after midnight');
    expect(errorsAfter(replacing('detected: 2025-07-08T17:49:00Z', 'detected: 2025-07-08T17:40:00Z'))[0].message).not.toContain('after midnight');
  });

  test('a timeline entry past midnight written on the first day', () => {
    const error = said((text) => text.replace(/17:45:00Z/g, '23:45:00Z').replace(/17:49:00Z/g, '23:49:00Z')
      .replace('mitigated: 2025-07-08T17:55:00Z', 'mitigated: 2025-07-09T00:05:00Z').replace('end: 2025-07-08T17:55:00Z', 'end: 2025-07-09T00:05:00Z')
      .replace('at: 2025-07-08T17:55:00Z', 'at: 2025-07-08T00:05:00Z').replace('resolved: 2025-07-08T18:30:00Z', 'resolved: 2025-07-09T00:30:00Z'));
    expect(error).toContain('timeline[1] at 2025-07-08T00:05:00.000Z comes before timeline[0]');
    expect(error).toContain('write 2025-07-09T00:05:00Z.');
  });

  test('a follow-up due more than ten years after the incident: the year is mistyped', () => {
    const [error] = errorsAfter(replacing('due: 2025-08-01', 'due: 2205-08-01'));
    expect(error).toMatchObject({ rule: 'schema/consistency', line: 33 });
    expect(error.message).toContain('actionItems[0].due (2205-08-01) is 180 years after the incident started (2025-07-08)');
    expect(error.message).toContain('(2025-08-01?)');
    expect(errorsAfter(replacing('due: 2025-08-01', 'due: 2030-08-01'))).toEqual([]);
  });
});

describe('values written another way', () => {
  test('a dotted key (times.started) is one key with a point, not "did you mean times"', () => {
    const error = said(replacing('times:\n  started: 2025-07-08T17:45:00Z\n', 'times.started: 2025-07-08T17:45:00Z\ntimes:\n'));
    expect(error).toContain('the key "times.started" is one key with a point in its name: YAML does not read a point as a field inside times.');
    expect(error).toContain('write started: indented under times: (which this file has already)');
    expect(error).not.toContain('did you mean');
  });

  test('severity as a list, and with a dash that only looks like a hyphen', () => {
    expect(said(replacing('severity: SEV-2', 'severity: [SEV-2]'))).toContain('severity is written as a list (["SEV-2"]), but holds one value: one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4. | write severity: SEV-2, without the brackets.');
    expect(said(replacing('status: published', 'status: [published, in-review]'))).toContain('write one of them, without brackets: status: draft (a postmortem has one status; say the rest in the body).');
    const dash = said(replacing('severity: SEV-2', 'severity: SEV\u20112'));
    expect(dash).toContain('whose dash is U+2011 (a non-breaking hyphen), not the hyphen-minus (-) of SEV-2');
    expect(dash).toContain('retype the dash: severity: SEV-2');
    expect(said(replacing('severity: SEV-2', 'severity: SEV\u20132'))).toContain('U+2013 (an en dash)');
  });

  test('a decimal comma, and a prime for minutes', () => {
    expect(said(impact('errorBudgetBurnedPercent: 12,5'))).toContain('a number writes its fraction after a point, not a comma. | write 12.5, without quotes.');
    expect(said(impact("downtimeMinutes: 10'"))).toContain('write 10, without quotes or mark.');
    // Three digits after the comma stay the thousands reading of earlier rounds.
    expect(said(impact('usersAffected: 12,000'))).not.toContain('fraction after a point');
  });
});

describe('quotes and comments in YAML values', () => {
  test('% at the start of a value: the quotes to write', () => {
    expect(said(replacing('title: Checkout errors after a config push', 'title: %5 of checkouts failed'))).toContain('the value %5 starts with "%", which YAML reserves');
  });

  test('an apostrophe inside single quotes: at its line, the apostrophe doubled', () => {
    const [error] = errorsAfter(replacing('title: Checkout errors after a config push', "title: 'Checkout's errors after a config push'"));
    expect(error).toMatchObject({ rule: 'frontmatter/yaml', line: 2 });
    expect(error.message).toContain("the value of title holds an apostrophe (') inside single quotes, which ends the value there");
    expect(error.fix).toBe("write the apostrophe twice inside single quotes, or use double quotes: title: 'Checkout''s errors after a config push'");
  });

  test('a double quote inside double quotes: the value in single quotes', () => {
    const [error] = errorsAfter(replacing('summary: A configuration push lowered a limit and checkout failed for 10 minutes. Reverting fixed it.', 'summary: "A "safe" push lowered a limit. Reverting fixed it."'));
    expect(error).toMatchObject({ rule: 'frontmatter/yaml', line: 3 });
    expect(error.fix).toContain("use single quotes around the value: summary: 'A \"safe\" push lowered a limit. Reverting fixed it.'");
  });

  test('a quote never closed is said at the line that opens it, not at the end of the frontmatter', () => {
    const [error] = errorsAfter(replacing('title: Checkout errors after a config push', 'title: "Checkout errors after a config push'));
    expect(error).toMatchObject({ rule: 'frontmatter/yaml', line: 2 });
    expect(error.message).toContain('the value of title opens a double quote (") that this line does not close');
    expect(error.fix).toBe('close the quote at the end of the value: title: "Checkout errors after a config push"');
  });

  test('a "#" joined to a word cuts a value without quotes: said at its line, with the quotes to write', () => {
    const [error] = errorsAfter(replacing('summary: A configuration push lowered a limit and checkout failed for 10 minutes. Reverting fixed it.', 'summary: A configuration push (ticket #4521) lowered a limit. Reverting fixed it.'));
    expect(error).toMatchObject({ rule: 'frontmatter/yaml', line: 3, column: 10 });
    expect(error.message).toContain('summary is read as "A configuration push (ticket": the " #" after it starts a YAML comment');
    expect(error.fix).toContain('put the whole value in double quotes: summary: "A configuration push (ticket #4521) lowered a limit. Reverting fixed it."');
    expect(said(replacing('title: Checkout errors after a config push', 'title: Checkout errors after push #4521'))).toContain('title is read as "Checkout errors after push"');
  });

  test('a comment with a space after its "#", a quoted value, a block and a one-word id pass', () => {
    expect(findValuesCutByComment('title: Checkout errors # a better title later\n', 2)).toEqual([]);
    expect(findValuesCutByComment('title: "Checkout errors #123"\n', 2)).toEqual([]);
    expect(findValuesCutByComment('summary: |\n  Ticket #4521 and\n  more #x\n', 2)).toEqual([]);
    expect(findValuesCutByComment('severity: SEV-2 #was-1\n', 2)).toEqual([]);
    expect(errorsAfter(replacing('title: Checkout errors after a config push', 'title: "Checkout errors #123"'))).toEqual([]);
  });
});

describe('<Internal> closed but not opened', () => {
  test('a lone </Internal> is named, not MDX\'s "closing slash"', () => {
    const [error] = errorsAfter(body('The pool was db-7.</Internal>'));
    expect(error).toMatchObject({ rule: 'mdx/syntax', line: 45, column: 19 });
    expect(error.message).toContain('</Internal> closes no <Internal>: none is open before it in this paragraph.');
  });

  test('< Internal> with a space: said at it, in the check and in the public scan\'s words', () => {
    const [error] = errorsAfter(body('< Internal>db-7 was the primary.</Internal>'));
    expect(error.message).toContain('< Internal> has a space after the <, so it is text, not the component');
    expect(error.fix).toBe('write <Internal> with no space after the <.');
    expect(describeStrayClosingTag('x < PublicOnly>y</PublicOnly>', 'Unexpected closing slash `/` in tag, expected an open tag first')?.column).toBe(3);
    // Round 44: an HTML element's closing tag with none open is said too (it got MDX's words).
    expect(describeStrayClosingTag('x</div>', 'Unexpected closing slash `/` in tag, expected an open tag first')?.message).toBe('</div> closes no <div>: none is open before it in this paragraph (the rest of an HTML block pasted in part, or an opening tag on a line with other text).');
  });
});

test('an image path with a query (?raw): the page got an <img> with no address; now said, the file beside it or not', () => {
  const dir = makeContentFromFixture('good-input');
  mkdirSync(join(dir, 'postmortems/media'));
  writeFileSync(join(dir, 'postmortems/media/graph.png'), readFileSync(join(fixturesDir, 'public-images/postmortems/media/2025-05-01-checkout-graphs/error-rate.png')));
  const path = join(dir, goodInputPostmortem);
  writeFileSync(path, body('![graph](./media/graph.png?raw)\n\n![graph](./media/graph.png)')(readFileSync(path, 'utf8')));
  const errors = validateCorpus(dir).findings.filter((f) => f.severity === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ rule: 'mdx/missing-image', line: 45 });
  expect(errors[0].message).toContain('has a query (?raw) after its path');
  expect(errors[0].fix).toBe('write the path alone: ./media/graph.png.');
});

describe('files of odd kinds and sizes', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  test('a socket among the postmortems is named as one', async () => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, 'postmortems/2025-07-09-x.mdx');
    server = createServer();
    await new Promise<void>((done) => server!.listen(path, done));
    const [error] = validateCorpus(dir).findings.filter((f) => f.severity === 'error');
    expect(error.rule).toBe('corpus/unreadable-file');
    expect(error.message).toContain('ENXIO (it is a socket, a program\'s connection point, not a file)');
  });

  test('a postmortem or a vocabulary over 32 MiB is said from its size, not read', () => {
    const dir = makeContentFromFixture('good-input');
    const huge = join(dir, 'postmortems/2025-07-09-x.mdx');
    writeFileSync(huge, '');
    truncateSync(huge, largestReadableFile + 1024 * 1024);
    const errors = validateCorpus(dir).findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('2025-07-09-x.mdx is 33 MiB, far over what a postmortem holds (at most 32 MiB is read)');
    const tags = join(makeContentFromFixture('good-input'), 'tags.yaml');
    truncateSync(tags, 3 * 1024 ** 3);
    const [vocabulary] = validateCorpus(join(tags, '..')).findings;
    expect(vocabulary.rule).toBe('vocabulary/file');
    expect(vocabulary.message).toContain('is 3.0 GiB, far over what a vocabulary file holds');
  });

  test('a file name over 100 characters: file/name, with a shorter name', () => {
    const name = `postmortems/2025-07-08-${'checkout-config-'.repeat(10)}x.mdx`;
    const [error] = errorsAfter((text) => text, name);
    expect(error.rule).toBe('file/name');
    expect(error.message).toContain('is 172 characters; a postmortem\'s id is at most 100');
    expect(error.fix).toMatch(/^rename the file to the day and what broke in a few words, e\.g\. 2025-07-08-checkout-config-[a-z-]+\.mdx\.$/);
    expect(errorsAfter((text) => text, `postmortems/2025-07-08-${'checkout-config-'.repeat(5)}x.mdx`)).toEqual([]);
  });
});

