/**
 * How long browsers and CDNs may keep each file of a built site. A file whose name carries a hash
 * of its content can be kept for a year: new content gets a new name. Every other file (pages,
 * feeds, and pagefind's entry points, whose names stay the same from build to build) must be
 * revalidated, or a visitor could load a new page with an old search index.
 *
 * Content-hashed: Astro's `_astro/` assets; pagefind's `fragment/`, `index/` and `filter/`
 * chunks and its `pagefind.<lang>_<hash>.pf_meta`. Not hashed: `pagefind.js`,
 * `pagefind-entry.json` (which names the current meta file), `pagefind-worker.js`, the UI
 * scripts and styles, and the `wasm.<lang>.pagefind` files.
 */
export type CacheClass = 'immutable' | 'revalidate';

/** Site paths (from the site root, with a leading slash) whose names are content-hashed. */
export const contentHashedPaths: readonly RegExp[] = [
  /^\/_astro\//,
  /^\/pagefind\/(?:fragment|index|filter)\/[^/]+$/,
  /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/,
];

export function classifyBuiltPath(path: string): CacheClass {
  return contentHashedPaths.some((pattern) => pattern.test(path)) ? 'immutable' : 'revalidate';
}

/** The Cache-Control value for each class, on the public site (shared caches may keep it). */
export const publicCacheControl: Record<CacheClass, string> = {
  immutable: 'public, max-age=31536000, immutable',
  revalidate: 'public, max-age=0, must-revalidate',
};

/** Behind sign-in: the same lifetimes, but only the signed-in browser may keep a copy. */
export const internalCacheControl: Record<CacheClass, string> = {
  immutable: 'private, max-age=31536000, immutable',
  revalidate: 'private, no-cache',
};
