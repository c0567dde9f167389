import { describeGitLfsPointer, isGitLfsPointer } from './git-lfs-pointer.ts';
import { quotedSnippet } from './quoted-snippet.ts';
/**
 * Whether the bytes of an image a postmortem shows are an image the site can publish. Astro reads
 * every local image's size when it builds the page: a `.png` that is text, an empty file or an SVG
 * without a size stops the whole build with a stack trace that names no line of the postmortem
 * (`NoImageMetadata`, "Failed to parse image reference"). An SVG is published as a file of the
 * site's own origin, so a script in it would run for whoever opens it.
 */

/** What is wrong with an image file's content, and how to fix it. */
export interface ImageContentProblem {
  message: string;
  fix: string;
}

/** How many leading bytes {@link findImageContentProblem} needs for a raster image. */
export const imageHeaderLength = 64;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Raster formats browsers show and Astro sizes, by their first bytes. */
const rasterSignatures: { name: string; matches: (bytes: Uint8Array) => boolean }[] = [
  { name: 'PNG', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { name: 'JPEG', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { name: 'GIF', matches: (b) => startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a')) },
  { name: 'WebP', matches: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8) },
  { name: 'AVIF', matches: (b) => startsWith(b, ascii('ftyp'), 4) && (startsWith(b, ascii('avif'), 8) || startsWith(b, ascii('avis'), 8)) },
];

/**
 * The most pixels sharp, Astro's image optimizer, reads (its `limitInputPixels`, 16383²). A PNG
 * declaring 100,000 × 100,000 (a few hundred bytes: the size is in the header) was published as
 * an empty .webp with width="100000" height="100000", after a warning that named the format.
 */
export const maxImagePixels = 0x3fff * 0x3fff;

/** Width and height from a PNG's or GIF's header, the formats whose size is at a fixed place. */
function rasterSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (startsWith(bytes, ascii('GIF8')) && bytes.length >= 10) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  return undefined;
}

const knownFormats = 'PNG, JPEG, GIF, WebP, AVIF or SVG';

/** The text of `bytes` if it reads as an SVG document (after a BOM, an XML declaration, comments, a doctype). */
function svgText(bytes: Uint8Array): string | undefined {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  const prologue = /^(?:\s+|<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i.exec(text)![0];
  return /^<svg[\s>]/i.test(text.slice(prologue.length)) ? text : undefined;
}

/** What an SVG may not hold: it would run in the browser of whoever opens the file. */
const svgActiveContent: [RegExp, string][] = [
  [/<script\b/i, 'a <script> element'],
  // Inside a tag only: "online = 5" in a label is text. (<foreignObject> is not refused: diagram
  // tools write their labels in it, and without scripts or event attributes it runs nothing.)
  [/<[^>]*\son[a-z]+\s*=/i, 'an event attribute (onload=, onclick=)'],
  [/<[^>]*(?:href|src)\s*=\s*["']?\s*(?:javascript|vbscript|data:text\/html)/i, 'a javascript: link'],
];

/**
 * What an SVG may not load from elsewhere: opened on its own (the site publishes it as a file of
 * its origin), it would fetch a tracker's pixel, another site's stylesheet or a page in a frame
 * for every reader who opens it. A link (`<a href>`) loads nothing until followed and is allowed.
 */
const svgExternalLoad: [RegExp, string][] = [
  [/<(?:image|use|feImage|iframe|embed|object|img|audio|video|source|link)\b[^>]*\s(?:xlink:)?(?:href|src|data)\s*=\s*["']?\s*(?:[a-z][a-z\d+.-]*:)?\/\//i, 'an element loading a file from another site (<image href="https://…">, <use>, <iframe>)'],
  [/url\(\s*["']?\s*(?:[a-z][a-z\d+.-]*:)?\/\//i, 'a url(https://…) loading a file from another site'],
  [/@import\b/i, 'a stylesheet @import'],
];

/**
 * Why `bytes` (the whole file for an SVG; for other files at least the first
 * {@link imageHeaderLength} bytes) are not an image the site can show, or undefined when they are.
 * `size` is the file's full length.
 */
export function findImageContentProblem(bytes: Uint8Array, size: number): ImageContentProblem | undefined {
  const replace = 'export it again as PNG or JPEG, or replace the image by its description in words.';
  if (size === 0) return { message: 'the file is empty (0 bytes)', fix: replace };
  if (rasterSignatures.some((format) => format.matches(bytes))) {
    const size = rasterSize(bytes);
    if (size && size.width * size.height > maxImagePixels) {
      return {
        message: `the image is ${size.width} × ${size.height} pixels, more than the build's image optimizer takes (${maxImagePixels.toLocaleString('en')} pixels): the site would show an empty file in its place, ${size.width} pixels wide`,
        fix: 'export it again at the size it is read at (a few thousand pixels wide at most).',
      };
    }
    return undefined;
  }
  const start = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 200));
  if (isGitLfsPointer(start)) return describeGitLfsPointer(start);
  const svg = svgText(bytes);
  if (svg !== undefined) {
    const active = svgActiveContent.find(([pattern]) => pattern.test(svg));
    if (active) {
      return {
        message: `the SVG holds ${active[1]}: the site publishes it as a file, and the code would run for whoever opens it`,
        fix: 'export the picture again without scripts or event attributes, or as PNG.',
      };
    }
    const external = svgExternalLoad.find(([pattern]) => pattern.test(svg));
    if (external) {
      return {
        message: `the SVG holds ${external[1]}: the site publishes it as a file, and whoever opens it would load that from the other site`,
        fix: 'export the picture again with its images and fonts embedded (or as PNG), without references to other sites.',
      };
    }
    const rootTag = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
    const hasSize = /\swidth\s*=/i.test(rootTag) && /\sheight\s*=/i.test(rootTag);
    if (!hasSize && !/\sviewBox\s*=/i.test(rootTag)) {
      return {
        message: 'the SVG has no width and height and no viewBox on its <svg> element, so its size is unknown',
        fix: 'add width="…" height="…" or viewBox="0 0 W H" to the <svg> element, or export it as PNG.',
      };
    }
    return undefined;
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 40));
  const looksLikeText = /^[\t\n\r\x20-\x7e\u00a0-\uffff]+$/u.test(head) && !head.includes('\uFFFD');
  return {
    message: looksLikeText
      ? `the file is text, not a ${knownFormats} image (it starts ${quotedSnippet(head.replace(/\s+/g, ' ').trim(), 30)})`
      : `the file is not a ${knownFormats} image (its first bytes match none of them)`,
    fix: replace,
  };
}
