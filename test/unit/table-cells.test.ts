import { describe, expect, test } from 'vitest';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import { findTableProblems, mayLoseTableText } from '../../src/lib/table-cells.ts';

const parsed = (body: string, mdx: boolean) => (mdx ? mdxToMdast(body) : markdownToMdast(body, { features: { gfm: true } })) as unknown as Root;
const row = (cells: number, { outer = true, escaped = false } = {}) => {
  const inner = Array.from({ length: cells }, (_, i) => (escaped && i === 0 ? 'a \\| b' : `c${i}`)).join(' | ');
  return outer ? `| ${inner} |` : inner;
};
const delimiter = (cells: number, outer = true) => {
  const inner = Array.from({ length: cells }, (_, i) => [':---', '---:', ':-:', '---'][i % 4]).join(' | ');
  return outer ? `| ${inner} |` : inner;
};

/** Tables of every shape a body may hold, in the places a body may hold them. */
function* tableBodies(): Generator<string> {
  const before = ['', 'Some text above.\n', 'Some text above.\n\n', '# Heading\n\n'];
  const wrap = [(t: string) => t, (t: string) => t.split('\n').map((l) => `> ${l}`).join('\n'), (t: string) => `- item\n\n  ${t.split('\n').join('\n  ')}`, (t: string) => `<Internal>\n\n${t}\n\n</Internal>`, (t: string) => `\`\`\`\n${t}\n\`\`\``];
  for (const header of [1, 2, 3]) for (const delimiterCells of [1, 2, 3]) for (const rowCells of [[], [header], [header + 1], [header, header + 2], [1]]) {
    for (const outer of [true, false]) for (const escaped of [false, true]) {
      const table = [row(header, { outer }), delimiter(delimiterCells, outer), ...rowCells.map((n) => row(n, { outer, escaped }))].join('\n');
      for (const above of before) for (const place of wrap) yield `${above}${place(table)}\n\nText after.\n`;
    }
  }
}

describe('mayLoseTableText', () => {
  test('says yes for every table the parsed body shows a problem in (Markdown and MDX), and no for most that have none', () => {
    let bodies = 0;
    let problems = 0;
    let skippedWithoutProblem = 0;
    for (const body of tableBodies()) {
      for (const mdx of [false, true]) {
        let tree: Root;
        try {
          tree = parsed(body, mdx);
        } catch {
          continue;
        }
        bodies++;
        const found = findTableProblems(tree, body).length > 0;
        if (found) {
          problems++;
          expect(mayLoseTableText(body), `${mdx ? 'mdx' : 'md'}:\n${body}`).toBe(true);
        } else if (!mayLoseTableText(body)) skippedWithoutProblem++;
      }
    }
    expect(bodies).toBeGreaterThan(1000);
    expect(problems).toBeGreaterThan(200);
    // The point of the line check: a sound table is not parsed again.
    expect(skippedWithoutProblem).toBeGreaterThan(100);
  });

  test('a sound table under a blank line needs no parse; one row too many, a --- line of another count or text right above does', () => {
    const sound = 'Intro.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |\n\nAfter.';
    expect(mayLoseTableText(sound)).toBe(false);
    expect(mayLoseTableText(sound.replace('| 3 | 4 |', '| 3 | 4 | 5 |'))).toBe(true);
    expect(mayLoseTableText(sound.replace('| --- | --- |', '| --- |'))).toBe(true);
    expect(mayLoseTableText(sound.replace('Intro.\n\n', 'Intro.\n'))).toBe(true);
    expect(mayLoseTableText('No table | here, only a pipe.')).toBe(false);
  });
});
