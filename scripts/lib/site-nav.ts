import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { mkdocsNavTitles, navTitleOf, siteNavConfigNames, type SiteNavTitles } from '../../src/lib/import/site-nav-titles.ts';
import { shownFromWorkingFolder } from '../../src/lib/shown-path.ts';

/**
 * The title a documentation site's navigation gives a report's page (MkDocs' `nav` in the
 * `mkdocs.yml` of its folder or a folder above it, up to the folder given to the import), with
 * the configuration that names it; undefined when no site names the page. Read once a folder.
 */
export function siteNavTitleReader(): (file: string, root: string) => { title: string; config: string } | undefined {
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
      const title = site && navTitleOf(site, relative(folder, file).split(sep).join('/'));
      if (title) return { title, config: site.config };
      // The nearest site decides; the search stops at the folder given to the import.
      if (site || folder === root || relative(root, folder).startsWith('..') || dirname(folder) === folder) return undefined;
    }
  };
}
