/**
 * The text a regular expression cannot match without: a few literal strings, one of which is in
 * every match, read from the expression's own source. A caller may skip the expression on a text
 * that contains none of them (the public scan runs several hundred patterns on every line of every
 * post; most lines hold none of a given pattern's words).
 *
 * The check is derived from the pattern, never written beside it, so a rule round that widens a
 * pattern (an e-mail form without `@`) widens its check with it: it fails closed by construction.
 * Where the source holds anything this reader does not fully understand (a class with ranges, a
 * group with its own flags, the `v` flag's classes, a back-reference), that part requires nothing,
 * and an expression with no part that requires something has no check at all.
 *
 * Soundness, by the expression's structure: a literal character matches only itself; a sequence's
 * match holds each part's match, so what any one part requires; an alternation's match is one of
 * its branches', so it requires one of what each branch requires; a part repeated at least once
 * holds one repetition; lookarounds, anchors, optional and unknown parts require nothing. The
 * check is itself a regular expression with the pattern's case flags (`i`, `u`), so it folds case
 * exactly as the pattern does (`/secret/iu` also matches "ſecret" and the check with it).
 */

/** What a part of an expression matches, as far as this reader can tell. */
interface Reading {
  /** Every string the part can match, when they are few (a literal, `[Ss]`, `(?:to|at)`); else undefined. */
  exact?: string[];
  /** Strings one of which is in every match of the part; undefined when nothing is certain. */
  required?: string[];
}

/** More alternatives than this and a check costs about what the pattern does: none is made. */
const mostAlternatives = 12;
/** Exact sets are multiplied out (`[Ss]poke` is "Spoke" or "spoke") up to this many strings. */
const mostExact = 24;

const nothing: Reading = {};
const empty: Reading = { exact: [''] };

class Parser {
  private at = 0;
  private readonly source: string;
  private readonly unicode: boolean;
  private readonly unicodeSets: boolean;
  constructor(source: string, unicode: boolean, unicodeSets: boolean) {
    this.source = source;
    this.unicode = unicode;
    this.unicodeSets = unicodeSets;
  }

  parse(): Reading {
    const reading = this.alternation();
    if (this.at !== this.source.length) throw new Error(`unread text at ${this.at}`);
    return reading;
  }

  private alternation(): Reading {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    const exact = branches.every((b) => b.exact) ? unique(branches.flatMap((b) => b.exact!)) : undefined;
    const required = branches.every((b) => b.required) ? unique(branches.flatMap((b) => b.required!)) : undefined;
    return { exact: exact && exact.length <= mostExact ? exact : undefined, required: required && required.length <= mostAlternatives ? required : undefined };
  }

  private sequence(): Reading {
    const parts: Reading[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') parts.push(this.quantified());
    // Runs of exact parts multiplied out ("p","a","s","s" is "pass"); each run and each part is
    // a candidate, and the best one is what the sequence requires.
    const candidates: string[][] = [];
    let run: string[] | undefined = [''];
    for (const part of parts) {
      if (part.required) candidates.push(part.required);
      if (part.exact && run && run.length * part.exact.length <= mostExact) {
        run = unique(run.flatMap((a) => part.exact!.map((b) => a + b)));
      } else {
        if (run) candidates.push(run);
        run = part.exact ? [...part.exact] : undefined;
        if (!run) run = [''];
      }
    }
    if (run) candidates.push(run);
    const exact = parts.every((p) => p.exact) ? multiply(parts.map((p) => p.exact!)) : undefined;
    return { exact, required: best(candidates) };
  }

  private quantified(): Reading {
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    const [min, max] = quantifier;
    if (this.source[this.at] === '?') this.at++;
    if (max === 0) return empty;
    if (min === 0) return nothing;
    if (min === 1 && max === 1) return atom;
    const exact = min === max && atom.exact ? multiply(Array.from({ length: min }, () => atom.exact!)) : undefined;
    return { exact, required: atom.required };
  }

  /** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` as [min, max] (max Infinity), or undefined. */
  private quantifier(): [number, number] | undefined {
    const c = this.source[this.at];
    if (c === '*') return this.at++, [0, Infinity];
    if (c === '+') return this.at++, [1, Infinity];
    if (c === '?') return this.at++, [0, 1];
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) return undefined;
      this.at += m[0].length;
      return [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
    }
    return undefined;
  }

  private atom(): Reading {
    const c = this.source[this.at];
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return this.at++, empty;
    if (c === '.') return this.at++, nothing;
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === '|') throw new Error(`unexpected ${c} at ${this.at}`);
    // A brace that opens no quantifier is itself (without the `u` flag).
    const code = this.source.codePointAt(this.at)!;
    const char = String.fromCodePoint(code);
    this.at += char.length;
    return literal(char);
  }

  private group(): Reading {
    const rest = this.source.slice(this.at);
    const opening = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>|[a-z]*-?[a-z]*:))?/.exec(rest)![0];
    this.at += opening.length;
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Error(`unclosed group at ${this.at}`);
    this.at++;
    // A lookaround matches no text; a group with flags of its own (`(?i:…)`) may fold case as the
    // check does not: both require nothing.
    if (/^\(\?(?:=|!|<=|<!)$/.test(opening)) return empty;
    if (/^\(\?[a-z]*-?[a-z]*:$/.test(opening) && opening !== '(?:') return nothing;
    return inner;
  }

  private characterClass(): Reading {
    // The `v` flag's classes nest and subtract: not read.
    let i = this.at + 1;
    const negated = this.source[i] === '^';
    if (negated) i++;
    const chars: string[] = [];
    let understood = !negated && !this.unicodeSets;
    let first = true;
    for (; i < this.source.length && (this.source[i] !== ']' || (first && this.unicodeSets)); first = false) {
      const c = this.source[i];
      if (c === '\\') {
        const escaped = escapedCharacter(this.source, i, this.unicode);
        if (escaped) chars.push(escaped.char);
        else understood = false;
        i += escaped?.length ?? 2;
        // A class escape with braces (`\p{L}`) runs to its closing brace.
        if (!escaped && /^\\[pP]\{/.test(this.source.slice(i - 2))) i = this.source.indexOf('}', i) + 1;
        continue;
      }
      if (c === '[' && this.unicodeSets) throw new Error('nested class');
      // A range (`a-z`) is not enumerated.
      if (c === '-' && chars.length && this.source[i + 1] !== ']') understood = false;
      const char = String.fromCodePoint(this.source.codePointAt(i)!);
      chars.push(char);
      i += char.length;
    }
    if (this.source[i] !== ']') throw new Error('unclosed class');
    this.at = i + 1;
    if (!understood || !chars.length || chars.length > mostExact) return nothing;
    const exact = unique(chars);
    return { exact, required: exact };
  }

  private escape(): Reading {
    const escaped = escapedCharacter(this.source, this.at, this.unicode);
    if (escaped) {
      this.at += escaped.length;
      return literal(escaped.char);
    }
    const next = this.source[this.at + 1];
    // \p{…} and \k<name> run to their closing bracket, a back-reference or an octal escape
    // (`\1`, `\012`) over its digits, a control (`\cJ`) over its letter; \b, \d, \w, \s … are
    // one character.
    if ((next === 'p' || next === 'P') && this.source[this.at + 2] === '{') this.at = this.source.indexOf('}', this.at) + 1;
    else if (next === 'k' && this.source[this.at + 2] === '<') this.at = this.source.indexOf('>', this.at) + 1;
    else if (/\d/.test(next)) this.at += /^\\\d+/.exec(this.source.slice(this.at))![0].length;
    else if (next === 'c' && /[A-Za-z]/.test(this.source[this.at + 2] ?? '')) this.at += 3;
    else this.at += 2;
    if (this.at <= 0) throw new Error('unclosed escape');
    return next === 'b' || next === 'B' ? empty : nothing;
  }
}

/** An escape that stands for one character (`\.`, `\n`, `\x60`, `\u{1F600}`), or undefined (`\d`, `\b`, `\p{L}`, `\1` …). */
function escapedCharacter(source: string, at: number, unicode: boolean): { char: string; length: number } | undefined {
  const next = source[at + 1];
  if (next === undefined) return undefined;
  if (/[\\^$.*+?()[\]{}|/\-]/.test(next)) return { char: next, length: 2 };
  const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f' };
  if (controls[next]) return { char: controls[next], length: 2 };
  const hex = /^\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|u\{([0-9A-Fa-f]+)\})/.exec(source.slice(at, at + 12));
  // Without the `u` flag `\u{3}` is "u" three times.
  if (hex && (hex[3] === undefined || unicode)) return { char: String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3], 16)), length: hex[0].length };
  return undefined;
}

function literal(char: string): Reading {
  return { exact: [char], required: [char] };
}

function unique(strings: string[]): string[] {
  return [...new Set(strings)];
}

/** Every concatenation of one string of each set, or undefined past `mostExact`. */
function multiply(sets: string[][]): string[] | undefined {
  let product = [''];
  for (const set of sets) {
    if (product.length * set.length > mostExact) return undefined;
    product = unique(product.flatMap((a) => set.map((b) => a + b)));
  }
  return product;
}

/** The candidate whose shortest string is longest (fewer alternatives on a tie); none with an empty string or too many. */
function best(candidates: string[][]): string[] | undefined {
  let chosen: string[] | undefined;
  let chosenShortest = 0;
  for (const candidate of candidates) {
    if (!candidate.length || candidate.length > mostAlternatives) continue;
    const shortest = Math.min(...candidate.map((s) => s.length));
    if (shortest === 0) continue;
    if (!chosen || shortest > chosenShortest || (shortest === chosenShortest && candidate.length < chosen.length)) [chosen, chosenShortest] = [candidate, shortest];
  }
  return chosen;
}

/**
 * Strings one of which is in every match of `pattern`, read from its source, or undefined when
 * none can be told (see the module's comment). Exported for tests.
 */
export function requiredTexts(pattern: RegExp): string[] | undefined {
  try {
    return new Parser(pattern.source, pattern.unicode, pattern.unicodeSets).parse().required;
  } catch {
    return undefined;
  }
}

/**
 * Checks made, by the pattern's text, then by its case flags (`i`, `u`, `v`: what the check depends
 * on). A regular expression literal in a function is a new object on every call, with the same
 * source string: a map by text finds its check at once.
 */
const checks = new Map<string, (RegExp | null | undefined)[]>();
/** Patterns made from a word (`new RegExp(word)`) are many: the map is emptied past this. */
const mostChecks = 4096;

/** Every pattern given a check since `recordCheckedPatterns` was called, for tests (off otherwise: some patterns are made per call). */
let recorded: Set<RegExp> | undefined;

/** Starts recording the patterns given a check and returns the set they are added to (tests). */
export function recordCheckedPatterns(): Set<RegExp> {
  return (recorded = new Set());
}

/** The strings `requiredTexts` found joined as one expression with `pattern`'s case flags. */
function makeCheck(pattern: RegExp): RegExp | null {
  const required = requiredTexts(pattern);
  if (!required || pattern.unicodeSets) return null;
  const flags = `${pattern.ignoreCase ? 'i' : ''}${pattern.unicode ? 'u' : ''}`;
  // Outside a class `-` needs no escape (and with `u` may not have one).
  return new RegExp(required.map((text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), flags);
}

/**
 * An expression that finds in any text `pattern` can match one of the strings it requires, or
 * undefined when nothing is required: `mayMatch(pattern, text)` is false only where `pattern`
 * cannot match. Made once for each pattern.
 */
export function requiredTextCheck(pattern: RegExp): RegExp | undefined {
  let byFlags = checks.get(pattern.source);
  if (!byFlags) {
    if (checks.size >= mostChecks) checks.clear();
    checks.set(pattern.source, (byFlags = []));
  }
  const flags = (pattern.ignoreCase ? 1 : 0) | (pattern.unicode ? 2 : 0) | (pattern.unicodeSets ? 4 : 0);
  let check = byFlags[flags];
  if (check === undefined) byFlags[flags] = check = makeCheck(pattern);
  if (check) recorded?.add(pattern);
  return check ?? undefined;
}

/** False only when `text` holds none of the strings every match of `pattern` holds (then it cannot match). */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const check = requiredTextCheck(pattern);
  return !check || check.test(text);
}
