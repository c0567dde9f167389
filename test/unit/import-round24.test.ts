import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { ListingPageError, readReportContent } from '../../src/lib/import/report-content.ts';
import { parseZone, toUtcIso, wallClockFold } from '../../src/lib/import/time-zones.ts';
import { readableTrackShortcodes } from '../../src/lib/import/track-shortcodes.ts';
import { statusUpdatesSection } from '../../src/lib/import/status-updates.ts';
import { latestUpdateOfOldestFirst } from '../../src/lib/import/latest-update.ts';
import { updateTimesOffset } from '../../src/lib/import/update-times-offset.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { summaryWithoutMarkup } from '../../src/lib/import/summary-markup.ts';
import { parseMarkdown } from '../../src/lib/import/report-structure.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Round 24 (docs/import.md): round 23's leftovers. Fixtures written anew, modelled on the shapes
// found (a status site's update times, a report quoting commands, a dashboard page of panels).
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/round24');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

describe('a status site\'s {{< track >}} shortcode, read by one pattern', () => {
  // Each spelling as every reader takes it: a time on one line, not empty, `<` or `%` delimiters.
  const spellings: [string, boolean][] = [
    ['{{< track "2025-05-04 09:20:00" >}}', true],
    ['{{% track "2025-05-04 09:20:00" %}}', true],
    ['{{<track   "2025-05-04 09:20"   >}}', true],
    ['{{< track "" >}}', false],
    ['{{< track "2025-05-04\n09:20:00" >}}', false],
  ];
  test.each(spellings)('%j: read as a time by every reader, or by none (%s)', (shortcode, isTime) => {
    const issue = `Workers are restarting. ${shortcode}\n\nThe queue is draining. {{< track "2025-05-04 09:50:00" >}}\n`;
    // The draft's body writes it in words ...
    const replaced = readableTrackShortcodes(issue).replaced;
    expect(replaced).toBe(isTime ? 2 : 1);
    // ... the timeline makes a row of it ...
    expect(JSON.stringify(statusUpdatesSection(issue)?.nodes ?? []).includes('Workers are restarting')).toBe(isTime);
    // ... the order of the updates is told by it ...
    expect(latestUpdateOfOldestFirst(issue)?.by === 'their {{< track >}} times').toBe(isTime);
    // ... and the offset of local times counts it (the last update two hours after the stated end).
    const offset = updateTimesOffset(`Workers are restarting. ${shortcode}\n`, { resolvedWhen: '2025-05-04T07:20:00.000Z' });
    expect(offset !== undefined).toBe(isTime);
  });
});

// The rule is bad input round 22's (time-zones.ts, RFC 5545 / Temporal's "compatible"); round 24 had
// made the same change, and keeps these cases as the import's: New York's collections were measured.
describe('a local time the clocks skipped or went over, read by one rule either side of UTC', () => {
  const newYork = parseZone('America/New_York')!;
  const berlin = parseZone('Europe/Berlin')!;
  test.each([
    // Skipped: the time the clock would have shown had it not jumped, 03:30 summer time, both sides.
    ['America/New_York', newYork, '2025-03-09', '02:30', '2025-03-09T07:30:00Z'],
    ['Europe/Berlin', berlin, '2025-03-30', '02:30', '2025-03-30T01:30:00Z'],
    // Twice: the first of the two, on summer time, both sides.
    ['America/New_York', newYork, '2025-11-02', '01:30', '2025-11-02T05:30:00Z'],
    ['Europe/Berlin', berlin, '2025-10-26', '02:30', '2025-10-26T00:30:00Z'],
  ])('%s %s %s is %s', (_name, zone, date, time, instant) => {
    expect(toUtcIso(date, time, zone)).toBe(instant);
    expect(wallClockFold(date, time, zone)?.readAs).toBe(instant);
  });

  test('an imported New York row at a skipped time is placed an hour on, and the note says how it was read', () => {
    const report = '# Payment retries\n\nPayments were retried twice overnight.\n\n## Timeline\n\n- 2025-03-09 01:50 Retries began\n- 2025-03-09 02:30 Queue paused\n- 2025-03-09 04:10 Resolved\n';
    const result = importReport('payments.md', report, { vocabulary, today: '2026-01-01', zone: newYork });
    expect(result.draft).toContain('- at: 2025-03-09T07:30:00Z\n    event: Queue paused');
    expect(result.notes.some((note) => note.startsWith("the report's 02:30 on 2025-03-09 in America/New_York is a time the clocks skipped (daylight saving began): read as 2025-03-09T07:30:00Z, as if the clocks had gone on already"))).toBe(true);
  });
});

describe('a trigger and tags suggested from the report\'s words, not its code', () => {
  const source = read('2025-04-07-thumbnail-worker-backlog.md');
  const result = importReport('2025-04-07-thumbnail-worker-backlog.md', source, { vocabulary, today: '2026-12-03' });
  const data = parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any>;
  test('inline code and a code block in a list say no configuration change: the release the prose tells of is the trigger', () => {
    expect(data.trigger).toBe('deployment');
    // A failure mode's evidence is read from the words too: `deploy --config` had been "bad configuration change".
    expect(result.inferred.filter((line) => /^suggested (?:trigger|tag) config/.test(line))).toEqual([]);
  });
  test('a word in code or in an element\'s class is no tag', () => {
    expect(data.tags ?? []).not.toContain('config');
    expect(data.tags ?? []).not.toContain('kubernetes');
  });
  test('the code is kept in the draft', () => {
    expect(result.draft).toContain('kubectl describe configmap resize-config');
    expect(result.draft).toContain('`config.queue_limit`');
  });
});

describe('a dashboard page, figures its scripts draw and labels, is no report', () => {
  test('it is passed over, said with its labels', async () => {
    const file = join(fixtures, 'relay-panels.md');
    const refused = await readReportContent(file, readFileSync(file)).then(() => undefined, (error: Error) => error);
    expect(refused).toBeInstanceOf(ListingPageError);
    expect(refused!.message).toMatch(/^is a page whose figures its scripts draw .*\("Relay Cluster Panels", "Open Sessions", "412 sessions", "Relay Lag"…\) and no sentence of prose: a dashboard, not a report\./);
  });
  test.each(['2025-06-02-short-notice.md', '2025-06-03-notice-with-chart.md'])('control: %s, a notice of one sentence, is a report', async (name) => {
    const file = join(fixtures, name);
    const content = await readReportContent(file, readFileSync(file));
    expect(content.text).toContain(read(name).split('\n---\n')[1].trim().split('\n')[0]);
  });
});

describe('a summary made of a paragraph with raw HTML is plain text', () => {
  test('the tags the report writes as markup are left out, their words kept, and the draft is not held back', () => {
    const name = '2025-09-15-scheduler-restarts.md';
    const result = importReport(name, read(name), { vocabulary, today: '2026-12-03' });
    const data = parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any>;
    expect(data.summary).toBe('Update: The scheduler restarted twice this morning while its database was compacted; queued jobs were kept and started once it was back. September 15, 2025, 09:40 PT');
    const held = validatePostmortemSource('/nonexistent/x.mdx', 'x', result.draft, { vocabulary, knownIds: new Set(['x']), contentDir: 'content' }).findings.filter((f) => f.rule === 'schema/plain-text');
    expect(held).toEqual([]);
    // The body keeps the paragraph's words; since import round 42 the site's class on the wrapped
    // tag is taken off, as on a tag of one line.
    expect(result.draft).toContain('<br /><span>\nSeptember 15, 2025, 09:40 PT</span>');
    expect(result.draft).not.toContain('class="timestamp"');
  });
  test('a tag quoted in code is a word of the summary', () => {
    const tree = parseMarkdown('The `<br>` tags in job names were shown escaped. <br /> Fixed.');
    expect(summaryWithoutMarkup('The <br> tags in job names were shown escaped. <br /> Fixed.', tree)).toBe('The <br> tags in job names were shown escaped. Fixed.');
  });
});
