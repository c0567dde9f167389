import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { titleFromFirstSentence } from './report-title.ts';
import { isStatusPageIssue } from './metadata-times.ts';
import { summarySentences } from './summary-length.ts';
import { monthNamesByLanguage, monthNumbersOf } from '../month-names.ts';

/**
 * A status log kept as one page: a heading per entry, each opening with its day, newest first
 * (the Danish public libraries' CMS status page: `## 13/8 LØST: Fejl ved indlæsning af e-bøger`,
 * `## 7/5 kl. 10.25: Alle sites oppe igen`, `## 17/2-26 Fejl på simpel søgning`, outages,
 * hotfixes and releases together). Imported whole it was one draft of 176 entries (import rounds
 * 16 to 18). Each incident is a report of its own: the entries of one day that follow one incident
 * (a heading with a time of day, or one naming mostly the same words: "Alle sites er nede", "Alle
 * sites oppe igen") are one report, its updates.
 */

/**
 * `13/8`, `17/2-26`, `3/2-2026`, `2024-05-07`, then an optional "kl. 10.25" and a colon, or a dash
 * between spaces ("## 10/4 - Digitale artikler …": the title kept "- " before round 45).
 */
const dayHeading = /^(?:(\d{1,2})\/(\d{1,2})(?:[-/](\d{2}|\d{4}))?|(\d{4})-(\d{2})-(\d{2}))(?:\s+kl\.?\s*(\d{1,2}(?:[.:]\d{2})?))?(?:\s*:|\s+[-–—](?=\s))?\s*/i;
/** A log's word for a fixed entry, written before its title ("LØST:", "Løst -"): the entry's state, not what broke. */
const fixedMark = /^(?:løst|fixed|resolved|behoben|gelöst|opgelost|löst)\s*[:–—-]?\s*/i;

interface Day { month: number; day: number; year?: number }
interface Entry { heading: string; text: string; day?: Day; time?: string; title: string; /** The heading names something after its day. */ named: boolean }

export interface DatedLogReport { label: string; text: string; source: string }

/**
 * The reports of a page that is a log of dated entries, or undefined when the page is not one: at
 * least 5 `##` headings, three in four of them or more opening with a day and naming something after it (a status page's issue whose updates are headed by their time is one incident), not a status page's issue, and no more than a
 * line or two of text above the first. Years the headings leave out are those of the nearest
 * heading that writes one, a year earlier each time the day goes up (the log is newest first).
 */
export function readDatedLog(text: string): { reports: DatedLogReport[]; notes: string[] } | undefined {
  const fence = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/.exec(text);
  const pageTitle = fence ? /^title:\s*["']?(.*?)["']?\s*$/m.exec(fence[1])?.[1].trim() : undefined;
  const body = fence ? text.slice(fence[0].length) : text;
  const parts = body.split(/^(?=## )/m);
  const above = parts[0].startsWith('## ') ? '' : parts.shift()!;
  if (parts.length < 5 || above.replace(/<[^>]+>/g, ' ').split(/\s+/).filter((word) => /\p{L}/u.test(word)).length > 30) return undefined;
  const entries: Entry[] = parts.map((part) => {
    const [headingLine, ...rest] = part.split('\n');
    const heading = headingLine.replace(/^##\s+/, '').trim();
    // "LØST - 15/1-26 Ustabilitet …": the mark may come before the day.
    const marked = fixedMark.exec(heading)?.[0] ?? '';
    const day = dayHeading.exec(heading.slice(marked.length));
    const date = day && (day[4] ? { year: Number(day[4]), month: Number(day[5]), day: Number(day[6]) } : { day: Number(day[1]), month: Number(day[2]), year: day[3] ? Number(day[3].length === 2 ? `20${day[3]}` : day[3]) : undefined });
    const valid = date && date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31;
    const entryText = rest.join('\n').trim();
    // "## 8/8 kl. 18" over "### Alle sites skulle nu være opdateret": a heading of a day alone is titled by the first heading under it.
    const title = (valid ? heading.slice(marked.length + day![0].length) : heading).replace(fixedMark, '').trim()
      || /^#{3,6}\s+(.+)$/m.exec(entryText)?.[1].trim()
      || titleFromFirstSentence(entryText.replace(/^#+\s+/gm, ''))
      || heading;
    const named = /\p{L}{2,}/u.test((valid ? heading.slice(marked.length + day![0].length) : heading).replace(fixedMark, ''));
    return { heading, text: entryText, day: valid ? date! : undefined, time: valid && day![7] ? day![7] : undefined, title, named };
  });
  const dated = entries.filter((entry) => entry.day);
  if (dated.length < 5 || dated.length < entries.length * 0.75) return undefined;
  // One incident's updates under headings of their time ("## 2024-01-23 12:00", a status page's
  // issue) are no log: a log's headings name what happened after the day.
  if (fence && isStatusPageIssue(parseFrontmatter(fence[1]))) return undefined;
  if (dated.filter((entry) => entry.named).length < dated.length * 0.75) return undefined;
  const notes = [...placeYears(entries), ...placeUndated(entries)];
  const incidents = groupedIncidents(entries);
  const reports = incidents.map((group) => {
    // The oldest entry names what broke; an entry marked fixed restates it ("LØST: Søgning er nede").
    const named = group.find((entry) => fixedMark.test(entry.heading) || fixedMark.test(entry.heading.replace(dayHeading, ''))) ?? group.at(-1)!;
    const day = group.at(-1)!.day ?? group.find((entry) => entry.day)?.day;
    const date = day?.year ? `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}` : undefined;
    const summary = entriesSummary(group, named.title);
    const frontmatter = Object.fromEntries(Object.entries({ title: named.title, date, summary }).filter(([, value]) => value !== undefined));
    const sections = group.map((entry) => `## ${entry.heading}\n\n${entry.text}`.trim());
    return {
      label: `#${date ?? 'undated'}-${slug(named.title)}`,
      text: `---\n${stringifyYaml(frontmatter, { lineWidth: 0 }).trimEnd()}\n---\n\n${sections.join('\n\n')}\n`,
      source: group.map((entry) => `${entry.heading}\n\n${entry.text}`).join('\n\n'),
    };
  });
  return { reports, notes: [`read as a log page${pageTitle ? ` ("${pageTitle}")` : ''} of ${entries.length} dated entries, newest first: one draft per incident (${reports.length}; the entries of one day about one incident are its updates)`, ...notes] };
}

/**
 * An incident's summary from its entries: the oldest entry's words (what broke), then, when later
 * entries follow it, the latest's title and words (how it ended), a sentence or two of each. The
 * entries' words are short ("Microsofts database var nede.") and often under a `###` heading of
 * their own below a heading of their day alone: the import's search for a paragraph of prose found
 * none in 11 of a library log's 145 drafts (import round 46), and took the latest update first in
 * the others (the page is newest first). A title that is the draft's own is not repeated.
 */
function entriesSummary(group: Entry[], title: string): string | undefined {
  const words = (entry: Entry, sentences: number) => {
    // Its first paragraph: a list after it ("Herunder kan I se …: 1. …") is no sentence of it.
    const paragraph = (entry.text.replace(/^#{1,6}\s+.*$/gm, '').split(/\n\s*\n/).find((block) => /\p{L}/u.test(block)) ?? '').split(/\n(?=\s*(?:[-*+]|\d+[.)])\s)/)[0];
    const text = paragraph.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, ' ').replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
    // A sentence announcing the list after it ("… vi har aftalt med Place2Book:") says nothing without it.
    return summarySentences(text).filter((line) => !/:$/.test(line)).slice(0, sentences).join(' ');
  };
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  const [oldest, latest] = [group.at(-1)!, group.length > 1 ? group[0] : undefined];
  const parts = [oldest.title !== title ? sentence(oldest.title) : '', words(oldest, 2)];
  if (latest) parts.push(latest.title !== title ? sentence(latest.title) : '', words(latest, 1));
  const summary = parts.filter(Boolean).join(' ').trim();
  return /\p{L}/u.test(summary) ? summary : undefined;
}

function parseFrontmatter(yaml: string): Record<string, unknown> {
  try {
    const data = parseYaml(yaml);
    return data && typeof data === 'object' && !Array.isArray(data) ? data : {};
  } catch {
    return {};
  }
}

/** Years the entries leave out, from the nearest entry that writes one; said when none does. */
function placeYears(entries: Entry[]): string[] {
  const anchor = entries.findIndex((entry) => entry.day?.year);
  if (anchor < 0) return ['no entry of the log writes its year: the drafts are dated by what each entry says, or left without a day'];
  const key = (entry: Entry) => entry.day!.month * 100 + entry.day!.day;
  let year = entries[anchor].day!.year!;
  let last = key(entries[anchor]);
  for (let i = anchor - 1; i >= 0; i--) {
    if (!entries[i].day) continue;
    if (entries[i].day!.year) { year = entries[i].day!.year!; last = key(entries[i]); continue; }
    // Going up the page is going forward in time: a day earlier in the year is the next year.
    if (key(entries[i]) < last) year += 1;
    entries[i].day!.year = year;
    last = key(entries[i]);
  }
  year = entries[anchor].day!.year!;
  last = key(entries[anchor]);
  for (let i = anchor + 1; i < entries.length; i++) {
    if (!entries[i].day) continue;
    if (entries[i].day!.year) { year = entries[i].day!.year!; last = key(entries[i]); continue; }
    if (key(entries[i]) > last) year -= 1;
    entries[i].day!.year = year;
    last = key(entries[i]);
  }
  return [`the years the log's headings leave out are read from those that write one (${entries[anchor].heading.split(' ')[0]}), a year earlier each time the day goes up (newest first)`];
}

/** Entries in page order, those of one incident together: same day, and a time of day in a heading or mostly the same words. */
function groupedIncidents(entries: Entry[]): Entry[][] {
  const groups: Entry[][] = [];
  for (const entry of entries) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    const sameDay = previous?.day && entry.day && previous.day.year === entry.day.year && previous.day.month === entry.day.month && previous.day.day === entry.day.day;
    if (group && sameDay && (group.some((member) => member.time) || entry.time || sharedWords(previous!.title, entry.title) >= 0.5)) group.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

/** The share of two titles' words (of two letters or more) they have in common. */
function sharedWords(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{2,}/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  const union = new Set([...x, ...y]);
  return union.size ? [...x].filter((word) => y.has(word)).length / union.size : 0;
}

const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'entry';

/**
 * The month names a status log writes a day with (month-names.ts): Danish, German and English,
 * and Norwegian's "desember" (import round 20). Norwegian's "mars" and Swedish's "januari",
 * "augusti" were never read; reading them is a change of its own, not this table's.
 */
const logMonths: readonly [string, number][] = [
  ...monthNumbersOf([monthNamesByLanguage.da, monthNamesByLanguage.de, monthNamesByLanguage.en]),
  [monthNamesByLanguage.nb[11], 12],
];
/** The months by their names' first three letters ("marts", "Mar." → 3, "März" → 3). */
const monthByFirstLetters: ReadonlyMap<string, number> = new Map(logMonths.map(([name, month]) => [name.slice(0, 3), month]));
/** A month name is the word, or its first three letters, or "sept": not any word. */
const monthWords: ReadonlySet<string> = new Set([...logMonths.map(([name]) => name), ...monthByFirstLetters.keys(), 'sept']);
/** "d. 12/3", "12/3-25", "12.3.", "12. marts", "12 March" in an entry's heading or first lines. */
const writtenDay = /(?<![\d/.])(\d{1,2})(?:\/(\d{1,2})(?:[-/](\d{4}|\d{2}))?(?![\d/])|\.(\d{1,2})\.(?:(\d{4})(?!\d))?(?!\d)|\.?\s+(\p{L}{3,})\.?(?:\s+(\d{4})(?!\d))?)/gu;

/**
 * Entries whose heading writes no day ("## Servicevindue", "## Institutionslogin": 18 of the
 * Danish libraries' log were drafts without a day, import round 20) take the day their heading or
 * first lines write ("tirsdag d. 11/3 kl. 7-9", "12. marts"), in the year that puts it nearest the
 * entries around it (posted after the one below, at most a few months before the one above: a
 * service window is announced ahead). An entry that writes none stays without a day, said with
 * the days of the entries around it.
 */
function placeUndated(entries: Entry[]): string[] {
  const dayOf = (entry: Entry | undefined) => (entry?.day?.year ? Date.UTC(entry.day.year, entry.day.month - 1, entry.day.day) : undefined);
  const read: string[] = [];
  const left: string[] = [];
  entries.forEach((entry, i) => {
    if (entry.day) return;
    const above = dayOf(entries.slice(0, i).reverse().find((other) => other.day?.year));
    const below = dayOf(entries.slice(i + 1).find((other) => other.day?.year));
    const day = dayWritten(`${entry.heading}\n${entry.text.split('\n').slice(0, 3).join('\n')}`, above, below);
    const iso = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString().slice(0, 10));
    if (day) {
      entry.day = day;
      read.push(`"${entry.heading}" ${iso(Date.UTC(day.year!, day.month - 1, day.day))}`);
    } else left.push(`"${entry.heading}"${below !== undefined || above !== undefined ? ` (between ${[iso(below), iso(above)].filter(Boolean).join(' and ')})` : ''}`);
  });
  return [
    ...(read.length ? [`the day of ${read.length} entr${read.length === 1 ? 'y' : 'ies'} whose heading writes none is the day its text writes, in the year of the entries around it: ${read.join(', ')}`] : []),
    ...(left.length ? [`${left.length} entr${left.length === 1 ? 'y writes' : 'ies write'} no day, in the heading or the text: imported without one (give each its day): ${left.join(', ')}`] : []),
  ];
}

/** The first day `text` writes, its year chosen to lie nearest the span from `below` (older) to `above` (newer). */
function dayWritten(text: string, above: number | undefined, below: number | undefined): Day | undefined {
  for (const m of text.matchAll(writtenDay)) {
    const day = Number(m[1]);
    const month = m[2] ? Number(m[2]) : m[4] ? Number(m[4]) : m[6] ? monthByFirstLetters.get(m[6].slice(0, 3).toLowerCase()) : undefined;
    if (!month || month < 1 || month > 12 || day < 1 || day > 31) continue;
    // A month name must be the word, or its first letters ("marts", "Mar."), not any word.
    if (m[6] && !monthWords.has(m[6].toLowerCase())) continue;
    const written = m[3] ?? m[5] ?? m[7];
    if (written) return { day, month, year: Number(written.length === 2 ? `20${written}` : written) };
    const anchor = below ?? above;
    if (anchor === undefined) return { day, month };
    const year = new Date(anchor).getUTCFullYear();
    const low = (below ?? above!) - 7 * 86_400_000;
    const high = (above ?? below!) + 120 * 86_400_000;
    const distance = (at: number) => (at < low ? low - at : at > high ? at - high : 0);
    const best = [year - 1, year, year + 1].map((y) => ({ y, at: Date.UTC(y, month - 1, day) })).sort((a, b) => distance(a.at) - distance(b.at))[0];
    return { day, month, year: best.y };
  }
  return undefined;
}
