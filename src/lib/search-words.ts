/**
 * The words of the internal site's search documents, most frequent first, for the search page's
 * spelling suggestions (src/lib/spelling-suggestion.ts). Written beside the pagefind index as
 * plain text, one word a line, and fetched only when a search word matches nothing. The public
 * site has none: its index is built from its own pages, and a word list is more text to review.
 */

/** The file the internal build writes into the search index folder (`/pagefind/`). */
export const searchWordsFileName = 'kb-words.txt';

/** Words kept, most frequent first: enough for every word of a large knowledge base but the rarest. */
export const maxSearchWords = 20_000;

const otherLetterOrDigit = /[\p{L}\p{N}]/u;

/**
 * Counts, for each word, the search documents that hold it. Words are found by one pass over
 * each document, in a hash table that compares a word with the text in place: a string is made
 * only for a word not seen before (1,000 documents hold 1.6 million words and a few thousand
 * distinct ones).
 */
export class SearchWordCounts {
  #words: string[] = [];
  #hashes: number[] = [];
  #counts: number[] = [];
  /** The last document each word was counted for: a word counts once a document. */
  #lastDocument: number[] = [];
  /** Word index + 1 by slot (0: empty). */
  #slots = new Int32Array(1 << 12);
  #documentCount = 0;

  /**
   * Adds one search document (its HTML: tags and entities are not words). A word is a run of four
   * to 32 letters or digits holding a letter; shorter ones get no suggestion.
   */
  addDocument(html: string): void {
    const document = ++this.#documentCount;
    const text = html.toLowerCase();
    let start = -1;
    let letters = false;
    let hash = 0;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 32;
      const digit = code >= 48 && code <= 57;
      if (digit || (code >= 97 && code <= 122) || (code >= 0xc0 && otherLetterOrDigit.test(text[i]))) {
        if (start === -1) {
          start = i;
          letters = false;
          hash = 0x811c9dc5;
        }
        if (!digit) letters = true;
        hash = Math.imul(hash ^ code, 0x01000193);
        continue;
      }
      if (start !== -1 && letters && i - start >= 4 && i - start <= 32) this.#count(text, start, i, hash >>> 0, document);
      start = -1;
      // A tag or an entity is no text: skip to its end.
      if (code === 60) {
        const end = text.indexOf('>', i);
        if (end !== -1) i = end;
      } else if (code === 38) {
        const end = /^&[#a-z0-9]+;/.exec(text.slice(i, i + 12));
        if (end) i += end[0].length - 1;
      }
    }
  }

  #count(text: string, start: number, end: number, hash: number, document: number): void {
    const mask = this.#slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.#slots[slot]; entry !== 0; entry = this.#slots[slot]) {
      const word = this.#words[entry - 1];
      if (this.#hashes[entry - 1] === hash && word.length === end - start && text.startsWith(word, start)) {
        if (this.#lastDocument[entry - 1] !== document) {
          this.#lastDocument[entry - 1] = document;
          this.#counts[entry - 1]++;
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.#words.push(text.slice(start, end));
    this.#hashes.push(hash);
    this.#counts.push(1);
    this.#lastDocument.push(document);
    this.#slots[slot] = this.#words.length;
    if (this.#words.length * 2 > this.#slots.length) this.#grow();
  }

  #grow(): void {
    this.#slots = new Int32Array(this.#slots.length * 2);
    const mask = this.#slots.length - 1;
    this.#hashes.forEach((hash, index) => {
      let slot = hash & mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
      this.#slots[slot] = index + 1;
    });
  }

  /** The words, most documents first, then in code-point order (the same list for the same documents). */
  list(max = maxSearchWords): string[] {
    return this.#words
      .map((word, index) => [word, this.#counts[index]] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, max)
      .map(([word]) => word);
  }
}

/** The word list file's text, and back. */
export const formatSearchWords = (words: readonly string[]): string => (words.length ? `${words.join('\n')}\n` : '');
export const parseSearchWords = (text: string): string[] => text.split('\n').filter(Boolean);
