import { stringify as stringifyYaml } from 'yaml';
import { recordInstant } from './incident-records.ts';
import { isObject, trimmedText, type Json } from './json-object.ts';

/**
 * [Cachet](https://github.com/cachethq/cachet)'s API lists a status page's incidents as
 * `GET /api/v1/incidents` returns them (saved as JSON):
 *
 *     { "meta": { "pagination": … },
 *       "data": [ { "id": 7, "name": "Search returning errors", "message": "We are investigating …",
 *                   "status": 4, "human_status": "Fixed", "visible": 1,
 *                   "occurred_at": "2026-04-02 09:14:00", "created_at": …, "updated_at": …,
 *                   "updates": [ { "status": 4, "human_status": "Fixed", "message": "…", "created_at": … } ] } ] }
 *
 * (`updates` only when the export asked for them; `occurred_at` since Cachet 2.4, `created_at`
 * before.) Import round 34: such a file was refused as JSON that is no export of incidents. Each
 * incident is now a report: its name the title, its message the summary and the first row, at
 * `occurred_at` (else `created_at`), each update a row at its `created_at` with its state as label
 * (`*Fixed* - …`), and the last row whose state is Fixed (status 4) its end. Cachet writes its
 * times without a zone, in the server's: they are read in the zone given with `--timezone` or the
 * folder's, else as UTC and said, as any report's. A scheduled maintenance (status 0, or
 * `scheduled_at` in the future of the incident) is not imported, counted.
 */
export interface CachetIncidents {
  kind: string;
  reports: { label: string; text: string; source: string }[];
  notes: string[];
}

/** Cachet's incident states, by their number (its `human_status` says the same in the page's language). */
const states: Record<number, string> = { 0: 'Scheduled', 1: 'Investigating', 2: 'Identified', 3: 'Watching', 4: 'Fixed' };

interface Row { at: { day: string; time?: string; zone?: string }; state?: string; text: string }
const written = (at: Row['at']) => `${at.day}${at.time ? ` ${at.time}` : ''}${at.zone ? ` ${at.zone}` : ''}`;
const inItem = (text: string) => text.replace(/\r\n?/g, '\n').trim().replace(/\n/g, '\n  ');
const stateOf = (record: Json) => trimmedText(record.human_status) ?? (typeof record.status === 'number' ? states[record.status] : undefined) ?? 'Update';
const fixed = (record: Json) => record.status === 4 || record.status === '4';

/** True for one incident as Cachet's API writes it. */
function isCachetIncident(value: unknown): value is Json {
  return isObject(value) && !!trimmedText(value.name) && typeof value.message === 'string' && (typeof value.status === 'number' || typeof value.status === 'string') && ('human_status' in value || 'visible' in value) && !!recordInstant(value.occurred_at ?? value.created_at);
}

/** The incidents of a Cachet API response, one report each; undefined when `data` is no such response. */
export function readCachetIncidents(data: unknown): CachetIncidents | undefined {
  const list = isObject(data) && Array.isArray(data.data) ? data.data : undefined;
  if (!list?.length || !list.every(isCachetIncident)) return undefined;
  const incidents = list as Json[];
  const scheduled = incidents.filter((incident) => incident.status === 0 || incident.status === '0');
  const reports = incidents.filter((incident) => !scheduled.includes(incident)).map((incident) => {
    // The incident's `status` is its state now, not when its message was posted: the first row has no label, its words say its kind.
    const opening: Row = { at: recordInstant(incident.occurred_at ?? incident.created_at)!, text: trimmedText(incident.message) ?? '' };
    const updates = (Array.isArray(incident.updates) ? incident.updates : []).filter(isObject).flatMap((update): (Row & { fixed: boolean })[] => {
      const at = recordInstant(update.created_at);
      const text = trimmedText(update.message);
      return at && text ? [{ at, state: stateOf(update), text, fixed: fixed(update) }] : [];
    }).sort((a, b) => written(a.at).localeCompare(written(b.at), 'en'));
    const rows: (Row & { fixed?: boolean })[] = [...(opening.text ? [opening] : []), ...updates];
    // Without updates the incident's own state says whether it ended, not when: no end is invented.
    const end = [...updates].reverse().find((row) => row.fixed);
    const frontmatter = Object.fromEntries(Object.entries({ title: trimmedText(incident.name), summary: opening.text.split(/\n\s*\n/)[0].replace(/\s+/g, ' ') || undefined, date: opening.at.day }).filter(([, value]) => value !== undefined));
    const body = [
      `---\n${stringifyYaml(frontmatter, { lineWidth: 0 }).trim()}\n---`,
      `Incident of a Cachet status page (its API's incident ${String(incident.id ?? '')}, state "${stateOf(incident)}"); its start is when it occurred${end ? ', its end the last update marked Fixed' : ''}.`,
      [`- Start: ${written(opening.at)}`, end ? `- End: ${written(end.at)}` : ''].filter(Boolean).join('\n'),
      `## Timeline\n\n${rows.map((row) => `- ${written(row.at)} ${row.state ? `*${row.state}* - ` : ''}${inItem(row.text)}`).join('\n')}`,
    ];
    return { label: `#${String(incident.id ?? incidents.indexOf(incident) + 1)}`, text: body.join('\n\n') + '\n', source: [trimmedText(incident.name), ...rows.map((row) => row.text)].filter(Boolean).join('\n\n') };
  });
  return {
    kind: 'Cachet status page API export (incidents)',
    reports,
    notes: scheduled.length ? [`${scheduled.length} scheduled maintenance(s) (status 0) not imported: planned work, not incidents`] : [],
  };
}
