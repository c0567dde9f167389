import { describe, expect, test } from 'vitest';
import { frontmatterValueLine, isDraftSource } from '../../src/lib/draft-source.ts';
import { publishDraft } from '../../src/lib/fill-drafts.ts';

// `npm run fill -- --publish` and the renderer must agree on what a draft is: a quoted
// `status: 'draft'` or one with a comment was a draft to check and the renderer but was left
// unpublished (and untouched) by fill, which matched only the plain line.
describe('one reading of the status line', () => {
  const ways = ['status: draft', "status: 'draft'", 'status: "draft"', 'status: draft # set by the import', 'status:\tdraft'];

  test.each(ways)('%s is a draft, and publishDraft publishes it', (line) => {
    const source = `---\ntitle: Checkout errors\n${line}\nhistorical: true\n---\nBody.\n`;
    expect(isDraftSource(source)).toBe(true);
    const published = publishDraft(source, '2026-12-02');
    expect(published).toMatch(/^status: published$/m);
    expect(published).toMatch(/^published: 2026-12-02$/m);
    expect(isDraftSource(published)).toBe(false);
  });

  test('a value that only begins with the word, or a nested status, is not the line', () => {
    expect(frontmatterValueLine('status', 'draft').test('status: drafted')).toBe(false);
    expect(frontmatterValueLine('status', 'draft').test("status: 'draft\"")).toBe(false);
    const nested = `---\ntitle: x\nstatus: in-review\nactionItems:\n  - title: y\n    status: draft\n---\n`;
    expect(publishDraft(nested, '2026-12-02')).toContain('status: in-review');
  });

  test('historical: true with a comment reads as true', () => {
    expect(frontmatterValueLine('historical', 'true').test('historical: true # imported')).toBe(true);
    expect(frontmatterValueLine('historical', 'true').test('historical: truer')).toBe(false);
  });
});
