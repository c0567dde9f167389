import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A paragraph that a `---` under it made a heading, at its body line (1-based). */
export interface SetextRuleHeading {
  line: number;
  message: string;
  fix: string;
}

/**
 * Whether `body` may hold a line of text with a `---` line right under it (the only way to a
 * heading {@link findSetextRuleHeadings} says): a cheap test before the tree is walked. Each line is
 * read once from its start, its first character that is not a space found by `[^\S\n]*`: the
 * test it replaces, `/\S[^\n]*\n {0,3}-+[ \t]*(?:\n|$)/`, started at every character that is not
 * a space and read on to the end of its line, quadratic in a line's length (a 130 KB line of
 * nested `<span>`s took 9 s of CPU; session 55). True for the same bodies.
 */
export function mayHoldSetextRuleHeading(body: string): boolean {
  return /(?:^|\n)[^\S\n]*\S[^\n]*\n {0,3}-+[ \t]*(?:\n|$)/.test(body);
}

/**
 * A `---` written right under a sentence to draw a rule (bad input round 46): Markdown reads the
 * two as a heading of level 2 (a setext heading), so `Reverting fixed it.` over `---` was
 * published as a heading, in the page's outline, in silence. Only a "heading" that reads as prose
 * is said: one ending with a sentence's stop (`.`, `!`, `?`, `:`, `;`, `,`), of more than one line,
 * or over 80 characters; `Root cause` over `---` is a heading written so on purpose, and left, and
 * so is an AsciiDoc code block's `----` pair.
 */
export function findSetextRuleHeadings(tree: Root, body: string): SetextRuleHeading[] {
  const lines = body.split('\n');
  const found: SetextRuleHeading[] = [];
  visit(tree, 'heading', (node) => {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (node.depth !== 2 || start === undefined || end === undefined || end === start) return;
    if (!/^ {0,3}-+[ \t]*$/.test(lines[end - 1] ?? '')) return;
    // `----` twice is an AsciiDoc code block's pair of delimiters (body/foreign-markup says so).
    const underline = lines[end - 1].trim();
    if (underline.length >= 4 && lines.filter((line) => line.trim() === underline).length >= 2) return;
    let text = '';
    visit(node, (inner) => { if (inner.type === 'text' || inner.type === 'inlineCode') text += (inner as { value: string }).value; });
    text = text.replace(/\s+/g, ' ').trim();
    if (!(/[.!?:;,]$/.test(text) || end - start > 1 || text.length > 80)) return;
    const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    found.push({
      line: end,
      message: `the --- on this line, right under "${shown}", makes that paragraph a heading (Markdown's heading underlined with ---), not text with a rule after it: the page shows it as a heading, in its outline too.`,
      fix: `put a blank line before the --- to draw a rule; if a heading was meant, write it on one line as ## ${end - start > 1 ? '<the heading>' : text.replace(/[.!?:;,]$/, '')}.`,
    });
  });
  return found;
}
