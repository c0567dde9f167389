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
  return new Map([...byYear].sort(([a], [b]) => b.localeCompare(a, 'en')));
}

/**
 * How many incidents the public home lists: the newest, grouped by year. The rest are one click
 * away on their year's page (/history/<year>/, stable URLs, paged). Listing every public post
 * made the home 18,000 px tall on a phone for 87 posts (15,055 px for 65 of GitHub's status
 * history); twelve cards are about four screens at 375 px, and two or three columns at 1280 fill
 * whole rows.
 */
export const publicHomeIncidentCount = 12;

/** "The 12 most recent of 65 incidents; the others are listed by year." (nothing when all are shown). */
export function describePublicHomeSelection(shown: number, total: number): string | undefined {
  if (shown >= total) return undefined;
  return `The ${shown} most recent of ${total} incidents; the others are listed by year.`;
}

/** "1 incident", "13 incidents": the home's earlier years read "2019 (1 incidents)". */
export function incidentCount(count: number): string {
  return `${count} ${count === 1 ? 'incident' : 'incidents'}`;
}
