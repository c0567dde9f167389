/**
 * One report written over several pages: parts of one name (`db-outage-part-1.md`,
 * `db-outage-part-2.md`, `db-outage-continued.md`), a folder of a report's sections
 * (`overview.md`, `timeline.md`, `root-cause.md`), or numbered chapters of them
 * (`docs/01-incident/overview.md`, `docs/02-migration/restitution.md`): an NFT protocol's
 * post-mortem of 11 pages gave 11 drafts (import round 48, left; round 49). Each group is one
 * report: its pages joined in order, one draft.
 */

import { headingsOneLevelDown } from './headings-one-level-down.ts';
import { compareText } from '../compare-text.ts';

export interface PagedReport {
  /** The pages, `/`-separated as given, in the order they are read. */
  pages: string[];
  /** The folder the group is of (`docs`, `docs/01-incident`), whose README may title it. */
  folder: string;
  /** Why the pages are one report, in words for the import's notes. */
  why: string;
}

const folderOf = (name: string) => name.slice(0, Math.max(0, name.lastIndexOf('/')));
const stemOf = (name: string) => name.slice(name.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');

/** A part marker ending a name (`-part-2`, `_pt1`, ` (2 of 3)`, `-2-of-3`, `-continued`), with its number. */
function partOf(stem: string): { base: string; part: number } | undefined {
  const numbered = /^(.+?)[-_ .]*(?:\(?\s*(?:part|pt|page)[-_ .]*(\d{1,2})(?:[-_ .]*of[-_ .]*\d{1,2})?\s*\)?|\(?(\d{1,2})[-_ ]*of[-_ ]*\d{1,2}\)?)$/i.exec(stem);
  if (numbered) return { base: numbered[1].toLowerCase(), part: Number(numbered[2] ?? numbered[3]) };
  const continued = /^(.+?)[-_ .]*\(?(?:cont(?:inued|\.)?|follow[-_ ]?up)\)?$/i.exec(stem);
  return continued ? { base: continued[1].toLowerCase(), part: 99 } : undefined;
}

/** A page named for a section of a report, in the order a report keeps them. */
const sectionOrder = [
  /^(?:overview|summary|executive[-_ ]summary|introduction|incident[-_ ]overview|what[-_ ]happened|background|context)$/i,
  /^(?:impact|customer[-_ ]impact)$/i,
  /^(?:timeline|chronology|sequence[-_ ]of[-_ ]events)$/i,
  /^(?:detection|response|investigation|mitigation|recovery|resolution)$/i,
  /^(?:root[-_ ]?causes?|causes?|analysis|(?:\w+[-_ ])?mechanics|contributing[-_ ]factors)$/i,
  /^(?:lessons(?:[-_ ]learned)?|learnings|what[-_ ]went[-_ ](?:well|wrong))$/i,
  /^(?:action[-_ ]items?|follow[-_ ]?ups?|remediation|next[-_ ]steps|prevention)$/i,
];
const sectionRank = (stem: string) => sectionOrder.findIndex((pattern) => pattern.test(stem));
/** A chapter folder, numbered (`01-incident`, `2_migration`). */
const chapterFolder = /^\d{1,2}[-_. ]/;

/**
 * The reports among `names` (each a page that may be a report, `/`-separated, relative to the
 * folder imported) written over several pages. A page is in one group at most; pages in none are
 * reports of their own.
 */
export function pagedReports(names: readonly string[]): PagedReport[] {
  const groups: PagedReport[] = [];
  const taken = new Set<string>();
  const byFolder = new Map<string, string[]>();
  for (const name of names) byFolder.set(folderOf(name), [...(byFolder.get(folderOf(name)) ?? []), name]);
  const sectionPages = (pages: readonly string[]) => {
    const named = pages.filter((page) => sectionRank(stemOf(page)) >= 0);
    return named.length >= 2 && named.length * 2 > pages.length;
  };
  const inSectionOrder = (pages: readonly string[]) => [...pages].sort((a, b) => {
    const rank = (page: string) => (sectionRank(stemOf(page)) < 0 ? sectionOrder.length : sectionRank(stemOf(page)));
    return rank(a) - rank(b) || compareText(a, b);
  });
  // Numbered chapters of one report: every folder below holding pages is numbered, and one chapter is of a report's sections.
  for (const folder of [...new Set([...byFolder.keys()].map(folderOf))].sort()) {
    const chapters = [...byFolder.keys()].filter((inner) => inner !== folder && folderOf(inner) === folder).sort();
    if (chapters.length < 2 || !chapters.every((chapter) => chapterFolder.test(chapter.slice(chapter.lastIndexOf('/') + 1))) || byFolder.has(folder)) continue;
    if (!chapters.some((chapter) => sectionPages(byFolder.get(chapter)!))) continue;
    const pages = chapters.flatMap((chapter) => (sectionPages(byFolder.get(chapter)!) ? inSectionOrder(byFolder.get(chapter)!) : [...byFolder.get(chapter)!].sort()));
    if (pages.some((page) => taken.has(page))) continue;
    pages.forEach((page) => taken.add(page));
    groups.push({ pages, folder, why: `its ${chapters.length} numbered chapters (${chapters.map((chapter) => `${chapter.slice(chapter.lastIndexOf('/') + 1)}/`).join(', ')}), one of them a report's sections as pages` });
  }
  for (const [folder, pages] of [...byFolder].sort(([a], [b]) => compareText(a, b))) {
    const free = pages.filter((page) => !taken.has(page));
    // A report's sections, a page each.
    if (sectionPages(free) && free.length === pages.length) {
      const ordered = inSectionOrder(free);
      ordered.forEach((page) => taken.add(page));
      groups.push({ pages: ordered, folder, why: `pages named for a report's sections (${ordered.map(stemOf).join(', ')}) in one folder` });
      continue;
    }
    // Parts of one name: the page without a marker, if any, is part 1.
    const parts = new Map<string, { page: string; part: number }[]>();
    for (const page of free) {
      const part = partOf(stemOf(page));
      if (part) parts.set(part.base, [...(parts.get(part.base) ?? []), { page, part: part.part }]);
    }
    for (const [base, marked] of parts) {
      const plain = free.find((page) => stemOf(page).toLowerCase() === base);
      const all = [...(plain ? [{ page: plain, part: 0 }] : []), ...marked].sort((a, b) => a.part - b.part || compareText(a.page, b.page));
      if (all.length < 2 || (!plain && marked.every(({ part }) => part === 99))) continue;
      all.forEach(({ page }) => taken.add(page));
      groups.push({ pages: all.map(({ page }) => page), folder, why: `parts of one name ("${base}": ${all.map(({ page }) => page.slice(page.lastIndexOf('/') + 1)).join(', ')})` });
    }
  }
  return groups;
}

/**
 * The text of one report joined from its pages' texts, in order, under `title`: each page's
 * headings one level down, so its own title heads its part ("## Timeline"). A page's words are
 * kept as written; headings inside code blocks are not headings.
 */
export function joinedPages(title: string, texts: readonly string[]): string {
  const lowered = texts.map((text) => headingsOneLevelDown(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).trim());
  return `# ${title}\n\n${lowered.join('\n\n')}\n`;
}
