import { expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { focusableTablesPlugin, makeTablesFocusable } from '../../src/lib/focusable-tables.ts';

const wideTable = '| a | b |\n| --- | --- |\n| 1 | 2 |\n\n<table tabindex="-1"><tr><td>kept</td></tr></table>\n\n`<table>` in code\n';

test('a table in a rendered body takes the keyboard focus, so a keyboard can scroll it sideways', () => {
  expect(makeTablesFocusable('<table>\n<thead><tr><th>a</th></tr></thead></table><table class="x"><tr><td>b</td></tr></table>')).toBe(
    '<table tabindex="0">\n<thead><tr><th>a</th></tr></thead></table><table class="x" tabindex="0"><tr><td>b</td></tr></table>',
  );
  // A tabindex the author wrote stays; code that names a table, and a <tablet> element, are not tables.
  const untouched = '<table tabindex="-1"><tr><td>x</td></tr></table><p><code>&lt;table&gt;</code> <tablet>t</tablet></p>';
  expect(makeTablesFocusable(untouched)).toBe(untouched);
});

test('the Sätteri plugin makes the tables of an MDX body focusable, as the string fix does', async () => {
  const plain = markdownToHtml(wideTable, { features: { gfm: true } }).html;
  const withPlugin = (await markdownToHtml(wideTable, { features: { gfm: true }, hastPlugins: [focusableTablesPlugin] })).html;
  expect(plain.match(/<table/g)).toHaveLength(2);
  expect(withPlugin.match(/<table tabindex="0">/g)).toHaveLength(1);
  expect(withPlugin).toContain('<table tabindex="-1">');
  expect(withPlugin).toBe(makeTablesFocusable(plain));
});
