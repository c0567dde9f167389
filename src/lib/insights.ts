import type { PostmortemRecord } from './browse.ts';
import type { FollowUp } from './follow-ups.ts';
import { severities } from './postmortem-schema.ts';
import { computeTimeToResolve, durationFigure } from './durations.ts';
import { formatDaysOverdue } from './format.ts';
import { computeMetrics, countBySeverityOverTime, type Metrics } from './metrics.ts';
import {
  durationHistogramChart, durationTrendChart, followUpAgeingChart, followUpClosureChart, formatPercent, horizontalBarChart,
  incidentsPerPeriodChart, responsiveChart, severityScatterChart, type ChartModel, type ScatterPoint,
} from './charts/index.ts';

export interface InsightsModel {
  /** The numbers (the same object `/metrics.json` serialises for the whole corpus). */
  metrics: Metrics;
  /** The charts of an insights page, in the order the page shows them. */
  charts: {
    perMonth: ChartModel;
    timeToResolveTrend: ChartModel;
    timeToResolveHistogram: ChartModel;
    severityAgainstDuration: ChartModel;
    byTrigger: ChartModel;
    byService: ChartModel;
    followUpClosure: ChartModel;
    overdueAgeing: ChartModel;
  };
}

/**
 * Everything an insights page shows for a set of published postmortems (all of them, a year's, a
 * team's): the metrics, computed once, and every chart built from those metrics with the chart
 * builders of `charts/`. The page only renders what this returns.
 */
/**
 * Beyond ten years of months the incidents chart counts per year: imported history reaching back
 * to 1969 drew 687 monthly bars under a pixel wide, the last decade a sliver at the right edge.
 */
export const maxMonthlyBars = 120;

/**
 * The months a year's incidents chart spans: January to December, or to the month of the as-of
 * day in its own year. Counted from the first incident to the last, a year of one incident (a
 * history imported from 2012 starts with one, in December) drew one bar the width of the chart,
 * read as "a busy year", and a year of two incidents in March and November showed nine months.
 */
export function monthsOfYear(year: string, asOf: string): { first: string; last: string } {
  return { first: `${year}-01`, last: asOf.slice(0, 4) === year ? asOf.slice(0, 7) : `${year}-12` };
}

/** "2012-Q4" of "2012-12". */
const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

export function buildInsights(
  records: readonly PostmortemRecord[],
  options: { asOf: string; triggerName: (id: string) => string; followUps?: readonly FollowUp[]; year?: string },
): InsightsModel {
  const metrics = computeMetrics(records, { asOf: options.asOf, followUps: options.followUps });
  const span = options.year ? monthsOfYear(options.year, options.asOf) : undefined;
  // The chart fills every month between the first and last it is given: the span's ends as empty
  // months, then the counted ones (a Map keeps the last of a period given twice).
  const noIncidents = Object.fromEntries(severities.map((s) => [s, 0])) as Record<(typeof severities)[number], number>;
  const months = span ? [{ period: span.first, counts: noIncidents }, { period: span.last, counts: noIncidents }, ...metrics.byMonth] : metrics.byMonth;
  const resolveTimes = records.flatMap((r): ScatterPoint[] => {
    const minutes = computeTimeToResolve(r.data);
    return minutes === undefined ? [] : [{ id: r.id, severity: r.data.severity, minutes }];
  });
  const perPeriod = metrics.byMonth.length > maxMonthlyBars ? countBySeverityOverTime(records, 'month', maxMonthlyBars) : { period: 'month' as const };
  return {
    metrics,
    charts: {
      perMonth: responsiveChart((width) => perPeriod.period === 'year'
        ? incidentsPerPeriodChart({
          id: 'chart-per-month', width, title: 'Incidents per year, by severity', periodLabel: 'year (UTC, by incident start)',
          description: `Published postmortems per year from ${perPeriod.periods[0]?.period} to ${perPeriod.periods.at(-1)?.period}, stacked by severity.`,
          periods: perPeriod.periods,
        })
        : incidentsPerPeriodChart({
          id: 'chart-per-month', width, title: 'Incidents per month, by severity',
          description: `Published postmortems per month from ${span?.first ?? metrics.byMonth[0]?.period} to ${span?.last ?? metrics.byMonth.at(-1)?.period}, stacked by severity.`,
          periods: months,
        })),
      timeToResolveTrend: responsiveChart((width) => durationTrendChart({
        id: 'chart-ttr-trend', width, title: 'Time to resolve per quarter: median and p90',
        description: 'Median and 90th percentile of time to resolve per quarter, on a log scale, against the elite (under 1 hour) and high (under 1 day) reference bands.',
        points: metrics.trends.timeToResolve,
        // A year's trend spans its four quarters, as its incidents chart spans its months: 2012's one
        // quarter with data was a lone dot in the middle of the chart, labelled 2012-Q4.
        span: span && [quarterOf(span.first), quarterOf(span.last)],
      })),
      timeToResolveHistogram: responsiveChart((width) => durationHistogramChart({
        id: 'chart-ttr-histogram', width, title: 'Distribution of time to resolve',
        description: 'How many postmortems resolved within each duration bin, on a log scale.',
        minutes: resolveTimes.map((p) => p.minutes),
      })),
      severityAgainstDuration: responsiveChart((width) => severityScatterChart({
        id: 'chart-severity-duration', width, title: 'Severity against time to resolve',
        description: 'Each dot is a postmortem: its severity and its time to resolve on a log scale.',
        severities: [...severities], points: resolveTimes,
      })),
      byTrigger: responsiveChart((width) => horizontalBarChart({
        id: 'chart-by-trigger', width, title: 'Incidents by trigger category', unit: 'postmortems', categoryLabel: 'trigger category',
        description: 'Published postmortems per trigger category, largest first.',
        items: metrics.byTrigger.map((d) => ({ label: options.triggerName(d.key), value: d.count })),
      })),
      byService: responsiveChart((width) => horizontalBarChart({
        id: 'chart-by-service', width, title: 'Incidents by service', unit: 'postmortems', categoryLabel: 'service',
        description: 'Published postmortems naming each service, largest first.',
        items: metrics.byService.map((d) => ({ label: d.key, value: d.count })),
      })),
      followUpClosure: responsiveChart((width) => followUpClosureChart({
        id: 'chart-follow-ups', width, title: 'Follow-ups by priority: closure',
        description: 'Action items of published postmortems per priority, stacked by state, with the closure rate above each bar.',
        groups: metrics.followUps.byPriority,
      })),
      overdueAgeing: responsiveChart((width) => followUpAgeingChart({
        id: 'chart-ageing', width, title: 'Overdue follow-ups by days past due',
        description: `Open or in-progress action items past their due day on ${metrics.asOf}, by how long overdue.`,
        buckets: metrics.followUps.overdueAgeBuckets,
      })),
    },
  };
}

/** "12 days", "1 day", or "9 y 11 mo (3,633 days)" from a year on; "not recorded" without a value. */
function daysPhrase(days: number | null): string {
  if (days === null) return 'not recorded';
  if (days < 365) return `${days} ${days === 1 ? 'day' : 'days'}`;
  return `${formatDaysOverdue(days)} (${days.toLocaleString('en-US')} days)`;
}

/**
 * The insights page's last line, on how soon reports are written: an imported history drafted
 * this year for incidents of 2016 read "Median time to publish: 3633 days after resolution", a
 * count to divide by 365, and a knowledge base without published days read "— days".
 */
export function publishingLagSentence(publishMedianDays: number | null, draftMedianDays: number | null): string {
  return `Median time to publish: ${daysPhrase(publishMedianDays)}${publishMedianDays === null ? '' : ' after resolution'} (target: within 10 days). ` +
    `Median time to draft: ${daysPhrase(draftMedianDays)}.`;
}

/** One square of an insights page's row of figures. */
export interface InsightsFigure {
  /** The figure ("2 h 22 min", "25%"), or what stands for it when nothing was measured ("not recorded"). */
  value: string;
  /** "under" of "under 1 min": drawn in the label's size beside the figure (session 20). */
  qualifier?: string;
  label: string;
  /** Nothing was measured: the value is words, drawn quietly, not as a figure. */
  missing?: boolean;
  /** "of 3 postmortems": a median or p90 of fewer than `fewForAPercentile` values says how few. */
  basis?: string;
  href?: string;
}

/** Below this many values, a median or p90 names its count: the p90 of one incident is that incident. */
export const fewForAPercentile = 10;

const postmortemCount = (count: number) => `${count.toLocaleString('en-US')} ${count === 1 ? 'postmortem' : 'postmortems'}`;

/**
 * The figures above an insights page's charts. On a year of one imported incident (2005 of curl's
 * advisories) the row read "1 h", "1 h", "—", "0%", "50%", "1": a p90 of one incident as firm as
 * one of three hundred, and a dash for the median time to detect that no report recorded. Now a
 * figure that could not be measured says so in words ("not recorded"; "no follow-ups" for a
 * closure rate without closable items), and a median or p90 of few values says of how many.
 */
export function insightsFigures(metrics: Pick<Metrics, 'durations' | 'nearMissShare' | 'followUps'>): InsightsFigure[] {
  const duration = (summary: { count: number; median: number | null; p90: number | null }, which: 'median' | 'p90', label: string): InsightsFigure => {
    const minutes = summary[which];
    if (minutes === null) return { value: 'not recorded', label, missing: true };
    const figure = durationFigure(minutes);
    return { ...figure, label, ...(summary.count < fewForAPercentile ? { basis: `of ${postmortemCount(summary.count)}` } : {}) };
  };
  const { timeToResolve, timeToDetect } = metrics.durations;
  const share = (value: number | null, label: string, none: string): InsightsFigure =>
    value === null ? { value: none, label, missing: true } : { value: formatPercent(value), label };
  return [
    duration(timeToResolve, 'median', 'median time to resolve'),
    duration(timeToResolve, 'p90', 'p90 time to resolve'),
    duration(timeToDetect, 'median', 'median time to detect'),
    share(metrics.nearMissShare, 'near-misses', 'no postmortems'),
    share(metrics.followUps.closureRate, 'follow-up closure rate', 'no follow-ups'),
    { value: metrics.followUps.overdue.toLocaleString('en-US'), label: 'overdue follow-ups', href: '/follow-ups/' },
  ];
}

/** "Computed at build time from 1 published postmortem (…)": it read "1 published postmortems". */
export function insightsBasisSentence(count: number, scope: string): string {
  return `Computed at build time from ${count.toLocaleString('en-US')} published ${count === 1 ? 'postmortem' : 'postmortems'} (${scope})`;
}
