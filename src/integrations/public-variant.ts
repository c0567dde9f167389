import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { stripInternalFromSource } from '../lib/strip-internal.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { listPostmortemFiles, postmortemIdFromPath } from '../lib/content-files.ts';
import { isPubliclyVisible } from '../lib/predicates.ts';

/** Ids the public site publishes (public and published): links to others cannot be followed there. */
function findPublicIds(postmortemsDir: string): Set<string> {
  const ids = new Set<string>();
  for (const file of listPostmortemFiles(postmortemsDir)) {
    try {
      const data = parseYaml(splitFrontmatter(readFileSync(join(postmortemsDir, file), 'utf8')).yaml) ?? {};
      // Raw frontmatter: validation has passed by the time anything is published, and the
      // predicate reads only visibility, status and public.
      if (isPubliclyVisible(data)) ids.add(postmortemIdFromPath(file));
    } catch {
      // Invalid files never reach a build: validation runs first and stops it.
    }
  }
  return ids;
}

/** Internal site paths: a link there from a public post is rewritten or dropped. */
const internalPath = /^\/(postmortems|tags|services|severity|triggers|years|insights|follow-ups|compliance|search)(\/|$)/;

/**
 * Where a link of a public post to an internal page goes on the public site: a public post's
 * page (`/incidents/<id>/`), or nowhere (`null`: the words stay, the link goes).
 */
export function publicLinkRewriter(postmortemsDir: string): (url: string) => string | null | undefined {
  const publicIds = findPublicIds(postmortemsDir);
  return (url: string) => {
    if (!internalPath.test(url)) return undefined;
    const id = /^\/postmortems\/([^/#?]+)/.exec(url)?.[1];
    return id && publicIds.has(id) ? `/incidents/${id}/` : null;
  };
}

/**
 * For the public build: every postmortem source that is compiled as MDX (the fast path,
 * postmortem-loader.ts, renders the others from a source cut the same way) is rewritten before the MDX compiler sees it,
 * with `<Internal>` blocks and the frontmatter removed. Internal prose is therefore never
 * compiled, bundled or rendered, not merely hidden. Listed before @astrojs/mdx so that its
 * transform runs first.
 */
export function publicVariant(postmortemsDir: string): AstroIntegration {
  return {
    name: 'postmortem-kb:public-variant',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        const rewriteLink = publicLinkRewriter(postmortemsDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'postmortem-kb:strip-internal',
                enforce: 'pre',
                transform(code: string, id: string) {
                  // Ids with a query (`?astroPropagatedAssets`, ...) are Astro's generated
                  // wrappers around the file, not its source.
                  if (id.includes('?') || !id.startsWith(postmortemsDir) || !/\.mdx?$/.test(id)) return;
                  return { code: stripInternalFromSource(code, { isMdx: id.endsWith('.mdx'), file: id, rewriteLink }), map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
