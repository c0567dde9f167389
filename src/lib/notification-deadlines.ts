import type { DeadlineStatus } from './deadline-status-text.ts';
export type { DeadlineStatus } from './deadline-status-text.ts';
export { describeDeadlineStatus } from './deadline-status-text.ts';
import { isSecurityIncident, type NotificationRecipient, type SecurityDetails } from './security-schema.ts';

/**
 * Breach-notification deadlines. A regime is data (content/compliance.yaml): a name, when it
 * applies by default, and deadlines counted in elapsed hours from `security.becameAware`, each
 * satisfied by a notification to one recipient. Hours are elapsed time, not wall-clock time: 72
 * hours from Friday 10:00 CET across the spring clock change ends Monday 11:00 CEST.
 */

export interface NotificationDeadlineRule {
  /** Stable id within the regime, e.g. "supervisory-authority". */
  id: string;
  /** What has to happen, e.g. "Notify the supervisory authority". */
  name: string;
  /** Elapsed hours from becoming aware. */
  hours: number;
  /** The recipient whose `security.notified` time satisfies it. */
  notification: NotificationRecipient;
}

export interface NotificationRegime {
  id: string;
  /** Display name, e.g. "GDPR Article 33". */
  name: string;
  /**
   * When security.regimes is omitted: `personal-data` applies when security.personalData is true;
   * `security-incident` to every security or privacy incident (isSecurityIncident); `never` only
   * when listed in security.regimes.
   */
  appliesByDefault: 'personal-data' | 'security-incident' | 'never';
  /** Legal reference shown beside it. */
  reference?: string;
  deadlines: NotificationDeadlineRule[];
}

/** GDPR Art. 33(1): notify the supervisory authority within 72 hours of becoming aware. Always known. */
export const gdprArticle33: NotificationRegime = {
  id: 'gdpr-art33',
  name: 'GDPR Article 33',
  appliesByDefault: 'personal-data',
  reference: 'Regulation (EU) 2016/679, Art. 33(1)',
  deadlines: [{ id: 'supervisory-authority', name: 'Notify the supervisory authority', hours: 72, notification: 'supervisoryAuthority' }],
};

export const builtInRegimes: readonly NotificationRegime[] = [gdprArticle33];

export interface NotificationDeadline {
  regimeId: string;
  regimeName: string;
  deadlineId: string;
  name: string;
  notification: NotificationRecipient;
  hours: number;
  /** becameAware + hours, ISO UTC. */
  dueAt: string;
  /** When the recipient was notified, if recorded. */
  notifiedAt?: string;
  /**
   * met: notified at or before the deadline. missed: notified after it, or not notified and the
   * deadline has passed as of the as-of instant. due: not notified and the deadline is still ahead.
   */
  status: DeadlineStatus;
  /**
   * Minutes between the deadline and the notification (or, when none is recorded, the as-of
   * instant): positive = before the deadline (time left, or margin), negative = after it.
   */
  marginMinutes: number;
}

/**
 * The regimes that apply to one incident: those listed in `security.regimes` or, when the list is
 * omitted, those that apply by default. Throws on an unknown regime id (the lint rule
 * security/unknown-regime reports it with a position first).
 */
export function selectApplicableRegimes(
  security: Pick<SecurityDetails, 'regimes' | 'personalData' | 'classification'>,
  regimes: readonly NotificationRegime[],
): NotificationRegime[] {
  if (security.regimes) {
    return security.regimes.map((id) => {
      const regime = regimes.find((r) => r.id === id);
      if (!regime) throw new Error(`unknown notification regime "${id}"; known: ${regimes.map((r) => r.id).join(', ')}.`);
      return regime;
    });
  }
  return regimes.filter((regime) =>
    (regime.appliesByDefault === 'personal-data' && security.personalData)
    || (regime.appliesByDefault === 'security-incident' && isSecurityIncident(security)));
}

const minutesFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

/**
 * Every notification deadline of an incident with its status as of `asOf` (an ISO instant).
 * Empty when no security block, no applicable regime, or no awareness time.
 */
export function computeNotificationDeadlines(
  security: SecurityDetails | undefined,
  regimes: readonly NotificationRegime[],
  asOf: string,
): NotificationDeadline[] {
  if (!security?.becameAware) return [];
  const aware = Date.parse(security.becameAware);
  return selectApplicableRegimes(security, regimes).flatMap((regime) =>
    regime.deadlines.map((rule): NotificationDeadline => {
      const dueAt = new Date(aware + rule.hours * 3_600_000).toISOString();
      const notifiedAt = security.notified[rule.notification];
      const marginMinutes = minutesFrom(notifiedAt ?? asOf, dueAt);
      const status: DeadlineStatus = notifiedAt
        ? marginMinutes >= 0 ? 'met' : 'missed'
        : Date.parse(asOf) > Date.parse(dueAt) ? 'missed' : 'due';
      return {
        regimeId: regime.id,
        regimeName: regime.name,
        deadlineId: rule.id,
        name: rule.name,
        notification: rule.notification,
        hours: rule.hours,
        dueAt,
        ...(notifiedAt ? { notifiedAt } : {}),
        status,
        marginMinutes,
      };
    }),
  );
}

/**
 * computeNotificationDeadlines for one postmortem, with its id in the error when a regime is
 * unknown (the build does not run the lint rule that reports it first).
 */
export function computeDeadlinesOf(
  id: string,
  security: SecurityDetails | undefined,
  regimes: readonly NotificationRegime[],
  asOf: string,
): NotificationDeadline[] {
  try {
    return computeNotificationDeadlines(security, regimes, asOf);
  } catch (error) {
    throw new Error(`${id}: security.regimes: ${(error as Error).message} Define it in content/compliance.yaml or fix the id (npm run check shows where).`);
  }
}

/**
 * An instant in a named time zone, e.g. "Mon 30 Mar 2026, 11:00 CEST" for Europe/Berlin. English
 * and fixed fields, so the output does not depend on the machine's locale.
 */
export function formatInstantInZone(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

/** Throws a clear error unless `timeZone` is an IANA zone name the runtime knows. */
export function assertTimeZone(timeZone: string, where: string): void {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
  } catch {
    throw new Error(`${where}: "${timeZone}" is not a known IANA time zone. Use a name such as Europe/Berlin or UTC.`);
  }
}
