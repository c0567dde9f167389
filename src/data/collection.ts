import { getCollection, type CollectionEntry } from 'astro:content';
import { getKbSession } from '../integrations/session-handle.ts';

export type PostmortemEntry = CollectionEntry<'postmortems'>;

/**
 * The postmortems in Astro's data store, each with its data, which the content loader keeps
 * beside the store rather than in it (`KbSession.storedData`, postmortem-loader.ts `storeEntry`):
 * the data layer's only way to the collection. In the store's order, as `getCollection`.
 */
export async function getPostmortemEntries(keep?: (data: PostmortemEntry['data']) => boolean): Promise<PostmortemEntry[]> {
  const storedData = getKbSession().storedData;
  const entries: PostmortemEntry[] = [];
  for (const entry of await getCollection('postmortems')) {
    const data = storedData.get(entry.id) as PostmortemEntry['data'] | undefined;
    if (!data) throw new Error(`${entry.filePath ?? entry.id}: Astro's data store holds this postmortem, but the content loader kept no data for it (src/integrations/postmortem-loader.ts storeEntry sets both).`);
    if (!keep || keep(data)) entries.push({ ...entry, data });
  }
  return entries;
}
