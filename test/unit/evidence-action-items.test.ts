import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { createPostmortemSchema, type Postmortem } from '../../src/lib/postmortem-schema.ts';
import { buildEvidenceReport } from '../../src/lib/evidence-report.ts';
import { renderEvidenceSections } from '../../src/lib/evidence-render.ts';
import { itemsByIncident, recordedFactColumns } from '../../src/lib/evidence-action-items.ts';

const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
const schema = createPostmortemSchema({ vocabulary, knownIds: new Set() });
/** A published historical record of `day` whose action items are a title and a state, some with an owner. */
const record = (id: string, day: string, items: object[]) => ({
  id,
  data: schema.parse({
    title: `Incident of ${day}`, summary: 'S', severity: 'SEV-3', status: 'published', visibility: 'internal', services: ['api-gateway'],
    trigger: 'capacity', impact: { description: 'Users waited.' }, historical: true,
    times: { started: `${day}T10:00:00Z`, resolved: `${day}T11:00:00Z` }, drafted: day, published: day,
    actionItems: items,
  }) as Postmortem,
});
const imported = [
  record('2026-01-06-a-long-imported-incident-id-that-wraps', '2026-01-06', [
    { id: 'AI-1', title: 'Watch disk usage', status: 'open', owner: 'platform' },
    { id: 'AI-2', title: 'Clean old images', status: 'open' },
    { id: 'AI-3', title: 'Rotate audit logs', status: 'done', due: '2026-02-01' },
  ]),
  record('2026-03-30-another-imported-incident', '2026-03-30', [{ id: 'AI-1', title: 'Fix the hairpin route', status: 'open' }]),
];
const reportOf = (records: typeof imported) => buildEvidenceReport(records, {
  from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-03', asOfInstant: '2026-12-03T00:00:00.000Z', regimes: [], annualReviews: [], organisation: 'Acme', siteUrl: 'https://kb.example/',
});
const followUpsOf = (html: string) => html.slice(html.indexOf('id="ev-follow-ups"'), html.indexOf('</section>', html.indexOf('id="ev-follow-ups"')));

describe('the evidence pack’s action items', () => {
  test('listed under their incident, each incident named once', () => {
    const report = reportOf(imported);
    expect(itemsByIncident(report.actionItems).map(([id, items]) => [id, items.map((i) => i.id)])).toEqual([
      ['2026-01-06-a-long-imported-incident-id-that-wraps', ['AI-1', 'AI-2', 'AI-3']],
      ['2026-03-30-another-imported-incident', ['AI-1']],
    ]);
    const section = followUpsOf(renderEvidenceSections(report, { timeZone: 'UTC' }));
    expect(section.match(/href="[^"]*2026-01-06-a-long-imported-incident-id-that-wraps/g)).toHaveLength(1); // linked once, not in each of its 3 rows
    expect(section.match(/<th scope="rowgroup"/g)).toHaveLength(2);
    expect(section.match(/<tr(?: class="ev-overdue")?><td>/g)).toHaveLength(4);
  });

  test('a fact no item records is a sentence, not a column of "not recorded"; a fact some record keeps its column', () => {
    const report = reportOf(imported);
    expect(recordedFactColumns(report.actionItems).map((c) => c.head)).toEqual(['Owner', 'Due']);
    const section = followUpsOf(renderEvidenceSections(report, { timeZone: 'UTC' }));
    expect(section).toContain('<th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Status</th>');
    expect(section).not.toContain('>Priority</th>');
    expect(section).toContain('Not recorded for all 4: priority and type; for 3 of 4: owner and due day. The table has no column for priority and type.');
    expect(section.match(/not recorded<\/i>/g)).toHaveLength(3 + 3); // owner and due cells only
  });

  test('every fact recorded: every column, no sentence', () => {
    const full = [record('2026-05-01-x', '2026-05-01', [{ id: 'AI-1', title: 'T', status: 'open', owner: 'platform', due: '2026-06-01', priority: 'P1', type: 'detect', verification: 'V' }])];
    const section = followUpsOf(renderEvidenceSections(reportOf(full), { timeZone: 'UTC' }));
    expect(section).toContain('<th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Priority</th><th scope="col">Type</th>');
    expect(section).not.toContain('Not recorded');
  });
});
