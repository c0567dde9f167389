import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publicLinkRewriter } from '../../src/integrations/public-variant.ts';
import { PublicVariantError, stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { listPostmortemsFolder, postmortemIdFromPath } from '../../src/lib/content-files.ts';
import { isPubliclyVisible } from '../../src/lib/predicates.ts';
import { validatePostmortemSource, type ValidatedPostmortem } from '../../src/lib/validate-postmortem.ts';
import type { Vocabulary } from '../../src/lib/vocabulary.ts';
import type { Finding } from '../../src/lib/findings.ts';

/**
 * The public build's link rewriter (`publicLinkRewriter`, asked as the build asks it) for commands
 * that validated only some posts (`npm run check -- FILE`, `npm run redact -- FILE`): a post not
 * validated is looked up in the postmortems folder and its frontmatter read when a link names it.
 */
export function corpusLinkRewriter(
  contentDir: string,
  validated: readonly Pick<ValidatedPostmortem, 'id' | 'data'>[],
  vocabulary: Vocabulary,
): (url: string) => string | null | undefined {
  const postsDir = join(contentDir, 'postmortems');
  const paths = new Map(listPostmortemsFolder(postsDir).postmortems.map((path) => [postmortemIdFromPath(path).toLowerCase(), join(postsDir, path)] as const));
  const known = new Map(validated.map((pm) => [pm.id.toLowerCase(), Boolean(pm.data && isPubliclyVisible(pm.data))] as const));
  const knownIds = new Set([...paths.keys(), ...known.keys()]);
  const isPublicId = (id: string) => {
    const seen = known.get(id);
    if (seen !== undefined) return seen;
    const path = paths.get(id);
    let isPublic = false;
    if (path) {
      try {
        const { data } = validatePostmortemSource(path, postmortemIdFromPath(path), readFileSync(path, 'utf8'), { vocabulary, knownIds, contentDir: resolve(contentDir), frontmatterOnly: true });
        isPublic = Boolean(data && isPubliclyVisible(data));
      } catch { /* unreadable: not on the public site, as the build would not publish it */ }
    }
    known.set(id, isPublic);
    return isPublic;
  };
  return publicLinkRewriter(isPublicId, (id) => knownIds.has(id));
}

/**
 * What the public cut refuses once the build's link rewriter is given (canary round 34,
 * src/lib/links-to-hidden-posts.ts: an HTML link, or any link of a `.md` post, to a post customers
 * do not see): the redaction scan cuts the body without the rewriter, so `npm run check` and
 * `npm run redact` passed such a post in silence and only the public build refused it. Empty
 * when the cut takes the post (or refuses it for a reason the scan already says).
 *
 * Every such link, each with its line: the cut finds them all in one pass (`refusedLinks` of its
 * error; before canary round 37 it stopped at the first, and each refused link's target was
 * blanked in a copy and the copy cut again, up to 1,000 times).
 */
export function hiddenPostLinkFindings(file: string, source: string, rewriteLink: (url: string) => string | null | undefined): Finding[] {
  try {
    stripInternalFromSource(source, { isMdx: file.endsWith('.mdx'), variant: 'public', file, rewriteLink });
    return [];
  } catch (error) {
    if (!(error instanceof PublicVariantError)) throw error;
    return error.refusedLinks.map(({ line, message, fix }): Finding => ({ file, line, column: 1, rule: 'public/source', severity: 'error', message, fix }));
  }
}
