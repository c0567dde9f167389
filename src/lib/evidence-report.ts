import type { ActionItem, Postmortem, Severity } from './postmortem-schema.ts';
import { historicalUnrecordedFacts, severities } from './postmortem-schema.ts';
import { computeTimeToPublish, computeTimeToResolve } from './durations.ts';
import { isOpen, isOverdue } from './follow-ups.ts';
import { compareText } from './compare-text.ts';
import { median, shareOf } from './metrics-stats.ts';
import { monthRange } from './metrics.ts';
import { computeDeadlinesOf, type NotificationDeadline, type NotificationRegime } from './notification-deadlines.ts';
import { isSecurityIncident } from './security-schema.ts';
import { dayOptionAdvice } from './instant-advice.ts';
import { dayBeforeEarliestProblem } from './earliest-day.ts';
import { isIsoDay } from './as-of.ts';
import { findLastAnnualReview, type AnnualReview } from './compliance-config.ts';
import { evidenceSections, selectFrameworks, indexControls, type Framework } from './compliance-controls.ts';

/**
 * The evidence pack for an audit period, as data: every incident that started in the period
 * (whatever its review status), its review, follow-ups and notification deadlines, trend figures,
 * the last annual review, and the control mapping of each section. Pure and deterministic: the
 * same records and options give the same report. Rendered by src/lib/evidence-render.ts.
 *
 * Legally privileged postmortems are listed (an auditor must see that an incident happened and
 * whether its deadlines were met) but their title, follow-up titles and evidence location are
 * withheld: handing privileged material to a third party can waive the privilege. The reason for a
 * late notification stays: it is the statement made to the authority, not privileged advice.
 */

export const evidenceReportVersion = 1;
export const withheldText = 'Withheld: legally privileged';

export interface EvidenceOptions {
  /** First day of the period (YYYY-MM-DD), inclusive. */
  from: string;
  /** Last day of the period (YYYY-MM-DD), inclusive. */
  to: string;
  framework?: Framework;
  /** The as-of day (overdue follow-ups, annual review age). */
  asOf: string;
  /** The as-of instant (notification clocks). */
  asOfInstant: string;
  regimes: readonly NotificationRegime[];
  annualReviews: readonly AnnualReview[];
  organisation: string;
  /** Absolute URL of the internal site, for permalinks. */
  siteUrl: string;
}

export interface EvidenceIncident {
  id: string;
  title: string;
  privileged: boolean;
  /** Day the incident started (UTC). */
  date: string;
  started: string;
  resolved: string | null;
  severity: Severity;
  classification: string[];
  personalData: boolean;
  securityIncident: boolean;
  reviewStatus: Postmortem['status'];
  drafted: string;
  published: string | null;
  reviewers: string[];
  daysToPublish: number | null;
  minutesToResolve: number | null;
  /** Written before the knowledge base (`historical: true`): its follow-ups may lack owner, due, priority, type. */
  historical: boolean;
  /** `notRecorded`: items of a historical record with at least one fact never recorded. */
  actionItems: { total: number; done: number; wontDo: number; open: number; overdue: number; notRecorded: number };
  deadlines: NotificationDeadline[];
  lateNotificationReason: string | null;
  evidence: { location: string; custodian: string } | null;
  /** Permalink on the internal site; only published postmortems have a page. */
  url: string | null;
}

/**
 * One follow-up. Owner, due, priority and type are null where a historical record never recorded
 * them (`notRecorded` names which): an auditor sees that they are unknown, never a made-up value.
 */
export interface EvidenceActionItem {
  postmortemId: string;
  id: string;
  title: string;
  owner: string | null;
  due: string | null;
  priority: string | null;
  type: string | null;
  status: string;
  overdue: boolean;
  /** Facts of this item never recorded (only items of historical records have any). */
  notRecorded: string[];
}

/** The facts (owner, due, priority, type, verification) an item of a historical record leaves unrecorded. */
export function unrecordedFactsOf(item: ActionItem): string[] {
  return historicalUnrecordedFacts.filter((fact) => item[fact] === undefined);
}

/**
 * A YYYY-MM-DD day that exists, from 1970-01-01 on, else an error naming the option (round 36:
 * `--from 2026-02-30` got the format alone, and `--from 1969-12-31` was taken).
 */
export function assertDay(value: string | undefined, option: string): string {
  if (!value || !isIsoDay(value)) {
    throw new Error(`${option} is ${value === undefined ? 'missing' : `"${value}"`}: give a day as YYYY-MM-DD, e.g. ${option} 2026-01-01.${value === undefined ? '' : dayOptionAdvice(value, (day) => `${option} ${day}`)}`);
  }
  const tooEarly = dayBeforeEarliestProblem(value, `${option} ${value}`);
  if (tooEarly) throw new Error(tooEarly);
  return value;
}

export function buildEvidenceReport(records: readonly { id: string; data: Postmortem }[], options: EvidenceOptions) {
  assertDay(options.from, '--from');
  assertDay(options.to, '--to');
  if (options.to < options.from) throw new Error(`--to (${options.to}) is before --from (${options.from}).`);

  const inPeriod = records
    .filter(({ data }) => {
      const day = data.times.started.slice(0, 10);
      return day >= options.from && day <= options.to;
    })
    .sort((a, b) => compareText(a.data.times.started, b.data.times.started) || compareText(a.id, b.id));

  const incidents: EvidenceIncident[] = inPeriod.map(({ id, data }) => {
    const privileged = data.security?.legalPrivilege ?? false;
    const items = data.actionItems;
    return {
      id,
      title: privileged ? withheldText : data.title,
      privileged,
      date: data.times.started.slice(0, 10),
      started: data.times.started,
      resolved: data.times.resolved ?? null,
      severity: data.severity,
      classification: data.security?.classification ?? [],
      personalData: data.security?.personalData ?? false,
      securityIncident: isSecurityIncident(data.security),
      reviewStatus: data.status,
      historical: data.historical,
      drafted: data.drafted,
      published: data.published ?? null,
      reviewers: data.reviewers,
      daysToPublish: computeTimeToPublish(data) ?? null,
      minutesToResolve: computeTimeToResolve(data) ?? null,
      actionItems: {
        total: items.length,
        done: items.filter((i) => i.status === 'done').length,
        wontDo: items.filter((i) => i.status === 'wont-do').length,
        open: items.filter(isOpen).length,
        overdue: items.filter((i) => isOverdue(i, options.asOf)).length,
        notRecorded: items.filter((i) => unrecordedFactsOf(i).length > 0).length,
      },
      deadlines: computeDeadlinesOf(id, data.security, options.regimes, options.asOfInstant),
      lateNotificationReason: data.security?.lateNotificationReason ?? null,
      evidence: data.security?.evidence
        ? privileged ? { location: withheldText, custodian: data.security.evidence.custodian } : { ...data.security.evidence }
        : null,
      url: data.status === 'published' ? `${options.siteUrl.replace(/\/$/, '')}/postmortems/${id}/` : null,
    };
  });

  const actionItems: EvidenceActionItem[] = inPeriod.flatMap(({ id, data }) =>
    data.actionItems.map((item) => ({
      postmortemId: id,
      id: item.id,
      title: data.security?.legalPrivilege ? withheldText : item.title,
      owner: item.owner ?? null,
      due: item.due ?? null,
      priority: item.priority ?? null,
      type: item.type ?? null,
      status: item.status,
      overdue: isOverdue(item, options.asOf),
      notRecorded: unrecordedFactsOf(item),
    })),
  );

  const deadlines = incidents.flatMap((incident) => incident.deadlines);
  const count = <T,>(list: readonly T[], predicate: (item: T) => boolean) => list.filter(predicate).length;
  const closable = actionItems.length - count(actionItems, (i) => i.status === 'wont-do');
  const months = monthRange(options.from.slice(0, 7), options.to.slice(0, 7));
  const classifications = [...new Set(incidents.flatMap((i) => (i.classification.length ? i.classification : ['unclassified'])))].sort(compareText);

  const trends = {
    incidents: incidents.length,
    securityIncidents: count(incidents, (i) => i.securityIncident),
    withPersonalData: count(incidents, (i) => i.personalData),
    bySeverity: Object.fromEntries(severities.map((s) => [s, count(incidents, (i) => i.severity === s)])) as Record<Severity, number>,
    byClassification: Object.fromEntries(classifications.map((c) => [c, count(incidents, (i) => (i.classification.length ? i.classification.includes(c) : c === 'unclassified'))])),
    byMonth: months.map((month) => ({
      month,
      total: count(incidents, (i) => i.date.startsWith(month)),
      bySeverity: Object.fromEntries(severities.map((s) => [s, count(incidents, (i) => i.date.startsWith(month) && i.severity === s)])) as Record<Severity, number>,
    })),
    medianMinutesToResolve: median(incidents.flatMap((i) => (i.minutesToResolve === null ? [] : [i.minutesToResolve]))) ?? null,
    medianDaysToPublish: median(incidents.flatMap((i) => (i.daysToPublish === null ? [] : [i.daysToPublish]))) ?? null,
    reviewsPublished: count(incidents, (i) => i.reviewStatus === 'published'),
    reviewCompletionRate: shareOf(count(incidents, (i) => i.reviewStatus === 'published'), incidents.length),
    actionItems: actionItems.length,
    actionItemsDone: count(actionItems, (i) => i.status === 'done'),
    actionItemsOpen: count(actionItems, (i) => i.status === 'open' || i.status === 'in-progress'),
    actionItemsOverdue: count(actionItems, (i) => i.overdue),
    /**
     * Follow-ups of historical records with a fact never recorded: counted in the totals above,
     * and said apart, since their owner or due date cannot be checked. Without a due date an open
     * one is never overdue (`actionItemsOpenWithoutDue`).
     */
    actionItemsNotRecorded: count(actionItems, (i) => i.notRecorded.length > 0),
    actionItemsOpenWithoutDue: count(actionItems, (i) => (i.status === 'open' || i.status === 'in-progress') && i.due === null),
    closureRate: shareOf(count(actionItems, (i) => i.status === 'done'), closable),
    notifications: {
      deadlines: deadlines.length,
      met: count(deadlines, (d) => d.status === 'met'),
      missed: count(deadlines, (d) => d.status === 'missed'),
      due: count(deadlines, (d) => d.status === 'due'),
    },
  };

  const frameworks = selectFrameworks(options.framework);
  const annual = findLastAnnualReview(options.annualReviews, options.asOf);
  return {
    schemaVersion: evidenceReportVersion,
    organisation: options.organisation,
    period: { from: options.from, to: options.to },
    asOf: options.asOf,
    asOfInstant: options.asOfInstant,
    frameworks,
    sections: evidenceSections.map((section) => ({
      id: section.id,
      title: section.title,
      purpose: section.purpose,
      controls: Object.fromEntries(frameworks.map((f) => [f, section.controls[f]])) as Partial<Record<Framework, { id: string; name: string }[]>>,
    })),
    controlIndex: Object.fromEntries(frameworks.map((f) => [f, indexControls(f)])) as Partial<Record<Framework, ReturnType<typeof indexControls>>>,
    incidents,
    actionItems,
    trends,
    annualReview: {
      last: annual.review ?? null,
      overdue: annual.overdue,
      /** Reviews recorded within the period. */
      inPeriod: options.annualReviews.filter((r) => r.date >= options.from && r.date <= options.to),
    },
  };
}

export type EvidenceReport = ReturnType<typeof buildEvidenceReport>;

/** The years (YYYY) in which at least one of the records started, oldest first. */
export function listIncidentYears(records: readonly { data: Pick<Postmortem, 'times'> }[]): string[] {
  return [...new Set(records.map((r) => r.data.times.started.slice(0, 4)))].sort();
}

/** One evidence report per calendar year with incidents, newest year first (the /compliance/ pages). */
export function buildYearlyEvidenceReports(
  records: readonly { id: string; data: Postmortem }[],
  options: Omit<EvidenceOptions, 'from' | 'to' | 'framework'>,
): { year: string; report: EvidenceReport }[] {
  return listIncidentYears(records).reverse().map((year) => ({
    year,
    report: buildEvidenceReport(records, { ...options, from: `${year}-01-01`, to: `${year}-12-31` }),
  }));
}
