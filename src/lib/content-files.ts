import { readdirSync, existsSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';

/** Postmortem sources are `.mdx` or `.md` files anywhere under the postmortems folder. */
export const postmortemExtensions = ['.mdx', '.md'] as const;
export const postmortemGlob = '**/*.{md,mdx}';

/** The entry id: the file name without its extension, whatever subfolder holds it. */
export function postmortemIdFromPath(path: string): string {
  return basename(path, extname(path));
}

/** Names skipped on purpose: `_template.mdx`, `.hidden.md` (drafting aids, editor files). */
const isSkippedName = (name: string) => name.startsWith('_') || name.startsWith('.');

/**
 * Every postmortem file under `dir`, as paths relative to it, sorted for stable output. A folder
 * whose name ends in `.mdx` is not one (its files are listed); a link is listed whether or not
 * its target exists, so that reading it reports what is wrong instead of leaving it out.
 */
export function listPostmortemFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && (postmortemExtensions as readonly string[]).includes(extname(entry.name)) && !isSkippedName(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Files under `dir` that look like postmortems but are not read as one: another letter case of
 * the extension (`.MDX`, `.Md`) or another Markdown extension (`.markdown`, `.mkd`). Listed so
 * that validation says so, instead of leaving them out of the site without a word.
 */
export function listLookAlikePostmortemFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && !isSkippedName(entry.name))
    .filter((entry) => {
      const extension = extname(entry.name);
      const lower = extension.toLowerCase();
      return ((postmortemExtensions as readonly string[]).includes(lower) && extension !== lower) || ['.markdown', '.mkd', '.mdown', '.mkdn'].includes(lower);
    })
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}
