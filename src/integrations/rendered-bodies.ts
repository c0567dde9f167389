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

/**
 * The cache file: one line of JSON naming each body (id, digest, and the length of its HTML and
 * of its public HTML), then the HTML itself, one string after another. Written as JSON strings,
 * every attribute's quotes were escaped on save and unescaped on load: at 1,000 postmortems
 * (12 MB) saving took 115-160 ms of CPU on Astro's thread and loading 70-85 ms; now 95-105 ms
 * and 55-70 ms, most of it UTF-8 encoding and decoding. A file cut short is detected by its
 * lengths.
 */
interface CacheHeader {
  format: number;
  /** Astro's version: its Markdown renderer may change output between versions. */
  renderer: string;
  /** [id, digest, html.length, publicHtml.length or -1], sorted by id; lengths in UTF-16 code units. */
  bodies: [string, string, number, number][];
}

const cacheFormat = 2;

/**
 * The rendered bodies of the postmortems, kept beside Astro's data store instead of in it.
 *
 * Astro serialises its whole data store after every change under `astro dev`, writes it, and
 * evaluates it again as one module; with the bodies' HTML in it that took most of an edit's time
 * (2.3-2.6 s at 1,000 postmortems). Pages read a body from here (src/data/postmortems.ts), and an
 * edit that changes only the body leaves the store untouched. A build saves the same work: the
 * store it serialises and loads before rendering holds only the frontmatter.
 *
 * The bodies are also saved as one file in Astro's cache folder (format below), so that a rebuild or a dev
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

  /** Reads the cache file once per process; a missing, unreadable, cut or outdated file is an empty cache. */
  loadOnce(file: string): void {
    if (this.loadedFrom === file) return;
    this.loadedFrom = file;
    for (const [id, body] of readCacheFile(file, this.renderer)) if (!this.bodies.has(id)) this.bodies.set(id, body);
  }

  /** Writes the cache file when anything changed since it was read or written (atomically: a crash leaves the old one). */
  save(file: string): void {
    if (!this.dirty) return;
    const header: CacheHeader = { format: cacheFormat, renderer: this.renderer, bodies: [] };
    // Each text encoded on its own, not joined first: a rendered body with one character outside
    // Latin-1 (a typographic apostrophe: 954 of the synthetic 1,000) is a two-byte string, and
    // joining them built a 24 MB string that was then encoded whole. The same bytes; 200-230 ms
    // less of Astro's thread at 1,000 (docs/performance.md, session 30).
    const texts: Buffer[] = [];
    for (const id of [...this.bodies.keys()].sort()) {
      const { digest, html, publicHtml } = this.bodies.get(id)!;
      // A lone surrogate would come back as U+FFFD through UTF-8: such a body is rendered again next time.
      if (!html.isWellFormed() || (publicHtml !== undefined && !publicHtml.isWellFormed())) continue;
      header.bodies.push([id, digest, html.length, publicHtml === undefined ? -1 : publicHtml.length]);
      texts.push(Buffer.from(html));
      if (publicHtml) texts.push(Buffer.from(publicHtml));
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...texts]));
    renameSync(`${file}.tmp`, file);
    this.dirty = false;
  }
}

/** The bodies of a cache file written by `save` for this renderer; none when it is missing, outdated or not whole. */
function readCacheFile(file: string, renderer: string): [string, RenderedBody][] {
  let text: string;
  let header: CacheHeader;
  try {
    text = readFileSync(file, 'utf8');
    header = JSON.parse(text.slice(0, text.indexOf('\n'))) as CacheHeader;
  } catch {
    return [];
  }
  if (header?.format !== cacheFormat || header.renderer !== renderer || !Array.isArray(header.bodies)) return [];
  const bodies: [string, RenderedBody][] = [];
  let at = text.indexOf('\n') + 1;
  for (const [id, digest, htmlLength, publicLength] of header.bodies) {
    const html = text.slice(at, (at += htmlLength));
    const publicHtml = publicLength < 0 ? undefined : text.slice(at, (at += publicLength));
    bodies.push([id, { digest, html, ...(publicHtml === undefined ? {} : { publicHtml }) }]);
  }
  // A file cut short (a full disk) or edited by hand does not end where its header says.
  return at === text.length ? bodies : [];
}
