import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KbConfigError, loadKbConfig, type KbConfig, type KbConfigInput } from './src/lib/kb-config.ts';

/**
 * The one configuration file. Everything a team changes to make the knowledge base its own lives
 * in `settings` below; each option is documented, with an example, in `src/lib/kb-config.ts`
 * (your editor shows it on hover). It is validated once, when this file is loaded: a mistake
 * stops every command with a message naming the option and the fix. `astro.config.mjs` only
 * wires it into Astro. Environment overrides (KB_CONTENT_DIR, KB_AS_OF, ...) are listed in README.
 */
const settings: KbConfigInput = {
  organisation: 'Acme',
  contentDir: 'content',
  sites: {
    internal: { title: 'Acme Incident Knowledge Base', url: 'https://incidents.acme.internal' },
    public: { title: 'Acme Incident History', url: 'https://status.acme.example' },
  },
  lint: {
    rules: {
      'blameless/person-blame': 'error',
      'action-item/vague': 'warning',
      'action-item/past-due': 'warning',
      'action-item/verification': 'warning',
      'completeness/major-incident': 'error',
      'timing/published-late': 'warning',
      'timing/stale-draft': 'warning',
      'consistency/timeline-window': 'warning',
      'consistency/summary-length': 'warning',
    },
  },
  redaction: {
    people: [],
    internalNames: [],
    internalDomains: ['.internal', '.corp', '.local', '.lan'],
    publicNames: [],
  },
  // What a similar-incident link joins: 'blend' (the default: the same failure, with the words as
  // written counting too), 'cause' (the same failure on any system; the cheapest) or 'system' (the
  // same system, whatever failed: a status page's updates). docs/findability.md, rounds 13-15.
  similarity: { linkBy: 'blend' },
};

/** This file's text, so that an option written twice in `settings` is refused (read when it can be). */
function ownText(): string | undefined {
  try {
    return readFileSync(fileURLToPath(import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The validated configuration, with KB_CONTENT_DIR and KB_AS_OF applied. Every command (and
 * Astro) loads this file first: a mistake in it, or in those variables, is a usage error said in
 * its own words, status 2, instead of Node's report of an uncaught exception.
 */
export const kbConfig: KbConfig = (() => {
  try {
    return loadKbConfig(settings, process.env, { sourceText: ownText() });
  } catch (error) {
    if (!(error instanceof KbConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
})();

/**
 * The same configuration under the flat names pages and scripts have long read
 * (`siteConfig.title`, `siteConfig.people`, ...): derived from `kbConfig`, never set separately.
 */
export const siteConfig = {
  organisation: kbConfig.organisation,
  title: kbConfig.sites.internal.title,
  publicTitle: kbConfig.sites.public.title,
  siteUrl: kbConfig.sites.internal.url,
  publicSiteUrl: kbConfig.sites.public.url,
  contentDir: kbConfig.contentDir,
  internalDomains: kbConfig.redaction.internalDomains,
  people: kbConfig.redaction.people,
} as const;

/** The content folder in effect: `KB_CONTENT_DIR` when set, else `contentDir` above. */
export function resolveContentDir(): string {
  return kbConfig.contentDir;
}

/**
 * Astro's cache folder for a content folder: one per checkout and content folder. Astro's default
 * lives in node_modules/.astro, which worktrees share, and a cache filled from another content
 * folder (a test fixture, the benchmark corpus) can point the next build at files that no longer exist.
 */
export function contentCacheDir(contentDir: string): string {
  return `./.astro/cache/${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}`;
}
