import type { Root } from 'mdast';

/**
 * Sections of a report template that speak to the team, not to a customer: who owns the review,
 * who took part, the note to the owner ("push this document to …"), the body's own severity
 * rating (the public page shows the impact badge; "Severity: Critical" beside it reads as a second,
 * internal scale). Imported reports carry them in the body (session 28: "Owner:", "Involved:",
 * "Notes to the owner" of a template were published), so the public cut drops them whatever the
 * author wrapped: a public post keeps less, never more.
 */
/**
 * The titles, as regular-expression sources that open with their first word (written out, at most
 * an `s?` after it). A title marked `label` also cuts a line that opens with it and a colon
 * ("Owner: …", "**Severity:** High"). The cut's patterns and the shortcut's first words are all
 * derived from this one list, so a title added here is both cut and never skipped by the shortcut.
 */
const internalTitles: readonly { source: string; label: boolean }[] = [
  { source: 'metadata', label: false },
  // The section `npm run import` writes inside <Internal> (a record of the source, its authors
  // among it): cut also when an edit left it outside (canary round 37).
  { source: 'imported metadata', label: false },
  { source: 'notes to the owners?', label: false },
  { source: 'owners?', label: true },
  { source: 'involved', label: true },
  { source: 'people involved', label: true },
  { source: 'severity(?: level)?', label: true },
  { source: 'meeting scheduled for', label: true },
  { source: 'call recording', label: true },
];

const sectionTitle = new RegExp(`^(?:${internalTitles.map((t) => t.source).join('|')})$`, 'i');
const labelLine = new RegExp(`^(?:${internalTitles.filter((t) => t.label).map((t) => t.source).join('|')})\\s*:`, 'i');

/** A title's first word as every title it matches starts: `owners?` gives "owner". */
export function titleFirstWord(source: string): string {
  const [, word = '', optional] = /^([a-z]+)(\?)?/.exec(source) ?? [];
  if (!word) throw new Error(`template-internal-sections: the title ${JSON.stringify(source)} does not open with a written word`);
  return optional ? word.slice(0, -1) : word;
}

const mayHoldPattern = new RegExp(
  `^[^\\p{L}\\p{N}\\n]*(?:\\d{1,9}[.)][^\\p{L}\\p{N}\\n]*)?(?:${[...new Set(internalTitles.map((t) => titleFirstWord(t.source)))].join('|')})`,
  'imu',
);

/** The titles' sources, for tests that try every one of them. */
export const templateInternalTitleSources: readonly string[] = internalTitles.map((t) => t.source);

/**
 * True when some line of `body` may open with one of those titles or labels (a superset of what
 * {@link templateInternalRanges} cuts: any marks before the word, no parse). A shortcut that
 * judges a body without the cut (`hasAccountOutsideComponents`) must not where this holds.
 */
export function mayHoldTemplateInternalSections(body: string): boolean {
  return mayHoldPattern.test(body);
}

type Positioned = { type: string; depth?: number; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } };

/** The first line of a node's source, without heading marks, emphasis marks or a list marker. */
function firstLine(body: string, node: Positioned): string {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const line = body.slice(start, end).split(/\r?\n/, 1)[0] ?? '';
  return line.replace(/^\s*(?:[-*+]|\d{1,9}[.)])?\s*#*\s*/, '').replace(/[*_`]/g, '').trim();
}

/**
 * A heading, or the one heading a `<PublicOnly>` or `<Internal>` block holds: since adoption round 63
 * `npm run redact` writes a heading with a name in it as such a pair, one for each site ("### Owner:
 * The responsible team" in `<PublicOnly>`), and the section under it is the heading's as before.
 */
function headingOf(node: Positioned): Positioned | undefined {
  if (node.type === 'heading') return node;
  const name = (node as { name?: string | null }).name;
  if (node.type !== 'mdxJsxFlowElement' || (name !== 'PublicOnly' && name !== 'Internal')) return undefined;
  const inside = (node.children ?? []) as Positioned[];
  return inside.length === 1 && inside[0].type === 'heading' ? inside[0] : undefined;
}

/**
 * Source ranges (offsets into `body`, the body `tree` was parsed from) of the template's internal
 * sections and label lines: a heading named as one ("## Notes to the owner", "### Involved:",
 * "### Owner: …") with everything up to the next heading of its level or above; a top-level
 * paragraph or list item whose first line opens with a label ("Owner: …"). A range inside another
 * is left out, so the caller can cut them one by one.
 */
export function templateInternalRanges(tree: Root, body: string): [number, number][] {
  const ranges: [number, number][] = [];
  const children = tree.children as Positioned[];
  children.forEach((node, index) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const heading = headingOf(node);
    const text = firstLine(body, heading ?? node);
    if (heading) {
      if (!sectionTitle.test(text.replace(/\s*:\s*$/, '')) && !labelLine.test(text)) return;
      const next = children.slice(index + 1).find((n) => (headingOf(n)?.depth ?? 7) <= (heading.depth ?? 1));
      ranges.push([start, next?.position?.start.offset ?? body.length]);
    } else if (node.type === 'paragraph' && labelLine.test(text)) {
      ranges.push([start, end]);
    } else if (node.type === 'list') {
      for (const item of (node.children ?? []) as Positioned[]) {
        const a = item.position?.start.offset;
        const b = item.position?.end.offset;
        if (a !== undefined && b !== undefined && labelLine.test(firstLine(body, item))) ranges.push([a, b]);
      }
    }
  });
  return withoutNested(ranges);
}

/**
 * Top-level paragraphs that are one of those section titles alone, written as words and not as a
 * heading ("**Imported metadata**" over a YAML block, canary round 37): a reader takes what follows
 * for the section, but no heading says where it ends, so the cut cannot drop it and published it.
 * Each with its offset in `body` and its words, for the public cut to refuse.
 */
export function templateTitleParagraphs(tree: Root, body: string): { offset: number; title: string }[] {
  return (tree.children as Positioned[]).flatMap((node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type !== 'paragraph' || start === undefined || end === undefined || /\n/.test(body.slice(start, end).trim())) return [];
    const title = firstLine(body, node).replace(/\s*:\s*$/, '');
    return sectionTitle.test(title) && !labelLine.test(firstLine(body, node)) ? [{ offset: start, title }] : [];
  });
}

/** `ranges` without any range that lies inside another (or repeats it). */
export function withoutNested(ranges: readonly [number, number][]): [number, number][] {
  return ranges.filter(([a, b], i) => !ranges.some(([c, d], j) => j !== i && c <= a && b <= d && (c !== a || d !== b || j < i)));
}
