import { lstatSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { shownFromWorkingFolder } from './shown-path.ts';

/**
 * The images of the content folder as the build found them when it started, before validation
 * read them (`mdx/bad-image`, `mdx/missing-image`). Astro's asset pipeline reads each image again,
 * later, in a Vite plugin of its own; an image saved, replaced or removed in between (an editor, a
 * `git checkout`, a sync) would publish bytes nothing checked, e.g. an SVG holding a script. The
 * build takes this snapshot first and compares it when every page is written
 * (src/integrations/kb-integration.ts): a difference stops the build, before the staged site
 * replaces the output. Sizes and modification times only: a save changes them, and a thousand
 * images cost a thousand `stat` calls, not their bytes.
 */
export type ImageSnapshot = ReadonlyMap<string, string>;

/** The extensions a postmortem's image may have (what Astro sizes, and SVG). */
const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg', '.tif', '.tiff', '.bmp', '.ico']);

/** What identifies one state of a file: its size, modification time and inode. */
function stateOf(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? `${stat.size}\0${stat.mtimeMs}\0${stat.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** The state of every image file under `contentDir` (links followed, each real folder once). */
export function snapshotImages(contentDir: string): ImageSnapshot {
  const images = new Map<string, string>();
  const walked = new Set<string>();
  const folders = [contentDir];
  while (folders.length) {
    const folder = folders.pop()!;
    let entries;
    try {
      const key = `${lstatSync(folder).dev}:${statSync(folder).ino}`;
      if (walked.has(key)) continue;
      walked.add(key);
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue; // Unreadable: validation says so, naming the folder.
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isDirectory())) {
        folders.push(path);
        continue;
      }
      if (!imageExtensions.has(extname(entry.name).toLowerCase())) continue;
      const state = stateOf(path);
      if (state !== undefined) images.set(path, state);
    }
  }
  return images;
}

/**
 * The images of `before` changed or removed since, each with the words of the build's refusal
 * (paths shown from `shownFrom`). An image added since is no concern: a post showing it was
 * refused by validation, which found it missing.
 */
export function imagesChangedSince(before: ImageSnapshot, shownFrom: string): string[] {
  const problems: string[] = [];
  for (const [path, state] of [...before].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const now = stateOf(path);
    if (now === state) continue;
    const shown = shownFromWorkingFolder(path, shownFrom);
    problems.push(`${shown} ${now === undefined ? 'was removed' : 'changed'} while the build ran: the image the site would publish is not the one validation checked (mdx/bad-image) moments before (an editor's save, a git checkout or a sync during the build). Nothing was published. Build again once the image is as it should be.`);
  }
  return problems;
}
