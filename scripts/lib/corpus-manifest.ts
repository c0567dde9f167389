// The manifest of the corpora (scripts/corpora-manifest.json): which files of which public
// repository, at which commit, make each collection of other organisations' reports that the
// measurements read from /work/corpora/<name>/. Only names of repositories and paths live in the
// repository; the reports themselves are copied from git mirrors by scripts/assemble-corpora.ts.
// Everything here is pure (no file system, no git), so that it can be tested on its own.

/** One collection: the files `paths` selects (minus `exclude`) of `repo` at `commit`. */
export interface CorpusEntry {
  /** The folder under the corpora root, e.g. `chia` for /work/corpora/chia. */
  name: string;
  /** `owner/name` on GitHub, as the `fetch` tool takes it (`github:owner/name`). */
  repo: string;
  /** The full 40-digit commit the files are taken at: the same manifest gives the same files. */
  commit: string;
  /** Globs over the repository's paths: `*` within a folder, `**` across folders, `?` one character. */
  paths: string[];
  /** Globs of paths left out of what `paths` selects (an empty file, a licence, images). */
  exclude: string[];
  /** The licence the repository states (or "none stated"), for the collection's README.txt. */
  licence: string;
  /** What the collection is, in a line (INDEX.txt's last column). */
  what: string;
}

/**
 * Repositories kept for independent checks of the product: never fetched, never in a collection,
 * so that a measurement on them is one on reports no round has tuned the code to.
 */
export const keptForIndependentChecks: readonly string[] = ['dfds/postmortems', 'PostHog/post-mortems', 'IntelligentDDS/Post-mortems-Analysis'];

/** Whether `repo` is one of {@link keptForIndependentChecks} (GitHub names ignore case). */
export function isKeptForIndependentChecks(repo: string): boolean {
  return keptForIndependentChecks.some((kept) => kept.toLowerCase() === repo.trim().toLowerCase());
}

const collectionName = /^[a-z0-9][a-z0-9._-]*$/;
const repoName = /^[A-Za-z0-9][A-Za-z0-9_-]{0,38}\/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const fullCommit = /^[0-9a-f]{40}$/;

/**
 * The entries of a manifest's text, checked: every mistake is an Error naming the file, the entry
 * (by its place and name) and the field, with what to write instead. A repository kept for
 * independent checks is refused whatever else the entry says.
 */
export function parseCorpusManifest(text: string, file: string): CorpusEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message}); the manifest is a JSON array of collections.`);
  }
  if (!Array.isArray(data)) throw new Error(`${file}: the manifest must be a JSON array of collections, e.g. [{"name": "chia", "repo": "owner/name", …}].`);
  const seen = new Map<string, number>();
  return data.map((item, index) => {
    const where = `${file}: collection ${index + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new Error(`${where}: must be an object with name, repo, commit, paths, licence and what.`);
    const record = item as Record<string, unknown>;
    const named = typeof record.name === 'string' ? `${where} (${record.name})` : where;
    const text = (field: string, example: string): string => {
      const value = record[field];
      if (typeof value !== 'string' || !value.trim()) throw new Error(`${named}: "${field}" must be a non-empty string, e.g. "${field}": "${example}".`);
      return value.trim();
    };
    const globs = (field: string, required: boolean): string[] => {
      const value = record[field];
      if (value === undefined && !required) return [];
      if (!Array.isArray(value) || (required && !value.length) || value.some((glob) => typeof glob !== 'string' || !glob.trim())) {
        throw new Error(`${named}: "${field}" must be ${required ? 'a non-empty' : 'an'} array of path globs, e.g. "${field}": ["reports/*.md"].`);
      }
      for (const glob of value as string[]) {
        if (glob.startsWith('/') || glob.split('/').includes('..')) throw new Error(`${named}: "${field}" glob "${glob}" must be a path inside the repository (no leading "/", no "..").`);
      }
      return (value as string[]).map((glob) => glob.trim());
    };
    const known = new Set(['name', 'repo', 'commit', 'paths', 'exclude', 'licence', 'what']);
    const unknown = Object.keys(record).filter((key) => !known.has(key));
    if (unknown.length) throw new Error(`${named}: unknown field "${unknown[0]}"; the fields are ${[...known].join(', ')}.`);
    const name = text('name', 'chia');
    if (!collectionName.test(name) || name.startsWith('_')) throw new Error(`${named}: "name" must be a folder name of lower-case letters, digits, ".", "_" and "-" (not starting with "_", which the corpora keep for _meta and _pools).`);
    if (seen.has(name)) throw new Error(`${named}: "name" ${name} is already collection ${seen.get(name)}; each collection has its own folder.`);
    seen.set(name, index + 1);
    const repo = text('repo', 'Chia-Network/post-mortem');
    if (!repoName.test(repo)) throw new Error(`${named}: "repo" must be owner/name as on GitHub, e.g. "Chia-Network/post-mortem"; got "${repo}".`);
    if (isKeptForIndependentChecks(repo)) throw new Error(`${named}: ${repo} is kept for independent checks (${keptForIndependentChecks.join(', ')}) and must never be a collection; remove it from the manifest.`);
    const commit = text('commit', '0123456789abcdef0123456789abcdef01234567').toLowerCase();
    if (!fullCommit.test(commit)) throw new Error(`${named}: "commit" must be the full 40-digit commit (git rev-parse HEAD in the mirror), not "${commit}".`);
    return { name, repo, commit, paths: globs('paths', true), exclude: globs('exclude', false), licence: text('licence', 'Apache-2.0'), what: text('what', 'a blockchain project\'s security and outage post-mortems') };
  });
}

/**
 * A glob over repository paths as a regular expression: `**` (a whole segment) matches any number
 * of folders, `*` any characters but `/`, `?` one of them; everything else is literal.
 */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  const segments = glob.split('/');
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    source += segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

/** The paths of `all` matching a glob of `include` and none of `exclude`, sorted. */
export function selectPaths(all: readonly string[], include: readonly string[], exclude: readonly string[] = []): string[] {
  const take = include.map(globToRegExp);
  const leave = exclude.map(globToRegExp);
  return all.filter((path) => take.some((glob) => glob.test(path)) && !leave.some((glob) => glob.test(path))).sort();
}

/** The folder the `fetch` tool brings `owner/name` into, under its mirrors' root. */
export function mirrorFolderName(repo: string): string {
  return repo.replace('/', '+');
}

/** The `fetch` tool's argument for a repository (said when its mirror is missing). */
export function fetchArgument(repo: string): string {
  return `github:${repo}`;
}

/** The collection's line of INDEX.txt: name, repository, paths, commit, what it is (tab-separated). */
export function indexLine(entry: CorpusEntry): string {
  return [entry.name, entry.repo, entry.paths.join(' '), entry.commit, entry.what].join('\t');
}

/**
 * INDEX.txt with the lines of `entries` written in: an older line of the same collection (its first
 * column) replaced, other collections' lines kept in their order, new ones added at the end.
 */
export function mergeIndex(existing: string, entries: readonly CorpusEntry[]): string {
  const lines = existing.split('\n').filter((line) => line.trim());
  const byName = new Map(entries.map((entry) => [entry.name, indexLine(entry)]));
  const kept = lines.map((line) => {
    const name = line.split('\t')[0];
    const replacement = byName.get(name);
    if (replacement) byName.delete(name);
    return replacement ?? line;
  });
  return [...kept, ...byName.values()].join('\n') + '\n';
}

/** A collection's README.txt: where its files come from, so a reader of the folder can check them. */
export function collectionReadme(entry: CorpusEntry, files: readonly string[], absent: readonly string[] = []): string {
  return [
    `${entry.name}: ${entry.what}`,
    '',
    `Repository: https://github.com/${entry.repo}`,
    `Commit: ${entry.commit}`,
    `Paths: ${entry.paths.join(' ')}${entry.exclude.length ? ` (without ${entry.exclude.join(' ')})` : ''}`,
    `Licence: ${entry.licence}`,
    `Files: ${files.length}, copied with their paths in the repository by scripts/assemble-corpora.ts`,
    '(the knowledge base repository; its manifest is scripts/corpora-manifest.json).',
    ...(absent.length ? [`Not copied, listed by the repository but absent from its mirror (large files a snapshot leaves out): ${absent.join(' ')}`] : []),
    'Text of others, kept outside the repository: never copy it into fixtures or tests.',
    '',
  ].join('\n');
}

/**
 * Accounts that are no person: bots, CI and sync jobs ("Kubernetes Submit Queue", "… Prow Robot",
 * "… helper script", "JIRA Sync", "CircleCI Build"), coding agents, companies and placeholders
 * ("Not Applicable", "unknown unknown"), and the names GitHub gives merges and web edits. Left in,
 * the leak check's list made the guard hold posts for "Kubernetes" and "Script" (session 58).
 * Since round 59 of false positives also what a log, a workflow or a site is called ("Bitcoin Error
 * Log", "… Website GHA Workflow Runner", "IBM User", "SmartFlow Developer", "HPC core facility …"),
 * placeholders in words no name holds ("Just some guy", "Your Name", "…, But With Bitcoin") and a
 * word of digits alone ("frog power 4000"): each of their words was looked for as a name's part
 * ("Error" held a post about a rollback).
 */
const notAPerson = /\b(?:errors?|logs?|runners?|workflows?|websites?|users?|developers?|facility|cryptocurrency|codes|admins)\b|\b(?:some|your)\b|, but\b|(?:^| )\d{3,}(?: |$)|\[bot\]|\bbots?\b|\brobot\b|\bqueue\b|\bscript\b|\bsync\b|\bbuild\b|\bagent\b|\bassistant\b|\bci\b|\bactions?\b|dependabot|renovate|greenkeeper|snyk|github|gitter|web-flow|automation|\bteam\b|\bservice\b|\bsupport\b|\badmin\b|\bapplicable\b|\bunknown\b|\binc\b|\bltd\b|[=;`{}]/i;

/**
 * The full names among git authors (`git log --format=%an` lines of several repositories): names
 * of two words or more, without bots and tool accounts, each once, sorted. Spelt as git holds them
 * (a name stored decomposed stays so: the measurements read names in either form, docs/rules.md).
 * A one-word author is a handle, and the leak check reads handles elsewhere.
 */
export function authorFullNames(authors: Iterable<string>): string[] {
  const names = new Set<string>();
  for (const raw of authors) {
    // A symbol that is no letter (a keyboard's ⌃ ⌥, an emoji) is no part of a name to look for.
    const name = raw.replace(/\p{So}/gu, ' ').replace(/\s+/g, ' ').trim();
    if (name.split(' ').length < 2 || notAPerson.test(name) || /[@<>]/.test(name)) continue;
    names.add(name);
  }
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
