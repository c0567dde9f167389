import { describe, expect, test } from 'vitest';
import { addAttribute, escapeHTML } from 'astro/runtime/server/index.js';
import { attribute, attributes, text } from '../../src/lib/post-page/astro-markup.ts';

/**
 * The post pages a build writes without Astro (src/lib/post-page/) escape as Astro's runtime does;
 * compared here with the runtime itself, so an Astro upgrade that changes its rules fails here
 * before it fails test/site/post-pages.test.ts (or the build's own check of its template page).
 */
describe('Astro\'s escaping, reproduced', () => {
  const samples = ['plain words', 'Q&A <b>bold</b> "quoted" it\'s', '&amp; already', '', '  spaces  ', 'ünïcödé – dash · dot', 'https://x.example/?a=1&b=2'];

  test.each(samples)('text %j is escaped as a template expression is', (value) => {
    expect(text(value)).toBe(String(escapeHTML(value)));
  });

  test('numbers are written as they are; false, null and undefined write nothing', () => {
    expect(text(14500)).toBe('14500');
    expect(text(0)).toBe('0');
    expect(text(false)).toBe('');
    expect(text(null)).toBe('');
    expect(text(undefined)).toBe('');
  });

  test.each([...samples, undefined])('attribute title=%j is written as Astro writes it', (value) => {
    expect(attribute('title', value)).toBe(String(addAttribute(value, 'title')));
    expect(attribute('class', value)).toBe(String(addAttribute(value, 'class')));
    expect(attribute('data-pagefind-body', value)).toBe(String(addAttribute(value, 'data-pagefind-body')));
  });

  test('spread attributes keep their order', () => {
    expect(attributes({ class: 'severity-badge severity-badge--sev-1', title: 'Severity "SEV-1"', lang: undefined }))
      .toBe(' class="severity-badge severity-badge--sev-1" title="Severity &quot;SEV-1&quot;"');
  });
});
