import type { Finding } from '../findings.ts';
import { allowancesOnLine, allowedMatchKey, redactionFindingText, redactionRules, suggestedFix } from '../redaction-guard.ts';
import { escapeRegExp } from '../regexp.ts';
import { isEnglishWord, isKnownWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { isShownPublicProject, publicProjectNames } from './public-project-signs.ts';
import { isCollectionServiceName } from './status-service-names.ts';

/**
 * Hosts carried across the posts of one scan (carried-hosts round 27). A bare machine name is
 * found only where something marks it as a host (a shell prompt `` `off3:/var/log#` ``, a
 * connection error); the same post or the next one then writes it in prose ("pinged from off3")
 * and nothing marks it. A host found with such a sign is one the organisation runs, so it is looked
 * for as a whole word on every line of every post of the scan (the public build scans all public
 * posts), and so are its numbered siblings (`off1`, `off2` beside `off3`). Each carried finding
 * names where the sign was seen, so that the author knows why. Since the twenty-eighth probe round
 * the public frontmatter fields are searched too, and a host named by an English word (`backup`)
 * is carried only where a host stands (`hostPlace`).
 */

/** A post of the scan: its file, the lines the public sees (positioned as the file's), its own lines (for markers), its findings. */
export interface ScannedPost {
  file: string;
  publicLines: readonly string[];
  sourceLines: readonly string[];
  findings: readonly Finding[];
  /**
   * The frontmatter fields the public page shows (`publicFrontmatterFields`), searched too since
   * the twenty-eighth probe round: a host named only in a public title or a timeline's event is
   * published there as in the body.
   */
  publicFields?: readonly { path: readonly (string | number)[]; text: string }[];
}

/** A host found with a sign, and the first place (in scan order) it was. */
interface HostSign {
  host: string;
  /** An English or known word (`backup`): carried only where a host stands (`hostPlace`). */
  word: boolean;
  file: string;
  line: number;
}

const hostRule = 'redact/internal-host';
/** A bare host: one label with a letter, no dot, no path (`off3`, `pool-01`). */
const bareHost = /^(?=[\p{L}\p{N}_-]*\p{L})[\p{L}\p{N}][\p{L}\p{N}_-]{2,}$/u;
/** A numbered machine name: a stem of two letters or more and a number (`off3`, `pool-01`). */
const numberedName = /^(\p{L}{2,}[\p{L}-]*?)-?\d+$/u;

/**
 * The bare name a host finding gives, if it is one to carry: a bare host, or the numbered first
 * label of a dotted one; `word` when it is an English or known word without a digit.
 */
function carriedName(text: string): { name: string; word: boolean } | undefined {
  const name = bareHost.test(text) ? text : text.includes('.') ? text.split('.')[0] : undefined;
  if (!name || !bareHost.test(name)) return undefined;
  // A dotted host's first label alone ("www", "api") is no machine unless numbered.
  if (name !== text && !numberedName.test(name)) return undefined;
  if (isPublicTerm(name)) return undefined;
  const lower = name.toLowerCase();
  return { name, word: !/\d/.test(name) && (isEnglishWord(lower) || isKnownWord(lower)) };
}

/** Every host found with a sign in these posts, first place first, once each (case ignored). */
function hostSigns(posts: readonly ScannedPost[]): HostSign[] {
  const signs = new Map<string, HostSign>();
  for (const post of posts) {
    for (const finding of post.findings) {
      if (finding.rule !== hostRule || finding.severity !== 'error') continue;
      const carried = carriedName(redactionFindingText(finding));
      if (carried && !signs.has(carried.name.toLowerCase())) signs.set(carried.name.toLowerCase(), { host: carried.name, word: carried.word, file: finding.file, line: finding.line });
    }
    // A numbered machine name kept inside <Internal> on its own (`<Internal>ovh3</Internal>`) is a
    // sign too (adoption round 46, the lead's): `npm run redact` wraps the host it found by its sign
    // (a prompt `ovh3:/#`) and the sign is gone from what the scan reads, so the other posts' bare
    // "ovh1 disk was above 80%" and their addresses (`…-ovh1-down`) were published.
    post.sourceLines.forEach((text, index) => {
      if (!text.includes('<Internal>')) return;
      for (const m of text.matchAll(keptInternalMachine)) {
        const carried = carriedName(m[1]);
        if (carried && !carried.word && !signs.has(carried.name.toLowerCase())) signs.set(carried.name.toLowerCase(), { host: carried.name, word: false, file: post.file, line: index + 1 });
      }
    });
  }
  return [...signs.values()];
}

/** A lower-case machine name and its number (`ovh3`, `db01`, `web-2`), alone in an `<Internal>` block, as `npm run redact` wraps a host. */
const keptInternalMachine = /<Internal>\s*`?(\p{Ll}[\p{Ll}-]*\p{Ll}-?\d{1,3})`?\s*<\/Internal>/gu;

/** A label of a name: no letter, digit or `_` either side (a hyphen or a dot may join it to others). */
const labelOfName = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`, 'giu');
/** A whole word: no letter, digit, `_` or `-` either side. */
const wholeWord = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${body})(?![\\p{L}\\p{N}_-])`, 'giu');
/**
 * A word where only a host stands (since the twenty-eighth probe round): a code span of it alone
 * (`` `backup` ``), after `ssh` (and an account), after an account's `@` before a colon or a
 * space, or before a port or a path (`backup:5432`, `backup:/srv`). An English word a prompt
 * shows as a host (`root@backup:~#`) is carried there, not to every "backup" of the scan.
 */
const hostPlace = (body: string) => new RegExp(
  `(?<=\`)(?:${body})(?=\`)|(?<=\\bssh\\s+(?:-\\S+\\s+)*(?:[\\w.-]+@)?)(?:${body})(?![\\p{L}\\p{N}_-])|(?<=[\\w.-]@)(?:${body})(?=[:\\s])|(?<![\\p{L}\\p{N}_@.-])(?:${body})(?=:(?:\\d{2,5}(?!\\d)|/))`, 'giu');

/**
 * The findings the carried hosts add to each post (in the posts' order), and the matches markers
 * allow. A place an existing finding covers is not found twice. The result depends only on the
 * posts and their order, not on which thread scanned which. `ownScopes` are the organisation's
 * (RedactionOptions.orgScopes): a link to one of its own repositories shows no public project
 * (probe round 60: without them `github.com/acme/ledgerd` stopped `ledgerd` being carried).
 */
export function carriedHostFindings(posts: readonly ScannedPost[], ownScopes: Iterable<string> = []): { findings: Finding[][]; allowed: Set<string> } {
  // A service the collection names post after post ("Copr outage", "the Copr team") is no host of
  // the organisation, though one post writes it where a machine stands (status-service-names.ts).
  let postTexts: string[] | undefined;
  // Nor is a public project a post shows as one (`http://quillbox:9200` beside
  // `github.com/quillbox-eu/quillbox`; round 59 of false positives, public-project-signs.ts): the
  // place that is a host stays found, its name is not carried to the prose.
  let shownProjects: Set<string> | undefined;
  const signs = hostSigns(posts).filter((sign) => !isCollectionServiceName(sign.host, postTexts ??= posts.map((post) => [...post.publicLines, ...(post.publicFields ?? []).map((field) => field.text)].join('\n')))
    && !isShownPublicProject(sign.host, shownProjects ??= publicProjectNames(postTexts.join('\n'), ownScopes)));
  const allowed = new Set<string>();
  if (!signs.length) return { findings: posts.map(() => []), allowed };
  const known = new Set(signs.map((s) => s.host.toLowerCase()));
  const searches = signs.flatMap((sign) => {
    const where = `${sign.file}:${sign.line}`;
    // A numbered machine is found in hyphenated and dotted names too (`munin-off1-df.png`,
    // `off1-proxy`, `…-off2-reinstall.md`; adoption round 46): its number keeps it from words.
    const pattern = sign.word ? hostPlace : /\d/.test(sign.host) ? labelOfName : wholeWord;
    const own = { isSibling: false, pattern: pattern(escapeRegExp(sign.host)), why: `found as a host at ${where}` };
    const stem = numberedName.exec(sign.host)?.[1];
    if (!stem) return [own];
    // A sibling written with a hyphen before its number (`off-2`) only as a word: "kick-off-2" is none.
    const siblingPattern = new RegExp(`${labelOfName(`${escapeRegExp(stem)}\\d+`).source}|${wholeWord(`${escapeRegExp(stem)}-\\d+`).source}`, 'giu');
    const sibling = { isSibling: true, pattern: siblingPattern, why: `numbered like the host ${sign.host} found at ${where}` };
    return [own, sibling];
  });
  const findings = posts.map((post) => {
    const added: Finding[] = [];
    const takenByLine = bodyFindingPlacesByLine(post.findings);
    /** Whether to add a carried host at this place of the source, or a marker on its line allows it. */
    const carries = (host: string, sourceIndex: number) => {
      const allows = allowancesOnLine(post.sourceLines[sourceIndex] ?? '').some((a) => a.rule === hostRule && (a.text === undefined || a.text.toLowerCase() === host.toLowerCase()));
      if (allows) allowed.add(allowedMatchKey(hostRule, host));
      return !allows;
    };
    const carried = (host: string, line: number, column: number, why: string, field?: string): Finding => ({ file: post.file, line, column, rule: hostRule, severity: 'error',
      message: `${redactionRules[hostRule]} (${why}) would be published: "${host}".`, fix: suggestedFix(hostRule, host), ...(field ? { field } : {}) });
    /** The hosts a search finds in a text that are to be carried (not a sibling found with its own sign, not a public term). */
    const hostsIn = (text: string) => searches.flatMap(({ pattern, why, isSibling }) =>
      [...text.matchAll(pattern)].filter((m) => !(isSibling && known.has(m[0].toLowerCase())) && !isPublicTerm(m[0])).map((m) => ({ m, why })));
    post.publicLines.forEach((text, index) => {
      const line = index + 1;
      const taken = takenByLine.get(line) ?? [];
      for (const { m, why } of hostsIn(text)) {
        const [start, end] = [m.index, m.index + m[0].length];
        if (taken.some(([from, to]) => start < to && from < end) || !carries(m[0], index)) continue;
        added.push(carried(m[0], line, start + 1, why));
        taken.push([start, end]);
      }
    });
    for (const field of post.publicFields ?? []) {
      const name = field.path.join('.');
      const foundThere = post.findings.filter((f) => f.field === name).map((f) => redactionFindingText(f).toLowerCase());
      const seen = new Set<string>();
      for (const { m, why } of hostsIn(field.text)) {
        const host = m[0].toLowerCase();
        if (seen.has(host) || foundThere.some((text) => text.includes(host))) continue;
        seen.add(host);
        const place = fieldPlace(post.sourceLines, field.path, m[0]);
        if (carries(m[0], place.index)) added.push(carried(m[0], place.index + 1, place.column, why, name));
      }
    }
    // The post's address (`…-dataset-full-on-off1`): published in the URL, the feed and the search
    // index. Found once the body's `off1` was wrapped, the post was published under it (session 31);
    // as a file-name finding, check holds the post and `npm run redact -- --rename` renames it.
    const id = (post.file.split(/[\\/]/).pop() ?? post.file).replace(/\.mdx?$/, '');
    const namedInId = new Set(post.findings.filter((f) => f.field === '(file name)').map((f) => redactionFindingText(f).toLowerCase()));
    for (const part of id.split(/[-_.]/)) {
      for (const { m, why } of hostsIn(part)) {
        if (namedInId.has(m[0].toLowerCase()) || !carries(m[0], 0)) continue;
        namedInId.add(m[0].toLowerCase());
        added.push({ ...carried(m[0], 1, 1, why, '(file name)'), message: `${redactionRules[hostRule]} (${why}) would be published in the post's address /incidents/${id}/, its feed entry, the sitemap and the search index: "${m[0]}".`,
          fix: `rename the file (git mv) so that its name does not say "${m[0]}" (npm run redact lists the renames of all the posts it is given, and makes them with --rename).` });
      }
    }
    return added.sort((a, b) => a.line - b.line || a.column - b.column);
  });
  return { findings, allowed };
}

/**
 * The places (0-based [start, end) columns) each body line's findings cover, by 1-based line:
 * a carried name is not found again where another rule already found text. Gathered once per
 * post rather than once per line.
 */
export function bodyFindingPlacesByLine(findings: readonly Finding[]): Map<number, (readonly [number, number])[]> {
  const placesByLine = new Map<number, (readonly [number, number])[]>();
  for (const f of findings) {
    if (f.field) continue;
    const places = placesByLine.get(f.line) ?? placesByLine.set(f.line, []).get(f.line)!;
    places.push([f.column - 1, f.column - 1 + Math.max(1, redactionFindingText(f).length)]);
  }
  return placesByLine;
}

/**
 * Where a carried host stands in a public frontmatter field: the first line of the frontmatter,
 * from the line of the field's top-level key, that holds it as a whole word (its line index and
 * column); the key's line if none does (a folded scalar may split it).
 */
export function fieldPlace(sourceLines: readonly string[], path: readonly (string | number)[], host: string): { index: number; column: number } {
  const end = sourceLines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
  const key = new RegExp(`^${escapeRegExp(String(path[0]))}\\s*:`);
  const from = Math.max(0, sourceLines.findIndex((line, i) => i < end && key.test(line)));
  const word = wholeWord(escapeRegExp(host));
  for (let i = from; i < end; i++) {
    const at = sourceLines[i].search(word);
    if (at !== -1 && !/^\s*#/.test(sourceLines[i])) return { index: i, column: at + 1 };
  }
  return { index: from, column: 1 };
}
