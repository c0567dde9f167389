import type { LoaderContext } from 'astro/loaders';
import { satteriCreateHighlightFn } from '@astrojs/markdown-satteri';
import Slugger from 'github-slugger';
import { markdownToHtml } from 'satteri';
import { escapeHtmlAttribute, escapeHtmlContent } from '../lib/html-entities.ts';

export type RenderedMarkdown = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;
export type RenderMarkdown = (markdown: string, options: { fileURL: URL }) => Promise<RenderedMarkdown>;

/** What Astro's resolved `markdown` config holds that this renderer reads. */
export interface MarkdownConfig {
  processor?: { name?: string; options?: { mdastPlugins?: unknown[]; hastPlugins?: unknown[]; features?: object } };
  syntaxHighlight?: false | 'shiki' | 'prism' | { type?: string; excludeLangs?: string[] };
  shikiConfig?: Parameters<typeof satteriCreateHighlightFn>[1];
  gfm?: boolean;
  smartypants?: boolean;
}

type HastNode = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: HastNode[] };
type Highlight = (code: string, lang: string, meta: string | undefined) => Promise<HastNode | undefined>;

/**
 * Astro's Markdown rendering of a postmortem body, several times faster.
 *
 * Astro's renderer (Sätteri with four plugins written in JavaScript: heading ids, Shiki, and two
 * for images) hands every body's tree to JavaScript and back; for 1,000 postmortems that is
 * about a second of Astro's thread, most of it for the one code block each holds. This renders
 * the body with Sätteri alone, in native code, then adds what the plugins add: each heading's id
 * (github-slugger over its text, as the heading-ids plugin does) and each code block highlighted
 * by Astro's own Shiki function, serialised as Sätteri serialises it. The output is Astro's, byte
 * for byte; test/unit/markdown-renderer.test.ts compares the two on every postmortem we have.
 *
 * Whatever this does not reproduce goes to Astro's renderer (`fallback`): a body with an image
 * (Astro resolves it), a code fence with more than a language (meta, which Shiki transformers
 * may read), raw `<pre>` or heading HTML, an unusual language name, a heading with the word
 * `frontmatter` (the plugin resolves `frontmatter.*` in it), and every body when the site's
 * Markdown config has plugins, features or a highlighter other than Shiki.
 */
export function createMarkdownRenderer(config: MarkdownConfig, astroRender: RenderMarkdown): RenderMarkdown {
  const fallback: RenderMarkdown = (markdown, options) => astroRender(keepAsBody(markdown), options);
  if (!rendersLikeAstro(config)) return fallback;
  const features = { gfm: config.gfm !== false, smartPunctuation: config.smartypants !== false };
  const highlightSetting = config.syntaxHighlight;
  const excludeLangs = ['math', ...(typeof highlightSetting === 'object' ? highlightSetting.excludeLangs ?? [] : [])];
  let highlight: Promise<Highlight | undefined> | undefined;
  const highlighter = () => (highlight ??= satteriCreateHighlightFn(highlightSetting as 'shiki', config.shikiConfig) as Promise<Highlight | undefined>);
  return async (markdown, options) => {
    if (!mayRenderNatively(markdown) || keepAsBody(markdown) !== markdown) return fallback(markdown, options);
    const { html } = markdownToHtml(markdown, { features }) as { html: string };
    const done = await addHeadingIdsAndHighlighting(html, highlightSetting ? await highlighter() : undefined, excludeLangs);
    if (!done) return fallback(markdown, options);
    return {
      html: done.html,
      metadata: { headings: done.headings, localImagePaths: [], remoteImagePaths: [], frontmatter: {}, imagePaths: [] },
    } as RenderedMarkdown;
  };
}

/**
 * Astro's renderer reads a leading `---` (or `+++`) block as frontmatter and drops it, even after
 * blank lines: a body that opens with a thematic break and has another one further down would
 * lose the text between them. An empty frontmatter in front is what Astro drops instead.
 */
export function keepAsBody(markdown: string): string {
  return /^\s*\n(?:---|\+\+\+)|^\uFEFF?(?:---|\+\+\+)/.test(markdown) ? `---\n---\n${markdown}` : markdown;
}

/** True when the site renders Markdown with Sätteri, Shiki (or nothing) and no plugins of its own. */
function rendersLikeAstro(config: MarkdownConfig): boolean {
  const processor = config.processor;
  if (processor && (processor.name !== 'satteri'
    || processor.options?.mdastPlugins?.length || processor.options?.hastPlugins?.length
    || Object.keys(processor.options?.features ?? {}).length)) return false;
  const highlight = config.syntaxHighlight;
  return highlight === false || highlight === 'shiki' || (typeof highlight === 'object' && highlight.type === 'shiki');
}

/**
 * False for what Astro's plugins would treat in a way this renderer does not reproduce: images,
 * a fence with meta after its language, and raw HTML that is a `<pre>` or a heading (the steps
 * below read the rendered HTML, where such raw HTML would look like Sätteri's own).
 */
export function mayRenderNatively(markdown: string): boolean {
  return !markdown.includes('![') && !/(?:```|~~~)[ \t]*\S+[ \t]+\S/.test(markdown) && !/<(?:pre|h[1-6])[\s>/]/i.test(markdown);
}

const textEntities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/** Text of Sätteri's escaped HTML, or undefined when it holds an entity Sätteri does not write. */
function unescapeSatteri(html: string): string | undefined {
  let unknown = false;
  const text = html.replace(/&[#\w]*;/g, (entity) => textEntities[entity] ?? ((unknown = true), entity));
  return unknown ? undefined : text;
}

/**
 * Headings get the ids the heading-ids plugin gives (a fresh slugger per body, so repeated
 * headings get `-1`, `-2`), and code blocks the highlighted `<pre>` the highlight plugin puts
 * in their place. Undefined when a heading or block is one this cannot reproduce.
 */
async function addHeadingIdsAndHighlighting(html: string, highlight: Highlight | undefined, excludeLangs: string[]) {
  const slugger = new Slugger();
  const headings: { depth: number; slug: string; text: string }[] = [];
  const parts: (string | Promise<string | undefined>)[] = [];
  const found = /<h([1-6])((?: [^>]*)?)>([\s\S]*?)<\/h\1>|<pre><code(?: class="language-([^"]*)")?>([\s\S]*?)<\/code><\/pre>/g;
  let last = 0;
  for (let match; (match = found.exec(html)); ) {
    parts.push(html.slice(last, match.index));
    last = found.lastIndex;
    const [whole, depth, attributes, inner, lang = 'plaintext', code] = match;
    if (depth) {
      // The plugin reads the heading's text nodes; tags here are Sätteri's own or inline HTML,
      // neither of which it counts.
      const text = unescapeSatteri(inner.replace(/<[^>]*>/g, ''));
      if (text === undefined || text.includes('frontmatter')) return undefined;
      // A heading Sätteri gave an id (the footnotes' label) keeps it, and the slugger does not count it.
      const existingId = attributes ? /^ id="([^"]*)"/.exec(attributes)?.[1] : undefined;
      if (attributes && existingId === undefined) return undefined;
      const slug = existingId === undefined ? slugger.slug(text) : unescapeSatteri(existingId);
      if (slug === undefined) return undefined;
      headings.push({ depth: Number(depth), slug, text });
      parts.push(existingId === undefined ? `<h${depth} id="${escapeHtmlAttribute(slug)}">${inner}</h${depth}>` : whole);
      continue;
    }
    if (!highlight || excludeLangs.includes(lang)) {
      parts.push(whole);
      continue;
    }
    const text = unescapeSatteri(code);
    if (text === undefined || !/^[\w#+.-]+$/.test(lang)) return undefined;
    parts.push(highlight(text.replace(/\n$/, ''), lang, undefined).then((pre) => (pre ? serialiseHast(pre) : undefined)));
  }
  parts.push(html.slice(last));
  const resolved = await Promise.all(parts);
  if (resolved.some((part) => part === undefined)) return undefined;
  return { html: resolved.join(''), headings };
}

/** An attribute name as Sätteri writes a hast property, or undefined for one this does not map. */
function attributeName(property: string): string | undefined {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(?:data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return /^[a-z][a-z0-9-]*$/.test(property) ? property : undefined;
}

/**
 * Shiki's `<pre>` as Sätteri writes it: attributes in property order, text with `&`, `<` and `>`
 * escaped, attribute values with `&` and `"`. Undefined for a node this does not know (Shiki
 * returns elements and text only; a transformer might add more).
 */
export function serialiseHast(node: HastNode): string | undefined {
  if (node.type === 'text') return escapeHtmlContent(node.value ?? '');
  if (node.type !== 'element' || !node.tagName || !/^[a-z][a-z0-9]*$/.test(node.tagName) || voidElements.has(node.tagName)) return undefined;
  let attributes = '';
  for (const [property, value] of Object.entries(node.properties ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    const name = attributeName(property);
    if (!name) return undefined;
    if (value === true) attributes += ` ${name}`;
    else if (typeof value === 'string' || typeof value === 'number') attributes += ` ${name}="${escapeHtmlAttribute(String(value))}"`;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) attributes += ` ${name}="${escapeHtmlAttribute(value.join(' '))}"`;
    else return undefined;
  }
  let children = '';
  for (const child of node.children ?? []) {
    const written = serialiseHast(child);
    if (written === undefined) return undefined;
    children += written;
  }
  return `<${node.tagName}${attributes}>${children}</${node.tagName}>`;
}

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
