#!/usr/bin/env node
// node scripts/assemble-corpora.ts [--manifest FILE] [--mirrors DIR] [--out DIR] [--only NAME]... [--replace] [--names-only]
// Writes the corpora (collections of other organisations' public reports that the measurements
// read: npm run measure:adoption, measure:redaction, measure-import.ts) again from git mirrors, as
// scripts/corpora-manifest.json lists them: for each collection, the files its globs select of its
// repository at its commit, copied with their paths into <out>/<name>/, with a README.txt naming
// repository, commit, paths and licence, and its line in <out>/INDEX.txt
// (`name<TAB>owner/repo<TAB>paths<TAB>commit<TAB>what`). Then <out>/_meta/git-author-full-names.txt:
// the full names (two words or more, no bots) among the git authors of every listed repository
// whose mirror is there (the leak check's --names list, docs/adopting.md).
// Mirrors are the git directories the `fetch` tool brings (github:owner/name into
// <mirrors>/owner+name/repo, or repo/.git); a missing mirror or commit is said with the fetch to run, and the
// command exits 1 after writing the others. A collection folder that exists is left as it is
// unless --replace (another helper may have made it). The three repositories kept for independent
// checks are refused in the manifest. Defaults: --manifest scripts/corpora-manifest.json,
// --mirrors /work/.mirror, --out /work/corpora. See docs/corpora.md.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCommandLine } from './lib/command-line.ts';
import { leadingCommentLines } from '../src/lib/slug.ts';
import { authorFullNames, collectionReadme, fetchArgument, indexLine, mergeIndex, mirrorFolderName, parseCorpusManifest, selectPaths, type CorpusEntry } from './lib/corpus-manifest.ts';

const { values } = parseCommandLine({
  options: {
    manifest: { type: 'string' },
    mirrors: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string', multiple: true },
    replace: { type: 'boolean' },
    'names-only': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
}, { options: ['manifest', 'mirrors', 'out'] });
if (values.help) {
  console.log(leadingCommentLines(readFileSync(new URL(import.meta.url), 'utf8')).join('\n'));
  process.exit(0);
}

const manifestFile = resolve(values.manifest ?? join(import.meta.dirname, 'corpora-manifest.json'));
const mirrors = resolve(values.mirrors ?? '/work/.mirror');
const out = resolve(values.out ?? '/work/corpora');
if (!existsSync(manifestFile)) {
  console.error(`${manifestFile}: no such manifest; give --manifest FILE (the repository's is scripts/corpora-manifest.json).`);
  process.exit(2);
}
let manifest: CorpusEntry[];
try {
  manifest = parseCorpusManifest(readFileSync(manifestFile, 'utf8'), manifestFile);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const only = new Set((values.only ?? []).flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean));
const unknownNames = [...only].filter((name) => !manifest.some((entry) => entry.name === name));
if (unknownNames.length) {
  console.error(`--only ${unknownNames.join(', ')}: no such collection in ${manifestFile}; its collections are ${manifest.map((entry) => entry.name).join(', ')}.`);
  process.exit(2);
}

function git(gitDir: string, args: string[]): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The git directory of `repo`'s mirror, or why it cannot be read (with the fetch to run). */
function mirrorOf(entry: CorpusEntry): { gitDir: string } | { problem: string } {
  // The fetch tool brings a bare git directory (…/repo) or, for some repositories, a clone with
  // its work tree (…/repo/.git).
  const bare = join(mirrors, mirrorFolderName(entry.repo), 'repo');
  const gitDir = existsSync(join(bare, '.git')) ? join(bare, '.git') : bare;
  if (!existsSync(gitDir)) return { problem: `${entry.name}: no mirror of ${entry.repo} at ${gitDir}; bring it with the fetch tool (fetch ${fetchArgument(entry.repo)}) and run this again.` };
  try {
    git(gitDir, ['cat-file', '-e', `${entry.commit}^{commit}`]);
  } catch {
    return { problem: `${entry.name}: the mirror ${gitDir} has no commit ${entry.commit}; fetch ${fetchArgument(entry.repo)} again (a newer snapshot holds its history), or if the repository was rewritten, choose a commit of the mirror (git --git-dir ${gitDir} log) and update "commit" in ${manifestFile}.` };
  }
  return { gitDir };
}

const problems: string[] = [];
const written: CorpusEntry[] = [];
for (const entry of manifest) {
  if (values['names-only'] || (only.size && !only.has(entry.name))) continue;
  const mirror = mirrorOf(entry);
  if ('problem' in mirror) {
    problems.push(mirror.problem);
    continue;
  }
  const folder = join(out, entry.name);
  if (existsSync(folder) && !values.replace) {
    console.log(`${entry.name}: ${folder} exists, left as it is (--replace writes it again).`);
    continue;
  }
  const all = git(mirror.gitDir, ['ls-tree', '-r', '--name-only', '-z', entry.commit]).toString('utf8').split('\0').filter(Boolean);
  const files = selectPaths(all, entry.paths, entry.exclude);
  if (!files.length) {
    problems.push(`${entry.name}: the paths ${entry.paths.join(' ')} select no file of ${entry.repo} at ${entry.commit}; correct "paths" in ${manifestFile}.`);
    continue;
  }
  rmSync(folder, { recursive: true, force: true });
  // A snapshot may list its largest files without holding them: those are left out and said.
  const absent: string[] = [];
  for (const file of files) {
    let blob: Buffer;
    try {
      blob = git(mirror.gitDir, ['cat-file', 'blob', `${entry.commit}:${file}`]);
    } catch {
      absent.push(file);
      continue;
    }
    const target = join(folder, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, blob);
  }
  const copied = files.filter((file) => !absent.includes(file));
  writeFileSync(join(folder, 'README.txt'), collectionReadme(entry, copied, absent));
  written.push(entry);
  console.log(`${entry.name}: ${copied.length} files of ${entry.repo} at ${entry.commit.slice(0, 12)} -> ${folder}${absent.length ? ` (${absent.length} listed but absent from the mirror: ${absent.slice(0, 3).join(', ')}${absent.length > 3 ? ', …' : ''})` : ''}`);
}
if (written.length) {
  mkdirSync(out, { recursive: true });
  // Appended when no line names these collections yet (other helpers append to the same file
  // meanwhile); rewritten only to replace a collection's older line.
  const indexFile = join(out, 'INDEX.txt');
  const existing = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : '';
  const listed = new Set(existing.split('\n').map((line) => line.split('\t')[0]));
  if (written.every((entry) => !listed.has(entry.name))) appendFileSync(indexFile, (existing && !existing.endsWith('\n') ? '\n' : '') + written.map(indexLine).join('\n') + '\n');
  else writeFileSync(indexFile, mergeIndex(existing, written));
}

// The names of every listed repository's authors, whatever --only chose: the list is the leak check's.
const authors: string[] = [];
const namedRepos = new Set<string>();
for (const entry of manifest) {
  if (namedRepos.has(entry.repo)) continue;
  const mirror = mirrorOf(entry);
  if ('problem' in mirror) continue;
  namedRepos.add(entry.repo);
  authors.push(...git(mirror.gitDir, ['log', '--all', '--format=%an']).toString('utf8').split('\n'));
}
if (namedRepos.size) {
  const names = authorFullNames(authors);
  mkdirSync(join(out, '_meta'), { recursive: true });
  writeFileSync(join(out, '_meta', 'git-author-full-names.txt'), names.join('\n') + '\n');
  console.log(`_meta/git-author-full-names.txt: ${names.length} names of the git authors of ${namedRepos.size} repositories.`);
}
if (problems.length) {
  console.error(`\n${problems.length} collection(s) not written:\n${problems.join('\n')}`);
  process.exit(1);
}
