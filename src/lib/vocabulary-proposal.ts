import { parse as parseYaml } from 'yaml';
import { failureModeById, recogniseFailureModes } from './failure-modes.ts';
import { idFromText } from './slug.ts';
import type { Vocabulary } from './vocabulary.ts';
import { declaredServices } from './import/suggest-classification.ts';

/**
 * Vocabulary entries the imported drafts point at but the vocabulary files lack
 * (`npm run fill -- --vocabularies`). The import suggests services, tags and triggers only from
 * what the vocabularies already hold, so a team that wrote short vocabularies of its own before
 * importing got almost nothing suggested (52 mixed reports: trigger missing in 52, services in 43)
 * while the reports' own metadata listed keywords and the text named failure modes whose trigger
 * the example triggers.yaml has. Two sources, both deterministic:
 *
 * - each draft's "Imported metadata" block (the report's own frontmatter or export fields, which
 *   the import keeps): keywords, tags, categories, labels → tags; services, components, affected
 *   systems, product → services;
 * - the failure modes the draft's text states (src/lib/failure-modes.ts, what the import and
 *   similar incidents recognise): their tags and trigger category;
 * - the service a status page's title names at its end ("Elevated errors on Actions");
 * - ids the drafts' frontmatter already uses that the files lack (`npm run check`: "unknown tag"
 *   in every file that uses one, after a vocabulary was rewritten).
 */
export interface ProposedEntry {
  id: string;
  /** The words the reports wrote it as (the first seen). */
  name: string;
  /** How many drafts point at it. */
  drafts: number;
  /** Where it was found, in words. */
  from: string;
}

export interface VocabularyProposal {
  services: ProposedEntry[];
  tags: ProposedEntry[];
  triggers: ProposedEntry[];
  /** Entries only one draft points at, left out (a batch of five or more): how many of each kind. */
  single: { services: number; tags: number; triggers: number };
}

const tagKeys = ['tags', 'keywords', 'categories', 'labels', 'topics'];
const serviceKeys = ['services', 'service', 'components', 'component', 'affected', 'affected_services', 'affectedservices', 'affectedsystems', 'systems', 'product'];

/** The names of the built-in trigger categories (those of the example triggers.yaml), which the import's rules suggest. */
export const builtInTriggerNames: Record<string, string> = {
  configuration: 'Configuration change',
  deployment: 'Code deployment',
  capacity: 'Capacity and load',
  dependency: 'Third-party dependency',
  migration: 'Data or schema migration',
  certificate: 'Certificate expiry or rotation',
  dns: 'DNS',
  database: 'Database failure',
  network: 'Network',
  security: 'Security event',
  hardware: 'Hardware or cloud infrastructure',
};

/** The report's own fields the import kept in the draft's "Imported metadata" block (YAML), or {}. */
function importedMetadata(body: string): Record<string, unknown> {
  const block = /## Imported metadata[\s\S]*?```(?:ya?ml)?\n([\s\S]*?)\n```/.exec(body);
  if (!block) return {};
  try {
    const data = parseYaml(block[1]);
    return data && typeof data === 'object' && !Array.isArray(data) ? Object.fromEntries(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v])) : {};
  } catch {
    return {};
  }
}

/** The values of these keys: lists, or comma lists in text; nested objects' `name` or `summary` (a tracker's reference). */
function valuesOf(metadata: Record<string, unknown>, keys: readonly string[]): string[] {
  const one = (value: unknown): string[] => {
    if (typeof value === 'string') return value.split(/\s*,\s*/);
    if (Array.isArray(value)) return value.flatMap(one);
    if (value && typeof value === 'object') {
      const named = (value as Record<string, unknown>).name ?? (value as Record<string, unknown>).summary;
      return typeof named === 'string' ? [named] : [];
    }
    return [];
  };
  return keys.flatMap((key) => one(metadata[key])).map((v) => v.trim()).filter((v) => v.length >= 2 && v.length <= 60);
}

/**
 * The services a status page's title names at its end, after "on", "for", "with", "in" or
 * "affecting": "Elevated errors on Actions", "Incident with Pull Requests and Issues", "Degraded
 * performance for Codespaces". Only names written with capitals ("Actions", "Pull Requests"): "with
 * some GitHub services" or "in the EU" name none. A title of one report names its own product
 * often enough; the proposal lists only what two drafts or more name.
 */
export function servicesNamedByTitle(title: string | undefined): string[] {
  const tail = title && /\b(?:on|for|with|in|affecting)\s+((?:[\p{Lu}][\w.-]*)(?:(?:\s*,\s*|\s+and\s+|\s+)[\p{Lu}][\w.-]*)*)\s*\.?$/u.exec(title.trim());
  if (!tail) return [];
  return tail[1].split(/\s*,\s*|\s+and\s+/).map((name) => name.trim()).filter((name) => name.length >= 2 && !/^(?:GitHub|The|Some|All|Multiple|Our|EU|US|UTC)$/.test(name));
}

/** One draft, as the proposal reads it. */
export interface DraftForProposal {
  /** Title, summary and body: the text failure modes are recognised in. */
  text: string;
  /** The body, which holds the imported metadata block. */
  body: string;
  /** The draft's title, where a status page names the service hit ("Elevated errors on Actions"). */
  title?: string;
  /** Whether the draft already has a trigger (a failure mode's trigger is proposed for drafts without one). */
  hasTrigger: boolean;
  /** Ids its frontmatter uses (a vocabulary edited after the import, or drafts copied from elsewhere: each unknown one is an error in every file). */
  uses?: { services?: readonly string[]; tags?: readonly string[]; trigger?: string };
}

/** Entries the drafts point at that the vocabularies lack, each with how many drafts, most first. */
export function proposeVocabulary(drafts: readonly DraftForProposal[], vocabulary: Vocabulary): VocabularyProposal {
  const tally = (kind: 'services' | 'tags' | 'triggers') => new Map<string, { name: string; drafts: number; from: Set<string> }>();
  const found = { services: tally('services'), tags: tally('tags'), triggers: tally('triggers') };
  const known = {
    services: new Set([...vocabulary.services.values()].flatMap((s) => [s.id, idFromText(s.name), ...(s.aliases ?? []).map(idFromText)])),
    tags: new Set([...vocabulary.tags.values()].flatMap((t) => [t.id, ...(t.aliases ?? []).map(idFromText)])),
    triggers: new Set([...vocabulary.triggers.values()].flatMap((t) => [t.id, idFromText(t.name), ...(t.aliases ?? []).map(idFromText)])),
  };
  const add = (kind: keyof typeof found, name: string, from: string, seen: Set<string>) => {
    const id = idFromText(name);
    if (!id || known[kind].has(id) || seen.has(`${kind}:${id}`)) return;
    seen.add(`${kind}:${id}`);
    const entry = found[kind].get(id) ?? { name, drafts: 0, from: new Set<string>() };
    entry.drafts += 1;
    entry.from.add(from);
    found[kind].set(id, entry);
  };
  for (const draft of drafts) {
    const seen = new Set<string>();
    for (const id of draft.uses?.services ?? []) add('services', id, 'the drafts\' own frontmatter', seen);
    for (const id of draft.uses?.tags ?? []) add('tags', id, 'the drafts\' own frontmatter', seen);
    if (draft.uses?.trigger) add('triggers', draft.uses.trigger, 'the drafts\' own frontmatter', seen);
    for (const name of servicesNamedByTitle(draft.title)) add('services', name, 'the reports\' titles ("… on <Service>")', seen);
    const metadata = importedMetadata(draft.body);
    for (const value of valuesOf(metadata, tagKeys)) add('tags', value, 'the reports\' own metadata', seen);
    for (const value of valuesOf(metadata, serviceKeys)) add('services', value, 'the reports\' own metadata', seen);
    // "**Affected:** Nextcloud, MariaDB" in the text: a name of a few words, not "25 managed stack checkouts".
    for (const value of declaredServices(draft.body, undefined)) if (/^\p{L}/u.test(value) && value.split(/\s+/).length <= 3) add('services', value, 'the reports\' "Affected:" or "Services:" lines', seen);
    for (const mode of recogniseFailureModes(draft.text)) {
      const described = failureModeById(mode.id);
      for (const tag of described?.tags ?? []) add('tags', tag, `reports that describe ${mode.label}`, seen);
      if (!draft.hasTrigger && described?.trigger) add('triggers', described.trigger, `reports without a trigger that describe ${mode.label}`, seen);
    }
  }
  // In a batch, what one report alone names is most often that report's own word (a product of
  // another company in a collection of public postmortems: 41 "services" of 52 reports, 38 in one each).
  const least = drafts.length >= 5 ? 2 : 1;
  const all = (kind: keyof typeof found): ProposedEntry[] => [...found[kind]]
    .map(([id, { name, drafts: count, from }]) => ({ id, name: kind === 'triggers' ? builtInTriggerNames[id] ?? name : name, drafts: count, from: [...from].sort().join('; ') }))
    .sort((a, b) => b.drafts - a.drafts || a.id.localeCompare(b.id, 'en'));
  // An id a draft already uses is an error until the file has it: listed however few use it.
  const listed = (e: ProposedEntry) => e.drafts >= least || e.from.includes('the drafts\' own frontmatter');
  const kinds = ['services', 'tags', 'triggers'] as const;
  const lists = Object.fromEntries(kinds.map((kind) => [kind, all(kind)])) as Record<(typeof kinds)[number], ProposedEntry[]>;
  return {
    services: lists.services.filter(listed),
    tags: lists.tags.filter(listed),
    triggers: lists.triggers.filter(listed),
    single: { services: lists.services.filter((e) => !listed(e)).length, tags: lists.tags.filter((e) => !listed(e)).length, triggers: lists.triggers.filter((e) => !listed(e)).length },
  };
}

/** YAML entries for a vocabulary file, each with a comment saying where it was found. */
export function proposedYaml(kind: keyof VocabularyProposal, entries: readonly ProposedEntry[]): string {
  return entries.map((entry) => {
    const comment = `# proposed: ${entry.drafts} draft(s), from ${entry.from}`;
    // A tag needs no field; the reports' own spelling, when it differs, is what people search for.
    if (kind === 'tags') return `${comment}\n${entry.id}:${entry.name !== entry.id ? `\n  aliases: [${JSON.stringify(entry.name)}]` : ' {}'}\n`;
    if (kind === 'triggers') return `${comment}\n${entry.id}:\n  name: ${JSON.stringify(entry.name)}\n`;
    return `${comment}\n${entry.id}:\n  name: ${JSON.stringify(entry.name)}\n  owner: # a team id from teams.yaml\n  tier: # 1, 2 or 3\n`;
  }).join('');
}
