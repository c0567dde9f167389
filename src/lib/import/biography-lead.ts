/**
 * A page that opens as an encyclopedia's article on a person: its first paragraph names someone,
 * gives their birth in brackets and says what they are or were ("Dana Quill (born 4 May 1951) is a
 * Welsh glassblower …", "Arlo Venn (born Arlo Venn-Price, March 3, 1940 – June 1, 2001) was the
 * first …"). A study of how Wikipedia's articles change at their subjects' deaths keeps twelve
 * revisions of them as MediaWiki HTML in a repository named "post-mortem", and each was a draft
 * (import rounds 54 and 55). The markup cannot tell them from a wiki's incident reports, which a
 * wiki exports the same way; the opening can: a report never opens with a birth. Pure.
 */
import { alternationOf, nameParticles } from '../publication/name-particles.ts';


/** The first paragraph's text: an HTML page's first `<p>`, else the first block of prose below a Markdown page's headings and frontmatter. */
function firstParagraph(text: string): string | undefined {
  const html = /<p\b[^>]*>([\s\S]*?)<\/p\s*>/i.exec(text);
  if (html) return html[1].replace(/<[^>]*>/g, ' ').replace(/&nbsp;|&#160;/g, ' ').replace(/&amp;/g, '&');
  const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, '');
  return body.split(/\r?\n\s*\r?\n/).map((block) => block.trim()).find((block) => block && !/^(?:#|<|[-*+>|]|\d+[.)]\s)/.test(block));
}

/**
 * The lead of a person's article: a name (capitalised words, the first of them opening the
 * paragraph), a bracket holding "born" (or "né", "née", "nacido", "geboren"), then "is", "was"
 * or "has been" and an article ("is an American singer", "was the 40th President").
 */
const personLead = new RegExp(String.raw`^[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|${alternationOf(nameParticles)}|y))*\s*\((?:[^()]|\([^()]*\))*?\b(?:born|n[ée]e?|nacid[oa]|geboren)\b(?:[^()]|\([^()]*\))*\)\s*,?(?:[^.]{0,80}?,)?\s+(?:is|was|has been)\s+(?:an?|the)\s`, 'u');

/**
 * Words of an incident: a report may open by introducing its system the same way ("The kiln
 * scheduler (born in 2019 as a side project) is a service …"), and then names what broke.
 */
const incidentWords = /(?:^|[^\p{L}])(?:incidents?|outages?|post-?mortems?|failures?|failed|down(?:time)?|errors?|degraded|unavailable|stopped|broke|crash\w*|pannes?|ausfall|ca[íi]da)(?![\p{L}])/iu;

/** The person's name when the page opens as an article on them (naming no incident), else undefined. */
export function biographyLeadName(text: string): string | undefined {
  const paragraph = firstParagraph(text)?.replace(/\s+/g, ' ').replace(/\s+([,;)])/g, '$1').replace(/\(\s+/g, '(').trim();
  if (!paragraph || !personLead.test(paragraph) || incidentWords.test(paragraph)) return undefined;
  return /^[^(]+/.exec(paragraph)![0].trim();
}
