import { clip, emptyReading, inWindow, oneLine, toUtc, type RecordReading, type TimeWindow } from './records.ts';

/**
 * Prometheus Alertmanager webhook payloads (version 4): `{ status, alerts: [{ status, labels,
 * annotations, startsAt, endsAt, fingerprint }], groupLabels, commonLabels, ... }`. A file may
 * hold one payload, a JSON array of payloads, or one payload per line (what a webhook receiver
 * that logs requests writes). The same alert arrives again with every repeat notification:
 * it is counted once per fingerprint and start.
 */
interface Alert {
  status?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  startsAt?: string;
  endsAt?: string;
  fingerprint?: string;
}
interface Payload {
  status?: string;
  alerts?: Alert[];
}

/** Splits a file into payloads: one JSON value, an array, or JSON lines. */
export function parseAlertmanagerFile(text: string, file: string): Payload[] {
  const trimmed = text.trim();
  try {
    const value = JSON.parse(trimmed);
    return Array.isArray(value) ? value : [value];
  } catch {
    return trimmed.split(/\r?\n/).filter((line) => line.trim()).map((line, i) => {
      try {
        return JSON.parse(line);
      } catch (error) {
        throw new Error(`${file}:${i + 1} is not JSON (${(error as Error).message}); expected Alertmanager webhook payloads, one JSON object per line or a JSON array.`);
      }
    });
  }
}

export function isAlertmanagerJson(data: unknown): boolean {
  const first = Array.isArray(data) ? data[0] : data;
  return Boolean(first && typeof first === 'object' && Array.isArray((first as Payload).alerts));
}

/** Label keys that name the affected service in common Prometheus setups, most specific first. */
export const serviceLabelKeys = ['service', 'app', 'app_kubernetes_io_name', 'job'];

export function readAlertmanager(payloads: unknown[], file: string, options: { window?: TimeWindow } = {}): RecordReading {
  const reading = emptyReading('alertmanager', file);
  const seen = new Map<string, { alert: Alert; start: string; end?: string }>();
  for (const payload of payloads as Payload[]) {
    if (!payload || !Array.isArray(payload.alerts)) throw new Error(`${file}: expected Alertmanager webhook payloads ({"status": ..., "alerts": [...]}).`);
    for (const alert of payload.alerts) {
      const start = toUtc(alert.startsAt);
      if (!start) {
        reading.notes.push(`${file}: alert ${alert.labels?.alertname ?? '(no alertname)'} has no readable startsAt and was skipped.`);
        continue;
      }
      const key = `${alert.fingerprint ?? JSON.stringify(alert.labels ?? {})}@${start}`;
      const known = seen.get(key) ?? { alert, start };
      // endsAt is the zero time (or a time in the future) while firing; it counts once resolved.
      if (alert.status === 'resolved') known.end = toUtc(alert.endsAt);
      seen.set(key, known);
    }
  }
  for (const [key, { alert, start, end }] of seen) {
    const name = alert.labels?.alertname ?? 'unnamed alert';
    const summary = alert.annotations?.summary ?? alert.annotations?.description;
    const where = ['service', 'app', 'namespace', 'severity'].filter((k) => alert.labels?.[k]).map((k) => `${k}=${alert.labels![k]}`).join(', ');
    if (inWindow(start, options.window)) {
      reading.entries.push({
        at: start,
        event: clip(oneLine(`Alert ${name} firing${where ? ` (${where})` : ''}${summary ? `: ${summary}` : ''}`)),
        kind: 'detection',
        source: 'alertmanager',
        key: `${key}:firing`,
      });
      (reading.facts.detected ??= []).push({ at: start, source: 'alertmanager', what: `alert ${name} started firing` });
      (reading.facts.started ??= []).push({ at: start, source: 'alertmanager', what: `alert ${name} startsAt` });
    }
    if (end && inWindow(end, options.window)) {
      reading.entries.push({ at: end, event: clip(oneLine(`Alert ${name} resolved${where ? ` (${where})` : ''}.`)), kind: 'other', source: 'alertmanager', key: `${key}:resolved` });
    }
    for (const label of serviceLabelKeys) if (alert.labels?.[label]) (reading.facts.services ??= []).push(alert.labels[label]);
  }
  return reading;
}
