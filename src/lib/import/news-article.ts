/**
 * A news site's article saved as an HTML page (import round 61): a site named "The Postmortem" kept
 * two investigative articles in its design folder ("The Chalk and the Cash: How West Bengal Sold
 * Its Classrooms | The Postmortem", a court's ruling on a recruitment scandal; "The Last Chance", a
 * history of a city's riots), each marked up as an article (`article-title`, `article-body`) under
 * a dozen headings or more ("The Fraud — How They Rigged the System", "The Declaration"; four of
 * 38 name attacks or a resolution). Both were drafts of reports. A blog's report of an incident is an
 * article too, and names what broke in its title, heads a section of a report ("What happened",
 * "Root cause", "Timeline"), or names its incident in many headings: such a page is read as before. Pure.
 */
import { isReportSectionHeading, namesIncident, withoutPublicationName } from './other-document.ts';

/** Markup of an article: an `<article>` element, a class or id naming an article's parts, or Open Graph's `og:type` "article". */
const articleMarkup = /<article\b|\b(?:class|id)=["'][^"']*\barticle-(?:title|body|content|meta|header|wrapper|text)\b|\bproperty=["']og:type["'][^>]*\bcontent=["']article["']/i;

/** A heading that is a report's section and nothing else ("Timeline", "2. Root cause", "What happened", "Impact", "Resolution"). */
const reportSectionAlone = /^[\W\d.)]*(?:the\s+)?(?:incident(?:\s+(?:summary|report|details))?|outage|impact|resolution|timeline|root\s+causes?|causes?|what\s+happened|lessons?\s+learned|post-?mortem|detection|mitigation|recovery|action\s+items|follow-?ups?|next\s+steps)\s*[:.]?\s*$/iu;

/** The text of an element's inner markup: tags and entities out, spaces folded. */
function textOf(markup: string): string {
  return markup.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The title of a page that is an article on another subject than an incident, or undefined: an
 * HTML page marked up as an article, with three headings (h1 to h3) or more, whose title (the
 * site's name after a bar set aside) names no incident, none of whose headings is a report's section
 * alone ("Timeline", "Root cause", "Impact"), and fewer than one heading in four names an incident
 * or a report's section.
 */
export function newsArticleTitle(html: string): string | undefined {
  if (!html.includes('<h') || !articleMarkup.test(html)) return undefined;
  const headings = [...html.matchAll(/<h([1-3])\b[^>]*>([\s\S]{0,2000}?)<\/h\1\s*>/gi)].map((match) => textOf(match[2])).filter(Boolean);
  if (headings.length < 3) return undefined;
  const pageTitle = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1];
  // "The Chalk and the Cash … | The Postmortem": the part before the bar is the article's title, the rest the site's name.
  // "The Last Chance That Died — The Postmortem | Investigation #2": the site's name after a dash set aside too.
  const title = withoutPublicationName((pageTitle ? textOf(pageTitle).split(/\s+[|·]\s+/)[0] : headings[0]).trim());
  if (!title || namesIncident(title) || headings.some((heading) => reportSectionAlone.test(heading))) return undefined;
  // An article on a riot or a war names attacks and a resolution in a few headings ("The Lahore
  // Resolution, 1940"); a report of an incident names it in many, or heads a section of its own.
  const naming = headings.filter((heading) => namesIncident(heading) || isReportSectionHeading(heading)).length;
  return naming * 4 < headings.length ? title : undefined;
}
