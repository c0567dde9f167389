import { expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter-split.ts';

test('the closing fence is a line of its own: a value ending in " ---" stays in the YAML', () => {
  const source = '---\nsummary: limited how much work a search can ask for ---\nrisks:\n  - internal risk text\n---\n\nBody.\n';
  const split = splitFrontmatter(source);
  expect(split.yaml).toBe('summary: limited how much work a search can ask for ---\nrisks:\n  - internal risk text');
  expect(split.body).toBe('\nBody.\n');
  expect(split.bodyStartLine).toBe(6);
});

test('an empty block, CRLF line endings and a byte-order mark', () => {
  expect(splitFrontmatter('---\n---\nBody')).toMatchObject({ yaml: '', body: 'Body', present: true, bodyStartLine: 3 });
  expect(splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nBody')).toMatchObject({ yaml: 'title: A', body: 'Body', present: true });
  expect(splitFrontmatter('title: A\n---\nBody')).toMatchObject({ present: false, body: 'title: A\n---\nBody' });
});
