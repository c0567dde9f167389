import type { APIRoute } from 'astro';
import { getPublishedPostmortems, getCorpus } from '../data/postmortems.ts';
import { flattenActionItems, isOverdue, overdueDays, summariseFollowUps } from '../lib/follow-ups.ts';

export const GET: APIRoute = async () => {
  const { asOf } = await getCorpus();
  const items = flattenActionItems(await getPublishedPostmortems());
  const body = {
    schemaVersion: 1,
    asOf,
    summary: summariseFollowUps(items, asOf),
    items: items.map((item) => ({ ...item, overdue: isOverdue(item, asOf), overdueDays: overdueDays(item, asOf), url: `/postmortems/${item.postmortemId}/#action-${item.id}` })),
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
