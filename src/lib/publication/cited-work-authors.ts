/**
 * The authors of a work a post cites, in brackets after the work's link, as reading lists write
 * them: `* [The Field Guide to Understanding Human Error](https://www.amazon.com/…) (Sidney
 * Dekker)` (round 41 of false positives, docs/redaction.md: 40 findings of two incident-response
 * guides' reading lists, every one a published author of a book, a paper or a talk).
 *
 * A colleague is written the same way after a link to their work ("[Ledger runbook](…) (Tavish
 * Morrow)"), so the line alone does not say the names are public. The link's host does: a
 * publisher's, a bookseller's, a paper archive's or a talk's (`amazon.com`, `oreilly.com`,
 * `usenix.org`, `doi.org`, `youtube.com`, `slideshare.net`), where an organisation keeps none of
 * its own documents, or the author's own site, whose host is the name run together
 * (`atulgawande.com` and "Atul Gawande"). After any other link (a code host, a document of the
 * organisation's, a blog) the names are found as before; a name the team lists as a person is
 * found wherever it is.
 *
 * Since false positives round 42, the post's company too: a post that cites two works or more by
 * such a host is a reading list, and there the same bracket after a blog's or a conference's
 * link is an author as well ("[Blame and learning](https://fractio.nl/…) (Lindsay Holmwood)"
 * under the books of an incident-response guide's reading list). A code host's or a shared
 * document's link (`github.com`, `notion.so`, `docs.google.com`, an Atlassian site) is no
 * published work even there, and a post citing fewer than two works reads as before.
 */
import { alternationOf, nameParticles } from './name-particles.ts';

const workHost = /(?:^|\.)(?:amazon\.(?:com|ca|de|fr|es|it|in|co\.uk|co\.jp|com\.au)|oreilly\.com|manning\.com|pragprog\.com|nostarch\.com|informit\.com|usenix\.org|acm\.org|ieee\.org|arxiv\.org|doi\.org|springer\.com|wiley\.com|routledge\.com|taylorfrancis\.com|youtube\.com|youtu\.be|vimeo\.com|slideshare\.net|speakerdeck\.com|infoq\.com|ted\.com)$/i;
/** A link, a closing quote it may sit in, and the bracket that ends the line or item. */
const citation = /\]\(\s*https?:\/\/(?:www\.)?([^/\s)]+)[^\s)]*\s*\)["'”’*_]*\s+\(([^()]+)\)\s*[.,;]?\s*$/;
/** One author: capitalised words, initials and titles ("Dr. Johan Bergström", "Kenneth R. van Wyk", "David A. McEntire, Ph.D."). */
const author = new RegExp(String.raw`^(?:(?:Dr|Prof)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|${alternationOf(nameParticles)}))*\s+\p{Lu}[\p{L}'’-]+(?:,?\s+(?:Ph\.\s?D\.?|Jr\.?|Sr\.?))?$`, 'u');

/** Hosts of an organisation's own code and documents: a link there cites no published work, in a reading list too. */
const codeOrDocumentHost = /(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sr\.ht|notion\.so|notion\.site|atlassian\.net|google\.com|sharepoint\.com|dropbox\.com|box\.com|quip\.com|slack\.com)$/i;

/** Whether `post` cites two works or more by a publisher's, bookseller's, archive's or talk's link (a reading list). */
function isReadingList(post: string): boolean {
  if (post === lastPost) return lastReadingList;
  let works = 0;
  if (post.includes('](')) {
    for (const line of post.split('\n')) {
      const m = line.includes('](') ? citation.exec(line) : null;
      if (m && workHost.test(m[1].toLowerCase()) && ++works >= 2) break;
    }
  }
  lastPost = post;
  lastReadingList = works >= 2;
  return lastReadingList;
}
let lastPost: string | undefined;
let lastReadingList = false;

/**
 * The authors' bracket a citation on `line` ends with (and the label of the author's own site), or
 * undefined when the line cites no work so; with the `post` it is in, a reading list's other
 * citations too (see above).
 */
export function citedAuthorsSpan(line: string, post?: string): { start: number; end: number; site?: { start: number; end: number } } | undefined {
  if (!line.includes('](')) return undefined;
  const m = citation.exec(line);
  if (!m) return undefined;
  const host = m[1].toLowerCase();
  const bracket = m[2];
  // "Ph.D." and "Jr." stay with their author; commas and "and" part the rest.
  const names = bracket.replace(/,\s*(Ph\.\s?D\.?|Jr\.?|Sr\.?)/g, ' $1').split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter(Boolean);
  if (!names.length || !names.every((n) => author.test(n.replace(/ (Ph\.\s?D\.?|Jr\.?|Sr\.?)$/, ', $1')))) return undefined;
  const ownSite = names.map((n) => n.replace(/^(?:Dr|Prof)\.\s+/, '').replace(/[^\p{L}]/gu, '').toLowerCase()).find((runTogether) => host.split('.').includes(runTogether));
  if (!workHost.test(host) && !ownSite && (post === undefined || codeOrDocumentHost.test(host) || !isReadingList(post))) return undefined;
  const end = m.index + m[0].lastIndexOf(')');
  // The author's own site names them too: that label of the host is theirs (`atulgawande` of `atulgawande.com`).
  const hostAt = m.index + m[0].indexOf(m[1]);
  const site = ownSite === undefined ? undefined : { start: hostAt + host.indexOf(ownSite), end: hostAt + host.indexOf(ownSite) + ownSite.length };
  return { start: end - bracket.length, end, site };
}

/** Whether the text at `index` of `line` (of `post`) lies in the authors' bracket of a cited work (see above). */
export function isCitedWorkAuthor(line: string, index: number, text: string, post?: string): boolean {
  const span = citedAuthorsSpan(line, post);
  if (span === undefined) return false;
  const inside = (s: { start: number; end: number }) => s.start <= index && index + text.length <= s.end;
  return inside(span) || (span.site !== undefined && inside(span.site));
}
