import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../findings.ts';
import { imagePathOf, isLocalImageUrl } from '../import/report-images.ts';
import { findImageContentProblem, imageHeaderLength } from '../image-content.ts';
import { decodeEntities } from '../html-entities.ts';
import { isInsideFolder, specialFileKind } from '../content-files.ts';

/**
 * The project's `public/` folder: both sites serve its files from their root, so an image path
 * starting with `/` (`/logo.png`) names a file there, whichever machine builds the site.
 */
export const projectPublicDir = fileURLToPath(new URL('../../../public/', import.meta.url));

const isFileOnDisk = (path: string) => existsSync(path) && statSync(path).isFile();

/** What {@link findImageContentProblem} needs of a file: its first bytes, or all of it when it may be an SVG (text). */
function readImageOnDisk(path: string): { bytes: Uint8Array; size: number } {
  const size = statSync(path).size;
  const head = Buffer.alloc(Math.min(size, 4096));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  // A raster image is known by its first bytes; an SVG is read whole, for what it may hold.
  const mayBeSvg = /^(?:\uFEFF)?\s*</.test(head.subarray(0, imageHeaderLength).toString('utf8'));
  return { bytes: mayBeSvg && size > head.length ? readFileSync(path) : head, size };
}

/** `![alt](url "title")` and `<img src="url" alt="…">`; code is blanked before matching. */
// Round 41: an address in angle brackets may hold spaces (`![x](<pool graph.png>)`), and was not read.
const markdownImage = /!\[([^\]\n]*)\]\(\s*(?:<([^<>\n]+)>|([^)\s>]+))(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
/** `![alt][label]`, `![label][]` and `![label]`: an image whose address a definition gives. */
const referenceImage = /!\[([^\]\n]*)\](?:\[([^\]\n]*)\])?(?![(:])/g;
/** `[label]: url`, a definition (up to three spaces before it). */
const definition = /^ {0,3}\[([^\]\n]+)\]:[ \t]*(?:<([^<>\n]+)>|([^\s>]+))/gm;
/** An element that shows an image; `<image>` is read as `<img>` by browsers, `<source>` by a `<picture>`. */
const htmlImageTag = /<(img|image|source)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

/**
 * False when `body` cannot show an image: every Markdown image starts `![` and every HTML one
 * matches `<img`, `<image` or `<source`. Most bodies hold neither and skip the blanking of code
 * and the three patterns (about 0.1 s of the build's validation at 1,000 postmortems).
 */
export const mayShowImage = (body: string): boolean => body.includes('![') || /<(?:img|image|source)\b/i.test(body);
/** `src` and `srcset`, quoted, unquoted (HTML) or as a string expression (MDX, `src={"…"}`). */
const imageAttribute = /(?<=^|\s)(src|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)')\s*\}|([^\s>"'{]+))/gi;
/** `\/` in a Markdown address is `/`: CommonMark removes a backslash before punctuation. */
const unescapeMarkdown = (url: string) => url.replace(/\\([!-/:-@[-`{-~])/g, '$1');
/** Labels match without case and with runs of spaces as one (CommonMark). */
const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();
/** A path of a Windows machine: `C:\Users\…`, `C:/…` or `\\server\share\…`. */
const isWindowsPath = (url: string) => /^[a-z]:[\\/]/i.test(url) || url.startsWith('\\\\');

/**
 * A body's image as the page shows it: its address, its alternative text, where it starts, and for an HTML image its
 * element and whether it has an `alt` at all (a `<source>` gives a `<picture>` another address; its `<img>` holds the text).
 */
export interface BodyImage {
  url: string;
  alt: string;
  offset: number;
  html?: { hasAlt: boolean; element: 'img' | 'image' | 'source' };
}

/** A body's image with the line and column (from 1, counted in the body) where it starts. */
export interface PlacedImage extends BodyImage {
  line: number;
  column: number;
}

/**
 * The images a body shows, code blanked, each with its line and column: read once per validation and handed to both
 * image checks (the missing-image check and the alternative-text check), which used to blank the code, match the three
 * patterns and count lines each on its own.
 */
export function readBodyImages(body: string): PlacedImage[] {
  if (!mayShowImage(body)) return [];
  const text = withoutCode(body);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let line = 0;
  // listImages gives the images in order of their offsets, so the line only moves forward.
  return listImages(text).map((image) => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= image.offset) line++;
    return { ...image, line: line + 1, column: image.offset - lineStarts[line] + 1 };
  });
}

/**
 * The images of a body whose code is blanked (`withoutCode`), in order: Markdown's (`![alt](url)`, by reference) and
 * HTML's (`<img>`, `<image>`, `<source>`). Read by the missing-image check and the alternative-text check (round 61).
 */
export function listImages(text: string): BodyImage[] {
  // Addresses as the renderer reads them: entities and backslash escapes undone
  // (`&#47;etc&#47;passwd` is /etc/passwd on the page).
  const definitions = new Map<string, string>();
  for (const m of text.matchAll(definition)) {
    const key = labelKey(m[1]);
    if (!key.startsWith('^') && !definitions.has(key)) definitions.set(key, unescapeMarkdown(decodeEntities(m[2] ?? m[3])));
  }
  return [
    ...[...text.matchAll(markdownImage)].map((m) => ({ url: unescapeMarkdown(decodeEntities(m[2] ?? m[3])), alt: m[1], offset: m.index! })),
    ...[...text.matchAll(referenceImage)].flatMap((m) => {
      const url = definitions.get(labelKey(m[2] || m[1]));
      return url === undefined ? [] : [{ url, alt: m[1], offset: m.index! }];
    }),
    ...[...text.matchAll(htmlImageTag)].flatMap((m) => {
      const element = m[1].toLowerCase() as 'img' | 'image' | 'source';
      const altAttribute = /\balt\s*=\s*["']([^"']*)["']/i.exec(m[2]);
      const alt = decodeEntities(altAttribute?.[1] ?? '');
      const hasAlt = altAttribute !== null || /(?:^|\s)alt(?=[\s=/]|$)/i.test(m[2]);
      return [...m[2].matchAll(imageAttribute)].flatMap((a) => {
        const value = decodeEntities(a[2] ?? a[3] ?? a[4] ?? a[5] ?? a[6] ?? '').trim();
        // A srcset lists "url 2x, url 640w": each candidate's first word is an address. A comma
        // inside an address (`data:image/png;base64,…`) is neither after a descriptor nor before a space.
        const urls = a[1].toLowerCase() === 'srcset' ? value.split(/,\s+|(?<=\s[\d.]+[wxh]),/).map((candidate) => candidate.trim().split(/\s+/)[0]).filter(Boolean) : [value];
        return urls.filter((url) => url !== '').map((url) => ({ url, alt, offset: m.index!, html: { hasAlt, element } }));
      });
    }),
  ].sort((a, b) => a.offset - b.offset);
}

/** The body with fenced code blocks and code spans replaced by spaces, so offsets stay put. */
export function withoutCode(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return body
    .replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n[ \t]*\2[ \t]*(?=\n|$)|$)/gm, blank)
    .replace(/(`+)[^`\n]+?\1/g, blank);
}

/**
 * Local images a body shows that do not exist (`mdx/missing-image`). Astro resolves
 * `![…](./graph.png)` against the postmortem's folder when it builds the page, and a missing file
 * stops the whole build with an error that names no line of ours; this names the line and the fix
 * first, in `npm run check` and in the build's validation alike (it reads the text, no parse).
 * Paths starting with `/` are served from the project's `public/` folder and must be a file
 * there (`/etc/passwd` is a broken image showing a path of the writer's machine); remote URLs are
 * not checked. `<img>`, `<image>` and `<source>` (`src`, `srcset`) and reference images
 * (`![x][label]`) are read as well as `![x](url)`.
 * An image that exists but is not one (text, empty, an SVG with a script or without a size) is
 * `mdx/bad-image`, for the same reason: see src/lib/image-content.ts.
 */
export function findMissingImages(
  file: string,
  images: readonly PlacedImage[],
  bodyStartLine: number,
  isFile: (path: string) => boolean = isFileOnDisk,
  readImage: (path: string) => { bytes: Uint8Array; size: number } = readImageOnDisk,
  contentDir?: string,
  publicDir: string = projectPublicDir,
): Finding[] {
  const findings: Finding[] = [];
  // Only a postmortem in the content folder is held to it: a file named to npm run check from
  // elsewhere (a warning of its own) may show images beside it.
  const root = contentDir === undefined ? undefined : resolve(contentDir);
  // A symbolic link in the content folder (media/ -> /home/me) leads out of it as ../ does.
  const linksOutside = (path: string, folder: string) => {
    try {
      return !isInsideFolder(realpathSync(path), realpathSync(folder));
    } catch {
      return false; // Not there: said as a missing image below.
    }
  };
  for (const { url, alt, line, column } of images) {
    const position = { line: line + bodyStartLine - 1, column };
    const path = imagePathOf(url);
    if (/^file:/i.test(url)) {
      // A file of the writer's machine: no reader's browser loads it from a web page.
      findings.push({
        file, ...position, rule: 'mdx/missing-image', severity: 'error',
        message: `the image "${url}"${alt ? ` (${alt})` : ''} is a file: address, a file on the machine it was written on: readers' browsers do not load it from the site, so the page shows a broken image.`,
        fix: 'copy the image beside the postmortem (e.g. media/<id>/graph.png) and write its relative path, ![…](./media/<id>/graph.png).',
      });
      continue;
    }
    if (isWindowsPath(url)) {
      findings.push({
        file, ...position, rule: 'mdx/missing-image', severity: 'error',
        message: `the image "${url}"${alt ? ` (${alt})` : ''} is a path on a Windows machine, the one it was written on: readers' browsers do not load it from the site, so the page shows a broken image.`,
        fix: 'an image must be inside the content folder: copy it beside the postmortem (e.g. media/<id>/graph.png) and write its relative path with forward slashes, ![…](./media/<id>/graph.png).',
      });
      continue;
    }
    if (!isLocalImageUrl(url) || !path) continue;
    // Round 48: `![graph](.\media\graph.png)` (a path copied from Windows's explorer) was "does
    // not exist" of a file the writer could see: a backslash is part of a name on the build's
    // machine and in a browser, never a folder's separator. Said as such, with the path to write.
    if (path.includes('\\') && !path.startsWith('/')) {
      const slashed = path.replace(/\\/g, '/');
      const there = isFile(resolve(dirname(file), slashed));
      findings.push({
        file, ...position, rule: 'mdx/missing-image', severity: 'error',
        message: `the image "${url}"${alt ? ` (${alt})` : ''} is a path written with Windows's backslashes (\\): the build and readers' browsers read a backslash as part of a file's name, not as a folder's separator, so no image is found${there ? ` (the file is there: ${slashed}, with slashes)` : ''}.`,
        fix: `write it with forward slashes: ![${alt}](${/^\.{0,2}\//.test(slashed) ? slashed : `./${slashed}`}).`,
      });
      continue;
    }
    if (path.startsWith('/')) {
      // Both sites serve public/ from their root, so `/logo.png` is public/logo.png; anything
      // else starting with / (`/etc/passwd`, `/var/secret.png`, a path of the writer's machine)
      // is no file of the site: a broken image, showing every reader a path of that machine.
      const publicRoot = resolve(publicDir);
      const served = resolve(publicRoot, `.${path}`);
      if (isInsideFolder(served, publicRoot) && !linksOutside(served, publicRoot) && isFile(served)) continue;
      const outside = !isInsideFolder(served, publicRoot) || linksOutside(served, publicRoot);
      findings.push({
        file, ...position, rule: 'mdx/missing-image', severity: 'error',
        message: `the image "${url}"${alt ? ` (${alt})` : ''} starts with /, so the site loads it from its own root, the project's public folder, ${outside ? 'and it leads out of that folder' : `where there is no file ${served}`}: the page would show a broken image (a path on the machine that builds the site is not read).`,
        fix: 'an image must be inside the content folder or a file of the site: copy it beside the postmortem (e.g. media/<id>/graph.png) and write its relative path, ![…](./media/<id>/graph.png); an image of the site itself (a logo) goes in public/, written /logo.png.',
      });
      continue;
    }
    // `./media/graph.png?raw` (round 16): the build hands a query to its bundler (`?raw`, `?url`
    // import the file as text or an address), so the page got an <img> with no address at all,
    // the build passing without a word.
    const query = /\?[^#]*/.exec(url)?.[0];
    if (query) {
      findings.push({
        file, ...position, rule: 'mdx/missing-image', severity: 'error',
        message: `the image "${url}"${alt ? ` (${alt})` : ''} has a query (${query}) after its path: the build reads it as an instruction to its bundler, not as part of the image, and the page would show an image with no address.`,
        fix: `write the path alone: ${url.slice(0, url.indexOf('?'))}.`,
      });
      continue;
    }
    const expected = resolve(dirname(file), path);
    if (root !== undefined && isInsideFolder(resolve(file), root) && (!isInsideFolder(expected, root) || linksOutside(expected, root))) {
      // `../../../etc/hostname.png`: the build would copy a file of the build machine from outside
      // the content folder onto the site (a key, a screenshot of another folder), or stop on it.
      findings.push({
        file, ...position, rule: 'mdx/bad-image', severity: 'error',
        message: `the image "${url}"${alt ? ` (${alt})` : ''} is outside the content folder (${root}): it names ${isInsideFolder(expected, root) ? `${realpathSync(expected)} (through a symbolic link)` : expected}, and the site would publish a file of the machine that builds it.`,
        fix: 'copy the image into the content folder beside the postmortem (e.g. media/<id>/) and write the path from there, without ../ leaving the folder.',
      });
      continue;
    }
    if (isFile(expected)) {
      let problem: { message: string; fix: string } | undefined;
      try {
        const { bytes, size } = readImage(expected);
        problem = findImageContentProblem(bytes, size);
      } catch (error) {
        problem = { message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, fix: 'make it readable by the build, or replace the image by its description in words.' };
      }
      if (problem) {
        findings.push({
          file, ...position, rule: 'mdx/bad-image', severity: 'error',
          message: `the image "${url}"${alt ? ` (${alt})` : ''} cannot be published: ${problem.message} (${expected}).`,
          fix: problem.fix,
        });
      }
      continue;
    }
    findings.push({
      file,
      ...position,
      rule: 'mdx/missing-image',
      severity: 'error',
      message: `the image "${url}"${alt ? ` (${alt})` : ''} does not exist: ${specialFileKind(expected) ? `${expected} is ${specialFileKind(expected)}, not a file` : `no file at ${expected}`}.`,
      fix: 'put the image at that path (beside the postmortem, e.g. media/<id>/), correct the path, or replace the image by its description in words.',
    });
  }
  return findings;
}
