import type { Postmortem } from './postmortem-schema.ts';
import type { SimilarityDocument } from './similarity.ts';

/**
 * What similarity reads of one postmortem, from the raw Markdown/MDX body without a syntax tree:
 * component tags and `<PublicOnly>` blocks are dropped, the rest is prose for the tokenizer (which
 * ignores Markdown syntax). Used by the internal site, where every other word of the body may be
 * shown anyway.
 */
export function toSimilarityDocumentFromBody(id: string, data: Postmortem, body: string): SimilarityDocument {
  // Each pattern runs only on bodies holding the literal its matches start with (most have no tags or links).
  let prose = body;
  if (prose.includes('<PublicOnly>')) prose = prose.replace(/<PublicOnly>[\s\S]*?<\/PublicOnly>/g, ' ');
  if (prose.includes('<')) prose = prose.replace(/<\/?[A-Za-z][^>]*>/g, ' ');
  if (prose.includes('](')) prose = prose.replace(/\]\([^)]*\)/g, ']');
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
