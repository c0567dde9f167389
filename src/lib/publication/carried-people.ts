import type { Finding } from '../findings.ts';
import { allowancesOnLine, allowedMatchKey, mayBePersonalMention, redactionFindingText, redactionRules, suggestedFix } from '../redaction-guard.ts';
import { escapeRegExp } from '../regexp.ts';
import { isPublicTerm } from './public-terms.ts';
import { isKnownFirstName } from './people.ts';
import { pronounWord } from './attribution-people.ts';
import { bodyFindingPlacesByLine, fieldPlace, type ScannedPost } from './carried-hosts.ts';
import { replacedPeopleNames } from './replaced-people.ts';
import { coinedOwnerReason } from './coined-repository-owners.ts';
import { internalReadingOfLine } from '../postmortem-text.ts';
import { isOrganisationGroupAccount } from './organisation-group-accounts.ts';
import { nicknameInName } from './quoted-nicknames.ts';

/**
 * People carried across the posts of one scan (since probe round 31, docs/redaction.md, "Probe
 * round 31"). A handle or a name is found where its post gives a sign (a thanks list, a chat
 * line's speaker, an Owner cell); another post of the same site writes it bare ("owlish
 * restarted the provisioner") with no sign, and each post was scanned with what it names itself,
 * so the second published it. A name found as a person in one post is someone the organisation's
 * posts name, so it is looked for in every post of the scan (the public build scans all public
 * posts together), as carried-hosts.ts does for hosts:
 *
 * - a lower-case handle (`owlish`, `hkovacs`, `kofi_a`) in the same case, whatever a dictionary
 *   says of it, as a word on its own (not inside a path, host, address or longer identifier),
 *   unless a post writes it as a domain's label or a path's segment (`gitpod.io`, `/gitpod/`):
 *   then it is a product's or an organisation's name;
 * - a full name of two to four capitalised words, as written.
 *
 * Only certain findings are carried (`redact/person`, errors), not guesses, so a product a post
 * took for a person is not multiplied over the site. A single capitalised word is not carried:
 * measured on gitpod's blog, the one post whose table made "Gitpod" a person made 515 findings of
 * it in the other posts; a given name is found in its own post wherever it is written.
 *
 * Since probe round 32 (docs/redaction.md, "Probe round 32"): a handle found as a person in a
 * profile's address (`https://gitlab.com/ekaterinaz`, `twitter.com/brannoch_dev`,
 * `linkedin.com/in/marisol-q`, `github.com/<handle>` alone) is carried too, and that address is no
 * sign that the handle is a site's or an organisation's name; the public frontmatter fields (a
 * title, a summary, an action item's owner) are searched as the body is.
 */

const personRule = 'redact/person';
/**
 * Keywords of the programming languages posts quote (C, Go, Rust, Python, shell, JavaScript):
 * one post's wrong finding of `goto` as a person made every post's "jumps with goto cleanup" a
 * person (round 32 of false positives, docs/redaction.md). A keyword is the language's, in every
 * post; it is still found in the post whose sign named it.
 */
const programKeyword = /^(?:goto|defer|yield|async|await|lambda|elif|esac|fi|func|fn|impl|struct|enum|typedef|nullptr|noexcept|unsafe|mut|chan|select|fallthrough|println|printf|sizeof|void|const|var|let|def|del|nonlocal)$/;
const lowerHandle = /^\p{Ll}[\p{Ll}\p{N}._]{2,30}$/u;
/** A person's profile page, as the person rules report it (the whole address): the handle is its last segment. */
const profileHandle = /^(?:https?:\/\/)?(?:www\.)?(?:github\.com|gitlab\.com|twitter\.com|x\.com|linkedin\.com\/in)\/([\p{L}\p{N}._-]{3,39})\/?$/u;
/** A profile's handle may join its words with hyphens (`marisol-quintero-7a`). */
const profileHandleShape = /^\p{Ll}[\p{Ll}\p{N}._-]{2,38}$/u;
/**
 * A profile's handle of words run together, each capitalised but maybe the first
 * (`QuietMisdreavus`, `quietMisdreavus`): adoption round 52 found a person's
 * `https://github.com/<Handle>` in a reference definition, withheld, and the same handle as the
 * link's words six times on the public page ("[<Handle>] joins into the operations channel"). It
 * is carried as written, in its own case.
 */
const runTogetherProfileHandle = /^\p{L}\p{Ll}+(?:\p{Lu}\p{Ll}+)+\p{N}*$/u;
/** A handle as a profile's path segment: no sign of a site's or organisation's name. */
const profilePath = (handle: string) => new RegExp(`(?:github\\.com|gitlab\\.com|twitter\\.com|x\\.com|linkedin\\.com/in)/${escapeRegExp(handle)}(?![\\p{L}\\p{N}_.-])/?`, 'giu');
const fullName = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3}$/u;

interface PersonSign {
  name: string;
  file: string;
  line: number;
  /** Looked for in its account's links alone ({@link accountLinkPlaces}): found only as an `@` mention, or written as a site's name too. */
  linksOnly?: boolean;
  /** Found only as an `@` mention. */
  mentioned?: boolean;
}

/** The name a person finding gives, if it is one to carry. */
function carriedPerson(text: string): string | undefined {
  const profile = profileHandle.exec(text.replace(/[?#].*$/, ''));
  if (profile) return (lowerHandle.test(profile[1]) || profileHandleShape.test(profile[1]) || runTogetherProfileHandle.test(profile[1])) && !isPublicTerm(profile[1]) ? profile[1] : undefined;
  const name = text.replace(/^[*_~`]+|[*_~`]+$/g, '').replace(/['’]s$/, '');
  if (isPublicTerm(name) || pronounWord.test(name) || programKeyword.test(name)) return undefined;
  if (lowerHandle.test(name)) return /[a-z]/.test(name) && !/^[\d._]+$/.test(name) ? name : undefined;
  if (fullName.test(name)) return name;
  return undefined;
}

/**
 * The nickname a found person's whole name holds in quotes ('Ronnie "QuietFox" Marlow'; adoption
 * round 54, quoted-nicknames.ts): what the person goes by, carried as written as a handle is,
 * though a single capitalised word is not carried otherwise (its place in the name says whose it is).
 */
function carriedNickname(text: string): string | undefined {
  const nickname = nicknameInName(text);
  return nickname && !isPublicTerm(nickname) && !pronounWord.test(nickname) ? nickname : undefined;
}

function personSigns(posts: readonly ScannedPost[]): PersonSign[] {
  const signs = new Map<string, PersonSign>();
  for (const post of posts) {
    for (const finding of post.findings) {
      if (finding.rule !== personRule || finding.severity !== 'error' || finding.field) continue;
      const text = redactionFindingText(finding);
      for (const name of [carriedPerson(text), carriedNickname(text)]) {
        if (name && (!signs.has(name) || signs.get(name)!.linksOnly)) signs.set(name, { name, file: finding.file, line: finding.line });
      }
    }
    // Since probe round 44 an account mentioned as a person's (`@yuvipanda`, no team `@org/team`) is
    // a sign for its account's links in every post: a team's notes mention their members in one
    // post and link their repositories and sites in another (four people 28 times in jupyterhub's).
    // Since probe round 47 it is carried bare too, as its own post finds it bare ("onboarded
    // @phillipj" in one post, "jbergstroem/phillipj" in another): over the collections of the
    // round's measurement (docs/redaction.md, "Probe round 47") what that adds is members' handles;
    // one written as a site's name is still looked for in its links only (below).
    for (const finding of post.findings) {
      if (finding.rule !== 'redact/handle' || finding.field) continue;
      const mention = /^@([a-z][a-z0-9_-]*[a-z0-9])$/i.exec(redactionFindingText(finding));
      const name = mention?.[1].toLowerCase();
      if (name && !signs.has(name) && lowerHandle.test(name) && mayBePersonalMention(name)) signs.set(name, { name, file: finding.file, line: finding.line, mentioned: true });
    }
    // A person `npm run redact` already replaced is a sign too (adoption round 41): its wrap hides the
    // finding it came from, and check then published the same handle written bare in another post.
    const peopleByLine = bodyPersonTextsByLine(post.findings);
    post.sourceLines.forEach((text, index) => {
      for (const part of replacedPeopleNames(text)) {
        for (const name of [carriedPerson(part), carriedNickname(part)]) {
          if (name && (!signs.has(name) || signs.get(name)!.linksOnly)) signs.set(name, { name, file: post.file, line: index + 1 });
        }
      }
      for (const handle of handlesBesideNames(text, peopleByLine.get(index + 1) ?? [])) {
        if (!signs.has(handle) || signs.get(handle)!.linksOnly) signs.set(handle, { name: handle, file: post.file, line: index + 1 });
      }
    });
  }
  return [...signs.values()];
}

/** A full name, then its account: "Ana Lima (@alima)", "Ana Lima: @alima", "Ana Lima @alima" (a comma lists someone else). */
const nameThenHandle = /(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3})(?:\s*:\s*|\s*\(\s*|\s+)@([\p{Ll}\p{N}][\p{Ll}\p{N}._-]*[\p{Ll}\p{N}])(?![\p{L}\p{N}_/-])/gu;

/**
 * The handles a source line writes right after the full name of a person (adoption round 46, the
 * lead's): a team's notes list "Michael Zasso (@mzasso)" in one post and "worked on it with
 * mzasso" in another. An `@` mention alone is carried to its account's links only (a team is
 * mentioned too), but an account written beside a found person's name is that person's, so it is
 * carried bare. The name is the person's where a person finding on the line says it, or where
 * `npm run redact` replaced it by a role (its wrap may hold the handle too, since round 46).
 */
function handlesBesideNames(line: string, peopleFound: readonly string[]): string[] {
  if (!line.includes('@')) return [];
  const people = [...peopleFound, ...replacedPeopleNames(line)];
  if (!people.length) return [];
  // The line as the internal site reads it: what `npm run redact` shows instead is left out.
  const internal = internalReadingOfLine(line);
  const handles: string[] = [];
  for (const m of internal.matchAll(nameThenHandle)) {
    const [name, handle] = [m[1], m[2]];
    const isPerson = people.some((p) => p === name || (p.startsWith(name) && !/[\p{L}\p{N}]/u.test(p.charAt(name.length))));
    if (isPerson && profileHandleShape.test(handle) && !isPublicTerm(handle) && !programKeyword.test(handle) && !pronounWord.test(handle) && mayBePersonalMention(handle)) handles.push(handle);
  }
  return handles;
}

/** The texts of a post's person findings in its body, by source line (gathered once a post, not once a line). */
function bodyPersonTextsByLine(findings: readonly Finding[]): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  for (const f of findings) {
    if (f.rule !== personRule || f.severity !== 'error' || f.field) continue;
    const texts = byLine.get(f.line);
    if (texts) texts.push(redactionFindingText(f));
    else byLine.set(f.line, [redactionFindingText(f)]);
  }
  return byLine;
}

/**
 * A handle where a code host or a forum shows an account's own pages: the owner of a repository
 * (`github.com/<handle>/pool`), a GitHub Pages site (`<handle>.github.io`) and the sharer of a
 * forum's link (Discourse's `?u=<handle>`). Since probe round 44 (docs/redaction.md, "Probe round
 * 44"): a handle found as a person in one post was published in these links in every post (four
 * people 28 times in a team's meeting notes), and such a link made the handle a site's name.
 */
const accountLinkPlaces = (handle: string) =>
  new RegExp(`(?<=(?<![\\w.-])(?:www\\.)?(?:github\\.com|gitlab\\.com|codeberg\\.org|bitbucket\\.org)/)${escapeRegExp(handle)}(?=/[\\w.-])|(?<![\\w.-])${escapeRegExp(handle)}(?=\\.github\\.io\\b)|(?<=[?&]u=)${escapeRegExp(handle)}(?=$|[&#\\s)"'\\]>])`, 'giu');

/** Whether any post writes a handle as a domain's label or a path's segment (`gitpod.io`, `/gitpod/`), other than an account's own pages ({@link accountLinkPlaces}). */
function writtenAsSiteName(handle: string, posts: readonly ScannedPost[]): boolean {
  const asSite = new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegExp(handle)}\\.[a-z]{2,}\\b|/${escapeRegExp(handle)}(?:[/?#)\\s]|$)`, 'iu');
  const profile = profilePath(handle);
  const accountPages = accountLinkPlaces(handle);
  return posts.some((post) => post.publicLines.some((line) => line.toLowerCase().includes(handle) && asSite.test(line.replace(profile, '').replace(accountPages, ''))));
}

/**
 * A full name whose first word is no given name, as written in lower case: the word was
 * capitalised where the sign stood, opening a list item or a sentence ("- Client Manekineko:
 * …"), and other posts write it in lower case before the same name ("Tests client Manekineko",
 * "(client Manekineko débloqué)"), which were published (adoption round 59, a team's wiki in French).
 * The rest of the name keeps its case. A given name ("Mark Ellison") is not written so.
 */
function lowerOpening(name: string): string {
  const [first, ...rest] = name.split(' ');
  if (!rest.length || !fullName.test(name) || isKnownFirstName(first)) return '';
  return `|${escapeRegExp(first.toLowerCase())} ${rest.map(escapeRegExp).join(' ')}`;
}

/** A capitalised word and one space closing the text before a carried name: its given name, if a lexicon knows it as one. */
const givenNameBefore = /(?<![\p{L}\p{N}_@#./-])(\p{Lu}\p{Ll}+) $/u;

/** A name as a word on its own: no letter, digit, `_`, `-`, `.` or `/` joined to it (a sentence's full stop may follow). */
const onItsOwn = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}_\\-./\\\\])(?:${body})(?![\\p{L}\\p{N}_\\-/\\\\]|\\.[\\p{L}\\p{N}])`, 'gu');

/** A name as a part of a run of words joined by `/` that stands on its own (`ana/bo`, not `/ana/`, `gist.github.com/ana`). */
const slashJoined = (body: string) => new RegExp(
  `(?<=(?:^|[\\s(\\[,;"'*_])(?:[\\p{L}\\p{N}_-]+/)+)(?:${body})(?=(?:/[\\p{L}\\p{N}_-]+)*(?:$|[\\s)\\],;:!?"'*_]|\\.(?![\\p{L}\\p{N}])))|(?<=(?:^|[\\s(\\[,;"'*_]))(?:${body})(?=(?:/[\\p{L}\\p{N}_-]+)+(?:$|[\\s)\\],;:!?"'*_]|\\.(?![\\p{L}\\p{N}])))`, 'gu');

/**
 * The findings the carried people add to each post (in the posts' order), and the matches markers
 * allow. A place an existing finding covers is not found twice. The result depends only on the
 * posts and their order.
 */
export function carriedPeopleFindings(posts: readonly ScannedPost[]): { findings: Finding[][]; allowed: Set<string>; superseded: Set<Finding> } {
  // A handle a post writes as a site's name is not looked for as a word, but still in its
  // account's links, which name an account whatever else the word names (`/gist/<handle>/` on a
  // notebook viewer made a member's handle a site's name; probe round 44).
  // Then only an account that reads as a person's ({@link mayBePersonalMention}): an organisation
  // a post took for a person (`binder-examples`) is not multiplied over its repositories' links.
  const personalByName = new Map<string, boolean>();
  const readsAsPerson = (name: string) => personalByName.get(name) ?? personalByName.set(name, mayBePersonalMention(name)).get(name)!;
  // An organisation's group its posts link as one links a profile (`gitlab.com/fdroid`, round 49 of
  // false positives) is not carried: its own place is still found (organisation-group-accounts.ts).
  const signs = personSigns(posts).flatMap((sign) => {
    if (/^\p{Ll}/u.test(sign.name) && isOrganisationGroupAccount(sign.name, posts.flatMap((post) => post.publicLines))) return [];
    if (!/^\p{Ll}/u.test(sign.name) || sign.linksOnly || !writtenAsSiteName(sign.name, posts)) return [sign];
    return readsAsPerson(sign.name) ? [{ ...sign, linksOnly: true }] : [];
  });
  const allowed = new Set<string>();
  // Since probe round 49: a coined repository owner's guess (coined-repository-owners.ts) gives way
  // to the handle found as a person in another post, whose finding says where ("mentioned as a
  // person at …"); the callers leave the guesses out that a carried finding replaces.
  const superseded = new Set<Finding>();
  if (!signs.length) return { findings: posts.map(() => []), allowed, superseded };
  const searches = signs.flatMap((sign) => {
    const why = `${sign.mentioned ? 'mentioned' : 'found'} as a person at ${sign.file}:${sign.line}`;
    // A handle written in lower case opens a sentence or a possessive capitalised too ("owlish ran
    // out of time" in one place, "Owlish's requirements document" in another: the second was
    // published, adoption round 44); a handle that is a word too ("owlish") only before a
    // possessive, where the word is someone's.
    const isLowerHandle = lowerHandle.test(sign.name);
    const upper = escapeRegExp(sign.name[0].toUpperCase() + sign.name.slice(1));
    const capitalised = !isLowerHandle ? '' : readsAsPerson(sign.name) ? `|${upper}` : `|${upper}(?=['’]s(?![\\p{L}\\p{N}]))`;
    const own = { name: sign.name, pattern: onItsOwn(escapeRegExp(sign.name) + capitalised + lowerOpening(sign.name)), why };
    // A handle among handles or names joined by slashes, on its own ("jbergstroem/phillipj has made
    // progress", adoption round 46): no address, path or host, which stay the account links' to find.
    const joined = { name: sign.name, pattern: slashJoined(escapeRegExp(sign.name)), why };
    // A lower-case handle is an account's name: looked for in its account's links too.
    const links = { name: sign.name, pattern: accountLinkPlaces(sign.name), why };
    if (sign.linksOnly) return [links];
    return isLowerHandle ? [own, joined, links] : [own];
  });
  const findings = posts.map((post) => {
    const added: Finding[] = [];
    const guesses = post.findings.filter((f) => !f.field && f.message.includes(coinedOwnerReason));
    const takenByLine = bodyFindingPlacesByLine(post.findings.filter((f) => !guesses.includes(f)));
    post.publicLines.forEach((text, index) => {
      const line = index + 1;
      const taken = takenByLine.get(line) ?? [];
      for (const { name, pattern, why } of searches) {
        if (!text.toLowerCase().includes(name.toLowerCase())) continue;
        for (const m of text.matchAll(pattern)) {
          // A given name before a carried surname is part of the name ("Rich Trott (observing
          // only)" after "@trott" elsewhere; probe round 47), so the fix leaves no part behind.
          const given = /^\p{Lu}/u.test(m[0]) ? givenNameBefore.exec(text.slice(0, m.index)) : null;
          const [start, end] = [given && isKnownFirstName(given[1]) ? given.index : m.index, m.index + m[0].length];
          const written = text.slice(start, end);
          if (taken.some(([from, to]) => start < to && from < end)) continue;
          const allows = allowancesOnLine(post.sourceLines[index] ?? '').some((a) => (a.rule === personRule || a.rule === 'redact/possible-person') && (a.text === undefined || a.text === m[0] || a.text === written));
          if (allows) {
            allowed.add(allowedMatchKey(personRule, m[0]));
            allowed.add(allowedMatchKey(personRule, written));
            continue;
          }
          added.push({ file: post.file, line, column: start + 1, rule: personRule, severity: 'error', message: `${redactionRules[personRule]} (${why}) would be published: "${written}".`, fix: suggestedFix(personRule, written) });
          taken.push([start, end]);
          for (const guess of guesses) if (guess.line === line && guess.column - 1 < end && start < guess.column - 1 + redactionFindingText(guess).length) superseded.add(guess);
        }
      }
    });
    // The public frontmatter fields (a title, a summary, an action item's owner) show on the page as the body does.
    for (const field of post.publicFields ?? []) {
      const fieldName = field.path.join('.');
      const foundThere = post.findings.filter((f) => f.field === fieldName).map((f) => redactionFindingText(f));
      for (const { name, pattern, why } of searches) {
        if (!field.text.toLowerCase().includes(name.toLowerCase())) continue;
        // Skipped only where a finding of the field holds the text as written: a field holding a
        // found "Owlish" and an unfound "owlish" still reports the second.
        const written = Array.from(field.text.matchAll(pattern), (m) => m[0]).find((text) => !foundThere.some((found) => found.includes(text)));
        if (written === undefined) continue;
        const place = fieldPlace(post.sourceLines, field.path, written);
        const allows = allowancesOnLine(post.sourceLines[place.index] ?? '').some((a) => (a.rule === personRule || a.rule === 'redact/possible-person') && (a.text === undefined || a.text === written));
        if (allows) {
          allowed.add(allowedMatchKey(personRule, written));
          continue;
        }
        added.push({ file: post.file, line: place.index + 1, column: place.column, rule: personRule, severity: 'error', field: fieldName, message: `${redactionRules[personRule]} (${why}, in the field ${fieldName}) would be published: "${written}".`, fix: suggestedFix(personRule, written) });
      }
    }
    return added.sort((a, b) => a.line - b.line || a.column - b.column);
  });
  return { findings, allowed, superseded };
}
