import type { APIRoute } from 'astro';
import { getMetrics } from '../data/insights.ts';

/** The aggregates behind /insights/, versioned (`schemaVersion`), for dashboards and catalogs. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getMetrics(), null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
