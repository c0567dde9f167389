import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { mayHoldMdxSyntax, nameImagesInPreview, parseMdxOnce, RefusedMarkupError, toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

const fm = '---\ntitle: x\nvisibility: public\n---\n';
const internal = (body: string) => toFastMarkdown(fm + body, { variant: 'internal', isMdx: true, file: 'x.mdx' });
const publicText = (body: string) => toFastMarkdown(fm + body, { variant: 'public', isMdx: true, file: 'x.mdx' });
const markdownOf = (result: ReturnType<typeof toFastMarkdown>) => {
  if ('needsMdx' in result) throw new Error(`expected the fast path, got needsMdx: ${result.needsMdx}`);
  return result.markdown;
};

const body = [
  'Customers saw errors.',
  '',
  '<Internal>',
  'The cause was **pg-orders-01** in `eu-central`.',
  '</Internal>',
  '',
  '<PublicOnly>',
  'We are sorry.',
  '</PublicOnly>',
  '',
  'Checkout recovered <Internal>after Dana restarted it</Internal> at 10:04.',
  '',
  '{/* reviewer: double-check the times */}',
  'Done.',
].join('\n');

describe('toFastMarkdown', () => {
  test('public: no byte of an <Internal> block or an MDX comment; PublicOnly text kept without its tags', () => {
    const md = markdownOf(publicText(body));
    for (const secret of ['pg-orders-01', 'eu-central', 'Dana', 'Internal', 'reviewer', 'double-check']) expect(md).not.toContain(secret);
    expect(md).toContain('We are sorry.');
    expect(md).not.toContain('PublicOnly');
    expect(md).toContain('Checkout recovered');
    expect(md).toContain('at 10:04.');
    expect(md).not.toContain('title: x');
  });

  test('internal: <Internal> becomes the internal note the component renders, with its Markdown intact; PublicOnly and comments go', () => {
    const md = markdownOf(internal(body));
    expect(md).toContain('<aside class="internal-note" aria-label="Internal note">\n<p class="internal-note__label">Internal only</p>\n\nThe cause was **pg-orders-01** in `eu-central`.\n\n</aside>');
    expect(md).toContain('Checkout recovered <span class="internal-note internal-note--inline"><span class="internal-note__label">Internal only:</span> after Dana restarted it</span> at 10:04.');
    expect(md).not.toContain('We are sorry');
    expect(md).not.toContain('reviewer');
    expect(md).not.toMatch(/<\/?Internal/);
  });

  test('an internal note inside a list item keeps the list item indentation', () => {
    const md = markdownOf(internal('- first\n\n  <Internal>\n  secret detail\n  </Internal>\n- second\n'));
    expect(md).toContain('  <aside class="internal-note" aria-label="Internal note">\n  <p class="internal-note__label">Internal only</p>\n\n  secret detail\n\n  </aside>');
  });

  // Session 30 (ui32): `npm run redact` wraps each name of a "Thanks" list; each item was a boxed
  // aside (MDX's block), six names 1,100 px tall on a phone and six landmarks of one name.
  test('a list item that is only an <Internal> element is the inline note, on the fast path; the preview drops it', () => {
    const list = '## Thanks\n\n* <Internal>@dana</Internal>\n* <Internal>@lee</Internal>\n1. <Internal>Robin</Internal>\n';
    const md = markdownOf(internal(list));
    expect(md).toContain('* <span class="internal-note internal-note--inline"><span class="internal-note__label">Internal only:</span> @dana</span>\n');
    expect(md).toContain('1. <span class="internal-note internal-note--inline"><span class="internal-note__label">Internal only:</span> Robin</span>');
    expect(md).not.toContain('<aside');
    const preview = markdownOf(toFastMarkdown(fm + list, { variant: 'public', isMdx: true, file: 'x.mdx', purpose: 'preview' }));
    expect(preview).not.toMatch(/dana|lee|Robin/);
  });
  test('an <Internal> block opening on a list marker\'s line and running over lines still needs MDX', () => {
    const result = internal('* <Internal>\n  two lines\n  </Internal>\n');
    expect('needsMdx' in result && result.needsMdx).toMatch(/does not start its own line/);
  });

  test.each([
    ['an expression', 'Total: {1 + 1} requests.', /expression \{1 \+ 1\}/],
    ['an expression attribute', '<span style={{ color: "red" }}>x</span>', /expression attribute/],
  ])('a source with %s needs MDX, with the reason', (_, source, reason) => {
    const result = internal(source);
    expect('needsMdx' in result && result.needsMdx).toMatch(reason);
  });

  test.each([
    ['another component', 'Text.\n\n<Chart data="x" />', 7, /^unknown component <Chart>; use <Internal> or <PublicOnly>, or write the text without the tag$/, 'mdx/unknown-component'],
    ['our component in capitals', 'Text.\n\nSee <INTERNAL>x</INTERNAL>.', 7, /^unknown component <INTERNAL>; write <Internal> exactly$/, 'mdx/unknown-component'],
    ['an import, which would run when the site is built', "Text.\n\nimport { readFileSync } from 'node:fs';\n\n{readFileSync('/etc/hostname', 'utf8')}", 7, /^postmortems may not import or export code \(it runs when the site is built\); remove the statement/, 'mdx/no-imports'],
    ['an export', 'Text.\n\nexport const host = 1;\n\nHost: {host}', 7, /^postmortems may not import or export code/, 'mdx/no-imports'],
  ])('%s is refused at its line in the file (4 frontmatter lines + 3), before the MDX compiler runs or stops on it', (_, source, line, reason, rule) => {
    let refused: unknown;
    try {
      internal(source);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(RefusedMarkupError);
    expect(refused).toMatchObject({ line, rule });
    expect((refused as RefusedMarkupError).reason).toMatch(reason);
  });

  test.each([
    ['internal', '<Internal> inside <PublicOnly>', 'Text.\n\n<PublicOnly>\nSorry.\n\n<Internal>\nzqx hidden twice\n</Internal>\n</PublicOnly>\n', 10],
    ['public', '<Internal> inside <PublicOnly>', 'Text.\n\n<PublicOnly>\nSorry.\n\n<Internal>\nzqx hidden twice\n</Internal>\n</PublicOnly>\n', 10],
    ['internal', '<PublicOnly> inside <Internal>', 'Text.\n\n<Internal>\nNote.\n<PublicOnly>pub shown nowhere</PublicOnly>\n</Internal>\n', 9],
    ['public', '<PublicOnly> inside <Internal>', 'Text.\n\n<Internal>\nNote.\n<PublicOnly>pub shown nowhere</PublicOnly>\n</Internal>\n', 9],
  ] as const)('%s site: %s is refused at its line, as npm run check refuses it (its text would be shown on neither site)', (variant, _name, source, line) => {
    let refused: unknown;
    try {
      toFastMarkdown(fm + source, { variant, isMdx: true, file: 'x.mdx' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(RefusedMarkupError);
    expect(refused).toMatchObject({ line, rule: 'mdx/shown-nowhere' });
    expect((refused as RefusedMarkupError).reason).toMatch(/is shown on neither site.*; move the <(Internal|PublicOnly)> block out of the <(PublicOnly|Internal)> block/);
  });

  test.each([
    ['internal', true, 'Text.\n\n| step | who |\n| --- | --- |\n| rollback | on-call | 14:02 |\n', 9, /^this table row has 3 cells and the table's header 2: the cells from the 3rd on are not shown on the page; add the column/],
    ['public', true, 'Text.\n\n| step | who |\n| --- | --- |\n| rollback | on-call | 14:02 |\n', 9, /^this table row has 3 cells/],
    ['internal', false, 'Text.\n\n| step | who |\n| --- |\n| rollback | on-call |\n', 7, /^this is not read as a table, and is shown as text with its \| signs: the header has 2 cells and the --- line under it 1; give the line/],
  ] as const)('%s site: a table that would lose text (mdx: %s) stops the build at its line, as npm run check reports it', (variant, isMdx, source, line, reason) => {
    let refused: unknown;
    try {
      toFastMarkdown(fm + source, { variant, isMdx, file: isMdx ? 'x.mdx' : 'x.md' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(RefusedMarkupError);
    expect(refused).toMatchObject({ line, rule: 'body/table-cells' });
    expect((refused as RefusedMarkupError).reason).toMatch(reason);
  });

  test('a well-formed table, a short row and a table in code are rendered, not refused', () => {
    for (const isMdx of [true, false]) {
      const result = toFastMarkdown(fm + 'Text.\n\n| step | who |\n| :--- | ---: |\n| rollback |\n| a \\| b | c |\n\n```\n| a |\n| --- | --- |\n```\n', { variant: 'internal', isMdx, file: 'x.mdx' });
      expect('markdown' in result || 'needsMdx' in result).toBe(true);
    }
  });

  test('a PublicOnly beside an Internal, or inside one of its own kind, is not refused', () => {
    expect(markdownOf(publicText('<PublicOnly>\nSorry <PublicOnly>again</PublicOnly>.\n</PublicOnly>\n\n<Internal>\nzqx\n</Internal>\n'))).not.toContain('zqx');
    expect(markdownOf(internal('<Internal>\nNote <Internal>inner</Internal>.\n</Internal>\n\n<PublicOnly>\nSorry.\n</PublicOnly>\n'))).toContain('inner');
  });

  test('lower-case HTML elements with plain attributes stay on the fast path as raw HTML', () => {
    expect(markdownOf(internal('Line one<br />line two, H<sub>2</sub>O.'))).toContain('Line one<br />line two, H<sub>2</sub>O.');
  });

  test('.md sources: the body as written (public .md sources hold no components)', () => {
    const result = toFastMarkdown(`${fm}# Heading\n\nText.\n`, { variant: 'public', isMdx: false, file: 'x.md' });
    // The frontmatter's lines stay as blank lines, so positions are the file's.
    expect(markdownOf(result)).toBe('\n\n\n\n# Heading\n\nText.\n');
  });

  test('public links to internal pages are rewritten the way the MDX path rewrites them', () => {
    const md = markdownOf(toFastMarkdown(`${fm}See [the earlier outage](/postmortems/2023-a/) and [tags](/tags/dns/).`, {
      variant: 'public', isMdx: true, file: 'x.mdx',
      rewriteLink: (url) => (url.startsWith('/postmortems/2023-a') ? '/incidents/2023-a/' : url.startsWith('/tags/') ? null : undefined),
    }));
    expect(md).toContain('[the earlier outage](/incidents/2023-a/)');
    expect(md).toContain('and tags.');
  });

  test('a misspelt <internal> is refused for the public site, never published', () => {
    expect(() => publicText('<internal>secret</internal>')).toThrow(/not the <Internal> or <PublicOnly> component/);
  });
});

test('a body that opens with a thematic break is never read as frontmatter by the renderer', () => {
  for (const source of ['---\ntitle: x\n---\n---\n\nText.\n', '***\n\nText.\n']) {
    const result = toFastMarkdown(source.replace('***', '---'), { variant: 'internal', isMdx: false, file: 'x.md' });
    expect('markdown' in result && result.markdown).toMatch(/^\n+---\n\nText\.\n$/);
  }
});

test('a syntax error names the line and column of the file, not of the body', () => {
  const source = '---\ntitle: x\nvisibility: public\n---\nText.\n\n<Internal>\nx\n</Internl>\n';
  for (const variant of ['internal', 'public'] as const) {
    expect(() => toFastMarkdown(source, { variant, isMdx: true, file: 'x.mdx' })).toThrow(/^9:1: Unexpected closing tag `<\/Internl>`/);
  }
});

test('the internal preview of a public post cuts the same blocks as the public site', () => {
  const preview = toFastMarkdown(fm + body, { variant: 'public', isMdx: true, file: 'x.mdx', purpose: 'preview' });
  const site = toFastMarkdown(fm + body, { variant: 'public', isMdx: true, file: 'x.mdx' });
  const words = (r: ReturnType<typeof toFastMarkdown>) => markdownOf(r).split(/\s+/).filter(Boolean);
  expect(words(preview)).toEqual(words(site));
});

describe('skipping the parse of a body without MDX syntax', () => {
  test.each([
    ['plain prose, lists, tables, fenced code', 'Text.\n\n- a\n- b\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```yaml\nkey: value\n```\n', false],
    ['a comparison in prose', 'latency > 2 s', false],
    ['an element', 'a <br /> b', true],
    ['an expression', 'six times seven is {6 * 7}', true],
    ['a closing brace alone', 'a } b', true],
    ['an import line', 'import X from "./x"\n\nText.', true],
    ['an indented export line', '  export const x = 1', true],
    ['"import" inside a line', 'We import data nightly.', false],
  ])('%s', (_name, text, flagged) => {
    expect(mayHoldMdxSyntax(text)).toBe(flagged);
  });

  // Every node type that makes the fast path edit a body or fall back to MDX.
  const mdxTypes = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);
  const hasMdxNode = (node: { type: string; children?: unknown[] }): boolean =>
    mdxTypes.has(node.type) || (node.children ?? []).some((child) => hasMdxNode(child as typeof node));
  const postmortemFiles = ['content/postmortems', 'test/fixtures/good-input/postmortems', 'test/fixtures/canary/postmortems', 'test/fixtures/mdx-fallback/postmortems']
    .flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.mdx')).map((file) => join(dir, file)) : []));

  test('every real and fixture postmortem whose body parses to an MDX node is flagged, and an unflagged one is returned as written', () => {
    expect(postmortemFiles.length).toBeGreaterThan(20);
    let unflagged = 0;
    for (const file of postmortemFiles) {
      const source = readFileSync(file, 'utf8');
      const { body } = splitFrontmatter(source);
      if (hasMdxNode(mdxToMdast(body) as unknown as { type: string })) expect(mayHoldMdxSyntax(body), file).toBe(true);
      if (mayHoldMdxSyntax(body)) continue;
      unflagged++;
      const result = toFastMarkdown(source, { variant: 'internal', isMdx: true, file });
      expect(markdownOf(result).trimStart(), file).toBe(body.trimStart());
    }
    // Both kinds are covered: bodies that skip the parse and bodies that need it.
    expect(unflagged).toBeGreaterThan(0);
    expect(unflagged).toBeLessThan(postmortemFiles.length);
  });
});

test('parseMdxOnce reuses the tree for the same body only, and parses anew when the body changes', () => {
  const first = parseMdxOnce('A <Internal>x</Internal> b');
  expect(parseMdxOnce('A <Internal>x</Internal> b')).toBe(first);
  const other = parseMdxOnce('Other {1}');
  expect(other).not.toBe(first);
  expect(JSON.stringify(other)).toBe(JSON.stringify(mdxToMdast('Other {1}')));
  const again = parseMdxOnce('A <Internal>x</Internal> b');
  expect(again).not.toBe(first);
  expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  // A body that does not parse is not remembered: the next call with it fails again.
  expect(() => parseMdxOnce('<Internal>')).toThrow();
  expect(() => parseMdxOnce('<Internal>')).toThrow();
});

describe('nameImagesInPreview', () => {
  test('an image placeholder Astro does not resolve in the preview becomes a note with its description', () => {
    const html = '<p>Before <img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./media/q.png&#x22;,&#x22;alt&#x22;:&#x22;queue <depth>&#x22;,&#x22;index&#x22;:0}"> after</p><img src="https://example.com/a.png" alt="remote">';
    expect(nameImagesInPreview(html)).toBe('<p>Before <span class="pm-image-note">[Image: queue &lt;depth&gt;]</span> after</p><img src="https://example.com/a.png" alt="remote">');
  });
});
