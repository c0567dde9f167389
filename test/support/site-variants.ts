import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';

/**
 * What a site reads of an `.mdx` source, as its build cuts it (strip-internal.ts: the public site
 * drops `<Internal>`, the internal one `<PublicOnly>`), with the tags of the kept component
 * rendered as their text. The frontmatter is blanked, its lines kept, as the cut leaves it.
 */
export function siteText(source: string, variant: 'public' | 'internal'): string {
  return stripInternalFromSource(source, { isMdx: true, variant }).replace(/<\/?(?:Internal|PublicOnly)>/g, '');
}
