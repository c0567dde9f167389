import { stringify as stringifyYaml } from 'yaml';
import { plainText } from './status-feeds.ts';
import { customerFacingSentence } from './customer-impact.ts';
import { isObject, type Json } from './json-object.ts';

/**
 * Status pages export their incident history as JSON, one file holding many incidents:
 * Atlassian Statuspage's API (`/api/v2/incidents.json`: `{ page, incidents: [...] }`, one
 * incident as `{ incident }` or bare, each with `incident_updates`), Google Cloud's status
 * dashboard (`status.cloud.google.com/incidents.json`: an array of incidents with
 * `external_desc`, `begin`, `end` and `updates`) and AWS's Service Health Dashboard archive
 * (`{ archive: [{ service_name, summary, date, description }] }`, the updates as HTML lines that
 * open with `12:53 PM PDT`). Each incident becomes one report in Markdown, in the shape the
 * importer already reads: frontmatter for the title, the day and the key times, and a
 * "Timeline" of the updates, each at the instant it was posted. Every text of the export is
 * kept (names, update bodies, components, locations, postmortems); ids and flags that are not
 * words of the report (page ids, tweet settings) are not.
 */
export interface StatusExport {
  /** Which status page wrote it, for the import report ("Statuspage incidents.json"). */
  kind: string;
  /**
   * One report per incident: `label` names it within the file (`#<incident id>`); `startField`, the
   * field its start was taken from when it is not the export's usual one (`startField` below): a
   * Statuspage incident without `started_at` starts at its `created_at`, and its draft says so.
   */
  reports: { label: string; text: string; startField?: string }[];
  /** What of the file is not imported, and why (planned maintenance). */
  notes: string[];
  /**
   * The export's own field for when an incident began (Google Cloud's `begin`), written as the
   * report's `started_at`: the incident's start, whatever time its updates were posted at or quote.
   */
  startField?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** An instant of the export as the importer reads it exactly: `2022-07-01 14:04 UTC`. */
function utcMinute(value: unknown): string | undefined {
  const raw = text(value) ?? (typeof value === 'number' ? String(value) : undefined);
  if (!raw) return undefined;
  const time = /^\d{9,10}$/.test(raw) ? Number(raw) * 1000 : Date.parse(raw);
  if (!Number.isFinite(time)) return undefined;
  return new Date(time).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
/** The same instant for frontmatter, to the second: `2022-07-01T14:04:53Z`. */
function utcInstant(value: unknown): string | undefined {
  const raw = text(value) ?? (typeof value === 'number' ? String(value) : undefined);
  if (!raw) return undefined;
  const time = /^\d{9,10}$/.test(raw) ? Number(raw) * 1000 : Date.parse(raw);
  return Number.isFinite(time) ? new Date(time).toISOString().replace('.000Z', 'Z') : undefined;
}

/** A text of several lines as a list item's continuation: indented, so it stays in the item. */
const inItem = (body: string) => body.replace(/\r\n?/g, '\n').trim().replace(/\n/g, '\n  ');
/** Statuspage's states as its pages show them: `investigating` → "Investigating". */
const stateWord = (state: string) => state.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

function report(frontmatter: Json, body: string[]): string {
  const defined = Object.fromEntries(Object.entries(frontmatter).filter(([, value]) => value !== undefined && value !== ''));
  return `---\n${stringifyYaml(defined).trimEnd()}\n---\n\n${body.filter((part) => part.trim()).join('\n\n')}\n`;
}

function names(list: unknown, key = 'name'): string[] {
  return Array.isArray(list) ? [...new Set(list.map((item) => (isObject(item) ? text(item[key]) : text(item))).filter((name): name is string => !!name))] : [];
}

/** HTML an update's body may be written in (GitHub's status history before 2018, moved into Statuspage as lists). */
const htmlMarks = /<(?:ul|ol|li|p|br|a|strong|b|em|i|div|span|code|pre)\b[^>]*>/i;
/** A list item that opens with when it was posted: `<strong>2011-07-28 03:06:00</strong> - One of our file servers failed over…`. */
const timedItem = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})(?::\d{2})?\s*(?:UTC|Z)?\s*[-–—:]\s*([\s\S]+)$/;

/**
 * A Statuspage update's body as text. One written in HTML is made plain (its tags were shown in the
 * draft's summary and timeline); a list whose every item opens with a date and time is several
 * messages, each posted at its own time (GitHub moved its status history of 2010-2018 into
 * Statuspage as one update per incident, listing the old messages: "03:06 failed over …", "05:43
 * fully resolved"): each is a row of its own. Their times are UTC when the first is the minute the
 * update was posted (the export's own times are UTC), else as written.
 */
function updateBody(body: string, postedAt: string | undefined): { text: string; messages?: { at: string; text: string }[] } {
  if (!htmlMarks.test(body)) return { text: body };
  // Line breaks escaped twice when the history was moved (`\\r\\n` written out as text) are line breaks.
  body = body.replace(/\\r\\n|\\n/g, '\n');
  const items = [...body.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/gi)].map((m) => plainText(m[1]).replace(/\s*\n\s*/g, ' ').trim());
  const timed = items.map((item) => timedItem.exec(item));
  const text = plainText(body);
  if (!items.length || timed.some((t) => !t)) return { text };
  const first = timed[0]!;
  const inUtc = postedAt?.startsWith(`${first[1]} ${first[2].padStart(5, '0')}`);
  return { text, messages: timed.map((t) => ({ at: `${t![1]} ${t![2].padStart(5, '0')}${inUtc ? ' UTC' : ''}`, text: t![3].trim() })) };
}

function statuspageIncident(incident: Json, page: Json | undefined): string {
  const updates = (Array.isArray(incident.incident_updates) ? incident.incident_updates : []).filter(isObject);
  const components = names(incident.components);
  const rows = updates.map((update) => {
    const at = utcMinute(update.display_at) ?? utcMinute(update.created_at);
    const state = text(update.status);
    const changed = (Array.isArray(update.affected_components) ? update.affected_components : []).filter(isObject)
      .map((c) => [text(c.name), text(c.old_status), text(c.new_status)])
      .filter(([name]) => name)
      .map(([name, from, to]) => (from && to && from !== to ? `${name}: ${stateWord(from)} → ${stateWord(to)}` : `${name}${to ? `: ${stateWord(to)}` : ''}`));
    const body = updateBody(text(update.body) ?? '', at);
    const components = changed.length ? `\n  (Components: ${changed.join('; ')})` : '';
    // The update's state is what the incident became with its last message.
    if (body.messages) return body.messages.map((m, i, all) => `- ${m.at} ${i === all.length - 1 && state ? `*${stateWord(state)}* - ` : ''}${inItem(m.text)}${i === all.length - 1 ? components : ''}`).join('\n');
    return `- ${at ?? '(no time given)'} ${state ? `*${stateWord(state)}* - ` : ''}${inItem(body.text)}${components}`;
  });
  const impact = text(incident.impact);
  // The first update says what was seen; a published postmortem says more.
  const earliest = [...updates].sort((a, b) => String(a.display_at ?? a.created_at).localeCompare(String(b.display_at ?? b.created_at), 'en'))[0];
  const earliestBody = earliest ? updateBody(text(earliest.body) ?? '', utcMinute(earliest.display_at) ?? utcMinute(earliest.created_at)) : undefined;
  const pageName = page ? text(page.name) : undefined;
  const postmortem = text(incident.postmortem_body);
  return report({
    title: text(incident.name),
    summary: firstParagraph(text(incident.postmortem_body)) ?? firstParagraph(earliestBody?.messages?.[0]?.text ?? earliestBody?.text),
    // Statuspage's `impact` is a severity word: the first update's sentence on what customers saw
    // is the impact description, as for an incident kept as a JSON file (below).
    customer_impact: customerFacingSentence(earliestBody?.messages?.[0]?.text ?? earliestBody?.text),
    date: utcInstant(incident.started_at) ?? utcInstant(incident.created_at),
    started_at: utcInstant(incident.started_at) ?? utcInstant(incident.created_at),
    resolved_at: utcInstant(incident.resolved_at),
    // Statuspage's own impact words (none, minor, major, critical): a suggestion, as for any written word.
    severity: impact && impact !== 'none' ? impact : undefined,
  }, [
    `Incident of the ${pageName ? `${pageName} ` : ''}status page${text(incident.shortlink) ? ` (${text(incident.shortlink)})` : ''}, exported from Statuspage${impact ? `; impact: ${impact}` : ''}${text(incident.status) ? `; last status: ${text(incident.status)}` : ''}.`,
    components.length ? `Affected components: ${components.join(', ')}.` : '',
    rows.length ? `## Timeline\n\n${rows.join('\n')}` : '',
    postmortem ? `## Postmortem\n\n${postmortem}` : '',
  ]);
}

/** A labelled part of an update that says nothing is known yet: "None at this time.", "None", "N/A", "TBD". */
const saysNothingYet = /^(?:none|n\/?a|tbd|unknown|not (?:yet )?(?:known|available))(?:\s+(?:at|for) (?:this|the) (?:time|moment))?\s*\.?$/i;

function googleCloudIncident(incident: Json): string {
  const updates = (Array.isArray(incident.updates) ? incident.updates : []).filter(isObject);
  const locations = names(incident.previously_affected_locations, 'title');
  const locationKey = locations.join('|');
  const rows = updates.map((update) => {
    const own = names(update.affected_locations, 'title');
    const where = own.length && own.join('|') !== locationKey ? `\n  (Affected locations: ${own.join(', ')})` : '';
    return `- ${utcMinute(update.when) ?? utcMinute(update.created) ?? '(no time given)'} ${inItem(text(update.text) ?? '')}${where}`;
  });
  const products = names(incident.affected_products, 'title');
  // Google's updates label their parts ("Summary: …", "Diagnosis: …"): the first update's diagnosis
  // says what customers saw.
  const first = [...updates].sort((a, b) => String(a.when ?? a.created).localeCompare(String(b.when ?? b.created), 'en'))[0];
  const firstText = first ? text(first.text) : undefined;
  // "Diagnosis: None at this time." (28 of 157 first updates) says nothing was diagnosed yet: it is
  // no summary and no impact; the description says what is happening.
  const labelled = (label: string) => {
    // "None at this time.Users can't connect …": the words an engineer wrote after the boilerplate.
    const value = firstText ? new RegExp(`^${label}:\\s*(.+)$`, 'm').exec(firstText)?.[1].trim().replace(/^none at this time\.\s*(?=\S)/i, '') : undefined;
    return value && !saysNothingYet.test(value) ? value : undefined;
  };
  const diagnosis = labelled('Diagnosis');
  return report({
    title: text(incident.external_desc),
    summary: diagnosis ?? labelled('Description') ?? firstParagraph(firstText),
    // Google's "Diagnosis:" says what customers saw: the impact.
    customer_impact: diagnosis,
    date: utcInstant(incident.begin),
    started_at: utcInstant(incident.begin),
    resolved_at: utcInstant(incident.end),
    // Google's severity words (low, medium, high): suggestions, as for any written word.
    severity: text(incident.severity),
  }, [
    `Incident ${text(incident.number) ?? text(incident.id) ?? ''} of the Google Cloud status dashboard${text(incident.uri) ? ` (${text(incident.uri)})` : ''}${text(incident.service_name) ? `, service: ${text(incident.service_name)}` : ''}${text(incident.status_impact) ? `; status impact: ${text(incident.status_impact)}` : ''}.`,
    products.length ? `Affected products: ${products.join(', ')}.` : '',
    locations.length ? `Affected locations: ${locations.join(', ')}.` : '',
    rows.length ? `## Timeline\n\n${rows.join('\n')}` : '',
  ]);
}

/** An update's own time, text and state, under the names status pages kept in git give them. */
const updateTime = (update: Json) => update.date ?? update.created_at ?? update.created ?? update.timestamp ?? update.time ?? update.at;
const updateText = (update: Json) => text(update.content) ?? text(update.body) ?? text(update.message) ?? text(update.text);
const updateState = (update: Json) => text(update.status) ?? text(update.state);

/**
 * A list's own fields for when an incident began and ended, as status pages that write their
 * incidents as a JSON list name them (`startedAt: "Dec 20, 2025 14:30 UTC"`, `started_at`,
 * `resolved_at`): the stated instants, over what its updates' times would give.
 */
const startKeys = ['started_at', 'startedAt', 'start_time', 'startTime', 'begin'] as const;
const endKeys = ['resolved_at', 'resolvedAt', 'ended_at', 'endedAt', 'end_time', 'endTime'] as const;
const statedInstant = (incident: Json, keys: readonly string[]) => keys.map((key) => ({ key, instant: utcInstant(incident[key]) })).find((found) => found.instant);
/** The component a list names an incident by when it gives it no title (`label: "AI Scribe"`, `service: "scribe"`). */
const componentName = (incident: Json) => text(incident.label) ?? text(incident.component) ?? text(incident.serviceName) ?? text(incident.service);
/** Fields of an incident that are words or figures of the report but no field of the draft: kept as a line of the body. */
const readKeys = new Set(['id', 'incidentId', 'name', 'title', 'label', 'component', 'serviceName', 'service', 'impact', 'severity', 'description', 'updates', 'components', 'affected', 'affected_components', ...startKeys, ...endKeys]);

/**
 * An incident a status page kept in git writes as a JSON file of its own (DatoCMS's
 * `data/incidents/2021-09-17-connectivity-issues.json`: `{ impact, name, updates: [{ date, status,
 * content }] }`), read as Statuspage's: the name is the title, the impact word a suggested
 * severity, each update a row at the minute it was posted with its state as label. The file
 * states no start or end: the first update is when it began to be reported (its start, as a
 * Statuspage incident's `created_at`), and the first update in state "resolved" its end. A
 * resolved update after that one (a postmortem posted days later) keeps its words under the label
 * "*Follow-up*", so it is read by its words, not as the end; the body says so.
 */
function updatesIncident(incident: Json): string {
  const updates = (Array.isArray(incident.updates) ? incident.updates : []).filter(isObject)
    .map((update) => ({ at: utcMinute(updateTime(update)), instant: utcInstant(updateTime(update)), state: updateState(update), body: updateText(update) ?? '' }))
    .sort((a, b) => String(a.instant).localeCompare(String(b.instant), 'en'));
  const firstResolved = updates.findIndex((update) => update.state === 'resolved');
  const rows = updates.map((update, i) => {
    // A label without the word "resolved", which would make the row a resolution whatever it says.
    const label = update.state ? (update.state === 'resolved' && i > firstResolved ? '*Follow-up* - ' : `*${stateWord(update.state)}* - `) : '';
    return `- ${update.at ?? '(no time given)'} ${label}${inItem(update.body)}`;
  });
  const impact = text(incident.impact) ?? text(incident.severity);
  const component = componentName(incident);
  const components = [...new Set([...names(incident.components ?? incident.affected ?? incident.affected_components), ...(component ? [component] : [])])];
  const start = statedInstant(incident, startKeys);
  const end = statedInstant(incident, endKeys);
  const description = text(incident.description);
  const otherFields = Object.entries(incident)
    .filter(([key, value]) => !readKeys.has(key) && (typeof value === 'number' || text(value) !== undefined))
    .map(([key, value]) => `${key}: ${typeof value === 'number' ? value : text(value)}`);
  return report({
    // A list that names an incident by its component only: its first update says what happened to it.
    title: text(incident.name) ?? text(incident.title) ?? untitledIncidentTitle(updates[0]?.body, component, monitorState(incident), updates.length ? undefined : { error: text(incident.error) }),
    summary: firstParagraph(description) ?? firstParagraph(updates[0]?.body) ?? recordedOutage(component, monitorState(incident), start?.instant, end?.instant, text(incident.error)),
    // The file has no words on impact (its `impact` is a severity word): the description, else the first
    // update's sentence on what customers saw, is.
    customer_impact: customerFacingSentence(description) ?? customerFacingSentence(updates[0]?.body),
    date: start?.instant ?? updates[0]?.instant,
    started_at: start?.instant ?? updates[0]?.instant,
    resolved_at: end?.instant ?? (firstResolved >= 0 ? updates[firstResolved].instant : undefined),
    severity: impact && impact !== 'none' ? impact : undefined,
    services: component ? [component] : undefined,
  }, [
    `Incident of a status page kept as a JSON file${impact ? `; impact: ${impact}` : ''}; ${start ? `its start is its \`${start.key}\`` : 'its start is its first update'}, ${end ? `its end its \`${end.key}\`` : 'its end its first update marked resolved (a later one is labelled Follow-up)'}.`,
    description && description !== firstParagraph(description) ? description : '',
    components.length ? `Affected components: ${components.join(', ')}.` : '',
    otherFields.length ? `Other fields of the incident: ${otherFields.join('; ')}${/[.!?]$/.test(otherFields[otherFields.length - 1]) ? '' : '.'}` : '',
    rows.length ? `## Timeline\n\n${rows.join('\n')}` : '',
  ]);
}

/**
 * A title for an incident a list names by its component only (`label: "AI Scribe"`): its first
 * update's first sentence, without the figures in brackets after it ("AI Scribe was unreachable
 * (checks failing, latency peaked at 4682 ms)." is "AI Scribe was unreachable"), when it is short
 * enough for a title; else the component's name.
 */
function untitledIncidentTitle(firstUpdate: string | undefined, component: string | undefined, state?: string, noWords?: { error?: string }): string | undefined {
  const sentence = firstUpdate?.split(/(?<=[.!?])\s+/)[0].replace(/\s*\([^()]*\)\s*(?=[.!?]?$)/, '').replace(/[.!?]$/, '').trim();
  if (sentence && sentence.length <= 100) return sentence;
  // A monitor's incident of no words (`{ service: "api", type: "down", started_at, resolved_at }`):
  // the component and the state it records ("api down"), the fields' own words.
  if (component && state) return `${component} ${state}`;
  // Without a state word (`type: "http"`, or none), what it recorded failing ("api: HTTP 503 from
  // the health endpoint"); else it is an incident of that component, said so ("api incident"), not
  // the component's bare name for a title (import round 43): for an incident of no updates only.
  const failure = noWords?.error?.replace(/[.\s]+$/, '');
  if (component && failure && failure.length <= 80) return `${component}: ${failure}`;
  return component && noWords ? `${component} incident` : component;
}

/**
 * What an uptime monitor's incident of no words recorded, said in a sentence of its fields
 * ("ledger-api was down from 2026-05-06 22:14 to 22:31 UTC (HTTP 503 from the health endpoint).");
 * without one, the draft's summary was the import's own line about the file. Undefined without a
 * component and a start.
 */
function recordedOutage(component: string | undefined, state: string | undefined, start: string | undefined, end: string | undefined, error: string | undefined): string | undefined {
  if (!component || !start) return undefined;
  const minute = (instant: string) => instant.slice(0, 16).replace('T', ' ');
  const until = end ? ` to ${end.slice(0, 10) === start.slice(0, 10) ? end.slice(11, 16) : minute(end)}` : '';
  return `${component} was ${state ?? 'failing'} from ${minute(start)}${until} UTC${error ? ` (${error.replace(/[.\s]+$/, '')})` : ''}.`;
}

/** The state a monitor's incident records in a word (`type: "down"`, `status: "degraded"`), when it is one that opens an incident. */
function monitorState(incident: Json): string | undefined {
  const state = text(incident.type) ?? text(incident.status) ?? text(incident.state);
  return state && /^(?:down|degraded|outage|partial[ _-]outage|major[ _-]outage|unreachable|offline|failing|error)$/i.test(state) ? state.toLowerCase().replace(/[_-]/g, ' ') : undefined;
}

const entities: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const plainHtml = (html: string) => html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '').replace(/&(#?\w+);/g, (whole, name: string) => entities[name] ?? (/^#\d+$/.test(name) ? String.fromCodePoint(Number(name.slice(1))) : whole));

/** The day an AWS update was posted, in the zone its times are written in (Pacific time, as the dashboard wrote them). */
function awsDay(epoch: string, zoneWord: string | undefined): string {
  const zone = zoneWord && /^P[SD]T$/i.test(zoneWord) ? 'America/Los_Angeles' : 'UTC';
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Number(epoch) * 1000));
}

function awsArchiveItem(item: Json): string {
  const summary = text(item.summary) ?? '';
  const service = text(item.service_name);
  const lines = (text(item.description) ?? '').split(/<\/div>/i).map((part) => plainHtml(part).replace(/[ \t]+/g, ' ').trim()).filter(Boolean);
  const firstZone = /\b\d{1,2}:\d{2}\s*[AP]M\s+([A-Z]{2,4})\b/.exec(lines[0] ?? '')?.[1];
  const epoch = text(item.date) ?? (typeof item.date === 'number' ? String(item.date) : undefined);
  const day = epoch && /^\d{9,10}$/.test(epoch) ? awsDay(epoch, firstZone) : undefined;
  // Each update opens with its time of day ("12:53 PM PDT"); the day is the post's, in that zone.
  const rows = lines.map((line) => (day && /^\d{1,2}:\d{2}\s*[AP]M\b/i.test(line) ? `- ${day} ${inItem(line)}` : `- ${inItem(line)}`));
  const details = text(item.details);
  const firstUpdate = lines[0]?.replace(/^\d{1,2}:\d{2}\s*[AP]M\s+[A-Z]{2,4}\s*/i, '');
  const status = text(item.status) ?? (typeof item.status === 'number' ? String(item.status) : undefined);
  return report({
    summary: firstUpdate,
    title: `${summary.replace(/^\[[A-Z ]+\]\s*/, '') || summary}${service ? ` (${service})` : ''}`,
    date: day,
    // The dashboard's status code (1 informational, 2 degradation, 3 disruption): a suggestion,
    // read by src/lib/import/written-severity.ts (awsStatusCodes); any other code is named there as unmapped.
    severity: status ? `AWS status ${status}` : undefined,
  }, [
    `Event of the AWS Service Health Dashboard${service ? `, service: ${service}` : ''}${text(item.service) ? ` (${text(item.service)})` : ''}${status ? ` (status code ${status})` : ''}: ${summary}.`,
    details ? plainHtml(details) : '',
    rows.length ? `## Timeline\n\n${rows.join('\n')}` : '',
  ]);
}

/** The first paragraph of a text, on one line. */
function firstParagraph(body: string | undefined): string | undefined {
  return body?.split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim() || undefined;
}

const isStatuspageIncident = (value: unknown): value is Json => isObject(value) && Array.isArray(value.incident_updates);
const isGoogleCloudIncident = (value: unknown): value is Json => isObject(value) && Array.isArray(value.updates) && ('external_desc' in value || 'begin' in value);
/** `{ name, updates: [{ date, status, content }] }`: every update with a time and words, and a name or title. */
const isUpdatesIncident = (value: unknown, filedAsIncidents = false): value is Json => isObject(value) && (typeof value.name === 'string' || typeof value.title === 'string' || componentName(value) !== undefined)
  && ((Array.isArray(value.updates) && value.updates.length > 0
    && value.updates.every((update) => isObject(update) && utcInstant(updateTime(update)) !== undefined && updateText(update) !== undefined))
    // An uptime monitor's incident, which has no updates: the start it states makes it one, when
    // it is filed as an incident or records one (below).
    || (!('updates' in value) && statedInstant(value, startKeys) !== undefined && (filedAsIncidents || recordsIncident(value))));
/**
 * Fields only an incident's record has: its id as an incident, an error, a severity or impact, its
 * resolution, or a monitor's state word ("down"). A title and a start alone are any event's: a
 * conference's programme (`[{ title: "Keynote", startTime, endTime, room }]`) or a team's
 * calendar was read as incidents, one draft each (import round 43).
 */
const incidentFields = ['incidentId', 'incident_id', 'error', 'severity', 'impact', 'resolved', 'resolved_at', 'resolvedAt'];
const recordsIncident = (value: Json) => incidentFields.some((key) => value[key] !== undefined && value[key] !== null) || monitorState(value) !== undefined;
/**
 * The incidents a status page's JSON list holds: the list itself, or the lists of an object that
 * files them by state (`{ active: [], resolved: [...] }`, as a page grown from statsig's
 * generates from its health checks) or under `incidents`; `filed` when the object's keys say they are incidents.
 */
function listedIncidents(data: unknown): { items: unknown; filed: boolean } {
  if (!isObject(data)) return { items: data, filed: false };
  if (Array.isArray(data.incidents)) return { items: data.incidents, filed: true };
  const byState = ['active', 'ongoing', 'current', 'open', 'resolved', 'past', 'closed'].filter((key) => Array.isArray(data[key]));
  return byState.length ? { items: byState.flatMap((key) => data[key] as unknown[]), filed: true } : { items: data, filed: false };
}
const isAwsArchiveItem = (value: unknown): value is Json => isObject(value) && typeof value.description === 'string' && 'service_name' in value;

/**
 * The incidents of a status page's JSON export, each as a Markdown report; undefined when `json`
 * is not one (any other data file, which is not a report).
 */
export function readStatusExport(json: string): StatusExport | undefined {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  const page = isObject(data) && isObject(data.page) ? data.page : undefined;
  const label = (incident: Json, i: number) => `#${text(incident.id) ?? text(incident.incidentId) ?? text(incident.number) ?? i + 1}`;
  const statuspage = isObject(data) && Array.isArray(data.incidents) ? data.incidents
    : isObject(data) && isStatuspageIncident(data.incident) ? [data.incident]
    : isStatuspageIncident(data) ? [data]
    : Array.isArray(data) && data.length && data.every(isStatuspageIncident) ? data : undefined;
  if (statuspage && statuspage.every(isStatuspageIncident)) {
    const maintenances = isObject(data) && Array.isArray(data.scheduled_maintenances) ? data.scheduled_maintenances.length : 0;
    return {
      kind: 'Statuspage incidents export',
      reports: statuspage.map((incident, i) => ({
        label: label(incident, i),
        text: statuspageIncident(incident, page),
        ...(!utcInstant(incident.started_at) && utcInstant(incident.created_at) ? { startField: 'created_at' } : {}),
      })),
      startField: 'started_at',
      notes: maintenances ? [`${maintenances} scheduled maintenance(s) in the export not imported: planned work, not incidents`] : [],
    };
  }
  if (Array.isArray(data) && data.length && data.every(isGoogleCloudIncident)) {
    return { kind: 'Google Cloud status incidents export', reports: data.map((incident, i) => ({ label: label(incident, i), text: googleCloudIncident(incident) })), notes: [], startField: 'begin' };
  }
  // After Google's (whose incidents also hold `updates`): one incident per file, or an array of them.
  // A status page's list of incidents under `incidents` (`{ generated_at, incidents: [...] }`), not Statuspage's.
  const listed = listedIncidents(data);
  const ownFile = isUpdatesIncident(data) ? [data] : Array.isArray(listed.items) && listed.items.length && listed.items.every((item) => isUpdatesIncident(item, listed.filed)) ? listed.items as Json[] : undefined;
  if (ownFile) {
    return { kind: 'status page incident (JSON)', reports: ownFile.map((incident, i) => {
      // A start the list states under another name (`startedAt`) is named as written in the draft's comment.
      const startKey = statedInstant(incident, startKeys)?.key;
      return { label: ownFile.length > 1 ? label(incident, i) : '', text: updatesIncident(incident), ...(startKey && startKey !== 'started_at' ? { startField: startKey } : {}) };
    }), notes: [], startField: 'started_at' };
  }
  if (isObject(data) && Array.isArray(data.archive) && data.archive.length && data.archive.every(isAwsArchiveItem)) {
    const current = Array.isArray(data.current) ? data.current.filter(isAwsArchiveItem) : [];
    const items = [...current, ...data.archive] as Json[];
    return {
      kind: 'AWS Service Health Dashboard archive',
      reports: items.map((item, i) => ({ label: `#${[text(item.service), text(item.date) ?? (typeof item.date === 'number' ? item.date : undefined)].filter(Boolean).join('-') || i + 1}`, text: awsArchiveItem(item) })),
      notes: [],
    };
  }
  return undefined;
}
