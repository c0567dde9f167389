// Which paths of its own host the internal site answers (bad input round 44): a body's link to
// `/services/nosuch/` or `/docs/runbooks/pool` led to a page not found and passed in silence. The
// site is built for the root of its host (kb-config.ts refuses a path in its address), so every
// link starting with `/` is a page or file of this site, or of none.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { findClosestMatch } from './closest-match.ts';
import { isInsideFolder } from './content-files.ts';
import { decodedUriComponent } from './uri-component.ts';

/** The vocabularies' ids a path of the site may name (services.yaml, tags.yaml, triggers.yaml). */
export interface SitePathNames {
  services: readonly string[];
  tags: readonly string[];
  triggers: readonly string[];
}

/** A link's path that the site does not make, with the page or file meant nearby. */
export interface SitePathProblem {
  message: string;
  fix: string;
}

/**
 * The sections of the internal site, as src/pages lays them out: what the segment after the
 * section's name is (`any` for pages of its own, such as a follow-up listing's filters), and
 * whether the section has a page of its own (`/severity/` has none: only `/severity/sev-1/`).
 */
const sections: Record<string, { index: boolean; value?: keyof SitePathNames | 'severity' | 'year' | 'any' }> = {
  postmortems: { index: true, value: 'any' },
  services: { index: true, value: 'services' },
  tags: { index: true, value: 'tags' },
  triggers: { index: true, value: 'triggers' },
  severity: { index: false, value: 'severity' },
  years: { index: false, value: 'year' },
  insights: { index: true, value: 'any' },
  'follow-ups': { index: true, value: 'any' },
  compliance: { index: true, value: 'year' },
  search: { index: true },
  pagefind: { index: false, value: 'any' },
  _astro: { index: false, value: 'any' },
};

/**
 * The internal site's address of a public site's address (`/incidents/<id>/` is `/postmortems/<id>/`,
 * `/history/<year>/` is `/years/<year>/`), or undefined when `first` is no public-only section.
 */
function publicAddressOnInternalSite(first: string, second: string | undefined): string | undefined {
  if (first === 'incidents') return `/postmortems/${second ?? '<id>'}/`;
  if (first === 'history') return `/years/${second ?? '<year>'}/`;
  return undefined;
}

/** Files the build writes at the site's root (src/pages/*.ts). */
const rootFiles = ['postmortems.json', 'metrics.json', 'follow-ups.csv', 'follow-ups.json', 'index.html', '404.html'];

const severities = ['sev-0', 'sev-1', 'sev-2', 'sev-3', 'sev-4'];

/**
 * Why `path` (a link's address starting with one `/`, or a relative one read from the page's address,
 * `written` as the body has it) is no page
 * or file of the internal site, or undefined when it is one, or may be (`/postmortems/…`, checked
 * against the postmortems' ids elsewhere; a page number; a filter of the follow-ups).
 * `publicDir` is the project's public/ folder, served from the root.
 */
export function sitePathProblem(path: string, names: SitePathNames, publicDir: string, written = path): SitePathProblem | undefined {
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  const url = written;
  const pathname = path.replace(/[?#].*$/, '');
  const segments = pathname.split('/').filter(Boolean).map((segment) => decodedUriComponent(segment) ?? segment);
  if (!segments.length) return undefined;
  const [first, second] = segments;
  const section = sections[first];
  const lowerFirst = first.toLowerCase();
  // Servers read a path letter for letter: /Postmortems/ or /INCIDENTS/ is a page not found.
  const publicCounterpart = publicAddressOnInternalSite(lowerFirst, second?.toLowerCase());
  if (!section && lowerFirst !== first && (sections[lowerFirst] || publicCounterpart)) {
    return {
      message: `the link ${url} leads to ${pathname}, written in capitals where this site's addresses are in lower case; servers read addresses letter for letter, so it is a page not found.`,
      fix: `write ${publicCounterpart ?? pathname.toLowerCase()}${publicCounterpart ? ", the internal site's address (the public build links it to its public page itself)" : ''}.`,
    };
  }
  if (!section) {
    if (segments.length === 1 && rootFiles.includes(first)) return undefined;
    // The public site's addresses (/incidents/<id>/, /history/<year>/), copied from it: the body
    // links the internal page, and the public build writes the public address itself.
    const internal = publicAddressOnInternalSite(first, second);
    if (internal) {
      return {
        message: `the link ${url} is an address of the public site: on this site it leads to a page not found.`,
        fix: first === 'incidents' ? `write ${internal}, the internal site's address; the public build links it to its public page itself.` : `write ${internal}, the internal site's page of that year.`,
      };
    }
    const served = resolve(publicDir, `.${pathname}`);
    if (isInsideFolder(served, resolve(publicDir)) && existsSync(served) && statSync(served).isFile()) return undefined;
    const near = findClosestMatch(first, Object.keys(sections).filter((name) => !name.startsWith('_') && name !== 'pagefind'));
    return {
      message: `the link ${url} leads to ${pathname} on this site, which makes no such page or file (its sections are /postmortems/, /services/, /tags/, /triggers/, /insights/, /follow-ups/, /compliance/, /search/; a runbook, a document or a file of the repository is not published here): a page not found${near ? `; the closest section is /${near}/` : ''}.`,
      fix: `link to the page where readers can open it by its full https:// address (the runbook's wiki, the file on the repository's host)${near ? `, or to /${near}/ if that is meant` : ''}, or remove the link.`,
    };
  }
  if (second === undefined) {
    if (section.index) return undefined;
    const example = section.value === 'severity' ? '/severity/sev-1/' : '/years/2025/';
    return { message: `the link ${url} leads to /${first}/, which has no page of its own on this site (only its values do, e.g. ${example}): a page not found.`, fix: `link to one of them, e.g. ${example}, or remove the link.` };
  }
  const kind = section.value;
  if (!kind || kind === 'any') return kind ? undefined : { message: `the link ${url} leads below /${first}/, where this site makes no page: a page not found.`, fix: `link to /${first}/, or remove the link.` };
  if (kind === 'year') return /^\d{4}$/.test(second) ? undefined : { message: `the link ${url} names "${second}" where /${first}/ takes a year (e.g. /${first}/2025/): a page not found.`, fix: `write the year, /${first}/<YYYY>/, or remove the link.` };
  const known = kind === 'severity' ? severities : names[kind];
  if (known.includes(second)) return undefined;
  const meant = known.find((value) => value.toLowerCase() === second.toLowerCase()) ?? findClosestMatch(second, known);
  const what = { services: 'service', tags: 'tag', triggers: 'trigger', severity: 'severity' }[kind];
  const listFile = kind === 'severity' ? 'SEV-0 to SEV-4' : `${kind}.yaml`;
  return {
    message: `the link ${url} names the ${what} "${second}", which ${listFile === 'SEV-0 to SEV-4' ? 'is none of sev-0 to sev-4' : `is not in ${listFile}`}, so the site makes no page for it: a page not found${meant ? ` (did you mean "${meant}"?)` : ''}.`,
    fix: meant ? `write /${first}/${meant}/.` : `link to /${first}/${section.index ? '' : `<a ${what}>/`} and pick the ${what} there, or remove the link.`,
  };
}
