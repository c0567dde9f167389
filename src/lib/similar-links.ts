import { createHash } from 'node:crypto';
import type { SimilarityDocument, SimilarLink } from './similarity.ts';
import { defaultLinkBy, findSimilarLinkedBy, type LinkBy } from './similarity-link-by.ts';
import { toSimilarityDocumentFromBody } from './similarity-input.ts';
import { sortNewestFirst } from './browse.ts';
import type { Postmortem } from './postmortem-schema.ts';

/** What the site computes similarity over: one postmortem it shows, with its body. */
export interface SimilarityRecord {
  id: string;
  data: Postmortem;
  body: string;
}

export type SimilarLinks = Map<string, SimilarLink[]>;

/**
 * The similarity document of each record, kept while the record lives: the build worker digests
 * the records it has just computed links for (`digestSimilarityInput`), and each document is then
 * built once. A record whose id, data or body was replaced gets its document built again.
 */
const documentOfRecord = new WeakMap<SimilarityRecord, { id: string; data: Postmortem; body: string; document: SimilarityDocument }>();

function similarityDocumentOf(record: SimilarityRecord): SimilarityDocument {
  const known = documentOfRecord.get(record);
  if (known && known.id === record.id && known.data === record.data && known.body === record.body) return known.document;
  const document = toSimilarityDocumentFromBody(record.id, record.data, record.body);
  documentOfRecord.set(record, { id: record.id, data: record.data, body: record.body, document });
  return document;
}

/**
 * Similar links over `records`, in the order the site lists them (newest first), as the site
 * computes them; `linkBy` is site.config.ts `similarity.linkBy` (src/lib/similarity-link-by.ts).
 */
export function computeSimilarLinks(records: readonly SimilarityRecord[], linkBy: LinkBy = defaultLinkBy): SimilarLinks {
  const ordered = sortNewestFirst(records);
  return findSimilarLinkedBy(ordered.map(similarityDocumentOf), linkBy);
}

/**
 * A digest of what similarity reads of each record (its similarity document), by id. Two
 * corpora with the same digests get the same links, so an edit that changes nothing similarity
 * reads (an action item's status, say) needs no recompute.
 */
export function digestSimilarityInput(records: readonly SimilarityRecord[]): Map<string, string> {
  return new Map(records.map((record) => [
    record.id,
    createHash('sha1').update(JSON.stringify(similarityDocumentOf(record))).digest('base64'),
  ]));
}

/** True when both digests cover the same ids with the same similarity input. */
export function sameSimilarityInput(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, digest] of a) if (b.get(id) !== digest) return false;
  return true;
}

/**
 * Links to show while a recompute runs: each id keeps the links it had, minus links to ids that
 * are gone; an id that had none (a new postmortem) gets none yet.
 */
export function carryOverLinks(previous: ReadonlyMap<string, SimilarLink[]>, ids: Iterable<string>): SimilarLinks {
  const present = new Set(ids);
  return new Map([...present].map((id) => [id, (previous.get(id) ?? []).filter((link) => present.has(link.id))]));
}

/** Links computed over a known input. */
export interface SimilarLinksSnapshot {
  links: SimilarLinks;
  digests: Map<string, string>;
}

/** What `LiveSimilarLinks.linksFor` returns. */
export interface LiveLinks {
  links: SimilarLinks;
  /** False while a recompute for these records runs: the links are carried over from before the edit. */
  current: boolean;
}

export interface LiveSimilarLinksEvents {
  /** After a recompute replaced the links (the dev server reloads the page then). */
  onUpdate?: () => void;
  /** A recompute failed; the previous links stay until the next edit tries again. */
  onError?: (error: Error) => void;
}

/**
 * Similar links for `astro dev`, where postmortems change while the server runs. Ranking depends on
 * corpus-wide statistics (how rare a word is, which lines are boilerplate), so an edit may change
 * any post's links and only a full recompute gives exactly the build's links. That recompute runs
 * off the page's path (in the build worker, `compute`): a page asked for while it runs gets the
 * links from before the edit at once (`carryOverLinks`); edits that change nothing similarity
 * reads trigger no recompute at all; saves that come while one runs are folded into one more.
 * Once settled, the links are exactly `computeSimilarLinks` of the latest records.
 */
export class LiveSimilarLinks {
  private snapshot?: SimilarLinksSnapshot;
  private running?: Promise<void>;
  /** The newest records asked for that the snapshot (or the running recompute) does not cover. */
  private wanted?: { records: readonly SimilarityRecord[]; digests: Map<string, string> };
  private runningDigests?: Map<string, string>;
  private lastError?: Error;
  private readonly compute: (records: readonly SimilarityRecord[]) => Promise<SimilarLinks>;
  private readonly events: LiveSimilarLinksEvents;

  constructor(compute: (records: readonly SimilarityRecord[]) => Promise<SimilarLinks>, events: LiveSimilarLinksEvents = {}) {
    this.compute = compute;
    this.events = events;
  }

  /** Starts from links computed elsewhere (the build worker's first pass). */
  seed(snapshot: SimilarLinksSnapshot): void {
    this.snapshot ??= snapshot;
  }

  /** Digests by records array: pages of one corpus version pass the same array, so each is digested once. */
  private readonly digestsOf = new WeakMap<readonly SimilarityRecord[], Map<string, string>>();

  async linksFor(records: readonly SimilarityRecord[]): Promise<LiveLinks> {
    let digests = this.digestsOf.get(records);
    if (!digests) this.digestsOf.set(records, (digests = digestSimilarityInput(records)));
    if (this.snapshot && sameSimilarityInput(this.snapshot.digests, digests)) return { links: this.snapshot.links, current: true };
    if (!(this.runningDigests && sameSimilarityInput(this.runningDigests, digests))) this.wanted = { records, digests };
    this.startNext();
    if (!this.snapshot) {
      // Nothing to carry over yet: the first links are worth waiting for.
      await this.settled();
      if (!this.snapshot) throw this.lastError ?? new Error('similar incidents could not be computed.');
      return this.linksFor(records);
    }
    return { links: carryOverLinks(this.snapshot.links, digests.keys()), current: false };
  }

  /** Resolves once no recompute runs or waits. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private startNext(): void {
    if (this.running || !this.wanted) return;
    const { records, digests } = this.wanted;
    this.wanted = undefined;
    this.runningDigests = digests;
    this.running = this.compute(records).then(
      (links) => {
        this.snapshot = { links, digests };
        this.lastError = undefined;
        this.events.onUpdate?.();
      },
      (error: Error) => {
        this.lastError = error;
        this.events.onError?.(error);
      },
    ).finally(() => {
      this.running = undefined;
      this.runningDigests = undefined;
      this.startNext();
    });
  }
}
