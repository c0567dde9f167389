import { getCorpus, type PostmortemEntry } from './postmortems.ts';
import { triggerName } from './vocabulary.ts';
import { buildInsights, type InsightsModel } from '../lib/insights.ts';

let allInsights: Promise<InsightsModel> | undefined;

/** Insights of every published postmortem, computed once per build (`/insights/` and `/metrics.json`). */
export function getInsights(): Promise<InsightsModel> {
  allInsights ??= getCorpus().then(({ published, followUps, asOf }) => buildInsights(published, { asOf, triggerName, followUps }));
  return allInsights;
}

/** Insights of a subset of the published postmortems (one year's, whose charts span that year, or one team's). */
export async function getInsightsOf(records: readonly PostmortemEntry[], scope: { year?: string } = {}): Promise<InsightsModel> {
  const { asOf } = await getCorpus();
  return buildInsights(records, { asOf, triggerName, year: scope.year });
}

/** The metrics of the published postmortems, computed once per build. */
export async function getMetrics() {
  return (await getInsights()).metrics;
}
