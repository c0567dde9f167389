import { readWrittenTime } from './written-time.ts';
import { importsUsedComponent } from './component-import-line.ts';
import { toUtcIso, type WallClockFold, type Zone } from './time-zones.ts';
/**
 * Status pages kept in git write an incident's updates as blocks of their own markup, each with the
 * moment it was posted, and no timeline section:
 *
 * - [Statusfy](https://github.com/juliomrqz/statusfy) as a container: `::: update Resolved |
 *   2021-05-03T22:51:55.840Z` … `:::` (its state, then the instant);
 * - an Astro or MDX status site (UGRC's, grown from Netlify's statuskit) as a component:
 *   `<Update date="2025-06-23T18:20:43.822Z">DevOps are …</Update>`, imported at the top of the file
 *   by `import Update from '@components/status/Update.astro';`.
 *
 * Kept as they are, the container's `:::` lines were text of the draft and the component an escaped
 * tag (`\<Update date="…">`) on the page; the import line, the first paragraph, was taken as the
 * summary; and the updates were no timeline (0 rows in 71 incidents). Here each block becomes a
 * paragraph that opens with its label and instant in bold (`**Resolved, 2021-05-03T22:51:55.840Z:**
 * …`), every word kept, and is returned as an update for the timeline. An `import`/`export` line of
 * MDX (the site's machinery, no sentence of the report) becomes an HTML comment, which the draft
 * keeps as an MDX comment. Code blocks are left as written.
 */
export interface StatusUpdateBlock {
  /** The instant as written (`2021-05-03T22:51:55.840Z`). */
  at: string;
  /** The state it was posted under (Statusfy's `Resolved`, `Monitoring`), when the block names one. */
  state?: string;
  /** Its text, paragraphs and all. */
  text: string;
}

const containerOpen = /^:::[ \t]*update[ \t]+(.+?)[ \t]*\|[ \t]*(\S+)[ \t]*$/i;
const containerClose = /^:::[ \t]*$/;
// `import Update from '…';`, `import { A, B } from "…"`, `export const x = …;` on one line.
const esmLine = /^(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?['"][^'"\n]+['"]|export\s+(?:const|let|var|function|default)\b[^\n]*)\s*;?\s*$/;
// A component (a capitalised tag) with a `date` attribute, around the update's text.
const componentUpdate = /<([A-Z][A-Za-z0-9]*)\b([^<>]*?)\bdate\s*=\s*(?:"([^"]+)"|'([^']+)'|\{\s*["'`]([^"'`]+)["'`]\s*\})([^<>]*)>([\s\S]*?)<\/\1\s*>/g;

/** The text of a block as paragraphs: lines un-indented, blank lines at its ends dropped. */
function blockText(lines: string[]): string {
  const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length);
  const indent = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(Math.min(indent, /^[ \t]*/.exec(line)![0].length))).join('\n').replace(/^\s*\n|\n\s*$/g, '').trim();
}

/** `**Label, instant:** text` when the text opens with prose; else the label as a paragraph of its own above it. */
function labelled(label: string, at: string, text: string): string {
  const head = `**${label}, ${at}:**`;
  if (!text) return head;
  return /^(?:[-*+>#|<`~]|\d+[.)]\s|:::)/.test(text) ? `${head}\n\n${text}` : `${head} ${text}`;
}

/**
 * MDX written under a Markdown name (a status site's notices renamed `.md`, import round 33): a line
 * `import Update from '@components/…'` whose name the text then uses as a tag (`<Update date=…>`).
 * Its import lines are the site's code, not the report's words: escaped into the draft's body they
 * read `&#105;mport Update from …` (ugrc-status). A Markdown report's other "import x from 'y'" line stays its text.
 */
export function writesMdxComponents(markdown: string): boolean {
  return markdown.split('\n').some((line) => importsUsedComponent(line, markdown));
}

/** A line of the source's site code kept as an HTML comment (an MDX comment in the draft), `--` broken so the comment cannot end early. */
export const asHtmlComment = (line: string): string => `<!-- ${line.trim().replace(/--/g, '- -')} -->`;

/** The count of MDX import and export lines `statusUpdateBlocks` turned into comments. */
export function statusUpdateBlocks(markdown: string, options: { mdx?: boolean } = {}): { markdown: string; updates: StatusUpdateBlock[]; esmLines?: number } {
  const updates: StatusUpdateBlock[] = [];
  const out: string[] = [];
  const lines = markdown.split('\n');
  let fence: string | undefined;
  let prose: string[] = [];
  let esm = 0;
  // Components are found in the prose between code blocks, where they may span lines.
  const flushProse = () => {
    if (!prose.length) return;
    const written = prose.join('\n');
    const text = written.replace(componentUpdate, (_all, name: string, _before: string, double?: string, single?: string, braced?: string, _after?: string, inner = '') => {
      const at = (double ?? single ?? braced ?? '').trim();
      const body = blockText(inner.split('\n'));
      updates.push({ at, text: body });
      return `\n\n${labelled(name, at, body)}\n\n`;
    });
    out.push(...(text === written ? text : text.replace(/\n{3,}/g, '\n\n')).split('\n'));
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fenceMark = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      out.push(line);
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && !line.trim().slice(fenceMark.length).trim()) fence = undefined;
      continue;
    }
    if (fenceMark) {
      flushProse();
      fence = fenceMark;
      out.push(line);
      continue;
    }
    const open = containerOpen.exec(line);
    if (open) {
      const end = lines.findIndex((candidate, j) => j > i && containerClose.test(candidate));
      if (end > i) {
        const text = blockText(lines.slice(i + 1, end));
        updates.push({ at: open[2], state: open[1], text });
        prose.push('', labelled(open[1], open[2], text), '');
        i = end;
        continue;
      }
    }
    if (esmLine.test(line) && (options.mdx || importsUsedComponent(line, markdown))) {
      esm++;
      prose.push(asHtmlComment(line));
      continue;
    }
    prose.push(line);
  }
  flushProse();
  // A report without such blocks or lines is left byte for byte as written.
  if (!updates.length && !esm) return { markdown, updates };
  const rewritten = out.join('\n').replace(/\n{3,}/g, '\n\n');
  return { markdown: markdown.endsWith('\n') ? rewritten.replace(/\n+$/, '\n') : rewritten, updates, ...(esm ? { esmLines: esm } : {}) };
}

/**
 * The updates a status page keeps in a post's frontmatter, with no text below it: LiveAgent's
 * Jekyll status site writes `incident_states: [{ status: investigating, content: "Agents can't
 * make calls …" }, { status: resolved, content: "…", date: 2021-07-06 18:00 }]` beside the post's
 * `date`, its first moment. The frontmatter was read as text and the draft failed the check (a
 * second frontmatter in the body: 115 of liveagent-status' 152 drafts, import round 20). Each
 * update becomes a paragraph as the blocks above do (`**Resolved, 2021-07-06 18:00:** …`), the
 * first without a date of its own at the post's; undefined when the data holds no such list.
 */
export function frontmatterUpdates(data: Record<string, unknown>): { markdown: string; updates: StatusUpdateBlock[]; postedAt?: string } | undefined {
  const list = Object.entries(data).find(([key, value]) => /^(?:incident_?states|updates|incident_?updates|states)$/i.test(key) && Array.isArray(value))?.[1] as unknown[] | undefined;
  const written = (value: unknown) => (value instanceof Date ? value.toISOString().replace(/:00\.000Z$/, 'Z') : typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined);
  const entries = (list ?? []).filter((item): item is Record<string, unknown> => !!item && typeof item === 'object' && !Array.isArray(item))
    .map((item) => ({ state: written(item.status ?? item.state), text: written(item.content ?? item.message ?? item.body ?? item.text) ?? '', at: written(item.date ?? item.time ?? item.created_at) }))
    .filter((entry) => entry.text);
  if (!entries.length) return undefined;
  const updates: StatusUpdateBlock[] = [];
  const postedAt = instantOf(written(data.date));
  const paragraphs = entries.map((entry, i) => {
    const writtenAt = entry.at ?? (i === 0 ? written(data.date) : undefined);
    // "2021-08-04 3:00 PM GTM+2", "2019-06-08 22:00(GMT+2)": read as any written time; an update
    // dated before the post ("resolved … 2021-03-29" on a post of 2021-05-26, a typo) is no row:
    // its paragraph keeps its date as written.
    const instant = instantOf(writtenAt);
    const at = instant && (!postedAt || instant >= postedAt) ? instant : undefined;
    if (!at && writtenAt) return `**${entry.state ? `${entry.state.charAt(0).toUpperCase()}${entry.state.slice(1)}` : 'Update'}, ${writtenAt}:** ${entry.text}`;
    const label = entry.state ? entry.state.charAt(0).toUpperCase() + entry.state.slice(1) : 'Update';
    if (!at) return entry.state ? `**${label}:** ${entry.text}` : entry.text;
    updates.push({ at, ...(entry.state ? { state: label } : {}), text: entry.text });
    return labelled(label, at, entry.text);
  });
  // The post's `date` when its first update states a time of its own: LiveAgent opens the post at
  // the incident's first moment ("date: 2022-10-05 05:45 GTM") and posts the first update later
  // ("06:30 GTM"); import-report.ts takes it as the start when it comes before that update.
  return { markdown: `${paragraphs.join('\n\n')}\n`, updates, ...(postedAt && entries[0].at ? { postedAt } : {}) };
}

/**
 * The updates a post keeps in its frontmatter when text follows it too: LiveAgent's later posts
 * repeat the last update's words below the frontmatter ("Problem with network issues … has been
 * fixed"), and the updates before it were kept only in the draft's imported metadata, out of its
 * body and timeline (import round 49). The updates come first, as for a post of frontmatter alone;
 * a paragraph of the body that is an update's text word for word is that update, written once; the
 * rest of the body follows as written. Undefined when the frontmatter keeps no list of updates.
 */
export function frontmatterUpdatesBesideBody(data: Record<string, unknown>, body: string): { markdown: string; updates: StatusUpdateBlock[]; postedAt?: string; repeated: number } | undefined {
  const listed = frontmatterUpdates(data);
  if (!listed) return undefined;
  const words = (text: string) => text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  const written = new Set(listed.updates.map((update) => words(update.text)));
  for (const match of listed.markdown.matchAll(/^\*\*[^*\n]+:\*\* (.+)$/gm)) written.add(words(match[1]));
  let repeated = 0;
  // A rule (`---`) closing the body under its only paragraph is a second frontmatter fence left over, not text.
  const paragraphs = body.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\n(?:-{3,}|\*{3,})\s*$/, '')).filter((paragraph) => {
    if (!written.has(words(paragraph))) return paragraph.trim() !== '';
    repeated++;
    return false;
  });
  return { ...listed, markdown: [listed.markdown.trimEnd(), ...paragraphs.map((paragraph) => paragraph.trim())].join('\n\n') + '\n', repeated };
}

/**
 * An instant as the updates above write it (`2021-08-13 12:20+02:00`, `2021-08-13 12:20`) in UTC
 * (`2021-08-13T10:20:00Z`), one without an offset read in `zone`; a daylight-saving fold it falls in
 * is added to `folds` (see toUtcIso).
 */
export function writtenInstantUtc(at: string, zone: Zone, folds?: WallClockFold[]): string | undefined {
  const parts = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(?:([+-])(\d{2}):(\d{2}))?$/.exec(at);
  if (!parts) return undefined;
  const own: Zone | undefined = parts[3] ? { kind: 'offset', minutes: (parts[3] === '-' ? -1 : 1) * (Number(parts[4]) * 60 + Number(parts[5])), label: `${parts[3]}${parts[4]}:${parts[5]}` } : undefined;
  return toUtcIso(parts[1], parts[2], own ?? zone, folds);
}

/** A written date and time as `YYYY-MM-DD HH:MM` and its offset when it states one (`+02:00`); undefined without a time. */
function instantOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const read = readWrittenTime(value.replace(/\bGTM\b/g, 'GMT').replace(/\(([^)]*)\)/g, ' $1'), { year: 2000 });
  if (!read.date || !read.time) return undefined;
  const offset = read.zone?.kind === 'offset' ? `${read.zone.minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(read.zone.minutes) / 60)).padStart(2, '0')}:${String(Math.abs(read.zone.minutes) % 60).padStart(2, '0')}` : '';
  return `${read.date} ${read.time}${offset}`;
}

/**
 * The words of a post made of frontmatter alone that keeps no list of updates: a notice whose text
 * is a field (LiveAgent's scheduled maintenances: `title`, `subtitle: We will be performing …`,
 * `date`, `validToDate`). Read as text, its frontmatter made the draft fail the check (a second
 * frontmatter in the body: 3 of liveagent-status' drafts, import round 21). Each top-level value of
 * five words or more, the title aside, becomes a paragraph, in the order written; undefined when
 * none is a sentence (a page's settings: no report).
 */
export function frontmatterProse(data: Record<string, unknown>): { markdown: string; updates: StatusUpdateBlock[] } | undefined {
  const paragraphs = Object.entries(data)
    .filter(([key, value]) => !/^(?:title|layout|permalink|slug|url)$/i.test(key) && typeof value === 'string' && (value.match(/\p{L}+/gu)?.length ?? 0) >= 5)
    .map(([, value]) => (value as string).trim());
  return paragraphs.length ? { markdown: `${paragraphs.join('\n\n')}\n`, updates: [] } : undefined;
}
