#!/usr/bin/env node
// npm run evidence -- --from YYYY-MM-DD --to YYYY-MM-DD [--framework iso27001|soc2|nist] [--out DIR]
// Writes the evidence pack of an audit period: report.html (print-ready), evidence.json and CSV
// tables (incidents, action items, notification deadlines, controls). Every incident that started
// in the period, whatever its review status. Default --out: evidence/<from>_<to>[_<framework>]/.
// KB_AS_OF=YYYY-MM-DD fixes the as-of day and clock (byte-identical reruns); docs/compliance.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { outputWriteProblem } from './lib/safe-write.ts';
import { join, resolve } from 'node:path';
import { parseArgsOnce } from './lib/command-line.ts';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { kbConfig, resolveContentDir, siteConfig } = await loadSiteConfig();
import { resolveAsOfInstant } from '../src/lib/as-of.ts';
import { validateCorpus } from '../src/lib/validate-corpus.ts';
import { formatFindingsText } from '../src/lib/findings.ts';
import { loadComplianceConfig } from '../src/lib/compliance-config.ts';
import { frameworks, type Framework } from '../src/lib/compliance-controls.ts';
import { assertDay, buildEvidenceReport } from '../src/lib/evidence-report.ts';
import { renderEvidencePack } from '../src/lib/evidence-render.ts';
import { exportFolderInsideContent } from './lib/output-folder.ts';
import { shownFromWorkingFolder } from '../src/lib/shown-path.ts';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let values;
try {
  ({ values } = parseArgsOnce({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      framework: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }, { options: ['out'] }));
} catch (error) {
  fail(`${(error as Error).message.replace(/\.$/, '')}. See npm run evidence -- --help.`);
}
if (values.help) {
  console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 6).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}

let from: string, to: string;
try {
  from = assertDay(values.from, '--from');
  to = assertDay(values.to, '--to');
} catch (error) {
  fail(`${(error as Error).message} See npm run evidence -- --help.`);
}
// `--to 9999-12-31` (or 2062 for 2026) wrote a pack "for 2026-01-01 to 9999-12-31", status 0
// (bad input round 32). A period may end later this year (a quarter's pack written early), not
// a year after the as-of day.
const latestTo = `${Number(kbConfig.asOf.slice(0, 4)) + 1}${kbConfig.asOf.slice(4)}`;
// `--from 2026-12-05` on 2026-12-04 wrote a pack of "0 incidents" for a period not yet begun,
// status 0 (round 36), as digest's --since after the as-of day is refused. A period given the
// wrong way round is said as such by buildEvidenceReport.
if (from! > kbConfig.asOf && to! >= from!) fail(`--from ${from!} is after the as-of day (${kbConfig.asOf}): the period has not begun, so the pack would show no incident, review or follow-up of it. Check the year; a period starts on or before ${kbConfig.asOf}. See npm run evidence -- --help.`);
if (to! > latestTo) fail(`--to ${to!} is more than a year after the as-of day (${kbConfig.asOf}): check the year. An audit period ends by ${latestTo} at the latest; see npm run evidence -- --help.`);
const framework = values.framework as Framework | undefined;
if (framework !== undefined && !frameworks.includes(framework)) {
  fail(`--framework is "${values.framework}"; use one of ${frameworks.join(', ')}, or leave it out to map to all three.`);
}

const contentDir = resolveContentDir();
let compliance;
try {
  compliance = loadComplianceConfig(contentDir);
} catch (error) {
  fail((error as Error).message);
}
// An evidence pack from invalid records would be wrong evidence: stop on any schema error.
const validation = validateCorpus(contentDir, { frontmatterOnly: true });
const errors = validation.findings.filter((f) => f.severity === 'error');
if (errors.length) {
  fail(`${formatFindingsText(errors, validation.postmortems.length)}\nFix these first (npm run check); no evidence pack was written.`, 1);
}
// A draft still being filled in (an import) states no start time or severity to place it by.
const records = validation.postmortems.flatMap((p) => (p.data ? [{ id: p.id, data: p.data }] : []));
const incomplete = validation.postmortems.filter((p) => !p.data);
if (incomplete.length) {
  console.error(`Left out ${incomplete.length} draft(s) that do not yet state what the report needs (start time, severity, drafted day...; npm run check lists what to fill): ${incomplete.map((p) => p.id).join(', ')}.`);
}

let files: Record<string, string>;
try {
  const report = buildEvidenceReport(records, {
    from, to, framework,
    asOf: kbConfig.asOf,
    asOfInstant: resolveAsOfInstant(),
    regimes: compliance.regimes,
    annualReviews: compliance.annualReviews,
    organisation: siteConfig.organisation,
    siteUrl: siteConfig.siteUrl,
  });
  files = renderEvidencePack(report, { timeZone: compliance.timeZone });
  const outDir = resolve(values.out ?? join('evidence', `${from}_${to}${framework ? `_${framework}` : ''}`));
  const insideContent = exportFolderInsideContent(outDir, contentDir);
  if (insideContent) fail(`--out ${outDir}: ${insideContent}. Give a folder outside it for the evidence pack (default evidence/<from>_<to>/); nothing was written.`);
  try {
    mkdirSync(outDir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  } catch (error) {
    throw new Error(`--out ${outDir}: ${outputWriteProblem(error)}. Give a folder for the evidence pack.`);
  }
  const t = report.trends;
  console.log(`Evidence pack for ${from} to ${to}: ${t.incidents} incidents, ${t.actionItems} action items, ${t.notifications.deadlines} notification deadlines (${t.notifications.missed} missed).`);
  console.log(`Wrote ${Object.keys(files).join(', ')} to ${shownFromWorkingFolder(outDir)}/`);
} catch (error) {
  fail((error as Error).message);
}
