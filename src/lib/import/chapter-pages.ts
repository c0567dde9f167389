/**
 * The chapters of one long text kept as numbered pages (`content/en/01-resume.md` …
 * `09-methode.md`, the same in `content/fr/`): a trading bot's story told as a site's nine chapters
 * in two languages gave 16 drafts titled "The verdict", "Birth, and the first pivot" (import rounds
 * 54 to 58, left; round 59). A folder whose Markdown pages are all numbered in sequence from 00 or 01
 * (at least four), none of them with a section of a report (timeline, root cause, what happened), is
 * such a text: its pages are passed over, said. A folder of numbered reports (`01-api-gateway-timeout.md`,
 * `02-iam-misconfig.md`, each with its timeline) is read as before, and so is one report written
 * over numbered sections (`01-overview.md`, `02-timeline.md`): a page has a report's section.
 */

const numberedPage = /^(\d{2})-[^/]+\.(?:md|mdx|markdown)$/i;
const markdownPage = /\.(?:md|mdx|markdown)$/i;
/** Files a folder of chapters may keep beside them, not a chapter. */
const besidePages = /^(?:readme|index|_index|license|licence|contributing|changelog|summary|toc)\.(?:md|mdx|markdown)$/i;

/**
 * The pages that are chapters, each with why (`/`-separated names as given). `textOf` gives a
 * page's text (its opening is enough: its headings are read); `isReportSection` says whether a
 * heading is a report's section. Pages are read only in a folder whose names are all numbered.
 */
export function chapterPages(names: readonly string[], textOf: (name: string) => string, isReportSection: (heading: string) => boolean): Map<string, string> {
  const headingsOf = (name: string) => [...textOf(name).replace(/^(```|~~~)[\s\S]*?^\1/gm, '').matchAll(/^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((match) => match[1]);
  const byFolder = new Map<string, string[]>();
  for (const name of names) {
    const folder = name.slice(0, Math.max(0, name.lastIndexOf('/')));
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), name]);
  }
  const found = new Map<string, string>();
  for (const [folder, inFolder] of byFolder) {
    const pages = inFolder.filter((name) => markdownPage.test(name) && !besidePages.test(name.slice(name.lastIndexOf('/') + 1)));
    const numbers = pages.map((name) => numberedPage.exec(name.slice(name.lastIndexOf('/') + 1))?.[1]);
    if (pages.length < 4 || numbers.some((number) => number === undefined)) continue;
    const sorted = numbers.map(Number).sort((a, b) => a - b);
    if (sorted[0] > 1 || sorted.some((number, index) => number !== sorted[0] + index)) continue;
    if (pages.some((name) => headingsOf(name).some(isReportSection))) continue;
    const first = String(sorted[0]).padStart(2, '0');
    const last = String(sorted[sorted.length - 1]).padStart(2, '0');
    const why = `a chapter of a longer text (${pages.length} pages numbered ${first} to ${last} in ${folder || 'the folder'}, none with a section of a report: timeline, root cause, what happened), not a report of an incident`;
    for (const name of pages) found.set(name, why);
  }
  return found;
}
