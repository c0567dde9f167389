import { expect, test } from 'vitest';
import { resolve } from 'node:path';
import { findBrokenLinks } from '../support/link-checker.ts';

test('finds missing pages, files and anchors, and ignores external links', () => {
  const broken = findBrokenLinks(resolve(import.meta.dirname, '../fixtures/link-site'));
  expect(broken.map((b) => `${b.page} -> ${b.href}`)).toEqual([
    'index.html -> /missing/',
    'index.html -> /a/#nope',
    'index.html -> /logo.svg',
  ]);
  expect(broken[1].reason).toMatch(/no element with id "nope"/);
});
