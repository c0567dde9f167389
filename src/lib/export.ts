import type { PostmortemRecord } from './browse.ts';
import type { SimilarLink } from './similarity.ts';
import { isOpen } from './predicates.ts';
import {
  computeTimeToDetect, computeTimeToAcknowledge, computeTimeToMitigate, computeTimeToResolve, computeImpactDuration,
} from './durations.ts';

/** Bump when a field changes meaning or disappears; adding fields keeps the version. */
export const postmortemsExportVersion = 1;

/** The `/postmortems.json` document: one entry per published postmortem. */
export function buildPostmortemsExport(records: readonly PostmortemRecord[], similar: ReadonlyMap<string, SimilarLink[]>) {
  return {
    schemaVersion: postmortemsExportVersion,
    postmortems: records.map(({ id, data }) => ({
      id,
      title: data.title,
      summary: data.summary,
      date: data.times.started.slice(0, 10),
      started: data.times.started,
      resolved: data.times.resolved ?? null,
      severity: data.severity,
      services: data.services,
      teams: data.teams,
      tags: data.tags,
      trigger: data.trigger,
      nearMiss: data.nearMiss,
      visibility: data.visibility,
      url: `/postmortems/${id}/`,
      similar: (similar.get(id) ?? []).map((link) => link.id),
      durationsMinutes: {
        timeToDetect: computeTimeToDetect(data) ?? null,
        timeToAcknowledge: computeTimeToAcknowledge(data) ?? null,
        timeToMitigate: computeTimeToMitigate(data) ?? null,
        timeToResolve: computeTimeToResolve(data) ?? null,
        customerImpact: computeImpactDuration(data) ?? null,
      },
      actionItems: { total: data.actionItems.length, open: data.actionItems.filter(isOpen).length },
    })),
  };
}
