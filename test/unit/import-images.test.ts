import { describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { mdxToJs } from 'satteri';
import { importReport } from '../../src/lib/import/import-report.ts';
import { findImageFile, placeImages, rewriteImageReferences, safeImageName } from '../../src/lib/import/report-images.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
// A repository of reports as other organisations keep them: reports in dated folders, images in a
// media folder two levels up, and a site whose images are served from the root (`/assets/…`).
const fixture = join(root, 'test/fixtures/import/with-images');
const draft = (body: string) => `---\ntitle: x\nstatus: draft\nvisibility: internal\n---\n\n${body}\n`;
const isFile = (path: string) => existsSync(path) && !path.endsWith('/');

describe('images of an imported report', () => {
  test('relative, root-relative, missing and remote images: copied, kept as text, or left as links', () => {
    const sourceFile = join(fixture, '2024/10/queue-outage.md');
    const outDir = '/kb/postmortems';
    const imported = importReport('queue-outage.md', readFileSync(sourceFile, 'utf8'), { vocabulary: loadVocabulary(join(root, 'content')), today: '2026-11-30' });
    const placed = placeImages(imported.draft, { sourceFile, sourceRoot: fixture, outDir, draftId: '2024-10-24-queue-outage', isFile: (p) => p.startsWith(fixture) && existsSync(p) });
    expect(placed.copies).toEqual([
      { from: join(fixture, 'media/queue-depth.png'), to: '/kb/postmortems/media/2024-10-24-queue-outage/queue-depth.png' },
      { from: join(fixture, 'assets/images/Worker Pool (1).png'), to: '/kb/postmortems/media/2024-10-24-queue-outage/worker-pool-1.png' },
    ]);
    const body = splitFrontmatter(placed.draft).body;
    // The same image shown three times (twice in Markdown, once as HTML) is copied once; every
    // reference points at the copy.
    expect(body.match(/!\[Queue depth[^\]]*\]\(\.\/media\/2024-10-24-queue-outage\/queue-depth\.png\)/g)).toHaveLength(3);
    expect(body).toContain('![Worker pool size](./media/2024-10-24-queue-outage/worker-pool-1.png "Workers over the day")');
    // An HTML <img> becomes a Markdown image, which Astro builds into the site.
    expect(body).toContain('![Queue depth, HTML](./media/2024-10-24-queue-outage/queue-depth.png)');
    expect(body).not.toContain('<img');
    // A missing image keeps its description and its path, as text; nothing points at it.
    expect(placed.missing.map((m) => m.url)).toEqual(['../../media/dashboard-we-lost.png']);
    expect(body).toContain('[Image not found when imported: The dashboard during the outage (`../../media/dashboard-we-lost.png`)]');
    expect(body).not.toMatch(/\]\(\.\.\/\.\.\/media\/dashboard-we-lost/);
    expect(placed.remote).toBe(1);
    expect(body).toContain('![Status page](https://status.example.com/graph.png)');
    // Every sentence is kept, and the draft compiles.
    expect(findLostSentences(readFileSync(sourceFile, 'utf8'), 'markdown', placed.draft)).toEqual([]);
    expect(() => mdxToJs(body)).not.toThrow();
  });

  test('a root-relative path is looked up between the report and the import root, never above it', () => {
    const sourceFile = join(fixture, '2024/10/queue-outage.md');
    expect(findImageFile('/assets/images/Worker%20Pool%20(1).png', { sourceFile, sourceRoot: fixture, isFile: existsSync })).toBe(join(fixture, 'assets/images/Worker Pool (1).png'));
    expect(findImageFile('/assets/images/Worker%20Pool%20(1).png', { sourceFile, sourceRoot: join(fixture, '2024'), isFile: existsSync })).toBeUndefined();
  });

  test('never overwrites: a name taken in the media folder gets -2', () => {
    const sourceFile = join(fixture, '2024/10/queue-outage.md');
    const placed = placeImages(draft('![a](../../media/queue-depth.png)'), {
      sourceFile, sourceRoot: fixture, outDir: '/kb', draftId: 'x',
      isFile: (p) => p === '/kb/media/x/queue-depth.png' || (p.startsWith(fixture) && existsSync(p)),
    });
    expect(placed.copies.map((c) => c.to)).toEqual(['/kb/media/x/queue-depth-2.png']);
    expect(placed.draft).toContain('](./media/x/queue-depth-2.png)');
  });

  test('a missing image keeps its title (the writer\'s caption) with its description; a title equal to the description is not repeated', () => {
    const source = '# Boot failure\n\nThe board did not list the drive.\n\n![Drive missing from the bus](../img/bus-scan.png "Drive missing from the bus during the second test")\n\n![Fan curve](../img/fans.png "Fan curve")\n';
    const result = rewriteImageReferences(draft(source), () => ({ kind: 'missing' }));
    expect(result.draft).toContain('[Image not found when imported: Drive missing from the bus "Drive missing from the bus during the second test" (`../img/bus-scan.png`)]');
    expect(result.draft).toContain('[Image not found when imported: Fan curve (`../img/fans.png`)]');
    expect(findLostSentences(source, 'markdown', result.draft)).toEqual([]);
    expect(() => mdxToJs(splitFrontmatter(result.draft).body)).not.toThrow();
    // An attribute list after the image (MkDocs' `{ width=50% }`) is kept, and the measure of
    // kept sentences reads the description and what follows as the source's sentence.
    const withAttributes = '# Boot failure\n\n![Drive missing from the bus](../img/bus-scan.png "During the second test"){ width=50% }\n';
    const imported = importReport('boot-failure.md', withAttributes, { vocabulary: loadVocabulary(join(root, 'content')), today: '2026-12-01' });
    const placed = rewriteImageReferences(imported.draft, () => ({ kind: 'missing' }));
    expect(placed.draft).toContain('<Internal>[Image not found when imported: Drive missing from the bus "During the second test" (`../img/bus-scan.png`)]</Internal>\\{ width=50% \\}');
    expect(findLostSentences(withAttributes, 'markdown', placed.draft)).toEqual([]);
    expect(findLostSentences(withAttributes, 'markdown', placed.draft.replace('Drive missing from', 'Drive gone from'))).toEqual(['drive missing from the bus width 50']);
  });

  test('an image inside a table cell or a link is rewritten in place', () => {
    const result = rewriteImageReferences(draft('| a | b |\n| --- | --- |\n| ![g](x.png) | [![h](y.png)](https://example.com) |'), () => ({ kind: 'missing' }));
    expect(result.draft).toContain('| <Internal>[Image not found when imported: g (`x.png`)]</Internal> | [h<Internal> [Image not found when imported (`y.png`)]</Internal>](https://example.com) |');
    expect(result.references.map((r) => r.line)).toEqual([9, 9]);
  });

  test.each([['Worker Pool (1).PNG', 'worker-pool-1.png'], ['../x/graph.final.jpeg', 'graph-final.jpeg'], ['——.gif', 'image.gif']])('safe name of %s', (name, safe) => {
    expect(safeImageName(name)).toBe(safe);
  });
});

describe('mdx/missing-image', () => {
  const good = readFileSync(join(root, 'test/fixtures/good-input/postmortems/2025-07-08-checkout-config.mdx'), 'utf8');
  const vocabulary = loadVocabulary(join(root, 'test/fixtures/vocabulary'));
  const lint = (file: string, source: string) => validatePostmortemSource(file, 'x', source, {
    vocabulary, knownIds: new Set(['x']), contentDir: 'content',
    lint: { config: { rules: {} }, asOf: '2025-07-20', people: [] },
  }).findings.filter((f) => f.rule === 'mdx/missing-image');

  test('a local image that does not exist is an error at its line and column, with a fix; one that exists, a remote one and one of public/ (served from the root of the site) are not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'missing-image-'));
    mkdirSync(join(dir, 'media/x'), { recursive: true });
    cpSync(join(fixture, 'media/queue-depth.png'), join(dir, 'media/x/there.png'));
    const source = good.replace('A configuration push lowered the pool size.', 'A configuration push lowered the pool size.\n\nSee ![the pool](./media/x/gone.png) and ![ok](./media/x/there.png) and ![remote](https://example.com/a.png) and ![public](/favicon.svg).');
    const file = join(dir, 'x.mdx');
    writeFileSync(file, source);
    const findings = lint(file, source);
    expect(findings).toHaveLength(1);
    const line = source.split('\n').findIndex((l) => l.includes('gone.png')) + 1;
    expect(findings[0]).toMatchObject({ severity: 'error', line, column: 5, file });
    expect(findings[0].message).toContain(`"./media/x/gone.png" (the pool) does not exist: no file at ${join(dir, 'media/x/gone.png')}`);
    expect(findings[0].fix).toMatch(/put the image at that path/);
  });

  test('the build\'s frontmatter-only validation reports it too, also as <img>, and never inside code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'missing-image-'));
    const body = [
      'A configuration push lowered the pool size.',
      '',
      '<img src="./media/gone.png" alt="the pool" />',
      '',
      '```md',
      '![in a code block](./media/not-checked.png)',
      '```',
      '',
      'Write `![in a code span](./also-not-checked.png)` to show one.',
    ].join('\n');
    const source = good.replace('A configuration push lowered the pool size.', body);
    const file = join(dir, 'x.mdx');
    writeFileSync(file, source);
    const findings = validatePostmortemSource(file, 'x', source, { vocabulary, knownIds: new Set(['x']), contentDir: 'content', frontmatterOnly: true })
      .findings.filter((f) => f.rule === 'mdx/missing-image');
    const line = source.split('\n').findIndex((l) => l.includes('gone.png')) + 1;
    expect(findings).toMatchObject([{ severity: 'error', line, column: 1 }]);
    expect(findings[0].message).toContain('"./media/gone.png" (the pool)');
  });
});
