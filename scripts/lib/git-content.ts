// Reading a content folder as it was at a git commit, and the renames since: the only place the
// review commands talk to git. Everything else works on the snapshots this returns.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { listPostmortemFiles, postmortemExtensions } from '../../src/lib/content-files.ts';
import { vocabularyFiles, type VocabularyKind } from '../../src/lib/vocabulary.ts';
import type { ContentSnapshot } from '../../src/lib/public-diff.ts';

function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** The repository holding `dir`, and `dir`'s path inside it with forward slashes. */
export function locateInRepository(dir: string): { root: string; path: string } {
  let root: string;
  try {
    root = git(resolve(dir), ['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new Error(`${dir} is not inside a git repository, so there is no history to compare with. Run this in a clone of the knowledge base.`);
  }
  return { root, path: relative(root, resolve(dir)).split('\\').join('/') };
}

/**
 * The commit to compare with: the merge base of `ref` and HEAD, as a pull request's "files
 * changed" does, so that what landed on the base branch since is not shown as undone.
 */
export function resolveBaseCommit(root: string, ref: string): string {
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new Error(`git does not know "${ref}". Give --base a branch, tag or commit (in CI, fetch it first: git fetch origin main).`);
  }
  try {
    return git(root, ['merge-base', ref, 'HEAD']).trim();
  } catch {
    return git(root, ['rev-parse', `${ref}^{commit}`]).trim();
  }
}

/** The content folder `contentPath` (relative to the repository root) as it was at `commit`. */
export function readSnapshotAtCommit(root: string, commit: string, contentPath: string): ContentSnapshot {
  const prefix = contentPath ? `${contentPath}/` : '';
  const names = git(root, ['ls-tree', '-r', '-z', '--name-only', commit, '--', prefix || '.']).split('\0').filter(Boolean);
  const wanted = names.filter((name) =>
    (name.startsWith(`${prefix}postmortems/`) && (postmortemExtensions as readonly string[]).some((ext) => name.endsWith(ext)) &&
      !/(^|\/)[_.][^/]*$/.test(name)) ||
    Object.values(vocabularyFiles).some((file) => name === `${prefix}${file}`));
  // One `git cat-file --batch` for every file: thousands of postmortems in one process.
  const output = wanted.length ? execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: wanted.map((n) => `${commit}:${n}\n`).join(''), maxBuffer: 1 << 30 }) : Buffer.alloc(0);
  const contents = new Map<string, string>();
  let offset = 0;
  for (const name of wanted) {
    const headerEnd = output.indexOf(10, offset);
    const size = Number(output.subarray(offset, headerEnd).toString().split(' ')[2]);
    contents.set(name, output.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    offset = headerEnd + 1 + size + 1;
  }
  const postmortems = new Map<string, string>();
  for (const [name, text] of contents) {
    if (name.startsWith(`${prefix}postmortems/`)) postmortems.set(name.slice(`${prefix}postmortems/`.length), text);
  }
  const vocabulary = Object.fromEntries(
    Object.entries(vocabularyFiles).map(([kind, file]) => [kind, contents.get(`${prefix}${file}`) ?? '']),
  ) as Record<VocabularyKind, string>;
  return { postmortems, vocabulary };
}

/** The content folder as it is on disk now (the working tree). */
export function readSnapshotFromDisk(contentDir: string): ContentSnapshot {
  const dir = join(contentDir, 'postmortems');
  const postmortems = new Map(listPostmortemFiles(dir).map((path) => [path.split('\\').join('/'), readFileSync(join(dir, path), 'utf8')]));
  const vocabulary = Object.fromEntries(
    Object.entries(vocabularyFiles).map(([kind, file]) => [kind, existsSync(join(contentDir, file)) ? readFileSync(join(contentDir, file), 'utf8') : '']),
  ) as Record<VocabularyKind, string>;
  return { postmortems, vocabulary };
}

/** Postmortem files git sees renamed between `commit` and the working tree (staged or committed). */
export function listRenamedPostmortems(root: string, commit: string, contentPath: string): { from: string; to: string }[] {
  const dir = `${contentPath ? `${contentPath}/` : ''}postmortems/`;
  const fields = git(root, ['diff', '-M', '--name-status', '-z', commit, '--', dir]).split('\0');
  const renames: { from: string; to: string }[] = [];
  for (let i = 0; i < fields.length; i++) {
    if (fields[i].startsWith('R')) {
      renames.push({ from: fields[i + 1].slice(dir.length), to: fields[i + 2].slice(dir.length) });
      i += 2;
    } else if (/^[ACDMTUX]/.test(fields[i])) {
      i += 1;
    }
  }
  return renames;
}
