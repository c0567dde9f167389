import type { Postmortem } from './postmortem-schema.ts';

/**
 * When a report's incident was detected, as far as the record knows. An imported report that
 * names no moment of detection was given its start as one (an import's placeholder, not a
 * measurement: the import could not tell), so "Time to detect: under 1 min" showed on pages and
 * as insights' median over records that never said when anyone noticed (session 30). For an
 * imported report, a detection at its start is taken as not recorded; a report written here keeps
 * it, since an alert that fired as the incident began is a real detection.
 */
export function recordedDetection(pm: Pick<Postmortem, 'times' | 'imported'>): string | undefined {
  const { started, detected } = pm.times;
  if (!detected) return undefined;
  if (pm.imported && Date.parse(detected) === Date.parse(started)) return undefined;
  return detected;
}

/** The record's times with `detected` only where it was recorded (`recordedDetection`). */
export function recordedTimes<T extends Pick<Postmortem, 'times' | 'imported'>>(pm: T): T['times'] {
  const detected = recordedDetection(pm);
  if (detected === pm.times.detected) return pm.times;
  const { detected: _placeholder, ...rest } = pm.times;
  return rest as T['times'];
}
