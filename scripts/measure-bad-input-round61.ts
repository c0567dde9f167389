/**
 * What bad input round 61's two new warnings say over reports we did not write (docs/rules.md, "Bad input round 61"):
 * `node scripts/measure-bad-input-round61.ts OUT [FOLDER]` reads every `.md` / `.markdown` report under FOLDER (default
 * /work/corpora; folders starting `_` or `.` and the collections kept for independent checks are left out), and writes
 * to OUT one line per finding: an image without an alternative text (`body/image-alt`), and a body timeline that
 * disagrees with the front matter's `timeline` (`body/timeline-disagrees`, read only where the front matter has one of
 * entries with `at` and `event`). It prints the counts.
 */
import { writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { corpusReportFiles, measureArguments, readCorpusReport } from './lib/corpus-reports.ts';
import { findImagesWithoutAltText } from '../src/lib/lint/image-alt-text.ts';
import { readBodyImages } from '../src/lib/lint/images.ts';
import { findBodyTimelineDisagreements, type FrontmatterTimelineEntry } from '../src/lib/body-timeline-agreement.ts';

const usage = 'Usage: node scripts/measure-bad-input-round61.ts OUT [FOLDER]\n\nReads every .md report under FOLDER (default /work/corpora) and writes to OUT each image without an alternative text and each body timeline entry that disagrees with the front matter\'s timeline; prints the counts.';
const { out, folder } = measureArguments(usage);
const files = corpusReportFiles(folder);
const lines: string[] = [];
const counts = { files: 0, images: 0, imageFiles: 0, timelines: 0, disagreements: 0, disagreementFiles: 0 };
for (const file of files) {
  const { name, frontMatter, body } = readCorpusReport(file, folder);
  counts.files++;
  const images = findImagesWithoutAltText(readBodyImages(body));
  if (images.length) counts.imageFiles++;
  for (const found of images) { counts.images++; lines.push(`image ${name}:${found.line} ${body.split('\n')[found.line - 1]?.slice(0, 120)}`); }
  let timeline: FrontmatterTimelineEntry[] = [];
  try {
    const data = frontMatter !== undefined ? (parseYaml(frontMatter) as { timeline?: unknown }) : undefined;
    if (Array.isArray(data?.timeline)) timeline = data.timeline.filter((entry): entry is FrontmatterTimelineEntry => typeof entry?.event === 'string' && (typeof entry?.at === 'string' || entry?.at instanceof Date));
  } catch { /* a front matter YAML does not read is not this measure's */ }
  if (!timeline.length) continue;
  counts.timelines++;
  const disagreements = findBodyTimelineDisagreements(body, timeline);
  if (disagreements.length) counts.disagreementFiles++;
  for (const found of disagreements) { counts.disagreements++; lines.push(`timeline ${name}:${found.line} ${found.mistake.message.slice(0, 200)}`); }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${counts.files} files: ${counts.images} images without an alternative text in ${counts.imageFiles} files; ${counts.timelines} files with a front-matter timeline, ${counts.disagreements} body entries disagreeing with it in ${counts.disagreementFiles} files -> ${out}`);
