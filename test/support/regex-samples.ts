/**
 * Strings a regular expression matches, drawn at random from its own source (since the
 * twenty-fifth probe round, docs/redaction.md): the cue checks of the redaction rules run a
 * phrasing only on a line holding a cue word, and a cue that the pattern does not imply lets a
 * line the pattern would read through unread (it fails open). `cueCounterexamples` draws lines
 * the pattern matches, each alternative, class member and repetition picked at random, and
 * returns those the cue misses, so a pattern widened without its cue fails a test.
 *
 * The parser reads the syntax the rules use: alternation, groups (capturing, named,
 * non-capturing, lookarounds), quantifiers, classes with ranges and escapes, `\p{…}`, `\s`, `\w`,
 * `\d`, `\b`, `\u…`, anchors. A positive lookaround draws what it looks for; a negative one, a
 * word boundary and an anchor draw nothing: a sample they reject is dropped by matching it against
 * the pattern itself.
 */

import { seededRandom } from '../../scripts/lib/synthetic-postmortems.ts';

type Node =
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number }
  | { kind: 'chars'; pick: (random: () => number) => string }
  | { kind: 'empty' };

/** Characters each kind of escape draws from: spaces of every width attackers use, letters of both cases with diacritics. */
const pools: Record<string, string> = {
  space: ' \t\u00a0\u2009\u3000',
  upper: 'ABKTZÉŁ',
  lower: 'abeiknorstzéø',
  digit: '0379',
  other: '.,;:!?()[]"\'’“”-_/@#~&=<>*`+',
};
const universe = pools.space + pools.upper + pools.lower + pools.digit + pools.other;

const fromPool = (pool: string) => (random: () => number) => pool[Math.floor(random() * pool.length)];

/** The characters of `universe` an escape stands for, by the escape's letter (and property). */
function escapeMembers(escape: string): string {
  const letters = pools.upper + pools.lower;
  const table: Record<string, string> = {
    s: pools.space,
    S: letters + pools.digit + pools.other,
    d: pools.digit,
    D: letters + pools.space + pools.other,
    w: 'AKTZakrstz0379_',
    W: pools.space + pools.other.replace('_', '') + 'éÉŁø',
    'p{Lu}': pools.upper,
    'p{Ll}': pools.lower,
    'p{L}': letters,
    'p{N}': pools.digit,
    'P{L}': pools.space + pools.digit + pools.other,
    // Marks and pictographs, as a host name under a suffix of other letters allows them (redaction-guard.ts).
    'p{M}': '\u0301',
    'p{Extended_Pictographic}': '\u2764',
  };
  if (escape in table) return table[escape];
  throw new Error(`regex-samples: the escape \\${escape} is not read; add it to escapeMembers`);
}

class Parser {
  private at = 0;
  private readonly source: string;
  private readonly ignoreCase: boolean;
  constructor(source: string, ignoreCase: boolean) {
    this.source = source;
    this.ignoreCase = ignoreCase;
  }

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new Error(`regex-samples: unexpected "${this.source[this.at]}" at ${this.at} of ${this.source}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  private quantified(node: Node): Node {
    const c = this.source[this.at];
    let range: [number, number] | null = null;
    if (c === '?') range = [0, 1];
    else if (c === '*') range = [0, 3];
    else if (c === '+') range = [1, 3];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (m) {
        const min = Number(m[1]);
        range = [min, m[2] ? (m[3] ? Math.min(Number(m[3]), min + 3) : min + 3) : min];
        this.at += m[0].length - 1;
      }
    }
    if (!range) return node;
    this.at++;
    if (this.source[this.at] === '?') this.at++;
    return { kind: 'repeat', node, min: range[0], max: range[1] };
  }

  private literal(char: string): Node {
    const options = this.ignoreCase && char.toLowerCase() !== char.toUpperCase() ? char.toLowerCase() + char.toUpperCase() : char;
    return { kind: 'chars', pick: fromPool(options) };
  }

  private atom(): Node {
    const c = this.source[this.at++];
    if (c === '(') {
      const rest = this.source.slice(this.at);
      // A positive lookaround draws what it looks for (a scheme before a host); a negative one nothing.
      const negative = /^\?<?!/.exec(rest);
      const prefix = negative ?? /^\?(?::|<?=|<[A-Za-z]\w*>)/.exec(rest);
      if (prefix) this.at += prefix[0].length;
      const inner = this.alternation();
      if (this.source[this.at++] !== ')') throw new Error(`regex-samples: unclosed group in ${this.source}`);
      return negative ? { kind: 'empty' } : inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '^' || c === '$') return { kind: 'empty' };
    if (c === '.') return { kind: 'chars', pick: fromPool(universe) };
    if (c === '\\') return this.escape();
    return this.literal(c);
  }

  /** An escape outside a class: a set, a word boundary (drawn as nothing), or a literal. */
  private escape(): Node {
    const members = this.escapeText();
    if (members === null) return { kind: 'empty' };
    return members.length === 1 ? this.literal(members) : { kind: 'chars', pick: fromPool(members) };
  }

  /** The characters an escape at `at` stands for; null for `\b` and `\B`. */
  private escapeText(): string | null {
    const c = this.source[this.at++];
    if (c === 'b' || c === 'B') return null;
    if (c === 'p' || c === 'P') {
      const end = this.source.indexOf('}', this.at);
      const property = `${c}${this.source.slice(this.at, end + 1)}`;
      this.at = end + 1;
      return escapeMembers(property);
    }
    if ('sSdDwW'.includes(c)) return escapeMembers(c);
    if (c === 'u' || c === 'x') {
      const length = c === 'u' ? 4 : 2;
      const code = this.source.slice(this.at, this.at + length);
      this.at += length;
      return String.fromCharCode(parseInt(code, 16));
    }
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    if (/\d/.test(c)) throw new Error(`regex-samples: a back-reference is not read (${this.source})`);
    return c;
  }

  private characterClass(): Node {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    let members = '';
    while (this.source[this.at] !== ']') {
      if (this.at >= this.source.length) throw new Error(`regex-samples: unclosed class in ${this.source}`);
      let first: string | null;
      if (this.source[this.at] === '\\') {
        this.at++;
        first = this.escapeText();
        if (first === null) first = '\b';
      } else first = this.source[this.at++];
      if (first.length === 1 && this.source[this.at] === '-' && this.source[this.at + 1] !== ']') {
        this.at++;
        let last = this.source[this.at++];
        if (last === '\\') last = this.escapeText() ?? '';
        // A range: its two ends and what of the universe lies between.
        const within = [...universe].filter((ch) => ch >= first! && ch <= last);
        members += first + last + within.join('');
      } else members += first;
    }
    this.at++;
    if (this.ignoreCase) members += members.toUpperCase() + members.toLowerCase();
    const pool = negated ? [...universe].filter((ch) => !members.includes(ch)).join('') : members;
    return { kind: 'chars', pick: fromPool(pool) };
  }
}

function draw(node: Node, random: () => number): string {
  switch (node.kind) {
    case 'seq':
      return node.items.map((item) => draw(item, random)).join('');
    case 'alt':
      return draw(node.options[Math.floor(random() * node.options.length)], random);
    case 'repeat': {
      const times = node.min + Math.floor(random() * (node.max - node.min + 1));
      return Array.from({ length: times }, () => draw(node.node, random)).join('');
    }
    case 'chars':
      return node.pick(random);
    case 'empty':
      return '';
  }
}

export interface CueCheck {
  /** How many drawn lines the pattern matched (the check says nothing when this is small). */
  matched: number;
  /** Lines the pattern matches and the cue misses. */
  missed: string[];
}

/**
 * Draws `count` lines from `pattern` (each between a few words of text, as a line holds it),
 * keeps those the pattern matches, and returns those `cue` misses.
 */
export function cueCounterexamples(pattern: RegExp, cue: (line: string) => boolean, count = 600, seed = 25): CueCheck {
  const tree = new Parser(pattern.source, pattern.flags.includes('i')).parse();
  // Seeded, so a failure names the same sample every run.
  const random = seededRandom(seed);
  const matcher = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  const missed: string[] = [];
  let matched = 0;
  for (let i = 0; i < count; i++) {
    const line = `${i % 2 ? 'Then ' : ''}${draw(tree, random)}${i % 3 ? ' later.' : ''}`;
    if (!matcher.test(line)) continue;
    matched++;
    if (!cue(line) && missed.length < 5) missed.push(line);
  }
  return { matched, missed };
}
