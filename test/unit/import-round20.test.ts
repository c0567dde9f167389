import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { ListingPageError, readReportContent } from '../../src/lib/import/report-content.ts';
import { appShellNote } from '../../src/lib/import/unreadable-source.ts';
import { titleFromFirstSentence } from '../../src/lib/import/report-title.ts';
import { firstWrittenDay } from '../../src/lib/import/written-day.ts';
import { readDatedLog } from '../../src/lib/import/dated-log.ts';
import { textLanguage } from '../../src/lib/import/text-language.ts';
import { escapeTableCodePipes } from '../../src/lib/import/table-code-pipes.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Round 20 (docs/import.md): round 19's leftovers and what the collections showed after them.
// Fixtures written anew, modelled on those shapes.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/round20');
const today = '2026-12-03';

function importText(name: string, text: string, exportKind?: string) {
  // node-rollout.md is a maintenance notice (severity: under-maintenance), kept (as --maintenances does) for its day.
  const result = importReport(name, text, { vocabulary, today, exportKind, keepPlannedWork: true });
  const { yaml, body } = splitFrontmatter(result.draft);
  return { result, data: parseYaml(yaml) as Record<string, any>, body };
}
const importFixture = (name: string) => importText(name, readFileSync(join(fixtures, name), 'utf8'));

describe('a web app\'s page shell is no report', () => {
  const shell = join(fixtures, 'status-site/web/index.html');
  test('its <noscript> words are what it says, and only an empty page with scripts is a shell', () => {
    expect(appShellNote(readFileSync(shell, 'utf8'))).toBe('Turn on JavaScript in your browser to see this status page.');
    expect(appShellNote('<!doctype html><html><body><div id="root"></div><script src="/app.js"></script></body></html>')).toBe('');
    // A saved report, a page with words of its own, or an empty page without scripts is not one.
    expect(appShellNote('<!doctype html><html><body><noscript>Scripts are off.</noscript><div id="root"><p>The API was down for an hour.</p></div><script src="/app.js"></script></body></html>')).toBeUndefined();
    expect(appShellNote('<html><head><title>DB outage</title></head><body></body></html>')).toBeUndefined();
    expect(appShellNote('# Outage\n\n<div id="root"></div>')).toBeUndefined();
  });

  test('named, it is refused with why; in a folder it is passed over and said, the reports imported', async () => {
    await expect(readReportContent(shell, readFileSync(shell))).rejects.toBeInstanceOf(ListingPageError);
    await expect(readReportContent(shell, readFileSync(shell))).rejects.toThrow(/page shell of a web app .*"Turn on JavaScript in your browser to see this status page\."/);
    const out = mkdtempSync(join(tmpdir(), 'import-round20-'));
    const run = spawnSync(process.execPath, [join(root, 'scripts/import.ts'), join(fixtures, 'status-site'), '--out', out], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(readdirSync(out)).toEqual(['2024-09-14-ledger-sync-delayed.mdx']);
    expect(run.stderr).toMatch(/web\/index\.html: not imported, it is the page shell of a web app/);
  }, 60_000);
});

describe('a title made from an update that opens with its own stamp', () => {
  test.each([
    ['2019-05-07 10:35 UTC - The object store was unreachable for one region.', 'The object store was unreachable for one region'],
    ['[2024-03-02 14:10] The queue backed up on the primary.', 'The queue backed up on the primary'],
    ['12 March 2024, 09:40 UTC: Webhooks were delayed for most customers.', 'Webhooks were delayed for most customers'],
  ])('%s', (sentence, title) => {
    expect(titleFromFirstSentence(sentence)).toBe(title);
  });

  test('a day that is the sentence\'s subject stays', () => {
    expect(titleFromFirstSentence('2024-03-02 was the day the queue broke.')).toBe('2024-03-02 was the day the queue broke');
  });

  test('the report titled by its day alone takes its first update\'s main clause, without the stamp', () => {
    const { data, body } = importFixture('stamped-update.md');
    // Its sentence opens with a subordinate clause and runs past a title's length: the main clause says what happened.
    expect(data.title).toBe('A share of pull requests could not be merged');
    expect(data.summary).toMatch(/^2021-11-02 17:48 UTC - Because a storage switch failed over/);
    expect(body).toContain('2021-11-02 18:30 UTC - Merges are working again for every repository.');
  });
});

describe('an export\'s own end is when the incident ended', () => {
  /** The first incident of a Google-Cloud-shaped export, imported as npm run import does. */
  async function importExportPart(text: string) {
    const content = await readReportContent('cloud-incidents.json', new TextEncoder().encode(text));
    const [part] = content.parts!;
    const result = importReport(`cloud-incidents.json${part.label}`, part.text, { vocabulary, today, exportKind: content.exportKind, exportStartField: content.exportStartField });
    return { result, data: parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any> };
  }
  test('not the post marked resolved hours later, nor the analysis a day after', async () => {
    const { result, data } = await importExportPart(readFileSync(join(fixtures, 'cloud-incidents.json'), 'utf8'));
    expect(data.times.started).toBe('2023-05-09T06:40:00Z');
    expect(data.times.resolved).toBe('2023-05-09T09:05:00Z');
    expect(result.inferred.join('\n')).toContain('times.resolved 2023-05-09T09:05:00Z from the export\'s own end (resolved_at), not its last timeline row marked resolved (2023-05-09T11:02:00Z)');
    // The rows stay at the minutes they were posted.
    expect(data.timeline.map((row: { at: string }) => row.at)).toContain('2023-05-09T11:02:00Z');
  });
  test('an end before a milestone its rows give is not taken: the schema would leave the end out', async () => {
    const text = readFileSync(join(fixtures, 'cloud-incidents.json'), 'utf8').replace('"end": "2023-05-09T09:05:00+00:00"', '"end": "2023-05-09T07:50:00+00:00"');
    const { data } = await importExportPart(text);
    expect(data.times.mitigated).toBe('2023-05-09T08:01:00Z');
    expect(data.times.resolved).toBe('2023-05-09T11:02:00Z');
  });
});

describe('a version after the name of a piece of software is no day', () => {
  test.each([['Node 1.12.22 on every host'], ['Python 3.11.4 rollout'], ['Update Moodle 4.1.12']])('%s', (text) => {
    expect(firstWrittenDay(text, 2024)).toBeUndefined();
  });
  test('a word for what happened keeps its day', () => {
    expect(firstWrittenDay('Ausfall 2.6.14', 2024)?.date).toBe('2014-06-02');
    expect(firstWrittenDay('Wartung am 2.6.14', 2024)?.date).toBe('2014-06-02');
  });
  test('a status issue titled by a runtime\'s version keeps its own day', () => {
    const { result, data } = importFixture('node-rollout.md');
    expect(result.fileName).toMatch(/^2025-06-03-/);
    expect(data.times.started).toBe('2025-06-03T07:30:00Z');
  });
});

describe('a status log\'s entries whose heading writes no day', () => {
  const log = readDatedLog(readFileSync(join(fixtures, 'statuslog.md'), 'utf8'))!;
  test('take the day their text writes, in the year of the entries around them', () => {
    const labels = log.reports.map((report) => report.label);
    // "Tirsdag d. 7/1" between 3/1 and 9/1-25; "fredag den 13. december" between 11/12 and 19/12 of 2024.
    expect(labels).toContain('#2025-01-07-servicevindue');
    expect(labels).toContain('#2024-12-13-planlagt-opdatering');
    expect(log.reports.find((report) => report.label === '#2025-01-07-servicevindue')!.text).toMatch(/^---\ntitle: Servicevindue\ndate: 2025-01-07\nsummary: .*\n---/);
  });
  test('one that writes none stays without a day, said with the days around it', () => {
    expect(log.reports.map((report) => report.label)).toContain('#undated-unilogin');
    expect(log.notes.join('\n')).toContain('1 entry writes no day, in the heading or the text: imported without one (give each its day): "Unilogin" (between 2024-12-19 and 2025-01-03)');
  });
});

describe('a status page\'s issue written in two languages', () => {
  test('the language of an update is told by its small words', () => {
    expect(textLanguage('La red no está disponible y los trabajos están parados.')).toBe('Spanish');
    expect(textLanguage('The network is unavailable and jobs are stalled.')).toBe('English');
    expect(textLanguage('Resolved.')).toBeUndefined();
  });
  test('the summary is in one language: the first update\'s words in the latest update\'s', () => {
    const { result, data, body } = importFixture('two-languages.md');
    expect(data.summary).toBe('The datacenter network is unavailable and batch jobs are stalled. A faulty line card in the core switch was replaced. The network and the batch system are working again.');
    expect(result.notes).toContain('the first update is written in Spanish and English: the summary takes its English words, the language of the latest update (the body keeps both)');
    // The body keeps both languages as written.
    expect(body).toContain('La red del centro de datos no está disponible y los trabajos del sistema de colas están parados.');
    expect(body).toContain('The datacenter network is unavailable and batch jobs are stalled.');
  });
  test('with no words in the latest update\'s language, both are kept and the note says so', () => {
    const text = readFileSync(join(fixtures, 'two-languages.md'), 'utf8').replace(/\nThe datacenter network is unavailable[^\n]*\n/, '');
    const { result, data } = importText('one-update-translated.md', text);
    expect(data.summary).toMatch(/^La red del centro de datos no está disponible .* A faulty line card/);
    expect(result.notes.join('\n')).toContain('the summary\'s first sentence is in Spanish and the latest update in English');
  });
});

describe('a pipe inside a table cell\'s code', () => {
  test('is escaped only where it split the row into more cells than its header', () => {
    const table = '| Time | Event |\n|---|---|\n| 06:05 | ran `ps aux | grep x` |\n| 06:10 | `a` and `b` |';
    expect(escapeTableCodePipes(table)).toEqual({ markdown: table.replace('aux | grep', 'aux \\| grep'), rows: 1 });
    // Code outside tables, a fenced block and a row that fits stay as written.
    const untouched = '`a | b` in prose\n\n```\n| a | b |\n|---|---|\n| `x | y` | z |\n```';
    expect(escapeTableCodePipes(untouched)).toEqual({ markdown: untouched, rows: 0 });
  });
  test('the draft passes the check, and its timeline row keeps the whole command', () => {
    const { result, data, body } = importFixture('pipe-in-table-code.md');
    expect(body).toContain('`nft list ruleset \\| grep masquerade` printed nothing');
    expect(data.timeline[1].event).toBe('Rules missing on ing03: nft list ruleset | grep masquerade printed nothing');
    const check = validatePostmortemSource('/nonexistent/x.mdx', 'x', result.draft, { vocabulary, knownIds: new Set(['x']), contentDir: 'content' });
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a status post whose updates are a list in its frontmatter, with no text below', () => {
  test('its updates are the body and the timeline, and the draft passes the check', () => {
    const { result, data, body } = importFixture('2023-04-12-chat-widget-outage.md');
    expect(data.summary).toBe('The chat widget does not load on customers\' websites. We are looking into it.');
    expect(data.timeline.map((row: { at: string; event: string }) => `${row.at} ${row.event}`)).toEqual([
      '2023-04-12T09:10:00Z Investigating - The chat widget does not load on customers\' websites. We are looking into it.',
      '2023-04-12T09:48:00Z Identified - A faulty CDN rule blocks the widget\'s script. We are rolling it back.',
      '2023-04-12T10:25:00Z Resolved - The widget loads again on every website.',
    ]);
    expect(data.times.resolved).toBe('2023-04-12T10:25:00Z');
    // Before: the frontmatter was read as the body, a second frontmatter the check refuses.
    expect(body).not.toMatch(/^---\nlayout: post/m);
    expect(body).toContain('**Identified, 2023-04-12 09:48:** A faulty CDN rule blocks the widget\'s script.');
    const check = validatePostmortemSource('/nonexistent/x.mdx', 'x', result.draft, { vocabulary, knownIds: new Set(['x']), contentDir: 'content' });
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('updates kept in frontmatter, dated as written', () => {
  const post = (first: string, last: string) => `---\nlayout: post\ntitle: Ticket search slow\ndate: 2022-03-09 10:00 GMT+2\nincident_states:\n- status: investigating\n  content: "Ticket search takes a minute to answer for some accounts."\n  date: ${first}\n- status: resolved\n  content: "Ticket search answers within a second again."\n  date: ${last}\n---\n`;
  test('a written zone is the row\'s ("3:00 PM GTM+2", a typo of GMT)', () => {
    const { data } = importText('2022-03-09-search.md', post('2022-03-09 10:00 GMT+2', '2022-03-09 3:00 PM GTM+2'));
    expect(data.times.started).toBe('2022-03-09T08:00:00Z');
    expect(data.times.resolved).toBe('2022-03-09T13:00:00Z');
  });
  test('an update dated before its post is no row; its paragraph keeps the date', () => {
    const { data, body } = importText('2022-03-09-search.md', post('2022-03-09 10:00 GMT+2', '2021-12-01 12:00'));
    expect(data.timeline.map((row: { at: string }) => row.at)).toEqual(['2022-03-09T08:00:00Z']);
    expect(body).toContain('**Resolved, 2021-12-01 12:00:** Ticket search answers within a second again.');
  });
});
