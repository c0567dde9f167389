/**
 * What bad input round 60's three warnings say over reports we did not write (docs/rules.md, "Bad input round 60"):
 * `node scripts/measure-bad-input-round60.ts OUT [FOLDER]` reads every `.md` / `.markdown` report under FOLDER (default
 * /work/corpora; folders starting `_` or `.` and the collections kept for independent checks are left
 * out), and writes to OUT one line per finding: a title of several sentences (`title:` of the front matter, else the
 * first `# ` heading: the title the import takes), a timeline table's merged cell, a section heading written twice.
 * It prints the counts. Run it on two versions of the project (a `git archive` of each) to compare them.
 */
import { writeFileSync } from 'node:fs';
import { corpusReportFiles, measureArguments, readCorpusReport } from './lib/corpus-reports.ts';
import { parseBodyText } from '../src/lib/body-tree.ts';
import { titleSentences } from '../src/lib/title-sentences.ts';
import { findMergedTimelineCells } from '../src/lib/timeline-merged-cells.ts';
import { duplicateHeadingRule } from '../src/lib/lint/headings.ts';
import type { LintContext } from '../src/lib/lint/types.ts';

const usage = 'Usage: node scripts/measure-bad-input-round60.ts OUT [FOLDER]\n\nReads every .md report under FOLDER (default /work/corpora) and writes to OUT each title of several sentences, merged cell of a timeline table and section heading written twice; prints the counts.';
const { out, folder } = measureArguments(usage);
const files = corpusReportFiles(folder);
const lines: string[] = [];
const counts = { files: 0, titles: 0, titleSentences: 0, mergedCells: 0, mergedCellFiles: 0, duplicateHeadings: 0, duplicateHeadingFiles: 0 };
for (const file of files) {
  const { name, frontMatter, body } = readCorpusReport(file, folder);
  counts.files++;
  const title = (frontMatter && /^title:[ \t]*["']?(.*?)["']?[ \t]*$/m.exec(frontMatter)?.[1]) || /^#[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1];
  if (title) {
    counts.titles++;
    const sentences = titleSentences(title);
    if (sentences.length > 1) { counts.titleSentences++; lines.push(`title ${name}: ${title}`); }
  }
  const merged = findMergedTimelineCells(body);
  if (merged.length) counts.mergedCellFiles++;
  for (const found of merged) { counts.mergedCells++; lines.push(`merged ${name}:${found.line} ${body.split('\n')[found.line - 1]?.slice(0, 120)}`); }
  let tree;
  try { tree = parseBodyText(body, false); } catch (error) { lines.push(`CRASH ${name}: ${error}`); continue; }
  const repeated = duplicateHeadingRule.check({ tree, bodyStartLine: 1 } as LintContext);
  if (repeated.length) counts.duplicateHeadingFiles++;
  for (const found of repeated) { counts.duplicateHeadings++; lines.push(`heading ${name}:${found.line} ${body.split('\n')[found.line - 1]?.slice(0, 120)}`); }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${counts.files} files, ${counts.titles} titles: ${counts.titleSentences} titles of several sentences, ${counts.mergedCells} merged timeline cells in ${counts.mergedCellFiles} files, ${counts.duplicateHeadings} headings written twice in ${counts.duplicateHeadingFiles} files -> ${out}`);
