import { rewriteReasonWordLists } from './reason-word-lists.ts';
import { sharedIdentifierParts, type ReportIdentifiers } from './reason-identifiers.ts';

/**
 * The parts of a web address or a file name that say how it is reached or stored, not what it
 * is: the scheme before "://" ("https"), "www", and the ending after a name's last dot (the
 * top-level domain of `ci.jenkins.io`, the file type of `Index.html`: two letters, or one of
 * {@link longerEndings}; not the last part of `pubsub.topics.publish` or `job.name`, words of
 * an option or a field). The similarity counts
 * them as words, and they filled the last place of reasons beside similar links: "same words:
 * etherpad, schullogin, https, Index.html", "same words: io, jenkins", "same words: https,
 * different, com, org" (docs/findability.md, round 57: 200 such words named on the judgement
 * sets' 9,192 links). A word a report writes only in those places is no reason for a reader; a
 * word it also writes on its own ("HTTP load balancing", "HTTPS traffic", "an HTML chunk") is a
 * word of its story and stays, and so does a part of an address both reports write, shown whole
 * (`status.php`, `www.lernsax.de`: src/lib/reason-identifiers.ts). Only the words named change: what is counted, and so which
 * reports are linked, does not.
 */

/** Endings of host and file names longer than two letters: generic top-level domains and web page types. */
const longerEndings: ReadonlySet<string> = new Set(['com', 'org', 'net', 'edu', 'gov', 'int', 'mil', 'info', 'biz', 'html', 'htm', 'xhtml', 'php', 'asp', 'aspx', 'jsp', 'cgi']);

/** A character that joins two parts of a name ("_", "-", "."). */
const isJoint = (character: string | undefined) => character === '_' || character === '-' || character === '.';
const letterOrDigit = /[\p{L}\p{N}]/u;
const isPartCharacter = (character: string | undefined) => character !== undefined && letterOrDigit.test(character);

/**
 * The words (lower case) `report` writes only as an address's or a file name's scheme, "www" or
 * ending, never on their own. Read from the identifiers the report writes (their last part after
 * a dot, their "www") and the schemes before "://"; a candidate is then looked for in the text,
 * once a report.
 */
export function addressPartsOf(report: ReportIdentifiers): ReadonlySet<string> {
  const candidates = new Set<string>();
  for (const [key, identifier] of report.identifiers) {
    const lastDot = key.lastIndexOf('.');
    if (lastDot < 0) continue;
    const ending = key.slice(lastDot + 1);
    if (/^\p{L}{2}$/u.test(ending) || longerEndings.has(ending)) candidates.add(ending);
    if (identifier.parts[0] === 'www') candidates.add('www');
  }
  const text = report.text();
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && /\p{L}/u.test(text[start - 1])) start--;
    if (start < at) candidates.add(text.slice(start, at).toLowerCase());
  }
  const parts = new Set<string>();
  for (const word of candidates) if (!writesOnItsOwn(text, word)) parts.add(word);
  return parts;
}

/**
 * Whether `text` writes `word` as a word of its own: not after a joint ("." of a
 * host or a file name, "_", "-"), not before "://", a joint and a letter, or "." and a letter.
 */
export function writesOnItsOwn(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // No plural: "io" of `jenkins.io` is not "iOS".
  const found = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
  for (let match = found.exec(text); match; match = found.exec(text)) {
    const before = text[match.index - 1];
    const after = match.index + match[0].length;
    if (isJoint(before) && isPartCharacter(text[match.index - 2])) continue;
    if (text.startsWith('://', after)) continue;
    if (isJoint(text[after]) && isPartCharacter(text[after + 1])) continue;
    return true;
  }
  return false;
}

/** The address parts of two reports, as a reason between them leaves them out: see {@link addressPartsBetween}. */
export interface AddressPartsBetween {
  /** Whether `word` (as named, any case) is no reason between the two reports. */
  has(word: string): boolean;
  readonly size: number;
}

/**
 * The words either report writes only as an address part ({@link addressPartsOf}: `fromParts`,
 * `toParts`), but for the parts of an identifier both write: those are shown whole.
 */
export function addressPartsBetween(from: ReportIdentifiers, fromParts: ReadonlySet<string>, to: ReportIdentifiers, toParts: ReadonlySet<string>): AddressPartsBetween {
  if (fromParts.size === 0 && toParts.size === 0) return { has: () => false, size: 0 };
  const kept = sharedIdentifierParts(from, to);
  const parts = new Set([...fromParts, ...toParts].filter((word) => !kept.has(word)));
  return { has: (word: string) => parts.has(word.toLowerCase()), size: parts.size };
}

/**
 * `reason` ("similar wording: http, timeout; same words: https, mirror") without the words of
 * "similar wording" and "same words" that are `parts` ({@link addressPartsBetween}); a part
 * left with no word goes. Other parts ("both: ...", "same service ...") are kept as they are.
 */
export function withoutAddressParts(reason: string, parts: AddressPartsBetween): string {
  if (parts.size === 0) return reason;
  return rewriteReasonWordLists(reason, (words) => words.filter((word) => !parts.has(word)));
}
