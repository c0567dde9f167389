import { notPostmortemProblem } from './not-postmortem.ts';
import { findTitlesInBrackets, nameLinksByTitle } from './links-by-title.ts';
import { findMissingAnchors } from './link-anchors.ts';
import { isUtf8 } from 'node:buffer';
import { findNonUtf8Bytes } from './non-utf8-bytes.ts';
import { existsSync, lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { blockingFileKind, findCaseCollisions, isInsideFolder, listPostmortemsFolder, outsideContentFolderProblem, oversizeFileProblem, postmortemIdFromPath, readErrorFix, readErrorWords, realPathOf, realPathOutsideContentFolder } from './content-files.ts';
import { loadVocabulary, VocabularyError, type Vocabulary } from './vocabulary.ts';
import { validatePostmortemSource, type ValidatedPostmortem, type LintOptions } from './validate-postmortem.ts';
import type { Finding } from './findings.ts';
import { findOverlappingIncidents } from './overlapping-incidents.ts';
import { missingPathWords } from './missing-path-words.ts';

export interface CorpusValidation {
  postmortems: ValidatedPostmortem[];
  /** Every finding, including corpus-wide ones (duplicate ids, vocabulary files). */
  findings: Finding[];
  vocabulary?: Vocabulary;
}

/**
 * What a path that does not exist is when it is a symbolic link (bad input round 19): a link in a
 * loop (`kb -> kb`) or to a folder moved away was said "does not exist", of a name `ls` lists.
 */
function brokenLinkWords(path: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  try {
    statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return 'is a symbolic link that leads back to itself (a loop of links), to no folder';
  }
  return `is a symbolic link to ${readlinkSync(path)}, which does not exist`;
}

/**
 * What is wrong with a content folder that is not there, or is a file, or has no postmortems/
 * folder (unless `withPostmortemsFolder` is false: a command that writes one makes it), with the
 * file named, the message and the fix; or undefined. Shared by validation and by
 * the commands that write into the folder (`npm run new`, `import`, `draft`), which said
 * "services.yaml is missing or empty" of `KB_CONTENT_DIR=/etc/hostname`, or created the folder.
 */
export function contentFolderProblem(
  contentDir: string,
  display: (path: string) => string = (path) => path,
  options: { withPostmortemsFolder?: boolean } = {},
): { file: string; message: string; fix: string } | undefined {
  const folders = options.withPostmortemsFolder === false ? [contentDir] : [contentDir, join(contentDir, 'postmortems')];
  const missingFolder = folders.find((dir) => !existsSync(dir) || !statSync(dir).isDirectory());
  if (!missingFolder) return undefined;
  return {
    file: display(missingFolder),
    message: `${display(missingFolder)} ${existsSync(missingFolder) ? 'is not a folder' : brokenLinkWords(missingFolder) ?? 'does not exist'}: the content folder (${display(contentDir)}) must hold the vocabularies and a postmortems/ folder.`,
    // `KB_CONTENT_DIR="~/kb"`: a shell expands ~ only unquoted at the start of a word.
    fix: /^~[/\\]?/.test(contentDir)
      ? `"~" is not your home folder here (it is expanded only unquoted in a shell): write the path without it, e.g. ${contentDir.replace(/^~/, '$HOME')} unquoted, or in full.`
      // KB_CONTENT_DIR=content/postmortems: "content/postmortems/postmortems does not exist", the
      // folder meant one level up, beside its vocabularies.
      : basename(resolve(contentDir)) === 'postmortems' && existsSync(join(contentDir, '..', 'services.yaml'))
        ? `${display(contentDir)} is the postmortems folder itself: the content folder is the one that holds it and the vocabularies. Set KB_CONTENT_DIR (or contentDir in site.config.ts) to ${display(dirname(resolve(contentDir)))}.`
      : 'check KB_CONTENT_DIR, or contentDir in site.config.ts; a new knowledge base starts as a copy of content/ (docs/adopting.md).',
  };
}

/**
 * Validates every postmortem of a content folder (or only `onlyFiles`, still resolving `related`
 * against the whole corpus). Collects every problem before returning, so one run shows them all.
 */
export function validateCorpus(
  contentDir: string,
  options: {
    onlyFiles?: string[]; cwd?: string; frontmatterOnly?: boolean; lint?: LintOptions;
    /** Called after each postmortem is read and checked, with how many of how many are done. */
    onProgress?: (done: number, total: number) => void;
  } = {},
): CorpusValidation {
  const cwd = options.cwd ?? process.cwd();
  // Relative to the working folder when inside it; a content folder elsewhere (KB_CONTENT_DIR=/srv/kb)
  // is named by its absolute path, not by ../../../srv/kb.
  const display = (path: string) => {
    const fromCwd = relative(cwd, path);
    return !fromCwd ? path : fromCwd.startsWith('..') || isAbsolute(fromCwd) ? resolve(cwd, path) : fromCwd;
  };
  const postmortemsDir = join(contentDir, 'postmortems');
  const findings: Finding[] = [];
  // A content folder that is not there would build an empty site without a word.
  const missingFolder = contentFolderProblem(contentDir, display);
  if (missingFolder) {
    findings.push({ line: 1, column: 1, rule: 'corpus/content-folder', severity: 'error', ...missingFolder });
    return { postmortems: [], findings };
  }
  let vocabulary: Vocabulary;
  try {
    vocabulary = loadVocabulary(contentDir);
  } catch (error) {
    if (!(error instanceof VocabularyError)) throw error;
    for (const problem of error.problems) {
      findings.push({ file: display(problem.file), line: problem.line, column: problem.column, rule: 'vocabulary/file', severity: 'error', message: problem.message, ...(problem.fix ? { fix: problem.fix } : {}) });
    }
    return { postmortems: [], findings };
  }
  // Two files one letter case apart: a clone on macOS or Windows keeps only one of them.
  for (const [first, second] of findCaseCollisions(contentDir)) {
    findings.push({ file: display(join(contentDir, second)), line: 1, column: 1, rule: 'corpus/case-collision', severity: 'error',
      message: first.normalize('NFC') === second.normalize('NFC')
        ? `${display(join(contentDir, second))} and ${display(join(contentDir, first))} are one name written in two Unicode forms (an accent as one character in one, as a letter and a combining mark in the other): the file system of macOS takes them for one file, so a clone there keeps one and loses the other without a word.`
        : `${display(join(contentDir, second))} and ${display(join(contentDir, first))} differ only in letter case: the file systems of macOS and Windows take them for one file, so a clone there keeps one and loses the other without a word.`,
      fix: 'keep one of the two (merge them if both are needed), or rename one so that the names differ in more than letter case; then fix the links to it.' });
  }
  // One walk of the folder finds both the postmortems and the files that only look like them.
  const realContent = realPathOf(contentDir);
  const folder = listPostmortemsFolder(postmortemsDir, { within: realContent });
  const files = folder.postmortems.map((path) => join(postmortemsDir, path));
  for (const { path, real } of folder.linksOutside) {
    const link = join(postmortemsDir, path);
    findings.push({ file: display(link), line: 1, column: 1, rule: 'corpus/link-outside', severity: 'error',
      message: `${display(link)} is a symbolic link to the folder ${real}, outside the content folder (${display(contentDir)}): nothing in it is read, since the sites would publish files of the machine that builds them that no review of the content folder has seen.`,
      fix: `copy the postmortems it should hold into the postmortems folder (cp -r "${real}/." "${display(link)}" after deleting the link), or delete the link.` });
  }
  for (const { path, target } of folder.danglingLinks) {
    const link = join(postmortemsDir, path);
    findings.push({ file: display(link), line: 1, column: 1, rule: 'corpus/unreadable-file', severity: 'warning',
      message: `${display(link)} is a symbolic link to ${target}, which does not exist (moved, renamed, or not part of this clone): whatever it held is left out of the sites.`,
      fix: `point the link at where the files are now (ln -sfn <the folder> "${display(link)}"), copy them into the postmortems folder, or delete the link.` });
  }
  for (const { path, error } of folder.unlisted) {
    findings.push({ file: display(path), line: 1, column: 1, rule: 'corpus/unreadable-file', severity: 'error',
      message: `the folder ${display(path)} cannot be listed: ${readErrorWords(error)}, so the postmortems in it would be left out of the sites.`,
      fix: readErrorFix(error, `${display(path)}/`, 'the postmortems folder') });
  }
  for (const path of folder.lookAlikes) {
    const file = join(postmortemsDir, path);
    findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/not-read', severity: 'error',
      message: `${display(file)} looks like a postmortem but is not read: only .mdx and .md files (in lower case) are.`,
      fix: `rename it to ${display(file).replace(/(\.mdx?)\.txt$/i, '$1').replace(/\.mdx?[\s.]+$/i, (extension) => extension.trim().replace(/\.+$/, '')).replace(/\.[^.]+$/, (extension) => (extension.toLowerCase() === '.mdx' ? '.mdx' : '.md'))}, or move it out of the postmortems folder.` });
  }
  for (const path of folder.otherFormats) {
    const file = join(postmortemsDir, path);
    const extension = extname(path).toLowerCase();
    const imported = !['.doc', '.odt', '.rtf', '.pdf', '.textile', '.wiki', '.pages'].includes(extension);
    findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/not-read', severity: 'error',
      message: `${display(file)} is a report in another format (${extension}), which the sites do not read: it would be left out of them without a word.`,
      fix: imported
        ? `convert it into a draft postmortem with npm run import -- ${display(file)} --out ${display(postmortemsDir)} (it keeps every sentence), then move the original out of the postmortems folder, or keep it beside the draft of its name.`
        : `save it as ${extension === '.pdf' ? 'text or HTML (e.g. pdftotext, or "Save as" in the program that made it)' : '.docx or HTML'} and convert that with npm run import; or move it out of the postmortems folder.` });
  }
  for (const path of folder.attachments) {
    const file = join(postmortemsDir, path);
    findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/not-read', severity: 'warning',
      message: `${display(file)} is an attachment kept among the postmortems' images (in ${basename(dirname(file))}/), which the sites do not publish: they publish a file of the postmortems folder only as an image a page shows, so no reader can open it, and a link to it leads to a page not found.`,
      fix: `put it where readers can open it (the ticket, a shared drive, the repository's host) and link it by its full https:// address from the postmortem, then delete it here; if it is a report of its own, convert it with npm run import.` });
  }
  for (const path of folder.foldersNamedLikePostmortems) {
    const named = join(postmortemsDir, path);
    findings.push({ file: display(named), line: 1, column: 1, rule: 'corpus/not-read', severity: 'error',
      message: `${display(named)} is a folder, not a file, and holds no postmortem: its name says a postmortem, which the sites will not have (a folder is what a container's mount of a missing file, or mkdir -p given a file's path, leaves).`,
      fix: `put the postmortem there as a file (remove the folder, then save the file ${display(named)}), or remove the folder.` });
  }
  for (const path of folder.hiddenPostmortems) {
    const file = join(postmortemsDir, path);
    const shown = join(dirname(file), basename(file).slice(1));
    // Hidden beside the postmortem of its name, it is a copy (a tool's, or an old one): the postmortem is read.
    if (/^\.mdx?$/.test(basename(file))) {
      findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/not-read', severity: 'error',
        message: `${display(file)} has no name before its extension (a save dialog left empty?): the name begins with a dot, which hides the file, so the sites would leave it out without a word.`,
        fix: `name it after the incident, its day first (e.g. ${display(join(dirname(file), `2025-03-14-checkout-errors${basename(file)}`))}): the name is the postmortem's id and address.` });
      continue;
    }
    if (existsSync(shown)) continue;
    findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/not-read', severity: 'error',
      message: `${display(file)} is named like a postmortem but begins with a dot, which hides it: hidden files are not read, so the sites would leave it out without a word.`,
      fix: `rename it to ${display(shown)}; a file kept out of the sites on purpose is named with _ first (as _template.mdx).` });
  }
  for (const path of folder.inHiddenFolders) {
    const file = join(postmortemsDir, path);
    findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/not-read', severity: 'error',
      message: `${display(file)} is named like a postmortem but is in the folder ${basename(dirname(file))}, whose name begins with a dot, which hides it: hidden folders hold tools' files and are not read, so the sites would leave it out without a word.`,
      fix: `move it out of that folder (git mv ${display(file)} ${display(join(postmortemsDir, basename(file)))}).` });
  }
  for (const { path, of } of folder.copiesWithoutPostmortem) {
    const copy = join(postmortemsDir, path);
    findings.push({ file: display(copy), line: 1, column: 1, rule: 'corpus/not-read', severity: 'error',
      message: `${display(copy)} is a copy an editor or a merge leaves of ${display(join(postmortemsDir, of))}, which is not there: copies are not read, so if it is the postmortem's only copy, the sites will not have it.`,
      fix: `if it is the postmortem, rename it to ${display(join(postmortemsDir, of))}; if not, delete it.` });
  }
  const knownIds = new Set(files.map(postmortemIdFromPath));
  if (!files.length && !options.onlyFiles) {
    // A new knowledge base starts empty (docs/adopting.md), so this is no error; a KB_CONTENT_DIR
    // pointing at the wrong folder would otherwise build an empty site without a word.
    findings.push({ file: display(postmortemsDir), line: 1, column: 1, rule: 'corpus/empty', severity: 'warning',
      message: `there is no postmortem (.mdx or .md file) in ${display(postmortemsDir)}: the sites will list none.`,
      fix: 'add one with npm run new (or npm run import), or check KB_CONTENT_DIR.' });
  }

  const firstFileById = new Map<string, string>();
  for (const file of files) {
    const id = postmortemIdFromPath(file);
    const first = firstFileById.get(id);
    if (first) {
      findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/duplicate-id', severity: 'error',
        message: `postmortem id "${id}" is also used by ${display(first)}.`,
        fix: 'file names (without extension) must be unique across all folders; rename one of them.' });
    } else {
      firstFileById.set(id, file);
    }
  }

  // Absolute paths and paths relative to the working directory both name a file.
  // A folder named stands for the postmortems in it; one that holds none is said, not passed over
  // (npm run redact given such a folder changed nothing and exited 0).
  const emptyFolders: string[] = [];
  let wanted = options.onlyFiles?.flatMap((file) => {
    const path = resolve(cwd, file);
    if (!existsSync(path) || !statSync(path).isDirectory()) return [path];
    const named = listPostmortemsFolder(path);
    // A folder outside the postmortems folder that cannot be listed is said here; one inside it was above.
    for (const { path: unlisted, error } of named.unlisted) {
      if (folder.unlisted.some((known) => resolve(cwd, known.path) === resolve(cwd, unlisted))) continue;
      findings.push({ file: display(unlisted), line: 1, column: 1, rule: 'corpus/unreadable-file', severity: 'error',
        message: `the folder ${display(unlisted)} cannot be listed: ${readErrorWords(error)}.`, fix: readErrorFix(error, `${display(unlisted)}/`, 'the command line') });
    }
    if (named.unlisted.length && !named.postmortems.length) return [];
    const inside = named.postmortems.map((inner) => join(path, inner));
    if (!inside.length) emptyFolders.push(path);
    return inside;
  });
  // A file named twice (`x.mdx ./x.mdx`, or a file and its folder) is checked once: it was
  // counted twice and said to have the same title as itself (corpus/same-title).
  if (wanted) {
    const seen = new Set<string>();
    wanted = wanted.filter((file) => {
      let key = file;
      try {
        key = realpathSync(file);
      } catch {
        // Not there, or a dangling link: said below under the name given.
      }
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  for (const folder of emptyFolders) {
    findings.push({ file: display(folder), line: 1, column: 1, rule: 'corpus/missing-file', severity: 'error',
      message: `the folder ${display(folder)} holds no postmortem (.mdx or .md file).`, fix: 'name a postmortem file, or the folder that holds them.' });
  }
  const missing = wanted?.filter((file) => !existsSync(file)) ?? [];
  for (const file of missing) {
    // `content/postmortems/*.mdx` arrives as typed from cmd.exe and PowerShell, which expand no
    // wildcard, or from a shell where it matched nothing: "there is no file" did not say why (round 25).
    const wildcard = /[*?]/.test(basename(file)) || /[*?]/.test(display(file));
    const known = wildcard ? undefined : missingPathWords(file, display(file));
    if (known) {
      findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/missing-file', severity: 'error', ...known });
      continue;
    }
    findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/missing-file', severity: 'error',
      message: wildcard
        ? `there is no file ${display(file)}: it holds a wildcard, which a shell turns into the names of the files it matches, but this one reached the command as typed (no file matched it, or the shell was cmd.exe or PowerShell, which expand no wildcard).`
        : `there is no file ${display(file)}.`,
      fix: wildcard
        ? `name the files one by one, or their folder where the command takes one (npm run check -- ${display(dirname(file))} checks every postmortem in it).`
        : 'check the path (relative to the current folder, or absolute).' });
  }
  // A vocabulary or another file named where a postmortem is read (`npm run review --
  // content/services.yaml`) was "the file has no frontmatter block", whose fix (start it with
  // `---`) would have broken the vocabulary (bad input round 25).
  const notPostmortems = (wanted ?? []).filter((file) => !missing.includes(file) && statSync(file).isFile() && notPostmortemProblem(file, file, '') !== undefined);
  for (const file of notPostmortems) {
    findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/not-postmortem', severity: 'error', ...notPostmortemProblem(file, display(file), display(postmortemsDir))! });
  }
  const selected = wanted ? wanted.filter((file) => !missing.includes(file) && !notPostmortems.includes(file)) : files;
  // A file checked where the sites never read it (saved in the wrong folder) passed with
  // "0 errors" and was never built: said, as a warning, since checking a draft elsewhere is fine.
  for (const file of wanted ? selected : []) {
    const inside = relative(resolve(cwd, postmortemsDir), file);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/not-read', severity: 'warning',
        message: `${display(file)} is not in ${display(postmortemsDir)}, so the sites will not show it.`,
        fix: `move it into ${display(postmortemsDir)} when it is ready (or check KB_CONTENT_DIR).` });
    }
  }
  // The postmortem files that are no links, by their real path, read only when a link is among them.
  const isLink = (file: string) => { try { return lstatSync(file).isSymbolicLink(); } catch { return false; } };
  let postmortemsByRealPath: Map<string, string> | undefined;
  const linkedPostmortemOf = (file: string): string | undefined => {
    if (!isLink(file)) return undefined;
    postmortemsByRealPath ??= new Map(files.filter((other) => !isLink(other)).flatMap((other) => { const real = realPathOf(other); return real ? [[real, other] as [string, string]] : []; }));
    const real = realPathOf(file);
    return real ? postmortemsByRealPath.get(real) : undefined;
  };
  let done = 0;
  const postmortems = selected.flatMap((file) => {
    if (options.onProgress && done > 0) options.onProgress(done, selected.length);
    done += 1;
    // A link in the postmortems folder to a file elsewhere (`x.mdx -> /etc/hostname`) would be
    // published; a file named on the command line from elsewhere is checked, as a draft may be.
    const real = isInsideFolder(resolve(cwd, file), resolve(cwd, postmortemsDir))
      ? realPathOutsideContentFolder(file, contentDir, realContent)
      : undefined;
    if (real !== undefined) {
      findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/link-outside', severity: 'error', ...outsideContentFolderProblem(display(file), real, display(contentDir)) });
      return [];
    }
    // Round 39: a link to another postmortem of the folder (kept for an old address) published
    // the same postmortem twice, under two addresses, with only a warning that the titles repeat.
    const linkedPostmortem = linkedPostmortemOf(file);
    if (linkedPostmortem) {
      findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/duplicate-id', severity: 'error',
        message: `${display(file)} is a symbolic link to the postmortem ${display(linkedPostmortem)}: the same postmortem would be published twice, under two addresses (/postmortems/${postmortemIdFromPath(file)}/ and /postmortems/${postmortemIdFromPath(linkedPostmortem)}/), and counted twice in every list and metric.`,
        fix: 'delete the link; to keep an old address working, have the web server redirect it to the postmortem\'s address.' });
      return [];
    }
    // A named pipe is not read: reading it waits for a writer, for good.
    const special = blockingFileKind(file);
    if (special) {
      findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/unreadable-file', severity: 'error',
        message: `${display(file)} is ${special}, not a file: it is not read (reading a named pipe or a device may never end: the check or build would wait for good).`,
        fix: 'replace it with the postmortem as a file, or remove it from the postmortems folder.' });
      return [];
    }
    const oversize = oversizeFileProblem(file, 'a postmortem');
    if (oversize) {
      findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/unreadable-file', severity: 'error',
        message: `${display(file)} ${oversize}.`,
        fix: 'replace it with the postmortem (its body at most 512 KiB: link logs and data), or remove it from the postmortems folder.' });
      return [];
    }
    let source: string;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
      source = bytes.toString('utf8');
    } catch (error) {
      // A link to nothing, a file without read permission: an error naming the file, not a crash.
      findings.push({ file: display(file), line: 1, column: 1, rule: 'corpus/unreadable-file', severity: 'error',
        message: `${display(file)} cannot be read: ${readErrorWords(error)}.`,
        fix: readErrorFix(error, display(file), 'the postmortems folder') });
      return [];
    }
    return [validatePostmortemSource(display(file), postmortemIdFromPath(file), source, {
      vocabulary,
      knownIds,
      contentDir: display(contentDir),
      lint: options.lint,
      frontmatterOnly: options.frontmatterOnly,
      // A U+FFFD decoded from bytes that are not UTF-8, or one written in the file (round 13).
      replacementCharacterWritten: source.includes('\uFFFD') && isUtf8(bytes),
      nonUtf8Bytes: source.includes('\uFFFD') ? findNonUtf8Bytes(bytes) : undefined,
    })];
  });
  options.onProgress?.(selected.length, selected.length);
  nameLinksByTitle(postmortems);
  if (!options.frontmatterOnly) findTitlesInBrackets(postmortems);
  if (!options.frontmatterOnly) findMissingAnchors(postmortems);
  for (const postmortem of postmortems) findings.push(...postmortem.findings);
  // Round 40: a report in Jekyll's `_drafts/` (or a `drafts/` folder) that says `status: published`
  // was published: the folder meant "not yet" to the site it came from, the status says otherwise.
  for (const postmortem of postmortems) {
    const folders = relative(postmortemsDir, dirname(postmortem.file)).split(/[\\/]/);
    // A file named on the command line outside the postmortems folder is said as such already.
    const draftsFolder = folders[0] === '..' ? undefined : folders.find((name) => /^_?drafts?$/i.test(name));
    if (!draftsFolder || postmortem.entryData?.status !== 'published') continue;
    findings.push({ file: display(postmortem.file), line: 1, column: 1, rule: 'corpus/drafts-folder', severity: 'warning',
      message: `${display(postmortem.file)} is in the folder ${draftsFolder}, which Jekyll and other generators do not publish, but its status is published, so this site publishes it: the folder does not count here, the status does.`,
      fix: `if it is not ready, write status: draft; if it is, move it out of ${draftsFolder} (git mv) so that the folder does not say otherwise.` });
  }
  // "2025-07-08-Checkout-Config.mdx" beside "2025-07-08-checkout-config.mdx": renamed as the fix
  // said, it took the other's id. Said with the fix, so the two are merged instead.
  for (const finding of findings) {
    if (finding.rule !== 'file/name' || !finding.fix) continue;
    const renamed = /^rename the file to ([a-z0-9-]+)\.mdx? /.exec(finding.fix)?.[1];
    const holder = renamed === undefined ? undefined : firstFileById.get(renamed);
    if (holder) finding.fix = `${finding.fix.replace(/\.$/, '')}; but ${display(holder)} has that id already: merge the two files into it, or give this one another name.`;
  }
  findings.push(...findRelatedNotPublished(postmortems));
  findings.push(...findSameTitles(postmortems));
  findings.push(...findSameIncidents(postmortems));
  findings.push(...findOverlappingIncidents(postmortems));
  return { postmortems, findings, vocabulary };
}

/**
 * The files of the postmortems folder that gave no postmortem at all (not readable, a link to a
 * file outside the content folder), each with why. Commands that read the validated postmortems
 * (digest, follow-ups) said which postmortems failed the schema but passed over these in silence.
 */
export function filesNotRead(validation: Pick<CorpusValidation, 'findings'>): { file: string; message: string }[] {
  return validation.findings
    .filter((f) => f.severity === 'error' && (f.rule === 'corpus/unreadable-file' || f.rule === 'corpus/link-outside'))
    .map(({ file, message }) => ({ file, message }));
}

/**
 * Warnings for two postmortems with the same title (letter case and spaces aside): every list,
 * search result and the feed shows two entries a reader cannot tell apart, and a report imported
 * twice under two file names looks like this. Said at the later file's title, naming the other.
 */
export function findSameTitles(postmortems: readonly Pick<ValidatedPostmortem, 'id' | 'file' | 'source' | 'entryData'>[]): Finding[] {
  const firstByTitle = new Map<string, Pick<ValidatedPostmortem, 'file'>>();
  const findings: Finding[] = [];
  for (const postmortem of postmortems) {
    const title = postmortem.entryData?.title;
    if (!title) continue;
    const key = title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    const first = firstByTitle.get(key);
    if (!first) {
      firstByTitle.set(key, postmortem);
      continue;
    }
    const line = postmortem.source.split('\n').findIndex((l) => /^title\s*:/.test(l));
    findings.push({
      file: postmortem.file, line: Math.max(line, 0) + 1, column: 1, rule: 'corpus/same-title', severity: 'warning', field: 'title',
      message: `the title "${title}" is also the title of ${first.file}: lists, search results and the feed would show two entries no reader can tell apart.`,
      fix: 'say in the title what differs (the service, what broke, the day); if the two files are one report, merge them.',
    });
  }
  return findings;
}

/**
 * Warnings for two postmortems of one incident under two file names and two titles (bad input
 * round 14: a report imported twice, or written again by a second team, passed in silence when
 * the titles differed): the same `times.started` to the minute and a service in common. Said at
 * the later file's start, naming the other. A warning: two failures can begin in one minute.
 */
export function findSameIncidents(postmortems: readonly Pick<ValidatedPostmortem, 'id' | 'file' | 'source' | 'entryData'>[]): Finding[] {
  type Incident = { file: string; title: string; services: readonly string[] };
  const byStart = new Map<string, Incident[]>();
  const findings: Finding[] = [];
  for (const postmortem of postmortems) {
    const data = postmortem.entryData;
    // A draft may not have its start or services yet: nothing to compare.
    const started = data?.times?.started === undefined ? Number.NaN : Date.parse(data.times.started);
    if (!data || Number.isNaN(started) || !data.services?.length) continue;
    const incident: Incident = { file: postmortem.file, title: (data.title ?? '').trim().toLowerCase(), services: data.services };
    const minute = new Date(started).toISOString().slice(0, 16);
    const earlier = byStart.get(minute) ?? [];
    const same = earlier.find((other) => other.services.some((service) => incident.services.includes(service)) && other.title !== incident.title);
    if (same) {
      const line = postmortem.source.split('\n').findIndex((l) => /^\s+started\s*:/.test(l));
      const shared = same.services.filter((service) => incident.services.includes(service));
      findings.push({
        file: postmortem.file, line: Math.max(line, 0) + 1, column: 1, rule: 'corpus/same-incident', severity: 'warning', field: 'times.started',
        message: `this postmortem and ${same.file} both record an incident of ${shared.join(', ')} that started at ${minute}Z: the same incident written twice (imported twice, or by two teams) is two pages, counted twice in every metric.`,
        fix: 'if it is one incident, merge the two files into one (and list the other teams in teams); if they are two, check the start time of each.',
      });
    }
    byStart.set(minute, [...earlier, incident]);
  }
  return findings;
}

/**
 * Warnings for a published postmortem whose `related` names one that is not published (a draft,
 * or in review): the built site shows only published pages, so the link is left out of the page
 * without a word until the other is published. Only postmortems validated in the same run are
 * compared (all of them in a full check and in the build).
 */
export function findRelatedNotPublished(postmortems: readonly Pick<ValidatedPostmortem, 'id' | 'file' | 'source' | 'entryData'>[]): Finding[] {
  const statusById = new Map(postmortems.flatMap((p) => (p.entryData ? [[p.id, p.entryData.status] as const] : [])));
  const findings: Finding[] = [];
  for (const postmortem of postmortems) {
    const data = postmortem.entryData;
    if (!data || data.status !== 'published') continue;
    const lines = postmortem.source.split('\n');
    const relatedLine = lines.findIndex((line) => /^related\s*:/.test(line));
    data.related.forEach((relatedId, i) => {
      const status = statusById.get(relatedId);
      if (!status || status === 'published') return;
      // The id's own line in the list (flow or block style), else the key's.
      // A whole id: "…-heap-oom" is not found inside "…-heap-oom-recurrence".
      const idPattern = new RegExp(`(?<![\\w-])${relatedId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
      const at = relatedLine < 0 ? -1 : lines.findIndex((line, n) => n >= relatedLine && idPattern.test(line));
      const line = at >= 0 ? at : Math.max(relatedLine, 0);
      findings.push({
        file: postmortem.file, line: line + 1, column: Math.max(lines[line]?.search(idPattern) ?? 0, 0) + 1,
        rule: 'corpus/related-unpublished', severity: 'warning', field: `related[${i}]`,
        message: `related postmortem "${relatedId}" is not published (status: ${status}): the site shows no link to it until it is.`,
        fix: `publish ${relatedId} first, or remove it from related until it is.`,
      });
    });
  }
  return findings;
}
