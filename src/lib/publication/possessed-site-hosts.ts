/**
 * A site the post itself calls a person's ("on his blog, https://yorvantessick.org/…", "her
 * personal site (https://quillavernhout.dev/…)"), since probe round 53 (round 52's leftover): the
 * rule of people's own sites (personal-site-hosts.ts) needs a given name the lexicons know to
 * tell a person's domain from an organisation's, and a given name none knows was published. Here
 * the words before the link say whose it is: a personal pronoun or "personal" before the site's
 * noun, in English, German, French and Spanish. "their blog" and a bare "son blog" are left out:
 * an organisation has a blog too.
 */
import { writtenHostsOf } from './own-site-links.ts';
import { personalSiteLabel } from './personal-site-hosts.ts';
import { isPublicTerm } from './public-terms.ts';
import { madeOfWords, type PatternMatch } from './person-patterns.ts';
import { isEnglishWord } from './people.ts';

const siteNoun = String.raw`(?:blog|weblog|site|website|web\s+site|home\s?page|page)`;
/** The words that make the site a person's, then up to a few words (", at", "(") before its link. */
const possessedSite = new RegExp(
  [
    String.raw`\b(?:[Hh]is|[Hh]er)\s+(?:own\s+)?(?:personal\s+)?${siteNoun}\b`,
    String.raw`\b[Pp]ersonal\s+${siteNoun}\b`,
    String.raw`\b(?:[Ss]einem|[Ss]einen|[Ss]ein|[Ii]hrem|[Ii]hren)\s+(?:privaten\s+|persönlichen\s+)?(?:Blog|Website|Homepage|Webseite)\b`,
    String.raw`\b(?:[Pp]rivaten?|[Pp]ersönlichen?)\s+(?:Blog|Website|Homepage|Webseite)\b`,
    String.raw`\b(?:blog|site)\s+personnel\b`,
    String.raw`\b(?:blog|sitio|página)\s+personal\b`,
  ].join('|'),
  'gu',
);

/** How far after the words the link may stand: the same clause (", at", " (", ": "). */
const nearLink = /^[^.;!?]{0,40}/;

/** The domains of a line's links and hosts that the words before them call a person's site. */
export function findPossessedSiteHosts(line: string): PatternMatch[] {
  if (!line.includes('.')) return [];
  const found: PatternMatch[] = [];
  for (const words of line.matchAll(possessedSite)) {
    const start = words.index + words[0].length;
    const near = line.slice(start).match(nearLink)![0];
    // The link's host: the first written host of the clause after the words (a URL holds dots, so
    // the clause runs to its host's end at least).
    const host = writtenHostsOf(line.slice(start)).find((h) => h.index <= near.length);
    const site = host ? personalSiteLabel(host.host) : undefined;
    if (!host || !site || site.label.length < 4 || isPublicTerm(site.label) || isEnglishWord(site.label) || madeOfWords(site.label)) continue;
    const index = start + host.index + site.at;
    if (!found.some((f) => f.index === index)) found.push({ text: site.label, index, severity: 'error', why: "a person's own site: the post calls it their blog or site" });
  }
  return found;
}
