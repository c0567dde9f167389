import { basename } from 'node:path';

/** Files in a folder of reports that are not reports: pictures and documents a report links to, data and code. */
// Code and data beside reports (2i2c's scripts/convert_reports.py became a draft of regular expressions).
const notReportExtension = /\.(png|jpe?g|gif|svg|webp|pdf|zip|gz|json|ya?ml|css|js|mjs|cjs|ts|tsx|jsx|lock|py|ipynb|rb|go|rs|java|kt|scala|swift|cs|cpp|cc|hpp|php|pl|sh|bash|ps1|sql|lua|csv|tsv|toml|ini|cfg|atom|rss)$/i;

/**
 * The files of a repository that describe it rather than an incident: `README`, `LICENSE`,
 * `CONTRIBUTING` and `template`, with or without an extension (and a template named as such:
 * `postmortem-template.md`); a README may carry a suffix
 * (`README-corpus.txt`, `readme_first.md`), which no report's file name starts with. Other names
 * are taken as written: `license-server-outage.md` is a report.
 */
const repositoryFile = /^(?:readme(?:[-_.][\w.-]*)?|(?:license|licence|contributing|template)(?:\.\w+)?)$/i;
/**
 * A program's dependency lists and build files beside the reports, which are not reports either
 * (GitHub-Incident-History's `requirements.txt` became a draft titled "autopep8==1.7.0").
 */
const buildFile = /^(?:requirements|constraints)(?:[-_.][\w-]+)?\.(?:txt|in)$|^(?:Pipfile|Gemfile|Makefile|Dockerfile|Procfile|Brewfile|Vagrantfile|Jenkinsfile|CODEOWNERS|go\.(?:mod|sum))$/i;
/**
 * A report template by its name: `_TEMPLATE.md`, `00-template.md`, `postmortem-template.md`,
 * `template-incident-report.md`. `template-engine-outage.md` and `broken-email-template.md` are reports.
 */
const templateFile = /^(?:[\d_-]*template|(?:.+[-_ ])?(?:incident|post-?mortem|report|rca|review)s?[-_ ]template|template[-_ ](?:for[-_ ])?(?:incident|post-?mortem|report|rca|review)s?(?:[-_ ]\w+)*)(?:\.\w+)?$/i;

/**
 * True when `name` (relative to the folder given to the import, `/`-separated) may be a report:
 * not hidden, not in a hidden folder, not Word's lock file (`~$…`), not a picture, data or code file,
 * not a repository's own file.
 */
export function mayBeReportFile(name: string): boolean {
  // `~$eport.docx` is the lock file Word leaves beside a document it has open, not a document.
  return !name.split('/').some((part) => part.startsWith('.') || part.startsWith('~$')) && !notReportExtension.test(name) && !repositoryFile.test(basename(name)) && !buildFile.test(basename(name)) && !templateFile.test(basename(name));
}

/**
 * True when `name` may be a status page's JSON export of its incidents (src/lib/import/status-exports.ts):
 * a `.json` file, not hidden and not a package's (`node_modules/`, `package.json`, `tsconfig.json`).
 * Whether it is one is known only once it is read; other JSON in a folder is passed over.
 */
export function mayBeStatusExportFile(name: string): boolean {
  const parts = name.split('/');
  return /\.json$/i.test(name) && !parts.some((part) => part.startsWith('.') || part === 'node_modules') && !/^(?:package(?:-lock)?|tsconfig|composer|bower|manifest)\.json$/i.test(basename(name));
}

/** Pages a documentation tool builds a folder's contents page from: Hugo's `_index.md`, mdBook's `SUMMARY.md`, docsify's `_sidebar.md`. */
const contentsPage = /^(?:_index|summary|_sidebar|toc)\.(?:md|markdown|mdx|html?|rst|adoc|txt)$/i;
/** A folder's index page: `index.md`, `index.html`. */
const indexPage = /^index\.(?:md|markdown|mdx|html?|rst|adoc|txt)$/i;

/**
 * The files among `names` (relative to the folder given to the import, `/`-separated, each one
 * that may be a report) that are a folder's contents page rather than a report: a contents page
 * of a documentation tool anywhere, and an index page beside other reports of its folder
 * (mybinder.org's `incident-reports/index.md`, guidelines and a list of the reports). An index page
 * alone in its folder is a report written as a page bundle (`2024-03-outage/index.md`).
 */
export function findFolderIndexPages(names: readonly string[]): Set<string> {
  const folderOf = (name: string) => name.slice(0, Math.max(0, name.lastIndexOf('/')));
  const reportsPerFolder = new Map<string, number>();
  for (const name of names) reportsPerFolder.set(folderOf(name), (reportsPerFolder.get(folderOf(name)) ?? 0) + 1);
  return new Set(names.filter((name) => contentsPage.test(basename(name)) || (indexPage.test(basename(name)) && (reportsPerFolder.get(folderOf(name)) ?? 0) > 1)));
}

/**
 * True when `name` may hold many incidents, each imported as a report of its own: a status page's
 * or an issue tracker's JSON export (above), a status page's feed saved as `.atom`/`.rss`
 * (src/lib/import/status-feeds.ts), or a spreadsheet saved as `.csv`/`.tsv` that is an
 * incident log (src/lib/import/incident-sheets.ts). Whether it is one is known once it is read (by
 * its keys, or its header row); other data in a folder is passed over.
 */
export function mayBeIncidentExportFile(name: string): boolean {
  const parts = name.split('/');
  return mayBeStatusExportFile(name) || (/\.(?:csv|tsv|atom|rss)$/i.test(name) && !parts.some((part) => part.startsWith('.') || part === 'node_modules'));
}
