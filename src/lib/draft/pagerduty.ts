import { severityFromPriority, severityFromUrgency } from './severity.ts';
import { addParticipant, clip, emptyReading, inWindow, oneLine, toUtc, type RecordReading, type TimeWindow, type TimelineCandidate } from './records.ts';

/**
 * PagerDuty REST API v2 records: the incident's log entries
 * (`GET /incidents/{id}/log_entries`, `{ "log_entries": [...] }`, optionally with
 * `include[]=incidents` so each entry carries the incident's priority and urgency), or the
 * incident itself (`GET /incidents/{id}`, `{ "incident": {...} }`).
 */
interface Reference {
  id?: string;
  type?: string;
  summary?: string;
}
interface PagerDutyIncident extends Reference {
  title?: string;
  priority?: Reference | null;
  urgency?: string;
  service?: Reference;
  html_url?: string;
  created_at?: string;
}
interface LogEntry {
  id?: string;
  type?: string;
  summary?: string;
  created_at?: string;
  agent?: Reference | null;
  channel?: { type?: string; summary?: string };
  service?: Reference;
  incident?: PagerDutyIncident;
  assignees?: Reference[];
  user?: Reference;
  note?: string;
}

/** Whether a JSON document is PagerDuty's (log entries or an incident). */
export function isPagerDutyJson(data: unknown): boolean {
  const object = data as Record<string, unknown> | null;
  return Boolean(object && typeof object === 'object' && ('log_entries' in object || ('incident' in object && !('data' in object))));
}

const isPerson = (ref: Reference | null | undefined): ref is Reference =>
  Boolean(ref?.summary) && (ref?.type === 'user_reference' || ref?.type === 'user');

export function readPagerDuty(data: unknown, file: string, options: { window?: TimeWindow } = {}): RecordReading {
  const reading = emptyReading('pagerduty', file);
  const object = data as { log_entries?: LogEntry[]; incident?: PagerDutyIncident };
  const entries = Array.isArray(object?.log_entries) ? object.log_entries : undefined;
  if (!entries && !object?.incident) throw new Error(`${file}: expected PagerDuty REST API v2 JSON: {"log_entries": [...]} or {"incident": {...}}.`);
  const incidents: PagerDutyIncident[] = [];
  if (object.incident) incidents.push(object.incident);
  const people = (refs: (Reference | null | undefined)[], role: string) => {
    for (const ref of refs) if (isPerson(ref)) addParticipant(reading.participants, { name: ref.summary!, id: `pagerduty:${ref.id ?? ref.summary}`, source: 'pagerduty', roles: [role] });
  };
  const push = (entry: LogEntry, at: string, event: string, kind: TimelineCandidate['kind']) =>
    reading.entries.push({ at, event: clip(oneLine(event)), kind, source: 'pagerduty', key: entry.id });

  const sorted = [...(entries ?? [])].sort((a, b) => String(toUtc(a.created_at)).localeCompare(String(toUtc(b.created_at))));
  for (const entry of sorted) {
    if (entry.incident && (entry.incident.priority || entry.incident.urgency)) incidents.push(entry.incident);
    const at = toUtc(entry.created_at);
    if (!at) {
      reading.notes.push(`${file}: log entry ${entry.id ?? '(no id)'} has no readable created_at and was skipped.`);
      continue;
    }
    if (!inWindow(at, options.window)) continue;
    const incidentName = entry.incident?.title ?? entry.incident?.summary;
    const service = entry.service?.summary ?? entry.incident?.service?.summary;
    if (service) (reading.facts.services ??= []).push(service);
    switch (entry.type) {
      case 'trigger_log_entry': {
        const via = entry.channel?.type ? ` via ${entry.channel.type.replace(/_/g, ' ')}` : '';
        push(entry, at, `Page triggered${incidentName ? `: ${incidentName}` : ''}${service ? ` (service ${service})` : ''}${via}.`, 'detection');
        (reading.facts.detected ??= []).push({ at, source: 'pagerduty', what: 'page triggered' });
        people([entry.agent], 'triggered the page');
        break;
      }
      case 'acknowledge_log_entry':
        push(entry, at, 'Page acknowledged by the on-call responder.', 'escalation');
        (reading.facts.acknowledged ??= []).push({ at, source: 'pagerduty', what: 'page acknowledged' });
        people([entry.agent], 'acknowledged the page');
        break;
      case 'escalate_log_entry':
        push(entry, at, `Page escalated${entry.assignees?.length ? ` to ${entry.assignees.length} more responder${entry.assignees.length === 1 ? '' : 's'}` : ''}.`, 'escalation');
        people(entry.assignees ?? [], 'escalated to');
        break;
      case 'assign_log_entry':
        push(entry, at, 'Page reassigned.', 'escalation');
        people(entry.assignees ?? [], 'assigned');
        people([entry.agent], 'reassigned the page');
        break;
      case 'resolve_log_entry':
        push(entry, at, 'Page resolved.', 'resolution');
        (reading.facts.resolved ??= []).push({ at, source: 'pagerduty', what: 'page resolved' });
        people([entry.agent], 'resolved the page');
        break;
      case 'annotate_log_entry':
        // Notes are free text written by a responder: kept out of the timeline (they often name
        // people), but the author is a participant.
        people([entry.agent], 'added a note');
        break;
      case 'notify_log_entry':
        people([entry.user], 'was notified');
        break;
      default:
        break;
    }
  }
  for (const incident of incidents) {
    const fromPriority = severityFromPriority(incident.priority?.summary);
    const fromUrgency = fromPriority ? undefined : severityFromUrgency(incident.urgency);
    if (fromPriority) (reading.facts.severity ??= []).push({ severity: fromPriority, from: `PagerDuty priority ${incident.priority!.summary}`, source: 'pagerduty' });
    else if (fromUrgency) (reading.facts.severity ??= []).push({ severity: fromUrgency, from: `PagerDuty urgency ${incident.urgency}`, source: 'pagerduty' });
    if (incident.service?.summary) (reading.facts.services ??= []).push(incident.service.summary);
  }
  return reading;
}
