/**
 * What bad input round 62's change to the body timeline's order check says over reports we did not write (docs/rules.md,
 * "Bad input round 62"): `node scripts/measure-bad-input-round62.ts OUT [FOLDER]` reads every `.md` / `.markdown` report
 * under FOLDER (default /work/corpora; folders starting `_` or `.` and the collections kept for independent checks are
 * left out), and writes to OUT one line per `body/timeline-time` finding of `findTimelineTurningBack` (the rows now split
 * with pipedRowCells, a `\|` kept in its cell; a region's two zones, `CET` then `CEST`, compared in UTC). Run it on two
 * versions of the code and compare the outputs. It prints the counts.
 */
import { writeFileSync } from 'node:fs';
import { corpusReportFiles, measureArguments, readCorpusReport } from './lib/corpus-reports.ts';
import { findTimelineTurningBack } from '../src/lib/body-timeline-order.ts';

const usage = 'Usage: node scripts/measure-bad-input-round62.ts OUT [FOLDER]\n\nReads every .md report under FOLDER (default /work/corpora) and writes to OUT each entry of a body timeline the order check says (body/timeline-time); prints the counts.';
const { out, folder } = measureArguments(usage);
const files = corpusReportFiles(folder);
const lines: string[] = [];
const counts = { files: 0, findings: 0, findingFiles: 0, escapedPipeRows: 0 };
for (const file of files) {
  const { name, body } = readCorpusReport(file, folder);
  counts.files++;
  counts.escapedPipeRows += body.split('\n').filter((line) => /^\s*\|.*\\\|.*\|\s*$/.test(line)).length;
  const found = findTimelineTurningBack(body);
  if (found.length) counts.findingFiles++;
  for (const finding of found) { counts.findings++; lines.push(`${name}:${finding.line} ${finding.mistake.message.slice(0, 200)}`); }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${counts.files} files (${counts.escapedPipeRows} table rows with an escaped pipe): ${counts.findings} timeline entries said out of order in ${counts.findingFiles} files -> ${out}`);
