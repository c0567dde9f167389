import { allMatches, escapeRegExp } from '../regexp.ts';

/**
 * Names the team configured in `redaction.internalNames`, found as a whole part of any longer
 * identifier (since the listed-names round 26, docs/redaction.md). A configured name is a
 * declaration: `fritz` is an internal system also where it is an English word and joined into
 * `<ip-of-fritz>`, `fritz-box`, `fritz_box`, `FritzBox`, `ipOfFritz`, `fritz2` or `fritz.example`,
 * which the vocabulary rule (internal-systems.ts) leaves alone because an English word is part of
 * every other identifier. Names that come from vocabularies are not declarations and are not
 * looked for so (named-systems.ts keeps its narrower rule for them).
 */

/** A run of letters and digits joined by hyphens, underscores or dots: one identifier, path segment or host. */
const joinedToken = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)*/gu;

/**
 * One case-insensitive pattern for the configured names, longest first: each name's parts (split
 * at spaces, hyphens, underscores, dots and case changes) joined by any one of those separators or
 * by nothing, so that `Fritz Box` is found as `fritz-box`, `fritz_box` and `FritzBox`.
 */
export function configuredNamePartsPattern(names: readonly string[], isPublicName: (name: string) => boolean): RegExp | undefined {
  const sources = names
    .map((name) => name.trim())
    .filter((name) => name.length >= 3 && !isPublicName(name))
    .map((name) => name.split(/[-_.\s]+|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean).map(escapeRegExp).join('[-_.\\s]?'));
  if (!sources.length) return undefined;
  return new RegExp(`(?:${[...new Set(sources)].sort((a, b) => b.length - a.length).join('|')})`, 'giu');
}

/** Whether a name found at `start`..`end` of `token` is a whole part of it, not letters inside a word (`fritz` in `fritzy`). */
function isWholePart(token: string, start: number, end: number): boolean {
  const before = token[start - 1];
  const after = token[end];
  const first = token[start];
  const last = token[end - 1];
  // A case change joins parts (`ipOfFritz`, `FritzBox`): a lower-case letter before a capital.
  const startsPart = before === undefined || !/\p{L}/u.test(before) || (/\p{Ll}/u.test(before) && /\p{Lu}/u.test(first));
  const endsPart = after === undefined || !/\p{L}/u.test(after) || (/\p{Lu}/u.test(after) && /\p{Ll}/u.test(last));
  return startsPart && endsPart;
}

/** An identifier without its separators, in lower case: `Hermes-Agent`, `hermes_agent`, `HermesAgent` and "Hermes Agent" are one. */
function compactIdentifier(text: string): string {
  return text.replace(/[-_.\s]+/g, '').toLowerCase();
}

const publicIdentifiers = new WeakMap<ReadonlySet<string>, Set<string>>();

/**
 * The identifier is a name the team listed in `redaction.publicNames`, written with any of the
 * separators (round 24 of false positives): a public project's component that contains a
 * configured word (`netbird-relay` beside a configured `relay`, `Hermes-Agent` beside `hermes`)
 * was a finding although the team had listed it as public, the one remedy the guard offers for
 * it. A longer identifier around it (`netbird-relay-7c9f`) is not the listed name and is read as
 * before.
 */
function isListedPublicIdentifier(token: string, publicNames: ReadonlySet<string>): boolean {
  if (!publicNames.size) return false;
  let words = publicIdentifiers.get(publicNames);
  if (!words) publicIdentifiers.set(publicNames, (words = new Set([...publicNames].map(compactIdentifier))));
  return words.has(compactIdentifier(token));
}

/**
 * Every identifier on the line with a configured name as one of its parts, as the whole
 * identifier (its fix replaces it whole: a part left behind would say what the rest was). A token
 * that is the name alone is the vocabulary rule's finding, in prose too ("on the fritz").
 */
export function findConfiguredNameParts(line: string, pattern: RegExp | undefined, publicNames: ReadonlySet<string> = new Set()): { text: string; index: number }[] {
  if (!pattern) return [];
  pattern.lastIndex = 0;
  const anywhere = pattern.test(line);
  pattern.lastIndex = 0;
  if (!anywhere) return [];
  const found: { text: string; index: number }[] = [];
  for (const m of allMatches(joinedToken, line)) {
    const token = m[0];
    const whole = [...allMatches(pattern, token)].some((inside) => inside[0].length < token.length && isWholePart(token, inside.index!, inside.index! + inside[0].length));
    if (whole && !isListedPublicIdentifier(token, publicNames)) found.push({ text: token, index: m.index! });
  }
  return found;
}
