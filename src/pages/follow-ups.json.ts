import type { APIRoute } from 'astro';
import { getCorpus } from '../data/postmortems.ts';
import { getMetrics } from '../data/insights.ts';
import { isOverdue, overdueDays, unrecordedFactsAsNull } from '../lib/follow-ups.ts';

export const GET: APIRoute = async () => {
  const { followUps: items, asOf } = await getCorpus();
  const body = {
    schemaVersion: 1,
    asOf,
    summary: (await getMetrics()).followUps,
    // A fact a historical record never recorded is null, not left out: a reader sees it is unknown.
    items: items.map((item) => ({ ...item, ...unrecordedFactsAsNull(item), overdue: isOverdue(item, asOf), overdueDays: overdueDays(item, asOf), url: `/postmortems/${item.postmortemId}/#action-${item.id}` })),
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
