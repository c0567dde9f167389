import { parseMarkdown, type ReportSection } from './report-structure.ts';

/**
 * cState, a status page kept in git, writes an incident's updates as paragraphs that end with the
 * moment they were posted: `*Monitoring* - Clients are reconnecting. {{< track "2018-04-13 16:50:00" >}}`.
 * Such a report has no timeline section; its updates are its timeline. Returns them as a timeline
 * section of `- <instant> <update>` rows (oldest last, as cState lists them: the reader sorts), or
 * undefined when the report has none. Updates inside an HTML comment were withdrawn: not read.
 */
export function statusUpdatesSection(markdown: string): ReportSection | undefined {
  const visible = markdown.replace(/<!--[\s\S]*?-->/g, '');
  const rows: string[] = [];
  for (const paragraph of visible.split(/\n\s*\n/)) {
    const track = /\{\{[<%]\s*track\s+"([^"]+)"\s*[>%]\}\}/.exec(paragraph);
    if (!track) continue;
    const instant = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(track[1].trim());
    if (!instant) continue;
    const zone = instant[3] ? (/^z$/i.test(instant[3]) ? ' UTC' : ` ${instant[3]}`) : '';
    const update = paragraph.replace(track[0], ' ').replace(/^\s*---+\s*$/gm, ' ').replace(/\s+/g, ' ').trim();
    if (update) rows.push(`- ${instant[1]} ${instant[2]}${zone} ${update}`);
  }
  if (!rows.length) return undefined;
  return { heading: 'Status updates', depth: 7, nodes: parseMarkdown(rows.join('\n')).children };
}
