import type { Postmortem, Severity } from './postmortem-schema.ts';
import type { Vocabulary } from './vocabulary.ts';
import { computeImpactDuration } from './durations.ts';

/**
 * What the public site shows instead of internal severity levels: customers know status-page
 * impact words, not SEV numbers, and the SEV scale is ours to change. SEV-0/1 -> Major outage,
 * SEV-2 -> Partial outage, SEV-3/4 -> Degraded performance; a near-miss -> No customer impact.
 */
export type CustomerImpactLevel = 'Major outage' | 'Partial outage' | 'Degraded performance' | 'No customer impact';

const impactLevels: Record<Severity, CustomerImpactLevel> = {
  'SEV-0': 'Major outage',
  'SEV-1': 'Major outage',
  'SEV-2': 'Partial outage',
  'SEV-3': 'Degraded performance',
  'SEV-4': 'Degraded performance',
};

/** A postmortem as customers may see it. Built field by field: nothing else can leak. */
export interface PublicPostmortem {
  id: string;
  title: string;
  summary: string;
  impactLevel: CustomerImpactLevel;
  impactDescription: string;
  impactStart?: string;
  impactEnd?: string;
  impactMinutes?: number;
  /** Customer-facing names of affected services; services without one are not named. */
  services: string[];
  timeline: { at: string; event: string; kind: string }[];
  actionItems: { title: string; status: string }[];
  contributors?: string[];
  mitigators?: string[];
  risks?: string[];
  /** Day of the incident (impact start, else incident start). */
  date: string;
  published?: string;
}

/** Only published postmortems marked public reach customers (defined with the other predicates). */
export { isPubliclyVisible } from './predicates.ts';

/**
 * The customer-facing projection of a postmortem: an allow-list built field by field (never the
 * internal object with fields deleted), so a field added to the schema later stays internal until
 * someone adds it here. It holds the public wording, the impact level, impact description and
 * window, public timeline entries (at, event, kind), public action items (title, status), the
 * customer-facing names of affected services (a service without `publicName` is left out, its
 * id never shown), the lists the author opted in with `public.include`, and the dates.
 * Throws when the postmortem is not marked public or has no public wording.
 */
export function toPublicPostmortem(id: string, data: Postmortem, vocabulary: Vocabulary): PublicPostmortem {
  // Status is not checked here: the internal site previews drafts too. Callers that publish use
  // isPubliclyVisible first.
  if (data.visibility !== 'public' || !data.public) throw new Error(`${id} is not marked public or has no public wording.`);
  const wording = data.public!;
  const include = new Set(wording.include);
  const projection: PublicPostmortem = {
    id,
    title: wording.title,
    summary: wording.summary,
    impactLevel: data.nearMiss ? 'No customer impact' : impactLevels[data.severity],
    impactDescription: data.impact.description,
    impactStart: data.impact.start,
    impactEnd: data.impact.end,
    impactMinutes: computeImpactDuration(data),
    services: [...new Set(data.services.flatMap((service) => vocabulary.services.get(service)?.publicName ?? []))],
    timeline: data.timeline.filter((entry) => entry.public).map(({ at, event, kind }) => ({ at, event, kind })),
    actionItems: data.actionItems.filter((item) => item.public).map(({ title, status }) => ({ title, status })),
    date: (data.impact.start ?? data.times.started).slice(0, 10),
    published: data.published,
  };
  if (include.has('contributors')) projection.contributors = [...data.contributors];
  if (include.has('mitigators')) projection.mitigators = [...data.mitigators];
  if (include.has('risks')) projection.risks = [...data.risks];
  return projection;
}
