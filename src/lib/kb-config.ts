import { duplicateSettingProblem, duplicateSettings } from './settings-duplicate-keys.ts';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { lintRules } from './lint/index.ts';
import type { RuleLevel } from './lint/types.ts';
import { findClosestMatch } from './closest-match.ts';
import { asOfDayMeant, asOfNotationAdvice, asOfRangeProblem, isIsoDay, notADayReason, resolveAsOfDate } from './as-of.ts';
import { escapeHiddenCharacters, escapeOf, findHiddenCharacter, findInvisibleCharacter } from './invisible-characters.ts';
import { listedNameCharacterProblem } from './listed-name-characters.ts';
import { describeCharacter, withLatinLookalikesReplaced } from './confusables.ts';
import { findMarkup } from './plain-text-fields.ts';
import { defaultLinkBy, linkByChoices } from './similarity-link-by.ts';
import { lintLevelMeant } from './lint-level-meant.ts';
import { decodedUriComponent } from './uri-component.ts';
import { asciiHostSpelling, isHostUnderSuffix } from './host-spelling.ts';
import { withoutAccents } from './text/fold-accents.ts';

/**
 * The knowledge base's configuration: one object, written in `site.config.ts` (the one file a
 * team edits), validated here once when that file is loaded. Every option is documented on its
 * schema field, with an example; the environment variables that override options for one run
 * are listed in `kbEnvironment` below.
 */

const ruleLevels = ['error', 'warning', 'off'] as const satisfies readonly RuleLevel[];

const siteSchema = z.strictObject({
  /** Title shown in the header and the browser tab. Example: `'Acme Incident Knowledge Base'`. */
  title: z.string().trim().min(1, { error: 'is empty; give the site a title, e.g. "Acme Incident Knowledge Base"' }),
  /**
   * Absolute URL the site is served from, used for canonical links, the feed and the sitemap:
   * the root of a host (a path, query, fragment or user name is refused, see siteUrlProblems).
   * Example: `'https://incidents.acme.internal'`.
   */
  url: z.url({ protocol: /^https?$/, error: (issue) => siteUrlShapeProblem(issue.input) }),
});

/**
 * Why a site's address is not one, said from what it holds: `https://status.acme.example:99999`
 * has its scheme, yet was "not an absolute http(s) URL; write it with its scheme" (round 36).
 */
function siteUrlShapeProblem(input: unknown): string {
  const withScheme = typeof input === 'string' ? /^https?:\/\/([^/?#]*)/i.exec(input.trim()) : null;
  const port = withScheme ? /:(\d+)$/.exec(withScheme[1])?.[1] : undefined;
  if (port && Number(port) > 65535) return `has the port ${port}, and ports run from 1 to 65535: write the port the site is served on, or none for the default (443 for https), e.g. "https://status.example.com"`;
  if (withScheme && /\s/.test(withScheme[1])) return 'has a space in its host name, which no host name holds: write the address without it, e.g. "https://status.example.com"';
  if (withScheme) return `is not a valid address: its host "${withScheme[1]}" holds a character no host name has (letters, digits, hyphens and dots, and :port); write it as the browser shows it, e.g. "https://status.example.com"`;
  return 'is not an absolute http(s) URL; write it with its scheme, e.g. "https://status.example.com"';
}

const nameListSchema = (what: string, example: string, whats = `${what}s`) =>
  z.array(z.string().trim().min(1, { error: `holds an empty ${what}; remove the empty entry` }), {
    error: `must be a list of ${whats}, e.g. [${example}]`,
  }).default([]);

export const kbConfigSchema = z.strictObject({
  /** Name of the organisation, shown in both sites' footers and the public feed. Example: `'Acme'`. */
  organisation: z.string().trim().min(1, { error: 'is empty; name the organisation, e.g. "Acme"' }),
  /**
   * Folder holding `postmortems/` and the vocabulary files (`services.yaml`, `teams.yaml`,
   * `tags.yaml`, `triggers.yaml`), relative to the project. Example: `'content'`.
   * Overridden by `KB_CONTENT_DIR`.
   */
  contentDir: z.string().trim().min(1, { error: 'is empty; name the content folder, e.g. "content"' }).default('content'),
  /** The two sites built from the same files. */
  sites: z.strictObject({
    /** The internal knowledge base (`npm run build`). Example: `{ title: 'Acme Incident Knowledge Base', url: 'https://incidents.acme.internal' }`. */
    internal: siteSchema,
    /**
     * The customer-facing incident history (`npm run build:public`). Example: `{ title: 'Acme Incident History', url: 'https://status.acme.example' }`.
     * On another host than the internal site, and not under `redaction.internalDomains` (see siteUrlProblems);
     * a host customers reach: not localhost, a loopback or private address, nor a name of one label (see publicHostProblems).
     */
    public: siteSchema,
  }),
  /**
   * The day "overdue", "past due" and "stale" are measured against, as `YYYY-MM-DD`. Leave it
   * out to use today's UTC date (what a deployed site wants); fix it for reproducible builds.
   * A day from 1970-01-01 to a year after today, like `KB_AS_OF`.
   * Example: `'2026-01-31'`. Overridden by `KB_AS_OF`.
   */
  asOf: z.string().refine(isIsoDay, {
    error: (issue) => {
      const meant = typeof issue.input === 'string' ? asOfDayMeant(issue.input) : undefined;
      if (meant) return `is not a date as written: ${meant.reason}. Write '${meant.day}'`;
      const written = typeof issue.input === 'string' ? issue.input : '';
      const advice = asOfNotationAdvice(written, (day) => `asOf: '${day}'`).replace(/\.$/, '');
      return `is not a date${notADayReason(written)}; write it as YYYY-MM-DD${advice ? '' : ', e.g. "2026-01-31"'}, or leave it out to use today${advice ? `.${advice}` : ''}`;
    },
  }).optional(),
  /** The lint rules of `npm run check` (docs/rules.md lists them; `npm run check -- --rules` too). */
  lint: z.strictObject({
    /**
     * Level of each rule: `'error'` fails the check and the build, `'warning'` is reported,
     * `'off'` skips the rule. Rules not listed keep their default.
     * Example: `{ 'action-item/vague': 'error', 'timing/stale-draft': 'off' }`.
     */
    rules: z.record(z.string(), z.enum(ruleLevels, { error: 'is not a level; use "error", "warning" or "off"' })).default({}),
  }).default({ rules: {} }),
  /**
   * What the public site must never show, and the names it may. The redaction guard of the public
   * build and `npm run check` read these lists (`people` and `internalDomains` through
   * `siteConfig`); `blameless/person-blame` also flags `people`.
   */
  redaction: z.strictObject({
    /** Names of people (employees, contractors): never on the public site, never blamed in a report. Example: `['Jane Doe', 'Sam Lee']`. */
    people: nameListSchema('name', "'Jane Doe'"),
    /** Names of internal systems, clusters, tools and teams customers must not see. Example: `['hydra-cluster', 'Pagerbot']`. */
    internalNames: nameListSchema('name', "'hydra-cluster'"),
    /**
     * Host-name suffixes that exist only inside the organisation, beyond those no one can register
     * (`.internal`, `.corp`, `.lan`, ...: reservedInternalDomains, which are always internal). Example: `['.acme-corp.net']`.
     * A suffix with letters beyond ASCII may be written either way (`'.bücher.example'` or
     * `'.xn--bcher-kva.example'`): hosts are matched in both spellings (src/lib/host-spelling.ts).
     */
    internalDomains: nameListSchema('domain suffix', "'.internal'", 'domain suffixes'),
    /** Names that look internal but are public (product names, vendors customers know): never flagged. Example: `['Acme Pay', 'Stripe']`. */
    publicNames: nameListSchema('name', "'Acme Pay'"),
  }).default({ people: [], internalNames: [], internalDomains: [], publicNames: [] }),
  /** Similar incidents, shown beside each postmortem of the internal site. */
  similarity: z.strictObject({
    /**
     * What a similar link joins: `'cause'`, the same failure whatever system it hit (the model
     * alone: for a knowledge base of postmortems across many products, and the cheapest);
     * `'system'`, the same system hit whatever failed (the model blended with plain wording: for a
     * status page's updates); `'blend'`, between the two (the default: the one never below plain
     * TF-IDF on a held-out half). docs/findability.md, rounds 13-15, has the figures.
     * Example: `{ linkBy: 'system' }`.
     */
    linkBy: z.enum(linkByChoices, { error: `is not a choice; use ${linkByChoices.map((c) => `"${c}"`).join(', ')}` }).default(defaultLinkBy),
  }).default({ linkBy: defaultLinkBy }),
});

/**
 * Rule ids in `lint.rules` that name no rule, with the closest known one. Checked on the raw input,
 * beside the schema, so a misspelled rule is reported together with any other problem.
 */
function unknownLintRules(input: unknown): string[] {
  const rules = (input as { lint?: { rules?: unknown } } | undefined)?.lint?.rules;
  // A list (`rules: ['x']`) is said by the schema as one; its indexes are no rule names (round 21).
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return [];
  const known = lintRules.map((rule) => rule.id);
  return Object.keys(rules).filter((id) => !known.includes(id)).map((id) => {
    // `schema/required`, `vocabulary/unknown`, `mdx/syntax`: rules that are always on were "not a
    // lint rule" with a list that did not name them, so the author looked for a typo (round 13).
    // `Body/Heading-Skip` (round 15): the letter case aside, an always-on rule; a known rule in
    // other letter case gets its name.
    const lower = id.toLowerCase();
    if (lower !== id && known.includes(lower)) return `lint.rules["${id}"] is the rule "${lower}" in other letter case: rule names are written in lower case. Write lint.rules["${lower}"].`;
    if (/^(?:schema|vocabulary|frontmatter|file|mdx|body|corpus|public|redact|draft)\//i.test(id) && !findClosestMatch(lower, known)) {
      return `lint.rules["${id}"] is a rule that is always on (docs/rules.md, "Always on"): it guards what the sites publish, so it cannot be set to warning or off. Remove it from lint.rules; the rules that can be set are ${known.join(', ')}.`;
    }
    const closest = findClosestMatch(id, known);
    return `lint.rules["${id}"] is not a lint rule${closest ? `; did you mean "${closest}"?` : '.'} Known rules: ${known.join(', ')}.`;
  });
}

/** What a team writes in `site.config.ts`: optional fields may be left out. */
export type KbConfigInput = z.input<typeof kbConfigSchema>;

/** The validated configuration, with environment overrides applied and `asOf` resolved. */
export type KbConfig = Omit<z.output<typeof kbConfigSchema>, 'asOf'> & { asOf: string };

/**
 * Environment variables, in one place. The first two override a config option for one run; the
 * others pick what the bare Astro commands serve, or are read by tests. `npm run build` passes
 * its settings to Astro in process (src/integrations/astro-config.ts), not through these.
 */
export const kbEnvironment = [
  { name: 'KB_CONTENT_DIR', option: 'contentDir', description: 'build or check another content folder (a test fixture, the benchmark corpus) with the same code' },
  { name: 'KB_AS_OF', option: 'asOf', description: 'fix the day "overdue" is measured against (YYYY-MM-DD)' },
  { name: 'KB_OUT_DIR', option: undefined, description: 'output folder of a build (when --out is not given) or of a preview (default dist/, dist-public/ for the public site)' },
  { name: 'KB_VARIANT', option: undefined, description: 'astro dev, astro preview, astro check: "public" serves the customer-facing site (npm run build takes --variant instead)' },
  { name: 'KB_REQUIRE_BROWSER', option: undefined, description: 'tests: "1" makes browser tests fail, not skip, without Chromium (CI sets it)' },
  { name: 'KB_POST_PAGES_BY_ASTRO', option: undefined, description: 'tests and diagnosis: "1" makes a build render every post page and every follow-up page with Astro\'s routes instead of writing them without it (test/site/post-pages.test.ts compares the two)' },
] as const;

/**
 * The site `astro dev`, `astro preview` and `astro check` serve, from KB_VARIANT. Anything but
 * `public`, `internal` or nothing served the internal site without a word: `KB_VARIANT=Public
 * astro dev` (or `publc`) showed internal postmortems to whoever meant to review the public site.
 */
export function variantFromEnvironment(env: Record<string, string | undefined> = process.env): 'internal' | 'public' {
  const value = env.KB_VARIANT;
  if (value === undefined || value === '' || value === 'internal') return 'internal';
  if (value === 'public') return 'public';
  const meant = value.trim().toLowerCase();
  const suggestion = meant === 'public' || meant === 'internal' ? meant : findClosestMatch(meant, ['public', 'internal']);
  throw new KbConfigError(`KB_VARIANT is ${JSON.stringify(value)}, which names no site: set KB_VARIANT=public for the customer-facing site, or unset it (or KB_VARIANT=internal) for the internal one${suggestion ? ` (did you mean ${suggestion}?)` : ''}. It served the internal site before.`);
}

/** The configuration file that used to hold lint levels and people; now folded into `KbConfig`. */
export const legacyLintConfigFile = 'lint.config.json';

/** A configuration problem: names the option, what is wrong, and the fix. */
export class KbConfigError extends Error {
  constructor(message: string) {
    super(message);
    // The message is the whole story: a stack into the loader would only bury it.
    this.stack = `${this.name}: ${message}`;
  }
}
KbConfigError.prototype.name = 'KbConfigError';

export interface LoadKbConfigOptions {
  /** Where the config was written, for messages. */
  source?: string;
  /** Today's date, for `asOf` when neither the option nor `KB_AS_OF` sets it. */
  now?: Date;
  /** Whether a project file exists (to find a left-over lint.config.json). */
  fileExists?: (path: string) => boolean;
  /**
   * The text of the file the settings were written in, when it can be read: an option written
   * twice there is refused, since JavaScript drops the first without a word (round 33).
   */
  sourceText?: string;
}

/**
 * Validates `input` (what `site.config.ts` holds) and applies the environment overrides.
 * Throws a `KbConfigError` listing every problem, each naming the option, the value and the fix.
 */
export function loadKbConfig(
  input: unknown,
  env: Record<string, string | undefined> = process.env,
  options: LoadKbConfigOptions = {},
): KbConfig {
  const source = options.source ?? 'site.config.ts';
  const problems: string[] = [];
  if ((options.fileExists ?? existsSync)(legacyLintConfigFile)) {
    problems.push(`${legacyLintConfigFile} is no longer read. Move its "rules" into lint.rules and its "people" into redaction.people in ${source}, then delete ${legacyLintConfigFile}.`);
  }
  const parsed = kbConfigSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    // zod 4 checks a text option's length on a list too (`contentDir: []` was "must be text" and
    // "is empty"): one mistake, one problem, the type's (bad input round 38).
    const wrongType = new Set(parsed.error.issues.filter((issue) => issue.code === 'invalid_type').map((issue) => issue.path.join('.')));
    for (const issue of parsed.error.issues) {
      if (issue.code !== 'invalid_type' && wrongType.has(issue.path.join('.'))) continue;
      problems.push(describeIssue(issue, options.sourceText));
    }
  }
  problems.push(...unknownLintRules(input));
  if (options.sourceText !== undefined) problems.push(...duplicateSettings(options.sourceText).map((duplicate) => duplicateSettingProblem(duplicate, source)));
  if (parsed.success) problems.push(...redactionListProblems(parsed.data.redaction, options.fileExists), ...siteUrlProblems(parsed.data.sites, parsed.data.redaction.internalDomains), ...shownTextProblems(parsed.data), ...publicHostProblems(parsed.data.sites));
  // asOf: '1900-01-01' was taken (KB_AS_OF had this check since round 7): every date in the future.
  const asOfProblem = parsed.success && parsed.data.asOf ? asOfRangeProblem(parsed.data.asOf, { name: 'asOf', example: (today) => `asOf: '${today}'`, orElse: 'leave it out' }, options.now) : undefined;
  if (asOfProblem) problems.push(asOfProblem);
  let asOfOverride: string | undefined;
  try {
    asOfOverride = env.KB_AS_OF?.trim() ? resolveAsOfDate(env, options.now) : undefined;
  } catch (error) {
    problems.push((error as Error).message);
  }
  const envFolderProblem = env.KB_CONTENT_DIR?.trim() ? contentFolderProblem(env.KB_CONTENT_DIR, 'KB_CONTENT_DIR') : undefined;
  if (envFolderProblem) problems.push(envFolderProblem);
  if (problems.length || !parsed.success) {
    throw new KbConfigError(`${source} is not a valid knowledge-base configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const config = parsed.data;
  return {
    ...config,
    contentDir: env.KB_CONTENT_DIR?.trim() || config.contentDir,
    asOf: asOfOverride || config.asOf || (options.now ?? new Date()).toISOString().slice(0, 10),
  };
}

/** The options at each level of the configuration, for a misspelt one. */
const knownOptions: Record<string, string[]> = {
  '': ['organisation', 'contentDir', 'sites', 'asOf', 'lint', 'redaction', 'similarity'],
  similarity: ['linkBy'],
  sites: ['internal', 'public'],
  'sites.internal': ['title', 'url'],
  'sites.public': ['title', 'url'],
  lint: ['rules'],
  redaction: ['people', 'internalNames', 'internalDomains', 'publicNames'],
};

/**
 * Redaction lists that cannot do what they are for. A domain suffix with a wildcard, a scheme or a
 * path (`'*.corp'`, `'https://corp'`) matches no host, so hosts under it were published without a
 * word; a name listed as public and as internal or a person is never flagged (publicNames wins),
 * so the name the team listed to keep off the public site was published.
 */
export function redactionListProblems(redaction: { people: readonly string[]; internalNames: readonly string[]; internalDomains: readonly string[]; publicNames: readonly string[] }, fileExists: (path: string) => boolean = existsSync): string[] {
  const problems: string[] = [];
  redaction.internalDomains.forEach((domain, index) => {
    const suffix = domain.trim();
    const problem = internalDomainProblem(suffix);
    if (problem) {
      problems.push(`redaction.internalDomains[${index}] is ${JSON.stringify(domain)}, ${problem}`);
      return;
    }
    if (/^\.?[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*$/i.test(suffix)) return;
    // `.bücher.example` as people write it: the guard matches both spellings (host-spelling.ts;
    // round 37 refused it). Not a full-width dot or letter, which only looks like one. An emoji
    // label (`.🔥.example`, `xn--4v8h`) too (round 38b): IDNA 2008 forbids it, but browsers resolve
    // it, and listing a suffix only widens what the guard holds back.
    const isUnicodeSuffix = (text: string) => /^\.?[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\ufe0f_-]+(?:\.[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\ufe0f_-]+)*$/u.test(text) && text.normalize('NFKC') === text.normalize('NFC') && asciiSuffix(text) !== undefined;
    if (isUnicodeSuffix(suffix)) return;
    const cleaned = suffix.replace(/^[a-z]+:\/\//i, '').replace(/^\*+/, '').replace(/[/:].*$/, '').replace(/\s+/g, '');
    const ascii = asciiSuffix(cleaned);
    const fix = /^\.?[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/i.test(cleaned) || isUnicodeSuffix(cleaned) ? `write it as '${cleaned.startsWith('.') ? cleaned : `.${cleaned}`}'`
      : ascii ? `it holds characters beyond ASCII, and a suffix is written as DNS and addresses carry it (punycode for letters such as ü): write '${ascii}'`
      : "write the end of the host names, e.g. '.corp' for db7.corp";
    problems.push(`redaction.internalDomains[${index}] is not a host-name suffix, so it matches no host and hosts under it would be published (got ${JSON.stringify(domain)}); ${fix} (every host ending with it is internal; no wildcard, scheme or path).`);
  });
  // A look-alike or invisible character in a listed name: the name as posts write it was not found (round 31).
  for (const list of ['people', 'internalNames', 'publicNames'] as const) {
    redaction[list].forEach((name, index) => {
      const problem = listedNameCharacterProblem(list, index, name);
      if (problem) problems.push(problem);
    });
  }
  // A name listed twice (`people: ['Jane Doe', 'jane doe']`) passed: one list kept in two places,
  // where a fix to one copy (a spelling, a removal when someone leaves) leaves the other in force.
  for (const list of ['people', 'internalNames', 'internalDomains', 'publicNames'] as const) {
    const first = new Map<string, number>();
    redaction[list].forEach((name, index) => {
      const key = name.trim().toLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, index);
      else problems.push(`redaction.${list}[${index}] ${JSON.stringify(name)} is redaction.${list}[${earlier}] (${JSON.stringify(redaction[list][earlier])}) again${name === redaction[list][earlier] ? '' : ' in other letter case (names are found in any case)'}: delete redaction.${list}[${index}].`);
    });
  }
  // `'/db-\\d+/'` or `'db-.*'` was taken and looked for as written, a text no post holds, so the
  // names it was meant to find were published (bad input round 14).
  // A pattern said as one is not said again as a file's path (`'/Jane\\s+Doe/i'` was both, round 21).
  const patterns = new Set<string>();
  for (const list of ['people', 'internalNames', 'publicNames'] as const) {
    redaction[list].forEach((name, index) => {
      const pattern = /^\/.+\/[a-z]*$|\\[dDwWsSbB]|\.\*|\.\+|\[[^\]]*-[^\]]*\]|\(\?|\|/.exec(name.trim());
      // `.*` alone is said already, as a name of fewer than two letters or digits.
      if ((name.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) return;
      // `'db-*'`, `'*-prod'`, `'db-?'`: a shell's wildcard, looked for as written (round 22).
      // Only at an end of the name or beside - _ . (between letters it is a brand's own: E*Trade).
      // A path with a wildcard (`names/*.txt`) is said below, as a names file.
      const wildcard = pattern || looksLikeFilePath(name) ? undefined : /(?<=^|[-_.])[*?]|[*?](?=$|[-_.])/.exec(name.trim());
      if (wildcard) {
        patterns.add(`${list}[${index}]`);
        problems.push(`redaction.${list}[${index}] ${JSON.stringify(name)} holds the wildcard ${wildcard[0]}, but names are found as written, not as patterns: it would match no text, and the names meant would be published. List each name as written (e.g. '${name.replace(/[*?]+/g, '7')}'); every host under a domain is what redaction.internalDomains is for.`);
        return;
      }
      if (!pattern) return;
      patterns.add(`${list}[${index}]`);
      problems.push(`redaction.${list}[${index}] ${JSON.stringify(name)} reads as a regular expression (${JSON.stringify(pattern[0])}), but names are found as written, not as patterns: it would match no text, and the names meant would be published. List each name as written (e.g. 'db-7', 'db-8'); a name's every host under a domain is what redaction.internalDomains is for.`);
    });
  }
  // An address (`people: ['jane.doe@acme.com']`, round 18's leftover) or a handle (`'@jdoe'`,
  // round 19's) was looked for as written: the guard flags every address and handle anyway, and
  // the person's name went unlisted and was published.
  redaction.people.forEach((name, index) => {
    const problem = personEntryProblem(name);
    if (problem) problems.push(`redaction.people[${index}] is ${JSON.stringify(name)}, ${problem}`);
  });
  // A file's path (`people: ['./names.txt']`) was looked for as a name, and the names the file
  // holds were published; names joined by commas were looked for joined (bad input round 17).
  for (const list of ['people', 'internalNames', 'publicNames'] as const) {
    redaction[list].forEach((name, index) => {
      // A person's name is never a path; an internal name may be one (a path customers must not
      // see), so there only a file that is there is taken for the names file meant.
      if (patterns.has(`${list}[${index}]`)) return;
      if (looksLikeFilePath(name) && (list === 'people' || fileExists(name.trim().replace(/^file:\/\//, '')))) problems.push(`redaction.${list}[${index}] is ${JSON.stringify(name)}, ${namesFileWords(name, fileExists)}`);
      else {
        const joined = namesJoinedByCommas(list, name);
        if (joined) problems.push(`redaction.${list}[${index}] ${JSON.stringify(name)} holds ${joined.length} names joined by commas, but each entry is found as written, whole, so none of the ${joined.length} would be found and each would be published. Write each as an entry of its own, in its place: ${joined.map((part) => `'${part.replace(/'/g, "\\'")}'`).join(', ')}.`);
      }
    });
  }
  const publicByKey = new Map(redaction.publicNames.map((name) => [name.trim().toLowerCase(), name]));
  for (const [list, names] of [['internalNames', redaction.internalNames], ['people', redaction.people]] as const) {
    names.forEach((name, index) => {
      const publicName = publicByKey.get(name.trim().toLowerCase());
      if (publicName === undefined) return;
      problems.push(`redaction.${list}[${index}] ${JSON.stringify(name)} is also in redaction.publicNames (${JSON.stringify(publicName)}), which are never flagged, so it would be published; remove it from one of the two lists.`);
    });
  }
  return problems;
}

/**
 * Why a content folder's setting (`contentDir`, or `KB_CONTENT_DIR` under `name`) names no folder
 * this machine can read, if so. `~/kb` (round 15): no shell reads it, so ~ was a folder named "~"
 * in the project; KB_CONTENT_DIR='~/kb' (quoted, so the shell left it) was still taken until round
 * 23, as was an address (`https://git.acme.example/kb/content`, `file:///srv/kb`), then said as a
 * folder that is not there, its // folded to /.
 */
export function contentFolderProblem(text: string, name: string): string | undefined {
  const value = text.trim();
  if (/^~(?:[/\\]|$)/.test(value)) {
    return `${name} is ${JSON.stringify(text)}: ~ is not read as your home folder here (only a shell expands it, and not inside quotes), so it would be a folder named "~" in the project. Write the folder's path relative to the project (e.g. "content") or in full (e.g. "/home/me/kb").`;
  }
  // Round 39: `$HOME/kb`, `${KB}/content` and `%USERPROFILE%\\kb` were taken as folder names, and
  // the content folder "did not exist"; a Windows path's backslashes name no folder elsewhere.
  const variable = /\$\{?([A-Za-z_]\w*)\}?|%([A-Za-z_]\w*)%/.exec(value);
  if (variable) return `${name} is ${JSON.stringify(text)}: ${variable[0]} is not read as the environment variable ${variable[1] ?? variable[2]} here (only a shell expands it), so it would be a folder of that name. Write the folder's path relative to the project (e.g. "content") or in full (e.g. "/home/me/kb").`;
  // The setting is shared through git; KB_CONTENT_DIR is one machine's, where Windows' own path is right.
  if (name === 'contentDir' && value.includes('\\') && !/^\\\\/.test(value)) return `${name} is ${JSON.stringify(text)}, a path written with Windows' backslashes, which name no folder on macOS or Linux (a clone there, and CI, would read a folder called ${JSON.stringify(value)}). Write it with /, which Windows reads too: ${JSON.stringify(value.replace(/\\/g, '/'))}.`;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1];
  if (scheme?.toLowerCase() === 'file') return `${name} is ${JSON.stringify(text)}, a file:// address: write the folder's path (${JSON.stringify(value.replace(/^file:\/\/(?:localhost)?/i, ''))}).`;
  if (scheme) return `${name} is ${JSON.stringify(text)}, a web address: the content is read from a folder on this machine, not downloaded. Clone or copy it here (e.g. git clone), and write that folder's path.`;
  return undefined;
}

/**
 * The ASCII form (punycode) of a suffix holding letters beyond ASCII (`.bücher.example` is
 * `.xn--bcher-kva.example`), or undefined. Round 36 left `internalDomains: ['.bücher.example']`
 * "not a host-name suffix" without the form to write (bad input round 37).
 */
function asciiSuffix(suffix: string): string | undefined {
  if (!/[^\x00-\x7f]/.test(suffix)) return undefined;
  // NFKC first: a full-width dot (`．corp`) is a dot, as the address parser reads it.
  const folded = suffix.normalize('NFKC');
  const dotted = folded.startsWith('.') ? folded : `.${folded}`;
  try {
    const host = new URL(`http://h${dotted}`).hostname;
    return host.startsWith('h.') && /^[a-z0-9.-]+$/.test(host) ? host.slice(1) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why an `internalDomains` entry that is written like a suffix still cannot be one, if so (bad input
 * round 19). A top-level domain of the public internet (`'com'`, `'.io'`) made every public host
 * under it internal, so every post naming github.com was refused; an address range
 * (`'10.0.0.0/8'`, `'192.168.'`) was told to be written `'.10.0.0.0'`, which matches no host.
 * A one-label private suffix (`'corp'`) is fine: it is read as `.corp`.
 */
export function internalDomainProblem(suffix: string): string | undefined {
  const written = suffix.trim().toLowerCase();
  if (/^\.?\d{1,3}(?:\.\d{1,3}){0,3}\.?(?:\/\d{1,2})?$/.test(written) || /^[0-9a-f]*:[0-9a-f:]*(?:\/\d{1,3})?$/.test(written)) {
    return "an address range, not a host-name suffix: it would match no host. IP addresses in a public post are flagged by the redaction guard already (redact/ip-address); list here the endings of internal host names, e.g. '.corp' for db7.corp.";
  }
  const label = written.replace(/^\./, '');
  if (publicTopLevelDomains.has(label)) {
    return `a top-level domain of the public internet: every host ending with .${label} (such as www.example.${label}) would be taken for an internal host, and every public post naming one would be refused. Write the end of your organisation's internal host names, e.g. '.corp.acme.${label}' or '.internal'.`;
  }
  return undefined;
}

/** Top-level domains public hosts end with, which no organisation's internal hosts own alone. */
const publicTopLevelDomains = new Set(['com', 'net', 'org', 'io', 'dev', 'app', 'co', 'cloud', 'tech', 'ai', 'biz', 'info', 'edu', 'gov', 'mil', 'int', 'me', 'us', 'uk', 'eu', 'de', 'fr', 'nl', 'no', 'se', 'dk', 'fi', 'ch', 'at', 'be', 'es', 'it', 'pl', 'cz', 'ie', 'ca', 'au', 'nz', 'jp', 'cn', 'in', 'br', 'ru']);

/** The name a handle's or an address's letters spell (`jane.doe` → 'Jane Doe'), or undefined when they spell none. */
function nameSpelledBy(local: string): string | undefined {
  const parts = local.split(/[._-]+/);
  return parts.length >= 2 && parts.every((part) => /^\p{L}{2,}$/u.test(part)) ? parts.map((part) => part[0].toUpperCase() + part.slice(1).toLowerCase()).join(' ') : undefined;
}

/**
 * Why a `people` entry is no name: an e-mail address, or a chat handle (`'@jdoe'`, round 19's
 * leftover, looked for as written), with the name to write when the entry gives it
 * (`'Jane Doe <jane.doe@acme.com>'`) or its letters spell it (`jane.doe@…`, `@jane.doe`). The
 * guard flags every address and handle in a public post already; the name is what went unlisted.
 */
export function personEntryProblem(entry: string): string | undefined {
  const text = entry.trim();
  const handle = /^@([A-Za-z][\w.-]*)$/.exec(text);
  if (handle) {
    const spelled = nameSpelledBy(handle[1]);
    return `a chat or code-review handle, not a name: the guard finds a person by the name the postmortems write, and flags every handle in a public post already (redact/handle), so the person's name would be published. ${spelled ? `Write the name: '${spelled.replace(/'/g, "\\'")}'` : "Write the person's name as the postmortems write it, e.g. 'Jane Doe'"}.`;
  }
  const withName = /^(.*?)\s*<(?:mailto:)?[^\s<>@]+@[^\s<>@]+>$/i.exec(text);
  const address = /^(?:mailto:)?([^\s<>@]+)@[^\s<>@]+\.[a-z]{2,}$/i.exec(text);
  if (!withName && !address) return undefined;
  const givenName = withName?.[1].replace(/^["']|["']$/g, '').trim();
  const name = givenName || (address ? nameSpelledBy(address[1]) : undefined);
  return `an e-mail address, not a name: the guard finds a person by the name the postmortems write, and flags every e-mail address in a public post already (redact/email), so the person's name would be published. ${name ? `Write the name: '${name.replace(/'/g, "\\'")}'` : "Write the person's name as the postmortems write it, e.g. 'Jane Doe'"}${givenName ? ' alone' : ''}.`;
}

/** True for a redaction entry that is a file's path or pattern (`./names.txt`, `~/people.yaml`, `names/*.txt`), not a name. */
export function looksLikeFilePath(name: string): boolean {
  const text = name.trim();
  return /^(?:\.{1,2}[/\\]|~[/\\]|\/|file:\/\/|[A-Za-z]:[/\\])/.test(text)
    || (/[*?]/.test(text) && /[/\\]|\.(?:txt|csv|tsv|ya?ml|json|lst|list)$/i.test(text))
    || /^[^\s]+\.(?:txt|csv|tsv|ya?ml|json|lst|list)$/i.test(text);
}

/** What is wrong with a names file's path written where the names go, and the two ways to write it. */
function namesFileWords(path: string, fileExists: (path: string) => boolean = existsSync): string {
  const list = path.trim();
  const glob = /[*?]/.test(list);
  const file = list.replace(/^file:\/\//, '').replace(/^~(?=[/\\])/, process.env.HOME ?? '~');
  const where = glob ? '' : fileExists(file)
    ? `, or read the file in site.config.ts: readFileSync(${JSON.stringify(file)}, 'utf8').split('\\n').map((n) => n.trim()).filter(Boolean), with import { readFileSync } from 'node:fs'`
    : ` (and there is no file ${file}${/^(?:\/|[A-Za-z]:)/.test(file) ? '' : " in the project's folder"} either)`;
  return `a file's ${glob ? 'pattern' : 'path'}, not a name: the names are listed here, not read from a file, so the guard would look for the text ${JSON.stringify(list)} and publish the names the file holds. List the names themselves (['Jane Doe', 'Sam Lee'])${where}.`;
}

/** The names an entry holds when it is several joined by commas (`'hydra-cluster, pagerbot'`, `'Jane Doe, Sam Lee'`), or undefined. */
function namesJoinedByCommas(list: 'people' | 'internalNames' | 'publicNames', name: string): string[] | undefined {
  const parts = name.split(/\s*,\s*/).map((part) => part.trim());
  if (parts.length < 2 || parts.some((part) => !part)) return undefined;
  // "Doe, Jane" is one person, last name first; "Acme, Inc." one company.
  if (list === 'people') return parts.every((part) => part.split(/\s+/).length >= 2) ? parts : undefined;
  if (parts.some((part) => /^(?:inc|ltd|llc|gmbh|corp|co|ag|sa|plc|bv|s\.?a|l\.?p)\.?$/i.test(part))) return undefined;
  return parts.every((part) => /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(part)) ? parts : undefined;
}

/**
 * A path's first segment as a host name's label: `/our%20status/` was proposed as
 * "our20status.acme.example", the percent sign dropped and its digits kept (bad input round 22).
 */
function hostLabelOf(segment: string): string {
  // a lone % stays as written
  return withoutAccents(decodedUriComponent(segment) ?? segment).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * Site addresses that would publish the internal site's host or send customers to it. The public
 * site's address is written into every public page's links, its feed and its sitemap: at the
 * internal site's address, or at a host under an internal domain, the public build wrote that
 * host into every page, and its leak scan stopped it on the sitemap with no word of the config.
 */
export function siteUrlProblems(sites: { internal: { url: string }; public: { url: string } }, internalDomains: readonly string[]): string[] {
  const problems: string[] = [];
  let internal: URL;
  let published: URL;
  try {
    internal = new URL(sites.internal.url);
    published = new URL(sites.public.url);
  } catch {
    return problems; // Not a URL: said by the schema.
  }
  for (const [name, url] of [['internal', internal], ['public', published]] as const) {
    const written = sites[name].url;
    // Every page links from the root (`href="/tags/"`, the feed, the search index): Astro's `base`
    // is not wired up, so a site served under a path had every link lead out of it, to the host's
    // root. Such an address was taken and written into the canonical links, the feed and the sitemap.
    if (url.pathname !== '/') {
      // GitHub Pages serves a project site under <owner>.github.io/<repository>/ and gives no host
      // of its own below <owner>.github.io: the way to a root there is a custom domain.
      const onGitHubPages = /^[\w-]+\.github\.io$/i.test(url.hostname);
      const instead = onGitHubPages
        ? `GitHub Pages serves a project site under a path: give it a custom domain (Settings → Pages → Custom domain) and write that address, e.g. "https://status.<your domain>", or publish from a repository named ${url.hostname} and write "${url.protocol}//${url.hostname}"`
        : `Serve the site at the root of a host and write that address, e.g. "${url.protocol}//${hostLabelOf(url.pathname.split('/').filter(Boolean)[0] ?? '') || 'status'}.${url.hostname}"`;
      problems.push(`sites.${name}.url (${written}) has a path (${url.pathname}): the site is built for the root of its host (every link starts at "/", Astro's base is not used), so served under a path each link would lead out of it. ${instead} (docs/deploy.md).`);
    } else if (url.search || url.hash) {
      problems.push(`sites.${name}.url (${written}) has ${url.search ? `a query (${url.search})` : `a fragment (${url.hash})`}: the address is joined to every page's path for the canonical links, the feed and the sitemap, which would carry it. Write the root of the site's host only, e.g. "${url.protocol}//${url.host}".`);
    }
    // A user name or password in the address would be written into every page, the feed and the sitemap.
    if (url.username || url.password) {
      problems.push(`sites.${name}.url holds a user name or password (${url.username}${url.password ? ':…' : ''}@): it is written into every page, the feed and the sitemap. Write the address without it, e.g. "${url.protocol}//${url.host}"; put the site's sign-in in front of it instead (docs/deploy.md).`);
    }
  }
  if (internal.host.toLowerCase() === published.host.toLowerCase()) {
    problems.push(`sites.public.url and sites.internal.url name the same host (${published.host}): the public site would be deployed over the internal one, or its links would lead customers to the internal site. Give each site its own address, e.g. "https://status.${published.hostname.replace(/^[^.]+\./, '')}" for the public one.`);
  }
  const host = published.hostname.toLowerCase();
  const domain = internalDomains.map((suffix) => suffix.trim().toLowerCase()).find((suffix) => suffix && (host === asciiHostSpelling(suffix).replace(/^\./, '') || isHostUnderSuffix(host, suffix)));
  if (domain) {
    problems.push(`sites.public.url (${sites.public.url}) is a host under the internal domain "${domain}" (redaction.internalDomains): it is written into the links of every public page, the feed and the sitemap, and a host under an internal domain is what the redaction guard keeps off the public site. Give the public site's address customers reach, e.g. "https://status.example.com".`);
  }
  return problems;
}

/**
 * Texts of the configuration every page prints as written (the organisation in the footers and the
 * feed, the site titles in every header and browser tab) and the content folder's path: a bidi
 * control, a control character or a lone surrogate, written as an escape in the file
 * (`'Acme\u202E'`), reversed or garbled every page; a title with an HTML tag was printed as typed, one
 * of two lines broke the feed, one of 5,000 characters filled the header. All were taken.
 */
export function shownTextProblems(config: { organisation: string; contentDir: string; sites: { internal: { title: string }; public: { title: string } }; redaction: { people: readonly string[]; internalNames: readonly string[]; publicNames: readonly string[] } }): string[] {
  const problems: string[] = [];
  const texts: [string, string][] = [['organisation', config.organisation], ['sites.internal.title', config.sites.internal.title], ['sites.public.title', config.sites.public.title]];
  for (const [option, text] of [...texts, ['contentDir', config.contentDir] as [string, string]]) {
    const hidden = findHiddenCharacter(text);
    if (hidden && option === 'contentDir') {
      problems.push(`contentDir holds ${hidden.kind === 'lone-surrogate' ? hidden.description : `the character ${hidden.code}`} (${escapeHiddenCharacters(JSON.stringify(text))}), which no folder's name is written with; write the folder's name, e.g. "content".`);
      continue;
    }
    if (hidden) {
      problems.push(`${option} holds ${hidden.description} (${escapeHiddenCharacters(JSON.stringify(text))}); remove ${escapeOf(hidden)} from it.`);
      continue;
    }
    const folderProblem = option === 'contentDir' ? contentFolderProblem(text, 'contentDir') : undefined;
    if (folderProblem) {
      problems.push(folderProblem);
      continue;
    }
    if (option === 'contentDir') continue;
    // Canary round 40: tag characters and a run of variation selectors spell words no reader sees,
    // which every page, the feed and the search index carried.
    const hiding = findInvisibleCharacter(text, 0);
    if (hiding) {
      problems.push(`${option} (${escapeHiddenCharacters(JSON.stringify(text))}): ${hiding.message.replace(/^the file has /, 'it has ')} Fix: ${hiding.fix}`);
      continue;
    }
    const markup = findMarkup(text);
    if (markup) problems.push(`${option} (${JSON.stringify(text)}) holds ${markup}: every page prints it as text, as typed. Write it without HTML (a character such as & as itself).`);
    else if (/[\n\r\u0085\u2028\u2029]/.test(text)) problems.push(`${option} (${JSON.stringify(text)}) is more than one line: the header, the browser tab and the feed show it on one. Write it on one line.`);
    else if (text.includes('\t')) problems.push(`${option} (${JSON.stringify(text)}) holds a tab: pages show it as a space, the feed keeps the tab. Write a space instead: ${JSON.stringify(text.trim().replace(/\t+/g, ' '))}.`);
    else if (!/[\p{L}\p{N}]/u.test(text)) problems.push(`${option} is ${JSON.stringify(text)}, which has no letter or digit: name it in words, e.g. "Acme".`);
    else if ([...text].length > 120) problems.push(`${option} is ${[...text].length.toLocaleString('en-US')} characters long; at most 120 are allowed (it is in every header and browser tab). Shorten it.`);
  }
  // Canary round 40: the internal site's title as the public one named the internal site on every public page.
  if (config.sites.public.title.trim().toLowerCase() === config.sites.internal.title.trim().toLowerCase()) {
    problems.push(`sites.public.title is the internal site's title (${JSON.stringify(config.sites.internal.title)}): every public page, the feed and the browser tab would name the internal site. Give the public site its own title, e.g. "${config.organisation} Incident History".`);
  }
  // `people: ['A']` flagged every "a" of every postmortem as a person's name; `['.']` every dot.
  // `publicNames: ['.']`, `['*']`, `['a']` (round 23) allowed nothing, as names are matched whole,
  // but were taken in silence, as if they allowed everything.
  config.redaction.publicNames.forEach((name, index) => {
    if ((name.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) problems.push(`redaction.publicNames[${index}] is ${JSON.stringify(name)}: names are allowed whole, as written, so a name of fewer than two letters or digits allows nothing (not every name, nor every name that holds it). Write the whole public name, e.g. 'Acme Pay', or delete the entry.`);
  });
  for (const list of ['people', 'internalNames'] as const) {
    config.redaction[list].forEach((name, index) => {
      if ((name.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) problems.push(`redaction.${list}[${index}] is ${JSON.stringify(name)}: a name of fewer than two letters or digits would be found in every postmortem (as the word "a", or any mark). Write the whole name.`);
      // 'Jane\tDoe' (a paste from a spreadsheet) is not the "Jane Doe" the postmortems write.
      else if (name.includes('\t')) problems.push(`redaction.${list}[${index}] is ${JSON.stringify(name)}, which holds a tab: the name as the postmortems write it, with a space, would not be found. Write ${JSON.stringify(name.replace(/\t+/g, ' '))}.`);
      // 'Alice  Smith' (two spaces, or a no-break space from a chat app; round 15) is looked for as
      // written, so the "Alice Smith" the postmortems write was not found and was published.
      else if (/ {2,}|[\u00A0\u2007\u202F]/.test(name.trim())) problems.push(`redaction.${list}[${index}] is ${JSON.stringify(name)}, which holds ${/ {2,}/.test(name.trim()) ? 'two spaces in a row' : 'a no-break space'}: names are found as written, so the name as the postmortems write it, with one space, would not be found. Write ${JSON.stringify(name.trim().replace(/[ \u00A0\u2007\u202F]+/g, ' '))}.`);
    });
  }
  return problems;
}

/** Why a host customers are sent to is not one they can reach, if it is not: loopback, private and link-local addresses, localhost, a name of one label. */
function unreachableHost(hostname: string): string | undefined {
  // `https://status.` (a fully qualified name's dot, or the rest of the name forgotten) is one label too.
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'this machine (localhost)';
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host)?.slice(1).map(Number);
  if (v4) {
    const [a, b] = v4;
    if (a === 127 || a === 0) return 'this machine (a loopback address)';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'a private network address (RFC 1918)';
    if (a === 169 && b === 254) return 'a link-local address';
    if (a === 100 && b >= 64 && b <= 127) return 'a carrier-grade NAT address';
    return undefined;
  }
  if (host.includes(':')) {
    if (host === '::1' || host === '::') return 'this machine (a loopback address)';
    if (/^f[cd]/.test(host)) return 'a private network address (fc00::/7)';
    if (/^fe[89ab]/.test(host)) return 'a link-local address';
    return undefined;
  }
  if (!host.includes('.')) return 'a name of one label, which only a local network resolves';
  return undefined;
}

/**
 * The public site's address must be one customers reach: it is written into every public page's
 * canonical link, the feed and the sitemap. `http://localhost:4321` (a preview's address, kept)
 * or `https://10.0.0.5` was taken. And a host written with a letter of another script that looks
 * Latin (`status.аcme.example`, a Cyrillic "а") was taken and published as `xn--cme-…`, another site.
 */
export function publicHostProblems(sites: { internal: { url: string }; public: { url: string } }): string[] {
  const problems: string[] = [];
  for (const name of ['internal', 'public'] as const) {
    const written = sites[name].url;
    const host = /^[a-z]+:\/\/(?:[^@/?#]*@)?([^/?#:]+|\[[^\]]*\])/i.exec(written)?.[1] ?? '';
    const latin = withLatinLookalikesReplaced(host);
    if (latin !== undefined && /[a-z]/i.test(host)) {
      const lookalike = [...host].find((character) => withLatinLookalikesReplaced(character) !== undefined)!;
      problems.push(`sites.${name}.url (${written}) holds ${describeCharacter(lookalike)} in its host, which looks like a Latin letter but names another host (${(() => { try { return new URL(written).hostname; } catch { return 'another one'; } })()}). Retype it: ${written.replace(host, latin)}.`);
    }
  }
  let url: URL;
  try {
    url = new URL(sites.public.url);
  } catch {
    return problems; // Not a URL: said by the schema.
  }
  // Plain http was taken: browsers mark every page "Not secure", anyone on the way (a café's
  // network, a proxy) can change the incident history customers read, and the canonical links,
  // the feed and the sitemap all named http. A host that redirects to https still gets those
  // links wrong. The internal site may be on http (a network of its own).
  const why = unreachableHost(url.hostname);
  // One problem per address: a preview's http://localhost:4321 is said as this machine's.
  if (url.protocol === 'http:' && !why) {
    problems.push(`sites.public.url (${sites.public.url}) is plain http: browsers mark the customer-facing site "Not secure", anyone on the way can change what customers read, and every public page's canonical link, the feed and the sitemap would name http. Serve it over https and write "https://${url.host}" (docs/deploy.md).`);
  }
  if (why) problems.push(`sites.public.url (${sites.public.url}) is ${why}: customers cannot reach it, and it is written into every public page's links, the feed and the sitemap. Give the address customers open, e.g. "https://status.example.com" (a preview's address is set by npm run preview, not here).`);
  return problems;
}

/** What a value of each type is called in a message. */
const expectedNames: Record<string, string> = { array: 'a list', object: 'an object of options ({ ... })', record: "an object of names and values, e.g. { 'action-item/vague': 'error' }", string: 'text in quotes', boolean: 'true or false', number: 'a number' };

/** The day an `asOf` written as a Date or as the number 20260131 means, as YYYY-MM-DD, or undefined. */
/**
 * `asOf: 2026-01-01` without quotes is JavaScript's subtraction, 2026 - 1 - 1: "must be a day in
 * quotes (got 2024)" left the author looking for a 2024 they never wrote (bad input round 38).
 * The day as written is read from the file's text where it is given.
 */
function asOfSubtraction(input: unknown, sourceText: string | undefined): string {
  if (typeof input !== 'number' || !Number.isInteger(input)) return '';
  const written = sourceText === undefined ? undefined : /\basOf\s*:\s*(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(sourceText);
  if (written && Number(written[1]) - Number(written[2]) - Number(written[3]) === input) {
    const day = `${written[1]}-${written[2].padStart(2, '0')}-${written[3].padStart(2, '0')}`;
    return `: the day is written without quotes, so JavaScript reads ${written[0].replace(/^asOf\s*:\s*/, '')} as a subtraction (${written[1]} - ${Number(written[2])} - ${Number(written[3])} = ${input}). Write asOf: '${day}'`;
  }
  return input >= 1900 && input <= 2100 ? ': a day written without quotes (asOf: 2026-01-01) is read by JavaScript as a subtraction (2026 - 1 - 1 = 2024). Write the day in quotes, e.g. asOf: \'2026-01-01\'' : '';
}

function asOfWritten(input: unknown): string | undefined {
  if (input instanceof Date && !Number.isNaN(input.getTime())) return input.toISOString().slice(0, 10);
  const digits = typeof input === 'number' ? /^(\d{4})(\d{2})(\d{2})$/.exec(String(input)) : null;
  const day = digits ? `${digits[1]}-${digits[2]}-${digits[3]}` : undefined;
  return day && isIsoDay(day) ? day : undefined;
}

/** A redaction list written as one text: a file's path, names joined by commas, or one name. */
function nameListWrittenAsText(path: string, input: string): string {
  if (looksLikeFilePath(input)) return `${path} is ${JSON.stringify(input)}, ${namesFileWords(input)}`;
  const names = input.split(/\s*[,;]\s*/).filter(Boolean);
  return `${path} must be a list (got ${JSON.stringify(input)}): write ${path.replace(/^redaction\./, '')}: [${names.map((name) => `'${name.replace(/'/g, "\\'")}'`).join(', ')}].`;
}

/** One line per zod issue: `option path: problem (got value)`, phrased for the person editing the file. */
function describeIssue(issue: z.core.$ZodIssue, sourceText?: string): string {
  const path = issue.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${String(key)}` : `["${String(key)}"]`)).join('');
  const got = 'input' in issue && issue.input !== undefined ? ` (got ${JSON.stringify(issue.input)})` : '';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      // "organization" for "organisation": name the option meant, as the vocabularies and frontmatter do.
      const known = knownOptions[issue.path.join('.')] ?? [];
      const here = issue.path.join('.');
      // An option of another section (`linkBy` at the top, or under redaction) got "did you mean
      // lint?" or no word of where it goes; a lint rule written under lint, not lint.rules, was
      // "an unknown option" (bad input round 17).
      const misplaced = issue.keys.map((key) => {
        const section = Object.keys(knownOptions).find((name) => name !== here && knownOptions[name].includes(key));
        if (section !== undefined) return `"${key}" is an option of ${section || 'the top level'}, not of ${here || 'the top level'}: move it to ${section ? `${section}.${key}` : key}.`;
        if (here === 'lint' && lintRules.some((rule) => rule.id === key)) return `"${key}" is a lint rule: its level goes under lint.rules, as lint: { rules: { '${key}': ... } }.`;
        return undefined;
      });
      if (misplaced.every(Boolean)) return misplaced.join(' ');
      const meant = issue.keys.map((key) => [key, findClosestMatch(key, known)] as const).filter(([, closest]) => closest);
      const suggestion = meant.length ? ` Did you mean ${meant.map(([key, closest]) => `"${closest}" for "${key}"`).join(', ')}?` : '';
      return `${path || 'the config'} has unknown option(s) ${keys}; remove them or check the spelling (each option is documented in src/lib/kb-config.ts).${suggestion}${known.length ? ` The options here are ${known.join(', ')}.` : ''}`;
    }
    case 'invalid_type':
      if (issue.input === undefined) return `${path} is missing; add it (see its example in src/lib/kb-config.ts).`;
      // zod's own wording ("Invalid input: ...") is replaced; a message written in the schema is kept.
      if (path === 'asOf') return `asOf must be a day in quotes, as YYYY-MM-DD${got}${asOfWritten(issue.input) ? `: write asOf: '${asOfWritten(issue.input)}'` : asOfSubtraction(issue.input, sourceText)}.`;
      if (issue.expected === 'array' && typeof issue.input === 'string' && path.startsWith('redaction.')) return nameListWrittenAsText(path, issue.input);
      if (!issue.message.startsWith('Invalid input')) return `${path || 'the configuration'} ${issue.message}${got}.`;
      return `${path || 'the configuration'} must be ${expectedNames[issue.expected] ?? `a ${issue.expected}`}${got}.`;
    default: {
      // `'warn'`, `2`, `['error', {}]` (ESLint's levels) and `'Blend'` were "is not a level" / "is
      // not a choice" with no word of which value was meant (bad input round 18).
      if (issue.code === 'invalid_value' && issue.path[0] === 'lint' && issue.path[1] === 'rules') {
        const meant = lintLevelMeant(issue.input);
        if (meant) return `${path} is ${JSON.stringify(issue.input)}, ${meant.why}: ${meant.level ? `write ${path}: '${meant.level}'` : 'write \'error\' or \'warning\''}.`;
      }
      if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
        const written = issue.input.trim().toLowerCase();
        const choice = issue.values.find((value): value is string => typeof value === 'string' && value === written);
        if (choice !== undefined) return `${path} is "${issue.input}", the choice "${choice}" in other letter case or with spaces: choices are written as listed. Write ${path}: '${choice}'.`;
      }
      return `${path} ${issue.message}${got}.`;
    }
  }
}
