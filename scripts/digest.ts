#!/usr/bin/env node
// npm run digest -- [--since YYYY-MM-DD] [--format md|json] [--all-overdue]
// The stakeholder update: what was published and what happened to follow-ups since a day.
import { parseArgsOnce } from './lib/command-line.ts';
import { execFileSync } from 'node:child_process';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { kbConfig, resolveContentDir, siteConfig } = await loadSiteConfig();
import { filesNotRead, validateCorpus } from '../src/lib/validate-corpus.ts';
import { vocabularyNames } from '../src/lib/vocabulary.ts';
import { computeDigest, formatDigestMarkdown } from '../src/lib/digest.ts';
import { readSnapshotRecords } from '../src/lib/snapshot-records.ts';
import type { PostmortemRecord } from '../src/lib/browse.ts';
import { locateInRepository, readSnapshotAtCommit } from './lib/git-content.ts';
import { dayOptionAdvice } from '../src/lib/instant-advice.ts';
import { dayBeforeEarliestProblem } from '../src/lib/earliest-day.ts';
import { isIsoDay } from '../src/lib/as-of.ts';

function readArguments() {
  try {
    return parseArgsOnce({
      options: {
        since: { type: 'string' },
        format: { type: 'string', default: 'md' },
        'all-overdue': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message} (npm run digest -- --help lists the options)`);
    process.exit(2);
  }
}
const { values } = readArguments();

if (values.help) {
  console.log(`Usage: npm run digest -- [--since YYYY-MM-DD] [--format md|json] [--all-overdue]

The stakeholder update for the period from --since (default: 7 days before today) to today:
postmortems published and in review, incidents that began in the period by service and severity
(most severe first), follow-ups opened, closed and overdue by owner team, and the recurrences
and near-misses among the postmortems published. Follow-ups opened and closed
are found by comparing with the content at the last git commit before --since; outside a git
checkout, opened counts follow-ups of postmortems drafted in the period and closings are unknown.

--format md    Markdown for chat or e-mail (default)
--format json  the same as JSON
--all-overdue  list every overdue follow-up, not the 10 most overdue (Markdown)
KB_AS_OF=YYYY-MM-DD fixes "today" (the end of the period and the day overdue is measured against).`);
  process.exit(0);
}
if (values.format !== 'md' && values.format !== 'json') {
  console.error(`Unknown --format "${values.format}". Use md or json.`);
  process.exit(2);
}
const asOf = kbConfig.asOf;
const since = values.since ?? new Date(Date.parse(`${asOf}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
if (!isIsoDay(since)) {
  // Round 18: `--since 2025-02-30` and `--since 30.07.2025` were "got …" with no word of why or of the day meant.
  console.error(`--since must be a day written YYYY-MM-DD, e.g. 2026-11-01; got "${since}".${dayOptionAdvice(since, (day) => `--since ${day}`)}`);
  process.exit(2);
}
const tooEarly = dayBeforeEarliestProblem(since, `--since ${since}`);
if (tooEarly) {
  console.error(tooEarly);
  process.exit(2);
}

const contentDir = resolveContentDir();
const result = validateCorpus(contentDir, { frontmatterOnly: true });
if (!result.vocabulary) {
  console.error(result.findings.map((f) => `${f.file}: ${f.message}`).join('\n'));
  process.exit(1);
}
const records: PostmortemRecord[] = result.postmortems.flatMap((pm) => (pm.data ? [{ id: pm.id, data: pm.data }] : []));
const invalid = result.postmortems.filter((pm) => !pm.data).length;
if (invalid) console.error(`${invalid} postmortem file(s) do not validate and are left out; npm run check says why.`);
for (const notRead of filesNotRead(result)) console.error(`Left out ${notRead.file}: ${notRead.message}`);

/** The content as it was at the last commit before the period, when git has one. */
function recordsAtSince(): PostmortemRecord[] | undefined {
  try {
    const { root, path } = locateInRepository(contentDir);
    const commit = execFileSync('git', ['rev-list', '-1', `--before=${since}T00:00:00Z`, 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    // No commit before the period (a knowledge base imported since): dates in the files are all there is.
    if (!commit) return undefined;
    return readSnapshotRecords(readSnapshotAtCommit(root, commit, path), contentDir);
  } catch {
    return undefined;
  }
}

try {
  const digest = computeDigest({ records, recordsAtSince: recordsAtSince(), since, asOf, names: vocabularyNames(result.vocabulary) });
  if (values.format === 'json') console.log(JSON.stringify(digest, null, 2));
  else process.stdout.write(formatDigestMarkdown(digest, { title: `${siteConfig.title} digest`, siteUrl: siteConfig.siteUrl, maxOverdue: values['all-overdue'] ? Infinity : undefined }));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
