import { getCollection, type CollectionEntry } from 'astro:content';

export type PostmortemEntry = CollectionEntry<'postmortems'>;

/**
 * The one place that reads the collection. The built site shows published postmortems only;
 * `astro dev` also shows drafts and in-review ones (marked as such) so authors can preview.
 */
export async function getVisiblePostmortems(): Promise<PostmortemEntry[]> {
  const all = await getCollection('postmortems');
  const visible = import.meta.env.DEV ? all : all.filter((entry) => entry.data.status === 'published');
  return visible.sort(
    (a, b) => b.data.times.started.localeCompare(a.data.times.started) || a.id.localeCompare(b.id),
  );
}
