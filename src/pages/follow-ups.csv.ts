import type { APIRoute } from 'astro';
import { getPublishedPostmortems, getCorpus } from '../data/postmortems.ts';
import { flattenActionItems, toFollowUpsCsv } from '../lib/follow-ups.ts';

export const GET: APIRoute = async () => {
  const { asOf } = await getCorpus();
  return new Response(toFollowUpsCsv(flattenActionItems(await getPublishedPostmortems()), asOf), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
