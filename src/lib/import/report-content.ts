import { metricsExportKind } from './metrics-export.ts';
import { viewTemplateEngine, loadingPlaceholderWords, formFragmentControls } from './view-templates.ts';
import { keyOrCertificateOpening, keyOrCertificateWhy } from './report-files.ts';
import { postmortemRecordsOf, readPostmortemRecords } from './postmortem-records.ts';
import { metricsExpositionLines, programLogLines } from './program-log.ts';
import { parseWrittenYaml } from './written-yaml.ts';
import { decodeReportBytes } from './report-encoding.ts';
import { binaryKind } from '../binary-file.ts';
import { readStatusExport } from './status-exports.ts';
import { readStateChangeList } from './state-change-feed.ts';
import { appleStatusFileName, appleStatusJson, readAppleSystemStatus } from './apple-system-status.ts';
import { readIncidentRecord } from './incident-records.ts';
import { readStatusDataFile } from './status-data-file.ts';
import { readGatusAnnouncements } from './gatus-announcements.ts';
import { readCachetIncidents } from './cachet-incidents.ts';
import { isStatusPageIssue } from './metadata-times.ts';
import { isFeedName, isFeedText, readStatusFeed } from './status-feeds.ts';
import { readIssueExport } from './issue-exports.ts';
import { readIncidentSheet } from './incident-sheets.ts';
import { readDatedLog } from './dated-log.ts';
import { readSpanHeadedLog } from './span-headed-log.ts';
import { plainSectionHeadings, readmeIncidents, readmeIncidentPartsNote, readmeName, readmeSharedHeading, sharedReadmeSection } from './readme-report.ts';
import { readStampedLinesLog } from './stamped-lines-log.ts';
import { isOldWordDocumentName, isWordDocumentName, wordDocumentToHtml, type EmbeddedImage } from './word-document.ts';
import { pointerPageSentence } from './pointer-page.ts';
import { issueTemplateName } from './issue-template.ts';
import { blankFieldsTemplate, blanksInProseTemplate, instructionSectionsTemplate, quotedGuidanceTemplate, unfilledTemplate } from './unfilled-template.ts';
import { assignmentBriefPhrases } from './assignment-brief.ts';
import { docsSitePageTitle, knowledgeBaseNoteTitle, notionPageCategory, otherDocumentKind, statedDocumentKind } from './other-document.ts';
import { commandOutputKind } from './command-output.ts';
import { newsArticleTitle } from './news-article.ts';
import { biographyLeadName } from './biography-lead.ts';
import { landingPageLayout } from './site-landing-page.ts';
import { appShellNote, describeUnreadableJson, controlsPageButtons, scriptDrawnPageLabels, signInPageHeading, sourceCodeLanguage, titleOfHtmlWithoutText } from './unreadable-source.ts';
import { detectFormat } from './source-text.ts';
import { isUptimeMonitorState, uptimeMonitorStateWords } from './uptime-monitor-state.ts';
import { readCsvTable, sheetShapeProblem } from './csv-table.ts';
import { leadingFrontmatter } from './leading-frontmatter.ts';

/** A report file's content as the importer reads it, and what to say about how it was read. */
export interface ReportContent {
  /** The text `importReport` reads: the file decoded, or a Word document made HTML. */
  text: string;
  /** Images a Word document holds, to be copied beside the draft. */
  images: EmbeddedImage[];
  /** Notes to put before the importer's own (how the bytes were decoded). */
  notesBefore: string[];
  /** Notes to put after them (what of a Word document was not imported). */
  notesAfter: string[];
  /**
   * A file holding many incidents (a status page's or issue tracker's JSON export, an incident log
   * kept as a spreadsheet): one report each, named within the file (`#<incident id>`, `#row-3`),
   * imported as files of their own. `text` is then empty. `source` is the incident's texts as the
   * file holds them (a row's cells, an issue's body and comments), for measuring that none is lost.
   */
  parts?: { label: string; text: string; source?: string; startField?: string; /** Notes of this part alone (a README's incident that writes no day). */ notes?: string[] }[];
  /** Which export the parts come from ("Google Cloud status incidents export", "GitHub issues export", "CSV incident log"). */
  exportKind?: string;
  /** Notes about the whole file (which columns of a sheet were read), said with its first part only: a sheet of 500 rows would repeat them 500 times. */
  firstPartNotes?: string[];
  /** The parts state their key times apart from their timeline (an incident log's columns): passed to importReport. */
  startStatedApart?: boolean;
  /** The report is a status record whose own start and end bound the incident: passed to importReport. */
  recordTimes?: boolean;
  /** The export's own field for an incident's start (Google Cloud's `begin`): passed to importReport. */
  exportStartField?: string;
}

/**
 * A `.json` file may be a status page's export of its incidents (src/lib/import/status-exports.ts);
 * any other JSON is data, not a report. Folders are searched for both; a file given by name that
 * is neither is refused with what is read.
 */
export const isJsonName = (name: string) => /\.json$/i.test(name);
/**
 * JSON kept under a name of its own making (a game mod's `pack.mcmeta`, its editor's `postmortem.mcreator`:
 * import round 62), not under a report's extension: read as JSON is (data, or an export of incidents),
 * not as Markdown (two drafts of braces and keys). Checked by its first character, then parsed whole.
 */
export function isJsonUnderOtherName(name: string, text: string): boolean {
  if (/\.(?:md|markdown|mdx|txt|text|html?|xhtml|rst|adoc|asciidoc|org)$/i.test(name)) return false;
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!/^[[{]/.test(trimmed)) return false;
  try {
    const value = JSON.parse(trimmed) as unknown;
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}
/** A `.yml`/`.yaml` file: one incident a status page keeps as a YAML record (src/lib/import/incident-records.ts), or data. */
export const isYamlName = (name: string) => /\.ya?ml$/i.test(name);
/** A JSON Lines file (`.jsonl`, `.ndjson`): an incident platform's export, one incident a line (import round 53), or data. */
export const isJsonLinesName = (name: string) => /\.(?:jsonl|ndjson)$/i.test(name);
/** A spreadsheet saved as text (`.csv`, `.tsv`): an incident log, one incident a row, or data. */
export const isSheetName = (name: string) => /\.(?:csv|tsv)$/i.test(name);

/** The export kinds read from JSON, named in the refusal of any other JSON. */
const jsonExportKinds = 'Statuspage incidents.json, Google Cloud incidents.json, AWS Service Health Dashboard archive, Apple System Status file ({ services: [{ serviceName, events }] }), one status page incident a JSON file ({ name, updates: [{ date, status, content }] }) or a list of them, a status page\'s state changes ({ entries: [{ at, component, from, to }] }), GitHub issues (gh issue list --json or the REST API), Jira issues (REST API), Cachet incidents (its API: { data: [{ name, message, status, occurred_at, updates }] })';

/**
 * Reads one report file's bytes for the importer: a Word document (.docx, a zip of XML) is made
 * HTML with the images it holds; any other file is decoded as text (src/lib/import/report-encoding.ts).
 * `npm run import` and the measuring script read reports through this, so the measure is of what
 * the import does. Throws for a Word 97-2003 `.doc`, with the fix.
 */
/** What an issue tracker's export passed over (Jira's sub-tasks), said once with its first draft; none for other exports. */
const passedOverIn = (exported: object): string[] => ('passedOver' in exported && Array.isArray(exported.passedOver) ? exported.passedOver : []);

export async function readReportContent(name: string, bytes: Uint8Array): Promise<ReportContent> {
  if (isOldWordDocumentName(name)) throw new Error('is a Word 97-2003 document (.doc), which is not read: open it in Word or LibreOffice and save it as .docx, then import that.');
  if (isWordDocumentName(name)) {
    const word = await wordDocumentToHtml(bytes);
    return {
      text: word.html,
      images: word.images,
      notesBefore: [],
      notesAfter: [
        ...(word.comments ? [`the document holds ${word.comments} comment(s) in its margin, not imported (they are not the report's text): copy into the draft any that should stay`] : []),
        ...(word.unreadStyles.length ? [`Word styles read as plain text (their look is not kept, their words are): ${word.unreadStyles.join(', ')}`] : []),
      ],
    };
  }
  const binary = binaryKind(bytes);
  if (binary?.startsWith('UTF-32')) throw new Error('is UTF-32 text, which is not read: save it as UTF-8 (your editor\'s "Save with encoding", or iconv -f UTF-32 -t UTF-8) and import it again.');
  // A ListingPageError: found in a folder under a report's extension (a course's `notes.md` of NUL
  // bytes) it is passed over and said; it failed the whole import (round 50's leftover). Named, refused.
  if (binary) throw new ListingPageError(`is not text but ${binary}: read as text, it would become a draft of garbled characters. Give the report as text (Markdown, HTML, plain text) or as .docx; export it from the program that made it.`);
  const decoded = decodeReportBytes(bytes);
  if (isSheetName(name)) {
    if (!decoded.text.trim()) throw new Error('the file is empty (no text to import); give the report itself, or leave this file out.');
    const table = readCsvTable(name, decoded.text);
    // A monitoring system's export of samples (src/lib/import/metrics-export.ts): said for what it is,
    // before its rows are weighed (its labels' commas would have it refused as unreadable).
    const metrics = metricsExportKind(table.header, name);
    if (metrics) throw new NotAReportError(`is a metrics export, not an incident log: ${metrics}. It holds numbers over time and no report; import the report written about them (quote the figures it needs in its impact or timeline), and leave this file out.`);
    const shape = sheetShapeProblem(table);
    if (shape) throw new Error(`is a spreadsheet whose rows cannot all be read: ${shape}`);
    const sheet = readIncidentSheet(name, decoded.text);
    if ('why' in sheet) throw new NotAReportError(`is a spreadsheet but not an incident log (one incident a row), so it holds no report to import: ${sheet.why}. Name the columns in its first row (Title, Date or Start, Severity, Impact, Root cause, Action items, …), or export the reports themselves.`);
    return { text: '', images: [], notesBefore: [...(decoded.note ? [decoded.note] : []), `read as a ${sheet.kind}: one draft per row`, ...sheet.notes], notesAfter: [], parts: sheet.reports, exportKind: sheet.kind, startStatedApart: true, firstPartNotes: sheet.fileNotes };
  }
  // A status page's history as a feed (`history.atom`, `history.rss`; `.xml` when its text is one).
  if (isFeedName(name) || (/\.xml$/i.test(name) && isFeedText(decoded.text))) {
    const feed = readStatusFeed(decoded.text);
    if (!feed) throw new NotAReportError('is not an Atom or RSS feed with entries (a status page\'s history.atom or history.rss), so it holds no report to import.');
    // What of the feed was left out (planned work) is said once, with its first entry.
    return { text: '', images: [], notesBefore: [...(decoded.note ? [decoded.note] : []), `read as an ${feed.kind}: one draft per ${feed.draftOf}`], notesAfter: [], parts: feed.reports, exportKind: feed.kind, firstPartNotes: feed.notes };
  }
  // One incident a status page keeps as a YAML record (`meta_data: { title, start_date, … }`, `content`).
  if (isYamlName(name)) {
    // A status page's data file listing every incident it showed (a Jekyll site's `_data/status.yml`).
    const dataFile = readStatusDataFile(decoded.text);
    if (dataFile) return { text: '', images: [], notesBefore: [...(decoded.note ? [decoded.note] : []), `read as a ${dataFile.kind}: one draft per incident`], notesAfter: [], parts: dataFile.reports, exportKind: dataFile.kind, recordTimes: true, firstPartNotes: dataFile.notes };
    // A Gatus status page's configuration: its `announcements` (src/lib/import/gatus-announcements.ts).
    const gatus = readGatusAnnouncements(decoded.text);
    if (gatus && !gatus.reports.length) throw new NotAReportError(`is a ${gatus.kind} whose announcements are notices only (no \`outage\` or \`warning\`), so there is no incident to import.`);
    if (gatus) return { text: '', images: [], notesBefore: [...(decoded.note ? [decoded.note] : []), `read as a ${gatus.kind}: one draft per outage or warning`], notesAfter: [], parts: gatus.reports, exportKind: gatus.kind, recordTimes: true, firstPartNotes: gatus.notes };
    const record = readIncidentRecord(decoded.text);
    // Postmortems kept as YAML records of their sections, one a file or a list of them (round 50).
    const postmortems = record ? undefined : readPostmortemRecords(decoded.text);
    if (postmortems) return { text: '', images: [], notesBefore: decoded.note ? [decoded.note] : [], notesAfter: [], parts: postmortems.reports, exportKind: 'postmortem record (YAML)', firstPartNotes: postmortems.notes };
    if (!record && isUptimeMonitorState(decoded.text)) throw new ListingPageError(uptimeMonitorStateWords);
    if (!record) throw new NotAReportError('is YAML but not an incident record (a title, a start date and a text: `title`, `start_date`, `content`, or the same under `meta_data`), so it holds no report to import.');
    return { text: record.text, images: [], notesBefore: [...(decoded.note ? [decoded.note] : []), ...record.notes], notesAfter: [], exportKind: 'status page incident (YAML)', recordTimes: true };
  }
  // An incident platform's export written one JSON record a line (Rootly's, FireHydrant's, incident.io's
  // incidents: import round 53): named, it was one draft of every line; in a folder, passed over unsaid. One draft a record now.
  if (isJsonLinesName(name)) {
    const lines = decoded.text.replace(/^\uFEFF/, '').split(/\r?\n/).map((line, i) => ({ line: i + 1, text: line.trim() })).filter(({ text }) => text);
    const values = lines.map(({ line, text }) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new NotAReportError(`is a JSON Lines file whose line ${line} is not JSON, so its records cannot be read: write one JSON value a line (an incident's record), or export it again.`);
      }
    });
    const exported = readIssueExport(values) ?? postmortemRecordsOf(values, 'JSON Lines');
    if (!exported) throw new NotAReportError(`is a JSON Lines file of ${values.length} value(s), none an incident's record (a title, a day such as \`created_at\` or \`started_at\`, and two fields of prose such as \`description\`, \`root_cause\`, \`timeline\`), so it holds no report to import.`);
    const kind = 'kind' in exported ? String(exported.kind) : 'postmortem record (JSON Lines)';
    return { text: '', images: [], notesBefore: [...(decoded.note ? [decoded.note] : []), ...('kind' in exported ? [`read as a ${kind}: one draft per incident`] : [])], notesAfter: [], parts: exported.reports, exportKind: kind, firstPartNotes: [...exported.notes, ...passedOverIn(exported)] };
  }
  if (isJsonName(name) || appleStatusFileName.test(name) || isJsonUnderOtherName(name, decoded.text)) {
    // A status page's history of state changes as JSON (the entries its feed publishes), read as the feed is.
    const stateChanges = readStateChangeList(parsedJson(decoded.text));
    if (stateChanges) return { text: '', images: [], notesBefore: [...(decoded.note ? [decoded.note] : []), `read as a ${stateChanges.kind}: one draft per incident`], notesAfter: [], parts: stateChanges.reports, exportKind: stateChanges.kind, firstPartNotes: stateChanges.notes };
    const exported = readStatusExport(decoded.text) ?? readAppleSystemStatus(appleStatusJson(decoded.text)) ?? readIssueExport(parsedJson(decoded.text)) ?? readCachetIncidents(parsedJson(decoded.text));
    if (!exported && isUptimeMonitorState(decoded.text)) throw new ListingPageError(uptimeMonitorStateWords);
    // An incident platform's record (or a list of them) of its own fields: a title, a day and sections of prose (import round 53).
    const records = exported ? undefined : postmortemRecordsOf(parsedJson(decoded.text), 'JSON');
    if (records) return { text: '', images: [], notesBefore: decoded.note ? [decoded.note] : [], notesAfter: [], parts: records.reports, exportKind: 'postmortem record (JSON)', firstPartNotes: records.notes };
    // Said, not passed over unsaid as a `.json` beside the reports is: its name does not tell it is data.
    if (!exported && !isJsonName(name) && !appleStatusFileName.test(name)) throw new ListingPageError(`is JSON kept under a name of its own (\`${/\.[^./\\]+$/.exec(name)?.[0] ?? name}\`: a program's settings, data or workspace), not an export of incidents (${jsonExportKinds}): no report to import.`);
    if (!exported) throw new NotAReportError(describeUnreadableJson(decoded.text) ?? `is JSON but not an export of incidents (${jsonExportKinds}), so it holds no report to import.`);
    // A status page's export of no incident (`{"incidents": []}`) was "no report found … Name the folder that holds the reports".
    if (!exported.reports.length) throw new NotAReportError(`is a ${exported.kind} holding no incident, so there is nothing to import. Export it again with the period that holds the incidents.`);
    return { text: '', images: [], notesBefore: [...(decoded.note ? [decoded.note] : []), `read as a ${exported.kind}: one draft per incident`, ...exported.notes], notesAfter: [], parts: exported.reports, exportKind: exported.kind, ...('startField' in exported && exported.startField ? { exportStartField: exported.startField } : {}), ...(passedOverIn(exported).length ? { firstPartNotes: passedOverIn(exported) } : {}) };
  }
  // XML that is neither a feed nor Confluence's storage format was imported as a draft of its markup.
  if (/\.xml$/i.test(name) && detectFormat(name, decoded.text) !== 'html') throw new NotAReportError('is XML but neither a Confluence page in its storage format (ac: and ri: elements) nor a status page\'s Atom or RSS feed, so it holds no report to import. Export the page again from Confluence or the status page, or give the report itself.');
  // A script or style sheet saved beside a page under a name without its extension (`batch.js.<untitled>`, `css`).
  const code = sourceCodeLanguage(decoded.text);
  if (code) throw new ListingPageError(`is ${code === 'CSS' ? 'a CSS style sheet' : 'JavaScript code'} (its lines are ${code === 'CSS' ? 'rules such as `selector { property: value; }`' : 'statements closed by `;`, `{` and `}`'}), not a report: a file a saved web page keeps beside it, its name without the extension that would say so. Import the page itself (its .html), or give the report as text.`);
  // A web app's page shell found among the reports (a status site's sources) is part of the site, not an empty report.
  const shell = appShellNote(decoded.text);
  if (shell !== undefined) throw new ListingPageError(`is the page shell of a web app (scripts and an empty element they fill${shell ? `; its only words, "${shell}", are for a browser without scripts` : ''}): no report text to import. If the app shows reports, import what it reads (its JSON export of incidents) or the pages saved once they show.`);
  // A page of figures its scripts draw (a status site's dashboard), labels and no prose.
  const labels = scriptDrawnPageLabels(decoded.text);
  if (labels) throw new ListingPageError(`is a page whose figures its scripts draw (a \`<script>\` fills its empty panels when it opens), with labels${labels.length ? ` ("${labels.join('", "')}"…)` : ''} and no sentence of prose: a dashboard, not a report. Import the incidents it shows from where they are kept (their pages, or an export).`);
  // A page of an app's controls (a dashboard's calculators: "Monday Reporting (Part 1)", "Begin"): round 54.
  const buttons = controlsPageButtons(decoded.text);
  if (buttons) throw new ListingPageError(`is a page of an app's controls (buttons${buttons.length ? ` such as "${buttons.join('", "')}"` : ''}) with one line of prose at most: a tool's page, not a report. If the app keeps reports, import them from where they are kept.`);
  // An app's sign-in page saved beside its code (a password field under "Admin Login"): round 60.
  const signIn = signInPageHeading(decoded.text);
  if (signIn) throw new ListingPageError(`is an app's sign-in page ("${signIn}": a heading that names signing in over a password field), not a report: part of the app. If the app keeps reports, import them from where they are kept.`);
  // A news site's article on another subject, saved as a page (round 61): no incident in its title or headings.
  const article = detectFormat(name, decoded.text) === 'html' ? newsArticleTitle(decoded.text) : undefined;
  if (article) throw new ListingPageError(`is an article on another subject ("${article}": a page marked up as an article whose title names no incident, none of whose headings is a report's section such as "Timeline" or "Root cause", and few of whose headings name an incident), not a report of an incident. If it tells one, import it by name after giving it a heading such as "What happened" or "Root cause".`);
  const titleOnly = titleOfHtmlWithoutText(decoded.text);
  // In a folder it is passed over and said (a built site's frame page of styles only failed the whole import: round 50).
  if (titleOnly !== undefined) throw new ListingPageError(`holds no text but ${titleOnly ? `its title ("${titleOnly}")` : 'its markup'}: the page's body is empty, as an export of an empty page, or of a page whose text a script loads once it opens, leaves it. Export the page again once its text shows (the browser's "Save page as", or the wiki's export), and import that.`);
  // A site generator's page of settings (xREL's status site: `content/default/admin/config.md`,
  // `title`, `date`, `type: page`, `outputs: [netlifyyaml]` between `---` lines and nothing after)
  // holds no report: its "title:" line was read as a labelled title and made a draft of nothing.
  if (isFrontmatterOnly(decoded.text)) throw new ListingPageError('holds frontmatter only (its settings between `---` lines) and no text: a site generator\'s page, not a report.');
  if (isTemplateListingPage(decoded.text)) throw new ListingPageError('is a page of a site generator made of template code only (Liquid, Jinja or Hugo tags such as `{% for pm in site.pages %}` that list the site\'s pages): no report text to import. Import the pages it lists.');
  // A key or certificate named with an extension a report may have (`deploy-key.txt`): never read into a draft (round 50).
  if (keyOrCertificateOpening(decoded.text)) throw new ListingPageError(`is ${keyOrCertificateWhy.replace(/: not read, not put in a draft$/, '')}: not imported, and nothing of it is put in a draft.`);
  // A web app's view template (a status dashboard's Qute `issues.html`, an Underscore widget's `.htm`): its markup, no report (round 50).
  const engine = viewTemplateEngine(decoded.text);
  if (engine) throw new ListingPageError(`is a web app's view template (${engine} tags that loop over the app's data or include its layout) with no sentence of its own: part of the app, no report text to import. If the app shows reports, import what it reads, or the pages saved once they show.`);
  // A web app's form, a piece of a page with no sentence (a Go app's `_fields.html`): round 55.
  const controls = formFragmentControls(decoded.text);
  if (controls) throw new ListingPageError(`is a piece of a web app's page holding a form (${controls.map((control) => `<${control}>`).join(', ')}) and no sentence of its own: part of the app, no report text to import. If the app shows reports, import what it reads, or the pages saved once they show.`);
  const loading = loadingPlaceholderWords(decoded.text);
  if (loading) throw new ListingPageError(`is an app's placeholder element ("${loading}", shown until its script fills it) and nothing else: part of the app, no report text to import.`);
  // A page left where something moved ("The storage graphs are now on the status page."): no incident.
  const pointer = pointerPageSentence(decoded.text);
  if (pointer) throw new ListingPageError(`is a page that only points elsewhere ("${pointer}"): one sentence with a link, naming no incident, day or time, so it holds no report to import. Import the page it points to, if that holds the reports.`);
  // A report template committed and never filled in ("## `<Summary>` - POSTMORTEM - `<DATE>`"): no incident.
  const template = unfilledTemplate(decoded.text);
  if (template) throw new ListingPageError(`is a report template never filled in (titled "${template.title}", its text placeholders such as ${template.placeholders.slice(0, 3).map((p) => `\`${p}\``).join(', ')} and no day written): no incident to import. Fill it in and import it, or leave it out.`);
  // A template whose title names no placeholder, its fields left blank ("**Owner:** {{ meta-handbook.owner }}"): round 54.
  const blankFields = blankFieldsTemplate(decoded.text);
  if (blankFields) throw new ListingPageError(`is a template whose fields are left to fill (${blankFields.blank.length} of its ${blankFields.fields} fields blank: ${blankFields.blank.slice(0, 4).map((label) => `"${label}"`).join(', ')}${blankFields.title ? `; titled "${blankFields.title}"` : ''}), not a report of an incident. Fill it in and import it, or leave it out.`);
  // A template written as sentences with blanks ("A total of \__\_ incidents were declared …"): round 56.
  const proseBlanks = blanksInProseTemplate(decoded.text);
  if (proseBlanks) throw new ListingPageError(`is a report template written as sentences with blanks to fill (${proseBlanks.count} blanks such as ${proseBlanks.blanks.slice(0, 3).map((blank) => `"${blank}"`).join(', ')}${proseBlanks.title ? `; titled "${proseBlanks.title}"` : ''}) and no day written: no incident to import. Fill it in and import it, or leave it out.`);
  // A GitHub issue template (`name:` and `about:` in its frontmatter): a form for new issues (round 56).
  const issueForm = issueTemplateName(decoded.text);
  if (issueForm) throw new ListingPageError(`is a GitHub issue template ("${issueForm}": its frontmatter's \`name\` and \`about\` are the form's, for opening an issue), not a report of an incident. Import the issues filed with it, or a report written from one.`);
  // A template whose sections still hold their instructions, one filled ("Describe the events leading up to the incident."): round 54.
  const instructions = instructionSectionsTemplate(decoded.text);
  if (instructions) throw new ListingPageError(`is a report template whose sections still hold only their instructions (${instructions.sections.length} of its ${instructions.sections.length + instructions.filled} sections: ${instructions.sections.slice(0, 4).map((heading) => `"${heading}"`).join(', ')}${instructions.title ? `; titled "${instructions.title}"` : ''}), not a report of an incident. Fill it in and import it, or leave it out.`);
  // A page template whose every section holds only quoted guidance or unchecked steps ("# 🧠 What Happened" over "> A short, factual summary …"): round 62.
  const guidance = quotedGuidanceTemplate(decoded.text);
  if (guidance) throw new ListingPageError(`is a page template whose ${guidance.sections.length} sections hold only quoted guidance or unchecked steps (${guidance.sections.slice(0, 4).map((heading) => `"${heading}"`).join(', ')}${guidance.title ? `; titled "${guidance.title}"` : ''}) and no day written: no incident to import. Fill it in (your own text outside the quotes) and import it, or leave it out.`);
  // A course's assignment, or an outline of a postmortem's sections, with no day or time of an incident (round 53).
  const brief = assignmentBriefPhrases(decoded.text);
  if (brief) throw new ListingPageError(`says what a postmortem must contain ("${brief.slice(0, 3).join('", "')}") and writes no day or time of day: an assignment or an outline of a report, not a report of an incident. If it tells one, write when it happened (a day, the times of its timeline).`);
  // A site's landing or archive page (`layout: splash`: "Welcome to the Postmortem Dashboard"): round 54.
  const landing = landingPageLayout(decoded.text);
  if (landing) throw new ListingPageError(`is a site's landing or archive page (its frontmatter's \`layout: ${landing}\`: a page that shows or lists other pages), not a report. Import the reports it shows.`);
  // A page whose metadata names its kind, and no incident (`doc_type: 結合テストケース`): round 54.
  const statedKind = statedDocumentKind(decoded.text);
  if (statedKind) throw new ListingPageError(`is a document its metadata names "${statedKind}" (its \`doc_type\`), which names no incident: not a report. If it is one, set its \`doc_type\` to say so (an incident report, a postmortem).`);
  // A page of a Notion export whose \`category\` names no incident ("database", "template"): round 57.
  const notionCategory = notionPageCategory(decoded.text);
  if (notionCategory) throw new ListingPageError(`is a Notion page its export names "${notionCategory}" (its \`category\`), which names no incident: not a report. If it is one, set its \`category\` to say so (postmortem, incident).`);
  // A knowledge base's note (Basic Memory's `type: note` and `permalink`) naming no incident: round 59.
  const note = knowledgeBaseNoteTitle(decoded.text);
  if (note !== undefined) throw new ListingPageError(`is a note of a knowledge base ("${note}": its frontmatter's \`type: note\` and \`permalink\`, as Basic Memory keeps them) whose title names no incident and none of whose headings is a report's section (timeline, root cause, what happened): a project's notes, not a report. If it tells one incident, give it a title that says what happened or a section such as "## Timeline".`);
  // An audit, an inventory or a plan kept beside the reports ("Conformity Report"): no incident.
  const other = otherDocumentKind(decoded.text);
  if (other) throw new ListingPageError(`is ${other.kind} ("${other.title}"), not a report of an incident: ${other.why ?? 'its title names that kind of document and no incident, and none of its headings is a report\'s section (timeline, root cause, what happened)'}. ${other.fix ?? 'If it does tell one, give it a section such as "## Timeline" or "## Root cause", or a title naming what broke.'}`);
  // A documentation site's page (Docsy's `type: docs`) naming no incident, when no kind above said what it is: round 60.
  const docsPage = docsSitePageTitle(decoded.text);
  if (docsPage !== undefined) throw new ListingPageError(`is a page of a documentation site ("${docsPage}": its frontmatter's \`type: docs\`, as Hugo's Docsy theme marks them) whose title names no incident and none of whose headings is a report's section (timeline, root cause, what happened): documentation, not a report. If it tells one incident, give it a title that says what happened or a section such as "## Timeline".`);
  // An encyclopedia's article on a person ("… (born 8 May 1951) is a Welsh glassblower"): round 55.
  const person = biographyLeadName(decoded.text);
  if (person) throw new ListingPageError(`opens as an encyclopedia's article on a person ("${person} (… born …) is …"): a biography, not a report of an incident. If it tells an incident, import the report written of it.`);
  // A status log kept as one page, an entry a dated heading: one report per incident.
  // Or a log of outages each under a heading of its span (src/lib/import/span-headed-log.ts).
  const log = readDatedLog(decoded.text) ?? readStampedLinesLog(decoded.text) ?? readSpanHeadedLog(decoded.text);
  if (log) return { text: '', images: [], notesBefore: decoded.note ? [decoded.note] : [], notesAfter: [], parts: log.reports, exportKind: 'status log page', firstPartNotes: log.notes };
  // A README keeping several incidents, a section each ("# Post Mortems" over "## Search index
  // wiped …", "## Image uploads failing"): one report per incident (import round 47; it was passed
  // over as a README, or one draft of them all).
  const readme = readmeName.test(name.split(/[\\/]/).pop() ?? '') ? readmeIncidents(decoded.text) : undefined;
  // A README of one incident written in parts ("Incidente Parte 1", "Parte 2" under "um incidente duplo") is one report: said why.
  const partsNote = readme || !readmeName.test(name.split(/[\\/]/).pop() ?? '') ? undefined : readmeIncidentPartsNote(decoded.text);
  if (readme) {
    const count = readme.incidents.length;
    const openingWords = readme.opening.match(/\p{L}[\p{L}'’-]*/gu)?.length ?? 0;
    const closingWords = readme.closing?.match(/\p{L}[\p{L}'’-]*/gu)?.length ?? 0;
    const shared = sharedReadmeSection([readme.opening, readme.closing], count);
    return {
      text: '', images: [], notesBefore: decoded.note ? [decoded.note] : [], notesAfter: [],
      parts: readme.incidents.map((incident, i) => ({
        label: `#${i + 1}`,
        text: `${incident.text}${shared}`,
        notes: [
          `incident ${i + 1} of the ${count} this README keeps under "${readme.title}", each a section of its own: its section "${incident.title}" (line ${incident.line}) is this draft's report`,
          ...(incident.dated ? [] : [`the README writes no day for this incident ("${incident.title}"): the draft has none (its file name has no day) and times.started is left to fill; ask its authors, or date it by the commit that added the section (git log -p on the README)`]),
        ],
      })),
      firstPartNotes: [
        ...(openingWords ? [`the README's opening under its title (${openingWords} words: "${readme.opening.replace(/\s+/g, ' ').slice(0, 120)}${readme.opening.length > 120 ? '…' : ''}") is about all its incidents, not one: kept in each draft under "${readmeSharedHeading(count)}"`] : []),
        ...(closingWords ? [`the README's closing sections (${closingWords} words: "${readme.closing!.replace(/\s+/g, ' ').slice(0, 80)}…") are about all its incidents, not one: kept in each draft under "${readmeSharedHeading(count)}"`] : []),
      ],
    };
  }
  // A program's log saved as `.txt` beside the report that quotes it (src/lib/import/program-log.ts).
  const logLines = programLogLines(decoded.text);
  const metricLines = metricsExpositionLines(decoded.text);
  if (metricLines) throw new ListingPageError(`is a program's metrics as scraped (${metricLines} lines in Prometheus' text format: \`# HELP\`, \`# TYPE\` and \`name{labels} value\`), not a report: the evidence a report quotes. Quote the figures that matter in the report, or import a report written of them.`);
  // A command's output saved as text (`kubectl get events`' table, `kubectl describe`'s record): round 55.
  const output = commandOutputKind(decoded.text);
  if (output) throw new ListingPageError(`is ${output}: a command's output, not a report: the evidence a report quotes. Quote the lines that matter in the report, or import a report written of them.`);
  if (logLines) throw new ListingPageError(`is a program's log (${logLines} lines, each a day and time and a level such as INFO or ERROR), not a report: the evidence a report quotes. Quote the lines that matter in the report, or import a report written of them.`);
  const links = reportListingLinks(decoded.text);
  if (links) throw new ListingPageError(`is a list of links to other reports (${links} list items that are a link each, more than its paragraphs of prose): an index of the reports, not a report. Import the reports it lists.`);
  const sectioned = readmeName.test(name.split(/[\\/]/).pop() ?? '') ? plainSectionHeadings(decoded.text) : undefined;
  const sectionedNote = sectioned && `the README has no heading marks; its lines naming a section alone (${sectioned.headings.map((heading) => JSON.stringify(heading)).join(', ')}) are its sections' headings in the draft`;
  return { text: sectioned?.text ?? decoded.text, images: [], notesBefore: [...(decoded.note ? [decoded.note] : []), ...(partsNote ? [partsNote] : []), ...(sectionedNote ? [sectionedNote] : [])], notesAfter: [] };
}

/**
 * A site generator's page whose text is only template code over markup: the OpenStreetMap
 * Operations Working Group's `post-mortems.md` (a heading, then `{% assign … %}{% for pm in … %}
 * <li>{{ pm.date }} – <a …>{{ pm.title }}</a></li>{% endfor %}`) lists the post-mortems beside it;
 * imported, it was a draft of Liquid. It loops (`{% for %}`) and, headings, HTML tags, template
 * tags and expressions aside, no word is left; a page with a sentence of its own is a report.
 */
export function isTemplateListingPage(text: string): boolean {
  const body = text.replace(/^\uFEFF/, '').replace(/^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)\n/, '');
  // A loop over the site's pages or data is a listing; a single tag (GitBook's `{% embed url="…" %}`
  // standing for a post published elsewhere) names where the report is, and stays a draft.
  if (!/\{%-?\s*for\b[\s\S]*?%\}/.test(body)) return false;
  const rest = body
    .replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^#{1,6} .*$/gm, ' ')
    .replace(/&\w+;|[–—\-|:,.()[\]]/g, ' ');
  return !/\p{L}{2,}/u.test(rest);
}

/**
 * A page that lists other reports, one link an item, with little prose of its own: MoJ Cloud
 * Platform's incident log (`* [Incident on 2026-03-30 - …](incidents/2026-03-30-…)` under a heading
 * per quarter, beside the definitions of its measures and a template). Returns how many of its list
 * items are a link each (a date or a few words may stand around it) when there are at least 5 and
 * more than twice its blocks of prose (a paragraph or list item of 8 words or more outside links);
 * otherwise 0. A report with a list of related incidents has more prose than links.
 */
export function reportListingLinks(text: string): number {
  const body = text.replace(/^\uFEFF/, '').replace(/^(?:---|\+\+\+)\n[\s\S]*?\n(?:---|\+\+\+)\n/, '').replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
  let linkItems = 0;
  let prose = 0;
  const words = (s: string) => s.match(/\p{L}[\p{L}'’-]*/gu)?.length ?? 0;
  // A block: a list item with its continuation lines, or a paragraph.
  const blocks = body.split(/\n(?=\s*(?:[-*+]|\d+[.)])\s)|\n\s*\n/);
  for (const raw of blocks) {
    const block = raw.trim();
    if (!block || /^#{1,6}\s/.test(block) || /^<[^>]+>$/.test(block)) continue;
    const item = /^(?:[-*+]|\d+[.)])\s+([\s\S]*)$/.exec(block);
    const withoutLinks = block.replace(/\[([^\]]*)\]\([^)\s]+\)/g, ' ').replace(/<a\b[^>]*>[\s\S]*?<\/a>/gi, ' ');
    if (item && /\[[^\]]+\]\([^)\s]+\)|<a\b[^>]*href=/i.test(item[1]) && words(withoutLinks) <= 4) linkItems++;
    else if (words(withoutLinks) >= 8) prose++;
  }
  return linkItems >= 5 && linkItems > 2 * prose ? linkItems : 0;
}

/**
 * The JSON of an export: one value, or the pages `gh api --paginate` writes one after another
 * (`[…][…]`), or JSON Lines (`jq -c '.[]'`: an object a line), made one array. Undefined when it is
 * none of these.
 */
export function parsedJson(text: string): unknown {
  const json = text.replace(/^\uFEFF/, '').trim();
  const tryParse = (candidate: string) => {
    try {
      return { value: JSON.parse(candidate) as unknown };
    } catch {
      return undefined;
    }
  };
  const whole = tryParse(json);
  if (whole) return whole.value;
  const pages = /^\[[\s\S]*\]$/.test(json) ? tryParse(`[${json.replace(/\]\s*\[/g, '],[')}]`) : undefined;
  if (pages && Array.isArray(pages.value) && pages.value.every(Array.isArray)) return (pages.value as unknown[][]).flat();
  const lines = json.split('\n').filter((line) => line.trim());
  const objects = lines.length > 1 && lines.every((line) => /^\s*\{.*\}\s*$/.test(line)) ? lines.map((line) => tryParse(line)) : undefined;
  return objects && objects.every((o) => o !== undefined) ? objects.map((o) => o!.value) : undefined;
}

/** A file that holds no report (JSON that is not a status export): passed over in a folder, refused when named. */
export class NotAReportError extends Error {}
/** A page of a site that holds no report (a list of links to the reports, template code over the site's pages, a web app's page shell): passed over in a folder and said, refused when named. */
export class ListingPageError extends NotAReportError {}

/** True when `text` is a YAML mapping between `---` fences and nothing else, not a status page's issue: a page's settings, no report. */
export function isFrontmatterOnly(text: string): boolean {
  const fence = leadingFrontmatter(text);
  if (!fence || text.slice(fence[0].length).trim()) return false;
  try {
    const data = parseWrittenYaml(fence[1]);
    // A status page's issue of fields only (IFCA's maintenances: title, date, resolved_on) is a
    // record, and so is frontmatter that holds the report's words (LiveAgent's posts keep each
    // update's text under `incident_states`): only settings, without a sentence, are no report.
    return !!data && typeof data === 'object' && !Array.isArray(data) && !isStatusPageIssue(data) && !holdsProse(data, 'title');
  } catch {
    return false;
  }
}

/** True when a value of `data` (nested too, `skip` aside at the top) is a sentence: five words or more. */
function holdsProse(data: unknown, skip?: string): boolean {
  if (typeof data === 'string') return (data.match(/\p{L}+/gu)?.length ?? 0) >= 5;
  if (Array.isArray(data)) return data.some((value) => holdsProse(value));
  if (data && typeof data === 'object') return Object.entries(data).some(([key, value]) => key !== skip && holdsProse(value));
  return false;
}
