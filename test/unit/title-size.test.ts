import { describe, expect, test } from 'vitest';
import { longTitleChars, titleSizeClass, veryLongTitleChars } from '../../src/lib/title-size.ts';

describe('titleSizeClass', () => {
  test('a title of usual length keeps the h1 size', () => {
    expect(titleSizeClass('Checkout connection pool exhausted at peak')).toBeUndefined();
    expect(titleSizeClass('x'.repeat(longTitleChars))).toBeUndefined();
  });
  test('longer titles step down: long, then very long (an imported status-page entry of 149 characters)', () => {
    expect(titleSizeClass('x'.repeat(longTitleChars + 1))).toBe('title--long');
    expect(titleSizeClass('x'.repeat(veryLongTitleChars))).toBe('title--long');
    const imported = 'We are experiencing an issue with Google Cloud Networking at us-central1 across multiple products, beginning at Tuesday, 2022-06-14 06:00 US/Pacific.';
    expect([...imported].length).toBe(149);
    expect(titleSizeClass(imported)).toBe('title--very-long');
  });
  test('characters, not UTF-16 units, and surrounding spaces do not count', () => {
    expect(titleSizeClass(`  ${'é'.repeat(longTitleChars)}  `)).toBeUndefined();
    expect(titleSizeClass('🔥'.repeat(longTitleChars))).toBeUndefined();
  });
});
