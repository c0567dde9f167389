import type { APIRoute } from 'astro';
import { getCorpus } from '../data/postmortems.ts';
import { getMetrics } from '../data/insights.ts';
import { isOverdue, overdueDays } from '../lib/follow-ups.ts';

export const GET: APIRoute = async () => {
  const { followUps: items, asOf } = await getCorpus();
  const body = {
    schemaVersion: 1,
    asOf,
    summary: (await getMetrics()).followUps,
    items: items.map((item) => ({ ...item, overdue: isOverdue(item, asOf), overdueDays: overdueDays(item, asOf), url: `/postmortems/${item.postmortemId}/#action-${item.id}` })),
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
