#!/usr/bin/env node
// node scripts/measure-page-sizes.ts [--count 5000] [--keep DIR] | <site-dir>...
// How large each kind of page grows on a big knowledge base: generates synthetic postmortems
// (scripts/lib/synthetic-postmortems.ts), builds the internal and public sites and lists the
// largest page of each kind (/follow-ups/, /tags/*/, ...) against the 300 KB target. Given built
// site folders instead, measures those. Exits 1 when a page is over the target.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseCommandLine, wholeNumberOption } from './lib/command-line.ts';
import { writeSyntheticCorpus } from './lib/synthetic-postmortems.ts';
import { describePageWeights, largestPageOfEachKind, pageLimitKB, pageSizes, pageWeights } from './lib/page-weights.ts';

const { values, positionals } = parseCommandLine({
  options: { count: { type: 'string', default: '5000' }, keep: { type: 'string' }, help: { type: 'boolean' } },
  allowPositionals: true,
}, { options: ['keep'], positionals: true });
if (values.help) {
  console.log(`Usage: node scripts/measure-page-sizes.ts [--count N] [--keep DIR]
       node scripts/measure-page-sizes.ts <site-dir>...

Without a site folder: writes N synthetic postmortems (default 5000, as .md, seed 42), builds the
internal and public sites (KB_AS_OF=2026-01-01, as the bench) and measures them; --keep DIR keeps
the content and the sites there. With site folders: measures those. Prints the largest page of
each kind and exits 1 when any page is over ${pageLimitKB} KB.`);
  process.exit(0);
}

const root = resolve(import.meta.dirname, '..');
const sites: [string, string][] = positionals.map((dir) => [dir, dir]);
for (const [, dir] of sites) {
  if (!existsSync(dir)) {
    console.error(`${dir}: no such folder. Give the output folder of a build (e.g. dist), or no folder to build a synthetic knowledge base.`);
    process.exit(2);
  }
}
let work: string | undefined;
if (sites.length === 0) {
  const count = wholeNumberOption('count', values.count, 1, 50_000);
  work = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'kb-page-sizes-'));
  const contentDir = join(work, 'content');
  console.error(`Generating ${count} synthetic postmortems in ${contentDir} ...`);
  writeSyntheticCorpus(contentDir, count, { format: 'md', vocabularyDir: join(root, 'content') });
  for (const variant of ['internal', 'public'] as const) {
    const outDir = join(work, variant);
    console.error(`Building the ${variant} site into ${outDir} ...`);
    const build = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), '--variant', variant, '--out', outDir], {
      cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-01-01' },
    });
    if (build.status !== 0) {
      console.error(`The ${variant} build failed (status ${build.status}); its messages are above.`);
      process.exit(1);
    }
    sites.push([variant, outDir]);
  }
}

let over = 0;
for (const [name, dir] of sites) {
  const sizes = pageSizes(dir);
  const weights = pageWeights(sizes);
  over += weights.pagesOverLimit.length;
  console.log(describePageWeights(name, weights));
  for (const { kind, pages, largest } of largestPageOfEachKind(sizes)) {
    console.log(`  ${kind.padEnd(32)} ${String(pages).padStart(6)} pages, largest ${largest.KB.toFixed(0).padStart(4)} KB ${largest.path}${largest.KB > pageLimitKB ? '  OVER' : ''}`);
  }
}
if (work && !values.keep) rmSync(work, { recursive: true, force: true });
process.exit(over > 0 ? 1 : 0);
