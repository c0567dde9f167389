import { rewriteReasonWordLists } from './reason-word-lists.ts';
import { readerKey } from './reason-words.ts';

/**
 * Identifiers as a report writes them in a reason beside a similar link. The similarity counts
 * words, and its tokens split what people write joined: `srpm_build_deps`, `e-connect`,
 * `plugins.jenkins.io`. Two packit notices that both name the `srpm_build_deps` option were
 * "similar wording: key, deps, dependency, srpm" (docs/findability.md, rounds 54 and 55): three
 * fragments of one name, read as three words. A word named in a reason that is a part of an
 * identifier both reports write is shown as that identifier, once; a word both reports also use
 * on its own ("build" beside "srpm_build_deps") is a word of both stories and stays as it is.
 * Only the reason's words change: what is counted, and so which reports are linked, does not.
 */

/** A joint between two parts of an identifier. */
const joint = /[_.-]/g;
const identifierJoint = /[_.-]/;
/**
 * A character of an identifier's part: a letter or digit, but not of a script written without
 * spaces between words. Japanese writes a name and its particle or the next word together
 * ("feed-relayの再起動", "thumb-workerが停止"): read as one identifier, the name was a different
 * one in each report, and the reason named its pieces ("relay", "worker"; docs/findability.md,
 * round 58).
 */
const letterOrDigit = /[\p{L}\p{N}]/u;
/** The scripts written without spaces, as a class of a larger expression (`usesOnItsOwn`). */
const unspacedScript = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}';
const ofUnspacedScript = new RegExp(`[${unspacedScript}]`, 'u');
/** Below U+2E80 (the first CJK radicals) no character is of those scripts: most text is read without the second test. */
const isPartCharacter = (text: string, at: number) => at >= 0 && at < text.length && letterOrDigit.test(text[at]) && (text.charCodeAt(at) < 0x2e80 || !ofUnspacedScript.test(text[at]));
const isJointAt = (text: string, at: number) => (text[at] === '_' || text[at] === '.' || text[at] === '-') && isPartCharacter(text, at - 1) && isPartCharacter(text, at + 1);

/**
 * The identifiers `text` writes, lower case, each with its parts and its first spelling: letters
 * or digits joined by "_", "-" or "." (`srpm_build_deps`, `Tier-1`, `plugins.jenkins.io`). A part
 * must hold a letter: "2024-10-08" and "10.0.0.1" are dates and addresses, whose numbers reasons
 * never name. Found from their joints, the rarer characters: over bench.ts's 10,000 reports a
 * pattern of letters tried at every letter cost 0.7 s of CPU, this 0.3 s (most of it reading the
 * joined text once).
 */
export function identifiersWrittenIn(text: string): ReadonlyMap<string, WrittenIdentifier> {
  const found = new Map<string, WrittenIdentifier>();
  joint.lastIndex = 0;
  for (let match = joint.exec(text); match; match = joint.exec(text)) {
    if (!isJointAt(text, match.index)) continue;
    let start = match.index;
    while (isPartCharacter(text, start - 1) || (start >= 2 && isJointAt(text, start - 1))) start--;
    let end = match.index + 1;
    while (isPartCharacter(text, end) || isJointAt(text, end)) end++;
    joint.lastIndex = end;
    const written = text.slice(start, end);
    const key = written.toLowerCase();
    if (found.has(key)) continue;
    const parts = key.split(identifierJoint);
    if (!parts.some((part) => /\p{L}/u.test(part))) continue;
    found.set(key, { written, parts });
  }
  return found;
}

export interface WrittenIdentifier {
  /** As the report first writes it: `srpm_build_deps`, `Plugins.Jenkins.io`. */
  written: string;
  /** Its lower-case parts: ["srpm", "build", "deps"]. */
  parts: readonly string[];
}

/** One report's identifiers, read once a report (a reason is written for each of its shown links), and its text, joined only when asked. */
export interface ReportIdentifiers {
  identifiers: ReadonlyMap<string, WrittenIdentifier>;
  text(): string;
}

/**
 * `reason` ("similar wording: key, deps, srpm; same words: copr") with each named word that is a
 * part of an identifier both reports write shown as that identifier, once across the reason:
 * "similar wording: key, srpm_build_deps; same words: copr". Parts such as "both: ..." or "same
 * service ..." are left as they are.
 */
export function withIdentifiersWhole(reason: string, from: ReportIdentifiers, to: ReportIdentifiers): string {
  if (from.identifiers.size === 0 || to.identifiers.size === 0) return reason;
  // The identifiers both reports write, in the first report's order: a word that is a part of two is shown as the first.
  const shared: WrittenIdentifier[] = [];
  for (const [key, identifier] of from.identifiers) if (to.identifiers.has(key)) shared.push(identifier);
  if (shared.length === 0) return reason;
  const shown = new Set<string>();
  return rewriteReasonWordLists(reason, (listed) => {
    const words: string[] = [];
    for (const word of listed) {
      const identifier = identifierHolding(word, shared, from, to);
      const named = identifier?.written ?? word;
      const key = identifier ? identifier.written.toLowerCase() : readerKey(word);
      if (shown.has(key)) continue;
      shown.add(key);
      words.push(named);
    }
    return words;
  });
}

/** The lower-case parts of the identifiers both reports write (`status.php` in both: "status", "php"). */
export function sharedIdentifierParts(from: ReportIdentifiers, to: ReportIdentifiers): ReadonlySet<string> {
  const parts = new Set<string>();
  const [fewer, more] = from.identifiers.size <= to.identifiers.size ? [from, to] : [to, from];
  for (const [key, identifier] of fewer.identifiers) if (more.identifiers.has(key)) for (const part of identifier.parts) parts.add(part);
  return parts;
}

/** The shared identifier `word` is a part of, unless both texts also use the word on its own. */
function identifierHolding(word: string, shared: readonly WrittenIdentifier[], from: ReportIdentifiers, to: ReportIdentifiers): WrittenIdentifier | undefined {
  if (word.includes(' ')) return undefined;
  const key = readerKey(word);
  // A host the model also counts as one word, its labels joined without the ending ("statusschullogin" of
  // status.schullogin.de: similarity-prose.ts), is its whole name too.
  const identifier = shared.find((candidate) => candidate.parts.some((part) => part === word || readerKey(part) === key) || candidate.parts.slice(0, -1).join('') === word);
  if (!identifier) return undefined;
  return usesOnItsOwn(from.text(), word) && usesOnItsOwn(to.text(), word) ? undefined : identifier;
}

/**
 * The expression finding `word` (or its plural) as a word of its own, one per word: compiled anew for each pair of
 * reports it cost more than the test (0.4 s of the build's worker at 1,000 postmortems, session 62's profile). The
 * words are a build's shared identifiers' parts; the table is emptied past 10,000 so a long `npm run dev` cannot grow it.
 */
const ownWordPatterns = new Map<string, RegExp>();
function ownWordPattern(word: string): RegExp {
  let pattern = ownWordPatterns.get(word);
  if (pattern) return pattern;
  if (ownWordPatterns.size >= 10_000) ownWordPatterns.clear();
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A letter of a script written without spaces may touch it: "relayサーバ" writes "relay" on its own.
  const part = `(?![${unspacedScript}])[\\p{L}\\p{N}]`;
  pattern = new RegExp(`(?<!${part}|[_-]|${part}\\.)${escaped}s?(?!${part}|[_-]|\\.${part})`, 'iu');
  ownWordPatterns.set(word, pattern);
  return pattern;
}

/** Whether `text` writes `word` (or its plural) as a word of its own, not joined to another by "_", "-" or ".". */
function usesOnItsOwn(text: string, word: string): boolean {
  return ownWordPattern(word).test(text);
}
