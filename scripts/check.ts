#!/usr/bin/env node
// npm run check [--format text|json|github] [files...]
// Fast validation of postmortems without building the site. Exit 1 when any error is found.
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../site.config.ts';
import { validateCorpus } from '../src/lib/validate-corpus.ts';
import { formatFindingsText, sortFindings } from '../src/lib/findings.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string', default: 'text' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`Usage: npm run check -- [--format text|json|github] [file ...]

Validates every postmortem under ${resolveContentDir()}/postmortems (or only the files named),
printing file:line:column, severity, rule id and message for each problem.
Exit code 1 when there is at least one error.`);
  process.exit(0);
}

const contentDir = resolveContentDir();
const result = validateCorpus(contentDir, { onlyFiles: positionals.length ? positionals : undefined });
const findings = sortFindings(result.findings);
const fileCount = result.postmortems.length;
const errors = findings.filter((f) => f.severity === 'error').length;

if (values.format === 'json') {
  console.log(JSON.stringify({ files: fileCount, errors, warnings: findings.length - errors, findings }, null, 2));
} else if (values.format === 'github') {
  for (const f of findings) {
    const text = `${f.rule}: ${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}`.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    console.log(`::${f.severity === 'error' ? 'error' : 'warning'} file=${f.file},line=${f.line},col=${f.column},title=${f.rule}::${text}`);
  }
  console.log(`${fileCount} files checked: ${errors} errors, ${findings.length - errors} warnings`);
} else if (values.format === 'text') {
  console.log(formatFindingsText(findings, fileCount));
} else {
  console.error(`Unknown --format "${values.format}". Use text, json or github.`);
  process.exit(2);
}
process.exit(errors ? 1 : 0);
