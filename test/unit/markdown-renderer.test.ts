import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { createAstroConfig } from '../../src/integrations/astro-config.ts';
import { createMarkdownRenderer, keepAsBody, mayRenderNatively, serialiseHast, type MarkdownConfig, type RenderMarkdown } from '../../src/integrations/markdown-renderer.ts';
import { toFastMarkdown } from '../../src/lib/fast-markdown.ts';

/** The site's Markdown settings as Astro resolves them (defaults filled in), from our one config. */
function resolvedMarkdownConfig(overrides: Partial<MarkdownConfig> = {}): MarkdownConfig {
  const ours = createAstroConfig({ variant: 'internal' }).markdown ?? {};
  return {
    processor: satteri(),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
    shikiConfig: { langs: [], theme: 'github-dark', themes: {}, wrap: false, langAlias: {}, ...ours.shikiConfig } as MarkdownConfig['shikiConfig'],
    gfm: true,
    smartypants: true,
    ...overrides,
  };
}

// Astro's own frontmatter split, from the copy of its helpers Astro itself depends on (the package
// is Astro's, not ours, so it is reached through Astro rather than listed in package.json).
const astroRequire = createRequire(fileURLToPath(import.meta.resolve('astro/package.json')));
const { parseFrontmatter } = (await import(pathToFileURL(astroRequire.resolve('@astrojs/internal-helpers/frontmatter')).href)) as typeof import('@astrojs/internal-helpers/frontmatter');

/** What Astro's content layer does for `renderMarkdown`: its renderer, behind its frontmatter split. */
function astroRenderer(config: MarkdownConfig) {
  let renderer: ReturnType<ReturnType<typeof satteri>['createRenderer']> | undefined;
  const calls: string[] = [];
  const render: RenderMarkdown = async (content, options) => {
    calls.push(content);
    renderer ??= satteri().createRenderer({ syntaxHighlight: config.syntaxHighlight, shikiConfig: config.shikiConfig, gfm: config.gfm, smartypants: config.smartypants } as never);
    const { frontmatter, content: body } = parseFrontmatter(content);
    const { code, metadata } = await (await renderer).render(body, { frontmatter, fileURL: options?.fileURL });
    return { html: code, metadata: { ...metadata, imagePaths: [...(metadata.localImagePaths ?? []), ...(metadata.remoteImagePaths ?? [])] } } as Awaited<ReturnType<RenderMarkdown>>;
  };
  return { render, calls };
}

const fileURL = pathToFileURL('/kb/content/postmortems/x.md');

function postmortemSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.mdx?$/.test(path)) files.push(path);
    }
  };
  walk('content/postmortems');
  walk('test/fixtures');
  return files.sort();
}

/** Markdown that Astro's plugins each have something to do with, and the corners of each. */
const tricky = [
  '# Title\n\n## Title\n\n### Title\n\n## Title 1\n',
  '## Why `kubectl <apply>` failed & what *we* did\n\nText with **bold**, ~~strike~~ and [a link](https://example.com/?a=1&b=2 "t").\n',
  '## A <em>raw</em> tag, an entity &amp; &copy; and a&nbsp;space\n',
  '## Émigré façade — naïve 東京 🚀\n\nSetext heading\n==============\n\nAnother one\n-----------\n',
  '## Punctuation: "quotes", \'apostrophes\', (brackets) [and] {braces}!?\n',
  '```yaml\nkey: "value" & <tag> \'single\'\nlist:\n  - a\n\n  - b\n```\n',
  '```diff\n+ added\n- removed\n  same\n```\n',
  '```\nno language\n```\n\n    indented code & <x>\n    second line\n',
  '```not-a-real-language\nplain text\n```\n',
  '```math\nx^2\n```\n',
  '```c++\nint main() { return 0; }\n```\n',
  '```sh\n\n\nleading and trailing blank lines\n\n\n```\n',
  '```\n```\n',
  '~~~ts\nconst fence = "```";\n~~~\n',
  '> ```json\n> {"quoted": true}\n> ```\n\n- item\n\n  ```python\n  print("in a list")\n  ```\n',
  'tab\tseparated\n\n```\ncol1\tcol2\n```\n',
  '| a | b |\n| - | :-: |\n| `x<y` | **z** |\n\n- [ ] task\n- [x] done\n\nFootnote[^1].\n\n[^1]: The note.\n',
  '## Notes\n\nA claim[^a] and another[^b].\n\n[^a]: First.\n[^b]: Second.\n\n## Footnotes\n\n## Footnote label\n',
  'Smart "quotes" -- and --- dashes... and \'apostrophes\'.\n',
  'Line one\\\nline two  \nline three\n\n***\n\n<details><summary>More</summary>\n\nHidden **text**.\n\n</details>\n',
  'An autolink <https://example.com> and <mail@example.com>, HTML <br> and <span class="x">span</span>.\n',
  '\n\n\n## After blank lines\n\n<!-- a comment -->\n\nText.\n',
  '\r\n## CRLF heading\r\n\r\n```yaml\r\na: 1\r\n```\r\n',
  '## \n\n## `only code`\n\n## [only a link](/x/)\n',
];

describe('createMarkdownRenderer: Astro\'s rendering, without its JavaScript plugins', () => {
  const config = resolvedMarkdownConfig();

  test('every postmortem we have, as each site cuts it, renders byte for byte as Astro renders it', async () => {
    const astro = astroRenderer(config);
    const fast = createMarkdownRenderer(config, astro.render);
    const files = postmortemSources();
    expect(files.length).toBeGreaterThan(100);
    let compared = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const isMdx = file.endsWith('.mdx');
      for (const [variant, purpose] of [['internal', 'site'], ['public', 'site'], ['public', 'preview']] as const) {
        let cut;
        try {
          cut = toFastMarkdown(source, { variant, isMdx, file, purpose });
        } catch {
          continue; // A body that does not parse is refused before rendering.
        }
        if (!('markdown' in cut)) continue;
        // A file whose `---` block comes after a blank line is refused by `npm run check`
        // (frontmatter/missing), but the import's source fixtures hold such files: Astro would read
        // that block as frontmatter, the site's renderer keeps it as body (keepAsBody), so Astro is
        // asked what it renders for the body as the site hands it over.
        const expected = await astro.render(keepAsBody(cut.markdown), { fileURL });
        const actual = await fast(cut.markdown, { fileURL });
        expect(actual.html, `${file} (${variant})`).toBe(expected.html);
        expect(actual.metadata?.headings, `${file} (${variant})`).toEqual(expected.metadata?.headings);
        expect(actual.metadata?.imagePaths, `${file} (${variant})`).toEqual(expected.metadata?.imagePaths);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  test.each(tricky.map((markdown, i) => [i, markdown]))('tricky Markdown %i renders as Astro renders it', async (_i, markdown) => {
    const astro = astroRenderer(config);
    const fast = createMarkdownRenderer(config, astro.render);
    const expected = await astro.render(markdown, { fileURL });
    astro.calls.length = 0;
    const actual = await fast(markdown, { fileURL });
    expect(actual.html).toBe(expected.html);
    expect(actual.metadata?.headings).toEqual(expected.metadata?.headings);
  });

  test('headings and code blocks are done without Astro\'s renderer, which is what makes it fast', async () => {
    const astro = astroRenderer(config);
    const fast = createMarkdownRenderer(config, astro.render);
    const rendered = await fast('## Cause\n\n```yaml\nreplicas: 3\n```\n\n## Cause\n', { fileURL });
    expect(astro.calls).toEqual([]);
    expect(rendered.html).toContain('<h2 id="cause">Cause</h2>');
    expect(rendered.html).toContain('<h2 id="cause-1">Cause</h2>');
    expect(rendered.html).toMatch(/<pre class="astro-code github-dark"[^>]* data-language="yaml"><code><span class="line"><span style="color:#[0-9A-F]+">replicas<\/span>/);
    expect(rendered.metadata?.headings).toEqual([{ depth: 2, slug: 'cause', text: 'Cause' }, { depth: 2, slug: 'cause-1', text: 'Cause' }]);
  });

  test.each([
    ['an image, which Astro resolves', 'See ![the graph](./graph.png).\n'],
    ['a fence with meta after its language', '```yaml title="deploy.yaml"\na: 1\n```\n'],
    ['a raw <pre> block', '<pre><code>raw</code></pre>\n'],
    ['a raw heading', '<h2>Raw</h2>\n'],
    ['a heading that names frontmatter', '## The frontmatter field\n'],
  ])('%s goes to Astro\'s renderer, with the same result', async (_what, markdown) => {
    const astro = astroRenderer(config);
    const fast = createMarkdownRenderer(config, astro.render);
    const expected = await astroRenderer(config).render(markdown, { fileURL });
    const actual = await fast(markdown, { fileURL });
    expect(astro.calls.length).toBe(1);
    expect(actual.html).toBe(expected.html);
  });

  test('a site with Markdown plugins of its own, or another highlighter, is always rendered by Astro', async () => {
    for (const overrides of [{ processor: satteri({ hastPlugins: [{ name: 'mine' } as never] }) }, { syntaxHighlight: 'prism' as const }]) {
      const astro = astroRenderer(config);
      const fast = createMarkdownRenderer(resolvedMarkdownConfig(overrides), astro.render);
      await fast('## Plain\n', { fileURL });
      expect(astro.calls.length).toBe(1);
    }
  });

  test('a body that opens with a thematic break keeps the text up to the next one (Astro read it as frontmatter)', async () => {
    const markdown = '\n\n\n---\n\nKeep this paragraph.\n\n---\n\nAnd this one.\n';
    const lost = await astroRenderer(config).render(markdown, { fileURL });
    expect(lost.html).not.toContain('Keep this paragraph.');
    for (const renderer of [
      createMarkdownRenderer(config, astroRenderer(config).render),
      createMarkdownRenderer(resolvedMarkdownConfig({ syntaxHighlight: 'prism' }), astroRenderer(config).render),
    ]) {
      const rendered = await renderer(markdown, { fileURL });
      expect(rendered.html).toContain('Keep this paragraph.');
      expect(rendered.html).toContain('And this one.');
      expect(rendered.html.match(/<hr/g)).toHaveLength(2);
    }
  });
});

describe('mayRenderNatively and serialiseHast', () => {
  test('images, fence meta and raw <pre> or heading HTML are left to Astro; plain Markdown is not', () => {
    expect(mayRenderNatively('## Heading\n\n```yaml\na: 1\n```\n\n`![not an image`')).toBe(false);
    expect(mayRenderNatively('## Heading\n\n```yaml\na: 1\n```\n\nText <br> and <https://x.y>.')).toBe(true);
    expect(mayRenderNatively('``` yaml\na: 1\n```')).toBe(true);
    expect(mayRenderNatively('~~~js {1,3}\nx\n~~~')).toBe(false);
    expect(mayRenderNatively('<H3 id="x">raw</H3>')).toBe(false);
    expect(mayRenderNatively('<pre>\nraw\n</pre>')).toBe(false);
  });

  test('writes elements and text as Sätteri does, and refuses what it does not know', () => {
    expect(serialiseHast({
      type: 'element', tagName: 'pre', properties: { class: 'a b', style: 'x:"1"&', tabindex: '0', dataLanguage: 'yaml', className: ['c', 'd'], hidden: true, ariaLabel: 'L', skipped: false },
      children: [{ type: 'text', value: '<a> & "b" \'c\'' }],
    })).toBe('<pre class="a b" style="x:&quot;1&quot;&amp;" tabindex="0" data-language="yaml" class="c d" hidden aria-label="L">&lt;a&gt; &amp; "b" \'c\'</pre>');
    expect(serialiseHast({ type: 'comment', value: 'x' })).toBeUndefined();
    expect(serialiseHast({ type: 'element', tagName: 'br', properties: {}, children: [] })).toBeUndefined();
    expect(serialiseHast({ type: 'element', tagName: 'span', properties: { onClickCapture: 'x' }, children: [] })).toBeUndefined();
    expect(serialiseHast({ type: 'element', tagName: 'span', properties: { style: { color: 'red' } }, children: [] })).toBeUndefined();
  });
});
