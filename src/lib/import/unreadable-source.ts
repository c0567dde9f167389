// Why a file named to `npm run import` holds no report, said from what the file is (bad input
// round 17): the readers' own words ("Corrupted zip: can't find end of central directory",
// "Could not find main document part") named no fix, and a JSON file cut short was called "JSON
// but not an export of incidents".
import { jsonSyntaxProblem } from '../json-syntax.ts';
import { binaryKind } from '../binary-file.ts';

/** Programs whose documents are zip archives too, by a file each holds, for a `.docx` that is one of them. */
const zippedDocuments: [RegExp, string, string][] = [
  [/^xl\/workbook\.xml$/, 'an Excel workbook (.xlsx)', 'save the sheet as .csv and import that'],
  [/^ppt\/presentation\.xml$/, 'a PowerPoint presentation (.pptx)', 'export it as PDF, save that as text, and import the text'],
  [/^content\.xml$/, 'an OpenDocument file (.odt, .ods)', 'open it in LibreOffice and save it as .docx'],
];

/**
 * The names of the files a zip archive lists in its central directory (its last part), or
 * undefined when the archive has no end: cut short, as a copy or a download stopped part way.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: PK\5\6, within the last 64 KiB (a comment may follow it).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  for (let n = 0; n < count && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; n++) {
    const nameLength = view.getUint16(at + 28, true);
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}

/**
 * What a `.docx` that Word's reader could not read is, and what to do: another kind of file
 * renamed, a zip cut short, or a zip of other files. `readerMessage` (the reader's own words) is
 * kept only when none of these is it.
 */
export function describeUnreadableWordFile(bytes: Uint8Array, readerMessage: string): string {
  const resave = 'open it in Word or Google Docs and save it again as .docx, or export it as HTML (.html) and import that';
  if (!bytes.length) return 'is not a Word document: the file is empty (0 bytes). Copy the document again from where it was kept.';
  const kind = binaryKind(bytes);
  if (kind !== 'a zip archive') {
    const what = (kind ?? 'text').replace(/ \(.*\)$/, '');
    return `is not a Word document but ${what === 'text' ? 'text' : what}, named .docx: ${what === 'a PDF document' ? 'save the PDF as text or HTML (a PDF reader\'s "Save as text", or pdftotext) and import that' : what === 'text' ? 'rename it after what it is (.md, .html, .txt) and import it again' : `give the report itself (${resave})`}.`;
  }
  const names = zipEntryNames(bytes);
  if (!names) return `is a Word document cut short (${bytes.length.toLocaleString('en-US')} bytes; its zip archive has no end), as a copy or a download that stopped part way leaves it: copy or download it again whole.`;
  const other = zippedDocuments.find(([file]) => names.some((name) => file.test(name)));
  if (other) return `is not a Word document but ${other[1]}, named .docx: ${other[2]}.`;
  if (!names.includes('word/document.xml')) {
    const shown = names.filter((name) => !name.endsWith('/')).slice(0, 5);
    return `is a zip archive, not a Word document: it holds no word/document.xml (it holds ${shown.length ? shown.join(', ') : 'nothing'}${names.length > shown.length ? ', …' : ''}). Unzip it and import the report it holds, or ${resave}.`;
  }
  return `is not a Word document that can be read (${readerMessage}): ${resave}.`;
}

/**
 * Why a `.json` file that is no export of incidents holds none, when it is not JSON at all (cut
 * short, or another format named .json) or an empty list; undefined otherwise.
 */
export function describeUnreadableJson(text: string): string | undefined {
  const json = text.replace(/^\uFEFF/, '').trim();
  if (!json) return undefined;
  try {
    const value = JSON.parse(json) as unknown;
    if (Array.isArray(value) && !value.length) return 'is an empty JSON list ([]): it holds no incident to import. Export the incidents again, with the period or the filter that holds them.';
    return undefined;
  } catch (error) {
    const where = /position (\d+)/.exec((error as Error).message);
    const at = where ? Number(where[1]) : json.length;
    const line = json.slice(0, at).split('\n').length;
    const cut = at >= json.length - 1 || /Unexpected end|Unterminated/i.test((error as Error).message);
    return cut
      ? `is not valid JSON: it ends at line ${line} inside an unclosed ${json.lastIndexOf('[') > json.lastIndexOf('{') ? 'list' : 'object'}, as a file cut short does (a download or a copy that stopped part way). Export it again whole.`
      // V8's words quoted the text and named no column (round 25): said as every command says JSON.
      : `${jsonSyntaxProblem(json)}: export it again from the status page or tracker, or name it after what it is.`;
  }
}

/**
 * The title of an HTML page whose body holds no text (a `<title>` and nothing else: an export of
 * an empty page, or of a page whose text a script loads), or undefined. Imported, it became a
 * "valid draft" of a title and no report.
 */
export function titleOfHtmlWithoutText(text: string): string | undefined {
  if (!/^\s*(?:<!doctype html|<html|<head)/i.test(text)) return undefined;
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1]?.trim() ?? '';
  const rest = text
    .replace(/<head[\s>][\s\S]*?<\/head>|<title[\s\S]*?<\/title>|<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ');
  return /[\p{L}\p{N}]/u.test(rest) ? undefined : title;
}

/**
 * The page shell of a web app (a single-page app's `index.html`: scripts, an empty element the
 * app mounts into, `<noscript>You need to enable JavaScript to run this app.</noscript>`): what it
 * holds once the app has run, undefined for any other page. Its only words are those shown
 * without scripts, which say nothing of an incident: imported, gcp-status' `app/public/index.html`
 * was a draft of that one sentence (import round 20). Returns the `<noscript>` text ('' when
 * none) for the message saying why it is passed over.
 */
export function appShellNote(text: string): string | undefined {
  if (!/^\s*(?:<!doctype html|<html|<head)/i.test(text)) return undefined;
  const noscript = [...text.matchAll(/<noscript[^>]*>([\s\S]*?)<\/noscript>/gi)].map((m) => m[1].replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
  // An element left empty for the app to fill ("root", "app", "__next", "svelte"), or words for a browser without scripts.
  const mountPoint = /<(?:div|main|section|body)\b[^>]*\bid=["']?(?:root|app|__next|__nuxt|svelte|main|application)["']?[^>]*>\s*<\/(?:div|main|section|body)>/i.test(text);
  // A framework's slot its server fills (SvelteKit's `%sveltekit.body%`, Vite's `<!--ssr-outlet-->`,
  // Vue's `<!--app-html-->`): a shell without a script of its own (a status site's `src/app.html`
  // was a draft, import round 50's leftover). Its placeholders are no words of the page.
  const frameworkSlot = /%sveltekit\.body%|<!--\s*(?:ssr-outlet|app-html)\s*-->/i.test(text);
  if (!mountPoint && !noscript.length && !frameworkSlot) return undefined;
  if (!/<script\b/i.test(text) && !noscript.length && !frameworkSlot) return undefined;
  const withoutNoscript = text.replace(/<noscript[\s\S]*?<\/noscript>/gi, ' ').replace(/%sveltekit\.[\w.]+%/gi, ' ');
  return titleOfHtmlWithoutText(withoutNoscript) === undefined ? undefined : noscript.join(' ');
}

/**
 * A page of a site whose figures its scripts draw, with labels and no prose (wynton-hpc-status'
 * dashboard: a Jekyll page of panels, "Available Nodes", "Core Usage", each an empty `<div>` a
 * `<script>` fills with a chart from data fetched when it opens): what it holds once the scripts
 * have run, and no account of an incident. Imported, it was a valid draft of labels (import round
 * 23's leftover). Returns its first labels (for the message saying why it is passed over) when the
 * page holds a `<script>` element outside fenced code and, frontmatter, code, scripts, styles,
 * comments, template tags and markup aside, not one block of prose: a sentence of six words or more
 * that ends as one, or twelve words.
 * A page without a script is never one, however short: a status notice of one sentence stays a report.
 */
export function scriptDrawnPageLabels(text: string): string[] | undefined {
  const body = pageBody(text);
  if (!/<script\b[^>]*>/i.test(body)) return undefined;
  const blocks = pageTextBlocks(body);
  return blocks.some(isProseBlock) ? undefined : [...new Set(blocks)].slice(0, 4);
}

/** `text` without its frontmatter and fenced code. */
function pageBody(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/^(?:[ \t]*\r?\n)*(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/, '')
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1[ \t]*$|(?![\s\S]))/gm, ' ');
}

/** The blocks of words a page shows: scripts, styles, comments, template tags and markup aside. */
function pageTextBlocks(body: string): string[] {
  return body
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|(?![\s\S]))|<!--[\s\S]*?(?:-->|(?![\s\S]))/gi, '\n\n')
    .replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, ' ')
    .replace(/<\/?(?:div|p|section|h[1-6]|li|ul|ol|table|tr|td|th|br|hr|button|span)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .split(/\n/)
    .map((line) => line.replace(/^\s*#{1,6}\s+/, '').replace(/&#?\w+;/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((line) => /\p{L}/u.test(line));
}

/**
 * A block of prose: a control's words ("Switch between dark and light mode", a command palette's)
 * and a footer ("Powered by … | Press Ctrl+K for commands") are six words without a sentence's end:
 * prose is a line of six words that ends as a sentence does, or of twelve (a home lab's dashboard,
 * import round 41).
 */
function isProseBlock(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return words >= 12 || (words >= 6 && /[.!?:;…)"'”’]$/.test(line));
}

/**
 * A page of an app's controls: a manager's dashboard keeps `metrics.html`, a navigation bar,
 * "Metrics Reporting", one line saying what the page does ("Calculate metrics for support team
 * members.") and buttons ("Monday Reporting (Part 1)", "Begin") its script acts on; it was a valid
 * draft of labels (import rounds 53-54). Returns the buttons' words when an HTML page holds two
 * buttons or more and one block of prose at most: a report with a button ("Copy link") tells its
 * incident in many.
 */
export function controlsPageButtons(text: string): string[] | undefined {
  const body = pageBody(text);
  const buttons = [...body.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button\s*>|<input\b[^>]*\btype=["']?(?:button|submit)\b[^>]*>/gi)];
  if (buttons.length < 2) return undefined;
  if (pageTextBlocks(body).filter(isProseBlock).length > 1) return undefined;
  return [...new Set(buttons.map((button) => (button[1] ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean))].slice(0, 4);
}

/**
 * The heading of an app's sign-in page: a page holding a password field under a heading that names
 * signing in ("Admin Login", "Sign in", "Connexion"). A news site's repository kept its admin login
 * page saved as `login_html.txt` (import round 60): a draft of its form's labels ("Email",
 * "Password", "Forgot Password?") and its footer. A report never holds a password field.
 */
export function signInPageHeading(text: string): string | undefined {
  if (!/password/i.test(text) || !/<input\b[^>]*\btype=["']?password\b/i.test(text)) return undefined;
  for (const match of text.matchAll(/<(h[1-3]|title)\b[^>]*>([^<]*)</gi)) {
    const words = match[2].replace(/\s+/g, ' ').trim();
    if (/(?:^|[^\p{L}])(?:log ?in|sign ?in|sign on|connexion|se connecter|anmelden|anmeldung|iniciar sesi[óo]n|entrar|accedi)(?![\p{L}])/iu.test(words)) return words;
  }
  return undefined;
}

/**
 * The language of a file that is program code, not a report: a browser's script or style sheet
 * saved beside a page (a Confluence page saved with "Save page as" keeps its scripts as
 * `batch.js.<untitled>` and a style sheet as `css`, names without the extension the import passes
 * code files over by: imported as Markdown, confluence-saved-page-whitebite's became drafts of
 * minified code, 4 of them failing the check on its brackets; import round 23). Told by its
 * text: most lines close with `;`, `{` or `}` (or a few long lines dense with them, as minified
 * code is), with the words of JavaScript, or rules of CSS (`selector { property: value; }`).
 * A report quoting code (fenced, indented or among prose) is not: its prose lines end otherwise.
 */
export function sourceCodeLanguage(whole: string): 'JavaScript' | 'CSS' | undefined {
  // Its opening is enough to tell, and a minified file may be megabytes long.
  const text = whole.slice(0, 20_000);
  // A page of markup, frontmatter, a fenced block or a Markdown heading is read as such (a
  // status page's Markdown with a chart's script among it is a page, not a script).
  if (/^\s*(?:<|---\s*$|```|~~~)/.test(text) || /^#{1,6}\s+\S/m.test(text) || /^\s*<script\b/im.test(text)) return undefined;
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const chars = text.replace(/\s+/g, '').length;
  if (chars < 200) return undefined;
  const marks = (text.match(/[;{}=()]/g) ?? []).length;
  // Prose has a mark of these every few hundred characters; code one every ten to thirty.
  if (marks / chars < 0.02) return undefined;
  const codeLines = lines.filter((line) => /[;{},]$|^[})\]]|^(?:\/\/|\/\*|\*)/.test(line)).length;
  const minified = chars / lines.length > 300;
  if (codeLines / lines.length < 0.6 && !minified) return undefined;
  // CSS: blocks of `selector { property: value; … }` and nothing else (comments aside).
  const blocks = text.replace(/\/\*[\s\S]*?\*\//g, '').split('}').slice(0, -1);
  const isRule = (block: string) => {
    const [selector, declarations, more] = block.split('{');
    return more === undefined && !!selector.trim() && declarations !== undefined && declarations.split(';').every((d) => !d.trim() || /^\s*-{0,2}[\w-]+\s*:/.test(d));
  };
  if (blocks.length && blocks.filter(isRule).length / blocks.length > 0.9) return 'CSS';
  return /\bfunction\b|=>|\bvar\s|\bconst\s|\breturn\b/.test(text) ? 'JavaScript' : undefined;
}
