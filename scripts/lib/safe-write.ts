import { chmodSync, constants, copyFileSync, existsSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** How the commands write a file; a test passes one that fails part-way, as a full disk does. */
export type WriteFile = (path: string, data: string | Uint8Array, options?: { flag?: string; mode?: number }) => void;

/**
 * Writes a file that must not exist yet (`wx`). When the write fails part-way (a full disk, a
 * quota), the file it created is removed: `npm run import` onto a full disk left an empty draft
 * while saying "nothing was written", and its next run wrote `<name>-2.mdx` beside it. A file that
 * was there before, or that another command wrote meanwhile (EEXIST), is never touched.
 */
export function writeNewFile(path: string, data: string | Uint8Array, options: { mode?: number } = {}, write: WriteFile = writeFileSync): void {
  const existed = existsSync(path);
  try {
    write(path, data, { flag: 'wx', ...options });
  } catch (error) {
    // EEXIST: another command wrote it meanwhile (bad input round 23); it is theirs.
    if (!existed && (error as NodeJS.ErrnoException).code !== 'EEXIST' && existsSync(path)) rmSync(path, { force: true });
    throw error;
  }
}

/** Copies `from` to a file that must not exist yet; as {@link writeNewFile}, a copy cut short is removed. */
export function copyNewFile(from: string, to: string): void {
  const existed = existsSync(to);
  try {
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  } catch (error) {
    if (!existed && (error as NodeJS.ErrnoException).code !== 'EEXIST' && existsSync(to)) rmSync(to, { force: true });
    throw error;
  }
}

/**
 * Rewrites a file the author wrote (`npm run fill`, `redact`, `follow-ups sync`): the new text goes
 * to a file beside it first, which then takes its place. Written in place, a full disk cut the
 * postmortem short, its end lost, and the command stopped with Node's stack trace. The file keeps
 * its permissions; a link keeps pointing at it (the file it names is the one replaced). The
 * temporary name ends in `.tmp`, which no command reads as a postmortem, and is removed on failure.
 */
export function replaceFile(path: string, data: string, write: WriteFile = writeFileSync): void {
  const target = realpathSync(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const mode = statSync(target).mode & 0o7777;
    write(temporary, data, { flag: 'wx', mode });
    // The mode given to open is narrowed by the umask; the file's own is wanted.
    chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Why a file or folder could not be written, in words, for the errors Node names by code only:
 * "cannot be written (ENOSPC)" said nothing to do.
 */
export function writeErrorWords(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full (ENOSPC): free space there, or write elsewhere';
    case 'EDQUOT':
      return 'your disk quota there is used up (EDQUOT): free space, or write elsewhere';
    case 'EROFS':
      return 'it is on a read-only file system (EROFS): mount it writable, or work on a copy on a writable disk';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code}): the user running this command may not write there`;
    case 'EFBIG':
      return 'the file would be larger than the file system allows (EFBIG)';
    case 'EIO':
      return 'the disk reported an input/output error (EIO): check the disk';
    default:
      return code ?? message;
  }
}

/** What a command says when {@link replaceFile} failed: the file named, why, and that it is as it was. */
export function rewriteProblem(shownPath: string, error: unknown): string {
  return `${shownPath} could not be rewritten: ${writeErrorWords(error)}. It was left as it was`;
}

/** Why files could not be written into an output folder, as words after the option that named it. */
export function outputWriteProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EEXIST' || code === 'ENOTDIR' ? 'is a file, or inside one, not a folder' : `cannot be written: ${writeErrorWords(error)}`;
}
