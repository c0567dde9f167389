import { parse as parseYaml } from 'yaml';

/**
 * Files an uptime monitor keeps beside its status page that hold no incident: Upptime's
 * `history/<site>.yml` (the site's last check: `url`, `status`, `code`, `responseTime`,
 * `lastUpdated`), its `history/summary.json` (each site's uptime percentages) and its
 * `api/<site>/*.json` badges (`schemaVersion`, `label`, `message`). A team adopting the tool
 * with its Upptime repository gave the folder and was told only "no report found": its YAML was
 * passed over without a word. Upptime keeps its incidents as GitHub issues, which the import reads
 * once exported (src/lib/import/issue-exports.ts); the refusal says how.
 */
export const uptimeMonitorStateWords = 'is the state of a monitored site kept by an uptime monitor (Upptime: its address, status, response time or uptime), not a report of an incident. Upptime keeps its incidents as GitHub issues: export them with `gh issue list --repo OWNER/REPO --state all --json number,title,body,createdAt,closedAt,labels,comments > incidents.json` and import that file.';

const monitorKeys = ['responseTime', 'lastUpdated', 'startTime', 'uptime', 'uptimeDay', 'dailyMinutesDown', 'timeDay'];

/** True when `text` (YAML or JSON) is such a file, read by its keys: an address and a status or uptime, and a monitor's measure. */
export function isUptimeMonitorState(text: string): boolean {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch {
    return false;
  }
  const isSite = (item: unknown) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return false;
    const record = item as Record<string, unknown>;
    return typeof record.url === 'string' && ('status' in record || 'uptime' in record) && monitorKeys.some((key) => key in record);
  };
  if (Array.isArray(value)) return value.length > 0 && value.every(isSite);
  if (isSite(value)) return true;
  // A shields.io endpoint badge the monitor writes: `{ schemaVersion: 1, label: "uptime", message: "99.9%" }`.
  const badge = value as Record<string, unknown> | null;
  return !!badge && typeof badge === 'object' && badge.schemaVersion === 1 && typeof badge.label === 'string' && /^(?:uptime|response time|status)\b/i.test(badge.label) && typeof badge.message === 'string';
}
