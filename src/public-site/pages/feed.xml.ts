import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublicPostmortems } from '../../data/public-postmortems.ts';
import { siteConfig } from '../../../site.config.ts';

/** RSS feed of public incident posts: public title, summary and date only. */
export const GET: APIRoute = async (context) => {
  const posts = (await getPublicPostmortems()).map(({ post }) => post);
  return rss({
    title: siteConfig.publicTitle,
    description: `Incident reports from ${siteConfig.organisation}.`,
    site: context.site!,
    trailingSlash: true,
    items: posts.map((post) => ({
      title: post.title,
      description: post.summary,
      link: `/incidents/${post.id}/`,
      pubDate: new Date(`${post.published ?? post.date}T00:00:00Z`),
    })),
  });
};
