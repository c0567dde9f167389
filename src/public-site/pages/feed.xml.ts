import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublicPostmortems } from '../../data/public-postmortems.ts';
import { siteConfig } from '../../../site.config.ts';
import { feedItem } from '../../lib/feed-items.ts';

/** RSS feed of public incident posts: public title, summary and days only (src/lib/feed-items.ts). */
export const GET: APIRoute = async (context) => {
  const posts = (await getPublicPostmortems()).map(({ post }) => post);
  return rss({
    title: siteConfig.publicTitle,
    description: `Incident reports from ${siteConfig.organisation}.`,
    site: context.site!,
    trailingSlash: true,
    items: posts.map(feedItem),
  });
};
