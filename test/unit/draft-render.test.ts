import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { RefusedMarkupError, toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { isDraftSource } from '../../src/lib/draft-source.ts';

// Adoption round 23: `npm run check` passed an imported draft whose body held `[…][4]` with no
// `[4]:` (a warning on a draft), and then the build stopped on it. The renderer must refuse
// exactly what the check reports as an error.
const contentDir = resolve(import.meta.dirname, '../../content');
const id = '2025-03-14-orders-migration-lock';
const published = readFileSync(resolve(contentDir, 'postmortems', `${id}.mdx`), 'utf8');
const withUndefinedReference = (source: string) => `${source.trimEnd()}\n\nSee [the vendor's notice][4] for details.\n`;
const asDraft = (source: string) => source.replace(/^status: published$/m, 'status: draft');
const vocabulary = loadVocabulary(contentDir);
const check = (source: string) => validatePostmortemSource(`${id}.mdx`, id, source, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
const render = (source: string) => toFastMarkdown(source, { variant: 'internal', isMdx: true, file: `${id}.mdx`, draft: isDraftSource(source) });

describe('a draft renders what npm run check lets through', () => {
  test('the example is published, and becomes a draft by its status line', () => {
    expect(isDraftSource(published)).toBe(false);
    expect(isDraftSource(asDraft(published))).toBe(true);
  });

  test('an undefined reference in a draft: a warning in the check, rendered as written', () => {
    const draft = withUndefinedReference(asDraft(published));
    const findings = check(draft).findings.filter((f) => f.rule === 'body/undefined-reference');
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    const rendered = render(draft);
    expect('markdown' in rendered && rendered.markdown).toContain("[the vendor's notice][4]");
  });

  test('the same in a published postmortem: an error in the check, and the renderer refuses it', () => {
    const source = withUndefinedReference(published);
    expect(check(source).findings.filter((f) => f.rule === 'body/undefined-reference').map((f) => f.severity)).toEqual(['error']);
    expect(() => render(source)).toThrow(RefusedMarkupError);
  });

  test.each([
    ['status: draft', true],
    ["status: 'draft'", true],
    ['status: "draft"  # imported', true],
    ['status: drafted', false],
    ['status: in-review', false],
    ['  status: draft', false],
  ])('%s in the frontmatter reads as a draft: %s', (line, expected) => {
    expect(isDraftSource(`---\ntitle: x\n${line}\n---\nBody.\n`)).toBe(expected);
  });

  test('status: draft in the body is not the frontmatter', () => {
    expect(isDraftSource('---\ntitle: x\nstatus: published\n---\nstatus: draft\n')).toBe(false);
    expect(isDraftSource('status: draft\n')).toBe(false);
  });

  test('a too-deep heading is refused in a draft too, as the check reports it as an error', () => {
    const draft = `${asDraft(published).trimEnd()}\n\n####### Notes\n`;
    expect(check(draft).findings.filter((f) => f.rule === 'body/heading-depth').map((f) => f.severity)).toEqual(['error']);
    expect(() => render(draft)).toThrow(RefusedMarkupError);
  });
});
