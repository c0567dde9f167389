import { isAbsolute, relative, resolve } from 'node:path';

/**
 * Folders inside the project that the project's own commands fill with files no page is built
 * from: the benchmark's generated knowledge bases and results, the tests' built sites and
 * fixtures, both sites' output, screenshots, exports. `astro dev` watches the whole project root,
 * so a writer's dev server otherwise took every file `npm run bench` or a test run wrote there
 * (thousands of generated postmortems) as a change to look at.
 */
export const toolOutputFolders: readonly string[] = [
  'bench/baseline/.work',
  'bench/baseline/.astro',
  'bench/baseline/dist',
  'bench/.out',
  'test/.out',
  'dist',
  'dist-public',
  'tmp',
  'screenshots',
  'follow-ups-export',
  'evidence',
];

function isInside(folder: string, path: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/**
 * The dev server's watcher ignores a path when it lies in one of the tool output folders, except
 * the content folder being served and the folders on the way to it: the benchmark's own
 * `astro dev` and the tests' dev servers serve a knowledge base written under those folders
 * (`KB_CONTENT_DIR`), and must still see its edits.
 */
export function devWatcherIgnores(projectRoot: string, contentDir: string): (path: string) => boolean {
  const root = resolve(projectRoot);
  const content = resolve(root, contentDir);
  const folders = toolOutputFolders.map((folder) => resolve(root, ...folder.split('/')));
  return (path: string) => {
    const absolute = resolve(root, path);
    if (isInside(content, absolute) || isInside(absolute, content)) return false;
    return folders.some((folder) => isInside(folder, absolute));
  };
}

