import type { APIRoute } from 'astro';
import { getCorpus, getSimilarLinks } from '../data/postmortems.ts';
import { buildPostmortemsExport } from '../lib/export.ts';

/** Machine-readable list of published postmortems, with similar-incident ids and durations. */
export const GET: APIRoute = async () => {
  const { published } = await getCorpus();
  const similar = await getSimilarLinks();
  return new Response(JSON.stringify(buildPostmortemsExport(published, similar), null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
