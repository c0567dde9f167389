import { describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findImageContentProblem } from '../../src/lib/image-content.ts';
import { findMissingImages, readBodyImages } from '../../src/lib/lint/images.ts';

const root = resolve(import.meta.dirname, '../..');
const bytes = (text: string) => new TextEncoder().encode(text);
const png = readFileSync(join(root, 'test/fixtures/public-images/postmortems/media/2025-05-01-checkout-graphs/error-rate.png'));
const problem = (data: Uint8Array) => findImageContentProblem(data, data.length);

describe('findImageContentProblem', () => {
  test.each([
    ['a real PNG', png],
    ['JPEG', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])],
    ['GIF', bytes('GIF89a\x01\x00\x01\x00')],
    ['WebP', bytes('RIFF\x10\x00\x00\x00WEBPVP8 ')],
    ['AVIF', Uint8Array.from([0, 0, 0, 0x1c, ...bytes('ftypavif')])],
    ['SVG with a size', bytes('<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>')],
    ['SVG with a viewBox and a label "online = 5"', bytes('\uFEFF<svg viewBox="0 0 10 10"><text>online = 5</text></svg>')],
  ])('%s is an image', (_name, data) => {
    expect(problem(data)).toBeUndefined();
  });

  test.each([
    ['an empty file', new Uint8Array(), /^the file is empty \(0 bytes\)$/, /export it again as PNG or JPEG/],
    ['text saved as .png', bytes('not a picture\nat all'), /^the file is text, not a PNG, JPEG, GIF, WebP, AVIF or SVG image \(it starts "not a picture at all"\)$/, /export it again/],
    ['binary of another kind (a zip)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe]), /first bytes match none of them/, /export it again/],
    ['a PNG cut to its first bytes', png.subarray(0, 4), /not a PNG/, /export it again/],
    ['an SVG with a script', bytes('<svg width="1" height="1"><script>alert(1)</script></svg>'), /holds a <script> element/, /without scripts/],
    ['an SVG with an event attribute', bytes('<svg width="1" height="1" onload="alert(1)"></svg>'), /holds an event attribute/, /without scripts/],
    ['an SVG with a javascript: link', bytes('<svg width="1" height="1"><a href="javascript:alert(1)"><rect/></a></svg>'), /holds a javascript: link/, /without scripts/],
    ['an SVG without a size', bytes('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'), /no width and height and no viewBox/, /viewBox="0 0 W H"/],
  ])('%s is refused with its reason and a fix', (_name, data, message, fix) => {
    const found = problem(data);
    expect(found?.message).toMatch(message);
    expect(found?.fix).toMatch(fix);
  });
});

test('the validation names the image, its line and the file, and reads the files it names on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bad-image-'));
  mkdirSync(join(dir, 'media'));
  writeFileSync(join(dir, 'media/text.png'), 'hello');
  writeFileSync(join(dir, 'media/empty.png'), '');
  cpSync(join(root, 'test/fixtures/public-images/postmortems/media/2025-05-01-checkout-graphs/error-rate.png'), join(dir, 'media/good.png'));
  const body = 'Before.\n\n![graph](./media/good.png)\n\n![latency](./media/text.png)\n\n<img src="./media/empty.png" alt="errors" />\n';
  const findings = findMissingImages(join(dir, 'x.mdx'), readBodyImages(body), 10);
  expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['mdx/bad-image', 14, 1], ['mdx/bad-image', 16, 1]]);
  expect(findings[0].message).toBe(`the image "./media/text.png" (latency) cannot be published: the file is text, not a PNG, JPEG, GIF, WebP, AVIF or SVG image (it starts "hello") (${join(dir, 'media/text.png')}).`);
  expect(findings[1].message).toContain('"./media/empty.png" (errors) cannot be published: the file is empty (0 bytes)');
});
