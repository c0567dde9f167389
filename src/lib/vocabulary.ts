import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/**
 * Controlled vocabularies: the services, teams, tags and trigger categories a postmortem may
 * name. Each lives in its own YAML file under the content folder, keyed by id.
 */

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

export const teamSchema = z.strictObject({
  /** Display name, e.g. "Payments Platform". */
  name: z.string().min(1),
  /** Chat or code-review handle of the team, e.g. "@acme/payments". Internal only. */
  handle: z.string().optional(),
  /** People on the team. Internal only: the public build refuses these names anywhere in public text. */
  members: z.array(z.string().min(1)).optional(),
});

export const serviceSchema = z.strictObject({
  /** Display name used on the internal site. */
  name: z.string().min(1),
  /** Team id (from teams.yaml) that owns the service. */
  owner: z.string().min(1),
  /** 1 = most critical, customer-facing path; 3 = internal tooling. */
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Name customers know the service by. Without it, the public site does not name the service. */
  publicName: z.string().min(1).optional(),
  /** One line on what the service does. */
  description: z.string().optional(),
  /** Other names people search for it by ("k8s", "billing"): indexed with the postmortems that use it. */
  aliases: z.array(z.string().min(1)).optional(),
});

export const tagSchema = z.strictObject({
  /** What the tag groups; shown on the tag page. */
  description: z.string().optional(),
  /** Other names people search for it by ("k8s", "billing"): indexed with the postmortems that use it. */
  aliases: z.array(z.string().min(1)).optional(),
});

export const triggerSchema = z.strictObject({
  /** Display name, e.g. "Configuration change". */
  name: z.string().min(1),
  /** What falls under this trigger category. */
  description: z.string().optional(),
  /** Other names people search for it by ("k8s", "billing"): indexed with the postmortems that use it. */
  aliases: z.array(z.string().min(1)).optional(),
});

export type Team = z.output<typeof teamSchema> & { id: string };
export type Service = z.output<typeof serviceSchema> & { id: string };
export type Tag = z.output<typeof tagSchema> & { id: string };
export type Trigger = z.output<typeof triggerSchema> & { id: string };

export interface Vocabulary {
  teams: Map<string, Team>;
  services: Map<string, Service>;
  tags: Map<string, Tag>;
  triggers: Map<string, Trigger>;
}

/** File name of each vocabulary, relative to the content folder. */
export const vocabularyFiles = {
  teams: 'teams.yaml',
  services: 'services.yaml',
  tags: 'tags.yaml',
  triggers: 'triggers.yaml',
} as const;

export type VocabularyKind = keyof typeof vocabularyFiles;

export class VocabularyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VocabularyError';
  }
}

function parseEntries<T extends z.ZodType>(
  file: string,
  source: string,
  schema: T,
): Map<string, z.output<T> & { id: string }> {
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (error) {
    throw new VocabularyError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  if (raw == null) raw = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new VocabularyError(`${file}: expected a mapping of id -> fields at the top level.`);
  }
  const entries = new Map<string, z.output<T> & { id: string }>();
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!idPattern.test(id)) {
      throw new VocabularyError(
        `${file}: id "${id}" must be lowercase letters, digits and hyphens (e.g. "${id.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}").`,
      );
    }
    const result = schema.safeParse(value ?? {});
    if (!result.success) {
      const detail = result.error.issues
        .map((issue) => `${[id, ...issue.path].join('.')}: ${issue.message}`)
        .join('; ');
      throw new VocabularyError(`${file}: ${detail}`);
    }
    entries.set(id, { ...(result.data as object), id } as z.output<T> & { id: string });
  }
  return entries;
}

/** Parses the four vocabulary sources and checks that every service's owner is a known team. */
export function parseVocabulary(sources: Record<VocabularyKind, string>, dir = 'content'): Vocabulary {
  const path = (kind: VocabularyKind) => join(dir, vocabularyFiles[kind]);
  const vocabulary: Vocabulary = {
    teams: parseEntries(path('teams'), sources.teams, teamSchema),
    services: parseEntries(path('services'), sources.services, serviceSchema),
    tags: parseEntries(path('tags'), sources.tags, tagSchema),
    triggers: parseEntries(path('triggers'), sources.triggers, triggerSchema),
  };
  for (const service of vocabulary.services.values()) {
    if (!vocabulary.teams.has(service.owner)) {
      throw new VocabularyError(
        `${path('services')}: service "${service.id}" has owner "${service.owner}", which is not a team in ${path('teams')}.`,
      );
    }
  }
  return vocabulary;
}

/** Reads the vocabulary files from a content folder. A missing file is an empty vocabulary. */
export function loadVocabulary(contentDir: string): Vocabulary {
  const read = (kind: VocabularyKind) => {
    const file = join(contentDir, vocabularyFiles[kind]);
    if (!existsSync(file)) {
      // A missing file is an empty vocabulary; one under another name, or a link to nothing, is a mistake to say.
      const yml = file.replace(/\.yaml$/, '.yml');
      if (existsSync(yml)) throw new VocabularyError(`${yml}: vocabularies are read from ${basename(file)}; rename the file.`);
      if (lstatExists(file)) throw new VocabularyError(`${file}: is a link whose target does not exist.`);
      return '';
    }
    if (statSync(file).isDirectory()) throw new VocabularyError(`${file}: is a folder, not a YAML file.`);
    return readFileSync(file, 'utf8');
  };
  return parseVocabulary(
    { teams: read('teams'), services: read('services'), tags: read('tags'), triggers: read('triggers') },
    contentDir,
  );
}

/** Display names of a vocabulary's services, teams and triggers; an unknown id is shown as itself. */
export function vocabularyNames(vocabulary: Vocabulary) {
  return {
    service: (id: string) => vocabulary.services.get(id)?.name ?? id,
    team: (id: string) => vocabulary.teams.get(id)?.name ?? id,
    trigger: (id: string) => vocabulary.triggers.get(id)?.name ?? id,
    /** The `aliases:` of a service, tag or trigger, with its id and name, as one group of words. */
    aliases: (kind: 'services' | 'tags' | 'triggers', id: string): string[] => {
      const entry = vocabulary[kind].get(id) as { name?: string; aliases?: string[] } | undefined;
      return entry?.aliases?.length ? [id, ...(entry.name ? [entry.name] : []), ...entry.aliases] : [];
    },
  };
}

/** True when something (a link to nothing included) is at `path`. */
function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
