/**
 * What bad input round 63's three body readings say over reports we did not write (docs/rules.md, "Bad input round 63"):
 * `node scripts/measure-bad-input-round63.ts OUT [FOLDER]` reads every `.md` / `.markdown` report under FOLDER (default
 * /work/corpora; folders starting `_` or `.` and the collections kept for independent checks are left out), and writes to
 * OUT one line per finding of the body timeline's order check (`findTimelineTurningBack`, now reading days written
 * `08/07/2025`), of a week day before another day's date (`findWeekdayContradictions`), and of a body that is only a
 * link (`onlyLinkOfBody`). Run it on two versions of the code and compare the outputs. It prints the counts.
 */
import { writeFileSync } from 'node:fs';
import { corpusReportFiles, measureArguments, readCorpusReport } from './lib/corpus-reports.ts';
import { findTimelineTurningBack } from '../src/lib/body-timeline-order.ts';
import { mistakesOutsideCode } from '../src/lib/angle-bracket-text.ts';

const usage = 'Usage: node scripts/measure-bad-input-round63.ts OUT [FOLDER]\n\nReads every .md report under FOLDER (default /work/corpora) and writes to OUT each entry of a body timeline the order check says (body/timeline-time), each week day before a date that is another week day (consistency/weekday) and each body that is only a link (body/only-a-link); prints the counts.';
const { out, folder } = measureArguments(usage);
// Loaded so that the script runs on a version of the code without them (the "before" tree): counted as none there.
const weekdays = await import('../src/lib/weekday-contradictions.ts').catch(() => undefined);
const onlyLink = await import('../src/lib/body-only-a-link.ts').catch(() => undefined);
const files = corpusReportFiles(folder);
const lines: string[] = [];
const counts = { files: 0, order: 0, weekday: 0, onlyLink: 0, slashDayRows: 0 };
for (const file of files) {
  const { name, body } = readCorpusReport(file, folder);
  counts.files++;
  counts.slashDayRows += body.split('\n').filter((line) => /^\s*(?:[-*+]\s+|\|\s*)?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\.?,?\s+\d{1,2}:\d{2}/.test(line)).length;
  for (const finding of findTimelineTurningBack(body)) { counts.order++; lines.push(`${name}:${finding.line} order ${finding.mistake.message.slice(0, 200)}`); }
  if (weekdays) {
    for (const { line, mistake } of mistakesOutsideCode(body, (text) => weekdays.findWeekdayContradictions(text).map((found) => ({ index: found.index, ...weekdays.describeWeekdayContradiction(found, 'the body') })))) {
      counts.weekday++;
      lines.push(`${name}:${line} weekday ${mistake.message.slice(0, 200)}`);
    }
  }
  const address = onlyLink?.onlyLinkOfBody(body);
  if (address) { counts.onlyLink++; lines.push(`${name}:1 only-a-link ${address}`); }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${counts.files} files (${counts.slashDayRows} lines opening with a day in slashes or points and a time): ${counts.order} timeline entries said out of order, ${counts.weekday} week days against their date, ${counts.onlyLink} bodies only a link -> ${out}`);
