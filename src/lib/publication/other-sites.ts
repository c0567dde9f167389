/**
 * Rules of the sixteenth round of false positives (docs/redaction.md): text that names another
 * organisation's public page or a public catalogue, found in posts an organisation had already
 * published (PyPI's blog). Each rule is narrow by shape and fails closed where one of our people
 * or systems could be written the same way: the guard calls each from one line.
 */
import { isEnglishWord } from './people.ts';

/**
 * MITRE's attack patterns (`CAPEC-94`, `CAPEC-98`): a public catalogue's ids, quoted as CVE and
 * CWE ids are. CAPEC numbers its patterns from 1 to about 700; four digits leave room, and a
 * project key of the same prefix in another shape (`CAPEC-12a`, `CAPEC-10234`) is a ticket as ever.
 */
export function isAttackPatternId(token: string): boolean {
  return /^CAPEC-\d{1,4}$/i.test(token);
}

/**
 * A vendor's publication: a first label made only of the words of a publication (`securitylabs`,
 * `research`, `labs`, `engineering`) and a path that opens with a publication's section
 * (`/articles/…`, `/blog/…`, `/research/…`). Both, because on a SaaS tool's domain every other
 * first label is a customer's tenant (`research.atlassian.net/wiki/…` is one organisation's
 * Confluence), and a tenant's pages are tools' pages (`/wiki/`, `/browse/`, `/dashboard/`).
 */
export function isVendorPublication(url: URL): boolean {
  const first = url.hostname.split('.')[0] ?? '';
  if (url.hostname.split('.').length < 3) return false;
  if (!/^(?:security|research|threat|intel|labs?|blog|news|engineering|learn|insights)+$/i.test(first)) return false;
  return /^\/(?:articles?|blog|posts?|research|news|publications?|reports?|advisories)\/[^/?#]/i.test(url.pathname);
}

/**
 * A file's digest in a content-addressed store's path: a hex run that is a whole path segment of a
 * link, after two or three segments of two hex digits that hold both a letter and a digit (the
 * digest's first digits, as a store fans its files out: `packages/ab/98/7343…/name-1.0.tar.gz` of
 * PyPI's files and its inspector). A token in a path (`/hooks/<hex>/`, `/download/<hex>/report.pdf`)
 * has no such fan-out before it and stays a secret; nor is a date (`/2024/05/17/`), a version
 * (`/v1/`, `/1/`) or a language (`/de/`) one, which have no letter or no digit.
 */
export function isStoredFileDigest(line: string, index: number, length: number): boolean {
  const before = line.slice(0, index);
  if (!/(?:https?:)?\/\/[^\s/]+\/[^\s]*$/i.test(before)) return false;
  const fanOut = /(?:\/[0-9a-f]{2}){2,3}\/$/i.exec(before)?.[0];
  if (!fanOut || !/[a-f]/i.test(fanOut) || !/\d/.test(fanOut)) return false;
  return /^(?:\/|$|[\s)>"'\]#?])/.test(line.slice(index + length));
}

/**
 * A public image's name on a media host (round 38b of false positives, docs/redaction.md): a hex
 * run that is a whole path segment of an image the post embeds (`![cat](https://media.<host>/images/
 * <hex>/clip.gif)`), followed only by the image's file name and no query: a GIF service's or an
 * image host's content address, shown to every reader of the page. A token stays a secret where it
 * is not so embedded: a link the reader follows (`[report](…/<hex>/report.pdf)`), a query
 * (`clip.gif?sig=<hex>`), or a hex run that is the file name itself.
 */
export function isEmbeddedImageAddress(line: string, index: number, length: number): boolean {
  if (!/!\[[^\]]*\]\(<?https?:\/\/[^\s/()]+\/(?:[^\s/()?#]+\/)*$/i.test(line.slice(0, index))) return false;
  return /^\/(?:[\w.-]+\/)*[\w.-]+\.(?:gif|png|jpe?g|webp|avif)>?(?:\s+"[^"]*")?\)/i.test(line.slice(index + length));
}

/** A host's first label or a path's segment that says the page is documentation or writing. */
const documentationWord = /^(?:docs?|documentation|guides?|manual|handbook|help|learn|reference|tutorials?|faq|blog|articles?|posts?|news)$/i;

/**
 * True when `text` at `index` is a whole path segment of a link to another organisation's site
 * (`https://crates.io/docs/trusted-publishing`, `https://guides.rubygems.org/trusted-publishing/`):
 * that site's page, named in its words, not our service or system of the same id. Only:
 * - a name whose every part is an English word (`trusted-publishing`); a name with a part no
 *   dictionary knows (`zorb-api`, `pgbouncer-east`) says a system wherever it stands;
 * - a host of two labels or more none of which, and a path none of whose segments, is one of the
 *   organisation's scopes (`github.com/acme/trusted-publishing` is our repository);
 * - a page of documentation or writing, by the host's first label or a path segment before the
 *   name (`guides.`, `docs.`, `/docs/`, `/blog/`): a page of an application that names the same
 *   words (`https://app.vendor.io/services/ledger-db`) may be our own service's in a SaaS tool;
 * - a link the guard did not already find as internal (the caller passes `linkIsInternal`).
 */
export function isPageOfOtherSite(line: string, index: number, text: string, ownScopes: ReadonlySet<string>, linkIsInternal: (start: number, end: number) => boolean): boolean {
  const parts = text.split(/[-_]/);
  if (parts.length < 2 || !parts.every((part) => /^[a-z]+$/i.test(part) && isEnglishWord(part.toLowerCase()))) return false;
  // A link ends before the punctuation of its sentence, as the guard reads links.
  for (const link of line.matchAll(/https?:\/\/[^\s)<>"'\]`]*[^\s)<>"'\].,;:!?`]/gi)) {
    const start = link.index!;
    const end = start + link[0].length;
    if (index < start || index + text.length > end) continue;
    let url: URL;
    try {
      url = new URL(link[0]);
    } catch {
      return false;
    }
    const labels = url.hostname.toLowerCase().split('.');
    if (labels.length < 2 || labels.some((label) => ownScopes.has(label))) return false;
    const pathStart = start + link[0].indexOf('/', link[0].indexOf('//') + 2);
    if (pathStart < start || index <= pathStart) return false;
    const segments = url.pathname.toLowerCase().split('/').map((segment) => segment.replace(/\.html?$/, ''));
    if (segments.some((segment) => ownScopes.has(segment))) return false;
    const at = segments.indexOf(text.toLowerCase());
    if (at < 0) return false;
    const before = segments.slice(0, at);
    if (!documentationWord.test(labels[0]) && !before.some((segment) => documentationWord.test(segment))) return false;
    // A whole segment: `/docs/trusted-publishing`, `/trusted-publishing/`, `/trusted-publishing.html`.
    if (line[index - 1] !== '/' || !/^(?:\/|\.html?\b|[?#]|$)/.test(line.slice(index + text.length, end) || '')) return false;
    return !linkIsInternal(start, end);
  }
  return false;
}

/**
 * True when `text` at `index` is in the words of a Markdown link whose own address, on a public
 * web site's `www.` host, has it as a whole path segment (round 46 of false positives): the
 * Danish libraries' status log links a ministry's news, `[Ustabilitet på NemLog-in](https://www.
 * digitaliser.dk/nemlog-in/…)`, and the login service's name in the words was an identifier
 * (the adoption walk withheld the link). A site's section named as the link's words is that
 * site's page: public as the link is. Only a `www.` host (an application's host, `app.vendor.io`,
 * names a customer's own objects in its paths), none of whose labels nor path segments is one
 * of the organisation's scopes, and a link the guard did not find as internal.
 */
export function isSectionOfOwnLinkedPage(line: string, index: number, text: string, ownScopes: ReadonlySet<string>, linkIsInternal: (start: number, end: number) => boolean): boolean {
  if (!line.includes('](')) return false;
  for (const link of line.matchAll(/\[([^\]\n]*)\]\((https?:\/\/[^\s)]+)\)/gi)) {
    const wordsStart = link.index! + 1;
    if (index < wordsStart || index + text.length > wordsStart + link[1].length) continue;
    const url = URL.parse(link[2]);
    if (!url) return false;
    const labels = url.hostname.toLowerCase().split('.');
    if (labels[0] !== 'www' || labels.length < 3 || labels.some((label) => ownScopes.has(label))) return false;
    const segments = url.pathname.toLowerCase().split('/').map((segment) => segment.replace(/\.html?$/, ''));
    if (segments.some((segment) => ownScopes.has(segment)) || !segments.includes(text.toLowerCase())) return false;
    const addressStart = link.index! + link[0].length - link[2].length - 1;
    return !linkIsInternal(addressStart, addressStart + link[2].length);
  }
  return false;
}
