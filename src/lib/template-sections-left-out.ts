import { visit, SKIP } from 'unist-util-visit';
import { splitFrontmatter } from './frontmatter.ts';
import { parseBodyTree } from './body-tree.ts';
import { parseMdxTree } from './mdx-tree.ts';
import { isExcludedFromVariant } from './postmortem-text.ts';
import { mayHoldTemplateInternalSections, templateInternalRanges } from './template-internal-sections.ts';
import { quoteSnippet } from './quoted-snippet.ts';

/** One template section the public cut drops that the author did not wrap in `<Internal>`. */
export interface SectionLeftOut {
  file: string;
  /** Line in the file (frontmatter counted), where the section or label line opens. */
  line: number;
  /** Its first line as written, shortened: "## Notes to the owner", "Owner: @dana". */
  opening: string;
}

const longestOpening = 60;

/**
 * The sections of a public post's body that the public page leaves out on its own (a report
 * template's "Owner:", "Involved:", "Notes to the owner", its own "Severity":
 * `template-internal-sections.ts`), so the author hears of it before the page is read: the cut
 * is right to fail closed, but silent it surprised authors (session 28, ui30) who wrote a section
 * under such a heading for customers. A section inside `<Internal>` is not named: its author
 * already chose. Same parse and ranges as the public cut (`stripInternalFromSource`).
 */
export function templateSectionsLeftOut(file: string, source: string): SectionLeftOut[] {
  const isMdx = file.endsWith('.mdx');
  const { body } = splitFrontmatter(source);
  if (!mayHoldTemplateInternalSections(body)) return []; // most bodies: no parse
  const frontmatterLines = source.slice(0, source.length - body.length).split('\n').length - 1;
  let tree;
  try {
    tree = isMdx ? parseMdxTree(body) : parseBodyTree(source, false);
  } catch {
    return []; // a body that does not parse is an error of its own in the check
  }
  const wrapped: [number, number][] = [];
  visit(tree, (node) => {
    if (!isExcludedFromVariant(node as { type: string; name?: string | null }, 'public')) return;
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) wrapped.push([start.offset, end.offset]);
    return SKIP;
  });
  return templateInternalRanges(tree, body)
    .filter(([a, b]) => !wrapped.some(([c, d]) => c <= a && b <= d))
    .map(([a]) => {
      const opening = (body.slice(a).split(/\r?\n/, 1)[0] ?? '').trim();
      return {
        file,
        line: frontmatterLines + body.slice(0, a).split('\n').length,
        opening: quoteSnippet(opening, longestOpening),
      };
    });
}

/** The check's note lines for those sections, one a file: what is left out, and how to keep it. */
export function formatSectionsLeftOut(sections: readonly SectionLeftOut[]): string[] {
  const byFile = new Map<string, SectionLeftOut[]>();
  for (const section of sections) byFile.set(section.file, [...(byFile.get(section.file) ?? []), section]);
  return [...byFile].map(([file, own]) =>
    `note: ${file}: the public page leaves out ${own.length === 1 ? 'a template section (internal by its' : `${own.length} template sections (internal by their`} title or label): ` +
    `${own.map((s) => `line ${s.line} "${s.opening}"`).join(', ')}. ` +
    'To publish one, retitle it (a customer heading such as "What we changed"); to say it is meant, wrap it in <Internal>.',
  );
}
