import { accessSync, constants, existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, parse, relative, resolve, isAbsolute } from 'node:path';
import { outputWriteProblem } from './safe-write.ts';

/** Where the build must never write: the folders it reads, and the folders that hold them. */
export interface ProtectedFolders {
  contentDir: string;
  projectRoot: string;
  cwd: string;
  home?: string;
}

/** The path with its symbolic links resolved as far as it exists. */
function real(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : resolve(real(parent), relative(parent, absolute));
}

const isInside = (child: string, parent: string) => {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/**
 * Why `outDir` must not be a build's output folder, or undefined when it may be. The build
 * deletes its output folder first (a failed build must leave nothing to be mistaken for a good
 * one), so a folder that holds the content, the project, the working directory or the home
 * folder would be deleted with everything in it, and so would any folder that is not a site a
 * build wrote (it has no index.html).
 */
export function unsafeOutputFolder(outDir: string, folders: ProtectedFolders): string | undefined {
  const out = real(outDir);
  if (out === parse(out).root) return 'it is the root of the file system';
  const protectedFolders: [string, string][] = [
    [folders.contentDir, 'the content folder'],
    [folders.projectRoot, 'the project'],
    [folders.cwd, 'the working directory'],
    [folders.home ?? homedir(), 'your home folder'],
  ];
  for (const [folder, what] of protectedFolders) {
    const path = real(folder);
    if (isInside(path, out)) return out === path ? `it is ${what} (${path})` : `it holds ${what} (${path})`;
  }
  if (isInside(out, real(folders.contentDir))) return `it is inside the content folder (${real(folders.contentDir)})`;
  if (!existsSync(out)) {
    // The build makes the folder and its parents; a file where a parent goes stops it with a stack trace.
    const file = existingAncestor(out);
    return file && !statSync(file).isDirectory() ? `its parent ${file} is a file, so the folder cannot be made` : undefined;
  }
  if (!statSync(out).isDirectory()) return 'it is a file';
  const entries = readdirSync(out);
  if (entries.length && !entries.includes('index.html')) return 'it is a folder that a build did not write (it has no index.html), and the build deletes it first';
  return undefined;
}

/**
 * Why a command may not write its export (an evidence pack, tracker import files) to `outDir`:
 * inside the content folder, the files (every incident's internal facts, in CSV and JSON) would
 * be committed and reviewed as content, and read back as postmortems when their names end in .md.
 */
export function exportFolderInsideContent(outDir: string, contentDir: string): string | undefined {
  const out = real(outDir);
  const content = real(contentDir);
  if (!isInside(out, content)) return undefined;
  return out === content ? `it is the content folder (${content})` : `it is inside the content folder (${content})`;
}

/**
 * Why drafts (npm run draft, npm run import) may not be written to `outDir`: a folder of the
 * content folder other than its postmortems/ folder, where no command reads them (a draft
 * written to content/ was never checked, listed or built, without a word).
 */
export function unreadFolderInContent(outDir: string, contentDir: string): string | undefined {
  const out = real(outDir);
  const content = real(contentDir);
  const postmortems = real(resolve(contentDir, 'postmortems'));
  if (!isInside(out, content) || isInside(out, postmortems)) return undefined;
  return `it is in the content folder (${content}) but not in its postmortems/ folder, where postmortems are read from`;
}

/** The nearest parent of `path` that exists. */
function existingAncestor(path: string): string | undefined {
  for (let parent = dirname(path); ; parent = dirname(parent)) {
    if (existsSync(parent)) return parent;
    if (parent === dirname(parent)) return undefined;
  }
}

/** Whether the entries of the folder at `path` can be deleted: write permission on it (a read-only mount says EROFS). */
function canDeleteEntriesOf(path: string): NodeJS.ErrnoException | undefined {
  try {
    accessSync(path, constants.W_OK);
    return undefined;
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

/**
 * Why the build could not delete `outDir` (or the `.previous` an earlier build left beside it),
 * or undefined when it can. The build replaces its output folder whole: a folder in it that
 * cannot be written (chmod -R a-w dist, a read-only mount, files of another user) was found only
 * after the build, as "Could not remove the previous output", leaving it behind; the next build
 * then stopped with a stack trace (bad input round 21). Every folder of the tree is tried, not
 * following links (a link is deleted, not what it leads to); `canDelete` is the check, a
 * parameter so that a test run as root, who may write everywhere, can stand for another user.
 */
export function undeletableOutput(outDir: string, canDelete: (folder: string) => NodeJS.ErrnoException | undefined = canDeleteEntriesOf): string | undefined {
  for (const [top, what] of [[outDir, 'the output folder'], [`${outDir}.previous`, 'the previous output an earlier build could not delete']] as const) {
    let isFolder = false;
    try {
      isFolder = lstatSync(top).isDirectory();
    } catch {
      continue;
    }
    if (!isFolder) continue;
    const folders = [top];
    while (folders.length) {
      const folder = folders.pop()!;
      let entries;
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch (error) {
        return `${what}, ${top}, cannot be deleted: the folder ${folder} in it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
      }
      const denied = entries.length ? canDelete(folder) : undefined;
      if (denied) return `${what}, ${top}, cannot be deleted: the folder ${folder} in it cannot be written (${denied.code ?? denied.message}), so the files in it cannot be removed (a read-only copy, a read-only mount, or files of another user). Make it writable (chmod -R u+w ${top}) or delete it yourself, or choose another folder`;
      for (const entry of entries) if (entry.isDirectory()) folders.push(`${folder}/${entry.name}`);
    }
  }
  return undefined;
}

/**
 * Why a new file (`file`, written with the `wx` flag so nothing is overwritten) or its folder could
 * not be written, as words after the option that named the folder. A file written meanwhile by
 * another command (two `npm run import` of one report into one folder, a second `npm run new`
 * while the first waited at its prompts; bad input round 23) fails with EEXIST as a folder under a
 * file does: it was said as "is a file, or inside one, not a folder" of a folder that is one, and
 * `new` printed Node's stack trace.
 */
export function newFileWriteProblem(error: unknown, file: string): string {
  const { code, syscall, path, dest } = error as NodeJS.ErrnoException & { dest?: string };
  // A copy names its target as dest; mkdir's EEXIST is a file where a folder goes.
  const target = syscall === 'copyfile' ? dest : path;
  if (code === 'EEXIST' && syscall !== 'mkdir' && target !== undefined && resolve(target) === resolve(file)) {
    return `${relative(process.cwd(), file) || file} was written meanwhile by another command (two runs at once?), after this one had checked that no file had the name; it was left as it is, not overwritten. Compare the two, then run this again if it is still wanted`;
  }
  return outputWriteProblem(error);
}
