import { parseMarkdown, type ReportSection } from './report-structure.ts';
import type { StatusUpdateBlock } from './update-blocks.ts';
import { trackShortcode } from './track-shortcodes.ts';

const instantPattern = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** `- <day> <time> <zone> <update>`, the row the timeline reader places; undefined for an instant it cannot read. */
function updateRow(written: string, update: string): string | undefined {
  const instant = instantPattern.exec(written.trim());
  if (!instant || !update) return undefined;
  // An offset (UGRC's `2017-09-07T17:25:25-06:00`) is made UTC here: written after the time, the
  // timeline reader would not take it as the row's zone (the row was placed six hours early).
  if (instant[3] && !/^z$/i.test(instant[3])) {
    const utc = new Date(Date.parse(`${instant[1]}T${instant[2].padStart(5, '0')}${instant[3].length === 5 ? `${instant[3].slice(0, 3)}:${instant[3].slice(3)}` : instant[3]}`));
    if (Number.isNaN(utc.getTime())) return undefined;
    return `- ${utc.toISOString().slice(0, 10)} ${utc.toISOString().slice(11, 16)} UTC ${update}`;
  }
  return `- ${instant[1]} ${instant[2]}${instant[3] ? ' UTC' : ''} ${update}`;
}

/**
 * cState, a status page kept in git, writes an incident's updates as paragraphs that end with the
 * moment they were posted: `*Monitoring* - Clients are reconnecting. {{< track "2018-04-13 16:50:00" >}}`.
 * Such a report has no timeline section; its updates are its timeline. Returns them as a timeline
 * section of `- <instant> <update>` rows (oldest last, as cState lists them: the reader sorts), or
 * undefined when the report has none. Updates inside an HTML comment were withdrawn: not read.
 * Updates written as blocks (`blocks`, from update-blocks.ts) are rows the same way.
 */
export function statusUpdatesSection(markdown: string, blocks: readonly StatusUpdateBlock[] = [], headingRows: readonly string[] = []): ReportSection | undefined {
  // Updates under stamped headings (`## Update 29.08.2024 15:30`, update-headings.ts) are rows as written.
  const rows: string[] = [...headingRows];
  // Updates written as blocks of their own (Statusfy's containers, an MDX component): their state
  // opens the row as a status page's label does (`*Resolved* - …`), which gives its kind.
  for (const block of blocks) {
    const words = block.text.replace(/\s+/g, ' ').trim();
    const row = updateRow(block.at, block.state ? `*${block.state.trim()}* - ${words}` : words);
    if (row) rows.push(row);
  }
  const visible = markdown.replace(/<!--[\s\S]*?-->/g, '');
  // A line holding only "\\" (a hard break, xREL's status page writes it between updates) parts
  // them as a blank line does: each update is a paragraph with its own {{< track >}}.
  for (const paragraph of visible.split(/\n\s*\n|\n[ \t]*\\[ \t]*(?=\n|$)/)) {
    const track = trackShortcode().exec(paragraph);
    if (!track) continue;
    const update = paragraph.replace(track[0], ' ').replace(/^\s*---+\s*$/gm, ' ').replace(/\s+/g, ' ').trim();
    const row = updateRow(track[1], update);
    if (row) rows.push(row);
  }
  if (!rows.length) return undefined;
  return { heading: 'Status updates', depth: 7, nodes: parseMarkdown(rows.join('\n')).children };
}
