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
  /** The site's own words saying it is a guide or documentation (`site_name: PagerDuty Postmortem Documentation`), when it says so. */
  guide?: string;
}

/** The file names of a site configuration that names its pages. */
export const siteNavConfigNames = ['mkdocs.yml', 'mkdocs.yaml'] as const;

/**
 * The page titles of an MkDocs configuration's `nav` and whether the site names itself a guide, or
 * undefined when it has neither (a site without `nav` lists its pages by their own headings). Entries written as a path alone
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
  if (!isObject(data)) return undefined;
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
  if (Array.isArray(data.nav)) walk(data.nav);
  const docsDir = typeof data.docs_dir === 'string' && data.docs_dir.trim() ? data.docs_dir.trim().replace(/^\.\/|\/+$/g, '') : 'docs';
  const guide = [data.site_name, data.site_description].map((value) => (typeof value === 'string' ? value.trim() : '')).find((value) => guideWords.test(value));
  return titles.size || guide ? { config, docsDir, titles, ...(guide ? { guide } : {}) } : undefined;
}

/**
 * Words a documentation site names itself with when it teaches or documents rather than keeps
 * reports: PagerDuty's Japanese postmortem guide (`site_name: PagerDuty Postmortem Documentation`,
 * "This guide will teach you …"), a Spanish handbook of software engineering ("Guía Integral de
 * Ingeniería de Software"): 12 and 115 pages drafted as postmortems (import rounds 51 to 53).
 */
const guideWords = /(?:^|[^\p{L}])(?:guides?|handbooks?|documentation|docs|manuals?|tutorials?|best practices|playbooks?|gu[íi]as?|documentaci[óo]n|manuel|leitfaden|handbuch|dokumentation|ガイド|ドキュメント|手引き)(?![\p{L}])/iu;
/** A day in a page's path (`2024-03-01-…`, `20240301`): a site's report is named by its day. */
const dayInPath = /(?:19|20)\d{2}[-_.]?[01]\d[-_.]?[0-3]\d/;
/** A folder named for reports (`incidents/`, `postmortems/`, `outages/`, `rca/`): a guide's site may keep them there. */
const reportFolderInPath = /(?:^|\/)(?:incidents?|incident[-_ ]?reports?|post-?mortems?|outages?|rcas?|retros(?:pectives)?)\//i;
/** Words of an incident in a page's name or nav title ("Checkout outage", `db-failure.md`). */
const incidentInName = /(?:^|[^\p{L}])(?:outages?|incidents?|failures?|failed|down(?:time)?|degrad\w*|breach\w*|errors?|crash\w*|broken|unavailab\w*|lost|leak\w*|fallas?|ca[íi]das?|incidentes?|障害)(?![\p{L}])/iu;

/**
 * Why a page of a documentation site that names itself a guide (its `site_name` or
 * `site_description`) is no report, given its path relative to the configuration's folder; undefined
 * when the site says no such thing, the page lies outside its `docs_dir`, or the page may be a report:
 * named with its day, kept in a folder named for reports, or named (by its file or the nav) for an incident.
 */
export function guidePageReason(site: SiteNavTitles, pathFromConfig: string): string | undefined {
  const prefix = `${site.docsDir}/`;
  if (!site.guide || !pathFromConfig.startsWith(prefix)) return undefined;
  const page = pathFromConfig.slice(prefix.length);
  const stem = page.slice(page.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '').replace(/[-_]+/g, ' ');
  if (dayInPath.test(page) || reportFolderInPath.test(page) || incidentInName.test(stem) || incidentInName.test(site.titles.get(page) ?? '')) return undefined;
  return `a page of a documentation site that names itself a guide (${site.config}: "${site.guide.length > 80 ? `${site.guide.slice(0, 77)}…` : site.guide}"), not a report: a page named with its day, kept in a folder named for reports (incidents/, postmortems/) or named for an incident is read`;
}

/**
 * The nav's title of a page, given its path relative to the configuration's folder
 * (`/`-separated), or undefined when the nav does not name it.
 */
export function navTitleOf(site: SiteNavTitles, pathFromConfig: string): string | undefined {
  const prefix = `${site.docsDir}/`;
  return pathFromConfig.startsWith(prefix) ? site.titles.get(pathFromConfig.slice(prefix.length)) : undefined;
}
