#!/usr/bin/env node
// npm run import -- <file|folder>... [--out content/postmortems] [--timezone ZONE] [--set FIELD=VALUE]... [--dry-run] [--maintenances] [--json]
// Turns existing postmortems (Markdown with or without extension, HTML exports from Google Docs or
// Confluence, Confluence storage format (.xml), Word documents (.docx), AsciiDoc, Org, reStructuredText, plain text, a status page's JSON export:
// Statuspage's or Google Cloud's incidents.json, AWS's Health Dashboard archive, Apple's System Status file, one report per incident; a status page's
// history feed (history.atom, history.rss), one report per entry;
// issue trackers' JSON exports: GitHub issues, Jira issues, one report per issue; an incident log kept
// as a spreadsheet, .csv or .tsv, or Jira's CSV export, one report per row) into draft postmortems: one .mdx per report, status: draft,
// historical: true, every sentence of the original kept. Prints what was inferred, what is left
// to fill and which timeline rows could not be read, per file and in a summary.
// --timezone ZONE (Europe/Berlin, PST, UTC+2; also --set timezone=ZONE) applies to reports that state no zone; without it, a zone
// the folder's README, index or template states for its reports ("for the London timezone") does.
// --set FIELD=VALUE (repeatable) fills a fact of the whole batch into every draft whose report gives
// none: severity=SEV-3, services=a,b, teams=a,b, tags=a,b, trigger=id, drafted=YYYY-MM-DD. Values are
// checked against the vocabularies first; a report's own value is never overridden.
// Images a report shows from its own folder are copied to <out>/media/<draft id>/ and the draft
// points there; an image that cannot be found is reported and kept as text (its description and
// path), remote images stay links. --dry-run writes nothing. Never overwrites a file. See docs/import.md.
// A report whose metadata marks it as planned work (`severity: under-maintenance`, `planned: yes`) is
// not imported (said); --maintenances imports those as drafts too, listed at the end.
// KB_AS_OF=YYYY-MM-DD fixes the import day (`imported.on`; npm run measure:adoption -- --day sets it).
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { shownFromWorkingFolder } from '../src/lib/shown-path.ts';
import { parseCommandLine } from './lib/command-line.ts';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { resolveContentDir } = await loadSiteConfig();
import { loadVocabularyOrExit } from './lib/vocabulary-or-exit.ts';
import { ListingPageError, NotAReportError, readReportContent, type ReportContent } from '../src/lib/import/report-content.ts';
import { handbookPagesPassedOver, pageTellingNoIncident, pageWritingNoDay } from '../src/lib/import/untold-incident.ts';
import { leadingCommentLines } from '../src/lib/slug.ts';
import { blockingFileKind, isInsideFolder, readErrorWords } from '../src/lib/content-files.ts';
import { postmortemIdsOrExit } from './lib/postmortem-ids-or-exit.ts';
import { validatePostmortemSource } from '../src/lib/validate-postmortem.ts';
import { parseZone, zoneOptionProblem } from '../src/lib/import/time-zones.ts';
import { importReport } from '../src/lib/import/import-report.ts';
import { placeImages, type ImageCopy } from '../src/lib/import/report-images.ts';
import { summarise, type ImportedFile } from '../src/lib/import/import-summary.ts';
import { importOutputText } from '../src/lib/import/import-output.ts';
import { findFolderIndexPages, mayBeReportFile, mayBeIncidentExportFile, notReportReason, passedOverIsSaid, notReportByOpening, openingLength, describePassedOver, feedTwinFiles, builtPageTwins, textlessFileWhy } from '../src/lib/import/report-files.ts';
import { folderZoneReader } from './lib/folder-notes.ts';
import { siteGuidePageReader, siteNavTitleReader } from './lib/site-nav.ts';
import { chapterPages } from '../src/lib/import/chapter-pages.ts';
import { isReportSectionHeading } from '../src/lib/import/other-document.ts';
import type { EmbeddedImage } from '../src/lib/import/word-document.ts';
import { BatchFactError, batchZoneSetting, parseBatchFacts, type BatchFacts } from '../src/lib/import/batch-facts.ts';
import { newFileWriteProblem, unreadFolderInContent } from './lib/output-folder.ts';
import { copyNewFile, writeNewFile } from './lib/safe-write.ts';
import { homedir, tmpdir } from 'node:os';
import { machineFolderKind } from '../src/lib/named-folders.ts';
import { SourceCopies } from '../src/lib/import/source-copies.ts';
import { PlannedWorkError } from '../src/lib/import/planned-work.ts';
import { AnnouncementError } from '../src/lib/import/status-notices.ts';
import { resolveAsOfDate } from '../src/lib/as-of.ts';
import { readmeIncidentHeading, readmeIncidents, readmeMayBeReport, reportPageBelowReadme } from '../src/lib/import/readme-report.ts';
import { dataPassedOverWhy, instructionPageReason, pagesBesideReportFolder } from '../src/lib/import/instruction-pages.ts';
import { joinedPages, pagedReports } from '../src/lib/import/report-pages.ts';

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    timezone: { type: 'string' },
    set: { type: 'string', multiple: true },
    'dry-run': { type: 'boolean' },
    maintenances: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
}, { options: ['out'], positionals: true });
if (values.help) {
  console.log(leadingCommentLines(readFileSync(new URL(import.meta.url), 'utf8')).join('\n'));
  process.exit(0);
}
// Without a report the usage came out on stdout, with no word of what was missing (bad input round 17).
if (!positionals.length) {
  console.error('npm run import needs the reports to import: give a file or a folder of them, e.g. npm run import -- old-reports/ (npm run import -- --help lists the options).');
  process.exit(2);
}

const contentDir = resolveContentDir();
const outDir = resolve(values.out ?? join(contentDir, 'postmortems'));
// The drafts go in a folder: a file there (or above it) is a mistake to say, not a stack trace from readdir.
for (let folder = outDir; ; folder = dirname(folder)) {
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory()) {
      console.error(`--out ${values.out ?? outDir}: ${folder === outDir ? 'is a file' : `${folder} is a file`}, not a folder. Give the folder the drafts go in, e.g. --out content/postmortems.`);
      process.exit(2);
    }
    break;
  }
  if (folder === dirname(folder)) break;
}
// `--out /` listed every file of the machine (/proc included) for the ids already taken, then
// stopped on folders it could not list: refused before anything is read.
const machineFolder = values.out === undefined ? undefined : machineFolderKind(outDir, { home: homedir(), tmp: tmpdir() });
if (machineFolder) {
  console.error(`--out ${values.out}: is ${machineFolder}, not a folder for drafts: every Markdown file below it would be read for the ids already taken, and the drafts mixed with other files. Give a folder of their own, e.g. --out content/postmortems or --out drafts; nothing was written.`);
  process.exit(2);
}
const unread = unreadFolderInContent(outDir, contentDir);
if (unread) {
  console.error(`--out ${values.out ?? outDir}: ${unread}. Leave --out out, or give ${join(contentDir, 'postmortems')}; nothing was written.`);
  process.exit(2);
}
// `--set timezone=ZONE` gives the batch's zone as --timezone does (batch-facts.ts).
const zoneSetting = batchZoneSetting(values.set ?? []);
if (zoneSetting.zone !== undefined && values.timezone !== undefined && zoneSetting.zone !== values.timezone) {
  console.error(`--timezone ${values.timezone} and ${zoneSetting.given} give two zones for the batch: give one. Nothing was written.`);
  process.exit(2);
}
const timezone = values.timezone ?? zoneSetting.zone;
const zoneProblem = timezone !== undefined ? zoneOptionProblem(values.timezone !== undefined ? '--timezone' : '--set timezone', timezone) : undefined;
if (zoneProblem) {
  console.error(`${zoneProblem} Nothing was written.`);
  process.exit(2);
}
const zone = timezone ? parseZone(timezone) : undefined;
const vocabulary = loadVocabularyOrExit(contentDir);
// The import day (`imported.on`, and the day `--set` facts are checked against): KB_AS_OF when set,
// so `npm run measure:adoption -- --day D` (which sets it) gives the same drafts on any day.
let today: string;
try {
  today = resolveAsOfDate();
} catch (error) {
  console.error(`${(error as Error).message} Nothing was written.`);
  process.exit(2);
}
let batchFacts: BatchFacts;
try {
  batchFacts = parseBatchFacts(zoneSetting.facts, vocabulary, today, shownFromWorkingFolder(contentDir));
} catch (error) {
  if (!(error instanceof BatchFactError)) throw error;
  console.error(error.message);
  process.exit(2);
}

/** Files of the reports to import: every file under a folder, except hidden ones and images. */
/** Files under a folder that cannot be read (a link to nothing): reported, not skipped silently. */
const unreadable: { file: string; why: string }[] = [];
/**
 * The names of everything under `folder`, relative to it, as `readdirSync(folder, { recursive: true })`
 * gives them; a subfolder that cannot be listed (no read permission) is reported as unreadable:
 * it stopped the whole import with a stack trace (scandir EACCES).
 */
function namesUnder(folder: string): string[] {
  const names: string[] = [];
  const pending = [''];
  while (pending.length) {
    const inner = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(join(folder, inner), { withFileTypes: true });
    } catch (error) {
      unreadable.push({ file: join(folder, inner), why: `the folder cannot be listed: ${readErrorWords(error)}` });
      continue;
    }
    for (const entry of entries) {
      const name = inner ? join(inner, entry.name) : entry.name;
      names.push(name);
      if (entry.isDirectory()) pending.push(name);
    }
  }
  return names;
}
/** Each report with the folder it was found in (where a root-relative image path starts). */
function collect(path: string): Source[] {
  if (!existsSync(path)) {
    console.error(`${path}: no such file or folder.`);
    process.exit(2);
  }
  // A named pipe (or a device) named here would be read until a writer closes it: for good.
  const special = blockingFileKind(path);
  if (special) {
    console.error(`${path}: is ${special}, not a report file; give the file the report is saved in.`);
    process.exit(2);
  }
  if (!statSync(path).isDirectory()) return [{ file: path, root: dirname(path) }];
  const allNames = namesUnder(path).map((name) => name.split(sep).join('/'));
  const names = allNames
    // A status page's or issue tracker's JSON export and an incident log kept as a spreadsheet hold
    // reports; other JSON or CSV found in a folder is data, passed over once read.
    .filter((name) => {
      if (mayBeReportFile(name) || mayBeIncidentExportFile(name)) return true;
      // Said in the output (hidden files and pictures are not: they are never reports, and a
      // report's pictures are found from the report; code, data and PDFs are, since round 59), so a
      // report the rules took for another file can be imported by name.
      const why = notReportReason(name);
      if (why && passedOverIsSaid(name, why) && isFile(join(path, name))) filesPassedOver.push({ file: join(path, name), why });
      return false;
    });
  // A status page's history as JSON beside its feed of the same name: the feed is read, once.
  // A report kept as its source and as the page a site generator built from it: the source is read, once.
  // Pages of a collection's docs/ and changelog/ beside its incidents/ folder: documentation, not reports.
  for (const twin of [...feedTwinFiles(names), ...builtPageTwins(names), ...pagesBesideReportFolder(names.filter((name) => mayBeReportFile(name) && isFile(join(path, name))), allNames.filter((name) => isFile(join(path, name))))]) {
    names.splice(names.indexOf(twin.file), 1);
    filesPassedOver.push({ file: join(path, twin.file), why: twin.why });
  }
  // Pages of a documentation site that names itself a guide (PagerDuty's postmortem guide): not reports.
  const guidePage = siteGuidePageReader();
  for (const name of names.filter((name) => mayBeReportFile(name) && isFile(join(path, name)))) {
    const why = guidePage(join(path, name), path);
    if (!why) continue;
    names.splice(names.indexOf(name), 1);
    filesPassedOver.push({ file: join(path, name), why });
  }
  // Numbered pages of one long text (a site's chapters), none with a report's section: round 59.
  const chapters = chapterPages(names.filter((name) => isFile(join(path, name))), (name) => readOpening(join(path, name)), isReportSectionHeading);
  for (const [name, why] of chapters) {
    names.splice(names.indexOf(name), 1);
    filesPassedOver.push({ file: join(path, name), why });
  }
  // A README alone in its folder (no report file beside it) that tells an incident is the report (turboflakes' README.md).
  for (const readme of readmesTheReport(path, allNames)) {
    names.push(readme);
    const index = filesPassedOver.findIndex(({ file }) => file === join(path, readme));
    if (index >= 0) filesPassedOver.splice(index, 1);
  }
  // A folder's index page lists its reports and says how the team writes them: named, not imported.
  const indexPages = findFolderIndexPages(names.filter((name) => mayBeReportFile(name)));
  indexPagesPassedOver.push(...[...indexPages].map((name) => join(path, name)));
  const found = names
    .filter((name) => !indexPages.has(name))
    .map((name) => join(path, name))
    .filter((file) => {
      try {
        return statSync(file).isFile();
      } catch (error) {
        unreadable.push({ file, why: readErrorWords(error) });
        return false;
      }
    })
    // A file whose name says nothing of what it is (no extension) is known by its first line: a script's is "#!…".
    .filter((file) => {
      const why = notReportByOpening(file, readOpening);
      if (why) filesPassedOver.push({ file, why });
      return !why;
    })
    .filter((file) => {
      const underOut = (existsSync(file) ? realpathSync(file) : file).startsWith(outReal + sep);
      if (underOut) draftsPassedOver += 1;
      return !underOut;
    })
    .sort()
    .map((file) => ({ file, root: path, inFolder: true }));
  return withPagedReports(found, path);
}
/**
 * One report written over several pages (parts of one name, a folder of its sections, numbered
 * chapters: src/lib/import/report-pages.ts) becomes one source, read from its pages joined.
 * Pages that open with frontmatter are left apart: each is a post of its own.
 */
function withPagedReports(found: { file: string; root: string; inFolder?: boolean }[], path: string): Source[] {
  const relativeName = (file: string) => relative(path, file).split(sep).join('/');
  const pages = found.map(({ file }) => relativeName(file)).filter((name) => /\.(?:md|markdown|mdown|mkd)$/i.test(name) && !/^\uFEFF?(?:---|\+\+\+)\s*$/m.test(readOpening(join(path, name)).split('\n')[0] ?? ''));
  const groups = pagedReports(pages);
  if (!groups.length) return found;
  const grouped = new Set(groups.flatMap((group) => group.pages));
  return [
    ...found.filter(({ file }) => !grouped.has(relativeName(file))),
    ...groups.map((group) => ({ file: join(path, group.pages[0]), root: path, inFolder: true, pages: { files: group.pages.map((page) => join(path, page)), folder: join(path, group.folder), why: group.why } })),
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
/** A report file to import; `pages` when it is one report written over several files, read joined. */
interface Source { file: string; root: string; inFolder?: boolean; pages?: { files: string[]; folder: string; why: string } }
/** The title of a report written over several pages: the first heading of the README of its folder or the nearest one above it (up to `root`), else of its first page. */
function pagedReportTitle(folder: string, root: string, firstPage: string): string {
  for (let at = folder; ; at = dirname(at)) {
    const readme = readdirSync(at).find((name) => /^readme\.(?:md|markdown)$/i.test(name));
    const heading = readme && /^\s{0,3}#\s+(.+?)\s*#*\s*$/m.exec(readFileSync(join(at, readme), 'utf8'))?.[1];
    if (heading) return heading;
    if (at === root || at === dirname(at) || !isInsideFolder(at, root)) break;
  }
  return /^\s{0,3}#\s+(.+?)\s*#*\s*$/m.exec(readFileSync(firstPage, 'utf8'))?.[1] ?? basename(folder);
}
const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
/**
 * The first bytes of a file (it is read whole later, if a report), for {@link notReportByOpening}.
 * A file that cannot be opened gives none: the whole read lists it as not imported, with why.
 */
function readOpening(file: string): string {
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch {
    return '';
  }
  try {
    const buffer = Buffer.alloc(openingLength);
    return buffer.toString('utf8', 0, readSync(descriptor, buffer, 0, openingLength, 0));
  } finally {
    closeSync(descriptor);
  }
}
/** Largest README read to ask whether it is the report (a README of megabytes is no incident's). */
const largestReadmeRead = 1024 * 1024;
/**
 * The READMEs under `path` (of `names`, `/`-separated) that are the report: no name that may be a
 * report sits in their folder, and their text tells an incident (src/lib/import/readme-report.ts).
 * Each is said, so a README taken for the report wrongly can be left out.
 */
function readmesTheReport(path: string, names: readonly string[]): string[] {
  const folderOf = (name: string) => name.slice(0, Math.max(0, name.lastIndexOf('/')));
  const reportNames = names.filter((name) => (mayBeReportFile(name) || mayBeIncidentExportFile(name)) && isFile(join(path, name)));
  // A README beside runbooks, procedures or troubleshooting guides introduces them: a French team's
  // `incident-response/README.md` ("Ce dossier centralise …") over its `procedure-*.md` was read as
  // the report once those were passed over as procedures (import round 56).
  const instructionNames = names.filter((name) => instructionPageReason(name) !== undefined);
  const foldersWithReports = new Set([...reportNames, ...instructionNames].map(folderOf));
  return names.filter((name) => {
    if (!readmeMayBeReport(name.slice(name.lastIndexOf('/') + 1)) || foldersWithReports.has(folderOf(name))) return false;
    // A README above a folder of report pages introduces them (its sections are no incidents).
    if (reportPageBelowReadme(name, reportNames)) return false;
    const file = join(path, name);
    if (!isFile(file) || statSync(file).size > largestReadmeRead) return false;
    // A README keeping several incidents, a section each, is their report too (split by readReportContent).
    const text = readFileSync(file, 'utf8');
    const heading = readmeIncidentHeading(text) ?? readmeIncidents(text)?.title;
    if (heading) readmesReadAsReports.push({ file, heading });
    return heading !== undefined;
  });
}

// Drafts written into the folder being imported were read as reports by the next import of it (a
// second run imported the first run's drafts, each as one more report). --out inside a folder
// being imported (reports/ with reports/postmortems/) is fine: what is under --out is not read.
// --out the folder itself would mix the drafts with the reports: refused.
const outReal = existsSync(outDir) ? realpathSync(outDir) : outDir;
for (const path of positionals) {
  if (!existsSync(path) || !statSync(path).isDirectory() || realpathSync(path) !== outReal) continue;
  console.error(values.out
    ? `--out ${values.out}: is ${path}, the folder being imported, so the drafts would be mixed with the reports and read as reports by the next import of it. Give --out another folder (a folder inside it works: ${join(path, 'drafts')}), or leave it out; nothing was written.`
    : `${path}: the drafts are written to this folder, so they would be mixed with the reports and read as reports by the next import of it. Import the reports from another folder, or give --out another one; nothing was written.`);
  process.exit(2);
}
/** Files under --out, passed over when a folder holding it is imported: drafts, not reports. */
let draftsPassedOver = 0;
/** Files of the folders imported that are no reports by their names (a licence, a lockfile, a web manifest), with why. */
const filesPassedOver: { file: string; why: string }[] = [];
/** READMEs read as the report (alone in their folder, telling an incident), with the heading that showed it. */
const readmesReadAsReports: { file: string; heading: string }[] = [];
/** Index pages of the folders imported, passed over: each is named, so that one that is a report can be imported by name. */
const indexPagesPassedOver: string[] = [];
/** Files found in a folder with no text once read (empty, or a page of markup and styles only). */
const textlessPassedOver: { file: string; why: string }[] = [];
/** Data found in a folder, read as no export of incidents: said, one line for each format (and for data whose folder or name says it may hold one). */
const dataPassedOver: { file: string; why: string }[] = [];
const sources = positionals.flatMap(collect);
// Markdown pages found in a folder whose every page, with its subfolders', writes no day, no time and
// no report's section and names no incident: a handbook's or a guide's pages (round 62), said together.
const untoldPages = (() => {
  const pages = sources.filter(({ file, inFolder, pages: parts }) => inFolder && !parts && /\.(?:md|markdown|mdx)$/i.test(file)).map(({ file, root }) => {
    const folders: string[] = [];
    for (let folder = dirname(file); ; folder = dirname(folder)) {
      folders.push(folder);
      if (!relative(root, folder) || relative(root, folder).startsWith('..') || dirname(folder) === folder) break;
    }
    let untold = false;
    let dayless = false;
    try {
      const text = readFileSync(file, 'utf8');
      untold = pageTellingNoIncident(text, relative(root, file).split(sep).join('/')) !== undefined;
      dayless = untold || pageWritingNoDay(text) !== undefined;
    } catch {
      // Unreadable here: read (and its error said) with the others below.
    }
    return { file, folders, untold, dayless };
  });
  // And, since round 63, pages writing no day in a handbook's tree, most of whose pages tell no incident.
  return new Map([...handbookPagesPassedOver(pages)].map(([index, why]) => [pages[index].file, why]));
})();
const untoldPassedOver: { file: string; why: string }[] = [];
if (draftsPassedOver) console.error(`${draftsPassedOver} file(s) under ${shownFromWorkingFolder(outDir)}, where the drafts go, were not read as reports.`);
for (const line of describePassedOver(filesPassedOver.map(({ file, why }) => ({ file: shownFromWorkingFolder(file), why })))) console.error(line);
for (const { file, heading } of readmesReadAsReports) console.error(`${shownFromWorkingFolder(file)}: read as the report: no other report is in its folder and it tells an incident ("${heading}"). If it only describes the reports, leave it out by naming the reports instead.`);
for (const page of indexPagesPassedOver) console.error(`${shownFromWorkingFolder(page)}: not imported: the index page of its folder, which holds other reports (a list of them, or how they are written). If it is a report, import it by name: npm run import -- ${shownFromWorkingFolder(page)}`);
// Folders with nothing that may be a report: say so, rather than "0 files: 0 imported".
if (!sources.length && !unreadable.length) {
  console.error(`${positionals.join(', ')}: no report found; hidden files, pictures, data, code, READMEs, licences and templates are not read. Name the folder that holds the reports, or a report file.`);
  process.exit(1);
}
// Ids are unique across every folder of the knowledge base, so a draft written to a subfolder
// (--out content/postmortems/imported) must not reuse an id from elsewhere either.
const existingIds = postmortemIdsOrExit(outDir, join(contentDir, 'postmortems'));
const knownIds = new Set(existingIds);
const files: ImportedFile[] = unreadable.map(({ file, why }) => ({
  source: shownFromWorkingFolder(file), output: '', error: why.startsWith('the folder') ? `${why}; the reports in it are not imported.` : `cannot be read: ${why}.`, checkErrors: 0, checkWarnings: 0,
}));
const planned: { path: string; text: string; images: ImageCopy[] }[] = [];
// A zone the folder's README, index or template states for its reports (unless --timezone gives one).
const folderZone = folderZoneReader();
// A documentation site's name for each page (MkDocs' nav), taken before a file name as the title.
const siteNavTitle = siteNavTitleReader();
const copies = new SourceCopies();
/** Copies of files refused as no report (data, a page of another kind), said with the files passed over. */
const copiesOfNoReport: { file: string; why: string }[] = [];
const postmortemsReal = existsSync(join(contentDir, 'postmortems')) ? realpathSync(join(contentDir, 'postmortems')) : join(contentDir, 'postmortems');
for (const { file: source, root, inFolder, pages } of sources) {
  const display = shownFromWorkingFolder(source);
  let content: ReportContent;
  try {
    // One report written over several pages is read as the text of its pages joined, in order.
    const bytes = pages ? Buffer.from(joinedPages(pagedReportTitle(pages.folder, root, source), pages.files.map((page) => readFileSync(page, 'utf8')))) : readFileSync(source);
    const first = copies.copyOf(display, bytes);
    // Said as a passed-over file (as an index page is), not as a failure: nothing of it is lost.
    if (first !== undefined) {
      // A copy of a file refused as no report (30 copies of one `kustomization.yaml`) is no second draft of an incident: round 60.
      const why = copies.copyNotImported(display, first);
      if ('passedOver' in why) copiesOfNoReport.push({ file: display, why: why.passedOver });
      else console.error(`${display}: not imported: ${why.said}`);
      continue;
    }
    // A postmortem of this knowledge base given as a report (`npm run import -- content/postmortems`)
    // became a second draft of the same incident under another name (bad input round 25). A report
    // of another format left there (corpus/not-read's fix imports it from there) is imported.
    if (/\.mdx?$/i.test(source) && /^(?:\uFEFF)?---\r?\n/.test(bytes.subarray(0, 8).toString('utf8')) && isInsideFolder(realpathSync(source), postmortemsReal)) {
      throw new Error(`is a postmortem of this knowledge base already (in ${shownFromWorkingFolder(postmortemsReal)}): imported, it would become a second draft of the same incident under another name. Edit it where it is (npm run fill fills facts into postmortems already imported); a report of another knowledge base is imported from its own folder.`);
    }
    // A .docx is a zip of XML: made HTML first (with the images it holds), then read as HTML.
    content = await readReportContent(source, bytes);
    if (pages) content.notesBefore.push(`one report written over ${pages.files.length} pages, ${pages.why}: read as one, its pages joined in this order, each page's headings one level down: ${pages.files.map((page) => relative(root, page).split(sep).join('/')).join(', ')}`);
  } catch (error) {
    // A page listing the reports (links, or template code over the site's pages) is said, so that one
    // taken for a listing wrongly can be imported by name.
    if (error instanceof ListingPageError && inFolder) {
      copies.refusedAsNoReport(display);
      console.error(`${display}: not imported, it ${error.message}`);
      continue;
    }
    // JSON or CSV found in a folder that is no export of incidents is data beside the reports, as before;
    // said apart when its folder or name says it may hold an incident (a catalogue kept in its own schema).
    if (error instanceof NotAReportError && inFolder) {
      copies.refusedAsNoReport(display);
      // Said whatever it is, one line for each format (round 63: the rest was passed over unsaid).
      dataPassedOver.push({ file: display, why: dataPassedOverWhy(relative(root, source).split(sep).join('/')) });
      continue;
    }
    // A file without read permission: said in words, as for one found unreadable in a folder.
    const message = (error as NodeJS.ErrnoException).syscall ? `cannot be read: ${readErrorWords(error)}.` : (error as Error).message;
    files.push({ source: display, output: '', error: message, checkErrors: 0, checkWarnings: 0 });
    continue;
  }
  // A page of a folder telling no incident, not refused above as a page of a named kind (a strategy, a
  // design) nor as one of no text: said with the others of its kind (round 62), not drafted.
  const untoldWhy = untoldPages.get(source);
  if (untoldWhy && !content.parts && content.text.trim()) {
    copies.refusedAsNoReport(display);
    untoldPassedOver.push({ file: display, why: untoldWhy });
    continue;
  }
  // An export (status page, issue tracker, incident log sheet) holds many incidents: each is imported as a report of its own.
  // What is said of the whole file (a sheet's columns) is said once, with its first incident.
  for (const [i, part] of (content.parts ?? [{ label: '', text: content.text }]).entries()) {
    importOne(`${display}${part.label}`, source, root, !!inFolder, { ...content, text: part.text, notesBefore: [...content.notesBefore, ...(i === 0 ? content.firstPartNotes ?? [] : []), ...('notes' in part && part.notes ? part.notes : [])], ...('startField' in part && part.startField ? { exportStartField: part.startField } : {}) });
  }
}

for (const line of describePassedOver([...dataPassedOver, ...textlessPassedOver, ...untoldPassedOver, ...copiesOfNoReport])) console.error(line);
// JSON or CSV files that were no export of incidents were all there was: as for a folder with no report at all.
if (!files.length) {
  console.error(`${positionals.join(', ')}: no report found; hidden files, pictures, data (JSON or CSV that is no export of incidents), code, READMEs, licences and templates are not read. Name the folder that holds the reports, or a report file.`);
  process.exit(1);
}

function importOne(display: string, source: string, root: string, inFolder: boolean, content: ReportContent): void {
  let result;
  const embedded: EmbeddedImage[] = content.images;
  try {
    // An empty file became a draft titled after its file name, with nothing of a report in it.
    // Found in a folder (a built site's frame page of styles only, import round 50), it is passed over
    // and said, as other files that are no reports are: it failed the whole import (exit 1).
    if (!content.text.trim() && !embedded.length) {
      if (inFolder) {
        textlessPassedOver.push({ file: display, why: textlessFileWhy });
        return;
      }
      throw new Error('the file is empty (no text to import); give the report itself, or leave this file out.');
    }
    result = importReport(display, content.text, { vocabulary, zone, folderZone: zone ? undefined : folderZone(source, root), today, batchFacts, siteNavTitle: content.parts ? undefined : siteNavTitle(source, inFolder ? root : undefined), exportKind: content.exportKind, startStatedApart: content.startStatedApart, recordTimes: content.recordTimes, exportStartField: content.exportStartField, keepPlannedWork: values.maintenances });
    result.notes = [...content.notesBefore, ...result.notes, ...content.notesAfter];
  } catch (error) {
    // Planned work found in a folder is passed over and said, as a page of another kind is; named, it is refused.
    if ((error instanceof PlannedWorkError || error instanceof AnnouncementError) && inFolder) {
      console.error(`${display}: not imported, it ${error.message}`);
      return;
    }
    files.push({ source: display, output: '', error: (error as Error).message, checkErrors: 0, checkWarnings: 0 });
    return;
  }
  // Never overwrite: a second report with the same title and day gets -2, -3, ...
  // A report titled "Aux" without a day would be aux.mdx, a device name on Windows (file/name).
  const base = result.fileName.replace(/\.mdx$/, '').replace(/^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/, '$1-incident');
  let id = base;
  for (let n = 2; existingIds.has(id); n++) id = `${base}-${n}`;
  existingIds.add(id);
  knownIds.add(id);
  const path = join(outDir, `${id}.mdx`);
  // The report's images go beside the draft; one that cannot be found is left as text.
  let images: ReturnType<typeof placeImages>;
  let check: ReturnType<typeof validatePostmortemSource>;
  try {
    images = placeImages(result.draft, { sourceFile: source, sourceRoot: root, outDir, draftId: id, isFile, embedded });
    check = validatePostmortemSource(shownFromWorkingFolder(path), id, images.draft, { vocabulary, knownIds, contentDir });
  } catch (error) {
    // One report the converter got wrong must not stop the others: it is listed as failed.
    files.push({ source: display, output: '', error: `the draft made from it does not parse (${(error as Error).message}); copy this report by hand (npm run new) and report the file as a bug.`, checkErrors: 0, checkWarnings: 0 });
    return;
  }
  files.push({
    source: display,
    output: shownFromWorkingFolder(path),
    result,
    images: {
      copied: images.copies.map(({ from, to }) => ({ from: shownFromWorkingFolder(from), to: shownFromWorkingFolder(to) })),
      missing: images.missing,
      remote: images.remote,
    },
    // An image the import copies is there once the draft is written; the check runs before.
    checkErrors: check.findings.filter((f) => f.severity === 'error' && !(f.rule === 'mdx/missing-image' && images.copies.some(({ to }) => f.message.includes(to)))).length,
    checkWarnings: check.findings.filter((f) => f.severity === 'warning').length,
    tooLongToPublish: check.findings.filter((f) => f.rule === 'schema/too-long').map((f) => f.message),
  });
  planned.push({ path, text: images.draft, images: images.copies });
}


if (!values['dry-run']) {
  // An output folder that cannot be made or written (a read-only mount, no permission) stopped
  // the import with Node's stack trace; said in one line, with what was written before it.
  const written: string[] = [];
  let writing = outDir;
  try {
    mkdirSync(outDir, { recursive: true });
    for (const { path, text, images } of planned) {
      writing = path;
      writeNewFile(path, text);
      written.push(path);
      for (const { from, to, bytes } of images) {
        writing = to;
        mkdirSync(dirname(to), { recursive: true });
        if (bytes) writeNewFile(to, bytes);
        else copyNewFile(from, to);
      }
    }
  } catch (error) {
    console.error(`--out ${values.out ?? outDir}: ${newFileWriteProblem(error, writing)}. Give a folder the drafts can be written to; ${written.length ? `${written.length} draft(s) were written before it: ${written.map((path) => shownFromWorkingFolder(path)).join(', ')}` : 'nothing was written'}.`);
    process.exit(2);
  }
}
const totals = summarise(files, batchFacts);
if (values.json) {
  console.log(JSON.stringify({ totals, files: files.map(({ result, ...file }) => ({ ...file, ...(result && { ...result, draft: undefined }) })) }, null, 2));
} else {
  // The batch steps after an import were not said here: adopters edited every draft by hand (docs/adopting.md, "Adoption walkthrough").
  const next = !values['dry-run'] && planned.length ? `Next: npm run fill -- --vocabularies lists the services, tags and triggers the drafts point at that the vocabularies lack; npm run fill -- --set field=value… fills a fact of the whole batch where a draft has none, --publish YYYY-MM-DD publishes those then complete; fill in the rest per draft, then npm run check -- ${shownFromWorkingFolder(outDir)}/<file>.mdx` : undefined;
  console.log(importOutputText(files, totals, { dryRun: !!values['dry-run'], next }));
}
process.exitCode = totals.failed ? 1 : 0;
