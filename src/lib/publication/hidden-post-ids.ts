import type { Finding } from '../findings.ts';
import { fieldPlace, type ScannedPost } from './carried-hosts.ts';
import { decodedUriComponent } from '../uri-component.ts';
import { decodeEntities } from '../html-entities.ts';
import { isEnglishWord, isKnownFirstName } from './people.ts';

/**
 * The ids of postmortems customers do not see, named in what a public post publishes (canary
 * round 36). An id is a post's file name, and says what happened (`2025-03-02-payroll-db-leak`):
 * the build rewrites a Markdown link to such a post (its words kept, its target dropped), but the
 * id written anywhere else was published as typed: as the words of a link, in a bare address, and
 * in a public timeline event (a plain-text field, whose addresses the page links as written). Each
 * place is an error at its line; a Markdown link's target and a reference definition are left to
 * the build's link rewriter, the documented way to link a post.
 */
export function hiddenPostIdFindings(posts: readonly ScannedPost[], hiddenIds: readonly string[]): Finding[][] {
  const ids = hiddenIds.map((id) => id.toLowerCase());
  // A hidden post whose id is one everyday word (`analysis.mdx`): the word in a public post's
  // prose names no post (look round 41: 123 errors, one for each public post saying "analysis");
  // as an address (`/postmortems/analysis/`, `analysis.mdx`) it still does.
  const everydayWordIds = new Set(ids.filter(isEverydayWordId));
  // In what a post publishes an id of letters alone stands apart from the letters around it: a
  // hidden `exp.mdx` (a chaos experiment's notes) held every public post saying "experienced", and
  // every file named "…-expires-…" or "…-experiment" (adoption round 49); `exp-notes.mdx` still holds it (`exp-2.mdx`, a second post of the same title, does not: isNumberedTwin).
  const findWholeIds = idFinder(ids, true);
  const idsInText = (...texts: string[]) => findWholeIds(...texts).filter((id) => !everydayWordIds.has(id) || texts.some((text) => namesAnAddress(text, id)));
  const finding = (file: string, id: string, line: number, column: number, field?: string): Finding => ({
    file, line, column, rule: 'redact/internal-name', severity: 'error',
    message: `the id of a postmortem customers do not see would be published${field ? ` in ${field}` : ''}: "${id}" (its address, its file name, says what happened).`,
    fix: `remove "${id}", or write the link as [words](/postmortems/${id}/) in the body, which the public build reduces to its words.`,
    ...(field ? { field } : {}),
  });
  return posts.map((post) => {
    const found: Finding[] = [];
    // The post's own id in its own words names itself: a public draft the check scans as redact
    // reads it (draft-scan-view.ts) is hidden until published, and `exp.mdx` was held for "exp" in
    // its own title beside what it really lacked, a start (adoption round 49).
    const ownId = (post.file.split(/[\\/]/).pop() ?? '').replace(/\.mdx?$/i, '').toLowerCase();
    const idsIn = (...texts: string[]) => idsInText(...texts).filter((id) => id !== ownId);
    post.publicLines.forEach((text, index) => {
      // A Markdown link's target and a reference definition: the link rewriter's to drop. Only the
      // destination of what parses as a link (canary round 38: a link's title, and `](…\)` that
      // an escaped parenthesis leaves text, were blanked with it and published the id).
      const shown = text.toLowerCase().replace(linkDestination, (target) => ' '.repeat(target.length)).replace(/^(\s*\[[^\]]+\]:\s*)\S+/, (definition, label: string) => label + ' '.repeat(definition.length - label.length));
      for (const id of idsIn(shown, decoded(shown), asRead(shown))) {
        // Written URL-encoded (`%2D`), its column in the decoded text is not the file's: its line's first.
        found.push(finding(post.file, id, index + 1, (/^\p{L}+$/u.test(id) ? wholeIdIndex(shown, id) : shown.indexOf(id)) + 1 || 1));
      }
    });
    // The post's own id (canary round 39): `<hidden id>-follow-up.mdx` is the public post's
    // address, in every page that lists it, the feed, the sitemap and the search index.
    for (const id of findWholeIds(ownId)) {
      if (id === ownId || everydayWordIds.has(id) || isNumberedTwin(ownId, id)) continue;
      found.push({
        file: post.file, line: 1, column: 1, rule: 'redact/internal-name', severity: 'error',
        message: `the file name, which is this public post's id and address on every page that lists it, the feed and the sitemap, holds the id of a postmortem customers do not see: "${id}" (its file name says what happened).`,
        fix: `rename the file (git mv) to a name of its own that does not hold "${id}".`,
      });
    }
    for (const field of post.publicFields ?? []) {
      const text = decoded(field.text.toLowerCase());
      for (const id of idsIn(text, asRead(field.text))) {
        const place = fieldPlace(post.sourceLines, field.path, id);
        found.push(finding(post.file, id, place.index + 1, place.column, field.path.join('.')));
      }
    }
    return found;
  });
}

/**
 * Whether `ownId` is `hiddenId` with a number after it (`0x19-postmortem-2` of `0x19-postmortem`):
 * the name the import and `npm run new` give a post whose title makes an id already taken. Its
 * words are the post's own (its own title made them); the hidden post's id adds none. Eight
 * students' postmortems, each a `0x19-postmortem/README.md`, were drafts `0x19-postmortem`,
 * `-2` and `-3`: with the first held back, the other two were held for its id (adoption round 56).
 * Any other word joined to a hidden id (`<hidden id>-follow-up`) still holds the post.
 */
function isNumberedTwin(ownId: string, hiddenId: string): boolean {
  return ownId.startsWith(`${hiddenId}-`) && /^\d+$/.test(ownId.slice(hiddenId.length + 1));
}

/**
 * The ids of `hiddenIds` a file a public post shows as it is holds (canary round 43: an SVG image
 * linking to a post customers do not see, copied into the site byte for byte, published its id).
 */
export function hiddenPostIdsIn(text: string, hiddenIds: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return idFinder(hiddenIds.map((id) => id.toLowerCase()), true)(lower, decoded(lower), asRead(lower)).filter((id) => !isEverydayWordId(id) || namesAnAddress(lower, id));
}

/**
 * Which of `ids` any of the texts holds, in the order of `ids` (each as often as it is listed).
 * Each text is read once, each position's first characters looked up among the ids' own, instead of
 * searched once for every id: a public build of 1,000 postmortems has ~800 hidden ids, and that
 * search, ~15 million of them over every line of its ~180 public posts, took ~4.7 s of CPU.
 * A position is looked up only when its character opens an id: the lookup copies and hashes the
 * key's characters, and at every position of every line it cost ~0.2 s of CPU at 1,000, on the
 * public build's last step (docs/performance.md, session 41); most characters of prose open none.
 */
function idFinder(ids: readonly string[], wholeWords = false): (...texts: string[]) => string[] {
  const keyLength = Math.min(...ids.map((id) => id.length));
  // An empty id (none is: it is a file's name) is in every text.
  if (ids.length === 0 || keyLength === 0) return (...texts) => ids.filter((id) => texts.some((text) => text.includes(id)));
  // With `wholeWords`, an id of letters alone (`exp`, `prereq`) has no letter or digit right before
  // or after it (a hyphen or a slash may be: `exp-2`, `/postmortems/exp/`); a dated or numbered id
  // (`2024-01-05-db`) is read anywhere, glued to other letters too, as its own text says which post.
  const lettersOnly = ids.map((id) => wholeWords && /^\p{L}+$/u.test(id));
  const apart = (index: number, text: string, at: number, end: number) => !lettersOnly[index] || standsApart(text, at, end);
  const byKey = new Map<string, number[]>();
  const opensAnId = new Uint8Array(0x10000);
  ids.forEach((id, index) => {
    const key = id.slice(0, keyLength);
    byKey.set(key, [...(byKey.get(key) ?? []), index]);
    opensAnId[id.charCodeAt(0)] = 1;
  });
  return (...texts) => {
    const held = new Set<number>();
    for (const text of new Set(texts)) {
      for (let at = 0; at + keyLength <= text.length; at++) {
        if (!opensAnId[text.charCodeAt(at)]) continue;
        for (const index of byKey.get(text.slice(at, at + keyLength)) ?? []) if (text.startsWith(ids[index], at) && apart(index, text, at, at + ids[index].length)) held.add(index);
      }
    }
    return [...held].sort((a, b) => a - b).map((index) => ids[index]);
  };
}

/** Whether `text` from `at` to `end` has no letter or digit right before or after it. */
const standsApart = (text: string, at: number, end: number) => !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '');

/** Where `id` first stands apart from the letters and digits around it in `text`, or -1. */
function wholeIdIndex(text: string, id: string): number {
  for (let at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) if (standsApart(text, at, at + id.length)) return at;
  return -1;
}

/**
 * `](` and the destination after it, when it is one: in angle brackets, or of characters that are
 * no space or parenthesis (a backslash escape and one level of parentheses allowed), followed by a
 * space (a title follows) or the closing parenthesis. Its title stays, read as text.
 */
const linkDestination = /\]\((?:<[^<>\n]*>|(?:\\[\s\S]|\([^\s()\\]*\)|[^\s()\\])*)(?=[ \t]|\))/g;

/**
 * A text as an address in it is read: decoded (`%2D`), or as written when an escape is malformed.
 * Only `%` opens an escape: a text without one is itself (not decoded again, line after line).
 */
const decoded = (text: string): string => (text.includes('%') ? (decodedUriComponent(text) ?? text) : text);
/**
 * The text as a reader reads it (canary round 44): character references decoded (`&#50;025-…`),
 * invisible format characters dropped (a soft hyphen or zero-width space inside the id), compatibility
 * forms folded (full-width digits) and Unicode's hyphens and dashes read as `-`: each still showed the
 * id of a post customers do not see.
 */
const asRead = (text: string): string => decodeEntities(decoded(text)).replace(/\p{Cf}/gu, '').normalize('NFKC').replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-').toLowerCase();

/**
 * An id of one word of three or more letters the English word list holds, and no given name; or a
 * compound of such a word and a particle (`on-call`, `follow-up`, `roll-back`): a handbook's page
 * `on-call.mdx` kept internal held a public post whose timeline said "On-call engineer received
 * the alert" (adoption round 42).
 */
function isEverydayWordId(id: string): boolean {
  const everyday = (word: string) => /^\p{L}{3,}$/u.test(word) && isEnglishWord(word) && !isKnownFirstName(word);
  const compound = /^(\p{L}+)-(\p{L}+)$/u.exec(id);
  if (compound) return (particle.test(compound[1]) && everyday(compound[2])) || (everyday(compound[1]) && particle.test(compound[2]));
  return everyday(id);
}

/** The particles of English compounds written with a hyphen ("on-call", "follow-up", "check-in"). */
const particle = /^(?:on|off|up|down|in|out|over|back|by)$/;

/** `id` (letters only) written as part of an address: after `/`, `#` or `=`, or before `/` or `.md`/`.mdx`. */
function namesAnAddress(text: string, id: string): boolean {
  return new RegExp(`[/#=]${id}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])${id}(?:/|\\.mdx?(?![\\p{L}\\p{N}]))`, 'u').test(text);
}
