import { publicOptInLists, type Postmortem, type Severity } from './postmortem-schema.ts';

type PublicOptInList = (typeof publicOptInLists)[number];
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
 * What a public post says of when customers were affected: the window when it was recorded;
 * "none" only when nothing reached customers (a near-miss); otherwise nothing (`unstated`): a page
 * for customers leaves out a fact it does not have. A historical report without impact times read
 * "Impact: None for customers" under a "Partial outage" badge (session 17), then "Impact window:
 * not recorded" (session 26), a phrase of our records, not of a post to customers.
 */
export function publicImpactWindow(post: Pick<PublicPostmortem, 'impactStart' | 'impactEnd' | 'impactLevel'>): 'window' | 'none' | 'unstated' {
  if (post.impactStart && post.impactEnd) return 'window';
  return post.impactLevel === 'No customer impact' ? 'none' : 'unstated';
}

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
  // Author text comes only through the scanned fields (publicFrontmatterFields): a text read
  // straight from `data` here would be shown without the redaction guard having read it.
  const texts = new Map(publicFrontmatterFields(data).map((field) => [field.path.join('.'), field.text]));
  const textAt = (...path: (string | number)[]) => texts.get(path.join('.'));
  const list = (name: PublicOptInList) => (data.public!.include.includes(name) ? data[name].map((_, i) => textAt(name, i)!) : undefined);
  const projection: PublicPostmortem = {
    id,
    title: textAt('public', 'title')!,
    summary: textAt('public', 'summary')!,
    impactLevel: data.nearMiss ? 'No customer impact' : impactLevels[data.severity],
    impactDescription: textAt('impact', 'description')!,
    impactStart: data.impact.start,
    impactEnd: data.impact.end,
    impactMinutes: computeImpactDuration(data),
    services: [...new Set(data.services.flatMap((service) => vocabulary.services.get(service)?.publicName ?? []))],
    timeline: data.timeline.flatMap(({ at, kind }, i) => {
      const event = textAt('timeline', i, 'event');
      return event === undefined ? [] : [{ at, event, kind }];
    }),
    actionItems: data.actionItems.flatMap(({ status }, i) => {
      const title = textAt('actionItems', i, 'title');
      return title === undefined ? [] : [{ title, status }];
    }),
    date: (data.impact.start ?? data.times.started).slice(0, 10),
    published: data.published,
  };
  for (const name of publicOptInLists) {
    const values = list(name);
    if (values) projection[name] = values;
  }
  return projection;
}

/**
 * The frontmatter text the public site shows, with its path in the file: the one list of public
 * frontmatter surfaces. The projection above reads author text only from it, and the redaction
 * guard scans exactly it (src/lib/publication-scan.ts); the body without `<Internal>` is the
 * other surface. A text shown publicly is added here, and is then both shown and scanned.
 */
export function publicFrontmatterFields(data: Postmortem): { path: (string | number)[]; text: string }[] {
  const fields: { path: (string | number)[]; text: string }[] = [];
  if (data.public) {
    fields.push({ path: ['public', 'title'], text: data.public.title }, { path: ['public', 'summary'], text: data.public.summary });
  }
  fields.push({ path: ['impact', 'description'], text: data.impact.description });
  data.timeline.forEach((entry, i) => entry.public && fields.push({ path: ['timeline', i, 'event'], text: entry.event }));
  data.actionItems.forEach((item, i) => item.public && fields.push({ path: ['actionItems', i, 'title'], text: item.title }));
  for (const list of data.public?.include ?? []) {
    data[list].forEach((text, i) => fields.push({ path: [list, i], text }));
  }
  return fields;
}
