import { hasReviewFacts, type DraftPostmortem, type Postmortem } from './postmortem-schema.ts';
import { isPublished } from './predicates.ts';

/**
 * Which postmortems the internal site shows: the built site, published ones; `astro dev` also
 * drafts and in-review ones with their review facts filled in, so authors can preview them (a
 * draft still lacking them, an import being completed, has nothing to render yet). The data
 * layer and the similar-incident computation both read this, so they cover the same posts.
 */
export function isShownOnInternalSite(data: DraftPostmortem, server: 'build' | 'dev'): data is Postmortem {
  return server === 'dev' ? hasReviewFacts(data) : hasReviewFacts(data) && isPublished(data);
}
