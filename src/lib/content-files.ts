import { readdirSync, existsSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';

/** Postmortem sources are `.mdx` or `.md` files anywhere under the postmortems folder. */
export const postmortemExtensions = ['.mdx', '.md'] as const;
export const postmortemGlob = '**/*.{md,mdx}';

/** The entry id: the file name without its extension, whatever subfolder holds it. */
export function postmortemIdFromPath(path: string): string {
  return basename(path, extname(path));
}

/** Every postmortem file under `dir`, as paths relative to it, sorted for stable output. */
export function listPostmortemFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => (postmortemExtensions as readonly string[]).includes(extname(path)))
    .filter((path) => !basename(path).startsWith('_') && !basename(path).startsWith('.'))
    .map((path) => relative(dir, join(dir, path)))
    .sort();
}
