/**
 * Which addresses adoption round 62's spelling of undecomposed letters changes (docs/adopting.md, "Walkthrough
 * round 62"): `node scripts/measure-slug-letters.ts OUT [FOLDER]` reads every `.md` / `.markdown` report under FOLDER
 * (default /work/corpora; folders starting `_` or `.` and the collections kept for independent checks are left out),
 * takes the title an import would make a file name of (the front matter's `title`, else the first `# ` heading, else
 * the file's name) and writes to OUT one line per title whose slug (slugFromTitle, slug.ts) changes: the slug with
 * those letters dropped, as before the round ("Vấn đề" -> `van-e`), and the slug now (`van-de`). It prints the counts.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { corpusReportFiles, measureArguments, readCorpusReport } from './lib/corpus-reports.ts';
import { slugFromTitle } from '../src/lib/slug.ts';

const usage = 'Usage: node scripts/measure-slug-letters.ts OUT [FOLDER]\n\nReads every .md report under FOLDER (default /work/corpora) and writes to OUT each title whose file-name slug changes now that letters NFKD does not decompose (đ, ł, ø, ß, æ, þ, ı, …) are spelt in ASCII instead of dropped; prints the counts.';
const { out, folder } = measureArguments(usage);
// The letters slug.ts spells, in either case: before the round each was a word break.
const spelt = /[đðłøßæœþıħŧŋƒ]/giu;
const titleOf = (frontMatter: string | undefined, body: string, file: string): string => {
  try {
    const title = frontMatter !== undefined ? (parseYaml(frontMatter) as { title?: unknown })?.title : undefined;
    if (typeof title === 'string' && title.trim()) return title;
  } catch { /* a front matter YAML does not read: the heading or the file name */ }
  return /^# +(.+)$/m.exec(body)?.[1] ?? basename(file).replace(/\.[^.]+$/, '');
};
const lines: string[] = [];
const counts = { files: 0, withLetters: 0, changed: 0 };
for (const file of corpusReportFiles(folder)) {
  const { name, frontMatter, body } = readCorpusReport(file, folder);
  counts.files++;
  const title = titleOf(frontMatter, body, file);
  if (!new RegExp(spelt.source, 'iu').test(title)) continue;
  counts.withLetters++;
  const before = slugFromTitle(title.toLowerCase().replace(spelt, '-'));
  const now = slugFromTitle(title);
  if (before === now) continue;
  counts.changed++;
  lines.push(`${name}\t${before}\t${now}`);
}
writeFileSync(out, lines.join('\n') + (lines.length ? '\n' : ''));
console.log(`${counts.files} reports; ${counts.withLetters} titles with a letter spelt now; ${counts.changed} slugs changed (listed in ${out}).`);
