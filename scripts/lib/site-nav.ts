import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { guidePageReason, mkdocsNavTitles, navTitleOf, siteNavConfigNames, type SiteNavTitles } from '../../src/lib/import/site-nav-titles.ts';
import { shownFromWorkingFolder } from '../../src/lib/shown-path.ts';

/**
 * The documentation site a page belongs to (the `mkdocs.yml` of its folder or the nearest folder
 * above it) with the page's path from there; undefined when none. In a folder given to the import
 * the search stops there; a page given alone is looked up to its repository's root (the folder
 * holding `.git`) or the file system's: its `mkdocs.yml` is at the site's root, not beside it
 * (import round 53: a page of a site's `docs/` imported alone took no title from its nav).
 * Each folder's configuration is read once.
 */
function siteOfPageReader(): (file: string, root: string | undefined) => { site: SiteNavTitles; path: string } | undefined {
  const siteOf = new Map<string, SiteNavTitles | undefined>();
  const siteIn = (folder: string) => {
    if (!siteOf.has(folder)) {
      const name = siteNavConfigNames.find((candidate) => existsSync(join(folder, candidate)) && statSync(join(folder, candidate)).isFile());
      siteOf.set(folder, name ? mkdocsNavTitles(readFileSync(join(folder, name), 'utf8'), shownFromWorkingFolder(join(folder, name))) : undefined);
    }
    return siteOf.get(folder);
  };
  return (file, root) => {
    for (let folder = dirname(file); ; folder = dirname(folder)) {
      const site = siteIn(folder);
      // The nearest site decides.
      if (site) return { site, path: relative(folder, file).split(sep).join('/') };
      const top = root === undefined ? existsSync(join(folder, '.git')) : folder === root || relative(root, folder).startsWith('..');
      if (top || dirname(folder) === folder) return undefined;
    }
  };
}

/**
 * The title a documentation site's navigation gives a report's page (MkDocs' `nav`; see
 * siteOfPageReader for where its configuration is looked for), with the configuration that names
 * it; undefined when no site names the page. `root` is the folder given to the import, undefined
 * for a page given alone.
 */
export function siteNavTitleReader(): (file: string, root: string | undefined) => { title: string; config: string } | undefined {
  const siteOfPage = siteOfPageReader();
  return (file, root) => {
    const found = siteOfPage(file, root);
    const title = found && navTitleOf(found.site, found.path);
    return title ? { title, config: found.site.config } : undefined;
  };
}

/** Why a page found in a folder is a page of a documentation site that names itself a guide (src/lib/import/site-nav-titles.ts, guidePageReason); undefined when it may be a report. */
export function siteGuidePageReader(): (file: string, root: string) => string | undefined {
  const siteOfPage = siteOfPageReader();
  return (file, root) => {
    const found = siteOfPage(file, root);
    return found && guidePageReason(found.site, found.path);
  };
}
