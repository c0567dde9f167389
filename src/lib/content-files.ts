import { closeSync, existsSync, openSync, readdirSync, readlinkSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path';

/** Postmortem sources are `.mdx` or `.md` files anywhere under the postmortems folder. */
export const postmortemExtensions = ['.mdx', '.md'] as const;
export const postmortemGlob = '**/*.{md,mdx}';

/** The entry id: the file name without its extension, whatever subfolder holds it. */
export function postmortemIdFromPath(path: string): string {
  return basename(path, extname(path));
}

/** Names skipped on purpose: `_template.mdx`, `.hidden.md` (drafting aids, editor files). */
const isSkippedName = (name: string) => name.startsWith('_') || name.startsWith('.');

/** Extensions of Markdown files that are not read as postmortems (besides another letter case of ours). */
const lookAlikeExtensions = ['.markdown', '.mkd', '.mdown', '.mkdn', '.mdwn', '.mdtxt', '.mdtext'];

/**
 * Reports in another format that `npm run import` converts (`.docx`, `.html`, AsciiDoc, Org, rST)
 * or that must be converted first (`.pdf`, `.odt`, `.rtf`, `.doc`): an adopter copying old reports
 * into the postmortems folder had them left out of the sites without a word (bad input round 15).
 */
export const otherReportExtensions = ['.docx', '.doc', '.odt', '.rtf', '.pdf', '.html', '.htm', '.adoc', '.asciidoc', '.org', '.rst', '.textile', '.wiki', '.pages'];

/**
 * Why a file or folder could not be read, in words (the system's code after them): a file without
 * read permission was "cannot be read: EACCES", which names no cause a writer knows.
 */
export function readErrorWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code}): the user running this command may not read it`;
    case 'ENOENT':
      return 'ENOENT (a link whose target does not exist?)';
    case 'ELOOP':
      return 'ELOOP (symbolic links that lead to one another in a loop)';
    case 'EISDIR':
      return 'EISDIR (it is a folder)';
    // Round 16: a socket left in the folder (a program's connection point) was "cannot be read: ENXIO".
    case 'ENXIO':
      return 'ENXIO (it is a socket, a program\'s connection point, not a file)';
    default:
      return code ?? (error as Error).message;
  }
}

/** The fix for a file or folder that `readErrorWords` describes. */
export function readErrorFix(error: unknown, path: string, where: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return `give read permission to the user who runs the check and the build (chmod ${/\/$/.test(path) ? '-R a+rX' : 'a+r'} '${path.replace(/\/$/, '')}'), or remove it from ${where}.`;
  return `make it a readable ${/\/$/.test(path) ? 'folder' : 'file'}, or remove it from ${where}.`;
}

/** A folder under the postmortems folder that could not be listed. */
export interface UnlistedFolder {
  path: string;
  error: unknown;
}

/**
 * Thrown by listPostmortemFiles for a folder it cannot list: its postmortems would be left out
 * in silence (the site without them; `npm run new` blind to their ids).
 */
export class UnlistedFolderError extends Error {
  readonly folders: readonly UnlistedFolder[];
  constructor(folders: readonly UnlistedFolder[]) {
    super(folders.map(({ path, error }) => `${path}: the folder cannot be listed: ${readErrorWords(error)}; its postmortems would be left out. Fix: ${readErrorFix(error, `${path}/`, 'the postmortems folder')}`).join('\n'));
    this.folders = folders;
  }
}
UnlistedFolderError.prototype.name = 'UnlistedFolderError';

export interface PostmortemsFolder {
  /**
   * Every postmortem file under the folder, as paths relative to it, sorted for stable output. A
   * folder whose name ends in `.mdx` is not one (its files are listed); a link is listed whether
   * or not its target exists, so that reading it reports what is wrong instead of leaving it out.
   */
  postmortems: string[];
  /**
   * Files that look like postmortems but are not read as one: another letter case of the
   * extension (`.MDX`, `.Md`) or another Markdown extension (`.markdown`, `.mkd`). Listed so
   * that validation says so, instead of leaving them out of the site without a word.
   */
  lookAlikes: string[];
  /** Folders that could not be listed (no permission to read them): what they hold is unknown. */
  unlisted: UnlistedFolder[];
  /**
   * Folders named like a postmortem (`x.mdx`, `x.md`) with no postmortem below them: a postmortem
   * left out without a word (bad input round 14), e.g. the empty folder a container's bind mount
   * of a missing file creates, or a `mkdir -p` given the file's path.
   */
  foldersNamedLikePostmortems: string[];
  /**
   * An editor's or a merge's copy of a postmortem (`x.mdx~`, `x.mdx.bak`, `x.mdx.orig`, `#x.mdx#`)
   * whose postmortem is not beside it: not read, as a copy beside its file rightly is not, but
   * here it may be the only copy left (bad input round 14), each with the file it is a copy of.
   */
  copiesWithoutPostmortem: { path: string; of: string }[];
  /**
   * Postmortems hidden by a dot before their name (`.2025-07-08-checkout-config.mdx`, bad input
   * round 18): skipped as an editor's file, so a report saved so (a shell's `mv x .x`, a tool that
   * hides what it has not finished) was left out of the sites without a word. Only a name that
   * is a postmortem's after the dot (a day, then words); `._x.mdx` (macOS's resource forks) and
   * `.#x.mdx` (Emacs's locks) stay skipped in silence.
   */
  hiddenPostmortems: string[];
  /** Files named like a dated postmortem inside a folder whose name begins with a dot (not read), relative to the folder. */
  inHiddenFolders: string[];
  /**
   * Reports in another format (`.docx`, `.html`, `.pdf`, ...) with no postmortem of their name
   * beside them (one beside them is the import's source, kept on purpose), round 15.
   */
  otherFormats: string[];
  /**
   * Files of another format kept in a folder of the postmortems' images (`media/report.pdf`,
   * `attachments/notes.docx`, a PDF beside the graphs of a dated folder): attachments, not reports
   * (bad input round 46: `media/report.pdf` was called "a report in another format", with the fix
   * to convert it into a postmortem). The sites publish neither.
   */
  attachments: string[];
  /**
   * Symbolic links to folders outside `within` (a link named `2025-07-10-x.mdx` or `shared` to
   * `/tmp`, to a home folder, to `/`) that may hold postmortems: not walked (nor is a folder of
   * pictures linked so). Every file in them is refused anyway (the sites
   * would publish files no review of the content folder has seen), but the walk listed the whole
   * of the folder linked, each look-alike there an error of its own, and a link to `/` walked the
   * machine (bad input round 21). Each with the folder it leads to.
   */
  linksOutside: { path: string; real: string }[];
  /**
   * Symbolic links whose target does not exist and whose name is no postmortem's (`archive ->
   * ../old-reports`, moved or not cloned): what they held is left out (bad input round 41: in
   * silence). A link named like a postmortem is listed in `postmortems`, where reading it fails.
   */
  danglingLinks: { path: string; target: string }[];
}

/**
 * The postmortems and the look-alikes under `dir`, in one walk of the folder (empty lists when it
 * does not exist). With `within` (a real path: the content folder), links to folders outside it
 * are not walked but listed in `linksOutside`.
 */
export function listPostmortemsFolder(dir: string, options: { within?: string } = {}): PostmortemsFolder {
  const folder: PostmortemsFolder = { postmortems: [], lookAlikes: [], unlisted: [], foldersNamedLikePostmortems: [], copiesWithoutPostmortem: [], otherFormats: [], attachments: [], hiddenPostmortems: [], inHiddenFolders: [], linksOutside: [], danglingLinks: [] };
  const otherFormats: string[] = [];
  const copies: { path: string; of: string }[] = [];
  const namedLikePostmortems: string[] = [];
  if (!existsSync(dir)) return folder;
  // Each real folder is walked once: a link back to the folder or to a parent (`loop -> .`) would
  // otherwise list every file again under loop/, loop/loop/, ... until the system says ELOOP.
  const walked = new Set<string>([realpathSync(dir)]);
  const folders = [dir];
  while (folders.length) {
    const current = folders.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      // A folder without read permission stopped every command with a stack trace (scandir EACCES).
      folder.unlisted.push({ path: current, error });
      continue;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && isFolder(path))) {
        // Packages' READMEs are no postmortems: `npm run check -- .` in the project read the 636
        // Markdown files of node_modules/ (93 s, 1,311 errors about files no one wrote).
        if (entry.name === 'node_modules') continue;
        // Round 40: a hidden folder (`.github/`, `.obsidian/`, `.vscode/`) holds a tool's files, not
        // postmortems, as a hidden file is none: `.github/TEMPLATE.md` was read as the postmortem
        // "TEMPLATE", refused for its capitals. A dated report put in one is said (validate-corpus.ts).
        if (entry.name.startsWith('.')) {
          try {
            for (const inner of readdirSync(path)) if (/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.mdx?$/.test(inner)) folder.inHiddenFolders.push(relative(dir, join(path, inner)));
          } catch { /* an unreadable hidden folder is no more read than a readable one */ }
          continue;
        }
        const real = realpathSync(path);
        if (options.within !== undefined && entry.isSymbolicLink() && real !== options.within && !isInsideFolder(real, options.within)) {
          // A folder of pictures (`media -> ~/shots`) holds no postmortem: its images are said
          // where a body shows them (mdx/bad-image), so only a folder that may hold one is listed.
          if (mayHoldPostmortems(path)) folder.linksOutside.push({ path: relative(dir, path), real });
          continue;
        }
        if ((postmortemExtensions as readonly string[]).includes(extname(entry.name).toLowerCase()) && !isSkippedName(entry.name)) namedLikePostmortems.push(path);
        if (!walked.has(real)) {
          walked.add(real);
          folders.push(path);
        }
        continue;
      }
      if (entry.isSymbolicLink() && !(postmortemExtensions as readonly string[]).includes(extname(entry.name)) && !existsSync(path)) {
        folder.danglingLinks.push({ path: relative(dir, path), target: readlinkSync(path) });
        continue;
      }
      if (isSkippedName(entry.name)) {
        // `.mdx` alone (a save dialog's empty name, round 32) is hidden too, and was left out in silence.
        if (/^(?:\.\d{4}-\d{2}-\d{2}-[a-z0-9-]+)?\.mdx?$/.test(entry.name) && entry.isFile()) folder.hiddenPostmortems.push(relative(dir, path));
        continue;
      }
      const copyOf = /^#?(.+\.mdx?)(?:~|\.bak|\.orig|\.old|\.backup|\.save|#)$/i.exec(entry.name)?.[1];
      if (copyOf && entry.isFile()) copies.push({ path: relative(dir, path), of: relative(dir, join(current, copyOf)) });
      const extension = extname(entry.name);
      const lower = extension.toLowerCase();
      const list = (postmortemExtensions as readonly string[]).includes(extension) ? folder.postmortems
        : (postmortemExtensions as readonly string[]).includes(lower) || lookAlikeExtensions.includes(lower) ? folder.lookAlikes
        // A report converted to text with its frontmatter written (`---` on line 1) but saved as
        // `.txt` was left out of the sites without a word (bad input round 13).
        : lower === '.txt' && entry.isFile() && opensWithFrontmatter(path) ? folder.lookAlikes
        // `x.mdx ` and `x.mdx.` (a space or a dot after the extension, which Windows drops and
        // Linux keeps): not read, in silence (round 15).
        : /\.mdx?[\s.]+$/i.test(entry.name) ? folder.lookAlikes
        // Round 47: `x.md.txt` (an editor or Windows, hiding known extensions, added .txt): not read, in silence.
        : /\.mdx?\.txt$/i.test(entry.name) && entry.isFile() ? folder.lookAlikes
        // `~$notes.docx`: the owner file Word keeps beside a document it has open (a few bytes naming
        // who opened it), not a report (round 47: it was said to be one, with the import to run).
        : otherReportExtensions.includes(lower) && !entry.name.startsWith('~$') ? otherFormats
        : undefined;
      list?.push(relative(dir, path));
    }
  }
  folder.postmortems.sort();
  folder.lookAlikes.sort();
  folder.hiddenPostmortems.sort();
  folder.inHiddenFolders.sort();
  folder.linksOutside.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  folder.copiesWithoutPostmortem = copies
    .filter(({ of }) => !folder.postmortems.includes(of) && !folder.lookAlikes.includes(of))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const readNames = new Set([...folder.postmortems, ...folder.lookAlikes].map((path) => path.replace(/\.[^./\\]+$/, '')));
  const unread = otherFormats.filter((path) => !readNames.has(path.replace(/\.[^./\\]+$/, ''))).sort();
  const attached = (path: string) => path.includes(sep) && isAttachment(join(dir, path));
  folder.otherFormats = unread.filter((path) => !attached(path));
  folder.attachments = unread.filter(attached);
  folder.foldersNamedLikePostmortems = namedLikePostmortems
    .map((path) => relative(dir, path))
    .filter((named) => !folder.postmortems.some((file) => file.startsWith(`${named}${sep}`)))
    .sort();
  return folder;
}

/** Names of the folders sites and wikis keep pictures and attachments in. */
const attachmentFolder = /^(?:media|assets?|images?|img|attachments?|files|static|uploads?|figures?|screenshots?|resources)$/i;

/**
 * True when `path` (a file of another format) is kept in a folder of images and attachments: one
 * named so (`media/`, `attachments/`), or one holding an image, as a postmortem's own folder of
 * graphs does. A file at the postmortems folder's top is a report.
 */
function isAttachment(path: string): boolean {
  const folder = dirname(path);
  if (attachmentFolder.test(basename(folder))) return true;
  try {
    return readdirSync(folder).some((name) => /\.(?:png|jpe?g|gif|svg|webp|avif)$/i.test(name));
  } catch {
    return false;
  }
}

/** True when the file at `path` starts with a `---` line, as a postmortem does (its first bytes only are read). */
function opensWithFrontmatter(path: string): boolean {
  let handle: number | undefined;
  try {
    handle = openSync(path, 'r');
    const start = Buffer.alloc(8);
    const read = readSync(handle, start, 0, start.length, 0);
    return /^(?:\uFEFF)?---\r?\n/.test(start.subarray(0, read).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (handle !== undefined) closeSync(handle);
  }
}

/** True when the folder at `path` holds, at its top level (one listing: it is not walked), a folder or a file named like a postmortem. */
function mayHoldPostmortems(path: string): boolean {
  try {
    return readdirSync(path, { withFileTypes: true }).some((entry) => entry.isDirectory() || entry.isSymbolicLink() || /\.mdx?$/i.test(entry.name));
  } catch {
    return true;
  }
}

/** True when `path` leads to a folder (a link to nothing does not). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every postmortem file under `dir`, as paths relative to it, sorted ({@link PostmortemsFolder.postmortems}); throws UnlistedFolderError when a folder cannot be listed. */
export function listPostmortemFiles(dir: string): string[] {
  const folder = listPostmortemsFolder(dir);
  if (folder.unlisted.length) throw new UnlistedFolderError(folder.unlisted);
  return folder.postmortems;
}

/**
 * Where a postmortem file really is when that is outside the content folder (a symbolic link to
 * `/etc/hostname` named `x.mdx`, or a file in a linked folder elsewhere), else undefined. Such a
 * file is not read: the site would publish a file of the machine that builds it, which no one
 * reviewing the content folder has seen (images through links are refused the same way).
 */
export function realPathOutsideContentFolder(file: string, contentDir: string, realContentDir: string | undefined = realPathOf(contentDir)): string | undefined {
  let real: string;
  try {
    // The system's realpath(3), one call, as Vite resolves modules (the JS version stats every
    // folder of the path: ~2x the CPU, once for each of a build's postmortems; docs/performance.md, session 45).
    real = realpathSync.native(file);
  } catch {
    return undefined; // Not there: said when it is read.
  }
  if (realContentDir === undefined) return undefined; // Not there: said when it is read.
  return real === realContentDir || isInsideFolder(real, realContentDir) ? undefined : real;
}

/**
 * The content folder as {@link realPathOutsideContentFolder} compares with it (links resolved), or
 * undefined when it is not there: resolved once for a whole corpus rather than once a file.
 */
export function realPathOf(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/** True when the absolute `path` is inside the absolute `folder` (not the folder itself). */
export function isInsideFolder(path: string, folder: string): boolean {
  const inside = relative(folder, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/** The message and fix for a postmortem file {@link realPathOutsideContentFolder} found. */
export function outsideContentFolderProblem(shownFile: string, real: string, shownContentDir: string): { message: string; fix: string } {
  return {
    message: `${shownFile} is, through a symbolic link, the file ${real}, outside the content folder (${shownContentDir}): it is not read, since the sites would publish a file of the machine that builds them that no review of the content folder has seen.`,
    fix: `copy the postmortem into the postmortems folder as a file of its own (cp --remove-destination "${real}" "${shownFile}"), or delete the link.`,
  };
}

/**
 * What a path that exists is when reading it as a file would not end or makes no sense (after
 * links): `a named pipe (FIFO)`, `a device` (`/dev/zero` never ends), `a folder`; undefined for a
 * file, a socket (its read fails at once) or a path that is not there. Reading a
 * named pipe waits for a writer: `npm run check` and the build stopped there for good on a
 * `postmortems/x.mdx` or a `tags.yaml` made by `mkfifo`.
 */
export function specialFileKind(path: string): string | undefined {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return undefined;
  }
  if (stats.isFile()) return undefined;
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isDirectory()) return 'a folder';
  // A socket fails to read at once (ENXIO), which the readers report.
  return undefined;
}

/**
 * Files over this size are not read at all (bad input round 16): 64 times the largest body a
 * postmortem may hold (512 KiB), far over any vocabulary. A 600 MB file (a log, a dump or a disk
 * image saved as `.mdx`) took `npm run check` 22 s to read and ended in "cannot be read:
 * ERR_STRING_TOO_LONG", a 3 GB one in "ERR_FS_FILE_TOO_LARGE", and a `tags.yaml` of 3 GB a minute.
 */
export const largestReadableFile = 32 * 1024 * 1024;

/** What a file over {@link largestReadableFile} is, said from its size without reading it; undefined for any other path. */
export function oversizeFileProblem(path: string, what: string): string | undefined {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return undefined;
  }
  if (size <= largestReadableFile) return undefined;
  const shown = size >= 1024 ** 3 ? `${(size / 1024 ** 3).toFixed(1)} GiB` : `${Math.round(size / 1024 ** 2)} MiB`;
  return `is ${shown}, far over what ${what} holds (at most ${largestReadableFile / 1024 ** 2} MiB is read): a log, a dump or another file saved under its name? It is not read`;
}

/**
 * {@link specialFileKind} for the readers that say a folder in their own words: `a named pipe
 * (FIFO)` or `a device`, whose read would wait or never end; undefined for a folder or a file.
 */
export function blockingFileKind(path: string): string | undefined {
  const kind = specialFileKind(path);
  return kind === 'a folder' ? undefined : kind;
}

/**
 * Files under `dir` whose paths differ only in letter case or Unicode form (`media/Graph.png`
 * beside `media/graph.png`, `café.png` composed beside decomposed): the file systems of macOS
 * and Windows do not tell them apart, so a clone there keeps one and loses the other without a
 * word. Each pair as paths relative to `dir`, the later one second. Links are not followed;
 * names starting with `.` are passed over, as everywhere.
 */
export function findCaseCollisions(dir: string): [string, string][] {
  const firstByKey = new Map<string, string>();
  const pairs: [string, string][] = [];
  const folders = [''];
  while (folders.length) {
    const inner = folders.pop()!;
    let entries;
    try {
      entries = readdirSync(join(dir, inner), { withFileTypes: true });
    } catch {
      continue; // Said where the folder is listed for postmortems.
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const path = inner ? `${inner}/${entry.name}` : entry.name;
      const key = path.normalize('NFC').toLowerCase();
      const first = firstByKey.get(key);
      if (first === undefined) firstByKey.set(key, path);
      else pairs.push([first, path]);
      if (entry.isDirectory()) folders.push(path);
    }
  }
  return pairs;
}
