import { describe, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { findImageMetadata } from '../../src/lib/publication/image-metadata.ts';
import { scanBuiltSite } from '../../scripts/lib/redaction-check.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';

/**
 * Raster images with metadata, assembled byte by byte (no image library): a PNG with text chunks,
 * a JPEG with an Exif segment and a comment, a WebP with an EXIF chunk, a GIF with a comment
 * extension. The author and the comments are of our own writing.
 */
const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : [...part])));
const u32be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u32le = (n: number) => u32be(n).reverse();
const u16be = (n: number) => [(n >>> 8) & 255, n & 255];

/** A PNG chunk (its CRC is not checked by the reader, so zeros stand for it). */
const pngChunk = (type: string, data: Uint8Array) => bytes(u32be(data.length), type, data, [0, 0, 0, 0]);
const png = (...chunks: Uint8Array[]) => bytes('\x89PNG\r\n\x1a\n', pngChunk('IHDR', new Uint8Array(13)), ...chunks, pngChunk('IDAT', new Uint8Array(4)), pngChunk('IEND', new Uint8Array(0)));

const jpegSegment = (marker: number, data: Uint8Array) => bytes([0xff, marker], u16be(data.length + 2), data);
const jpeg = (...segments: Uint8Array[]) => bytes([0xff, 0xd8], ...segments, [0xff, 0xda, 0, 2, 1, 2, 3, 0xff, 0xd9]);

const webp = (...chunks: [string, Uint8Array][]) => {
  const body = bytes('WEBP', bytes('VP8 ', u32le(4), [0, 0, 0, 0]), ...chunks.map(([type, data]) => bytes(type, u32le(data.length), data, data.length % 2 ? [0] : [])));
  return bytes('RIFF', u32le(body.length), body);
};

/** A 1×1 GIF with a global colour table of two entries, an optional comment, one image. */
const gif = (comment?: string) => bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0], [0, 0, 0, 255, 255, 255],
  comment ? bytes([0x21, 0xfe, comment.length], comment, [0]) : [],
  [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0], [2, 2, 0x21, 0xfe, 0], [0x3b]);

describe('findImageMetadata', () => {
  test('PNG text chunks, a compressed one included; Software and Creation Time say nothing of anyone', () => {
    const file = png(
      pngChunk('tEXt', bytes('Author\0Brannoc Velquist')),
      pngChunk('zTXt', bytes('Comment\0\0', deflateSync(Buffer.from('drawn on the vexmor-ledger host')))),
      pngChunk('iTXt', bytes('Description\0\0\0en\0\0the pool at qorvath\'s desk')),
      pngChunk('tEXt', bytes('Software\0Inkscape')),
    );
    expect(findImageMetadata(file)).toEqual([
      { where: 'PNG tEXt "Author"', text: 'Brannoc Velquist' },
      { where: 'PNG zTXt "Comment"', text: 'drawn on the vexmor-ledger host' },
      { where: 'PNG iTXt "Description"', text: 'the pool at qorvath\'s desk' },
    ]);
  });

  test('a JPEG Exif segment and comment, read before the image data only', () => {
    const file = jpeg(jpegSegment(0xe0, bytes('JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0])), jpegSegment(0xe1, bytes('Exif\0\0', 'Brannoc Velquist')), jpegSegment(0xfe, bytes('by qorvath')));
    expect(findImageMetadata(file)).toEqual([
      { where: 'JPEG APP1 Exif', text: 'Exif Brannoc Velquist' },
      { where: 'JPEG comment', text: 'by qorvath' },
    ]);
  });

  test('a WebP EXIF chunk, and a GIF comment extension', () => {
    expect(findImageMetadata(webp(['EXIF', bytes('Brannoc Velquist')]))).toEqual([{ where: 'WebP EXIF', text: 'Brannoc Velquist' }]);
    expect(findImageMetadata(gif('by qorvath'))).toEqual([{ where: 'GIF comment', text: 'by qorvath' }]);
  });

  test('images without metadata, and other files, have none', () => {
    expect(findImageMetadata(png())).toEqual([]);
    expect(findImageMetadata(jpeg())).toEqual([]);
    expect(findImageMetadata(webp())).toEqual([]);
    expect(findImageMetadata(gif())).toEqual([]);
    expect(findImageMetadata(bytes('<svg/>'))).toEqual([]);
  });
});

describe('the built-site scan refuses an image that keeps its metadata', () => {
  const tempDir = temporaryFolders('kb-image-meta-');

  test('an image copied as it is stops the build; one re-encoded without metadata does not', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '_astro'), { recursive: true });
    writeFileSync(join(dir, '_astro', 'chart.abc.webp'), webp());
    writeFileSync(join(dir, 'logo.png'), png(pngChunk('tEXt', bytes('Author\0Brannoc Velquist'))));
    const leaks = scanBuiltSite(dir, { internalDomains: [], serviceIds: [], people: [] }).leaks(new Set());
    expect(leaks.map((f) => [f.file.replace(/^.*kb-image-meta-[^/]+\//, ''), f.rule])).toEqual([['logo.png', 'redact/hidden-text']]);
    expect(leaks[0].message).toContain('image metadata (PNG tEXt "Author") would be published: "Brannoc Velquist"');
  });
});
