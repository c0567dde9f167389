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
