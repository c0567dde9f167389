import { describe, expect, test } from 'vitest';
import { runImportCommand } from '../support/run-import.ts';
import { join, resolve } from 'node:path';
import { makeMdxSafe, withoutInternalBlocks } from '../../src/lib/import/mdx-safe.ts';
import { placeBodyUnderTitle } from '../../src/lib/import/body-headings.ts';
import { parseMarkdown } from '../../src/lib/import/report-structure.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';

// Round 35 (docs/import.md): leftovers of round 34. Fixtures written anew (invented organisations).
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import-round35');
const runImport = (args: string[]) => runImportCommand(args, 'import-round35-');

describe('a report that already writes <Internal> or <PublicOnly>', () => {
  test('a well-formed block stays the component; a capitalised tag of another kind is still text', () => {
    const safe = makeMdxSafe('Intro.\n\n<Internal>\n\nRun by Pim from bastion-3.\n\n</Internal>\n\n<PublicOnly>\nRun by an engineer.\n</PublicOnly>\n\nSee <Link>.');
    expect(safe.mdx).toContain('\n<Internal>\n\nRun by Pim from bastion-3.\n\n</Internal>\n');
    expect(safe.mdx).toContain('\n<PublicOnly>\nRun by an engineer.\n</PublicOnly>\n');
    expect(safe.mdx).toContain('See \\<Link>.');
    expect(safe.variantElementsKept).toBe(2);
    expect(safe.malformedVariantTags).toEqual([]);
  });

  test('both tags on one line stay the component; in code they stay code', () => {
    const safe = makeMdxSafe('The host was <Internal>db-7.corp.example</Internal> again.\n\n```\n<Internal>\n```\n\nWrite `<Internal>` to hide.');
    expect(safe.mdx).toContain('The host was <Internal>db-7.corp.example</Internal> again.');
    expect(safe.mdx).toContain('```\n<Internal>\n```');
    expect(safe.mdx).toContain('Write `<Internal>` to hide.');
    expect(safe.variantElementsKept).toBe(1);
  });

  test.each([
    ['never closed', 'A.\n\n<Internal>\n\nsecret\n', [['<Internal>', 3, /never closed/]]],
    ['a stray closing tag', 'A </Internal> b', [['</Internal>', 1, /no <Internal> before it/]]],
    ['attributes', '<Internal reason="x">\n\nsecret\n\n</Internal>', [['<Internal reason="x">', 1, /attributes/], ['</Internal>', 5, /no <Internal> before it/]]],
    ['inside the other component', '<PublicOnly>\n\n<Internal>\n\nx\n\n</Internal>\n\n</PublicOnly>', [['<Internal>', 3, /inside <PublicOnly> \(line 1\)/], ['</Internal>', 7, /inside <PublicOnly>/]]],
    ['tags on different lines with text beside them', 'Note <Internal>\n\nsecret\n\n</Internal> end', [['<Internal>', 1, /different lines/], ['</Internal>', 5, /different lines/]]],
  ] as const)('malformed (%s): shown as text, said with its line', (_name, markdown, expected) => {
    const safe = makeMdxSafe(markdown);
    expect(safe.malformedVariantTags.map(({ tag, line, problem }) => [tag, line, problem])).toEqual(expected.map(([tag, line, problem]) => [tag, line, expect.stringMatching(problem)]));
    for (const [tag] of expected) expect(safe.mdx).toContain(`\\${tag}`);
  });

  test('the fields are read without a kept <Internal> block, whose text stays in the body only', () => {
    const markdown = 'A.\n\n<Internal>\n\nPaged Dana.\n\n</Internal>\n\nB <Internal>db-7</Internal> c.\n\n<Internal>\n\nnever closed\n';
    const read = withoutInternalBlocks(markdown);
    expect(read.blocks).toBe(2);
    // Same length and lines: a tree parsed from it places its nodes in the text as written.
    expect(read.markdown).toHaveLength(markdown.length);
    expect(read.markdown.split('\n')).toHaveLength(markdown.split('\n').length);
    expect(read.markdown).not.toContain('Dana');
    expect(read.markdown).not.toContain('db-7');
    // A malformed tag is shown as text in the body: its text is read as any other.
    expect(read.markdown).toContain('<Internal>\n\nnever closed');
  });

  test('npm run import: a summary is not taken from inside <Internal>', () => {
    const { drafts, text, log } = runImport([join(fixtures, 'internal-first')]);
    expect(drafts).toHaveLength(1);
    const draft = text(drafts[0]);
    const frontmatter = draft.slice(0, draft.indexOf('\n---\n', 4));
    expect(frontmatter).toMatch(/^summary: The pricing service returned errors for 20 minutes/m);
    expect(frontmatter).not.toMatch(/Dana|price-db-3/);
    expect(draft).toContain('<Internal>\n\nPaged Dana Whitlock on host price-db-3.corp.example at 10:02.\n\n</Internal>');
    expect(log).toContain('the text of its 1 <Internal> block(s) is not read for the draft\'s fields');
  });

  test('npm run import keeps the block and says where the malformed one is in the file', () => {
    const { drafts, text, log } = runImport([join(fixtures, 'fork-with-internal.mdx')]);
    expect(drafts).toHaveLength(1);
    const draft = text(drafts[0]);
    expect(draft).toContain('\n<Internal>\n\nThe migration was run by Pim Okonkwo from bastion-3.corp.example.\n\n</Internal>\n');
    expect(draft).toContain('\n\\<Internal>\nPager escalation went to the wrong rota.');
    expect(log).toContain('1 <Internal>/<PublicOnly> element(s) the report wrote kept as the component');
    expect(log).toMatch(/1 <Internal>\/<PublicOnly> tag\(s\) of \S*fork-with-internal\.mdx shown as text .*line 26 `<Internal>` \(<Internal> never closed\)/);
    expect(log).toContain('check: 0 errors');
  });
});

describe('a title read from the heading under a header line', () => {
  test('placeBodyUnderTitle removes the heading it is given, as it removes a `# <title>`', () => {
    const markdown = '# Quillmoor · Incident Report\n## Ferry Booking Outage After a Queue Upgrade\n\n## Timeline\n\nText.\n';
    const tree = parseMarkdown(markdown);
    const heading = tree.children[1] as Parameters<typeof placeBodyUnderTitle>[5];
    const placed = placeBodyUnderTitle(markdown, tree, 'Ferry Booking Outage After a Queue Upgrade', undefined, undefined, heading);
    expect(placed.removedTitleHeading).toBe('## Ferry Booking Outage After a Queue Upgrade');
    expect(placed.markdown).not.toContain('Ferry Booking Outage');
    expect(placed.markdown).toContain('## Quillmoor · Incident Report');
  });

  test('npm run import: the body does not repeat the title as its first heading; the header line stays', () => {
    const { drafts, text, log } = runImport([join(fixtures, 'header-title')]);
    expect(drafts).toEqual(['2026-05-21-archive-gateway-timeouts-during-a-certificate-rotation.mdx']);
    const draft = text(drafts[0]);
    expect(draft).toMatch(/^title: Archive Gateway Timeouts During a Certificate Rotation$/m);
    const body = draft.slice(draft.indexOf('\n---\n', 4) + 5);
    expect(body).not.toMatch(/^#+ .*Archive Gateway Timeouts During a Certificate Rotation/m);
    expect(body).toMatch(/^## 🧭 Brackenfold Infrastructure · Technical Incident Report$/m);
    // Written "1. Archive …": the number is no part of the title, which is the heading's words.
    expect(log).toContain('the heading "## 1. Archive Gateway Timeouts During a Certificate Rotation" is the title');
    expect(log).toContain('check: 0 errors');
  });
});

describe('a title read from the heading under a day heading', () => {
  test('npm run import: the body keeps the day heading, not the title\'s', () => {
    const { drafts, text, log } = runImport([join(fixtures, 'day-heading')]);
    expect(drafts).toEqual(['2025-11-16-sporadic-job-failure-in-the-render-farm-queue.mdx']);
    const draft = text(drafts[0]);
    const body = draft.slice(draft.indexOf('\n---\n', 4) + 5);
    expect(body).not.toContain('Sporadic job failure');
    expect(body).toMatch(/^### November 16, 2025$/m);
    expect(log).toContain('the heading "#### Sporadic job failure in the render farm queue" is the title: removed from the body');
  });
});

describe('a row that mentions a value reported by others', () => {
  test.each([
    'A replacement relay is built from a verified v2.1.0 binary (checked against the commit hash independently reported by two peer operators). The relay reaches full sync.',
    'The block height reported by the upstream mirror matches ours again.',
    'Compared the version reported by the load balancer with the release notes.',
  ])('is no detection: %s', (row) => {
    expect(inferTimelineKind(row)).not.toBe('detection');
  });

  test.each([
    'The outage was reported by a customer in the support channel.',
    'Users reported failed uploads on the mobile app.',
    'First reported by the on-call engineer of the payments team.',
    'A user reports that the values shown are wrong.',
  ])('a report of the incident still is: %s', (row) => {
    expect(inferTimelineKind(row)).toBe('detection');
  });
});
