import { isInsideFence, type FencedBlock } from './fenced-blocks.ts';

/**
 * A Markdown link reference definition (`[4]: https://gist.github.com/<someone>/…`) whose address
 * or title is a finding. Wrapping only the address in `<Internal>` (as an address in prose is)
 * left a line that defines nothing, so every link to the label was shown as text, brackets
 * included, and the internal build stopped on it (`body/undefined-reference`; `npm run redact` on
 * an imported Rust security advisory, session 29). A definition inside a block `<Internal>` defines
 * nothing on the internal page either. So each link to the label is written inline with the
 * definition's address and title, inside `<Internal>`, its words kept for the public page
 * (customers read the words, without a link into the organisation), and the definition, used by
 * nothing any more, is taken out.
 */

/**
 * A definition line: up to three spaces, the bracketed label, a colon, an address. Not a
 * footnote's (`[^note]: text`): its text is prose, a finding in it is wrapped where it stands.
 * Read as a link definition, its text became a link's address (`<Internal>[^note](text)</Internal>`)
 * and the footnote lost its definition: the internal build stopped on `body/footnote` (an imported
 * infrastructure report whose footnote held a flagged link, session 31).
 */
const definitionLine = /^ {0,3}\[(?!\^)((?:[^\]\\\n]|\\.)+)\]:[ \t]*\S/;

/** A label as CommonMark compares them: case folded, runs of white space as one space. */
export const normaliseLabel = (label: string): string => label.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The definition on the line holding `index`, if that line is one: the line's offsets (its line
 * end included), its label, and its address and title as an inline link's parentheses hold them.
 */
export function referenceDefinitionAt(source: string, index: number): { start: number; end: number; label: string; destination: string } | undefined {
  const start = source.lastIndexOf('\n', index - 1) + 1;
  const lineEnd = source.indexOf('\n', index) < 0 ? source.length : source.indexOf('\n', index);
  const line = source.slice(start, lineEnd);
  const m = definitionLine.exec(line);
  if (!m) return undefined;
  return { start, end: Math.min(source.length, lineEnd + 1), label: normaliseLabel(m[1]), destination: line.slice(line.indexOf(']:', m[1].length) + 2).trim() };
}

/** A link or image by reference: full `[words][label]`, collapsed `[label][]`, or shortcut `[label]`. */
const referenceLink = /(!?)\[((?:[^\]\\\n]|\\.)*)\](?:\[((?:[^\]\\\n]|\\.)*)\])?(?![[(:])/g;

export interface ReferenceToLabel {
  start: number;
  end: number;
  /** The words the link shows (an image's alt text). */
  words: string;
  image: boolean;
}

/**
 * Every link and image of the body (from `bodyStart`) that refers to `label`, outside fenced code
 * (`fences`) and code spans.
 */
export function referencesTo(source: string, label: string, bodyStart: number, fences: readonly FencedBlock[]): ReferenceToLabel[] {
  const found: ReferenceToLabel[] = [];
  let lineStart = bodyStart;
  for (const line of source.slice(bodyStart).split('\n')) {
    const at = lineStart;
    lineStart += line.length + 1;
    if (isInsideFence(fences, at) || definitionLine.test(line)) continue;
    const code = [...line.matchAll(/`+[^`\n]*`+/g)].map((m) => [m.index!, m.index! + m[0].length]);
    for (const m of line.matchAll(referenceLink)) {
      const [whole, bang, words, second] = m;
      const target = second === undefined || second === '' ? words : second;
      if (!target.trim() || normaliseLabel(target) !== label) continue;
      if (code.some(([a, b]) => m.index! < b && a < m.index! + whole.length)) continue;
      found.push({ start: at + m.index!, end: at + m.index! + whole.length, words, image: bang === '!' });
    }
  }
  return found;
}
