import { stringify as stringifyYaml } from 'yaml';
import type { StatusExport } from './status-exports.ts';
import { isObject, trimmedText, type Json } from './json-object.ts';

/**
 * Apple's System Status pages (apple.com/support/systemstatus, and the developer one) are filled
 * from one JSON file a locale (`system_status_en_US.js`, `system_status_ja_JP.js`; the same
 * events for every locale, their words translated), which people keep in git to follow the page's history:
 *
 * ```json
 * { "services": [ { "serviceName": "iCloud Mail", "events": [ {
 *     "messageId": "1000003588", "statusType": "Issue", "eventStatus": "resolved",
 *     "epochStartDate": 1701943440000, "epochEndDate": 1701963600000,
 *     "startDate": "2023/12/07 19:04 JST", "endDate": "2023/12/08 00:40 JST",
 *     "datePosted": "2023/12/08 15:00 JST", "usersAffected": "Some users were affected",
 *     "affectedServices": null, "message": "Users may have been unable to …" } ] } ] }
 * ```
 *
 * It was refused as JSON that is no export of incidents (import round 29, ten versions of the
 * Japanese page's file kept in git: 29 events, 0 drafts). Each event is one incident, listed under
 * every service it touched (the same `messageId`): one draft per `messageId`, its services all
 * those that list it (and its `affectedServices`), its message the summary, its message and `usersAffected`
 * the impact, its start and end the key times. The epoch fields are the instants; the page writes
 * the same times in its own zone ("JST"), so the report gives them in that zone, the offset read
 * from the difference between the two (never guessed from a locale), and says which zone that is.
 * A planned event (`statusType` "Maintenance", or an event still `upcoming`) is not imported: noted.
 */

const epoch = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : typeof value === 'string' && /^\d{12,13}$/.test(value) ? Number(value) : undefined);

/**
 * The names Apple serves the file under, and people keep it by: `system_status_en_US.js`,
 * `raw_system_status_ja_JP.js`, and since adoption round 45 a copy of a day kept beside others
 * (`raw_system_status_ja_JP.2019-10-12-9e09a6e0.js`: a folder of ten such copies was passed over,
 * unlisted). It ends in `.js` though it holds JSON (the developer page's wraps it in
 * `jsonCallback(…);`): read as the file it is, where other `.js` files are code and passed over.
 */
export const appleStatusFileName = /(?:^|[/_-])system_status_[a-z]{2}_[A-Z]{2}(?:\.[\w-]+)*\.js$/;

/** The JSON of Apple's file, without the `jsonCallback(…);` the developer page wraps it in; undefined when it is none. */
export function appleStatusJson(text: string): unknown {
  const unwrapped = text.replace(/^\uFEFF/, '').trim().replace(/^jsonCallback\(([\s\S]*)\);?$/, '$1');
  try {
    return JSON.parse(unwrapped);
  } catch {
    return undefined;
  }
}

/** `{ services: [{ serviceName, events: [...] }] }`: Apple's file, whether or not any event is listed. */
export function isAppleSystemStatus(data: unknown): data is { services: { serviceName: string; events: Json[] }[] } {
  return isObject(data) && Array.isArray(data.services) && data.services.length > 0
    && data.services.every((service) => isObject(service) && typeof service.serviceName === 'string' && Array.isArray(service.events));
}

/**
 * The offset, in minutes, of the zone the page writes a time in: the wall-clock time it writes
 * (`2023/12/07 19:04 JST`) against the instant of the same moment (`epochStartDate`).
 */
function writtenOffset(written: string | undefined, instant: number | undefined): number | undefined {
  const wall = written && /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})\s+(\d{1,2}):(\d{2})/.exec(written);
  if (!wall || instant === undefined) return undefined;
  const asUtc = Date.UTC(Number(wall[1]), Number(wall[2]) - 1, Number(wall[3]), Number(wall[4]), Number(wall[5]));
  const minutes = Math.round((asUtc - instant) / 60000);
  // Whole quarter hours within a day's zones; anything else is no offset (a time written to another minute).
  return Math.abs(minutes) <= 14 * 60 && minutes % 15 === 0 ? minutes : undefined;
}

/** An instant at an offset, as frontmatter states it: `2023-12-07T19:04:00+09:00`. */
function atOffset(instant: number, offset: number): string {
  const local = new Date(instant + offset * 60000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The same instant as a timeline row writes it: `2023-12-07 19:04 +09:00` (or UTC). */
function rowTime(instant: number, offset: number | undefined): string {
  if (offset === undefined) return `${new Date(instant).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return atOffset(instant, offset).slice(0, 16).replace('T', ' ') + ' ' + atOffset(instant, offset).slice(19);
}

const zoneWordOf = (written: string | undefined) => (written ? /\b([A-Z]{2,5})\s*$/.exec(written)?.[1] : undefined);

interface AppleEvent { id: string; event: Json; services: string[] }

/** The events of the file, one per `messageId`, with every service that lists it, in the order first listed. */
function appleEvents(data: { services: { serviceName: string; events: Json[] }[] }): AppleEvent[] {
  const byId = new Map<string, AppleEvent>();
  for (const service of data.services) {
    for (const event of service.events) {
      if (!isObject(event)) continue;
      const id = trimmedText(event.messageId) ?? (typeof event.messageId === 'number' ? String(event.messageId) : undefined) ?? `${service.serviceName}-${String(event.epochStartDate)}`;
      const known = byId.get(id);
      if (known) known.services.push(service.serviceName);
      else byId.set(id, { id, event, services: [service.serviceName] });
    }
  }
  return [...byId.values()];
}

const isPlanned = (event: Json) => /^maintenance$/i.test(trimmedText(event.statusType) ?? '') || /^(?:upcoming|scheduled)$/i.test(trimmedText(event.eventStatus) ?? '');

/**
 * A title of what the event touched and its type ("iCloud Mail, iCloud Drive: Issue"), the services
 * cut after five; the type last, since a title opening "Outage:" is read as the document's label.
 */
function eventTitle(type: string, services: string[]): string {
  const named = services.length > 5 ? `${services.slice(0, 5).join(', ')} and ${services.length - 5} more` : services.join(', ');
  return named ? `${named}: ${type}` : type;
}

function eventReport(item: AppleEvent): string {
  const { event } = item;
  const affected = Array.isArray(event.affectedServices) ? event.affectedServices.map(trimmedText).filter((name): name is string => !!name) : [];
  const services = [...new Set([...item.services, ...affected])];
  const type = trimmedText(event.statusType) ?? 'Event';
  const state = trimmedText(event.eventStatus);
  const message = trimmedText(event.message) ?? '';
  const start = epoch(event.epochStartDate);
  const end = epoch(event.epochEndDate);
  const offset = writtenOffset(trimmedText(event.startDate), start) ?? writtenOffset(trimmedText(event.endDate), end);
  const zoneWord = zoneWordOf(trimmedText(event.startDate)) ?? zoneWordOf(trimmedText(event.datePosted));
  const ended = end !== undefined && (!state || /^(?:resolved|completed|closed)$/i.test(state));
  const frontmatter: Json = {
    title: eventTitle(type, services),
    summary: message || undefined,
    started_at: start !== undefined ? (offset !== undefined ? atOffset(start, offset) : new Date(start).toISOString()) : undefined,
    resolved_at: ended && end !== undefined ? (offset !== undefined ? atOffset(end, offset) : new Date(end).toISOString()) : undefined,
    // What users saw is the message ("may have been slow or unavailable"); who, `usersAffected` ("some users").
    customer_impact: [message, trimmedText(event.usersAffected)].filter(Boolean).join(' ') || undefined,
  };
  const defined = Object.fromEntries(Object.entries(frontmatter).filter(([, value]) => value !== undefined && value !== ''));
  const rows: string[] = [];
  if (start !== undefined) rows.push(`- ${rowTime(start, offset)}: ${type} began (${services.join(', ')}).`);
  if (ended && end !== undefined) rows.push(`- ${rowTime(end, offset)}: Resolved.`);
  const written = [trimmedText(event.startDate) && `started ${trimmedText(event.startDate)}`, trimmedText(event.endDate) && `ended ${trimmedText(event.endDate)}`, trimmedText(event.datePosted) && `posted ${trimmedText(event.datePosted)}`].filter(Boolean).join(', ');
  const body = [
    `Event ${item.id} of Apple's System Status page: ${type}${state ? `, ${state}` : ''}.${written ? ` The page writes its times in its own zone${zoneWord ? ` (${zoneWord}${offset !== undefined ? `, UTC${atOffset(0, offset).slice(19)}` : ''})` : ''}: ${written}.` : ''}`,
    message,
    trimmedText(event.usersAffected) ? `Users affected: ${trimmedText(event.usersAffected)}` : '',
    services.length ? `Affected services: ${services.join(', ')}` : '',
    rows.length ? `## Timeline\n\n${rows.join('\n')}` : '',
  ];
  return `---\n${stringifyYaml(defined).trimEnd()}\n---\n\n${body.filter((part) => part.trim()).join('\n\n')}\n`;
}

/** The events of Apple's System Status file, one report each; undefined when `data` is not that file. */
export function readAppleSystemStatus(data: unknown): StatusExport | undefined {
  if (!isAppleSystemStatus(data)) return undefined;
  const events = appleEvents(data);
  const planned = events.filter((item) => isPlanned(item.event));
  return {
    kind: 'System Status file of Apple',
    reports: events.filter((item) => !isPlanned(item.event)).map((item) => ({ label: `#${item.id}`, text: eventReport(item) })),
    notes: planned.length ? [`${planned.length} planned maintenance(s) in the file not imported: planned work, not incidents`] : [],
    startField: 'started_at',
  };
}
