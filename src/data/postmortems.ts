import { getPostmortemEntries, type PostmortemEntry } from './collection.ts';
import { kbConfig } from '../../site.config.ts';
import { isPublished } from '../lib/predicates.ts';
import { flattenActionItems, type FollowUp } from '../lib/follow-ups.ts';
import type { SimilarLink } from '../lib/similarity.ts';
import { reasonWordsAsWritten } from '../lib/reason-words-as-written.ts';
import { getKbSession } from '../integrations/session-handle.ts';
import { findRecurrences, describeRecurrence, splitRecentFirst } from '../lib/recurrence.ts';
import { sortNewestFirst } from '../lib/browse.ts';
import { triggerName } from './vocabulary.ts';
import { isShownOnInternalSite } from '../lib/internal-site-scope.ts';
import { shownTitle } from '../lib/title-shown-day.ts';

export type { PostmortemEntry };

/**
 * The one place that reads the collection. The built site shows published postmortems only;
 * `astro dev` also shows drafts and in-review ones (marked as such) so authors can preview.
 */
export async function getVisiblePostmortems(): Promise<PostmortemEntry[]> {
  const server = isDevServer() ? 'dev' : 'build';
  return sortNewestFirst(await getPostmortemEntries((data) => isShownOnInternalSite(data, server)));
}

/**
 * True only under `astro dev`. Vite derives DEV from NODE_ENV, so a build started with
 * NODE_ENV=test would otherwise publish drafts: the mode must say development too.
 */
export function isDevServer(): boolean {
  return import.meta.env.DEV && import.meta.env.MODE === 'development';
}

/** Published postmortems only, newest first: what browse pages, exports and metrics use. */
export async function getPublishedPostmortems(): Promise<PostmortemEntry[]> {
  return (await getCorpus()).published;
}

/** Every action item of the published postmortems, flattened once: what follow-up pages and exports list. */
export async function getFollowUps(): Promise<FollowUp[]> {
  return (await getCorpus()).followUps;
}

export interface LinkedPostmortem {
  id: string;
  title: string;
  started: string;
}
export interface SimilarIncidentLink extends LinkedPostmortem, SimilarLink {
  severity: PostmortemEntry['data']['severity'];
}

interface Corpus {
  /** What this build shows: published postmortems (plus drafts and reviews under `astro dev`), newest first. */
  entries: PostmortemEntry[];
  /** The published ones among them. */
  published: PostmortemEntry[];
  /** Action items of the published postmortems, by due day (`flattenActionItems`). */
  followUps: FollowUp[];
  byId: Map<string, PostmortemEntry>;

  recurrences: ReturnType<typeof findRecurrences>;
  asOf: string;
}

let corpus: Promise<Corpus> | undefined;

/** Site-wide derived data, computed once per build (recurrence, follow-ups). */
export function getCorpus(): Promise<Corpus> {
  corpus ??= (async () => {
    const entries = await getVisiblePostmortems();
    const published = entries.filter((entry) => isPublished(entry.data));
    return {
      entries,
      published,
      followUps: flattenActionItems(published),
      byId: new Map(entries.map((entry) => [entry.id, entry])),
      recurrences: findRecurrences(entries),
      asOf: kbConfig.asOf,
    };
  })();
  return corpus;
}

/**
 * Similar incidents of every postmortem the site shows, by id. Computed by the build's worker
 * beside Astro (src/integrations/kb-worker.ts); under `astro dev` kept current as files change
 * (an edited post shows its links from before the edit until the recompute lands, then the page
 * reloads).
 */
export async function getSimilarLinks(): Promise<Map<string, SimilarLink[]>> {
  const { entries } = await getCorpus();
  return (await getKbSession().similarLinks(entries)).links;
}

// Every link shows the report's day beside its title: the title does not say it again.
const linkTo = (entry: PostmortemEntry): LinkedPostmortem => ({ id: entry.id, title: shownTitle(entry.data), started: entry.data.times.started });

/** Everything the postmortem page shows beyond the entry itself. */
export async function getPostmortemPageData(id: string) {
  const { byId, recurrences, asOf } = await getCorpus();
  const similar = await getSimilarLinks();
  const entry = byId.get(id)!;
  const recurrence = recurrences.get(id);
  return {
    asOf,
    related: entry.data.related.flatMap((relatedId) => (byId.has(relatedId) ? [linkTo(byId.get(relatedId)!)] : [])),
    similar: (similar.get(id) ?? []).map((link): SimilarIncidentLink => ({
      ...link, ...linkTo(byId.get(link.id)!), severity: byId.get(link.id)!.data.severity,
      reason: reasonWordsAsWritten(link.reason, `${entry.data.title}\n${entry.data.summary}\n${entry.body ?? ''}`),
    })),
    recurrence: recurrence && {
      text: describeRecurrence(recurrence, triggerName(recurrence.trigger).toLowerCase()),
      ...splitRecentFirst(recurrence.previous.map((previousId) => linkTo(byId.get(previousId)!))),
    },
  };
}
