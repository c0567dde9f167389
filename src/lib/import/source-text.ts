import TurndownService from 'turndown';
// @ts-expect-error turndown-plugin-gfm ships no types
import { gfm } from 'turndown-plugin-gfm';
import { keptAsComment } from './kept-comment.ts';
import type { importFormats } from '../postmortem-schema.ts';
import { prepareHtmlExport } from './html-exports.ts';
import { activeUrl } from '../active-content.ts';
import { isWordDocumentName } from './word-document.ts';
import { emojiShortcodesAsCharacters } from './emoji-shortcodes.ts';
import { docusaurusAdmonitionsAsQuotes, mkdocsAdmonitionsAsQuotes } from './admonitions.ts';
import { lightMarkupOf, orgToMarkdown, restructuredTextToMarkdown, type LightMarkup } from './light-markup.ts';
import { asciidocToMarkdown } from './asciidoc-markup.ts';
import { parseWrittenYaml } from './written-yaml.ts';
import { liquidTagLinesAsComments } from './liquid-tags.ts';
import { titleLineAsHeading } from './title-line.ts';
import { withoutSiteClasses } from './site-classes.ts';
import { frontmatterProse, frontmatterUpdates, frontmatterUpdatesBesideBody, statusUpdateBlocks, writesMdxComponents, type StatusUpdateBlock } from './update-blocks.ts';
import { mdxExportedMetadata } from './mdx-exported-metadata.ts';
import { nikolaMetadataAsFrontmatter } from './nikola-metadata.ts';
import { isStatusPageIssue } from './metadata-times.ts';
import { underlinedHeadingDepth, underlinedHeadings, unframedTitle } from './plain-text-headings.ts';

export type SourceFormat = (typeof importFormats)[number];

/** A report as Markdown, whatever it was written in, with its own frontmatter set apart. */
export interface SourceText {
  format: SourceFormat;
  markdown: string;
  /** The report's own frontmatter (another tool's), as written, when it has one. */
  foreignFrontmatter?: string;
  /** What that frontmatter is written in: YAML between `---` (Jekyll, Hugo), TOML between `+++` (Hugo, Zola), or the object an MDX page exports (`js`, src/lib/import/mdx-exported-metadata.ts). */
  foreignFrontmatterLanguage?: 'yaml' | 'toml' | 'js';
  foreignData?: Record<string, unknown>;
  /** `<title>` of an HTML page. */
  htmlTitle?: string;
  /** The page title a wiki export states apart from the body (Confluence): it names the report. */
  pageTitle?: string;
  /** AsciiDoc or Org, whose headings, lists and blocks were made Markdown (the words unchanged). */
  convertedFrom?: LightMarkup;
  /** A Word document (.docx), given as the HTML src/lib/import/word-document.ts made of it. */
  wordDocument?: boolean;
  /** A status page's updates written as blocks of their own (Statusfy's `::: update`, an MDX `<Update date>`): see update-blocks.ts. */
  updates?: StatusUpdateBlock[];
  /** MDX import and export lines of the source's site (not the report's words), kept as comments (import round 33). */
  mdxCodeLines?: number;
  /** Lines of a Jekyll site's Liquid tags (`{% include … %}`), kept as comments (import round 37, liquid-tags.ts). */
  liquidTagLines?: number;
  /** The first line of a Markdown report without any heading, made its `#` heading (src/lib/import/title-line.ts). */
  titleLine?: string;
  /** Classes of the source site's style sheet taken off its HTML elements (import round 37, site-classes.ts). */
  siteClasses?: string[];
  /** A post of updates kept in its frontmatter: the post's `date`, as written there (`2022-10-05 05:45+00:00`), when its first update states a time of its own. */
  postedAt?: string;
}

const htmlExtensions = /\.x?html?$/i;
// Confluence storage format (what its API returns) is XHTML with ac:/ri: elements, often saved as .xml.
const confluenceStorage = /<ac:(?:structured-macro|link|task-list|confluence|emoticon|image)\b|<ri:[a-z-]+\b/i;
/**
 * Markdown, also as the source of a site generator's template (Middleman's `.html.md.erb`, the
 * Ministry of Justice's incident pages; `.md.liquid`, `.md.njk`): the template engine's extension
 * comes last, the text is Markdown all the same.
 */
// Quarto's `.qmd` and R Markdown's `.Rmd` are Markdown with YAML frontmatter (UC Berkeley DataHub's
// incident reports, import round 47: read by their marks before, and their folder's `index.qmd` was a draft).
const markdownExtensions = /\.(md|markdown|mdown|mkd|mdx|qmd|rmd)(?:\.(?:erb|liquid|njk|hbs|handlebars|mustache|j2|jinja2?|tt|haml))?$/i;

/** True for the file names the import reads as Markdown (`.md`, `.markdown`, `.mdown`, `.mkd`, `.mdx`, Quarto's `.qmd`, R Markdown's `.Rmd`, and these before a template engine's extension: `.html.md.erb`). */
export const isMarkdownFileName = (name: string): boolean => markdownExtensions.test(name);

/** What a file holds: by extension, else by content (an HTML document, Markdown marks, or plain text). */
export function detectFormat(name: string, content: string): SourceFormat {
  if (htmlExtensions.test(name)) return 'html';
  if (/\.xml$/i.test(name) && confluenceStorage.test(content)) return 'html';
  if (markdownExtensions.test(name)) return 'markdown';
  const start = content.trimStart().slice(0, 500).toLowerCase();
  // A web page saved under `.txt` (a news site's `login_html.txt`, its whole page's markup: a draft
  // titled "login html" of escaped tags, import round 60) is read as the page it is.
  if (/\.txt$/i.test(name)) return start.startsWith('<!doctype html') || start.startsWith('<html') ? 'html' : 'text';
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /<(body|div|p|h1|table)[\s>]/.test(start)) return 'html';
  if (/^(#{1,6} |---\n|[-*] |\d+\. |\|.*\|)/m.test(content) || /\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*/.test(content)) return 'markdown';
  return !/[#*_`|[\]]/.test(content) ? 'text' : 'markdown';
}

/**
 * HTML exports (Google Docs, Confluence, wiki pages) to Markdown with turndown and its GFM plugin
 * (tables, strikethrough, task lists). Scripts, styles and Google Docs' empty anchors are dropped:
 * they hold no sentence of the report.
 */
export function htmlToMarkdown(source: string): { markdown: string; title?: string; pageTitle?: string } {
  // Google Docs classes, Confluence page chrome and storage-format macros made plain first.
  const prepared = prepareHtmlExport(source);
  const html = prepared.html;
  const title = prepared.title ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(source)?.[1]?.replace(/\s+/g, ' ').trim();
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  service.use(gfm);
  // A page's <title> names it (the draft's title, when nothing better does): it is not a paragraph of the body.
  service.remove(['script', 'style', 'head', 'title', 'noscript']);
  // A page's navigation (`<nav>`, `role="navigation"`: a breadcrumb "Orvay Status / History / Company
  // control plane", a site's menu) is the site's links, not a sentence of the report: kept, it was
  // the first paragraph and so the draft's summary (Orvay's incident page, import round 40b).
  service.remove((node) => node.nodeName === 'NAV' || node.getAttribute?.('role') === 'navigation');
  // Google Docs wraps everything in <b id="docs-internal-guid-…" style="font-weight:normal">.
  service.addRule('google-docs-wrapper', {
    filter: (node) => node.nodeName === 'B' && /docs-internal-guid/.test(node.getAttribute('id') ?? ''),
    replacement: (content) => content,
  });
  // An element the saved page hides (the `hidden` attribute, `display: none`, `visibility:
  // hidden`): its words were not the page's readers'. Kept out of sight, as a comment is
  // (keptAsComment); as text, a public post made of the draft showed them.
  service.addRule('hidden-element', {
    filter: (node) => node.nodeType === 1 && (node.hasAttribute('hidden') || /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(node.getAttribute('style') ?? '')),
    replacement: (_content, node) => {
      const words = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      return words ? `\n\n${keptAsComment(words)}\n\n` : '';
    },
  });
  // A link that would run code (`javascript:void(0)` behind a "Show details" toggle of a saved
  // page) keeps its text only: the site refuses such addresses (rule body/active-content).
  service.addRule('active-link', {
    filter: (node) => node.nodeName === 'A' && activeUrl(node.getAttribute('href') ?? '') !== undefined,
    replacement: (content) => content,
  });
  service.addRule('active-image', {
    filter: (node) => node.nodeName === 'IMG' && activeUrl(node.getAttribute('src') ?? '', { image: true }) !== undefined,
    replacement: (_content, node) => (node as HTMLElement).getAttribute('alt') ?? '',
  });
  // A line break inside a table cell stays a <br>: Markdown's own break (two spaces and a newline)
  // would end the table row and spill the rest of the cell out of the table.
  service.addRule('line-break-in-cell', {
    filter: (node) => {
      if (node.nodeName !== 'BR') return false;
      for (let parent = node.parentNode; parent; parent = parent.parentNode) if (parent.nodeName === 'TD' || parent.nodeName === 'TH') return true;
      return false;
    },
    replacement: () => '<br>',
  });
  // Table cells of Docs exports wrap their text in <p>: paragraphs inside a cell would break the
  // Markdown table, so they become line breaks.
  const flatCells = html.replace(/<(td|th)(\b[^>]*)>([\s\S]*?)<\/\1>/gi, (_all, tag: string, attributes: string, inner: string) =>
    `<${tag}${attributes}>${inner.trim().replace(/<\/p>\s*<p\b[^>]*>/gi, '<br>').replace(/<\/?p\b[^>]*>/gi, '')}</${tag}>`);
  // Confluence and Docs tables often have no header row; turndown would keep them as HTML.
  // A first row of header cells makes a Markdown table; Confluence's <colgroup> would hide it
  // from the GFM plugin, and a key/value table (a <th> then <td>s) has none.
  const withHeaders = flatCells.replace(/<colgroup\b[\s\S]*?<\/colgroup>/gi, '').replace(/<table([^>]*)>\s*(?:<tbody\b[^>]*>\s*)?<tr\b[^>]*>([\s\S]*?)<\/tr>/gi, (all, attributes: string, firstRow: string) =>
    !/<td[\s>]/i.test(firstRow) ? all : `<table${attributes}><thead><tr>${firstRow.replace(/<td([\s>])/gi, '<th$1').replace(/<\/td>/gi, '</th>')}</tr></thead><tbody>`);
  return { markdown: service.turndown(withHeaders).replace(/\n{3,}/g, '\n\n').trim() + '\n', title, pageTitle: prepared.title };
}

const sectionLine = /^(?:summary|overview|description|background|impact|customer impact|timeline|chronology|root causes?|causes?|contributing factors|resolution|resolution and recovery|recovery|detection|lessons learned|what went well|what went wrong|where we got lucky|action items|follow[- ]?ups?|next steps|corrective (?:and preventive )?(?:actions|measures))\s*:?$/i;

/**
 * Plain text as Markdown: characters Markdown would read as marks are escaped (a leading "- " or
 * "1. " stays a list, as the writer meant), the first line
 * becomes the title heading and lines that name a usual section ("Timeline", "Action items")
 * become section headings, so the timeline and follow-ups can be found. The words stay the same.
 */
/** A quoted line of plain text: `|` and a space (or nothing) at its start, no `|` closing it as a table row's. */
const quoteLine = /^\|(?= |$)(?!.*\|\s*$) ?/;

export function textToMarkdown(text: string): string {
  let titled = false;
  const lines = text.split('\n');
  // Headings drawn with an underline ("Summary" over "========"): the underline is the heading's
  // mark, not a paragraph (it was the draft's summary); a banner around the title is its frame.
  const underlined = underlinedHeadings(lines);
  const underlinedAt = new Map(underlined.map((heading) => [heading.line, heading]));
  const underlines = new Set(underlined.map((heading) => heading.line + 1));
  const escape = (line: string) => line.replace(/([\\`*_[\]#|<{}])/g, '\\$1');
  return lines
    .flatMap((line, i) => {
      if (underlines.has(i)) return [];
      if (!titled && line.trim()) {
        titled = true;
        const title = unframedTitle(line) ?? line.trim();
        if (title.length <= 120 && !/[.!?]$/.test(title)) return [`# ${escape(title)}\n`];
      }
      const heading = underlinedAt.get(i);
      if (heading) return [`\n${'#'.repeat(underlinedHeadingDepth(heading, underlined))} ${escape(line).trim()}\n`];
      // "| text": a quote, as mail and bulletins mark one (an advisory quoted whole), not a table's row ("| a | b |").
      if (quoteLine.test(line)) return [`> ${escape(line.replace(quoteLine, ''))}`];
      return [sectionLine.test(line.trim()) ? `\n## ${escape(line).trim()}\n` : escape(line)];
    })
    .join('\n');
}

/**
 * A report as Markdown. `content` is the file's text; for a Word document (`.docx`, a zip of XML)
 * it is the HTML made of it by `wordDocumentToHtml`, read as any other HTML export.
 */
export function readSource(name: string, content: string): SourceText {
  if (isWordDocumentName(name)) {
    const { markdown, title } = htmlToMarkdown(content);
    return { format: 'html', markdown, htmlTitle: title, wordDocument: true };
  }
  let text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // AsciiDoc and Org are read by their extension, whatever marks the text happens to hold.
  const markup = lightMarkupOf(name);
  if (markup) {
    // Its metadata (a blog's post directive, a field list; AsciiDoc's front matter or header
    // attributes; Org's keywords) is made YAML frontmatter: read as any report's.
    const markdown = markup === 'AsciiDoc' ? asciidocToMarkdown(text) : markup === 'Org' ? orgToMarkdown(text) : restructuredTextToMarkdown(text);
    const frontmatter = reportFrontmatter(markdown);
    return frontmatter
      ? { format: 'markdown', markdown: markdown.slice(frontmatter.length), foreignFrontmatter: frontmatter.yaml, foreignFrontmatterLanguage: frontmatter.language, foreignData: frontmatter.data, convertedFrom: markup }
      : { format: 'markdown', markdown, convertedFrom: markup };
  }
  const format = detectFormat(name, text);
  if (format === 'html') {
    const { markdown, title, pageTitle } = htmlToMarkdown(text);
    return { format, markdown, htmlTitle: title, pageTitle };
  }
  if (format === 'text') return { format, markdown: textToMarkdown(text) };
  // A Nikola post's metadata, written as a comment at its top, is its frontmatter.
  text = nikolaMetadataAsFrontmatter(text) ?? text;
  const isMdx = /\.mdxx?$/i.test(name);
  // A Next.js MDX page's metadata is an object it exports (`export const post = { title, date }`), not frontmatter.
  const exported = isMdx && !reportFrontmatter(text) ? mdxExportedMetadata(text) : undefined;
  if (exported) text = exported.markdown;
  const frontmatter = reportFrontmatter(text);
  // A status page's update blocks become labelled paragraphs, and MDX's import lines comments (only
  // in an MDX file: a Markdown report's "import x from 'y'" line is its text).
  // A post of frontmatter alone whose updates are a list in it (LiveAgent's `incident_states`): its words are those updates.
  // A notice of frontmatter alone without such a list (a scheduled maintenance's `subtitle`): its words are its sentences.
  // One whose body follows the list (the last update's words again) keeps the list too, each update once.
  const listed = frontmatter && !text.slice(frontmatter.length).trim() ? frontmatterUpdates(frontmatter.data) ?? frontmatterProse(frontmatter.data) : frontmatter ? frontmatterUpdatesBesideBody(frontmatter.data, text.slice(frontmatter.length)) : undefined;
  const body = frontmatter ? text.slice(frontmatter.length) : text;
  const blocks = listed ?? statusUpdateBlocks(body, { mdx: isMdx || writesMdxComponents(body) });
  // Docusaurus's `:::warning` … `:::` admonitions as quotes (src/lib/import/admonitions.ts).
  const admonitions = docusaurusAdmonitionsAsQuotes(blocks.markdown);
  if (admonitions.count) blocks.markdown = admonitions.markdown;
  blocks.markdown = mkdocsAdmonitionsAsQuotes(blocks.markdown).markdown;
  const liquid = liquidTagLinesAsComments(blocks.markdown);
  if (liquid.count) blocks.markdown = liquid.markdown;
  const styled = withoutSiteClasses(blocks.markdown);
  if (styled.classes.length) blocks.markdown = styled.markdown;
  blocks.markdown = emojiShortcodesAsCharacters(blocks.markdown).markdown;
  // Only a report without metadata or update blocks: a status post's opening line is its first update.
  const titled = !frontmatter && !isMdx && !blocks.updates.length ? titleLineAsHeading(blocks.markdown) : undefined;
  if (titled) blocks.markdown = titled.markdown;
  const updates = { ...(blocks.updates.length ? { updates: blocks.updates } : {}), ...('postedAt' in blocks && typeof blocks.postedAt === 'string' ? { postedAt: blocks.postedAt } : {}), ...('esmLines' in blocks && typeof blocks.esmLines === 'number' ? { mdxCodeLines: blocks.esmLines } : {}), ...(liquid.count ? { liquidTagLines: liquid.count } : {}), ...(styled.classes.length ? { siteClasses: styled.classes } : {}), ...(titled ? { titleLine: titled.line } : {}) };
  if (!frontmatter && exported?.statement) return { format, markdown: blocks.markdown, foreignFrontmatter: exported.statement, foreignFrontmatterLanguage: 'js', foreignData: exported.data, ...updates };
  if (!frontmatter) return { format, markdown: blocks.markdown, ...updates };
  return { format, markdown: blocks.markdown, foreignFrontmatter: frontmatter.yaml, foreignFrontmatterLanguage: frontmatter.language, foreignData: frontmatter.data, ...updates };
}

/** A TOML string, date or number as written (`"docs.rs outage"`, `2019-10-24`, `'literal'`); arrays of them. */
function tomlValue(written: string): unknown {
  const value = written.trim();
  const basic = /^"((?:[^"\\]|\\.)*)"$/.exec(value);
  if (basic) return basic[1].replace(/\\(["\\])/g, '$1').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  const literal = /^'([^']*)'$/.exec(value);
  if (literal) return literal[1];
  if (/^\[.*\]$/.test(value)) {
    const items = value.slice(1, -1).match(/"(?:[^"\\]|\\.)*"|'[^']*'|[^,\s][^,]*/g) ?? [];
    return items.map((item) => tomlValue(item));
  }
  if (/^(true|false)$/.test(value)) return value === 'true';
  if (/^[-+]?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

/**
 * The TOML frontmatter of a Hugo or Zola post (between `+++` lines), read for its plain
 * `key = value` lines; a `[table]` prefixes the keys under it (`extra.team`). What this reader does
 * not understand stays in the block, which the draft keeps whole.
 */
function tomlFrontmatter(text: string): { yaml: string; data: Record<string, unknown>; length: number; language: 'toml' } | undefined {
  const fence = /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/.exec(text);
  if (!fence || !text.slice(fence[0].length).trim()) return undefined;
  const data: Record<string, unknown> = {};
  let table = '';
  for (const line of fence[1].split('\n')) {
    const header = /^\s*\[([\w.-]+)\]\s*$/.exec(line);
    if (header) { table = `${header[1]}.`; continue; }
    const pair = /^\s*([\w-]+)\s*=\s*(.+?)\s*$/.exec(line);
    if (pair) data[`${table}${pair[1]}`] = tomlValue(pair[2]);
  }
  if (!Object.keys(data).length) return undefined;
  return { yaml: fence[1], data, length: fence[0].length, language: 'toml' };
}

/**
 * The frontmatter a Markdown report (with `\n` line ends) opens with, if it has one (YAML between
 * `---`, or TOML between `+++` as Hugo and Zola write it): its
 * text, its data and the length of the block with its fences. A report that opens with a rule
 * (`---`) and has another further down (often its last line) has none: what lies between is the
 * report's own text, which would otherwise be kept only as a YAML block. Frontmatter is a
 * mapping, and a report is more than its metadata, but for a status page's issue, whose fields
 * (title, start, end, state) are the record.
 */
export function reportFrontmatter(text: string): { yaml: string; data: Record<string, unknown>; length: number; language: 'yaml' | 'toml' } | undefined {
  // Blank lines before the opening `---` (schullogin's status issues open with one) are passed over,
  // as the site that published the report did: its fields are metadata, not a second frontmatter in the body.
  // A file that opens with the fields themselves, keys opening in lower case and a `title:` among them, closed
  // by `---` (packit's status issue of 2023-10-31 lost its opening fence): the same frontmatter.
  const unopened = /^((?:[a-z_][A-Za-z0-9_-]*:.*\n(?:(?:[ \t]+|- ).*\n)*)+)---[ \t]*(?:\n|$)/.exec(text);
  const fence = /^(?:[ \t]*\n)*---\n([\s\S]*?)\n---\n?/.exec(text) ?? (unopened && /^title:/m.test(unopened[1]) ? unopened : undefined);
  if (!fence) return tomlFrontmatter(text);
  let data: Record<string, unknown> | undefined;
  try {
    const parsed = parseWrittenYaml(fence[1]);
    data = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
  } catch {
    data = undefined;
  }
  // A status page's issue kept in git may be its frontmatter alone (IFCA's maintenances: title,
  // date, resolved_on, max_severity and no words): a record, read as one, not text.
  if (!data || (!text.slice(fence[0].length).trim() && !isStatusPageIssue(data) && !frontmatterUpdates(data) && !frontmatterProse(data))) return undefined;
  return { yaml: fence[1], data, length: fence[0].length, language: 'yaml' };
}
