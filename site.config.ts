import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
/**
 * The one site configuration file. Everything a team changes to make the knowledge base its own
 * lives here; `astro.config.mjs` only wires it into Astro.
 */
export interface SiteConfig {
  /** Name of the organisation, shown in the header and on the public site. */
  organisation: string;
  /** Title of the internal knowledge base. */
  title: string;
  /** Title of the customer-facing incident history. */
  publicTitle: string;
  /** Absolute URL the internal site is served from (used for canonical links). */
  siteUrl: string;
  /** Absolute URL of the public site (feed and sitemap links need it). */
  publicSiteUrl: string;
  /**
   * Folder holding `postmortems/` and the vocabulary files. The `KB_CONTENT_DIR` environment
   * variable overrides it, so the same code builds another knowledge base (or a test fixture).
   */
  contentDir: string;
  /** Host-name suffixes that only exist inside the organisation; the public build refuses them. */
  internalDomains: string[];
  /**
   * Names of people that must never appear on the public site, beyond those the redaction guard
   * already gathers (git authors of the content, CODEOWNERS, team members in teams.yaml):
   * full names; first names and surnames are then found on their own too (docs/redaction.md).
   */
  people: string[];
  /**
   * Names of internal systems, clusters, tools, repositories and bots that are not in the
   * vocabularies, e.g. "Orion", "cost-janitor". Searched in any letter case, one-word names too.
   */
  internalNames: string[];
  /**
   * Names known to be public, never findings: products, public projects, vendors' products,
   * and the organisation's public repositories as `github.com/<org>/<repo>`.
   */
  publicNames: string[];
}

export const siteConfig: SiteConfig = {
  organisation: 'Acme',
  title: 'Acme Incident Knowledge Base',
  publicTitle: 'Acme Incident History',
  siteUrl: 'https://incidents.acme.internal',
  publicSiteUrl: 'https://status.acme.example',
  contentDir: 'content',
  internalDomains: ['.internal', '.corp', '.local', '.lan'],
  people: [],
  internalNames: [],
  publicNames: [],
};

/** The content folder in effect: `KB_CONTENT_DIR` when set, else `siteConfig.contentDir`. */
export function resolveContentDir(env: Record<string, string | undefined> = process.env): string {
  return env.KB_CONTENT_DIR || siteConfig.contentDir;
}

/**
 * Astro's cache folder for a content folder: one per checkout and content folder. Astro's default
 * lives in node_modules/.astro, which worktrees share, and a cache filled from another content
 * folder (a test fixture, the benchmark corpus) can point the next build at files that no longer exist.
 */
export function contentCacheDir(contentDir: string): string {
  return `./.astro/cache/${createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12)}`;
}
