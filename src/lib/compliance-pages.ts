import type { EvidenceReport } from './evidence-report.ts';
import { listPageSize } from './pagination.ts';

/**
 * Paging of the /compliance/<year>/ pages. A year page lists at most `pageSize` incidents (in the
 * register, reviews, follow-ups, notification deadlines and evidence sections), so it stays small
 * however many incidents a year collects. The figures that describe the year (summary, trends,
 * follow-up totals, notification counts) are computed once over the whole year and shown on every
 * page: a page is a slice of the lists, never of the totals. Incidents keep the report's order
 * (by start time, oldest first), the order of the printable `npm run evidence` report.
 */
export interface EvidenceReportPage {
  /** 1-based page number; page 1 is `/compliance/<year>/`, page n is `/compliance/<year>/n/`. */
  currentPage: number;
  lastPage: number;
  /** Index of the first and last incident of this page in the year's register. */
  start: number;
  end: number;
  /** Incidents in the whole year. */
  total: number;
  /** The year's report with its incidents and action items narrowed to this page; trends untouched. */
  report: EvidenceReport;
}

/** Splits a year's evidence report into pages of at most `pageSize` incidents (at least one page). */
export function pageEvidenceReport(report: EvidenceReport, pageSize = listPageSize): EvidenceReportPage[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  const total = report.incidents.length;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  return Array.from({ length: lastPage }, (_, index) => {
    const incidents = report.incidents.slice(index * pageSize, (index + 1) * pageSize);
    const ids = new Set(incidents.map((incident) => incident.id));
    return {
      currentPage: index + 1,
      lastPage,
      start: index * pageSize,
      end: index * pageSize + Math.max(incidents.length, 1) - 1,
      total,
      report: { ...report, incidents, actionItems: report.actionItems.filter((item) => ids.has(item.postmortemId)) },
    };
  });
}

/** "Incidents 101–200 of 412, by start time; figures cover the whole year." for a page of a year. */
export function describeEvidencePage(page: Pick<EvidenceReportPage, 'start' | 'end' | 'total' | 'lastPage'>): string {
  if (page.lastPage === 1) return '';
  return `Incidents ${page.start + 1}–${page.end + 1} of ${page.total}, by start time, oldest first; the summary, totals and trends cover the whole year.`;
}
