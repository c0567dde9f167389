import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import { splitFrontmatter } from './frontmatter.ts';

// remark is loaded on first use: most builds parse every body with satteri (mdx-tree.ts) and
// need remark only for the public cut of a `.md` body, while Astro's thread loaded it at every
// start (about 0.1 s).
const require = createRequire(import.meta.url);
let remark: { unified: typeof import('unified').unified; parse: typeof import('remark-parse').default; gfm: typeof import('remark-gfm').default; mdx: typeof import('remark-mdx').default } | undefined;

/** The body of a postmortem source file as a syntax tree with positions (MDX when `isMdx`). */
export function parseBodyTree(source: string, isMdx: boolean): Root {
  return parseBodyText(splitFrontmatter(source).body, isMdx);
}

/**
 * A body (the text after the frontmatter) as remark's syntax tree with positions, GFM on, MDX when
 * `isMdx`. What `npm run check` reads a body with (validate-postmortem.ts); a build's worker,
 * which validates the frontmatter only, no longer loads remark's ~230 modules (docs/performance.md,
 * session 31).
 */
export function parseBodyText(body: string, isMdx: boolean): Root {
  remark ??= {
    unified: (require('unified') as typeof import('unified')).unified,
    parse: (require('remark-parse') as typeof import('remark-parse')).default,
    gfm: (require('remark-gfm') as typeof import('remark-gfm')).default,
    mdx: (require('remark-mdx') as typeof import('remark-mdx')).default,
  };
  const processor = remark.unified().use(remark.parse).use(remark.gfm);
  if (isMdx) processor.use(remark.mdx);
  return processor.parse(body) as Root;
}
