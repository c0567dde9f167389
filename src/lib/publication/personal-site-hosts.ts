/**
 * A person's own site (probe round 50, docs/redaction.md): a post that names someone and links a
 * site named after them (`danluu.com` beside the speaker `danluu` or the author "Dan Luu";
 * "[Kestrel Vaunt](https://kestrelvaunt.com/)") publishes the name in the address. Kept out of the
 * organisation rules that read "links a site of this name" as a sign of an organisation
 * (coined-repository-owners.ts, organisation-group-accounts.ts): here the site's name is a person
 * the post names, so the site is theirs.
 *
 * Found: a link's host whose name (the label before the top-level domain, hyphens dropped) is a
 * name the scan found as a person in the post, run together in lower case; and a link's text of
 * two or three capitalised words whose run-together spelling is its own host's name (the text and
 * the host both, as a guess: the words may be English ones, "Kestrel Vaunt").
 */
import { allMatches } from '../regexp.ts';

export interface PersonalSiteMatch {
  line: number;
  index: number;
  text: string;
  why: string;
}

const host = /(?:(?<=\/\/)|(?<![\p{L}\p{N}.@\/_-]))(?:[a-z0-9-]+\.)*?([a-z0-9][a-z0-9-]{3,40})\.(?:com|net|org|io|dev|me|blog|name|co|xyz|info|page|site|website|ninja|tech|codes|[a-z]{2})(?=[\/:?#\s)\]"'>`]|$)/gu;
const linkWithText = /\[((?:\p{Lu}[\p{Ll}'’-]+[ \u00a0]){1,2}\p{Lu}[\p{Ll}'’-]+)\]\((https?:\/\/[^)\s]+)\)/gu;

/** Run together in lower case, without spaces, hyphens, dots or apostrophes. */
export const runTogether = (text: string): string => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s._'’-]+/g, '');

/** The sites of people the post names; `people`: what the scan found as a person, in the post. */
export function findPersonalSiteHosts(lines: readonly string[], people: readonly string[]): PersonalSiteMatch[] {
  const named = new Set(people.map(runTogether).filter((p) => p.length >= 4));
  const found: PersonalSiteMatch[] = [];
  lines.forEach((line, i) => {
    if (!line.includes('.')) return;
    for (const m of allMatches(linkWithText, line)) {
      const label = /^https?:\/\/(?:www\.)?(?:[a-z0-9-]+\.)*?([a-z0-9-]+)\.[a-z]{2,12}(?:[\/:?#]|$)/.exec(m[2])?.[1];
      if (label && label.replace(/-/g, '') === runTogether(m[1])) {
        found.push({ line: i, index: m.index! + 1, text: m[1], why: "a person's name linking their own site" });
        named.add(label.replace(/-/g, ''));
      }
    }
  });
  if (!named.size) return found;
  lines.forEach((line, i) => {
    if (!line.includes('.')) return;
    for (const m of allMatches(host, line)) {
      const label = m[1];
      if (!named.has(label.replace(/-/g, ''))) continue;
      found.push({ line: i, index: m.index! + m[0].indexOf(label), text: label, why: "the site of a person the post names, named after them" });
    }
  });
  return found;
}
