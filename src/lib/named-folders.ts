import { realpathSync } from 'node:fs';
import { parse, resolve } from 'node:path';

/** The folders of a machine no one keeps postmortems in, as this machine names them. */
export interface MachineFolders {
  home: string;
  tmp: string;
}

/** The real path of `path` (links resolved), or the path itself when it cannot be resolved. */
function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Which of the machine's own folders `path` is (the root, the home or the temporary folder), if one. */
export function machineFolderKind(path: string, folders: MachineFolders, cwd = process.cwd()): string | undefined {
  const real = realOrSelf(resolve(cwd, path));
  return parse(real).root === real ? 'the root of the file system'
    : real === realOrSelf(folders.home) ? 'your home folder'
    : [folders.tmp, '/tmp', '/var/tmp'].some((tmp) => real === realOrSelf(tmp)) ? "the machine's temporary folder"
    : undefined;
}

/**
 * Why a folder named to `npm run check` (or `npm run redact`) is no folder of postmortems, if it is
 * one of the machine's own: the root of a file system, the home folder or the temporary folder.
 * `npm run check -- /tmp` read every Markdown file below it, other programs' files included (a
 * minute and more on a machine whose /tmp held 40,000, with nothing printed until the end), and
 * `/` did not end. Checked on the real paths, so a link to one of them is refused too; folders
 * below them (a content folder in the home folder, a test's folder in /tmp) are taken.
 */
export function machineFolderProblem(path: string, folders: MachineFolders, cwd = process.cwd()): string | undefined {
  const what = machineFolderKind(path, folders, cwd);
  if (!what) return undefined;
  return `${path} is ${what}: every .md and .mdx file below it, other programs' files included, would be read as a postmortem (it can take minutes, or not end). Name the postmortems folder or the files to check, or give no file to check every postmortem of the content folder.`;
}
