import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { splitFrontmatter } from './frontmatter.ts';
import { extractPlainText, type Variant } from './postmortem-text.ts';
import type { Postmortem } from './postmortem-schema.ts';
import type { SimilarityDocument } from './similarity.ts';

/** The body of a postmortem source file as a syntax tree (MDX when `isMdx`). */
export function parseBodyTree(source: string, isMdx: boolean): Root {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (isMdx) processor.use(remarkMdx);
  return processor.parse(splitFrontmatter(source).body) as Root;
}

/**
 * What similarity reads of one postmortem, for one variant. The public variant uses only
 * public wording, public timeline entries and the body without `<Internal>` blocks, so no
 * internal word can surface in a public "similar wording" reason.
 */
export function toSimilarityDocument(
  id: string,
  data: Postmortem,
  source: string,
  isMdx: boolean,
  variant: Variant,
): SimilarityDocument {
  const body = extractPlainText(parseBodyTree(source, isMdx), variant);
  if (variant === 'public') {
    return {
      id,
      title: data.public?.title ?? '',
      summary: data.public?.summary ?? '',
      text: [body, data.impact.description, ...data.timeline.filter((e) => e.public).map((e) => e.event)].join('\n'),
      services: [],
      tags: [],
      trigger: undefined,
      related: [],
    };
  }
  return toSimilarityDocumentFromBody(id, data, body);
}

/**
 * The internal-variant document from the raw Markdown/MDX body, without a syntax tree: component
 * tags and `<PublicOnly>` blocks are dropped, the rest is prose for the tokenizer. Used by the
 * internal site, where every other word of the body may be shown anyway.
 */
export function toSimilarityDocumentFromBody(id: string, data: Postmortem, body: string): SimilarityDocument {
  const prose = body
    .replace(/<PublicOnly>[\s\S]*?<\/PublicOnly>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  return {
    id,
    title: data.title,
    summary: data.summary,
    text: [prose, data.impact.description, ...data.timeline.map((e) => e.event), ...data.contributors, ...data.risks].join('\n'),
    services: data.services,
    tags: data.tags,
    trigger: data.trigger,
    related: data.related,
  };
}
