import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ValidatedPostmortem } from '../../src/lib/validate-postmortem.ts';
import type { Vocabulary } from '../../src/lib/vocabulary.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { isPubliclyVisible, publicFrontmatterFields } from '../../src/lib/public-projection.ts';
import { scanPostmortemForPublication, publicTextPieces } from '../../src/lib/publication-scan.ts';
import { builtFindingOrigin, type BuiltFindingOrigin, type BuiltMatch, type PublicPiece } from '../../src/lib/publication/built-finding-origin.ts';
import { listPostmortemFiles, postmortemIdFromPath } from '../../src/lib/content-files.ts';
import type { Postmortem } from '../../src/lib/postmortem-schema.ts';
import { carriedHostFindings } from '../../src/lib/publication/carried-hosts.ts';
import { carriedPeopleFindings } from '../../src/lib/publication/carried-people.ts';
import { carriedChannelFindings } from '../../src/lib/publication/carried-channels.ts';
import { hiddenPostIdFindings } from '../../src/lib/publication/hidden-post-ids.ts';
import { findImageMetadata } from '../../src/lib/publication/image-metadata.ts';
import { scanPublicText, extractHtmlText, allowedMatchKey, redactionFindingText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { PublicVariantError } from '../../src/lib/strip-internal.ts';
import { loadSiteConfig } from './site-config-or-exit.ts';
// Loaded so that a mistake in it is said with its line, not as Node's stack trace.
const { resolveContentDir } = await loadSiteConfig();
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { servicePublicNames, withFixGuidance, type FixGuidance } from '../../src/lib/redaction-fix-guidance.ts';
import { withSharedAllowMarkers } from '../../src/lib/shared-allow-markers.ts';
import { guessOrganisationName, withOrganisationProposal } from '../../src/lib/organisation-name-guess.ts';
import { scanViewOf } from '../../src/lib/publication/draft-scan-view.ts';
import { withPublicNamesAdviceForNamesInManyPosts } from '../../src/lib/publication/names-in-many-posts.ts';

/** The guard's options, with what says its findings' fixes for this knowledge base (src/lib/redaction-fix-guidance.ts). */
export type GuardOptions = RedactionOptions & {
  fixGuidance?: FixGuidance;
  /** The ids of the postmortems the public site does not show: none may be named in a public one (hidden-post-ids.ts). */
  hiddenPostIds?: readonly string[];
};
import { redactionSettings, organisationSlugs, gitAuthors, codeOwners, frontmatterPeople, vocabularyPeople, vocabularyInternalNames } from './redaction-settings.ts';
import { shownFromWorkingFolder } from '../../src/lib/shown-path.ts';

/**
 * What the redaction guard looks for, from every source the repository has: the site
 * configuration, git authors of the content, CODEOWNERS, people-valued frontmatter and the
 * vocabularies (docs/redaction.md lists them).
 */
export function redactionOptions(
  vocabulary: Vocabulary,
  postmortems: readonly ValidatedPostmortem[] = [],
  contentDir = resolveContentDir(),
  repoRoot = process.cwd(),
): GuardOptions {
  const settings = redactionSettings();
  const owners = codeOwners(repoRoot);
  const names = vocabularyInternalNames(vocabulary);
  const organisation = settings.organisation.toLowerCase();
  const peopleIndex = buildPeopleIndex([
    ...settings.people.map((name) => ({ name, origin: 'configured' as const })),
    ...gitAuthors(contentDir),
    ...owners.people,
    ...frontmatterPeople(postmortems),
    ...vocabularyPeople(vocabulary),
  ].filter(({ name }) => name.toLowerCase() !== organisation));
  return {
    internalDomains: settings.internalDomains,
    serviceIds: [...vocabulary.services.keys()],
    people: settings.people,
    peopleIndex,
    internalNames: names.internal,
    configuredInternalNames: settings.internalNames,
    publicNames: [settings.organisation, ...names.public, ...settings.publicNames],
    orgScopes: [...new Set([...names.scopes, ...owners.scopes, ...organisationSlugs(settings.organisation)])],
    fixGuidance: { servicePublicNames: servicePublicNames(vocabulary.services.values()), organisation: settings.organisation },
    hiddenPostIds: postmortems.filter((pm) => !pm.data || !isPubliclyVisible(pm.data)).map((pm) => pm.id),
  };
}

/** Which postmortems a scan reads, by their validated data. */
type PublicationFilter = (data: NonNullable<ValidatedPostmortem['data']>) => boolean;

/** Redaction findings in the public text of every postmortem the public site will show. */
export function scanSourcesForPublication(
  postmortems: readonly ValidatedPostmortem[],
  options: GuardOptions,
  /** Which postmortems to scan: by default those the public build publishes. */
  include: PublicationFilter = isPubliclyVisible,
) {
  const sources = publicationSources(postmortems, include);
  return combinePublicationScans(sources.map((source) => scanOneForPublication(source, options)), sources, options);
}

/**
 * The findings of several postmortems' scans in their order, and every match their markers allow.
 * A host one post shows with a sign is then looked for in every post (carried-hosts.ts), once all
 * are scanned, so the result does not depend on which thread scanned which; since probe round 31
 * so is a person one post names with a sign (carried-people.ts).
 */
export function combinePublicationScans(
  scans: readonly PublicationScanResult[],
  sources: readonly PublicationSource[],
  options: GuardOptions,
): { findings: Finding[]; allowed: Set<string> } {
  const posts = scans.map((scan, index) => ({
    file: sources[index].file,
    publicLines: (scan.publicBody ?? '').split(/\r?\n/),
    sourceLines: sources[index].source.split(/\r?\n/),
    findings: scan.findings,
    publicFields: publicFrontmatterFields(sources[index].data),
  }));
  const carried = carriedHostFindings(posts, options.orgScopes);
  // Since probe round 31: a person one post names with a sign is looked for in every post (carried-people.ts).
  const carriedPeople = carriedPeopleFindings(posts.map((post, index) => ({ ...post, findings: [...post.findings, ...carried.findings[index]] })));
  // Adoption round 43: a chat channel one post names with a sign, written bare in another (carried-channels.ts).
  const carriedChannels = carriedChannelFindings(posts);
  // Canary round 36: the id of a post customers do not see, named in a public one.
  const hiddenIds = hiddenPostIdFindings(posts, options.hiddenPostIds ?? []);
  const guidance = options.fixGuidance;
  const findings: Finding[] = [];
  const allowed = new Set<string>([...carried.allowed, ...carriedPeople.allowed, ...carriedChannels.allowed]);
  scans.forEach((scan, index) => {
    const both = [...carried.findings[index], ...carriedPeople.findings[index], ...carriedChannels.findings[index], ...hiddenIds[index]];
    const added = guidance ? both.map((finding) => withFixGuidance(finding, guidance)) : both;
    findings.push(...scan.findings.filter((finding) => !carriedPeople.superseded.has(finding)), ...added);
    scan.allowed.forEach((key) => allowed.add(key));
  });
  // The organisation's own name, when the posts say it is one the settings do not name, is
  // proposed in the fix of its findings, never allowed (organisation-name-guess.ts, round 31).
  const configured = guidance?.organisation ?? '';
  const guess = guessOrganisationName(scans.map((scan, index) => ({ text: sources[index].source, findings: scan.findings })), configured, options.people);
  const proposed = guess ? findings.map((finding) => withOrganisationProposal(finding, guess, configured)) : findings;
  // A guess found in many posts is said with the one publicNames entry that allows it in all (adoption round 46).
  const advised = withPublicNamesAdviceForNamesInManyPosts(proposed);
  // A text several rules find at one place is allowed by one marker naming them all (round 40).
  return { findings: withSharedAllowMarkers(advised), allowed };
}

/** What scanning one postmortem's public text needs: where it is, what it says, its validated data. */
export type PublicationSource = Pick<ValidatedPostmortem, 'file' | 'source'> & { data: NonNullable<ValidatedPostmortem['data']> };

/** The postmortems a scan reads (by default those the public build publishes), in the order given. */
export function publicationSources(postmortems: readonly ValidatedPostmortem[], include: PublicationFilter = isPubliclyVisible): PublicationSource[] {
  // A public draft still lacking review facts is scanned as it reads (draft-scan-view.ts): the
  // build's filter wants published posts, which never lack them, so it reads what it read before.
  return postmortems.flatMap((pm) => {
    const data = scanViewOf(pm);
    return data && include(data) ? [{ file: pm.file, source: pm.source, data }] : [];
  });
}

/** The redaction findings in one postmortem's public text, and the matches its markers allow. */
export interface PublicationScanResult {
  findings: Finding[];
  allowed: string[];
  /** The public body, line for line the file's (none when it could not be cut). */
  publicBody?: string;
}

/** Scans one postmortem's public text (see {@link PublicationScanResult}). */
export function scanOneForPublication(pm: PublicationSource, options: GuardOptions): PublicationScanResult {
  try {
    const scan = scanPostmortemForPublication(pm.file, pm.source, pm.data, options);
    const guidance = options.fixGuidance;
    return { findings: guidance ? scan.findings.map((finding) => withFixGuidance(finding, guidance)) : scan.findings, allowed: [...scan.allowed], publicBody: scan.publicBody };
  } catch (error) {
    if (!(error instanceof PublicVariantError)) throw error;
    // A source that cannot be made safe (Internal tags in a .md file, say) is a finding, not a crash.
    const line = Number(/:(\d+)(?::\d+)?\b/.exec(error.message)?.[1] ?? 1);
    return { findings: [{ file: pm.file, line, column: 1, rule: 'public/source', severity: 'error', message: error.message }], allowed: [] };
  }
}

/** Only the findings that stop a build: warnings (needs review) are shown, not fatal. */
export const errorsOnly = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

/** The built public site's findings, before the sources' markers are applied (see `scanBuiltSite`). */
export interface BuiltSiteScan {
  /**
   * The errors that stop the build: every link into the internal site, and each text match the
   * sources' markers do not allow. With `publicPieces` (the public text of every public post, read
   * only when a match is left), a match is traced to the post it came from (built-finding-origin.ts):
   * one a post's public text holds with the same words around it is that post's, which the scan of
   * the sources judged (and `npm run check` passed): not a leak of the built site; one a post holds
   * otherwise is said at that post and field; one no post holds is said as a template's or a setting's.
   */
  leaks(allowed: ReadonlySet<string>, publicPieces?: () => readonly PublicPiece[]): Finding[];
}

/** The built public site as read at one moment: its pages, feeds and sitemaps, and the findings of its images. */
export interface BuiltSitePages {
  /** Each text file (page, feed, sitemap, SVG), in file order, as read. */
  pages: { path: string; file: string; raw: string }[];
  /** What the images' metadata would publish: a leak whatever the sources allow. */
  imageFindings: Finding[];
}

/**
 * Lists and reads every page, feed and sitemap of a built public site (and reads its images'
 * metadata), all before this returns: what pagefind writes into the site afterwards (its index)
 * is not part of it.
 */
export function readBuiltSite(siteDir: string): BuiltSitePages {
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|json|txt|svg)$/.test(f)).sort();
  const pages = files.map((file) => ({ path: join(siteDir, file), file, raw: readFileSync(join(siteDir, file), 'utf8') }));
  // A raster image reaches the site re-encoded by Astro, without its metadata; one copied as it
  // is (from public/, or by a future image setting) would publish its author, comments and paths.
  const images = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(png|jpe?g|webp|gif)$/i.test(f)).sort();
  const imageFindings = images.flatMap((file) => findImageMetadata(readFileSync(join(siteDir, file))).map((metadata): Finding => ({
    file: relative(process.cwd(), join(siteDir, file)), line: 1, column: 1, rule: 'redact/hidden-text', severity: 'error',
    message: `image metadata (${metadata.where}) would be published: "${metadata.text}".`,
    fix: 'remove the metadata from the image (exiftool -all= FILE), or show the image from the post so that the build re-encodes it.',
  })));
  return { pages, imageFindings };
}

/** One built page's findings, in the order the build reports them; `allowable`: the sources' markers may allow it; `match`: its words on the page. */
type BuiltPageFinding = { finding: Finding; allowable: boolean; match?: BuiltMatch };

/**
 * The guard's options for built pages: names no list knows and identifier shapes were looked for
 * in the sources; here the lists and machine-shaped rules catch what templates add (element ids,
 * selectors and scripts have identifier shapes, and the language model would cost seconds per
 * page). One object for every page: the guard prepares its patterns once per options object.
 */
function builtPageOptions(options: RedactionOptions): RedactionOptions {
  return { ...options, detectUnlistedPeople: false, detectShapes: false, listedWordsAlone: false };
}

function scanBuiltPage({ path, file, raw }: BuiltSitePages['pages'][number], pageOptions: RedactionOptions): BuiltPageFinding[] {
  const found: BuiltPageFinding[] = [];
  // An SVG (an image a post shows is copied as it is) is markup too: its text, title and comments ship.
  const text = /\.(html|xml|svg)$/.test(file) ? extractHtmlText(raw) : raw;
  const scan = scanPublicText(relative(process.cwd(), path), text, pageOptions);
  if (file.endsWith('.html')) {
    // A link into the internal site is a leak whatever the sources allow.
    for (const m of raw.matchAll(/\shref="(\/(?:postmortems|tags|services|severity|triggers|years|insights|follow-ups)\/[^"]*)"/g)) {
      found.push({ allowable: false, finding: { file: relative(process.cwd(), path), line: raw.slice(0, m.index).split('\n').length, column: 1, rule: 'redact/internal-link',
        severity: 'error', message: `a link into the internal site would be published: "${m[1]}".`, fix: 'link to the public post (/incidents/<id>/) or remove the link.' } });
    }
  }
  // Warnings (a word the language model takes for a name) were shown for the sources already.
  const lines = text.split('\n');
  for (const finding of scan.findings) if (finding.severity === 'error') found.push({ allowable: true, finding, match: builtMatchOf(lines[finding.line - 1] ?? '', finding) });
  return found;
}

/** A finding's words on its line of the page, with up to a line's worth of the page on each side. */
function builtMatchOf(line: string, finding: Finding): BuiltMatch {
  const text = redactionFindingText(finding);
  const at = line.startsWith(text, finding.column - 1) ? finding.column - 1 : Math.max(0, line.indexOf(text));
  return { before: line.slice(Math.max(0, at - 200), at), text, after: line.slice(at + text.length, at + text.length + 200) };
}

/**
 * A built finding where it came from: at the post and field whose public text holds its words,
 * with the built file named, or at the built file, said as a template's or a setting's.
 */
function locatedBuiltFinding(finding: Finding, origin: Exclude<BuiltFindingOrigin, { kind: 'judged' }>): Finding {
  const text = redactionFindingText(finding);
  if (origin.kind === 'unknown') {
    return { ...finding, message: `${finding.message} (built page ${finding.file}; no public post's text holds it: the site's templates, settings or vocabularies wrote it)`, fix: `change it where the site takes it from (site.config.ts, a vocabulary's public name, a template), or, if it is meant to be public, add {/* redaction-allow ${finding.rule} "${text}" -- reason */} to a public post that says it.` };
  }
  const [first, ...others] = origin.pieces;
  const where = first.field ? `its field ${first.field}` : 'its body';
  const alsoIn = others.length ? `; also in ${others.slice(0, 3).map((piece) => `${piece.file}:${piece.matchLine}`).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''}` : '';
  return {
    ...finding, file: first.file, line: first.matchLine, column: 1, ...(first.field ? { field: first.field } : {}),
    message: `${finding.message} (built page ${finding.file}, from this post's public text, ${where}${alsoIn})`,
    fix: `replace "${text}" in this post by a role ("an engineer", "the on-call engineer", "a customer") or remove it, or, if it is meant to be public, add ${first.field ? `# redaction-allow ${finding.rule} "${text}" -- reason on the line of ${first.field}` : `{/* redaction-allow ${finding.rule} "${text}" -- reason */} on this line`}.`,
  };
}

function builtSiteScan(found: readonly BuiltPageFinding[], imageFindings: readonly Finding[]): BuiltSiteScan {
  return {
    leaks: (allowed, publicPieces) => {
      let pieces: readonly PublicPiece[] | undefined;
      const leaks: Finding[] = [];
      for (const { finding, allowable, match } of found) {
        if (allowable && allowed.has(allowedMatchKey(finding.rule, redactionFindingText(finding)))) continue;
        if (!allowable || !match || !publicPieces) {
          leaks.push(finding);
          continue;
        }
        const origin = builtFindingOrigin(match, (pieces ??= publicPieces()));
        if (origin.kind !== 'judged') leaks.push(locatedBuiltFinding(finding, origin));
      }
      return [...leaks, ...imageFindings];
    },
  };
}


/**
 * The public text of every public post (each public field and the public body, as `npm run check`
 * scans them), read again from the files: what the public build traces a finding of its built
 * pages to. `dataOf` gives a post's validated frontmatter by id; a post it has none for, or whose
 * body cannot be cut, gives none (the scan of the sources said so already).
 */
export function readPublicPieces(contentDir: string, dataOf: (id: string) => Postmortem | undefined, shownPath: (path: string) => string = shownFromWorkingFolder): PublicPiece[] {
  const dir = join(contentDir, 'postmortems');
  return listPostmortemFiles(dir).flatMap((name) => {
    const data = dataOf(postmortemIdFromPath(name));
    if (!data || !isPubliclyVisible(data)) return [];
    const file = shownPath(join(dir, name));
    try {
      return publicTextPieces(file, readFileSync(join(dir, name), 'utf8'), data).map((piece) => ({ file, ...piece }));
    } catch (error) {
      if (error instanceof PublicVariantError) return [];
      throw error;
    }
  });
}

/**
 * Scans every page, feed and sitemap of a built public site as a second line of defence: it
 * catches what templates add, not only what authors wrote. Matches allowed in the sources stay
 * allowed here. The scan runs now; which matches the sources allow is applied by `leaks`, so the
 * build can scan its pages while the scan of the sources (which says what is allowed) still runs.
 * The files are listed and read before this returns.
 */
export function scanBuiltSite(siteDir: string, options: RedactionOptions): BuiltSiteScan {
  const { pages, imageFindings } = readBuiltSite(siteDir);
  const pageOptions = builtPageOptions(options);
  return builtSiteScan(pages.flatMap((page) => scanBuiltPage(page, pageOptions)), imageFindings);
}

/**
 * {@link scanBuiltSite} of pages already read ({@link readBuiltSite}), with `pause` awaited after
 * each page: the build's thread lets its event loop run between two, so pagefind, which indexes
 * the same pages in its own process but goes on to each next step only when this thread reads
 * its reply, is not held for the whole scan. The same findings in the same order.
 */
export async function scanBuiltPages({ pages, imageFindings }: BuiltSitePages, options: RedactionOptions, pause: () => Promise<void>): Promise<BuiltSiteScan> {
  const pageOptions = builtPageOptions(options);
  const found: BuiltPageFinding[] = [];
  for (const page of pages) {
    found.push(...scanBuiltPage(page, pageOptions));
    await pause();
  }
  return builtSiteScan(found, imageFindings);
}
