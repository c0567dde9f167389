import type { PublicPostmortem } from '../lib/public-projection.ts';

/**
 * Public posts by the year of their incident day, newest year first, each year's posts in the
 * order given (newest first from getPublicPostmortems). The home page and the year pages group
 * with this one function, so a post is listed under the same year on both.
 */
export function groupPublicPostsByYear<T extends Pick<PublicPostmortem, 'date'>>(posts: readonly T[]): Map<string, T[]> {
  const byYear = new Map<string, T[]>();
  for (const post of posts) {
    const year = post.date.slice(0, 4);
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push(post);
  }
  return new Map([...byYear].sort(([a], [b]) => b.localeCompare(a)));
}
