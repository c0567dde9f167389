/**
 * Answers of pure per-line rules, kept by the line (and whatever else the rule reads): the public
 * scan reads the same lines many times over (the blank lines between paragraphs, headings,
 * template lines every post repeats, each post's texts read with the post), and a rule that reads
 * only its line answers the same each time (docs/performance.md, session 33).
 *
 * Only for rules that are pure functions of the key: the answer is shared by every caller, who
 * must copy what it keeps (`{ ...match, line }`), never change it.
 */
export class LineMemo<T> {
  readonly #answers = new Map<string, T>();
  readonly #limit: number;

  /** `limit` bounds the memory: past it the memo starts again empty (a new content folder, a long run). */
  constructor(limit = 20_000) {
    this.#limit = limit;
  }

  /** The answer kept for `key`, or `compute()`'s, kept. */
  get(key: string, compute: () => T): T {
    let answer = this.#answers.get(key);
    if (answer === undefined) {
      answer = compute();
      if (this.#answers.size >= this.#limit) this.#answers.clear();
      this.#answers.set(key, answer);
    }
    return answer;
  }
}

/**
 * Answers of pure rules that read a line and a neighbouring line, kept by the two: the lines
 * themselves are the keys, not a key joined of them, which made a new string of both (and its
 * hash) on every read (docs/performance.md, session 39). The same contract as {@link LineMemo}.
 */
export class LinePairMemo<T> {
  readonly #answers = new Map<string, Map<string, T>>();
  readonly #limit: number;
  #size = 0;

  /** `limit` bounds the memory: past it the memo starts again empty. */
  constructor(limit = 20_000) {
    this.#limit = limit;
  }

  /** The answer kept for `line` and `neighbour`, or `compute()`'s, kept. */
  get(line: string, neighbour: string, compute: () => T): T {
    let byNeighbour = this.#answers.get(line);
    let answer = byNeighbour?.get(neighbour);
    if (answer === undefined) {
      answer = compute();
      if (this.#size >= this.#limit) {
        this.#answers.clear();
        this.#size = 0;
        byNeighbour = undefined;
      }
      if (!byNeighbour) this.#answers.set(line, (byNeighbour = new Map()));
      byNeighbour.set(neighbour, answer);
      this.#size++;
    }
    return answer;
  }
}
