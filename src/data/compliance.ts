import { getCollection } from 'astro:content';
import { resolveContentDir } from '../../site.config.ts';
import { resolveAsOfDate, resolveAsOfInstant } from '../lib/as-of.ts';
import { loadComplianceConfig } from '../lib/compliance-config.ts';
import { computeNotificationDeadlines } from '../lib/notification-deadlines.ts';
import type { SecurityDetails } from '../lib/security-schema.ts';

/** content/compliance.yaml of the content folder being built (regimes, time zone, annual reviews). */
export const complianceConfig = loadComplianceConfig(resolveContentDir());

/** The instant the notification clocks are measured against, fixed once per build. */
export const asOfInstant = resolveAsOfInstant();

/** Notification deadlines of one postmortem's security block, as of the build. */
export function getNotificationDeadlines(security: SecurityDetails | undefined) {
  return computeNotificationDeadlines(security, complianceConfig.regimes, asOfInstant);
}

/**
 * Every postmortem, whatever its review status: the compliance register lists incidents whose
 * review is not finished too (an auditor asks for those first). Only published ones have pages.
 */
export async function getAllPostmortemRecords() {
  const entries = await getCollection('postmortems');
  return { records: entries.map((entry) => ({ id: entry.id, data: entry.data })), asOf: resolveAsOfDate(), asOfInstant };
}
