import { relative } from 'node:path';

/**
 * A path as the commands' and the build's messages show it: relative to the working folder when it lies inside it,
 * whole otherwise. A folder elsewhere (`KB_CONTENT_DIR=/tmp/kb`) read as `../../../tmp/kb/...` sends a
 * reader counting dots (adoption round 48); the working folder itself is `.`.
 */
export function shownFromWorkingFolder(path: string, workingFolder: string = process.cwd()): string {
  const fromHere = relative(workingFolder, path);
  if (fromHere === '') return '.';
  return fromHere.startsWith('..') ? path : fromHere;
}
