import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One postmortem body as this site renders it, and the digest of what it was rendered from. */
export interface RenderedBody {
  /** Digest of the source, the site and the rendering code (postmortem-loader.ts `renderDigestOf`). */
  digest: string;
  html: string;
  /** Internal site, public posts: the text customers will read, for the page's preview. */
  publicHtml?: string;
}

interface CacheFile {
  format: number;
  /** Astro's version: its Markdown renderer may change output between versions. */
  renderer: string;
  bodies: Record<string, RenderedBody>;
}

const cacheFormat = 1;

/**
 * The rendered bodies of the postmortems, kept beside Astro's data store instead of in it.
 *
 * Astro serialises its whole data store after every change under `astro dev`, writes it, and
 * evaluates it again as one module; with the bodies' HTML in it that took most of an edit's time
 * (2.3-2.6 s at 1,000 postmortems). Pages read a body from here (src/data/postmortems.ts), and an
 * edit that changes only the body leaves the store untouched. A build saves the same work: the
 * store it serialises and loads before rendering holds only the frontmatter.
 *
 * The bodies are also saved as one JSON file in Astro's cache folder, so that a rebuild or a dev
 * server's restart renders only what changed. A body with images stays in the data store:
 * Astro resolves its image references when it renders the entry.
 */
export class RenderedBodies {
  private readonly bodies = new Map<string, RenderedBody>();
  private dirty = false;
  private loadedFrom?: string;
  private readonly renderer: string;

  /** `renderer`: what renders the bodies (Astro's version); a cache file of another is not read. */
  constructor(renderer: string) {
    this.renderer = renderer;
  }

  get(id: string): RenderedBody | undefined {
    return this.bodies.get(id);
  }

  /** The cached rendering of `id` when it was rendered from the same source by the same code. */
  current(id: string, digest: string): RenderedBody | undefined {
    const body = this.bodies.get(id);
    return body?.digest === digest ? body : undefined;
  }

  set(id: string, body: RenderedBody): void {
    const existing = this.bodies.get(id);
    if (existing?.digest === body.digest && existing.html === body.html && existing.publicHtml === body.publicHtml) return;
    this.bodies.set(id, body);
    this.dirty = true;
  }

  delete(id: string): void {
    if (this.bodies.delete(id)) this.dirty = true;
  }

  /** Drops every body whose id is not in `keep` (postmortems deleted or hidden since the last load). */
  retainOnly(keep: ReadonlySet<string>): void {
    for (const id of [...this.bodies.keys()]) if (!keep.has(id)) this.delete(id);
  }

  /** Reads the cache file once per process; a missing, unreadable or outdated file is an empty cache. */
  loadOnce(file: string): void {
    if (this.loadedFrom === file) return;
    this.loadedFrom = file;
    let cache: CacheFile;
    try {
      cache = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    } catch {
      return;
    }
    if (cache.format !== cacheFormat || cache.renderer !== this.renderer || typeof cache.bodies !== 'object') return;
    for (const [id, body] of Object.entries(cache.bodies)) if (!this.bodies.has(id)) this.bodies.set(id, body);
  }

  /** Writes the cache file when anything changed since it was read or written (atomically: a crash leaves the old one). */
  save(file: string): void {
    if (!this.dirty) return;
    const ids = [...this.bodies.keys()].sort();
    const cache: CacheFile = { format: cacheFormat, renderer: this.renderer, bodies: Object.fromEntries(ids.map((id) => [id, this.bodies.get(id)!])) };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(cache));
    renameSync(`${file}.tmp`, file);
    this.dirty = false;
  }
}
