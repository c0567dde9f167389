/**
 * A page's or a document's slug of ordinary words around a number that is no system's (false
 * positives round 43): `case-9-ldap-query-spike.md` (the ninth case of a security analyst's
 * write-ups, linked from its index), `disclose-cve-2024-52919` (a project's disclosure of a CVE,
 * linked from its list of advisories). A number makes a lower-case compound an identifier, as
 * machines are numbered (`pg-orders-01`); here it is the document's place in a series, or a public
 * advisory's id, among words that name what the document is about. A coined word among them
 * (`case-9-kelpworks-ledger`) or a number at the end (`chapter-kelpworks-01`) is still one.
 */
import { isPublicAdvisoryId } from './advisory-ids.ts';
import { isEnglishWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

/** A document's place in a series: the noun before its number (`case-9-…`, `chapter-3-…`). */
const seriesNoun = /^(?:case|chapter|part|section|lesson|module|unit|step|exercise|lab|task|scenario|episode|appendix|week|day)$/i;

/** A CVE's id in lower case, as a slug writes it. */
const cveId = /^cve-(?:19|20)\d{2}-\d{4,7}$/;

const isWord = (part: string) => isOrdinaryWord(part) || isEnglishWord(part.toLowerCase()) || isPublicTerm(part);

/** Whether the parts of a hyphenated token (split at `-`) are such a slug. */
export function isDocumentSlugOfWords(parts: readonly string[]): boolean {
  if (parts.length < 3 || !parts.every((part) => /^[\p{Ll}\d]+$/u.test(part))) return false;
  // The series' noun, its number, and two words or more.
  if (seriesNoun.test(parts[0]) && /^\d{1,3}$/.test(parts[1]) && parts.length >= 4) return parts.slice(2).every(isWord);
  // Words around a public advisory's id (`cve-2024-52919`), which is not last alone.
  for (let at = 0; at < parts.length - 2; at++) {
    const id = parts.slice(at, at + 3).join('-');
    if (!cveId.test(id) && !isPublicAdvisoryId(id)) continue;
    const words = [...parts.slice(0, at), ...parts.slice(at + 3)];
    return words.length > 0 && words.every(isWord);
  }
  return false;
}
