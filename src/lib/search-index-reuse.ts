// Whether a rebuild can take the last build's search index as it is. pagefind (1.6) has no way to
// add to or change an index it wrote: its service builds every index from the documents it is
// given in one run, and a page's words enter index chunks shared with other pages. So "only the
// changed pages indexed again" cannot give the index a full run gives; what can is reusing the whole
// index when the documents pagefind would be given are the same, in the same order, as those of
// the run that wrote it (pagefind's output depends on nothing else: the same documents gave the
// same bytes in every run, docs/performance.md, session 61). A rebuild after a change to a page
// template, the site's style, a similar link or a field the search does not hold reuses it; a
// rebuild after an edited body indexes again.

import { createHash } from 'node:crypto';
import { parsedJsonObject } from './parsed-json-object.ts';

/** The fingerprint of one search document: its URL and its HTML, which is all pagefind reads of it. */
export function searchDocumentDigest(document: { readonly url: string; readonly html: string }): string {
  return createHash('sha256').update(document.url).update('\0').update(document.html).digest('hex');
}

/** What a build that wrote a search index notes beside the copy it keeps. */
export interface SearchIndexRecord {
  /** What wrote it (pagefind's version and the module that runs it): another writer writes other bytes. */
  pagefind: string;
  /** The fingerprints of the documents it was given, in order ({@link searchDocumentDigest}). */
  documents: string[];
  /** The index's files (paths relative to its folder, `/`-separated) and the sha256 of each. */
  files: Record<string, string>;
}

/**
 * Reads a record written by an earlier build: undefined when it is not one, or when pagefind's
 * version differs (the index would not be what this pagefind writes).
 */
export function parseSearchIndexRecord(text: string, pagefindVersion: string): SearchIndexRecord | undefined {
  const value = parsedJsonObject(text);
  if (!value) return undefined;
  const { pagefind, documents, files } = value as Partial<SearchIndexRecord>;
  if (pagefind !== pagefindVersion) return undefined;
  if (!Array.isArray(documents) || !documents.every((digest) => typeof digest === 'string')) return undefined;
  if (!files || typeof files !== 'object' || Array.isArray(files)) return undefined;
  const entries = Object.entries(files);
  if (entries.length === 0 || !entries.every(([path, digest]) => typeof digest === 'string' && isInsideRelativePath(path))) return undefined;
  return { pagefind, documents, files };
}

/** A relative path that stays inside its folder: a record read from disk names no file outside the index. */
function isInsideRelativePath(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/**
 * Compares the documents of this build, as they are made, with those of the last index. While
 * every document so far is the last index's at the same place, they are held back (pagefind would
 * only repeat its work); at the first that differs, everything held goes out with it, and every
 * later document at once. Without a last index nothing is held. {@link unchanged} says, once
 * every document was offered, whether the last index is this build's.
 */
export class SearchDocumentsAgainstLastIndex<T extends { readonly url: string; readonly html: string }> {
  readonly #last: readonly string[] | undefined;
  readonly #held: T[] = [];
  readonly #digests: string[] = [];
  #differs: boolean;

  constructor(lastDocuments: readonly string[] | undefined) {
    this.#last = lastDocuments;
    this.#differs = lastDocuments === undefined;
  }

  /** Takes the next documents; returns those to send to pagefind now, in order. */
  offer(documents: readonly T[]): T[] {
    const out: T[] = [];
    for (const document of documents) {
      const digest = searchDocumentDigest(document);
      const at = this.#digests.length;
      this.#digests.push(digest);
      if (this.#differs) {
        out.push(document);
      } else if (this.#last![at] === digest) {
        this.#held.push(document);
      } else {
        this.#differs = true;
        out.push(...this.#held.splice(0), document);
      }
    }
    return out;
  }

  /** True when the documents offered are exactly the last index's, in its order. */
  get unchanged(): boolean {
    return !this.#differs && this.#digests.length === this.#last!.length;
  }

  /** The documents held back so far (the last index's first ones): what pagefind still needs if the last index is not this build's. */
  takeHeld(): T[] {
    this.#differs = true;
    return this.#held.splice(0);
  }

  /** The fingerprints of every document offered, in order: the record of an index built from them. */
  get digests(): readonly string[] {
    return this.#digests;
  }
}
