import { expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { emptyTableHeadersPlugin, fixEmptyTableHeaders } from '../../src/lib/empty-table-headers.ts';

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
