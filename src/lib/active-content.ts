import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { decodeEntities } from './html-entities.ts';
import { quotedSnippet } from './quoted-snippet.ts';

/**
 * Markup in a postmortem body that would run code, load another page, or restyle the site in a
 * reader's browser: a `<script>`, an `onclick` attribute, a `javascript:` link, an `<iframe>`.
 * Astro renders a body's raw HTML (and an MDX body's lower-case elements) as written, so a
 * report proposed by pull request could otherwise run script on the knowledge base of everyone
 * who opens it, on the internal site and on the public one. A postmortem is text: such markup is
 * refused by `npm run check` and by the build (rule `body/active-content`), at its line.
 */
export interface ActiveContent {
  /** 1-based, in the body the tree was parsed from. */
  line: number;
  column: number;
  message: string;
}

export const activeContentFix =
  'remove it; to show markup or a script in the report, put it in a fenced code block (```html), and link only to http(s) or mailto addresses.';

/** Elements a report has no use for, and what each would do on the page. */
const refusedElements: Record<string, string> = {
  script: 'runs code in readers\' browsers',
  iframe: 'embeds another page',
  frame: 'embeds another page',
  frameset: 'embeds other pages',
  object: 'embeds a plugin or another page',
  embed: 'embeds a plugin or another page',
  applet: 'embeds a plugin',
  portal: 'embeds another page',
  base: 'changes where every link of the page leads',
  style: 'restyles the whole site around the report',
  form: 'sends what readers type to another address',
};

/**
 * Elements refused for one attribute only: without it they are inert (a template's placeholder
 * such as `<Link to the recording>` reads as an empty `<link>`).
 */
const refusedWithAttribute: Record<string, [attribute: string, reason: string]> = {
  link: ['href', 'loads a style sheet or script into the page'],
  meta: ['http-equiv', 'changes how the page loads (a refresh can send readers elsewhere)'],
};

/** Attributes whose value is a URL a browser loads or follows. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'longdesc', 'ping', 'lowsrc', 'dynsrc', 'codebase', 'manifest', 'srcset']);

/** Attributes that insert markup or code of their own, in HTML or in MDX's JSX. */
const refusedAttributes = new Set(['srcdoc', 'dangerouslysetinnerhtml', 'innerhtml', 'outerhtml', 'set:html', 'is:inline']);

/**
 * Why a URL would run code or show a page of its own when followed, or undefined. Browsers drop
 * tabs and line breaks anywhere in a URL and ignore leading spaces and control characters, and
 * HTML decodes entities first: all of that is undone before the scheme is read.
 */
export function activeUrl(url: string, options: { image?: boolean } = {}): string | undefined {
  const plain = decodeEntities(url).replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(plain)?.[1];
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'livescript') return `a ${scheme}: address runs code when it is followed`;
  // A picture in a data: address is inert where it is shown as an image: browsers run no script
  // of an SVG loaded by <img> (exported pages inline their icons so).
  if (scheme === 'data' && !(options.image && plain.startsWith('data:image/'))) return 'a data: address can hold a page or script of its own';
  return undefined;
}

/** Why an attribute would run or load something, or undefined. `element` is lower-case. */
export function activeAttribute(element: string, name: string, value: string | undefined): string | undefined {
  const attribute = name.toLowerCase();
  if (/^on[a-z]/.test(attribute)) return `the ${name} attribute runs code in readers' browsers`;
  if (refusedAttributes.has(attribute)) return `the ${name} attribute inserts markup of its own into the page`;
  if (value === undefined) return undefined;
  if (attribute === 'style') {
    const style = decodeEntities(value).replace(/\\|\/\*[\s\S]*?\*\//g, '').toLowerCase();
    if (/url\s*\(|expression\s*\(|@import|-moz-binding|behavior\s*:/.test(style)) return 'its style loads something or runs code (url(), expression(), @import)';
  }
  if (urlAttributes.has(attribute)) {
    const reason = attribute === 'srcset'
      ? value.split(',').map((candidate) => activeUrl(candidate.trim(), { image: true })).find(Boolean)
      : activeUrl(value, { image: (element === 'img' || element === 'source') && (attribute === 'src') });
    if (reason) return `its ${name}: ${reason}`;
  }
  // SVG animation can set an attribute to a URL: `<animate attributeName="href" to="javascript:…">`.
  if (/^(?:to|from|values|by)$/.test(attribute) && /(?:java|vb)script:/.test(decodeEntities(value).replace(/[\s\u0000-\u001f]/g, '').toLowerCase())) {
    return `its ${name} sets a javascript: address`;
  }
  return undefined;
}

/** Why an element would run or load something, or undefined. `attributes`: its attribute names. */
export function activeElement(name: string, attributes: readonly string[]): string | undefined {
  const element = name.toLowerCase();
  const conditional = refusedWithAttribute[element];
  const reason = refusedElements[element]
    // MDX's JSX writes `http-equiv` as React does, `httpEquiv` (bad input round 31: a refresh to another site passed).
    ?? (conditional && attributes.some((attribute) => attribute.toLowerCase().replace(/-/g, '') === conditional[0].replace(/-/g, '')) ? `with ${conditional[0]} ${conditional[1]}` : undefined);
  return reason && `${/^[aeiou]/i.test(name) ? 'an' : 'a'} <${name}> element ${reason}`;
}

const tagPattern = /<([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const attributePattern = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Active markup in raw HTML (a `.md` body's HTML blocks and inline tags), with its offset in `html`. */
export function findActiveHtml(html: string): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  // What a comment holds is never rendered; keep offsets by blanking it.
  const text = html.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => ' '.repeat(comment.length));
  for (const tag of text.matchAll(tagPattern)) {
    const element = tag[1].toLowerCase();
    const offset = tag.index;
    const attributes = [...tag[2].matchAll(attributePattern)];
    const elementReason = activeElement(tag[1], attributes.map((attribute) => attribute[1]));
    if (elementReason) found.push({ offset, message: elementReason });
    for (const attribute of attributes) {
      const reason = activeAttribute(element, attribute[1], attribute[2] ?? attribute[3] ?? attribute[4]);
      if (reason) found.push({ offset, message: `<${tag[1]}>: ${reason}` });
    }
  }
  return found;
}

/** True when a body may hold active content; false means it certainly does not (no parse needed). */
export function mayHoldActiveContent(body: string): boolean {
  // A tag, an entity or escape (which could spell a scheme), a tab (which browsers drop from a
  // URL), or a scheme written out: without any of these a body holds no element and no
  // javascript:/vbscript:/data: address.
  return /<[A-Za-z]|[&\\\t]|(?:script|data)\s*:/i.test(body);
}

type JsxAttribute = { type: string; name?: string; value?: string | { value?: string } | null };
type AnyNode = { type: string; name?: string | null; value?: string; url?: string; attributes?: JsxAttribute[]; position?: { start: { line: number; column: number } } };

/** The text a constant expression spells: string literals joined, quotes and spaces dropped. */
function spelledOut(expression: string): string {
  return expression.replace(/(["'`])\s*\+\s*(["'`])/g, '').replace(/["'`\s]/g, '');
}

/** Every piece of active markup of a parsed body (mdast, with MDX's JSX nodes when it is MDX). */
export function findActiveContent(tree: Root): ActiveContent[] {
  const found: ActiveContent[] = [];
  const at = (node: AnyNode, message: string, offset = 0, source = '') => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const before = source.slice(0, offset);
    const lines = before.split('\n');
    found.push({
      line: start.line + lines.length - 1,
      column: lines.length > 1 ? lines.at(-1)!.length + 1 : start.column + before.length,
      message,
    });
  };
  visit(tree, (raw) => {
    const node = raw as unknown as AnyNode;
    if (node.type === 'html' && node.value) {
      for (const hit of findActiveHtml(node.value)) at(node, hit.message, hit.offset, node.value);
    } else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
      const reason = node.url === undefined ? undefined : activeUrl(node.url, { image: node.type === 'image' });
      if (reason) at(node, `the ${node.type === 'image' ? 'image' : 'link'} to ${quotedSnippet(node.url!, 40)}: ${reason}`);
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const elementReason = activeElement(node.name, (node.attributes ?? []).map((attribute) => attribute.name ?? ''));
      if (elementReason) at(node, elementReason);
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute') {
          // A spread of an object literal (`{...{ onClick: "…" }}`), which the build allows as a constant.
          const spread = spelledOut(typeof attribute.value === 'string' ? attribute.value : '');
          if (/\bon[a-z]+:|(?:java|vb)script:|data:|srcdoc|innerhtml|set:html/i.test(spread)) at(node, `<${node.name}>: a spread attribute sets an event handler, markup or a script address`);
          continue;
        }
        if (!attribute.name) continue;
        // A constant expression (`href={"java" + "script:…"}`) is read as the string it spells.
        const value = typeof attribute.value === 'string' ? attribute.value
          : attribute.value && typeof attribute.value === 'object' ? spelledOut(attribute.value.value ?? '') : undefined;
        const reason = activeAttribute(node.name.toLowerCase(), attribute.name, value);
        if (reason) at(node, `<${node.name}>: ${reason}`);
      }
    }
  });
  return found;
}
