import { customerFacingSentence } from './customer-impact.ts';
import { markdownReport } from './markdown-report.ts';
import { readStateChanges } from './state-change-feed.ts';
import { toUtcIso } from './time-zones.ts';

/**
 * A status page's history as a news feed: Atom (Statuspage's `history.atom`, GitHub's
 * `githubstatus.com/history.atom`) or RSS 2.0 (`history.rss`), saved as `.atom`, `.rss` or `.xml`.
 * Teams that never exported their status page's JSON often have only the feed, kept by a
 * subscription or a scraper. Each entry is one incident: its title, and its content, the page's
 * updates as HTML paragraphs, newest first, each opening with when it was posted and its state:
 *
 *   <p><small>Nov <var data-var='date'>30</var>, <var data-var='time'>17:13</var> UTC</small><br>
 *   <strong>Resolved</strong> - This incident has been resolved.</p>
 *
 * The posted time has no year: it is the year that puts it nearest the entry's own dates
 * (`published`, `updated`): December's updates of an entry of January are the year before.
 * Each entry becomes a report in Markdown in the shape the importer reads for a Statuspage JSON
 * export: frontmatter for the title, summary and day, and a "Timeline" of the updates, oldest
 * first, each at the minute it was posted in the zone the feed wrote. Every word of the entry is
 * kept. An entry of planned work (its updates all Scheduled, In progress, Verifying or Completed)
 * is not an incident and is not imported (noted), as for the JSON export. A feed whose entries
 * carry no such updates (a blog's feed of postmortems) gives each entry's text as its report.
 */
export interface StatusFeed {
  /** What the file is, for the import report ("Atom feed of GitHub Status - Incident History"). */
  kind: string;
  /** One report per entry, `label` naming it within the file (`#14012953`, the entry's id); `source`, the entry's own words (for measuring that none is lost). */
  reports: { label: string; text: string; source: string }[];
  notes: string[];
  /** What each draft is of: an entry of the feed, or an incident of a feed of state changes. */
  draftOf: 'entry' | 'incident';
}

/** The file names a feed is saved under; `.xml` only when its text is a feed (it may be Confluence's storage format). */
export const isFeedName = (name: string) => /\.(?:atom|rss)$/i.test(name);

/** True when `text` is an Atom or RSS feed (its root element, after an XML declaration and comments). */
export function isFeedText(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').slice(0, 2000).replace(/<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '').trimStart();
  return /^<(?:feed\b[^>]*xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom["']|rss\b|rdf:RDF\b)/i.test(head);
}

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** XML (and the HTML named entities feeds carry) decoded once: `&lt;p&gt;` is `<p>`, `&amp;amp;` is `&amp;`. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return xmlEntities[name.toLowerCase()] ?? whole;
  });
}

/** The text of an element: CDATA as written, anything else with its entities decoded. */
function elementText(raw: string): string {
  return raw.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/).map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part))).join('');
}

/** The first child element of `xml` among `names` (without its namespace prefix), as [attributes, text]. */
function child(xml: string, ...names: string[]): { attributes: string; text: string } | undefined {
  for (const name of names) {
    const match = new RegExp(`<(?:[\\w-]+:)?${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>)`, 'i').exec(xml);
    if (match) return { attributes: match[1], text: elementText(match[2] ?? '') };
  }
  return undefined;
}
const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(["'])(.*?)\\1`, 'i').exec(attributes)?.[2];

/** HTML as plain text: line breaks kept, list items as `- ` lines, tags dropped, a link kept as a Markdown link, entities decoded. */
export function plainText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<a\b[^>]*?href\s*=\s*(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a>/gi, (whole, _q, href: string, words: string) => {
        const inner = words.replace(/<[^>]+>/g, '').trim();
        return !inner || inner === href ? href : `[${inner}](${href})`;
      })
      .replace(/<\/(?:p|div|h\d|ul|ol)>/gi, '\n\n')
      .replace(/<\/li>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '- ')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A Statuspage update's posted time as the feed writes it: `Nov 30, 17:13 UTC` (the numbers in `<var>`s), a year sometimes. */
const postedAt = /^([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?,?\s*(?:-\s*)?(\d{1,2}):(\d{2})(?::\d{2})?\s*([AP]M)?\s*([A-Z]{2,5}|[+-]\d{2}:?\d{2})?$/;

interface Update { at: string; day: string; state?: string; body: string; sortKey: string }

/**
 * The updates of an entry's content, and its paragraphs that are not updates. `reference` is the
 * entry's latest own date (ISO): the year of updates that write none.
 */
function entryUpdates(html: string, reference: Date | undefined): { updates: Update[]; other: string[] } {
  const updates: Update[] = [];
  const other: string[] = [];
  const paragraphs = html.split(/<\/p>/i).map((part) => part.replace(/^\s*<p\b[^>]*>/i, '').trim()).filter(Boolean);
  for (const paragraph of paragraphs) {
    const small = /^<small\b[^>]*>([\s\S]*?)<\/small>\s*(?:<br\s*\/?>)?\s*([\s\S]*)$/i.exec(paragraph);
    const when = small ? plainText(small[1]).replace(/\s+/g, ' ').trim() : undefined;
    const parts = when ? postedAt.exec(when) : null;
    if (!small || !parts) {
      const words = plainText(paragraph);
      if (words) other.push(words);
      continue;
    }
    const [, monthWord, dayWord, yearWord, hourWord, minute, meridiem, zone] = parts;
    const month = months.indexOf(monthWord.toLowerCase());
    if (month < 0) {
      other.push(plainText(paragraph));
      continue;
    }
    let hour = Number(hourWord) % (meridiem ? 12 : 24);
    if (meridiem?.toUpperCase() === 'PM') hour += 12;
    const day = Number(dayWord);
    let year = yearWord ? Number(yearWord) : reference?.getUTCFullYear();
    // An update is posted near the entry's own dates: in the year that puts it nearest them (a
    // December update of an entry dated January is the year before). A postmortem posted two
    // days after the entry's date had been put a year back ("Dec 26" of an entry of 24 December
    // 2013 read 2012-12-26, Parse's feed, import round 28).
    if (!yearWord && year !== undefined && reference) {
      const distance = (y: number) => Math.abs(Date.UTC(y, month, day) - reference.getTime());
      year = [year - 1, year, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
    }
    const rest = small[2];
    const state = /^\s*<strong>([^<]{1,40})<\/strong>\s*-\s*/i.exec(rest);
    const body = plainText(state ? rest.slice(state[0].length) : rest);
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = year !== undefined ? `${year}-${pad(month + 1)}-${pad(day)}` : undefined;
    if (!date) {
      other.push(plainText(paragraph));
      continue;
    }
    const zoneWord = zone && /^(?:UTC|GMT|Z)$/i.test(zone) ? 'UTC' : zone;
    updates.push({
      at: `${date} ${pad(hour)}:${minute}${zoneWord ? ` ${zoneWord}` : ''}`,
      day: date,
      ...(state ? { state: state[1].trim() } : {}),
      body,
      sortKey: `${date} ${pad(hour)}:${minute}`,
    });
  }
  return { updates, other };
}

/** A text of several lines as a list item's continuation: indented, so it stays in the item. */
const inItem = (body: string) => body.replace(/\r\n?/g, '\n').trim().replace(/\n/g, '\n  ');
/** Statuspage's states of planned work: an entry of these only is a maintenance, not an incident. */
const maintenanceStates = new Set(['scheduled', 'in progress', 'verifying', 'completed']);


/**
 * A component's state as Statuspage's automatic updates name it: "Actions is experiencing degraded
 * performance", "We are investigating reports of degraded availability for Issues", "… a major
 * outage". The feed states no impact (the JSON export's `impact`), which Statuspage derives from
 * these states; GitHub writes "degraded availability" for a partial outage (in its JSON export,
 * 80 of the 85 updates saying it are of incidents of major impact, as partial outages are).
 */
const componentState = /\b(?:(?:is|are) experiencing|reports of) (?:an? )?(major outage|partial outage|degraded availability|degraded performance)\b/gi;
/** The states, worst first: the entry's worst is the one its severity is suggested from. */
const statesWorstFirst = ['major outage', 'partial outage', 'degraded availability', 'degraded performance'];

/** The worst component state the updates name, with the update that names it first (its time and sentence). */
function worstComponentState(updates: readonly Update[]): { state: string; at: string; sentence: string } | undefined {
  let worst: { state: string; at: string; sentence: string; rank: number } | undefined;
  for (const update of updates) {
    for (const match of update.body.matchAll(componentState)) {
      const state = match[1].toLowerCase();
      const rank = statesWorstFirst.indexOf(state);
      if (worst && worst.rank <= rank) continue;
      const before = update.body.slice(0, match.index).split(/(?<=[.!?])\s+|\n/).pop() ?? '';
      const sentence = (before + update.body.slice(match.index).split(/(?<=[.!?])\s|\n/)[0]).trim();
      worst = { state, at: update.at, sentence, rank };
    }
  }
  return worst && { state: worst.state, at: worst.at, sentence: worst.sentence };
}

/** The first paragraph of a text, on one line. */
const firstParagraph = (body: string | undefined) => body?.split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim() || undefined;

/**
 * A feed that labels its updates' times with a zone's standard time in every season ("Aug 20,
 * 05:42 PST"; Statuspage wrote the page's label, not the day's), shown by an entry whose own date
 * is its latest update's time at the zone's daylight-saving offset (`<pubDate>Tue, 20 Aug 2013
 * 05:42:21 -0700</pubDate>`). Read as written, every summer time was an hour off. The updates then
 * get the label of their season (PDT from March to November), and the draft says why.
 */
function standardLabelInDaylight(entries: readonly string[]): { relabel: (at: string) => string; note: string } | undefined {
  for (const entry of entries) {
    const published = child(entry, 'published', 'pubDate', 'date', 'issued')?.text.trim();
    const offset = published && /([+-])(\d{2}):?(\d{2})$/.exec(published);
    const publishedAt = published ? Date.parse(published) : Number.NaN;
    if (!offset || !Number.isFinite(publishedAt)) continue;
    const minutes = (Number(offset[2]) * 60 + Number(offset[3])) * (offset[1] === '-' ? -1 : 1);
    const local = new Date(publishedAt + minutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');
    const html = child(entry, 'content', 'encoded', 'description', 'summary')?.text ?? '';
    const latest = entryUpdates(html, new Date(publishedAt)).updates.find((update) => update.sortKey === local);
    const label = latest && /\s([A-Z]{3,4})$/.exec(latest.at)?.[1];
    const pair = label ? daylightPairs[label] : undefined;
    if (!pair || minutes !== pair.daylightMinutes) continue;
    const relabel = (at: string) => {
      const written = new RegExp(String.raw`^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}) ${label}$`).exec(at);
      if (!written) return at;
      const [, date, hour, minute] = written;
      return zoneOffsetAt(pair.zone, date, `${hour}:${minute}`) === pair.daylightMinutes ? `${date} ${hour}:${minute} ${pair.daylight}` : at;
    };
    return { relabel, note: `the feed labels its updates' times ${label} in every season, but an entry's own date (published ${published}) is its latest update's time at ${pair.daylight}: updates in daylight-saving time were read as ${pair.daylight} (${pair.zone}); if the feed's times were ${label} all year, correct them` };
  }
  return undefined;
}

/** Standard-time labels and the daylight-saving time of the same zone. */
const daylightPairs: Record<string, { daylight: string; daylightMinutes: number; zone: string }> = {
  PST: { daylight: 'PDT', daylightMinutes: -420, zone: 'America/Los_Angeles' },
  MST: { daylight: 'MDT', daylightMinutes: -360, zone: 'America/Denver' },
  CST: { daylight: 'CDT', daylightMinutes: -300, zone: 'America/Chicago' },
  EST: { daylight: 'EDT', daylightMinutes: -240, zone: 'America/New_York' },
  CET: { daylight: 'CEST', daylightMinutes: 120, zone: 'Europe/Paris' },
  EET: { daylight: 'EEST', daylightMinutes: 180, zone: 'Europe/Athens' },
};

/** Minutes east of UTC a zone has at a wall-clock time. */
function zoneOffsetAt(zone: string, date: string, time: string): number {
  return Math.round((Date.parse(`${date}T${time}:00Z`) - Date.parse(toUtcIso(date, time, { kind: 'iana', name: zone, label: zone }))) / 60_000);
}

/** An entry's dates, the latest first: what its updates' year is read from. */
function latestDate(...values: (string | undefined)[]): Date | undefined {
  const times = values.map((value) => (value ? Date.parse(value.trim()) : Number.NaN)).filter(Number.isFinite);
  return times.length ? new Date(Math.max(...times)) : undefined;
}

/** An entry's title on one line. */
const entryTitle = (entry: string) => plainText(child(entry, 'title')?.text ?? '').replace(/\s+/g, ' ').trim() || undefined;

/** The address an entry links to (Atom's `href`, RSS's text). */
function entryLink(entry: string): string | undefined {
  const linkElement = child(entry, 'link');
  return (linkElement && (attribute(linkElement.attributes, 'href') ?? linkElement.text.trim())) || undefined;
}

/** An entry's name within the file: the last part of its id or link (`#14012953`), else its place. */
function entryLabel(entry: string, i: number): string {
  const id = child(entry, 'id', 'guid')?.text.trim();
  const link = entryLink(entry);
  return `#${(id ?? link ?? '').replace(/[/#?]+$/, '').split(/[/:#=]/).pop() || i + 1}`;
}

/**
 * The entries of an Atom or RSS feed, each as a Markdown report; undefined when `xml` is not a
 * feed or holds no entry.
 */
export function readStatusFeed(xml: string): StatusFeed | undefined {
  if (!isFeedText(xml)) return undefined;
  const atom = /^\s*(?:<\?xml[\s\S]*?\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<feed\b/i.test(xml.replace(/^\uFEFF/, ''));
  const entries = [...xml.matchAll(atom ? /<entry\b[^>]*>([\s\S]*?)<\/entry>/gi : /<item\b[^>]*>([\s\S]*?)<\/item>/gi)].map((m) => m[1]);
  if (!entries.length) return undefined;
  const head = xml.slice(0, xml.search(atom ? /<entry\b/i : /<item\b/i));
  const feedTitle = plainText(child(head, 'title')?.text ?? '').replace(/\s+/g, ' ').trim() || undefined;
  const format = atom ? 'Atom' : 'RSS';
  const notes: string[] = [];
  const reports: { label: string; text: string; source: string }[] = [];
  let maintenances = 0;
  // A feed of state changes (an entry per change, not per incident) is read as its episodes.
  const stateChanges = readStateChanges(entries.map((entry, i) => ({
    label: entryLabel(entry, i),
    title: entryTitle(entry),
    text: plainText(child(entry, 'content', 'encoded', 'description', 'summary')?.text ?? ''),
    link: entryLink(entry),
  })), `${feedTitle ? `"${feedTitle}" ` : ''}${format} feed`);
  if (stateChanges) return { kind: `${format} feed of state changes${feedTitle ? ` of ${feedTitle}` : ''}`, ...stateChanges, draftOf: 'incident' };
  const daylight = standardLabelInDaylight(entries);
  if (daylight) notes.push(daylight.note);
  entries.forEach((entry, i) => {
    const link = entryLink(entry);
    const title = entryTitle(entry);
    const published = child(entry, 'published', 'pubDate', 'date', 'issued')?.text.trim();
    const updated = child(entry, 'updated', 'modified')?.text.trim();
    const html = child(entry, 'content', 'encoded', 'description', 'summary')?.text ?? '';
    const { updates, other } = entryUpdates(html, latestDate(published, updated));
    if (daylight) for (const update of updates) update.at = daylight.relabel(update.at);
    if (updates.length && updates.every((u) => u.state && maintenanceStates.has(u.state.toLowerCase()))) {
      maintenances += 1;
      return;
    }
    const oldestFirst = [...updates].sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'en'));
    const first = oldestFirst[0];
    const publishedAt = latestDate(published);
    const rows = oldestFirst.map((u) => `- ${u.at} ${u.state ? `*${u.state}* - ` : ''}${inItem(u.body)}`);
    const label = entryLabel(entry, i);
    const named = worstComponentState(oldestFirst);
    reports.push({
      label,
      source: [title ?? '', ...updates.map((u) => u.body), ...other].join('\n\n'),
      text: markdownReport({
        title,
        summary: firstParagraph(first?.body) ?? firstParagraph(other[0]),
        // The feed states no impact: the first update's sentence on what customers saw is it, as
        // for a Statuspage JSON export (src/lib/import/status-exports.ts).
        customer_impact: first ? customerFacingSentence(first.body) : undefined,
        // The day of its first update; a post without updates is dated when it was published.
        date: first?.day ?? (publishedAt ? publishedAt.toISOString().replace('.000Z', 'Z') : undefined),
        // The component state an update names, read as the JSON export's impact is: a suggestion (src/lib/import/written-severity.ts).
        severity: named?.state,
      }, [
        `Entry of the ${feedTitle ? `"${feedTitle}" ` : ''}${format} feed${link ? ` (${link})` : ''}${published ? `, published ${published}` : ''}${updated && updated !== published ? `, updated ${updated}` : ''}.`,
        named ? `Component state named by its updates: ${named.state} (${named.at}: "${named.sentence}"); the feed states no impact, so the severity is suggested from it, as Statuspage derives an incident's impact from its components' states.` : '',
        ...other,
        rows.length ? `## Timeline\n\n${rows.join('\n')}` : '',
      ]),
    });
  });
  if (maintenances) notes.push(`${maintenances} scheduled maintenance(s) in the feed not imported: planned work, not incidents`);
  if (!reports.length && !maintenances) return undefined;
  return { kind: `${format} feed${feedTitle ? ` of ${feedTitle}` : ''}`, reports, notes, draftOf: 'entry' };
}
