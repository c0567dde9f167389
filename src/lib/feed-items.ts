import { formatDay } from './format.ts';
import type { PublicPostmortem } from './public-projection.ts';

/** One item of the public site's RSS feed, in the fields `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
}

/**
 * A public post as an item of the feed. `pubDate` is when the post was published (RSS 2.0: "when
 * the item was published"; readers sort, mark as new and notify by it): the post's `published` day,
 * else the incident's day for a post that has none. A batch of imported reports is published on
 * one day, so every item of such a feed has that day (session 30: 66 items of 2016-2026, one
 * `pubDate`) and a reader sees no date of the incidents: the description opens with the incident's
 * day ("Incident of 20 Jul 2019.") when it is not the day of publication.
 */
export function feedItem(post: Pick<PublicPostmortem, 'id' | 'title' | 'summary' | 'date' | 'published'>): FeedItem {
  const publishedDay = post.published ?? post.date;
  const incidentDay = post.date.slice(0, 10) === publishedDay.slice(0, 10) ? '' : `Incident of ${formatDay(post.date)}. `;
  return {
    title: post.title,
    description: `${incidentDay}${post.summary}`,
    link: `/incidents/${post.id}/`,
    pubDate: new Date(`${publishedDay.slice(0, 10)}T00:00:00Z`),
  };
}
