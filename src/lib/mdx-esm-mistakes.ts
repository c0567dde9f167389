/**
 * Lines an .mdx body reads as JavaScript modules (`import …`, `export …` at the start of a
 * paragraph) that were not written as such (bad input round 46), said as what they are instead of
 * the parser's "Could not parse import/exports with acorn": the lines of a `<script>` block copied
 * from another tool's page (Svelte's `<script context="module">` with `export const …`, a script's
 * `import Chart from "./Chart.svelte"`), and a sentence that begins with the word "import" or
 * "export" (`import jobs stalled for an hour.`). Pure text, no Astro.
 */

export interface EsmMistake {
  /** Index (0-based) in the body's lines of the line to name. */
  lineIndex: number;
  column: number;
  message: string;
  fix: string;
}

/** The start of a real module statement: `import x from`, `import {`, `import '…'`, `export const`, … */
const moduleStatement = /^(?:import\s+(?:[\w$]+\s*(?:,\s*\{[^}]*\}\s*)?from\s|\{|\*\s*as\s|["'])|export\s+(?:const|let|var|function|async\s+function|class|default|\{|\*))/;

/**
 * The mistake behind MDX's "Could not parse import/exports with acorn" at `lines[lineIndex]`, if
 * it is one of the above; undefined leaves the parser's words.
 */
export function describeEsmMistake(lines: readonly string[], lineIndex: number, reason: string): EsmMistake | undefined {
  if (!/^Could not parse import\/exports with acorn/.test(reason)) return undefined;
  // The module block is the paragraph the error is in: look back to its first line.
  let first = Math.min(lineIndex, lines.length - 1);
  while (first > 0 && lines[first - 1].trim() !== '' && !/^(?:import|export)\s/.test(lines[first])) first -= 1;
  // A <script> opened above, not closed before this block: its code is the block.
  for (let i = first; i >= 0 && i >= first - 40; i -= 1) {
    if (/<\/script\s*>/i.test(lines[i]) && i < first) break;
    const script = /^\s*(<script\b[^>]*>)/i.exec(lines[i]);
    if (!script) continue;
    const svelteModule = /\bcontext\s*=\s*["']module["']|\bmodule\b(?!\s*=)/i.test(script[1]) && !/type\s*=\s*["']module["']/i.test(script[1]);
    return {
      lineIndex: i, column: lines[i].indexOf('<') + 1,
      message: `${script[1]} opens ${svelteModule ? "a Svelte component's module script" : 'a script'}, code of the page it was copied from: an .mdx body reads its import and export lines as the page's own JavaScript modules, and they do not parse; a script would run code in readers' browsers in any case, which this site refuses.`,
      fix: `delete the whole block, from ${script[1]} to </script> (the site's pages have their own code); to show the code in the report, put it in a fenced code block (\`\`\`${svelteModule ? 'svelte' : 'html'} before it, \`\`\` after).`,
    };
  }
  const line = lines[first] ?? '';
  const word = /^(import|export)\s/.exec(line)?.[1];
  if (!word || moduleStatement.test(line)) return undefined;
  const capital = `${word[0].toUpperCase()}${word.slice(1)}`;
  return {
    lineIndex: first, column: 1,
    message: `the paragraph begins with the word "${word}", and an .mdx body reads a line beginning with "${word} " as a JavaScript ${word} statement, not as text: "${line.slice(0, 40)}${line.length > 40 ? '…' : ''}" does not parse as one.`,
    fix: `begin the sentence otherwise: with a capital (${capital} ${line.slice(word.length + 1, 40)}${line.length > 40 ? '…' : ''}), or other words ("The ${word} …").`,
  };
}
