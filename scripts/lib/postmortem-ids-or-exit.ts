import { listPostmortemFiles, postmortemIdFromPath, UnlistedFolderError } from '../../src/lib/content-files.ts';

/**
 * The ids of the postmortems under each folder, to keep a new file from taking one. A folder that
 * cannot be listed (no read permission) stopped `npm run new`, `import` and `draft` with a stack
 * trace; its ids unknown, a new file could take one: said with the fix, and exit status 1.
 */
export function postmortemIdsOrExit(...folders: string[]): Set<string> {
  try {
    return new Set(folders.flatMap((folder) => listPostmortemFiles(folder)).map(postmortemIdFromPath));
  } catch (error) {
    if (!(error instanceof UnlistedFolderError)) throw error;
    console.error(`${error.message}\nNothing was written.`);
    process.exit(1);
  }
}
