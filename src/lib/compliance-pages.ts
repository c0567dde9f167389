import type { EvidenceReport } from './evidence-report.ts';
import { listPageSize } from './pagination.ts';

/**
 * Paging of the /compliance/<year>/ pages. A year page lists at most `incidents` incidents (in the
 * register, reviews and evidence sections) and at most `followUpRows` rows of their follow-ups and
 * notification deadlines, so it stays small however many incidents a year collects and however
 * many follow-ups each one has (an incident with more than that budget gets a page of its own).
 * The figures that describe the year (summary, trends, follow-up totals, notification counts) are
 * computed once over the whole year and shown on every page: a page is a slice of the lists, never
 * of the totals. Incidents keep the report's order (by start time, oldest first), the order of the
 * printable `npm run evidence` report.
 */
export interface EvidencePageSize {
  /** Incidents per page. */
  incidents: number;
  /** Action items plus notification deadlines of the page's incidents. */
  followUpRows: number;
}

/**
 * 100 incidents, as every browse list; 300 follow-up and deadline rows keep a page near 250 KB
 * even when incidents carry many follow-ups (a synthetic year of 100 incidents with about two
 * follow-ups each is 170 KB).
 */
export const evidencePageSize: EvidencePageSize = { incidents: listPageSize, followUpRows: 300 };

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

/** Splits a year's evidence report into pages within `size` (at least one page, even for an empty year). */
export function pageEvidenceReport(report: EvidenceReport, size: EvidencePageSize = evidencePageSize): EvidenceReportPage[] {
  for (const [name, value] of Object.entries(size)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
  const actionItemsOf = new Map<string, EvidenceReport['actionItems']>();
  for (const item of report.actionItems) actionItemsOf.set(item.postmortemId, [...(actionItemsOf.get(item.postmortemId) ?? []), item]);
  const slices: { start: number; incidents: EvidenceReport['incidents'] }[] = [];
  let rows = 0;
  report.incidents.forEach((incident, index) => {
    const incidentRows = (actionItemsOf.get(incident.id)?.length ?? 0) + incident.deadlines.length;
    const current = slices.at(-1);
    if (!current || current.incidents.length >= size.incidents || rows + incidentRows > size.followUpRows) {
      slices.push({ start: index, incidents: [incident] });
      rows = incidentRows;
    } else {
      current.incidents.push(incident);
      rows += incidentRows;
    }
  });
  if (!slices.length) slices.push({ start: 0, incidents: [] });
  const total = report.incidents.length;
  return slices.map(({ start, incidents }, index) => ({
    currentPage: index + 1,
    lastPage: slices.length,
    start,
    end: start + Math.max(incidents.length, 1) - 1,
    total,
    report: { ...report, incidents, actionItems: incidents.flatMap((incident) => actionItemsOf.get(incident.id) ?? []) },
  }));
}

/** "Incidents 101–200 of 412, by start time; figures cover the whole year." for a page of a year. */
export function describeEvidencePage(page: Pick<EvidenceReportPage, 'start' | 'end' | 'total' | 'lastPage'>): string {
  if (page.lastPage === 1) return '';
  return `Incidents ${page.start + 1}–${page.end + 1} of ${page.total}, by start time, oldest first; the summary, totals and trends cover the whole year.`;
}

/** The "Follow-ups closed" cell of a year on /compliance/: the rate, and a short count of items from historical records. */
export interface ClosureCell {
  /** "33%", or "no follow-ups" for a year without closable items (it read "—"). */
  rate: string;
  /** "4 historical": explained once under the table, not in each row. */
  historical?: string;
}

/**
 * The closure cell of the compliance page's year table. Each row said "(4 from historical records,
 * owner or due date not recorded)": on a phone that note wrapped to six lines in its column and
 * made 17 rows of an imported history 215 px tall each (4,990 px), the rest of each row empty.
 */
export function closureCell(trends: { closureRate: number | null; actionItemsNotRecorded: number }): ClosureCell {
  const rate = trends.closureRate === null ? 'no follow-ups' : `${Math.round(trends.closureRate * 100)}%`;
  return trends.actionItemsNotRecorded > 0 ? { rate, historical: `${trends.actionItemsNotRecorded} historical` } : { rate };
}
