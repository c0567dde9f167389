import { inflateSync } from 'node:zlib';

/**
 * Metadata a raster image carries besides its pixels, which anyone who downloads the image can
 * read: an author in a PNG `tEXt` chunk or in EXIF (`Artist`, `XPAuthor`), a description, a
 * comment, the camera owner, GPS coordinates, an editor's XMP packet with file paths. Astro
 * re-encodes the images a post shows without it; an image that reaches the public site another
 * way (copied as it is) would publish it. Names of the segments and chunks found, with their
 * text where it is text, for the built-site scan.
 */
export interface ImageMetadata {
  /** Where in the file: `PNG tEXt "Author"`, `JPEG APP1 Exif`, `WebP XMP`, `GIF comment`. */
  where: string;
  /** Its readable text (printable runs of 3 characters or more), for the message. */
  text: string;
}

/** PNG text keywords that say nothing about anyone (what produced the file, when). */
const harmlessPngKeywords = new Set(['software', 'creation time']);

/** Printable runs of a binary block: what a reader of the file would see. */
function printable(bytes: Uint8Array): string {
  return (new TextDecoder('latin1').decode(bytes).match(/[\x20-\x7e\u00a0-\u00ff]{3,}/g) ?? []).join(' ').slice(0, 200);
}

const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length));

function pngMetadata(bytes: Uint8Array): ImageMetadata[] {
  const found: ImageMetadata[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = ascii(bytes, at + 4, 4);
    const data = bytes.subarray(at + 8, Math.min(at + 8 + length, bytes.length));
    if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') {
      const keywordEnd = data.indexOf(0);
      const keyword = ascii(data, 0, keywordEnd < 0 ? data.length : keywordEnd);
      let text = printable(data.subarray(keywordEnd + 1));
      if (type === 'zTXt') {
        try {
          text = printable(inflateSync(data.subarray(keywordEnd + 2)));
        } catch {
          // a damaged chunk: its raw bytes are what is shown
        }
      }
      if (!harmlessPngKeywords.has(keyword.toLowerCase())) found.push({ where: `PNG ${type} "${keyword}"`, text });
    } else if (type === 'eXIf') {
      found.push({ where: 'PNG eXIf', text: printable(data) });
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return found;
}

function jpegMetadata(bytes: Uint8Array): ImageMetadata[] {
  const found: ImageMetadata[] = [];
  for (let at = 2; at + 4 <= bytes.length && bytes[at] === 0xff; ) {
    const marker = bytes[at + 1];
    // Start of scan: the image data follows, and no more metadata segments.
    if (marker === 0xda || marker === 0xd9) break;
    const length = (bytes[at + 2] << 8) | bytes[at + 3];
    const data = bytes.subarray(at + 4, at + 2 + length);
    if (marker === 0xe1) found.push({ where: `JPEG APP1 ${ascii(data, 0, 4) === 'Exif' ? 'Exif' : 'XMP'}`, text: printable(data) });
    else if (marker === 0xed) found.push({ where: 'JPEG APP13 IPTC', text: printable(data) });
    else if (marker === 0xfe) found.push({ where: 'JPEG comment', text: printable(data) });
    at += 2 + length;
  }
  return found;
}

function webpMetadata(bytes: Uint8Array): ImageMetadata[] {
  const found: ImageMetadata[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 12; at + 8 <= bytes.length; ) {
    const type = ascii(bytes, at, 4);
    const length = view.getUint32(at + 4, true);
    if (type === 'EXIF' || type === 'XMP ') found.push({ where: `WebP ${type.trim()}`, text: printable(bytes.subarray(at + 8, at + 8 + length)) });
    at += 8 + length + (length % 2);
  }
  return found;
}

function gifMetadata(bytes: Uint8Array): ImageMetadata[] {
  const found: ImageMetadata[] = [];
  const colourTable = (packed: number) => (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  /** Reads the sub-blocks from `at`; returns their bytes and where the next block starts. */
  const subBlocks = (at: number) => {
    const parts: Uint8Array[] = [];
    while (at < bytes.length && bytes[at] !== 0) {
      parts.push(bytes.subarray(at + 1, at + 1 + bytes[at]));
      at += bytes[at] + 1;
    }
    return { data: Uint8Array.from(parts.flatMap((part) => [...part])), next: at + 1 };
  };
  // Header and logical screen descriptor, then blocks: extensions (0x21), images (0x2C), the end (0x3B).
  for (let at = 13 + colourTable(bytes[10]); at < bytes.length; ) {
    if (bytes[at] === 0x21) {
      const label = bytes[at + 1];
      const { data, next } = subBlocks(at + 2);
      if (label === 0xfe) found.push({ where: 'GIF comment', text: printable(data) });
      // An application extension holding XMP (its identifier is the first sub-block).
      if (label === 0xff && ascii(bytes, at + 3, 8) === 'XMP Data') found.push({ where: 'GIF XMP', text: printable(data) });
      at = next;
    } else if (bytes[at] === 0x2c) {
      at += 10 + colourTable(bytes[at + 9]) + 1;
      at = subBlocks(at).next;
    } else {
      break;
    }
  }
  return found;
}

/**
 * The metadata of a PNG, JPEG, WebP or GIF file (told by its first bytes, not its name); none
 * for other files. PNG `Software` and `Creation Time` text is left out: it names a program and
 * a time, never a person or a system of ours.
 */
export function findImageMetadata(bytes: Uint8Array): ImageMetadata[] {
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return pngMetadata(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegMetadata(bytes);
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return webpMetadata(bytes);
  if (ascii(bytes, 0, 4) === 'GIF8') return gifMetadata(bytes);
  return [];
}
