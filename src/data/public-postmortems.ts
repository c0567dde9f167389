import { getCollection, type CollectionEntry } from 'astro:content';
import { vocabulary } from './vocabulary.ts';
import { isPubliclyVisible, toPublicPostmortem, type PublicPostmortem } from '../lib/public-projection.ts';

export interface PublicEntry {
  /** Only for rendering the (already stripped) body; pages read `post`, never `entry.data`. */
  entry: CollectionEntry<'postmortems'>;
  post: PublicPostmortem;
}

/** Published public postmortems as customers may see them, newest first. */
export async function getPublicPostmortems(): Promise<PublicEntry[]> {
  const entries = await getCollection('postmortems', (entry) => isPubliclyVisible(entry.data));
  return entries
    .map((entry) => ({ entry, post: toPublicPostmortem(entry.id, entry.data, vocabulary) }))
    .sort((a, b) => b.post.date.localeCompare(a.post.date) || a.post.id.localeCompare(b.post.id));
}
