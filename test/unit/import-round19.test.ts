import { afterEach, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { withoutTitleMarks } from '../../src/lib/import/publishable-title.ts';
import { findTitleProblem, titleStatusMarkWords } from '../../src/lib/plain-text-fields.ts';
import { firstWrittenDay } from '../../src/lib/import/written-day.ts';
import { latestUpdateOfOldestFirst } from '../../src/lib/import/latest-update.ts';
import { readDatedLog } from '../../src/lib/import/dated-log.ts';
import { readReportContent } from '../../src/lib/import/report-content.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Round 19 (docs/import.md): one list of title status marks, no day from a version number, a
// title that is a span of time, a status page's issue written oldest first, a status log page of
// dated entries, and sentences the counter took for lost. Fixtures written anew, modelled on
// those shapes.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/round19');
const today = '2026-12-02';

function importText(name: string, text: string, exportKind?: string) {
  const result = importReport(name, text, { vocabulary, today, exportKind });
  const { yaml, body } = splitFrontmatter(result.draft);
  return { result, data: parseYaml(yaml) as Record<string, any>, body };
}
const importFixture = (name: string) => importText(name, readFileSync(join(fixtures, name), 'utf8'));

/** A word of the schema's list as a title would write it ("post-?mortem" → "Postmortem"). */
const markAsWritten = (word: string) => word.replace(/-\?/g, '').replace(/^\w/, (c) => c.toUpperCase());

describe('one list of title status marks: the schema refuses what the import strips', () => {
  test.each(titleStatusMarkWords.map((word) => [word]))('[%s] is refused by the review and taken off an imported title', (word) => {
    const title = `[${markAsWritten(word)}] Queue stalled on the primary`;
    expect(findTitleProblem(title)?.kind).toBe('status-mark');
    expect(withoutTitleMarks(title).title).toBe('Queue stalled on the primary');
  });

  describe('a mark the schema learns to refuse', () => {
    afterEach(() => {
      vi.doUnmock('../../src/lib/plain-text-fields.ts');
      vi.resetModules();
    });
    test('is stripped by the import without a change to it', async () => {
      vi.resetModules();
      vi.doMock('../../src/lib/plain-text-fields.ts', async (original) => {
        const actual = await original<typeof import('../../src/lib/plain-text-fields.ts')>();
        return { ...actual, titleStatusMarkWords: [...actual.titleStatusMarkWords, 'mitigated'] };
      });
      const { withoutTitleMarks: learned } = await import('../../src/lib/import/publishable-title.ts');
      expect(learned('[Mitigated] Queue stalled on the primary').title).toBe('Queue stalled on the primary');
      // The import as it stands does not know the word: the list it strips is the schema's.
      expect(withoutTitleMarks('[Mitigated] Queue stalled on the primary').title).toBe('[Mitigated] Queue stalled on the primary');
    });
  });
});

describe('no day from a version number, an IP address or a ticket number', () => {
  test.each([
    ['Update BBB 2.6.14 auf 2.6.16', undefined],
    ['PHP 8.1.12 rollout', undefined],
    ['Upgrade to 3.11.12 failed', undefined],
    ['version 1.12.22', undefined],
    ['server 10.1.12.15 down', undefined],
    ['CHG-2022-11-03 change', undefined],
    ['Bug #2021-05-17', undefined],
    ['Ausfall 25.01.24', '2024-01-25'],
    ['Wartung am 2.6.14', '2014-06-02'],
    ['Outage on 12.1.2023', '2023-01-12'],
    ['RCA-2021-05-17-db.md', '2021-05-17'],
    ['2021-05-17T2200--mail.md', '2021-05-17'],
    ['2020-04-09T14:34:29.489Z', '2020-04-09'],
  ])('%s', (text, day) => {
    expect(firstWrittenDay(text, 2024)?.date).toBe(day);
  });

  test('a status issue titled by an upgrade between versions keeps its own day', () => {
    const { result, data } = importFixture('2025-03-11T2100--Update_Jitsi_2.8.15_to_2.8.17.md');
    expect(result.fileName).toBe('2025-03-11-update-jitsi-2-8-15-to-2-8-17.mdx');
    expect(data.times.started).toBe('2025-03-11T21:00:00Z');
    expect(result.notes.join('\n')).not.toMatch(/2015-08-02|disagrees/);
  });
});

describe('a title that is a span of time, "For a short period of time"', () => {
  test('the report titled by a day alone takes the sentence after its opening span', () => {
    const { data, result } = importFixture('short-period-title.txt.md');
    expect(data.title).toBe('The wiki and the issue tracker were returning 502 errors to every visitor');
    expect(result.inferred).toContainEqual(expect.stringMatching(/^title made from .*names only its day|^title made from/));
  });
});

describe('a status page issue written oldest first: the latest update is the summary', () => {
  test('by its labels: "_Update_:" and "**Resolved:**" below an unlabelled first paragraph', () => {
    const { data, body, result } = importFixture('appended-updates.md');
    expect(data.summary).toBe('Builds submitted since 09:00 are waiting in the queue: a worker pool stopped taking jobs after its image was updated. All pools run the previous image again and the queue is empty. Builds that failed with "no worker" can be retriggered.');
    expect(result.inferred).toContain('summary from the first update\'s first sentence and the latest update (the file lists its updates oldest first, as their labels show)');
    // Every update stays in the body where it was.
    expect(body).toContain('Builds submitted since 09:00 are waiting in the queue');
    expect(body).toContain('**Resolved:** All pools run the previous image again');
  });

  test('by its {{< track >}} times', () => {
    const { data } = importFixture('tracked-oldest-first.md');
    expect(data.summary).toBe('Outgoing mail is delayed by up to an hour while a relay is replaced. The new relay has taken over and the backlog is being sent.');
    expect(latestUpdateOfOldestFirst(readFileSync(join(fixtures, 'tracked-oldest-first.md'), 'utf8').replace(/^---[\s\S]*?---\n/, ''))).toEqual({ text: 'The new relay has taken over and the backlog is being sent.', by: 'their {{< track >}} times' });
  });

  test('a placeholder title is made from the first update, which says what broke, not from the latest', () => {
    const text = readFileSync(join(fixtures, 'appended-updates.md'), 'utf8').replace('title: "Build queue stalled"', 'title: "Outage"');
    expect(importText('appended-updates.md', text).data.title).toBe('Builds submitted since 09:00 are waiting in the queue: a worker pool stopped');
  });

  test('a file written newest first keeps its first paragraph, the final message', () => {
    const { data } = importFixture('newest-first-updates.md');
    expect(data.summary).toBe('All pools run the previous image again and the queue is empty.');
    expect(latestUpdateOfOldestFirst('[Final Message]\nDone.\n\n[Initial Message]\nBroken.')).toBeUndefined();
    expect(latestUpdateOfOldestFirst('Routers drop packets.\n\n**Resolved** -- Systems are now operational.')?.text).toBe('Systems are now operational.');
    expect(latestUpdateOfOldestFirst('Servers reboot at 08:00.\n\n***Complete*** All systems returned to normal.')?.text).toBe('All systems returned to normal.');
  });
});

describe('a status log page of dated headings: one draft per incident', () => {
  const text = readFileSync(join(fixtures, 'driftslog.md'), 'utf8');

  test('entries of one day about one incident are its updates; years from the heading that writes one', () => {
    const log = readDatedLog(text)!;
    expect(log.reports.map((report) => report.label)).toEqual([
      '#2025-03-14-søgning-fejler-pa-alle-sider',
      '#2025-03-12-release-2025-11-0-er-ude',
      '#2025-02-03-alle-sider-er-nede',
      '#2024-12-20-login-med-mitid-fejler',
      '#2024-12-18-servicevindue-om-aftenen',
    ]);
    expect(log.notes[0]).toMatch(/^read as a log page \("Driftsstatus for bibliotekernes sider"\) of 8 dated entries, newest first: one draft per incident \(5;/);
  });

  test('each is imported with its day and title, its entries kept whole', async () => {
    const content = await readReportContent('driftslog.md', Buffer.from(text));
    expect(content.exportKind).toBe('status log page');
    const outage = content.parts!.find((part) => part.label.startsWith('#2025-02-03'))!;
    const { data, body, result } = importText(`driftslog.md${outage.label}`, outage.text, content.exportKind);
    expect(data.title).toBe('Alle sider er nede');
    expect(result.fileName).toBe('2025-02-03-alle-sider-er-nede.mdx');
    // Since import round 46: the oldest entry's words, then the latest's title and first sentence.
    expect(data.summary).toBe('Databaseserveren svarer ikke, og ingen sider kan vises. Alle sider oppe igen. Alle sider svarer normalt igen.');
    for (const heading of ['## 3/2 kl. 11.15: Alle sider oppe igen', '## 3/2 kl. 10: Status', '## 3/2: Alle sider er nede']) expect(body).toContain(heading);
    expect(findLostSentences(outage.source!, 'markdown', result.draft)).toEqual([]);
  });

  test('a report with a few dated headings is no log', () => {
    expect(readDatedLog('## 3/2 Outage\nThe database stopped.\n\n## 4/2 Follow-up\nWe added a replica.\n')).toBeUndefined();
  });
});

describe('sentences the counter took for lost', () => {
  test('a status update kept as a timeline row whose words are the summary is not lost', () => {
    const sentences = '2011-07-28 03:06 UTC Investigating database problems.\n2011-07-28 05:43 UTC Resolved - All is well.';
    const draft = '---\ntitle: Database problems\nsummary: Investigating database problems.\n---\n\n## Timeline\n\n- 2011-07-28 03:06 UTC (its words are the summary, above)\n- 2011-07-28 05:43 UTC *Resolved* - All is well.\n';
    expect(findLostSentences(sentences, 'markdown', draft)).toEqual([]);
    // Words found with no row at their time are lost all the same, and so are words found nowhere.
    expect(findLostSentences('2011-07-28 04:10 UTC Investigating database problems.', 'markdown', draft)).toEqual(['2011 07 28 04 10 utc investigating database problems']);
    expect(findLostSentences('2011-07-28 03:06 UTC The database failed over.', 'markdown', draft)).toEqual(['2011 07 28 03 06 utc the database failed over']);
  });
});
