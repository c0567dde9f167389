import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, parse, relative, resolve, isAbsolute } from 'node:path';

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
