import { getPostmortemEntries, type PostmortemEntry } from './collection.ts';
import { vocabulary } from './vocabulary.ts';
import { isPubliclyVisible, toPublicPostmortem, type PublicPostmortem } from '../lib/public-projection.ts';

export interface PublicEntry {
  /** Only for rendering the (already stripped) body; pages read `post`, never `entry.data`. */
  entry: PostmortemEntry;
  post: PublicPostmortem;
}

/** Published public postmortems as customers may see them, newest first. */
export async function getPublicPostmortems(): Promise<PublicEntry[]> {
  const entries = await getPostmortemEntries(isPubliclyVisible);
  return entries
    .map((entry) => ({ entry, post: toPublicPostmortem(entry.id, entry.data, vocabulary) }))
    .sort((a, b) => b.post.date.localeCompare(a.post.date, 'en') || a.post.id.localeCompare(b.post.id, 'en'));
}
