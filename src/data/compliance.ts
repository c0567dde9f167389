import { getPostmortemEntries } from './collection.ts';
import { resolveAsOfInstant } from '../lib/as-of.ts';
import { loadComplianceConfig } from '../lib/compliance-config.ts';
import { computeDeadlinesOf } from '../lib/notification-deadlines.ts';
import type { SecurityDetails } from '../lib/security-schema.ts';
import { buildYearlyEvidenceReports } from '../lib/evidence-report.ts';
import { hasReviewFacts } from '../lib/postmortem-schema.ts';
import { kbConfig, resolveContentDir, siteConfig } from '../../site.config.ts';

/** content/compliance.yaml of the content folder being built (regimes, time zone, annual reviews). */
export const complianceConfig = loadComplianceConfig(resolveContentDir());

/** The as-of day (overdue follow-ups, age of the annual review) and instant (notification clocks), fixed once per build. */
export const asOfDate = kbConfig.asOf;
export const asOfInstant = resolveAsOfInstant();

/** Notification deadlines of one postmortem's security block, as of the build. */
export function getNotificationDeadlines(id: string, security: SecurityDetails | undefined) {
  return computeDeadlinesOf(id, security, complianceConfig.regimes, asOfInstant);
}

let yearly: Promise<ReturnType<typeof buildYearlyEvidenceReports>> | undefined;

/**
 * The evidence report of every year, computed once per build. It covers every postmortem whatever
 * its review status (an auditor asks first for incidents whose review is not finished), once it
 * states what the report needs: a draft still being filled in (an import, say) has no start time
 * or severity to place it by, as in `npm run evidence`. Only published ones have pages to link to.
 */
export function getYearlyEvidenceReports() {
  yearly ??= getPostmortemEntries().then((entries) =>
    buildYearlyEvidenceReports(entries.flatMap((entry) => (hasReviewFacts(entry.data) ? [{ id: entry.id, data: entry.data }] : [])), {
      asOf: asOfDate,
      asOfInstant,
      regimes: complianceConfig.regimes,
      annualReviews: complianceConfig.annualReviews,
      organisation: siteConfig.organisation,
      siteUrl: siteConfig.siteUrl,
    }));
  return yearly;
}
