import { spelledApartBeside } from './internal-systems.ts';
import { withoutAccents } from '../text/fold-accents.ts';

/**
 * Evidence beside an identifier-shaped token that it names nothing internal (since the twelfth
 * round of false positives): each function reads the token's line or paragraph only.
 */

/** A heading's text as a slug: lower case, marks dropped, words joined by hyphens (as GitBook, GitHub and most generators write anchors). */
export function headingSlug(heading: string): string {
  return withoutAccents(heading)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

const headingLine = /^\s{0,3}#{1,6}\s+(.*?)\s*(<a\s[^<>]*>\s*<\/a>)\s*$/;

/**
 * True when the token at `index` is the anchor of the heading on its line, as GitBook exports every
 * heading (`## September 2021 Exploit <a href="#september-2021-exploit" id="september-2021-exploit"></a>`):
 * the slug of the heading's own words, which the page shows anyway. An `id` that is not that slug
 * (`id="ledger-db-7"`) is judged as any other token.
 */
export function isHeadingAnchor(line: string, index: number, token: string): boolean {
  const m = headingLine.exec(line);
  if (!m) return false;
  const anchorStart = line.lastIndexOf(m[2]);
  if (index < anchorStart || index >= anchorStart + m[2].length) return false;
  return headingSlug(m[1].replace(/<[^<>]*>/g, '').replace(/[*_`]/g, '')) === token.toLowerCase();
}

/**
 * True when the token at `index` is given as a blockchain's chain id: after a "Chain id:" label
 * (`**Chain id:** \`secret-2\``) or a `--chain-id` flag. A chain id names a public ledger that
 * anyone's node joins, not a system of the publisher's.
 */
export function isChainId(line: string, index: number): boolean {
  return /(?:\bchain[-_ ]?id(?:\*\*|__)?\s*[:=](?:\*\*|__)?|--chain-id(?:=|\s))\s*[`"']?$/i.test(line.slice(Math.max(0, index - 40), index));
}

/**
 * {@link spelledApartBeside} across the lines of one paragraph: a sentence wrapped by a YAML or
 * Markdown line break ("create-nodepool, delete-nodepool, and⏎  node-pool resizes") spells the
 * word apart on the next line. Reads the line before and the line after, each only when not blank.
 */
export function spelledApartInParagraph(token: string, lines: readonly string[], i: number): boolean {
  const near = [lines[i - 1], lines[i], lines[i + 1]].filter((l): l is string => l !== undefined && l.trim() !== '');
  return near.length > 1 && spelledApartBeside(token, near.join(' '));
}

/** The first word of a public cloud region's name (Google's `us-central1`, `australia-southeast1`; AWS's `us-east-1`). */
const regionAreas = ['us', 'eu', 'ap', 'sa', 'ca', 'me', 'af', 'europe', 'asia', 'australia', 'northamerica', 'southamerica', 'africa'];
const compassWord = /^(?:east|west|north|south|central|northeast|northwest|southeast|southwest)\d+$/;

/** True when `a` and `b` differ by one letter inserted, removed or replaced. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * True when the token is a public cloud region or zone mistyped as a status page mistypes them:
 * its first word one letter off (`uc-central1`, `austrailia-southeast1`), a zone's letter without
 * its hyphen (`us-central1a`, `eu-west2c`), an English word run on (`asia-east1and`), the first
 * word left out of a zone (`east1-c`), or a multi-region written as a word (`us-multiregion`). Only
 * a second word that is a compass point and a number, so `ledger-central1` stays an identifier.
 */
export function isMisspeltCloudRegion(token: string): boolean {
  const lower = token.toLowerCase();
  if (/^(?:us|eu|asia|europe)-multi-?regions?$/.test(lower)) return true;
  const parts = lower.split('-');
  if (parts.length === 2 && compassWord.test(parts[0]) && /^[a-f]$/.test(parts[1])) return true;
  if (parts.length < 2 || parts.length > 3) return false;
  let [area, where, zone] = parts;
  // A run-on word after the number, or a zone's letter without its hyphen.
  const runOn = /^([a-z]+\d+)(?:and|or|in|to|at)$/.exec(where) ?? /^([a-z]+\d+)[a-f]$/.exec(where);
  if (runOn && zone === undefined) where = runOn[1];
  if (!compassWord.test(where) || (zone !== undefined && !/^[a-f]$/.test(zone))) return false;
  if (where !== parts[1]) return regionAreas.includes(area) || regionAreas.some((a) => a.length > 2 && oneEditApart(a, area));
  return !regionAreas.includes(area) && regionAreas.some((a) => oneEditApart(a, area));
}

/** A placeholder written for a path's variable part: `[PROJECT_ID]`, `{project}`, `<project>`, `${PROJECT}`, `PROJECT_ID`. */
const placeholderSegment = /^(?:\[[A-Z][A-Z0-9_]*\]|\{[\w-]+\}|<[\w-]+>|\$\{?[A-Z][A-Z0-9_]*\}?|[A-Z][A-Z0-9]*_[A-Z0-9_]+)(?:%2F|$)/;

/**
 * True when the token at `index` is a fixed segment of a path whose variable parts are written as
 * placeholders, two or more (`projects/[PROJECT_ID]/locations/[REGION]/repositories/gcf-artifacts`,
 * as a provider's status page quotes an error): a template of the provider's own resource names,
 * in which the reader puts theirs. A path with one placeholder (`/srv/ledger-db-7/[DATE]`) is
 * judged as any other.
 */
export function isInPlaceholderPath(line: string, index: number, token: string): boolean {
  const delimiter = /[\s"'`(),;]/;
  let start = index;
  while (start > 0 && !delimiter.test(line[start - 1])) start--;
  let end = index + token.length;
  while (end < line.length && !delimiter.test(line[end])) end++;
  const segments = line.slice(start, end).split('/');
  return segments.length >= 3 && segments.filter((s) => placeholderSegment.test(s)).length >= 2;
}

/**
 * A word and its index in a superscript or subscript, as a model's notation writes a term for each
 * of its logs (round 49 of false positives, docs/redaction.md): sigstore's claimant model defines
 * `Claim<sup>LOG_Rekor</sup>`, `Verifier<sup>LOG_Fulcio</sup>`, and the page's reading,
 * "ClaimLOG_Rekor", was an identifier split by markup (30 findings). The base is an English word and
 * the index an acronym or a number that is no identifier alone, so the two are a term and its index:
 * `Zar<sup>nith</sup>` (no English base), `acme<sup>-prod</sup>` and `Deploy<sub>Bot_Runner</sub>`
 * (an index that is no acronym) still read as one name.
 */
export function isWordWithIndex(written: string, isEnglish: (word: string) => boolean, isIdentifier: (token: string) => boolean): boolean {
  const m = /^(\p{L}{3,})<(sup|sub)>([^<>]+)<\/\2>$/iu.exec(written);
  return !!m && isEnglish(m[1].toLowerCase()) && /^(?:\p{Lu}{2}|\d)/u.test(m[3]) && !isIdentifier(m[3]);
}

/** Units of time, size and rate a measure is written with ("500 ms", "2 GB", "10 min"). */
const measureUnit = /^(?:ns|µs|μs|us|ms|s|sec|secs|min|mins|h|hr|hrs|d|kb|mb|gb|tb|kib|mib|gib|tib|rps|qps)$/i;

/**
 * Whether a token of a unit, a dash and a number follows a number: a range of measures written
 * with the unit on both ends ("~500 ms–5 s", "10 min-2 h"), which the identifier shape reads as
 * `ms-5` (round 56 of false positives: a Portuguese post's "**~500 ms–5 s** (warm)" published as
 * "~500  s"). A unit's name joined to a number with no number before it (`ms-5` alone) stays an
 * identifier.
 */
export function isRangeOfMeasures(line: string, index: number, token: string): boolean {
  const parts = /^([\p{L}]{1,4})[-\u2010-\u2015](\d+(?:[.,]\d+)?)$/u.exec(token);
  return Boolean(parts) && measureUnit.test(parts![1]) && /\d[ \u00a0\u202f]?$/u.test(line.slice(0, index));
}

/**
 * Whether a token is an acronym or a product's code of capitals and digits made an adjective by
 * a participle or an adjective after a hyphen ("R2-backed", "S3-compatible", "NFS-based",
 * "K8s-native"): round 56 of false positives, where "in the R2-backed `homelab-thanos` bucket"
 * published "an internal system an internal system bucket". A longer or lower-case first part
 * ("ledger-backed", "zarnith-based") may be a system's own name and stays found.
 */
export function isAcronymAdjective(token: string): boolean {
  return /^(?=[A-Z0-9]*[A-Z])[A-Z][A-Z0-9]{0,3}(?:s)?-(?:backed|based|powered|driven|hosted|managed|scoped|enabled|compatible|native|aware|specific|only|wide|bound|related|style|like|friendly|heavy|side|stored)$/.test(token);
}
