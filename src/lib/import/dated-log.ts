import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { titleFromFirstSentence } from './report-title.ts';
import { isStatusPageIssue } from './metadata-times.ts';

/**
 * A status log kept as one page: a heading per entry, each opening with its day, newest first
 * (the Danish public libraries' CMS status page: `## 13/8 LØST: Fejl ved indlæsning af e-bøger`,
 * `## 7/5 kl. 10.25: Alle sites oppe igen`, `## 17/2-26 Fejl på simpel søgning`, outages,
 * hotfixes and releases together). Imported whole it was one draft of 176 entries (import rounds
 * 16 to 18). Each incident is a report of its own: the entries of one day that follow one incident
 * (a heading with a time of day, or one naming mostly the same words: "Alle sites er nede", "Alle
 * sites oppe igen") are one report, its updates.
 */

/** `13/8`, `17/2-26`, `3/2-2026`, `2024-05-07`, then an optional "kl. 10.25" and a colon. */
const dayHeading = /^(?:(\d{1,2})\/(\d{1,2})(?:[-/](\d{2}|\d{4}))?|(\d{4})-(\d{2})-(\d{2}))(?:\s+kl\.?\s*(\d{1,2}(?:[.:]\d{2})?))?\s*:?\s*/i;
/** A log's word for a fixed entry, written before its title ("LØST:", "Løst -"): the entry's state, not what broke. */
const fixedMark = /^(?:løst|fixed|resolved|behoben|gelöst|opgelost|löst)\s*[:–—-]?\s*/i;

interface Entry { heading: string; text: string; day?: { month: number; day: number; year?: number }; time?: string; title: string; /** The heading names something after its day. */ named: boolean }

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
  const notes = placeYears(entries);
  const incidents = groupedIncidents(entries);
  const reports = incidents.map((group) => {
    // The oldest entry names what broke; an entry marked fixed restates it ("LØST: Søgning er nede").
    const named = group.find((entry) => fixedMark.test(entry.heading) || fixedMark.test(entry.heading.replace(dayHeading, ''))) ?? group.at(-1)!;
    const day = group.at(-1)!.day ?? group.find((entry) => entry.day)?.day;
    const date = day?.year ? `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}` : undefined;
    const frontmatter = Object.fromEntries(Object.entries({ title: named.title, date }).filter(([, value]) => value !== undefined));
    const sections = group.map((entry) => `## ${entry.heading}\n\n${entry.text}`.trim());
    return {
      label: `#${date ?? 'undated'}-${slug(named.title)}`,
      text: `---\n${stringifyYaml(frontmatter, { lineWidth: 0 }).trimEnd()}\n---\n\n${sections.join('\n\n')}\n`,
      source: group.map((entry) => `${entry.heading}\n\n${entry.text}`).join('\n\n'),
    };
  });
  return { reports, notes: [`read as a log page${pageTitle ? ` ("${pageTitle}")` : ''} of ${entries.length} dated entries, newest first: one draft per incident (${reports.length}; the entries of one day about one incident are its updates)`, ...notes] };
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
