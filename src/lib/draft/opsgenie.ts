import { severityFromPriority } from './severity.ts';
import { addParticipant, clip, emptyReading, inWindow, oneLine, toUtc, type RecordReading, type TimeWindow, type TimelineCandidate } from './records.ts';

/**
 * Opsgenie Alert API JSON: an alert's logs (`GET /v2/alerts/{id}/logs`,
 * `{ "data": [{ "log", "type", "owner", "createdAt", "offset" }] }`) or the alert itself
 * (`GET /v2/alerts/{id}`, `{ "data": { "message", "priority", "createdAt", "report": {...} } }`).
 * Log lines are Opsgenie's own sentences ("Alert acknowledged via Web"), read by their verb.
 */
interface AlertLog {
  log?: string;
  type?: string;
  owner?: string;
  createdAt?: string;
  offset?: string;
}
interface Alert {
  id?: string;
  tinyId?: string;
  message?: string;
  priority?: string;
  createdAt?: string;
  source?: string;
  tags?: string[];
  report?: { ackTime?: number; closeTime?: number; acknowledgedBy?: string; closedBy?: string };
}

export function isOpsgenieJson(data: unknown): boolean {
  const object = data as { data?: unknown; requestId?: unknown } | null;
  if (!object || typeof object !== 'object' || !('data' in object)) return false;
  const first = Array.isArray(object.data) ? object.data[0] : object.data;
  return Boolean(first && typeof first === 'object' && ('log' in first || 'tinyId' in first || 'alias' in first || 'message' in first));
}

/** Opsgenie's log sentences, by the action they report. Order matters: "unacknowledged" first. */
const logKinds: { pattern: RegExp; kind: TimelineCandidate['kind']; fact?: 'detected' | 'acknowledged' | 'resolved'; role: string; event: string }[] = [
  { pattern: /\bunacknowledged\b/i, kind: 'other', role: 'unacknowledged the alert', event: 'Alert unacknowledged.' },
  { pattern: /\backnowledged\b/i, kind: 'escalation', fact: 'acknowledged', role: 'acknowledged the alert', event: 'Alert acknowledged by the on-call responder.' },
  { pattern: /\bassigned\b|\bownership\b/i, kind: 'escalation', role: 'took ownership', event: 'Alert assigned to a responder.' },
  { pattern: /\bescalat/i, kind: 'escalation', role: 'escalated to', event: 'Alert escalated to the next responder.' },
  { pattern: /\bclosed\b/i, kind: 'resolution', fact: 'resolved', role: 'closed the alert', event: 'Alert closed.' },
  { pattern: /\bcreated\b/i, kind: 'detection', fact: 'detected', role: 'created the alert', event: 'Alert created' },
];

const isPerson = (owner: string | undefined) => Boolean(owner) && !/^(system|alert api|integration|opsgenie)$/i.test(owner!) && !/^api\b/i.test(owner!);

export function readOpsgenie(data: unknown, file: string, options: { window?: TimeWindow } = {}): RecordReading {
  const reading = emptyReading('opsgenie', file);
  const payload = (data as { data?: unknown })?.data;
  if (Array.isArray(payload)) {
    const logs = [...(payload as AlertLog[])].sort((a, b) => String(toUtc(a.createdAt)).localeCompare(String(toUtc(b.createdAt))));
    for (const log of logs) {
      const at = toUtc(log.createdAt);
      if (!at) {
        reading.notes.push(`${file}: a log line without a readable createdAt was skipped ("${clip(log.log ?? '', 60)}").`);
        continue;
      }
      if (!inWindow(at, options.window)) continue;
      const match = logKinds.find((k) => k.pattern.test(log.log ?? ''));
      // Notes are free text and recipient lines are notifications: only actions become entries.
      if (!match || log.type === 'note' || log.type === 'alertRecipient') {
        if (isPerson(log.owner) && log.type === 'note') addParticipant(reading.participants, { name: log.owner!, id: `opsgenie:${log.owner}`, source: 'opsgenie', roles: ['added a note'] });
        continue;
      }
      const via = /\bvia ([\w .-]+?)(?:\[|$|\.)/i.exec(log.log ?? '')?.[1]?.trim();
      const event = match.fact === 'detected' ? `Alert created${via ? ` via ${via}` : ''}.` : match.event;
      reading.entries.push({ at, event: clip(oneLine(event)), kind: match.kind, source: 'opsgenie', key: `${log.offset ?? at}:${log.log}` });
      if (match.fact) (reading.facts[match.fact] ??= []).push({ at, source: 'opsgenie', what: match.role.replace(/ the alert$/, '') });
      if (isPerson(log.owner)) addParticipant(reading.participants, { name: log.owner!, id: `opsgenie:${log.owner}`, source: 'opsgenie', roles: [match.role] });
    }
    return reading;
  }
  if (payload && typeof payload === 'object') {
    const alert = payload as Alert;
    const created = toUtc(alert.createdAt);
    if (created && inWindow(created, options.window)) {
      reading.entries.push({ at: created, event: clip(oneLine(`Alert created${alert.message ? `: ${alert.message}` : ''}.`)), kind: 'detection', source: 'opsgenie', key: alert.id });
      (reading.facts.detected ??= []).push({ at: created, source: 'opsgenie', what: 'alert created' });
      // report.ackTime and closeTime are milliseconds after creation.
      const after = (ms: number | undefined) => (typeof ms === 'number' ? toUtc(Date.parse(alert.createdAt!) + ms) : undefined);
      const acked = after(alert.report?.ackTime);
      if (acked) {
        reading.entries.push({ at: acked, event: 'Alert acknowledged by the on-call responder.', kind: 'escalation', source: 'opsgenie', key: `${alert.id}:ack` });
        (reading.facts.acknowledged ??= []).push({ at: acked, source: 'opsgenie', what: 'alert acknowledged' });
      }
      const closed = after(alert.report?.closeTime);
      if (closed) {
        reading.entries.push({ at: closed, event: 'Alert closed.', kind: 'resolution', source: 'opsgenie', key: `${alert.id}:close` });
        (reading.facts.resolved ??= []).push({ at: closed, source: 'opsgenie', what: 'alert closed' });
      }
    }
    if (isPerson(alert.report?.acknowledgedBy)) addParticipant(reading.participants, { name: alert.report!.acknowledgedBy!, id: `opsgenie:${alert.report!.acknowledgedBy}`, source: 'opsgenie', roles: ['acknowledged the alert'] });
    if (isPerson(alert.report?.closedBy)) addParticipant(reading.participants, { name: alert.report!.closedBy!, id: `opsgenie:${alert.report!.closedBy}`, source: 'opsgenie', roles: ['closed the alert'] });
    const severity = severityFromPriority(alert.priority);
    if (severity) reading.facts.severity = [{ severity, from: `Opsgenie priority ${alert.priority}`, source: 'opsgenie' }];
    return reading;
  }
  throw new Error(`${file}: expected Opsgenie Alert API JSON: {"data": [log lines]} from /v2/alerts/{id}/logs or {"data": {alert}} from /v2/alerts/{id}.`);
}
