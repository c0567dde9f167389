import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { Finding } from '../findings.ts';
import { imagePathOf, isLocalImageUrl } from '../import/report-images.ts';
import { findImageContentProblem, imageHeaderLength } from '../image-content.ts';

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
const markdownImage = /!\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
const htmlImage = /<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi;

/** The body with fenced code blocks and code spans replaced by spaces, so offsets stay put. */
function withoutCode(body: string): string {
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
 * Paths starting with `/` are served from `public/`, and URLs are remote: neither is checked.
 * An image that exists but is not one (text, empty, an SVG with a script or without a size) is
 * `mdx/bad-image`, for the same reason: see src/lib/image-content.ts.
 */
export function findMissingImages(
  file: string,
  body: string,
  bodyStartLine: number,
  isFile: (path: string) => boolean = isFileOnDisk,
  readImage: (path: string) => { bytes: Uint8Array; size: number } = readImageOnDisk,
  contentDir?: string,
): Finding[] {
  const text = withoutCode(body);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > offset) line--;
    return { line: line + bodyStartLine, column: offset - lineStarts[line] + 1 };
  };
  const images = [
    ...[...text.matchAll(markdownImage)].map((m) => ({ url: m[2], alt: m[1], offset: m.index! })),
    ...[...text.matchAll(htmlImage)].map((m) => ({ url: m[1], alt: /\balt\s*=\s*["']([^"']*)["']/i.exec(m[0])?.[1] ?? '', offset: m.index! })),
  ].sort((a, b) => a.offset - b.offset);
  const findings: Finding[] = [];
  // Only a postmortem in the content folder is held to it: a file named to npm run check from
  // elsewhere (a warning of its own) may show images beside it.
  const root = contentDir === undefined ? undefined : resolve(contentDir);
  const isInside = (path: string, folder: string) => path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
  // A symbolic link in the content folder (media/ -> /home/me) leads out of it as ../ does.
  const linksOutside = (path: string, folder: string) => {
    try {
      return !isInside(realpathSync(path), realpathSync(folder));
    } catch {
      return false; // Not there: said as a missing image below.
    }
  };
  for (const { url, alt, offset } of images) {
    const path = imagePathOf(url);
    if (/^file:/i.test(url)) {
      // A file of the writer's machine: no reader's browser loads it from a web page.
      findings.push({
        file, ...position(offset), rule: 'mdx/missing-image', severity: 'error',
        message: `the image "${url}"${alt ? ` (${alt})` : ''} is a file: address, a file on the machine it was written on: readers' browsers do not load it from the site, so the page shows a broken image.`,
        fix: 'copy the image beside the postmortem (e.g. media/<id>/graph.png) and write its relative path, ![…](./media/<id>/graph.png).',
      });
      continue;
    }
    if (!isLocalImageUrl(url) || !path || path.startsWith('/')) continue;
    const expected = resolve(dirname(file), path);
    if (root !== undefined && isInside(resolve(file), root) && (!isInside(expected, root) || linksOutside(expected, root))) {
      // `../../../etc/hostname.png`: the build would copy a file of the build machine from outside
      // the content folder onto the site (a key, a screenshot of another folder), or stop on it.
      findings.push({
        file, ...position(offset), rule: 'mdx/bad-image', severity: 'error',
        message: `the image "${url}"${alt ? ` (${alt})` : ''} is outside the content folder (${root}): it names ${isInside(expected, root) ? `${realpathSync(expected)} (through a symbolic link)` : expected}, and the site would publish a file of the machine that builds it.`,
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
          file, ...position(offset), rule: 'mdx/bad-image', severity: 'error',
          message: `the image "${url}"${alt ? ` (${alt})` : ''} cannot be published: ${problem.message} (${expected}).`,
          fix: problem.fix,
        });
      }
      continue;
    }
    findings.push({
      file,
      ...position(offset),
      rule: 'mdx/missing-image',
      severity: 'error',
      message: `the image "${url}"${alt ? ` (${alt})` : ''} does not exist: no file at ${expected}.`,
      fix: 'put the image at that path (beside the postmortem, e.g. media/<id>/), correct the path, or replace the image by its description in words.',
    });
  }
  return findings;
}
