// Bad input, round 21: round 20's leftovers and inputs no earlier round tried (docs/rules.md, "Bad
// input round 21"). Each test asserts what the commit before did not do; the controls, what passes
// unchanged. In-process only: no command is started.
import { describe, expect, test } from 'vitest';
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bodyShowsTimeline } from '../../src/lib/body-timeline.ts';
import { maxFrontmatterBytes, oversizeFrontmatter } from '../../src/lib/frontmatter-size.ts';
import { dayStartUtcIso, parseZone } from '../../src/lib/import/time-zones.ts';
import { importReport } from '../../src/lib/import/import-report.ts';
import { decodeReportBytes } from '../../src/lib/import/report-encoding.ts';
import { binaryKind } from '../../src/lib/binary-file.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { undeletableOutput } from '../../scripts/lib/output-folder.ts';
import { findFrontmatterLineMistake } from '../../src/lib/frontmatter-line-mistakes.ts';
import { findSubMillisecondInstants } from '../../src/lib/sub-millisecond.ts';
import { errorsAfterEditingGoodInput, findingsAfterEditingGoodInput, makeContentFromFixture, replacing } from '../support/content-fixture.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';
import { configRefusal } from '../support/kb-config-refusal.ts';

const fixtureTimeline = 'timeline:\n  - at: 2025-07-08T17:49:00Z\n    event: Error-rate alert pages the on-call.\n    kind: detection\n  - at: 2025-07-08T17:55:00Z\n    event: Config reverted.\n    kind: mitigation';
/** The fixture's timeline replaced by `count` entries a second apart from 17:45:00. */
const timelineOf = (count: number) => replacing(fixtureTimeline, `timeline:\n${Array.from({ length: count }, (_, i) => {
  const at = new Date(Date.parse('2025-07-08T17:45:00Z') + i * 1000).toISOString().replace('.000', '');
  return `  - at: ${at}\n    event: Step ${i} of the recovery ran.\n    kind: ${i ? 'mitigation' : 'detection'}`;
}).join('\n')}`);
const body = (text: string) => replacing('A configuration push lowered the pool size.', `A configuration push lowered the pool size.\n\n${text}`);
const messages = (findings: { rule: string; message: string }[]) => findings.map((f) => `${f.rule}: ${f.message}`);

describe('a timeline of thousands of entries (round 19: 50,000 checked in 55 s; its page grew with the square of its rows)', () => {
  test('a frontmatter over the limit is one error naming its size, the field and its entries, before any parser reads it', () => {
    const errors = errorsAfterEditingGoodInput(timelineOf(3_500));
    expect(errors).toEqual([expect.objectContaining({ rule: 'frontmatter/too-large', line: 1 })]);
    expect(errors[0].message).toMatch(/^the frontmatter is 3\d\d KiB; at most 256 KiB is read .* Most of it is timeline \(3,500 entries, lines 22 to 10,522\)\.$/);
    expect(errors[0].fix).toContain('move a long log of events to a linked file or ticket');
  });

  test('control: 1,000 entries (ten times the most any real report has) check as before', () => {
    expect(errorsAfterEditingGoodInput(timelineOf(1_000))).toEqual([]);
  });

  test('another field taking the room gets the general fix', () => {
    const tags = Math.ceil(maxFrontmatterBytes / 10);
    const yaml = `title: x\ntags:\n${'  - config\n'.repeat(tags)}`;
    const problem = oversizeFrontmatter(yaml, 2);
    expect(problem?.message).toContain(`Most of it is tags (${tags.toLocaleString('en-US')} entries, lines 3 to ${(tags + 3).toLocaleString('en-US')}).`);
    expect(problem?.fix).toBe('keep the facts a reader needs; move long lists and logs to a linked file or ticket.');
    expect(oversizeFrontmatter('title: x\n', 2)).toBeUndefined();
  });

  test('the page finds events in the body in order, out of order, and misses one that is not there', () => {
    const html = '<h2>Timeline</h2><ul><li>17:45 Alert fired.</li><li>17:50 Pool raised.</li><li>17:55 Config reverted.</li></ul>';
    expect(bodyShowsTimeline(html, ['Alert fired.', 'Pool raised.', 'Config reverted.'])).toBe(true);
    // Looked for after the one before first, then everywhere: an event listed earlier is still found.
    expect(bodyShowsTimeline(html, ['Config reverted.', 'Alert fired.'])).toBe(true);
    expect(bodyShowsTimeline(html, ['Alert fired.', 'Cache flushed.'])).toBe(false);
  });
});

describe('a date-only row in a zone whose clocks change at midnight (round 20 gave it a note for a 00:00 the report did not write)', () => {
  test.each([
    ['America/Santiago', '2025-09-07', '2025-09-07T04:00:00Z'], // no 00:00: the day begins at 01:00 -03 (before: 03:00Z, 23:00 the day before)
    ['Asia/Beirut', '2025-03-30', '2025-03-29T22:00:00Z'], // no 00:00: 01:00 +03 (the same instant before; the note was what was wrong)
    ['America/Havana', '2025-03-09', '2025-03-09T05:00:00Z'], // no 00:00: 01:00 -04 (before: 04:00Z, 23:00 the day before)
    ['America/Havana', '2025-11-02', '2025-11-02T04:00:00Z'], // 00:00 twice: the first, -04 (the same before, with a note)
    ['Europe/Berlin', '2025-03-30', '2025-03-29T23:00:00Z'], // control: Berlin changes at 02:00
    ['UTC+2', '2025-03-30', '2025-03-29T22:00:00Z'], // control: a fixed offset
  ])('%s, %s begins at %s', (zone, date, start) => {
    expect(dayStartUtcIso(date, parseZone(zone)!)).toBe(start);
  });

  const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
  const report = (firstRow: string) => `# Payments outage\n\nPayments failed on 2025-09-07.\n\n## Timeline\n\n- ${firstRow}\n- 2025-09-07 09:10 Alerts fired\n- 2025-09-07 10:00 Resolved\n\n## Action items\n\n- Alert on failed payments\n`;
  const imported = (row: string) => importReport('payments.md', report(row), { vocabulary, today: '2026-01-01', zone: parseZone('America/Santiago')! });

  test('the import places the row at the day\'s first instant, without a note about the clocks', () => {
    const result = imported('2025-09-07 Customers reported failed payments');
    expect(result.notes.filter((n) => /clocks/.test(n))).toEqual([]);
    expect(result.draft).not.toMatch(/clocks/);
    expect(result.draft).toContain('- at: 2025-09-07T04:00:00Z\n    event: "Customers reported failed payments (date only');
  });

  test('control: a time the report wrote in the skipped hour still gets the note', () => {
    expect(imported('2025-09-07 00:30 Customers reported failed payments').notes.some((n) => n.startsWith("the report's 00:30 on 2025-09-07 in America/Santiago is a time the clocks skipped"))).toBe(true);
  });
});

describe('date-times finer than the millisecond (round 19: kept to the millisecond without a word)', () => {
  const findingsFor = (started: string) => findingsAfterEditingGoodInput(replacing('started: 2025-07-08T17:45:00Z', `started: ${started}`)).filter((f) => f.rule === 'schema/sub-millisecond');
  test.each([
    ['2025-07-08T17:45:00.000000001Z', 'nanosecond', '2025-07-08T17:45:00.000Z'],
    ['2025-07-08T17:45:00.000001Z', 'microsecond', '2025-07-08T17:45:00.000Z'],
    ['2025-07-08T19:45:00.000250+02:00', 'microsecond', '2025-07-08T19:45:00.000+02:00'],
  ])('%s is a warning naming the instant kept', (started, unit, kept) => {
    expect(findingsFor(started)).toEqual([expect.objectContaining({ severity: 'warning', field: 'times.started', line: 12,
      message: `times.started is written to the ${unit} (${started}), but times are kept to the millisecond: it is stored, compared and shown as ${kept}, and the digits after the third are dropped.` })]);
  });
  test.each(['2025-07-08T17:45:00.000000Z', '2025-07-08T17:45:00.000Z', '2025-07-08T17:45:00Z'])('control: %s loses nothing and is no finding', (started) => {
    expect(findingsFor(started)).toEqual([]);
  });
  test('control: only the fields that hold instants are read (a source\'s own key, refused as unknown, is not said twice)', () => {
    expect(findSubMillisecondInstants({ source_fetched_at: '2026-05-04T17:49:00.692982Z', timeline: [{ at: '2025-07-08T17:45:00.000001Z' }] }).map((found) => found.path)).toEqual([['timeline', 0, 'at']]);
  });
});

describe('an output folder the build cannot delete (round 19 not tried: the machine runs as root)', () => {
  const makeFolder = temporaryFolders('kb-out21-');
  /** Stands for a user who may not write `denied` (root may write everywhere). */
  const deniedIn = (denied: string) => (folder: string) => (folder === denied ? Object.assign(new Error('permission denied'), { code: 'EACCES' }) : undefined);

  test('a read-only folder inside the output is said before the build, with the command that frees it', () => {
    const dist = join(makeFolder(), 'dist');
    mkdirSync(join(dist, 'postmortems', 'x'), { recursive: true });
    writeFileSync(join(dist, 'postmortems', 'x', 'index.html'), '');
    expect(undeletableOutput(dist, deniedIn(join(dist, 'postmortems', 'x')))).toBe(`the output folder, ${dist}, cannot be deleted: the folder ${dist}/postmortems/x in it cannot be written (EACCES), so the files in it cannot be removed (a read-only copy, a read-only mount, or files of another user). Make it writable (chmod -R u+w ${dist}) or delete it yourself, or choose another folder`);
  });

  test('the .previous an earlier build could not delete is said too (the next build stopped with a stack trace)', () => {
    const dist = join(makeFolder(), 'dist');
    mkdirSync(`${dist}.previous`);
    writeFileSync(join(`${dist}.previous`, 'index.html'), '');
    expect(undeletableOutput(dist, deniedIn(`${dist}.previous`))).toMatch(/^the previous output an earlier build could not delete, .*dist\.previous, cannot be deleted/);
  });

  test('control: a writable output, an empty read-only folder (nothing to remove) and a missing one are fine', () => {
    const dist = join(makeFolder(), 'dist');
    expect(undeletableOutput(dist)).toBeUndefined();
    mkdirSync(join(dist, 'empty'), { recursive: true });
    expect(undeletableOutput(dist)).toBeUndefined();
    expect(undeletableOutput(dist, deniedIn(join(dist, 'empty')))).toBeUndefined();
  });
});

describe('file names and links', () => {
  test('a link to a folder outside the content folder is one error, and the folder is not walked', () => {
    const dir = makeContentFromFixture('good-input');
    const outside = makeContentFromFixture('good-input');
    writeFileSync(join(outside, 'postmortems', 'notes.txt'), '---\ntitle: x\n---\n');
    symlinkSync(join(outside, 'postmortems'), join(dir, 'postmortems', 'shared'));
    const findings = validateCorpus(dir).findings;
    // Before: every file of the linked folder was listed (its notes.txt an error of its own), and each .mdx refused one by one.
    expect(messages(findings)).toEqual([`corpus/link-outside: ${join(dir, 'postmortems', 'shared')} is a symbolic link to the folder ${join(outside, 'postmortems')}, outside the content folder (${dir}): nothing in it is read, since the sites would publish files of the machine that builds them that no review of the content folder has seen.`]);
  });

  test('control: a linked folder of pictures outside is no such error (its images are said where a body shows them)', () => {
    const dir = makeContentFromFixture('good-input');
    const pictures = makeContentFromFixture('good-input');
    writeFileSync(join(pictures, 'graph.png'), '');
    symlinkSync(pictures, join(dir, 'postmortems', 'media'));
    rmSync(join(pictures, 'postmortems'), { recursive: true });
    for (const file of readdirSync(pictures)) if (file.endsWith('.yaml')) rmSync(join(pictures, file));
    expect(messages(validateCorpus(dir).findings)).toEqual([]);
  });

  test('control: a link to a folder inside the content folder is read as before', () => {
    const dir = makeContentFromFixture('good-input');
    mkdirSync(join(dir, 'archive'));
    writeFileSync(join(dir, 'archive', '2025-07-09-other.mdx'), '');
    symlinkSync(join(dir, 'archive'), join(dir, 'postmortems', 'archive'));
    expect(messages(validateCorpus(dir).findings)).toEqual([expect.stringMatching(/^frontmatter\/missing: the file is empty/)]);
  });

  test('control: an uppercase extension is still said as not read', () => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'postmortems', '2025-07-10-x.MDX'), '');
    expect(messages(validateCorpus(dir).findings)).toContainEqual(expect.stringContaining('looks like a postmortem but is not read'));
  });
});

describe('MDX bodies', () => {
  test('a JSON block pasted as it is names the { that opens it and the fenced block that shows it (it was acorn\'s words)', () => {
    const errors = errorsAfterEditingGoodInput(body('{\n  "pool": 8,\n  "max": 10\n}'));
    expect(errors).toEqual([expect.objectContaining({ rule: 'mdx/syntax', line: 45, column: 1,
      message: 'the MDX body does not parse: the { on this line opens a block of 4 lines (JSON or a configuration pasted as it is?) that is meant as text, but an .mdx body reads { … } as JavaScript run when the site is built, and it does not parse as such.' })]);
    expect(errors[0].fix).toContain('a line of ```json');
  });

  test('</internal> closing <Internal> is said as a letter-case slip', () => {
    const errors = errorsAfterEditingGoodInput(body('<Internal>\nThe host was db7.\n</internal>'));
    expect(errors[0]).toEqual(expect.objectContaining({ line: 47, message: 'the MDX body does not parse: </internal> does not close <Internal>: tag names are read in their letter case, so it closes nothing, and the <Internal> stays open.', fix: 'write </Internal>, in the letter case of the opening tag.' }));
  });

  test.each([
    ['<Internal> in a list item', '- first\n- <Internal>db7 failed over</Internal>\n- third'],
    ['<PublicOnly> in a table cell', '| a | b |\n| - | - |\n| <PublicOnly>x</PublicOnly> | y |'],
    ['a line of 20,000 characters', 'word '.repeat(4_000)],
  ])('control: %s checks clean', (_, text) => {
    expect(errorsAfterEditingGoodInput(body(text))).toEqual([]);
  });
});

describe('a time written with a region (the example offset was Pacific time\'s, whatever the region)', () => {
  const messageFor = (at: string) => errorsAfterEditingGoodInput(replacing('at: 2025-07-08T17:55:00Z', `at: ${at}`))[0]?.message;
  test.each([
    ['2025-07-08T19:55:00 Europe/Berlin', 'Here Europe/Berlin is a region, written as the offset it had then (Europe/Berlin was +02:00 on 2025-07-08). Write 2025-07-08T19:55:00+02:00.'],
    ['2025-07-08T10:55:00 America/Los_Angeles', 'Here America/Los_Angeles is a region, written as the offset it had then (America/Los_Angeles was -07:00 on 2025-07-08). Write 2025-07-08T10:55:00-07:00.'],
    ['2025-07-08T18:55:00 Europe/London', 'Here Europe/London is a region, written as the offset it had then (Europe/London was +01:00 on 2025-07-08). Write 2025-07-08T18:55:00+01:00.'],
  ])('%s', (at, advice) => {
    expect(messageFor(at)).toContain(advice);
  });
  test('"America/…" after a time is no "AM" (it was a 12-hour time in the zone "erica/Los_Angeles")', () => {
    expect(messageFor('2025-07-08T10:55:00 America/Los_Angeles')).not.toContain('24-hour');
  });
  test('a time the region\'s clocks skipped gets no offset to copy', () => {
    expect(messageFor('2025-03-30T02:30:00 Europe/Berlin')).toContain('02:30 on that day is a time its clocks skipped: write the offset the time was noted at, or the time in UTC with Z.');
  });
});

describe('import: encodings', () => {
  const report = '# Checkout outage\n\nCheckout failed after a café deploy — the “pool” shrank.\n';
  test.each([
    ['UTF-16LE', Buffer.from(report, 'utf16le'), 'utf-16le'],
    ['UTF-16BE', Buffer.from(report, 'utf16le').swap16(), 'utf-16be'],
  ] as const)('%s without its byte-order mark is read as such (it was refused as binary data)', (_, bytes, encoding) => {
    expect(binaryKind(bytes)).toBeUndefined();
    const decoded = decodeReportBytes(bytes);
    expect(decoded).toEqual({ text: report, encoding, note: expect.stringContaining('without its byte-order mark') });
  });

  test('a UTF-8 report with one Windows-1252 byte keeps its UTF-8 (every "é" became "Ã©")', () => {
    const bytes = Buffer.concat([Buffer.from(report, 'utf8'), Buffer.from('\nThe team\x92s fix.\n', 'latin1')]);
    const decoded = decodeReportBytes(bytes);
    expect(decoded.text).toBe(`${report}\nThe team’s fix.\n`);
    expect(decoded.encoding).toBe('utf-8 and windows-1252');
    expect(decoded.note).toMatch(/^read as UTF-8 but for the bytes of line 5, which UTF-8 does not have/);
  });

  test('control: a file of Windows-1252 alone is read and said as before', () => {
    const decoded = decodeReportBytes(Buffer.from('Caf\xe9 outage\n', 'latin1'));
    expect(decoded).toEqual({ text: 'Café outage\n', encoding: 'windows-1252', note: expect.stringMatching(/^read as Windows-1252: the file is not UTF-8 \(line 1 is the first/) });
  });

  test('control: NULs scattered through bytes stay binary data', () => {
    expect(binaryKind(Buffer.from([0x41, 0, 0, 0x42, 0x43, 0x44, 0, 0x45, 0x46, 0x47]))).toMatch(/^binary data/);
  });
});

describe('a list item among the keys of one block (it was three of the parser\'s messages)', () => {
  test('is said at the item, with the key it sits beside', () => {
    const errors = errorsAfterEditingGoodInput(replacing('timeline:\n  - at: 2025-07-08T17:49:00Z', 'timeline:\n  first:\n    at: 2025-07-08T17:49:00Z'));
    expect(errors).toEqual([expect.objectContaining({ rule: 'frontmatter/yaml', line: 27,
      message: 'line 27 (`- at: 2025-07-08T17:55:00Z`) is a list item, but the block it is in holds keys (first: on line 23, at the same indentation): a block holds keys or list items, not both.',
      fix: 'timeline is a list: write every entry at this level as a list item, "- " first, with no key of its own before it; or, if it belongs to first, indent it under that key.' })]);
  });
  test('control: a list written at its key\'s own indentation (YAML\'s compact form) is no such mistake', () => {
    expect(findFrontmatterLineMistake('impact:\n  notes:\n  - a\n  - b\n  description: x\ntitle:published', 2)?.line).toBe(7);
  });
});

describe('site.config.ts: one mistake, one message', () => {
  test('a pattern in redaction.people is said as a pattern only (it was also "a file\'s path")', () => {
    const message = configRefusal({ redaction: { people: ['/Jane\\s+Doe/i'] } })!;
    expect(message).toContain('reads as a regular expression');
    expect(message).not.toContain("a file's path");
  });
  test('lint.rules written as a list is said as a list only (it was also "lint.rules["0"] is not a lint rule")', () => {
    expect(configRefusal({ lint: { rules: ['blameless/person-blame'] } })!.split('\n').slice(1)).toEqual([
      '  - lint.rules must be an object of names and values, e.g. { \'action-item/vague\': \'error\' } (got ["blameless/person-blame"]).',
    ]);
  });
  test.each([['Dr. Jane Doe'], ['Jane']])('control: people: [%j] is taken', (name) => {
    expect(configRefusal({ redaction: { people: [name] } })).toBeUndefined();
  });
});

describe('controls: frontmatter shapes that are accepted rightly', () => {
  test.each([
    ['a byte-order mark and CRLF line ends', (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
    ['a tab after a colon', replacing('severity: SEV-2', 'severity:\tSEV-2')],
    ['an anchor and its alias', replacing('  resolved: 2025-07-08T18:30:00Z', '  resolved: &end 2025-07-08T18:30:00Z')],
  ])('%s', (_, edit) => {
    expect(errorsAfterEditingGoodInput(edit)).toEqual([]);
  });
});
