import type { AstroIntegration } from 'astro';
import { stripInternalFromSource } from '../lib/strip-internal.ts';

/**
 * For the public build: every postmortem source is rewritten before the MDX compiler sees it,
 * with `<Internal>` blocks and the frontmatter removed. Internal prose is therefore never
 * compiled, bundled or rendered, not merely hidden. Listed before @astrojs/mdx so that its
 * transform runs first.
 */
export function publicVariant(postmortemsDir: string): AstroIntegration {
  return {
    name: 'postmortem-kb:public-variant',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
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
                  return { code: stripInternalFromSource(code, { isMdx: id.endsWith('.mdx'), file: id }), map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
