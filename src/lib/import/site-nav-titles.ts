import { parse as parseYaml } from 'yaml';
import { isObject } from './json-object.ts';

/**
 * The titles a documentation site's navigation gives its pages. MkDocs names each page in
 * `mkdocs.yml`'s `nav` (`- Blameless Culture:` over `- The Blameless Postmortem: 'culture/blameless.md'`),
 * paths relative to its `docs_dir` (`docs` unless set). A site translated into Japanese keeps
 * those names while its pages open with a picture and no heading: each of its 12 pages was titled
 * by its file name ("blameless", "what is": import round 51's leftover). The nav's name is what the
 * site shows as the page's title, so the import takes it before the file name (src/lib/import/import-report.ts).
 */
export interface SiteNavTitles {
  /** The site's configuration file, as shown in what the draft says. */
  config: string;
  /** The folder of the pages, relative to the configuration's folder (`docs`). */
  docsDir: string;
  /** Each page's title by its path under `docsDir` (`/`-separated). */
  titles: Map<string, string>;
}

/** The file names of a site configuration that names its pages. */
export const siteNavConfigNames = ['mkdocs.yml', 'mkdocs.yaml'] as const;

/**
 * The page titles of an MkDocs configuration's `nav`, or undefined when it has none (a site
 * without `nav` lists its pages by their own headings). Entries written as a path alone
 * (`- index.md`) carry no title and are left out; links to other sites too. MkDocs' Python tags
 * (`!!python/name:…`) are read as plain values, not refused: only `nav` and `docs_dir` matter here.
 */
export function mkdocsNavTitles(configText: string, config: string): SiteNavTitles | undefined {
  let data: unknown;
  try {
    data = parseYaml(configText, { customTags: (tags) => tags, logLevel: 'silent', uniqueKeys: false });
  } catch {
    return undefined;
  }
  if (!isObject(data) || !Array.isArray(data.nav)) return undefined;
  const titles = new Map<string, string>();
  const walk = (entries: unknown[]) => {
    for (const entry of entries) {
      if (!isObject(entry)) continue;
      for (const [name, value] of Object.entries(entry)) {
        if (Array.isArray(value)) walk(value);
        else if (typeof value === 'string' && !/^[a-z][\w+.-]*:/i.test(value) && name.trim()) titles.set(value.replace(/^\.?\//, ''), name.trim());
      }
    }
  };
  walk(data.nav);
  const docsDir = typeof data.docs_dir === 'string' && data.docs_dir.trim() ? data.docs_dir.trim().replace(/^\.\/|\/+$/g, '') : 'docs';
  return titles.size ? { config, docsDir, titles } : undefined;
}

/**
 * The nav's title of a page, given its path relative to the configuration's folder
 * (`/`-separated), or undefined when the nav does not name it.
 */
export function navTitleOf(site: SiteNavTitles, pathFromConfig: string): string | undefined {
  const prefix = `${site.docsDir}/`;
  return pathFromConfig.startsWith(prefix) ? site.titles.get(pathFromConfig.slice(prefix.length)) : undefined;
}
