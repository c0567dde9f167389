import { lstatSync, readlinkSync, realpathSync } from 'node:fs';

/**
 * Why a path named on the command line is "not there" when something is there under that name
 * (bad input round 32): a symbolic link that leads to itself or to nothing, or a name whose bytes
 * are not UTF-8 (`$'\xff.mdx'`, a file copied from an old Latin-1 archive), which Node receives
 * with U+FFFD in their place and so cannot open. Both were "there is no file", next to a file
 * `ls` lists. Undefined when nothing is known beyond "not there".
 */
export function missingPathWords(path: string, shown: string): { message: string; fix: string } | undefined {
  let isLink = false;
  try {
    isLink = lstatSync(path).isSymbolicLink();
  } catch {
    isLink = false;
  }
  if (isLink) {
    let code: string | undefined;
    try {
      realpathSync(path);
    } catch (error) {
      code = (error as NodeJS.ErrnoException).code;
    }
    const target = readlinkSync(path);
    return code === 'ELOOP'
      ? { message: `${shown} is a symbolic link that leads back to itself (a loop: ${shown} -> ${target} -> …), so there is no file at its end.`, fix: `point the link at the postmortem (ln -sfn <file> ${shown}), or name the file itself.` }
      : { message: `${shown} is a symbolic link to ${target}, which is not there (the file was moved or deleted, or the link is relative to another folder).`, fix: `name the file itself, or point the link at it (ln -sfn <file> ${shown}).` };
  }
  if (path.includes('\uFFFD')) {
    return {
      message: `there is no file ${shown}: the name holds "\uFFFD" (U+FFFD), which stands for a byte that is not UTF-8. A file whose name was written in another encoding (Latin-1, a Windows code page) reaches the command with that byte replaced, so it cannot be opened under its name.`,
      fix: 'rename the file with letters, digits and hyphens only (the postmortem\'s id, e.g. 2025-03-14-checkout-errors.mdx), or name the folder that holds it.',
    };
  }
  return undefined;
}
