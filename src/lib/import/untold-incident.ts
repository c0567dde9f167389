import { isReportSectionHeading, namesIncident } from './other-document.ts';
import { leadingFrontmatter } from './leading-frontmatter.ts';

/** A year (1990–2039), a day's date or a time of day: something a report of one incident writes when it tells when. */
const writtenYear = /(?<![\d.,])(?:199\d|20[0-3]\d)(?![\d.,]?\d)/;
const clockTime = /(?<![\d:])\d{1,2}:\d{2}(?!\d)/;
const monthName = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/**
 * A day as a report writes it: "2024-03-01", "1/3/24", "March 1", "1st of March", a weekday, "yesterday",
 * "3月1日". Month names whole or shortened, not any word they open (a style guide's "margin 0" is no day).
 */
const writtenDay = new RegExp(String.raw`\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b${monthName}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${monthName}\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|last night|this morning|tonight)\b|\d{1,2}\s*月\s*\d{1,2}\s*日`, 'i');
/** How Chinese and Japanese reports head their sections (the failure, its cause, how it unfolded, recovery). */
const reportSectionElsewhere = /障害|故障|事故|インシデント|原因|根因|経緯|時系列|発生日時|復旧|再発防止|时间线|经过|恢复/u;

/**
 * The title of a Markdown page that tells no incident: it writes no year, no day and no time of day,
 * none of its headings is a report's section (timeline, root cause, what happened, resolution …),
 * and neither its title nor its path (`pagePath`, from the folder given to the import: its folders'
 * and its file's names) names an incident (outage, error, failure, post-mortem, incidents/ …) or a
 * year. Undefined for any other page. A report of one incident says when it happened, heads a
 * report's section, or is kept where its folder or name says what it is ("incidents/otel-…/README.md",
 * "2021-03-04-….md"); one that writes no day names what broke in its title ("SMB error", round 61).
 */
export function pageTellingNoIncident(text: string, pagePath: string): string | undefined {
  const read = pageWritingNoDay(text);
  if (!read) return undefined;
  // A year cited ("a 2006 paper") is enough to keep a page read here; a handbook's tree is read more loosely (`handbookTreePassedOver`).
  if (writtenYear.test(read.prose)) return undefined;
  // A path's day ("2021-03-04-….md", "2024/03/", "2024/"), a time stamp's digits ("1715209000-…/"),
  // or its words; not a number that orders a handbook's pages ("2000-comments/").
  const path = pagePath.replace(/\\/g, '/');
  if (/(?<!\d)(?:199\d|20[0-3]\d)[-_/.]\d{1,2}(?!\d)|(?:^|\/)(?:199\d|20[0-3]\d)(?:\/|$)|\d{8,}/.test(path)) return undefined;
  if (namesIncident(path.replace(/\.[^./]+$/, '').replace(/[-_./]+/g, ' '))) return undefined;
  const titles = [read.stated, read.headings[0]].filter((title): title is string => Boolean(title));
  if (titles.some((title) => namesIncident(title) || isReportSectionHeading(title) || reportSectionElsewhere.test(title))) return undefined;
  return read.stated ?? read.headings[0] ?? pagePath.replace(/^.*[\\/]/, '');
}

/**
 * A page that writes no day and no time of day (outside code and links' addresses) and heads no
 * report's section under its title, whatever year it cites or its title names: its prose, stated title and
 * headings, or undefined when it writes one (`pageTellingNoIncident` asks more of a page alone).
 */
export function pageWritingNoDay(text: string): { prose: string; stated?: string; headings: string[] } | undefined {
  // Years and times in a link's address, in code or in a key's fingerprint tell no incident's day
  // ("/post/2019-10-06-…" cited by a page on stand-ups; "4:82" in an SSH key's art).
  const prose = text.replace(/^(```|~~~)[\s\S]*?^\1/gm, ' ').replace(/`[^`\n]*`/g, ' ').replace(/\]\([^)\s]*\)/g, '] ').replace(/\bhttps?:\/\/\S+/g, ' ');
  if (clockTime.test(prose) || writtenDay.test(prose)) return undefined;
  const frontmatter = leadingFrontmatter(text);
  const body = frontmatter ? text.slice(frontmatter[0].length) : text;
  const headings = [...body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').matchAll(/^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map((match) => match[1].replace(/[*_`]/g, '').trim());
  const stated = frontmatter ? /^title:[ \t]*["']?(.+?)["']?[ \t]*$/m.exec(frontmatter[1])?.[1] : undefined;
  // The page's title heading is judged by `pageTellingNoIncident`: a handbook's page titled "Post-mortems"
  // (how the team writes them) heads no report's section.
  if ((stated ? headings : headings.slice(1)).some((heading) => isReportSectionHeading(heading) || reportSectionElsewhere.test(heading))) return undefined;
  return { prose, stated, headings };
}

/** Pages under one folder, fewer than this, are no handbook's section: a report alone in its folder is read whatever it writes. */
export const untoldFolderPages = 3;

/** Each folder's pages (in it and its subfolders) and how many of them tell no incident. */
function pagesPerFolder(pages: readonly { folders: readonly string[]; untold: boolean }[]): Map<string, { pages: number; untold: number }> {
  const counts = new Map<string, { pages: number; untold: number }>();
  for (const { folders, untold } of pages) {
    for (const folder of folders) {
      const count = counts.get(folder) ?? { pages: 0, untold: 0 };
      count.pages += 1;
      if (untold) count.untold += 1;
      counts.set(folder, count);
    }
  }
  return counts;
}

/**
 * The folders all of whose Markdown pages, in it and in its subfolders, tell no incident
 * (`pageTellingNoIncident`), three pages or more: a handbook's or a guide's section ("practices/",
 * "principles/", "standards/" and its subfolders). An engineering handbook's site (import round
 * 62) was 148 drafts of advice ("Stand-ups", "Boring technology", "SSH agents"), none of which
 * writes a day. One page that tells an incident keeps every folder above it read as before; so is a
 * page alone, or one of two, under its folder (a report that writes no day, "incidents/otel-…/
 * README.md", is often alone in its own). `pages` gives each page's folders, its own first then
 * each above it up to the folder given to the import, and whether it tells no incident.
 */
export function untoldIncidentFolders(pages: readonly { folders: readonly string[]; untold: boolean }[]): Set<string> {
  const counts = pagesPerFolder(pages);
  return new Set([...counts].filter(([, count]) => count.pages >= untoldFolderPages && count.untold === count.pages).map(([folder]) => folder));
}

/** Why the pages of such a folder are passed over, said once for them all. */
export const untoldPagesWhy = "pages of a folder none of whose pages (with its subfolders') writes a year, a day or a time, heads a report's section (timeline, root cause, what happened) or names an incident in its title or path: a handbook's or a guide's pages, no report";

/** A handbook's tree: a folder of this many Markdown pages or more (with its subfolders')… */
export const handbookTreeMinPages = 20;
/** …of which this share at least tell no incident (`pageTellingNoIncident`). */
export const handbookTreeShare = 0.85;

/**
 * The pages passed over as a handbook's or a guide's: those of a folder telling no incident
 * (`untoldIncidentFolders`), and, under a folder that is a handbook's tree (20 pages or more, 85 %
 * of them telling no incident), each page that writes no day and no time of day and heads no
 * report's section (`dayless`), whatever year it cites or its title names. Round 63: the
 * engineering handbook of round 62 kept 78 drafts, pages in folders beside one that cites a paper's
 * year ("a 2006 paper") or is titled by a word of incidents ("Errors", "Post-mortems",
 * "Maintenance", "Security standards"): 185 of its 207 pages tell no incident. A collection of
 * reports is no such tree (its reports write their days, or name what broke), and a page of the
 * tree writing a day or a time ("Next Saturday morning …") or a report's section stays read.
 * Gives the indexes of `pages` passed over, each with why (`untoldPagesWhy` or `handbookTreePagesWhy`).
 */
export function handbookPagesPassedOver(pages: readonly { folders: readonly string[]; untold: boolean; dayless: boolean }[]): Map<number, string> {
  const untoldFolders = untoldIncidentFolders(pages);
  const counts = pagesPerFolder(pages);
  const trees = new Set([...counts].filter(([, count]) => count.pages >= handbookTreeMinPages && count.untold >= handbookTreeShare * count.pages).map(([folder]) => folder));
  const passed = new Map<number, string>();
  pages.forEach((page, index) => {
    if (page.folders.some((folder) => untoldFolders.has(folder))) passed.set(index, untoldPagesWhy);
    else if (page.dayless && page.folders.some((folder) => trees.has(folder))) passed.set(index, handbookTreePagesWhy);
  });
  return passed;
}

/** Why a page of a handbook's tree is passed over, said once for them all. */
export const handbookTreePagesWhy = `pages writing no day and no time of day and heading no report's section, in a folder of ${handbookTreeMinPages} pages or more (with its subfolders') of which ${Math.round(handbookTreeShare * 100)} % or more also name no incident and write no year: a handbook's or a guide's pages, no report (a year cited or a title such as "Errors" or "Post-mortems" is no incident's day)`;
