import { leadingFrontmatter } from './leading-frontmatter.ts';
/**
 * A site generator's landing or archive page: a Jekyll blog of postmortems (Minimal Mistakes)
 * keeps `demo.md` with `layout: splash` ("Welcome to the Postmortem Dashboard", "Explore our
 * collection of postmortem reports"), and it was a draft (import round 54). The theme's layouts
 * for a home page, a splash page, a landing page or an archive show other pages; a report is
 * written with a post's or a page's layout.
 */
const landingLayout = /^layout:[ \t]*["']?(home|splash|landing|archive|archive-taxonomy|categories|tags|collection|search)["']?[ \t]*$/m;

/** The layout naming a page a site's landing or archive page (`splash`), or undefined. */
export function landingPageLayout(text: string): string | undefined {
  const frontmatter = leadingFrontmatter(text);
  return frontmatter ? landingLayout.exec(frontmatter[1].replace(/\r\n?/g, '\n'))?.[1] : undefined;
}
