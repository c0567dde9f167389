import { expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { emptyTableHeadersPlugin, fixEmptyTableHeaders, mayHoldEmptyHeaderCell } from '../../src/lib/empty-table-headers.ts';

const tables = [
  '| | |\n| --- | --- |\n| Refunds delayed | 5,400 |\n',
  '| | before | after |\n| --- | --- | --- |\n| p99 | 4 s | 0.3 s |\n',
  '| a | b |\n| --- | --- |\n| 1 | 2 |\n',
].join('\n');

test('an empty header row is left out; an empty corner cell becomes a plain cell; a full header row stays', () => {
  const html = fixEmptyTableHeaders(markdownToHtml(tables, { features: { gfm: true } }).html);
  const [facts, comparison, plain] = html.split('</table>');
  expect(facts).not.toContain('<thead');
  expect(facts).toContain('<td>Refunds delayed</td>');
  expect(comparison).toMatch(/<thead>\s*<tr>\s*<td><\/td>\s*<th>before<\/th>\s*<th>after<\/th>/);
  expect(plain).toMatch(/<thead>\s*<tr>\s*<th>a<\/th>\s*<th>b<\/th>/);
  expect(html.match(/<th(\s[^>]*)?>\s*<\/th>/g)).toBeNull();
});

test('a header cell holding only an element (an image, a line break) is not empty text for this fix', () => {
  const html = '<table><thead><tr><th><img alt="status"></th><th></th></tr></thead></table>';
  expect(fixEmptyTableHeaders(html)).toBe('<table><thead><tr><th><img alt="status"></th><td></td></tr></thead></table>');
});

test('the Sätteri plugin fixes the tables of an MDX body as the string fix does', async () => {
  const plain = markdownToHtml(tables, { features: { gfm: true } }).html;
  const withPlugin = (await markdownToHtml(tables, { features: { gfm: true }, hastPlugins: [emptyTableHeadersPlugin] })).html;
  expect(plain.match(/<thead>/g)).toHaveLength(3);
  expect(withPlugin.replace(/\s+/g, '')).toBe(fixEmptyTableHeaders(plain).replace(/\s+/g, ''));
});

test('a body whose header cells all hold text is returned as it is, without the header rewrite', () => {
  const words = markdownToHtml('| Phase | Minutes |\n| --- | --- |\n| Detected | 11 |\n', { features: { gfm: true } }).html;
  expect(mayHoldEmptyHeaderCell(words)).toBe(false);
  expect(fixEmptyTableHeaders(words)).toBe(words);
  // Every shape of empty header cell the rewrite changes is one the check lets through.
  for (const cell of ['<th></th>', '<th> </th>', '<th>\n\t</th>', '<th align="left"></th>', '<th>\u00a0</th>', '<th\n></th>']) {
    const html = `<table><thead><tr>${cell}<th>b</th></tr></thead></table>`;
    expect(fixEmptyTableHeaders(html), cell).not.toBe(html);
    expect(mayHoldEmptyHeaderCell(html), cell).toBe(true);
  }
  expect(mayHoldEmptyHeaderCell('<th><code>x</code></th>')).toBe(true); // a false alarm only costs the rewrite
  expect(mayHoldEmptyHeaderCell('<th>a </th><th> b</th>')).toBe(false);
});
