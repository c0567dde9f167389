#!/usr/bin/env node
// node scripts/measure-import.ts <folder>... [--timezone ZONE] [--json]
// Without --timezone, a zone the folder's README, index or template states for its reports applies, as in npm run import.
// Measures npm run import on folders of real reports (kept outside the repository, e.g.
// /work/corpora/<source>/): per folder, files imported, drafts valid for npm run check, timeline
// rows and action items extracted (Word documents, .docx, included) (rows placed by a day alone or from a relative time such as
// "T+15m"), rows that could not be placed (those with a relative time among them), drafts whose body Astro's MDX
// compiler (Sätteri) compiles, images found and copied (as npm run import would) or not found, and
// sentences lost (the import promises none), drafts a filled-in review would hold back (a schema rule a draft is let off: title length, status mark), and the drafts with a `#` heading in the body (lint body/title-heading). Writes nothing. The figures in docs/import.md come from this script.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { NotAReportError, readReportContent } from '../src/lib/import/report-content.ts';
import { basename, join, relative } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { resolveContentDir } = await loadSiteConfig();
import { loadVocabularyOrExit } from './lib/vocabulary-or-exit.ts';
import { leadingCommentLines } from '../src/lib/slug.ts';
import { validatePostmortemSource } from '../src/lib/validate-postmortem.ts';
import { parseZone, zoneOptionProblem } from '../src/lib/import/time-zones.ts';
import { importReport } from '../src/lib/import/import-report.ts';
import { findLostSentences } from '../src/lib/import/kept-text.ts';
import { isWordDocumentName, wordDocumentText, type EmbeddedImage } from '../src/lib/import/word-document.ts';
import { placeImages } from '../src/lib/import/report-images.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { mdxToJs } from 'satteri';
import { findFolderIndexPages, mayBeReportFile, mayBeIncidentExportFile, feedTwinFiles, builtPageTwins } from '../src/lib/import/report-files.ts';
import { folderZoneReader } from './lib/folder-notes.ts';
import { titleHeadingRule } from '../src/lib/lint/headings.ts';
import type { LintContext } from '../src/lib/lint/types.ts';

const { values, positionals } = parseCommandLine({ allowPositionals: true, options: { timezone: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }, { positionals: true });
if (values.help || !positionals.length) {
  console.log(leadingCommentLines(readFileSync(new URL(import.meta.url), 'utf8')).join('\n'));
  process.exit(values.help ? 0 : 2);
}
const vocabulary = loadVocabularyOrExit(resolveContentDir());
const zoneProblem = values.timezone ? zoneOptionProblem('--timezone', values.timezone) : undefined;
if (zoneProblem) {
  console.error(zoneProblem);
  process.exit(2);
}
const zone = values.timezone ? parseZone(values.timezone) : undefined;
// As npm run import picks them; known-names.txt is a corpus's list for the leak measurement.
const reportFile = (name: string) => (mayBeReportFile(name) || mayBeIncidentExportFile(name)) && basename(name) !== 'known-names.txt';

interface FolderFigures {
  folder: string; files: number; imported: number; validDrafts: number; withTimeline: number; timelineRows: number; dateOnlyRows: number; relativeRows: number; unreadRows: number; relativeKept: number;
  withActionItems: number; actionItems: number; withOwner: number; heldBack: number; titleHeadingWarnings: number; draftsWithTitleHeading: number; imagesCopied: number; imagesMissing: number; lostSentences: number; filesLosingText: number; compiled: number;
  unreadReasons: Record<string, number>; missing: Record<string, number>; formats: Record<string, number>;
}

const all: FolderFigures[] = [];
const folderZone = folderZoneReader();
for (const folder of positionals) {
  const found = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(reportFile);
  // A feed's JSON twin and a page built from a source beside it are passed over by the import: not counted either.
  const twins = new Set([...feedTwinFiles(found), ...builtPageTwins(found)].map(({ file }) => file));
  const names = found.filter((name) => !twins.has(name));
  // A folder's index page is passed over by the import (named, not imported): not counted either.
  const indexPages = findFolderIndexPages(names.filter((name) => mayBeReportFile(name)));
  const files = names.filter((name) => !indexPages.has(name)).map((name) => join(folder, name)).filter((f) => statSync(f).isFile()).sort();
  const figures: FolderFigures = { folder: basename(folder), files: files.length, imported: 0, validDrafts: 0, withTimeline: 0, timelineRows: 0, dateOnlyRows: 0, relativeRows: 0, unreadRows: 0, relativeKept: 0, withActionItems: 0, actionItems: 0, withOwner: 0, heldBack: 0, titleHeadingWarnings: 0, draftsWithTitleHeading: 0, imagesCopied: 0, imagesMissing: 0, lostSentences: 0, filesLosingText: 0, compiled: 0, unreadReasons: {}, missing: {}, formats: {} };
  // A status page's JSON export holds many incidents, each measured as a report of its own; other JSON is data.
  // A YAML record is one incident, measured against the report made of it.
  const reports: { file: string; name: string; part?: string; partSource?: string; exportKind?: string; startStatedApart?: boolean; recordTimes?: boolean; exportStartField?: string }[] = [];
  for (const file of files) {
    if (!mayBeIncidentExportFile(relative(folder, file))) {
      // A page of many incidents (a status log of dated entries) is measured as the import reads it, one report each.
      const parts = await readReportContent(file, readFileSync(file)).catch(() => undefined);
      if (!parts?.parts) { reports.push({ file, name: relative(folder, file) }); continue; }
      for (const part of parts.parts) reports.push({ file, name: `${relative(folder, file)}${part.label}`, part: part.text, partSource: part.source, exportKind: parts.exportKind });
      continue;
    }
    try {
      const { parts: exportParts, text, exportKind, startStatedApart, recordTimes, exportStartField } = await readReportContent(file, readFileSync(file));
      // One incident a YAML record is one report, made Markdown by the reader (no parts).
      const parts: { label: string; text: string; source?: string; startField?: string }[] = exportParts ?? (text ? [{ label: '', text }] : []);
      for (const part of parts) reports.push({ file, name: `${relative(folder, file)}${part.label}`, part: part.text, partSource: part.source, exportKind, startStatedApart, recordTimes, exportStartField: part.startField ?? exportStartField });
    } catch (error) {
      if (!(error instanceof NotAReportError)) console.error(`${file}: ${(error as Error).message}`);
    }
  }
  figures.files = reports.length;
  for (const { file, name, part, partSource, exportKind, startStatedApart, recordTimes, exportStartField } of reports) {
    // A Word document is read as the HTML made of it; its sentences are counted from the
    // document's own text (every paragraph and table cell, as Word holds them), not from that HTML.
    let content: string;
    let embedded: EmbeddedImage[] = [];
    let result;
    let keptFrom: { text: string; format: 'markdown' | 'html' | 'text' };
    try {
      const bytes = readFileSync(file);
      if (part !== undefined) content = part;
      else ({ text: content, images: embedded } = await readReportContent(file, bytes));
      // A spreadsheet's row or an issue is measured against its texts as the file holds them
      // (cells, body, comments), not against the report made of them.
      keptFrom = isWordDocumentName(file) ? { text: await wordDocumentText(bytes), format: 'text' } : partSource !== undefined ? { text: partSource, format: 'text' } : { text: content, format: 'markdown' };
      result = importReport(name, content, { vocabulary, zone, folderZone: zone ? undefined : folderZone(file, folder), today: '2026-11-30', exportKind, startStatedApart, recordTimes, exportStartField });
      if (!isWordDocumentName(file) && partSource === undefined) keptFrom.format = result.format;
    } catch (error) {
      console.error(`${name}: ${(error as Error).message}`);
      continue;
    }
    const id = result.fileName.replace(/\.mdx$/, '');
    // As npm run import places them, into a media folder that is never written.
    const outDir = '/nonexistent/postmortems';
    let images: ReturnType<typeof placeImages>;
    try {
      images = placeImages(result.draft, { sourceFile: file, sourceRoot: folder, outDir, draftId: id, isFile: (path) => existsSync(path) && statSync(path).isFile(), embedded });
    } catch (error) {
      // npm run import does not write such a draft, and says so ("does not parse").
      console.error(`${file}: not imported: the draft made from it does not parse (${(error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0]})`);
      continue;
    }
    figures.imported++;
    figures.formats[result.format] = (figures.formats[result.format] ?? 0) + 1;
    result.draft = images.draft;
    figures.imagesCopied += images.copies.length;
    figures.imagesMissing += images.missing.length;
    const check = validatePostmortemSource(join(outDir, result.fileName), id, result.draft, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
    // An image the import copies is there once it has run; this measurement copies nothing.
    const copied = images.copies.map((copy) => copy.to);
    const errors = check.findings.filter((f) => f.severity === 'error' && !(f.rule === 'mdx/missing-image' && copied.some((to) => f.message.includes(to))));
    if (!errors.length) figures.validDrafts++;
    else console.error(`${file}: ${errors.map((e) => `${e.rule} ${e.message}`).join('; ')}`);
    // A draft is let off what the schema refuses in a postmortem under review (a title over 200
    // characters, a status mark or a day alone as the title): warned of here, such a draft is held
    // back once filled in, until someone rewrites it by hand.
    const heldBy = check.findings.filter((f) => f.severity === 'warning' && /^schema\/(?:too-long|plain-text|invalid)$/.test(f.rule));
    if (heldBy.length) {
      figures.heldBack++;
      console.error(`${file}: held back once filled in: ${heldBy.map((f) => `${f.rule} ${f.message}`).join('; ')}`);
    }
    // A `#` heading in the body: the title shown twice, or a second title (body/title-heading).
    // The rule is run here on its own: npm run check runs it with the other lints.
    const titleHeadings = check.tree ? titleHeadingRule.check({ data: { title: result.title }, tree: check.tree, bodyStartLine: 1 } as unknown as LintContext).length : 0;
    figures.titleHeadingWarnings += titleHeadings;
    if (titleHeadings) figures.draftsWithTitleHeading++;
    try {
      mdxToJs(splitFrontmatter(result.draft).body);
      figures.compiled++;
    } catch (error) {
      console.error(`${file}: the draft's body does not compile: ${(error as Error).message.split('\n')[0]}`);
    }
    figures.timelineRows += result.timelineRows;
    figures.dateOnlyRows += result.dateOnlyRows;
    figures.relativeRows += result.relativeRows;
    figures.relativeKept += result.unread.filter((row) => row.relative).length;
    if (result.timelineRows) figures.withTimeline++;
    figures.actionItems += result.actionItems;
    if (result.actionItems) figures.withActionItems++;
    figures.withOwner += (result.draft.match(/^ {4}owner: /gm) ?? []).length;
    figures.unreadRows += result.unread.length;
    for (const row of result.unread) {
      const reason = row.reason.replace(/"[^"]*"/g, '"…"');
      figures.unreadReasons[reason] = (figures.unreadReasons[reason] ?? 0) + 1;
    }
    for (const message of result.toFill) {
      const field = /^(actionItems)\[\d+\]/.exec(message)?.[1] ?? message.split(' ')[0];
      figures.missing[field] = (figures.missing[field] ?? 0) + 1;
    }
    const lost = findLostSentences(keptFrom.text, keptFrom.format, result.draft);
    figures.lostSentences += lost.length;
    if (lost.length) {
      figures.filesLosingText++;
      console.error(`${file}: ${lost.length} sentence(s) not found in the draft, e.g. "${lost[0].slice(0, 80)}"`);
    }
  }
  all.push(figures);
}

if (values.json) {
  console.log(JSON.stringify(all, null, 2));
} else {
  console.log('| corpus | files | formats | valid drafts | held back once filled | MDX compiles | with timeline | timeline rows (date only, relative) | rows not placed (relative) | with action items | action items (with owner) | images copied (not found) | sentences lost |');
  console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const sum = (key: keyof FolderFigures) => all.reduce((n, f) => n + (f[key] as number), 0);
  for (const f of all) {
    console.log(`| ${f.folder} | ${f.files} | ${Object.entries(f.formats).map(([k, v]) => `${k} ${v}`).join(', ')} | ${f.validDrafts} | ${f.heldBack} | ${f.compiled} | ${f.withTimeline} | ${f.timelineRows} (${f.dateOnlyRows}, ${f.relativeRows}) | ${f.unreadRows} (${f.relativeKept}) | ${f.withActionItems} | ${f.actionItems} (${f.withOwner}) | ${f.imagesCopied} (${f.imagesMissing}) | ${f.lostSentences} |`);
  }
  console.log(`| **all** | ${sum('files')} | | ${sum('validDrafts')} | ${sum('heldBack')} | ${sum('compiled')} | ${sum('withTimeline')} | ${sum('timelineRows')} (${sum('dateOnlyRows')}, ${sum('relativeRows')}) | ${sum('unreadRows')} (${sum('relativeKept')}) | ${sum('withActionItems')} | ${sum('actionItems')} (${sum('withOwner')}) | ${sum('imagesCopied')} (${sum('imagesMissing')}) | ${sum('lostSentences')} |`);
  const merge = (key: 'unreadReasons' | 'missing') => Object.entries(all.reduce<Record<string, number>>((acc, f) => { for (const [k, v] of Object.entries(f[key])) acc[k] = (acc[k] ?? 0) + v; return acc; }, {})).sort((a, b) => b[1] - a[1]);
  console.log(`\nRows not placed, by reason: ${merge('unreadReasons').map(([k, v]) => `${k} (${v})`).join('; ') || 'none'}.`);
  console.log(`body/title-heading warnings (a \`#\` heading in the body): ${sum('titleHeadingWarnings')} in ${sum('draftsWithTitleHeading')} drafts.`);
  console.log(`Left to fill (drafts missing each): ${merge('missing').map(([k, v]) => `${k} ${v}`).join(', ')}.`);
}
