import { getPublishedPostmortems, getCorpus } from './postmortems.ts';
import { computeMetrics } from '../lib/metrics.ts';

/** The metrics of the published postmortems, computed once per build. */
export async function getMetrics() {
  const { asOf } = await getCorpus();
  return computeMetrics(await getPublishedPostmortems(), { asOf });
}
