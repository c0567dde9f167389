import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent, Heading, ListItem, Paragraph } from 'mdast';

/**
 * A report's Markdown as sections: each heading with the blocks under it (until the next heading
 * of the same or a higher level). The part before the first heading is a section without heading.
 */
export interface ReportSection {
  heading?: string;
  depth: number;
  /** Blocks directly under the heading, including deeper sub-headings and their blocks. */
  nodes: RootContent[];
  /** A section of a label written plain ("Impact: …", `labelSections`): its paragraph is the opening's too. */
  plainLabel?: boolean;
}

export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
}

const blockTypes = new Set(['paragraph', 'heading', 'listItem', 'tableRow', 'code', 'blockquote', 'thematicBreak', 'html', 'list', 'table']);

/**
 * The text of a node. Blocks (paragraphs, list items, table rows) end with a line break, so words
 * of adjacent blocks do not run together ("All times in IST" + "08:52 PM" is not "IST08:52").
 */
export function plainText(node: RootContent | Root): string {
  // A hard line break (two trailing spaces, or a backslash) ends a line: reports exported from
  // Google Docs write a timeline as one paragraph of such lines ("16:42 GST: …  ⏎ 16:48 GST: …").
  if (node.type === 'break') return '\n';
  if (!('children' in node)) return toString(node, { includeImageAlt: false });
  const text = (node.children as RootContent[])
    .map((child) => (blockTypes.has(child.type) ? `${plainText(child).replace(/\n+$/, '')}\n` : child.type === 'tableCell' ? `${plainText(child)} ` : plainText(child)))
    .join('');
  return node.type === 'root' ? text : text.replace(/\n+$/, '');
}

export function splitSections(tree: Root): ReportSection[] {
  const sections: ReportSection[] = [{ depth: 0, nodes: [] }];
  const open: ReportSection[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const section: ReportSection = { heading: plainText(node).trim(), depth: (node as Heading).depth, nodes: [] };
      while (open.length && open[open.length - 1].depth >= section.depth) open.pop();
      for (const parent of open) parent.nodes.push(node);
      open.push(section);
      sections.push(section);
      continue;
    }
    if (!open.length) sections[0].nodes.push(node);
    for (const parent of open) parent.nodes.push(node);
  }
  return sections;
}

/** Sections whose heading matches, outermost first (a sub-section inside one is not repeated). */
export function findSections(sections: ReportSection[], heading: RegExp): ReportSection[] {
  const found: ReportSection[] = [];
  for (const section of sections) {
    if (!section.heading || !heading.test(section.heading)) continue;
    if (found.some((outer) => outer.nodes.some((node) => node.type === 'heading' && plainText(node).trim() === section.heading && node.depth === section.depth))) continue;
    found.push(section);
  }
  return found;
}

/** The source text of a node (as written, Markdown marks included). */
export function sourceOf(markdown: string, node: { position?: { start: { offset?: number }; end: { offset?: number } } }): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : markdown.slice(start, end);
}

/**
 * Sections a report writes as a list of bold labels rather than headings, as some teams' templates
 * do (`- **Impact**:` with the text nested under it or in the paragraphs that follow, up to the
 * next such label or heading). A list counts only when every item opens with a bold label and one
 * label names a section the importer reads (`isSectionLabel`): a list of bold action titles
 * ("- **Add alerting**: on queue depth") stays a list. The sections get depth 7, below any heading.
 */
export function labelSections(tree: Root, isSectionLabel: (label: string) => boolean): ReportSection[] & { lists: Set<RootContent> } {
  const found = Object.assign([] as ReportSection[], { lists: new Set<RootContent>() });
  let open: ReportSection | undefined;
  // Under a heading that is itself such a section ("## Action items"), a list of bold labels is
  // that section's content ("- **Impact review**: with the payments team" is an action).
  let underReadSection = false;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      open = undefined;
      underReadSection = isSectionLabel(plainText(node).trim());
      continue;
    }
    const items = node.type === 'list' && !underReadSection ? node.children.map(labelOf) : [];
    if (items.length && items.every(Boolean) && items.some((item) => isSectionLabel(item!.label))) {
      found.lists.add(node);
      for (const item of items) {
        open = { heading: item!.label, depth: 7, nodes: item!.rest };
        found.push(open);
      }
      continue;
    }
    // The same labels written as lines of paragraphs ("**Summary**: …", "**Impact**:" over a
    // list), one a paragraph or several joined by hard line breaks, as Google Docs exports them.
    const lines = node.type === 'paragraph' && !underReadSection ? labelledLines(node) : undefined;
    // Labels written plain ("Root Cause: …⏎Impact: …⏎Timeline:") are read only in a paragraph of
    // two lines or more, each a label, one naming a section: "Note: the disk" alone is a sentence.
    const plain = lines?.some((line) => line.plain);
    const read = plain ? lines!.length >= 2 && lines!.some((line) => isSectionLabel(line.label)) : lines && (lines.some((line) => isSectionLabel(line.label)) || open);
    if (lines && read) {
      // Plain labels stay the opening paragraph the summary is read from ("Direct cause: … Root
      // cause: …", as import round 44 chose for them): their sections give the impact and the rest.
      if (!plain) found.lists.add(node);
      for (const line of lines) {
        open = { heading: line.label, depth: 7, nodes: line.rest, ...(plain ? { plainLabel: true } : {}) };
        found.push(open);
      }
      continue;
    }
    open?.nodes.push(node);
    // A plain label ending a paragraph ("Root cause: …⏎Timeline:") over a list or table: the
    // section that list is ("Timeline:" then "- 11:55: traffic spike").
    const lastLine = node.type === 'paragraph' && !underReadSection ? plainText(node).split('\n').pop()!.trim() : '';
    const plainLabel = /^([A-Z][A-Za-z ]{2,30}):$/.exec(lastLine)?.[1];
    if (plainLabel && isSectionLabel(plainLabel)) {
      open = { heading: plainLabel, depth: 7, nodes: [] };
      found.push(open);
    }
  }
  return found;
}

/**
 * A paragraph whose every line (lines split at hard breaks) opens with a bold label, as labels with
 * their text; else undefined. Since import round 46 also a label written plain, a capitalised word
 * or few and a colon ("Root Cause: Postgres table lock …", "Impact: …", "Timeline:"): an incident
 * set's reports written as such lines under their title lost their impact, read as summary with
 * the labels in it. Those lines are `plain`.
 */
function labelledLines(paragraph: Paragraph): { label: string; rest: RootContent[]; plain?: boolean }[] | undefined {
  const groups: Paragraph['children'][] = [[]];
  for (const child of paragraph.children) {
    if (child.type === 'break') groups.push([]);
    else if (child.type === 'text' && child.value.includes('\n')) {
      // Lines joined by plain line breaks ("**Date**: 2026-04-03⏎**Impact**: …", no two spaces at
      // their ends): a header of labelled lines as much as with hard breaks (adoption walk, session 32).
      child.value.split('\n').forEach((part, i) => {
        if (i > 0) groups.push([]);
        if (part) groups[groups.length - 1].push({ type: 'text', value: part });
      });
    } else groups[groups.length - 1].push(child);
  }
  const lines = groups
    .map((children) => children.filter((child, i) => !(i === 0 && child.type === 'text' && !child.value.trim())))
    .filter((children) => children.length)
    .map((children) => labelOf({ type: 'listItem', children: [{ type: 'paragraph', children }] } as ListItem) ?? plainLabelOf(children));
  return lines.length && lines.every(Boolean) ? (lines as { label: string; rest: RootContent[]; plain?: boolean }[]) : undefined;
}

/** "Root Cause: Postgres table lock …" (a capitalised label of up to four words and a colon) as a label and its text. */
function plainLabelOf(children: Paragraph['children']): { label: string; rest: RootContent[]; plain: true } | undefined {
  const [head, ...tail] = children;
  const label = head?.type === 'text' ? /^\s*([A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}):(?:\s+|$)/.exec(head.value) : null;
  if (!label) return undefined;
  const value = head.type === 'text' ? head.value.slice(label[0].length) : '';
  const inline = [...(value ? [{ type: 'text', value } as Paragraph['children'][number]] : []), ...tail];
  const rest: RootContent[] = inline.length && toString({ type: 'paragraph', children: inline } as Paragraph).trim() ? [{ type: 'paragraph', children: inline } as Paragraph] : [];
  return { label: label[1], rest, plain: true };
}

function labelOf(item: ListItem): { label: string; rest: RootContent[] } | undefined {
  const [first, ...after] = item.children;
  if (first?.type !== 'paragraph') return undefined;
  const [strong, ...inline] = first.children;
  if (strong?.type !== 'strong') return undefined;
  const label = toString(strong).trim();
  const following = inline.length ? toString({ type: 'paragraph', children: inline } as Paragraph) : '';
  // "**Impact**:" / "**Impact:**" / "**Key events**" alone: a label; "**Note** the disk" is emphasis.
  if (!label || label.length > 40 || !(/:$/.test(label) || /^\s*:/.test(following) || !following.trim())) return undefined;
  const rest: RootContent[] = [];
  if (following.replace(/^\s*:/, '').trim()) {
    const [head, ...tail] = inline;
    const trimmed = head.type === 'text' ? [{ ...head, value: head.value.replace(/^\s*:\s*/, '') }, ...tail] : inline;
    rest.push({ type: 'paragraph', children: trimmed } as Paragraph);
  }
  rest.push(...(after as RootContent[]));
  return { label: label.replace(/:$/, '').trim(), rest };
}
