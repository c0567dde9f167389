import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { stripInternalFromSource } from '../lib/strip-internal.ts';
import { numberFootnoteLabels } from '../lib/public-footnote-labels.ts';
import { getKbSession } from './session-handle.ts';
import { decodedUriComponent } from '../lib/uri-component.ts';

/** Internal site paths: a link there from a public post is rewritten or dropped. */
const internalPath = /^\/(postmortems|tags|services|severity|triggers|years|insights|follow-ups|compliance|search)(\/|$)/;

/**
 * Where a link of a public post to an internal page goes on the public site: a public post's
 * page (`/incidents/<id>/`), or nowhere (`null`: the words stay, the link goes). `isKnownId` says
 * which ids are postmortems of the corpus: an address on another host naming one that is not
 * public loses its target too.
 */
export function publicLinkRewriter(isPublicId: (id: string) => boolean, isKnownId: (id: string) => boolean = () => false): (url: string) => string | null | undefined {
  return (written: string) => {
    // Canary round 34: `/incidents/<ID IN CAPITALS>/`, `%2D` for its hyphens and an absolute
    // address of the internal site each published an internal-only post's id: the address is read
    // decoded and in any letter case, as a reader's browser and the internal site's server read it.
    const trimmed = written.trim();
    const url = decodedUriComponent(trimmed) ?? trimmed;
    // Canary round 38: `/incidents//<id>/`, `/incidents\<id>\` (a browser reads `\` as `/`) and a
    // repository's `…/postmortems/<id>.mdx` kept the id of a post customers do not see. Any address
    // one of whose parts names such a post loses its target, however the rest is written.
    if (url.split(/[\\/?#&=]/).some((part) => {
      const id = part.toLowerCase().replace(/\.mdx?$/, '');
      return /^\d{4}-\d{2}-\d{2}-./.test(id) && isKnownId(id) && !isPublicId(id);
    })) return null;
    // Canary round 43: `/incidents/<what is no public post's id>/` (an id mistyped, `%30` for its
    // first digit) published a hidden post's words, and led to no page: its target is dropped.
    const incidentPage = /^\/incidents\/([^/?#]+)/i.exec(url)?.[1].toLowerCase().replace(/\.mdx?$/, '');
    if (incidentPage !== undefined && !isPublicId(incidentPage)) return null;
    const onHost = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(url);
    if (onHost) {
      const id = /^\/(?:incidents|postmortems)\/(\d{4}-\d{2}-\d{2}-[^/#?]+)/i.exec(onHost[1] ?? '')?.[1]?.toLowerCase().replace(/\.mdx?$/, '');
      return id && isKnownId(id) && !isPublicId(id) ? null : undefined;
    }
    // A link to a post's public address, or one relative to it (`../<id>/`), names the post's id:
    // kept for a public post, its target dropped for any other (canary round 32: a link to
    // `/incidents/<internal-only id>/` published that id).
    const publicAddress = /^(?:\/incidents\/|(?:\.\.?\/)+)(\d{4}-\d{2}-\d{2}-[^/#?]+)/i.exec(url);
    if (publicAddress) {
      const id = publicAddress[1].toLowerCase().replace(/\.mdx?$/, '');
      if (!isPublicId(id)) return null;
      // Written as the public site spells it: kept as written (its fragment too); else made so.
      return url === trimmed && publicAddress[0] === publicAddress[0].toLowerCase() ? undefined : `/incidents/${id}/`;
    }
    if (!internalPath.test(url.toLowerCase())) return undefined;
    const id = /^\/postmortems\/([^/#?]+)/i.exec(url)?.[1]?.toLowerCase();
    return id && isPublicId(id) ? `/incidents/${id}/` : null;
  };
}

/**
 * For the public build: every postmortem source that is compiled as MDX (the fast path,
 * postmortem-loader.ts, renders the others from a source cut the same way) is rewritten before the MDX compiler sees it,
 * with `<Internal>` blocks and the frontmatter removed. Internal prose is therefore never
 * compiled, bundled or rendered, not merely hidden. Listed before @astrojs/mdx so that its
 * transform runs first.
 */
export function publicVariant(): AstroIntegration {
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
                async transform(code: string, id: string) {
                  // Ids with a query (`?astroPropagatedAssets`, ...) are Astro's generated
                  // wrappers around the file, not its source.
                  if (id.includes('?') || !/\.mdx?$/.test(id)) return;
                  // The session is set up by the knowledge-base integration's own config hook.
                  const session = getKbSession();
                  if (!id.startsWith(resolve(session.postmortemsDir))) return;
                  const rewriteLink = publicLinkRewriter(await session.publicIdTest(), await session.postIdTest());
                  const isMdx = id.endsWith('.mdx');
                  // Footnote labels are in the page's ids and links: numbered, never as written.
                  return { code: numberFootnoteLabels(stripInternalFromSource(code, { isMdx, file: id, rewriteLink }), isMdx), map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
