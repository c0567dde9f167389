import { clip, emptyReading, inWindow, oneLine, toUtc, type RecordReading, type TimeWindow } from './records.ts';

/**
 * An Atlassian Statuspage incident (`GET /v1/pages/{page_id}/incidents/{incident_id}`, or one
 * element of the incident list): `{ name, status, impact, shortlink, created_at, resolved_at,
 * incident_updates: [{ status, body, created_at, display_at }] }`. Each update is a message to
 * customers, so each becomes a communication entry.
 */
interface IncidentUpdate {
  id?: string;
  status?: string;
  body?: string;
  created_at?: string;
  display_at?: string;
}
interface Incident {
  id?: string;
  name?: string;
  status?: string;
  impact?: string;
  shortlink?: string;
  created_at?: string;
  started_at?: string | null;
  resolved_at?: string | null;
  incident_updates?: IncidentUpdate[];
}

const statusWords: Record<string, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
  postmortem: 'Postmortem',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Verifying',
  completed: 'Completed',
};

export function isStatuspageJson(data: unknown): boolean {
  const first = Array.isArray(data) ? data[0] : data;
  return Boolean(first && typeof first === 'object' && Array.isArray((first as Incident).incident_updates));
}

export function readStatuspage(data: unknown, file: string, options: { window?: TimeWindow } = {}): RecordReading {
  const reading = emptyReading('statuspage', file);
  const incidents = (Array.isArray(data) ? data : [data]) as Incident[];
  if (!incidents.every((i) => i && Array.isArray(i.incident_updates))) throw new Error(`${file}: expected an Atlassian Statuspage incident ({"name": ..., "incident_updates": [...]}).`);
  if (incidents.length > 1) reading.notes.push(`${file}: holds ${incidents.length} incidents; all their updates were read.`);
  for (const incident of incidents) {
    if (incident.shortlink && !reading.facts.statusPage) reading.facts.statusPage = incident.shortlink;
    const resolvedAt = toUtc(incident.resolved_at);
    const startedAt = toUtc(incident.started_at) ?? toUtc(incident.created_at);
    if (!reading.facts.customerWindow && (startedAt || resolvedAt)) reading.facts.customerWindow = { start: startedAt, end: resolvedAt };
    if (resolvedAt && inWindow(resolvedAt, options.window)) (reading.facts.resolved ??= []).push({ at: resolvedAt, source: 'statuspage', what: 'status page incident resolved' });
    for (const update of incident.incident_updates!) {
      // display_at is the time customers were shown; created_at when it was typed.
      const at = toUtc(update.display_at) ?? toUtc(update.created_at);
      if (!at) {
        reading.notes.push(`${file}: a status update without a readable time was skipped.`);
        continue;
      }
      if (!inWindow(at, options.window)) continue;
      const status = statusWords[update.status ?? ''] ?? update.status ?? 'Update';
      reading.entries.push({
        at,
        event: clip(oneLine(`Status page update (${status}): ${update.body?.trim() || '(no text)'}`)),
        kind: 'communication',
        source: 'statuspage',
        key: update.id ?? `${at}:${update.status}`,
      });
    }
  }
  return reading;
}
