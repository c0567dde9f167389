#!/usr/bin/env node
// node scripts/bench-public-scan.ts [--count 1000] [--content DIR] [--keep] [--digest]
// Times the public build's redaction scan of its sources alone, on one thread: the part of the
// public build that the guard's rules cost (docs/performance.md, "Session 23: the public build").
// A benchmark, not a test. --digest prints a SHA-256 of the findings, so a change meant to be
// faster only can be checked to find the same.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandLine, wholeNumberOption } from './lib/command-line.ts';

const { values } = parseCommandLine({
  options: {
    count: { type: 'string', default: '1000' },
    content: { type: 'string' },
    digest: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean' },
  },
}, { options: ['content'] });
if (values.help) {
  console.log(`Usage: node scripts/bench-public-scan.ts [options]

Scans the sources of every post the public site would publish with the redaction guard, as the
public build does (without Astro, on one thread), and prints the wall and CPU time of the scan.

  --count N      synthetic postmortems to generate, as npm run bench does (default 1000)
  --content DIR  scan this content folder instead (its postmortems/ and vocabularies)
  --keep         keep the generated content folder (its path is printed), to time builds of it:
                 KB_CONTENT_DIR=<it> node scripts/build.ts --variant public --out DIR
  --digest       also print a SHA-256 of every post's findings, to check that a change meant
                 only to be faster finds the same`);
  process.exit(0);
}
const root = resolve(import.meta.dirname, '..');
let contentDir = values.content ? resolve(values.content) : undefined;
let generated: string | undefined;
if (!contentDir) {
  const count = wholeNumberOption('count', values.count, 1, 100_000);
  const { writeSyntheticCorpus } = await import('./lib/synthetic-postmortems.ts');
  // Inside the project (git-ignored), as the bench's: the guard reads the content folder's git authors.
  mkdirSync(join(root, 'bench/baseline/.work'), { recursive: true });
  generated = mkdtempSync(join(root, 'bench/baseline/.work/scan-'));
  contentDir = join(generated, 'content');
  writeSyntheticCorpus(contentDir, count, { format: 'mdx', vocabularyDir: join(root, 'content') });
}
// As the build compiles its expressions (scripts/lib/astro-build.ts): straight to machine code.
const { compileRegExpsToMachineCodeAtOnce } = await import('./lib/regexp-tier.ts');
compileRegExpsToMachineCodeAtOnce();
try {
  const { validateCorpus } = await import('../src/lib/validate-corpus.ts');
  const { redactionOptions, publicationSources, scanOneForPublication } = await import('./lib/redaction-check.ts');
  // Frontmatter only, as the public build's worker validates (kb-worker.ts): the bodies' Markdown
  // parse that full validation adds (~10 s of CPU at 1,000) is no part of the public build.
  const validation = validateCorpus(contentDir, { frontmatterOnly: true });
  if (!validation.vocabulary) throw new Error(`${contentDir}: no vocabularies to read (teams.yaml, services.yaml …); give a content folder.`);
  const options = redactionOptions(validation.vocabulary, validation.postmortems, contentDir);
  const sources = publicationSources(validation.postmortems);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const results = sources.map((source) => scanOneForPublication(source, options));
  const cpu = process.cpuUsage(cpuBefore);
  console.log(`${sources.length} public posts scanned: ${((performance.now() - started) / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`);
  if (values.digest) console.log(`findings digest: ${createHash('sha256').update(JSON.stringify(results)).digest('hex')}`);
} finally {
  if (generated && values.keep) console.log(`content kept in ${contentDir}`);
  else if (generated) rmSync(generated, { recursive: true, force: true });
}
