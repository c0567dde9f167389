import type { APIRoute } from 'astro';
import { getCorpus } from '../data/postmortems.ts';
import { toFollowUpsCsv } from '../lib/follow-ups.ts';

export const GET: APIRoute = async () => {
  const { followUps, asOf } = await getCorpus();
  return new Response(toFollowUpsCsv(followUps, asOf), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
