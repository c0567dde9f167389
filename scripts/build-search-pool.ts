#!/usr/bin/env node
// node scripts/build-search-pool.ts <pool.json> [--fresh | --split-only]
// Builds a findability pool from reports we did not write (docs/findability.md, round 58): copies
// each collection's files, imports them with `npm run import` into <pool>/kb/postmortems/<code>/,
// gives each draft the facts publishing needs and the report does not state (neutral ones, the
// same for every report, so only the text speaks), publishes them with `npm run fill -- --publish`,
// and splits the pool's queries into development and held-out halves with pools.json for
// scripts/eval-search-pools.ts. The pool's folder stays outside the repository.
import { parseCommandLine } from './lib/command-line.ts';
import { exitOnBlockingFile } from './lib/special-file.ts';
import { missingPublishFacts, poolHalf, type PoolQuery } from './lib/search-pool.ts';
import { splitFrontmatter } from '../src/lib/frontmatter-split.ts';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument } from 'yaml';

const { values, positionals } = parseCommandLine({
  allowPositionals: true,
  options: { fresh: { type: 'boolean', default: false }, 'split-only': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
}, { options: [], positionals: true });
if (values.help || positionals.length !== 1) {
  console.log(`Usage: node scripts/build-search-pool.ts <pool.json> [--fresh | --split-only]

pool.json: {"day": "YYYY-MM-DD", "collections": [{"code": "leru", "source": "<folder>", "files": ["a.md", …]}],
"queries": "queries.json"} (relative paths: from the folder of pool.json; "files" left out: every
file of the folder). Writes, beside pool.json: src/<code>/ (the files imported), kb/ (the site's
vocabularies and postmortems/<code>/, published), development.json, held-out.json and pools.json.
queries.json: [{"query", "kind", "expect": ["<code>/<draft id>"], "half"?}]; a query without "half"
goes to the half its text hashes to (scripts/lib/search-pool.ts poolHalf), decided before any run.
--fresh removes src/ and kb/ first (without it, an existing kb/ stops the command).
--split-only writes the halves and pools.json again, leaving kb/ as it is (a query fixed or added).
Then: node scripts/eval-search-pools.ts <folder>/pools.json [--bm25 | --tfidf] [--save DIR].`);
  process.exit(values.help ? 0 : 2);
}

interface Collection { code: string; source: string; files?: string[] }
interface Pool { day: string; collections: Collection[]; queries: string }
const poolFile = resolve(positionals[0]);
exitOnBlockingFile(poolFile, poolFile, 'Give a JSON file holding {"day", "collections", "queries"}.');
const pool = JSON.parse(readFileSync(poolFile, 'utf8')) as Pool;
if (!/^\d{4}-\d{2}-\d{2}$/.test(pool.day ?? '') || !Array.isArray(pool.collections) || typeof pool.queries !== 'string') {
  console.error(`${poolFile}: needs "day" (YYYY-MM-DD), "collections" ([{"code", "source", "files"?}]) and "queries" (a file).`);
  process.exit(2);
}
const here = dirname(poolFile);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const kb = join(here, 'kb');
const staging = join(here, 'src');
if (!values['split-only']) buildKnowledgeBase();

// The halves, decided by the queries' text before any run.
const queries = JSON.parse(readFileSync(resolve(here, pool.queries), 'utf8')) as PoolQuery[];
for (const half of ['development', 'held-out'] as const) {
  const list = queries.filter((query) => poolHalf(query) === half).map(({ half: _half, ...query }) => query);
  writeFileSync(join(here, `${half}.json`), `${JSON.stringify(list, null, 1)}\n`);
  console.log(`${half}: ${list.length} queries`);
}
const name = basename(here);
writeFileSync(join(here, 'pools.json'), `${JSON.stringify([
  { name: `${name} development`, content: 'kb', queries: 'development.json' },
  { name: `${name} held out`, content: 'kb', queries: 'held-out.json' },
], null, 1)}\n`);

function buildKnowledgeBase(): void {
  if (existsSync(kb) && !values.fresh) {
    console.error(`${kb} exists already; give --fresh to build it again (it and ${staging} are removed first).`);
    process.exit(2);
  }
  rmSync(kb, { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(kb, 'postmortems'), { recursive: true });
  // The site's own vocabularies: the neutral facts below are ids of them.
  for (const name of readdirSync(join(repo, 'content'))) if (name.endsWith('.yaml')) copyFileSync(join(repo, 'content', name), join(kb, name));
  const firstKey = (file: string) => Object.keys(parse(readFileSync(join(kb, file), 'utf8')) ?? {})[0];
  const neutral = [`severity=SEV-3`, `services=${firstKey('services.yaml')}`, `teams=${firstKey('teams.yaml')}`, 'trigger=dependency', `drafted=${pool.day}`];
  const env = { ...process.env, KB_CONTENT_DIR: kb, KB_AS_OF: pool.day };
  const node = (script: string, args: string[]) => execFileSync(process.execPath, [join(repo, 'scripts', script), ...args], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });

  for (const collection of pool.collections) {
    if (!/^[a-z0-9-]+$/.test(collection.code ?? '')) {
      console.error(`${poolFile}: collection code ${JSON.stringify(collection.code)} must be lower-case letters, digits and dashes (it is a folder of ids).`);
      process.exit(2);
    }
    const source = resolve(here, collection.source);
    const files = collection.files ?? readdirSync(source).filter((name) => statSync(join(source, name)).isFile() && name !== 'README.txt');
    const into = join(staging, collection.code);
    mkdirSync(into, { recursive: true });
    for (const file of files) copyFileSync(join(source, file), join(into, basename(file)));
    node('import.ts', [into, '--out', join(kb, 'postmortems', collection.code), '--timezone', 'UTC', ...neutral.flatMap((fact) => ['--set', fact])]);
  }

  // What publishing needs and the reports do not say, set the same way for every draft.
  const drafts: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.mdx?$/.test(name)) drafts.push(path);
    }
  };
  walk(join(kb, 'postmortems'));
  for (const path of drafts) {
    const split = splitFrontmatter(readFileSync(path, 'utf8'));
    const document = parseDocument(split.yaml);
    const changes = missingPublishFacts(document.toJS() ?? {}, pool.day, basename(path));
    if (!Object.keys(changes).length) continue;
    for (const [field, value] of Object.entries(changes)) document.set(field, value);
    writeFileSync(path, `---\n${document.toString()}---\n${split.body}`);
  }
  const filled = node('fill-drafts.ts', ['--set', 'actionItems.status=open', '--publish', pool.day]);
  const published = drafts.filter((path) => /^status: published$/m.test(splitFrontmatter(readFileSync(path, 'utf8')).yaml));
  console.log(`${drafts.length} drafts imported, ${published.length} published into ${kb}`);
  // A draft fill would not publish fails the search's check of the whole folder: it leaves the pool, said.
  if (published.length < drafts.length) {
    console.log(filled.trim());
    for (const path of drafts) if (!published.includes(path)) {
      rmSync(path);
      console.log(`left out (not published): ${path}`);
    }
  }
}
