import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { firstUpdateParagraphAsSummary } from '../../src/lib/import/body-headings.ts';
import { writtenInstantUtc } from '../../src/lib/import/update-blocks.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Round 22 (docs/import.md): round 21's leftovers on posts whose status updates are kept in their
// frontmatter (LiveAgent's shape). Fixtures written anew, modelled on that shape.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/round22');
const utc = { kind: 'offset', minutes: 0, label: 'UTC' } as const;

function importFixture(name: string) {
  const result = importReport(name, readFileSync(join(fixtures, name), 'utf8'), { vocabulary, today: '2026-12-03' });
  const { yaml, body } = splitFrontmatter(result.draft);
  return { result, data: parseYaml(yaml) as Record<string, any>, body };
}
const errorsOf = (draft: string) => validatePostmortemSource('/nonexistent/x.mdx', 'x', draft, { vocabulary, knownIds: new Set(['x']), contentDir: 'content' }).findings.filter((f) => f.severity === 'error');

describe('the first update, shown once', () => {
  test('the body\'s first update paragraph keeps its label and time and says its words are the summary', () => {
    const { result, data, body } = importFixture('2024-10-21-voice-relay-dropouts.md');
    expect(data.summary).toBe('Calls routed through our Lisbon relay drop after a few seconds. We are looking into it.');
    // Before: the same two sentences opened the body again, under the summary.
    const shown = body.split('<Internal>')[0];
    expect(shown).not.toContain('drop after a few seconds');
    expect(body).toMatch(/^\*\*Investigating, 2024-10-21 13:05\+00:00:\*\* \(its words are the summary, above\)$/m);
    expect(body).toContain('The relay\'s carrier confirmed a fault on their side and is rerouting traffic.');
    // The timeline keeps the first update's words.
    expect(data.timeline[0].event).toContain('drop after a few seconds');
    expect(result.notes.some((note: string) => note.startsWith('the first update is the summary: its paragraph'))).toBe(true);
    expect(errorsOf(result.draft)).toEqual([]);
  });
  test('a paragraph whose words are not the summary, or hold a link, is kept as written', () => {
    const body = '**Investigating, 2024-10-21 13:05+00:00:** Calls drop. See [the carrier](https://example.org/x).\n\n**Resolved, 2024-10-21 14:50+00:00:** Fixed.\n';
    expect(firstUpdateParagraphAsSummary(body, 'Calls drop. See the carrier.').replaced).toBe(false);
    expect(firstUpdateParagraphAsSummary(body, 'Something else entirely.').replaced).toBe(false);
    expect(firstUpdateParagraphAsSummary('Calls drop.\n', 'Calls drop.').replaced).toBe(false);
  });
});

describe('a post opened before its first update', () => {
  test('the post\'s date, before the first update\'s row, is the start; the detection stays the update', () => {
    const { data } = importFixture('2024-09-03-report-export-stalls.md');
    // Before: started 05:40Z, the first update's time.
    expect(data.times.started).toBe('2024-09-03T05:10:00Z');
    expect(data.times.detected).toBe('2024-09-03T05:40:00Z');
    expect(data.times.resolved).toBe('2024-09-03T07:25:00Z');
  });
  test('a post dated days before its first update (no start of the incident) is not taken', () => {
    const { data } = importFixture('2024-11-02-late-first-update.md');
    expect(data.times.started).toBe('2024-11-02T10:15:00Z');
  });
  test('a post whose date is its first update\'s keeps that start', () => {
    const { data } = importFixture('2024-10-21-voice-relay-dropouts.md');
    expect(data.times.started).toBe('2024-10-21T13:05:00Z');
  });
  test('an update\'s written instant in UTC: its own offset, else the zone given', () => {
    expect(writtenInstantUtc('2024-09-03 07:10+02:00', utc)).toBe('2024-09-03T05:10:00Z');
    expect(writtenInstantUtc('2024-09-03 07:10', { kind: 'offset', minutes: 60, label: '+01:00' })).toBe('2024-09-03T06:10:00Z');
    expect(writtenInstantUtc('3 September', utc)).toBeUndefined();
  });
});
