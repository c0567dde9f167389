import { describe, expect, test } from 'vitest';
import { buildEvidenceReport } from '../../src/lib/evidence-report.ts';
import { closureCell, describeEvidencePage, evidencePageSize, pageEvidenceReport } from '../../src/lib/compliance-pages.ts';
import { listPageSize } from '../../src/lib/pagination.ts';
import { renderEvidenceSections } from '../../src/lib/evidence-render.ts';
import type { Postmortem } from '../../src/lib/postmortem-schema.ts';

/** `count` incidents of 2025, one a day from 1 January, each with `items(i)` action items (two by default, one done). */
function yearOfIncidents(count: number, items: (index: number) => number = () => 2) {
  const records = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
    const id = `${day}-incident-${String(i).padStart(4, '0')}`;
    return {
      id,
      data: {
        title: `Incident ${i}`,
        severity: i % 2 ? 'SEV-2' : 'SEV-3',
        status: 'published',
        drafted: day,
        published: day,
        reviewers: ['sre-lead'],
        times: { started: `${day}T10:00:00Z`, resolved: `${day}T11:00:00Z` },
        actionItems: Array.from({ length: items(i) }, (_, n) => ({
          id: `AI-${n + 1}`, title: `Follow-up ${n + 1}`, owner: 'team-a', due: '2025-12-31', priority: 'P2', type: 'prevent', status: n === 0 ? 'done' : 'open',
        })),
      } as unknown as Postmortem,
    };
  });
  return buildEvidenceReport(records, {
    from: '2025-01-01', to: '2025-12-31', asOf: '2026-01-01', asOfInstant: '2026-01-01T00:00:00Z',
    regimes: [], annualReviews: [], organisation: 'Example', siteUrl: 'https://kb.example',
  });
}

describe('pageEvidenceReport: the /compliance/<year>/ pages', () => {
  test.each([1, listPageSize, listPageSize + 1, 2 * listPageSize + 37])('%i incidents: no page lists more than the page size, every incident once, in order', (count) => {
    const report = yearOfIncidents(count);
    const pages = pageEvidenceReport(report);
    expect(evidencePageSize.incidents).toBe(listPageSize);
    expect(pages).toHaveLength(Math.ceil(count / listPageSize));
    for (const page of pages) {
      expect(page.report.incidents.length).toBeLessThanOrEqual(evidencePageSize.incidents);
      expect(page.report.actionItems.length).toBeLessThanOrEqual(evidencePageSize.followUpRows);
      expect(page.report.incidents.length).toBeGreaterThan(0);
      // The follow-ups of a page are those of its incidents, and no others.
      const ids = new Set(page.report.incidents.map((i) => i.id));
      expect(page.report.actionItems.every((a) => ids.has(a.postmortemId))).toBe(true);
      expect(page.report.actionItems).toHaveLength(2 * page.report.incidents.length);
      expect(page.lastPage).toBe(pages.length);
    }
    expect(pages.flatMap((p) => p.report.incidents.map((i) => i.id))).toEqual(report.incidents.map((i) => i.id));
    expect(pages.map((p) => p.currentPage)).toEqual(pages.map((_, i) => i + 1));
  });

  test('incidents with many follow-ups fill a page by their follow-up rows; one with more than the budget gets a page of its own', () => {
    // 10 follow-ups each: 30 incidents (300 rows) a page; incident 45 has 400.
    const report = yearOfIncidents(100, (i) => (i === 45 ? 400 : 10));
    const pages = pageEvidenceReport(report);
    expect(pages.map((p) => p.report.incidents.length)).toEqual([30, 15, 1, 30, 24]);
    expect(pages.map((p) => p.report.actionItems.length)).toEqual([300, 150, 400, 300, 240]);
    expect(pages.map((p) => p.start)).toEqual([0, 30, 45, 46, 76]);
    expect(pages.flatMap((p) => p.report.incidents.map((i) => i.id))).toEqual(report.incidents.map((i) => i.id));
    expect(pages.flatMap((p) => p.report.actionItems)).toEqual(report.actionItems);
  });

  test('totals and trends on every page are the whole year\'s, not the page\'s', () => {
    const report = yearOfIncidents(250);
    for (const page of pageEvidenceReport(report)) {
      expect(page.total).toBe(250);
      expect(page.report.trends).toBe(report.trends);
      expect(page.report.trends.incidents).toBe(250);
      expect(page.report.trends.actionItems).toBe(500);
    }
  });

  test('the rendered register of a page holds only its incidents, and the summary the year\'s count', () => {
    const pages = pageEvidenceReport(yearOfIncidents(150), { incidents: 100, followUpRows: 300 });
    const html = renderEvidenceSections(pages[1].report, { timeZone: 'UTC', relativeLinks: true });
    const register = html.slice(html.indexOf('id="ev-register"'), html.indexOf('id="ev-reviews"'));
    expect(register.match(/<tr><td[ >]/g)).toHaveLength(50);
    expect(html).toContain('<dt>Incidents</dt><dd>150</dd>');
  });

  test('a year of fewer incidents than the page size is one page, described as before', () => {
    const [only, ...rest] = pageEvidenceReport(yearOfIncidents(3));
    expect(rest).toEqual([]);
    expect(only.report.incidents).toHaveLength(3);
    expect(describeEvidencePage(only)).toBe('');
  });

  test('describes a later page by its range', () => {
    const pages = pageEvidenceReport(yearOfIncidents(250), { incidents: 100, followUpRows: 300 });
    expect(describeEvidencePage(pages[2])).toMatch(/^Incidents 201–250 of 250, by start time/);
    expect(() => pageEvidenceReport(yearOfIncidents(3), { incidents: 0, followUpRows: 300 })).toThrow(/incidents must be a positive integer, got 0/);
  });
});

describe('closureCell (the compliance page\'s year table)', () => {
  test('the rate and a short count of historical items; no dash for a year without follow-ups', () => {
    expect(closureCell({ closureRate: 0.333, actionItemsNotRecorded: 4 })).toEqual({ rate: '33%', historical: '4 historical' });
    expect(closureCell({ closureRate: 1, actionItemsNotRecorded: 0 })).toEqual({ rate: '100%' });
    // A year of one incident without action items read "—".
    expect(closureCell({ closureRate: null, actionItemsNotRecorded: 0 })).toEqual({ rate: 'no follow-ups' });
  });
});

test('a year without notification deadlines says "none" in its summary (it read "0 met · 0 missed", two lines on a phone)', () => {
  const html = renderEvidenceSections(yearOfIncidents(3), { timeZone: 'UTC', relativeLinks: true });
  expect(html).toContain('<dt>Notification deadlines</dt><dd>none</dd>');
  expect(html).not.toContain('0 met');
});
