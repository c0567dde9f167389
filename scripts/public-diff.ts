#!/usr/bin/env node
// npm run public-diff -- [--base REF] [--format md|json]
// What customers will see change between a git ref and the working tree.
import { parseArgsOnce } from './lib/command-line.ts';
import { relative } from 'node:path';
import { loadSiteConfig } from './lib/site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { resolveContentDir, siteConfig } = await loadSiteConfig();
import { computePublicDiff, formatPublicDiffMarkdown } from '../src/lib/public-diff.ts';
import { locateInRepository, resolveBaseCommit, readSnapshotAtCommit, readSnapshotFromDisk, listRenamedPostmortems } from './lib/git-content.ts';

function readArguments() {
  try {
    return parseArgsOnce({
      options: {
        base: { type: 'string', default: 'main' },
        format: { type: 'string', default: 'md' },
        context: { type: 'string', default: '2' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message} (npm run public-diff -- --help lists the options)`);
    process.exit(2);
  }
}
const { values } = readArguments();

if (values.help) {
  console.log(`Usage: npm run public-diff -- [--base REF] [--format md|json] [--context N]

Shows what customers will see change on the public site between REF (default: main; compared
from its merge base with HEAD, like a pull request) and the working tree of ${resolveContentDir()}:
posts that become public, stop being public, change, move (renamed file) or are public but not
yet published, with a line diff of the text customers read (internal blocks removed) and the
redaction findings in each new version. Edits inside <Internal> blocks or internal-only fields
do not show: customers never see them.

--format md    Markdown for a pull-request comment or job summary (default)
--format json  the same as JSON, for tools
--context N    unchanged lines shown around each change (default 2)
Exit code 0 whatever changed; 2 on a usage or git error.`);
  process.exit(0);
}
if (values.format !== 'md' && values.format !== 'json') {
  console.error(`Unknown --format "${values.format}". Use md or json.`);
  process.exit(2);
}
const context = Number(values.context);
if (!Number.isInteger(context) || context < 0) {
  console.error(`--context must be a whole number of lines, got "${values.context}".`);
  process.exit(2);
}

try {
  const contentDir = resolveContentDir();
  const { root, path } = locateInRepository(contentDir);
  const commit = resolveBaseCommit(root, values.base!);
  const diff = computePublicDiff(readSnapshotAtCommit(root, commit, path), readSnapshotFromDisk(contentDir), {
    contentDir: relative(process.cwd(), contentDir) || '.',
    renames: listRenamedPostmortems(root, commit, path),
    redaction: { internalDomains: siteConfig.internalDomains, people: siteConfig.people },
  });
  const base = `${values.base} (${commit.slice(0, 7)})`;
  if (values.format === 'json') console.log(JSON.stringify({ base: values.base, commit, ...diff }, null, 2));
  else process.stdout.write(formatPublicDiffMarkdown(diff, { base, context }));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
