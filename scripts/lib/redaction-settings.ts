import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from '../../src/lib/publication/compromise-nlp.ts';
import { loadSiteConfig } from './site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { kbConfig } = await loadSiteConfig();
import type { Vocabulary } from '../../src/lib/vocabulary.ts';
import type { Postmortem } from '../../src/lib/postmortem-schema.ts';
import { isOrdinaryWord, type KnownName } from '../../src/lib/publication/people.ts';
import { codeownersLocations, codeownersPeopleAndScopes, parseCodeowners } from '../../src/lib/codeowners.ts';

/** The redaction settings of the site configuration: the one place to read them. */
export interface RedactionSettings {
  organisation: string;
  people: readonly string[];
  internalNames: readonly string[];
  internalDomains: readonly string[];
  publicNames: readonly string[];
}

export function redactionSettings(): RedactionSettings {
  return { organisation: kbConfig.organisation, ...kbConfig.redaction };
}

/**
 * The slugs the organisation's name takes in host names, workspace paths and repository owners
 * (`Acme` → `acme`; `Acme Corp` → `acmecorp`, `acme-corp`): its tenants and repositories are
 * found even where no team handle or CODEOWNERS entry names its scope.
 */
export function organisationSlugs(organisation: string): string[] {
  const words = organisation.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[a-z0-9]+/g) ?? [];
  return [...new Set([words.join(''), words.join('-')])].filter((slug) => slug.length >= 2);
}

/**
 * Names and e-mail local parts of everyone who committed to the content folder. No git (or not a
 * repository) gives none: the other sources still apply.
 */
export function gitAuthors(contentDir: string): KnownName[] {
  let log = '';
  try {
    log = execFileSync('git', ['-C', contentDir, 'log', '--format=%an%x09%ae', '--', '.'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return [];
  }
  const names = new Set<string>();
  for (const line of log.split('\n')) {
    const [name, email] = line.split('\t');
    if (!name || /\[bot\]|\bbot\b/i.test(name)) continue;
    names.add(name.trim());
    const local = email?.split('@')[0];
    if (local && !/noreply|no-reply|^\d+\+/.test(email)) names.add(local.replace(/^\d+\+/, ''));
  }
  return [...names].sort().map((name) => ({ name, origin: 'git author' as const }));
}

/** Users named in the repository's CODEOWNERS file (src/lib/codeowners.ts says which file and what counts). */
export function codeOwners(repoRoot: string): { people: KnownName[]; scopes: string[] } {
  const file = codeownersLocations.map((path) => join(repoRoot, path)).find((path) => existsSync(path));
  const { people, scopes } = codeownersPeopleAndScopes(file ? parseCodeowners(readFileSync(file, 'utf8')) : []);
  return { people: people.map((name) => ({ name, origin: 'CODEOWNERS' as const })), scopes };
}

/** Values of people-valued frontmatter fields (`reviewers`, `commander`) that are names, not roles or handles. */
export function frontmatterPeople(postmortems: readonly { data?: Postmortem }[]): KnownName[] {
  const names = new Set<string>();
  for (const { data } of postmortems) {
    if (!data) continue;
    for (const value of [...data.reviewers, ...(data.commander ? [data.commander] : [])]) {
      const text = value.replace(/^[^:]*:\s*/, '').trim();
      // The schema asks for roles ("payments on-call"); a value the language model reads as a
      // person's name in full is one.
      if (!text || text.startsWith('@') || text.includes('/') || !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(text)) continue;
      const people = nlp(text).people().out('array') as string[];
      const words = text.split(/\s+/);
      const looksLikeName = words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isOrdinaryWord(w));
      if (looksLikeName || people.some((person) => person.split(/\s+/).length >= 2 && /^\p{Lu}/u.test(person))) names.add(text);
    }
  }
  return [...names].sort().map((name) => ({ name, origin: 'frontmatter' as const }));
}

/** Team members listed in the vocabulary. */
export function vocabularyPeople(vocabulary: Vocabulary): KnownName[] {
  return [...vocabulary.teams.values()].flatMap((team) => (team.members ?? []).map((name) => ({ name, origin: 'vocabulary' as const })));
}

/** Internal names from the vocabularies: every id and display name, unless it is the public name. */
export function vocabularyInternalNames(vocabulary: Vocabulary): { internal: string[]; public: string[]; scopes: string[] } {
  const internal: string[] = [];
  const publicNames: string[] = [];
  const scopes: string[] = [];
  for (const service of vocabulary.services.values()) {
    // A service customers know by its public name: its id stays internal, its display name is a
    // description ("API gateway") the public name stands for.
    internal.push(service.id);
    if (service.publicName) publicNames.push(service.publicName);
    else internal.push(service.name);
  }
  for (const team of vocabulary.teams.values()) {
    internal.push(team.id, team.name);
    if (team.handle) {
      // The handle, and its team part on its own (`ledger-guild` of `@acme/ledger-guild`), which
      // file names and prose use without the scope.
      internal.push(team.handle);
      const teamPart = team.handle.replace(/^@/, '').split('/').pop()!;
      if (teamPart !== team.handle.replace(/^@/, '') && teamPart !== team.id) internal.push(teamPart);
      if (team.handle.includes('/')) scopes.push(team.handle.replace(/^@/, '').split('/')[0].toLowerCase());
    }
  }
  return { internal, public: publicNames, scopes: [...new Set(scopes)] };
}
