import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { parseMdxTree } from '../mdx-tree.ts';
import { parseBodyTree } from '../body-tree.ts';
import { isCommentExpression } from '../mdx-expression.ts';
import { dataValueMayHoldWords } from './data-attribute-values.ts';
import { shownWordsOf, unseenValueHoldsWords } from './unseen-attribute-values.ts';
import { decodedUriComponent } from '../uri-component.ts';
import { quoteSnippet } from '../quoted-snippet.ts';
import { decodeEntities } from '../html-entities.ts';

/** An attribute of an HTML tag whose words a reader is shown (a tooltip, an image's words, a field's text), with its value. */
const shownAttribute = /\s(title|alt|placeholder|aria-label|label)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/**
 * Markup in a public body whose words the redaction guard cannot read, because the page shows
 * something the source does not spell out: an MDX expression (`{'Ekat' + 'erina'}`,
 * `title={host}`) is evaluated when the site is built, a script or style sheet writes text into
 * the page in the reader's browser, an event handler or `javascript:` link runs code, and a data
 * URL draws an image or document from encoded bytes. Public posts fail closed: each is a finding
 * (`redact/hidden-text`) until it is written as plain text. A comment, `{/* ... *\/}`, is never
 * published and is allowed.
 */
export interface UnreadableMarkup {
  /** 1-based line and column in the text given (the file, when given the whole source). */
  line: number;
  column: number;
  /** The markup as written, shortened. */
  text: string;
  /** What it is, for the message. */
  what: string;
  /** What to do, when the general advice of `redact/hidden-text` (write the words themselves) does not fit. */
  fix?: string;
}

/** Elements whose content or effect is not text on the page. */
const codeElements = /^(?:script|style|iframe|frame|frameset|object|embed|applet|template|link|meta|base|portal)$/i;
const codeElementInHtml = /<\s*(script|style|iframe|frame|frameset|object|embed|applet|template|link|meta|base|portal)\b/gi;
const handlerInHtml = /\son[a-z]+\s*=/gi;
/**
 * Markup that shows letters in another order than they are written: `<bdo dir="rtl">nairB</bdo>`
 * reads "Brian", and so does a bidi override in a style. (The U+202D/U+202E characters that do
 * the same are folded by the reading view.)
 */
const reorderingInHtml = /<\s*bdo\b|unicode-bidi\s*:\s*(?:bidi|isolate)-override/gi;
const reorderingStyle = /unicode-bidi\s*:\s*(?:bidi|isolate)-override/i;
const reordering = 'markup that shows its letters in another order than they are written';
/**
 * A `data-` attribute holding words (canary round 34: `<span data-note="the runbook">` published
 * its value in the page source, which no browser shows). A bare flag, a number and, since redact
 * round 36, a component's setting (`data-variant="wide"`, data-attribute-values.ts) are no text. The
 * snippet names the attribute, never its value: that is what must not be shown (npm run
 * public-diff prints the findings).
 */
const dataAttributeName = /^data-/i;
const dataAttributeInHtml = /(?<=[\s"'])(data-[\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const unseenDataValue = 'a data- attribute holding words (published in the page source, never shown on the page)';
/**
 * What to do with such an attribute (adoption round 52: a slide deck's seven `data-file="…"` were
 * told to write "no MDX expression, script, direction override or data URL", none of which the
 * line held). It names the element and the value's length, which tell the author which attribute
 * of a line it is, not the value.
 */
const unseenDataFix = (attribute: string, element: string | undefined, value: string, isMdx: boolean) =>
  `take the ${attribute} attribute out of ${element ? `the <${element}> element` : 'its element'} on this line (its value, ${[...value].length} characters, is not quoted here: it would reach npm run public-diff's comment), or write its words in the text customers read; or, if it is meant to be public, add ${isMdx ? '{/* redaction-allow redact/hidden-text -- reason */}' : '<!-- redaction-allow redact/hidden-text -- reason -->'} on this line.`;
/**
 * A CSS custom property whose value is a quoted string holding a letter (`style="--note: 'the
 * runbook'"`, canary round 39): no browser shows it unless a style sheet's `content:` uses it; the
 * page source publishes it. Named by the property, never by its value.
 */
const wordsInCustomProperty = /(?:^|[;\s"'{])(--[\w-]+)\s*:\s*(?:"[^"]*\p{L}[^"]*"|'[^']*\p{L}[^']*'|&quot;[^;]*?\p{L}[\s\S]*?&quot;|&#39;[\s\S]*?\p{L}[\s\S]*?&#39;)/giu;
const unseenCustomProperty = 'a CSS custom property holding words (published in the page source, never shown on the page)';
/**
 * An `aria-label` or `aria-description` holding words on an element of no role (canary round 40:
 * `<span aria-label="the runbook">` published its value in the page source): ARIA forbids naming a
 * generic element, so no screen reader reads it, and no browser shows it. Named by the attribute,
 * never by its value.
 */
const genericElement = /^(?:span|div|p|b|i|u|s|em|strong|small|mark|sub|sup|code|pre|q|data|time|ins|del|section|header|footer|blockquote)$/i;
const ariaTextName = /^aria-?(?:label|description)$/i;
const ariaTextInHtml = /<([A-Za-z][\w-]*)\b(?![^>]*\srole\s*=)[^>]*?\s(aria-(?:label|description))\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const unseenAriaText = 'an aria-label or aria-description on an element of no role (no screen reader reads it, no browser shows it; the page source publishes it)';
/**
 * An attribute whose value no reader is shown (`id`, `name`, `lang`, `datetime`, a `<data>`'s
 * `value`, `download`, `rel`…; canary round 41: each published its words in the page source, and
 * an id or name in the address bar and the search index) holding words the post does not show
 * (unseen-attribute-values.ts). Named by the attribute, never by its value.
 */
const unseenAttributeValue = 'an attribute no reader is shown, holding words the post does not show (published in the page source; an id or name also in the address bar of a link to it)';
const unseenAttributeFix = 'remove the attribute (or the link to it), or write its value with words the post shows (an id of its heading\'s words, lang="de", datetime="2025-03-01T10:05Z"); or, if it is meant to be public, add {/* redaction-allow redact/hidden-text -- reason */} on this line.';
/** Each start tag of an HTML node: the element's name and its attributes as written. */
const startTagInHtml = /<([A-Za-z][\w:-]*)((?:\s+[^\s"'<>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const attributeInTag = /\s([^\s"'<>\/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const codeUrl = /^\s*(?:javascript|vbscript|data):/i;
/** A script or data URL anywhere in an attribute value (`style="background: url(data:...)"`, `srcset`). */
const codeUrlInValue = /(?<![\w-])(?:javascript|vbscript|data):(?=[^\s"'])/i;
const codeUrlInHtml = /\b[a-z][\w:-]*\s*=\s*["']?[^"'>]*?(?<![\w-])(?:javascript|vbscript|data):(?=[^\s"'])/gi;

/**
 * The internal site's sections, as the public build's link rewriter knows them
 * (`publicLinkRewriter`): `/postmortems/<id>/` becomes the public post or only its words.
 */
const internalSection = /^\/(?:postmortems|tags|services|severity|triggers|years|insights|follow-ups|compliance|search)(?:\/|$)/;

/**
 * Why a link target would lead into the internal site, or name one of its pages, on the public
 * site without the build's rewriting: a relative link (it resolves against another page on each
 * site and names the target's id), a protocol-relative one (`//postmortems/<id>`: a host), a
 * section in another letter case or behind `..`, or a reference-style definition (only inline
 * links are rewritten). `undefined` for every other target, a rewritten `/postmortems/<id>/` included.
 */
export function unrewrittenInternalLink(url: string, kind: 'link' | 'definition' | 'attribute'): string | undefined {
  const target = url.trim();
  if (target === '' || target.startsWith('#') || /^[a-z][a-z\d+.-]*:/i.test(target)) return undefined;
  if (target.startsWith('//')) return 'a protocol-relative link, whose first path segment is read as a host';
  if (!target.startsWith('/')) return 'a relative link, which resolves against another page on each site and names its target';
  const written = target.replace(/[?#].*$/, '');
  const path = decodedUriComponent(written) ?? written;
  if (internalSection.test(path)) return kind === 'link' ? undefined : `a ${kind === 'definition' ? 'reference-style link definition' : 'link in HTML or in a .md post'} into the internal site (only inline links of .mdx posts are rewritten)`;
  if (internalSection.test(path.toLowerCase()) || /(?:^|\/)\.\.?(?:\/|$)/.test(path)) return 'a link into the internal site that the rewriting does not recognise';
  return undefined;
}


const shorten = (text: string) => quoteSnippet(text.replace(/\s+/g, ' '), 60);

type Node = {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } };
};

/**
 * The unreadable markup in a body (`isMdx`: MDX, else Markdown). `text` is the source with its
 * frontmatter blanked or absent, as the public build compiles it (`stripInternalFromSource`);
 * lines and columns are lines and columns of `text`.
 */
export function findUnreadableMarkup(text: string, isMdx: boolean): UnreadableMarkup[] {
  return readPublicMarkup(text, isMdx).unreadable;
}

/** An image a public body shows, where its reference is. */
export interface ShownImage {
  url: string;
  line: number;
  column: number;
}

/**
 * The unreadable markup of a public body (see {@link findUnreadableMarkup}) and the images it
 * shows (Markdown images, by reference too, and `<img src>`), from one parse.
 */
export function readPublicMarkup(text: string, isMdx: boolean): { unreadable: UnreadableMarkup[]; images: ShownImage[]; internalLinks: UnreadableMarkup[] } {
  // Nothing to find without braces, tags, images, links or a URL scheme that runs or embeds.
  if (!/[{<]|!\[|\]\(|\]:|script:|data:/i.test(text)) return { unreadable: [], images: [], internalLinks: [] };
  const tree: Root = isMdx ? parseMdxTree(text) : parseBodyTree(text, false);
  const found: UnreadableMarkup[] = [];
  const images: ShownImage[] = [];
  const internalLinks: UnreadableMarkup[] = [];
  const linkTo = (node: Node, url: string, kind: 'link' | 'definition' | 'attribute') => {
    const why = unrewrittenInternalLink(url, kind);
    if (!why || !node.position) return;
    // The finding points at the target where the source writes it (`[text](../x.md)`: after the
    // text), so that npm run redact finds it there; otherwise at the link (a reference's target).
    const { start, end } = node.position;
    const at = start.offset !== undefined && end.offset !== undefined ? text.lastIndexOf(url, end.offset - url.length) : -1;
    if (at < 0 || at < start.offset!) {
      internalLinks.push({ line: start.line, column: start.column, text: url, what: why });
      return;
    }
    const before = text.slice(0, at);
    const lineStart = before.lastIndexOf('\n') + 1;
    internalLinks.push({ line: before.split('\n').length, column: at - lineStart + 1, text: url, what: why });
  };
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier.toLowerCase(), node.url);
  });
  // A definition is published as the target of the links that use it (an unused one renders
  // nothing, and one used by an image is an image source).
  const linkedDefinitions = new Set<string>();
  visit(tree, 'linkReference', (node) => {
    linkedDefinitions.add(node.identifier.toLowerCase());
  });
  // The words the post's text shows: an unseen attribute that says only these says nothing new.
  const texts: string[] = [];
  visit(tree, (raw) => {
    const node = raw as unknown as Node & { alt?: string };
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && node.value) texts.push(node.value);
    if (node.type === 'html' && node.value) {
      texts.push(node.value.replace(/<[^>]*>/g, ' '));
      // A tooltip's, an image's or a field's words are shown too (`<abbr title="the date you last reviewed">`; false positives round 42).
      for (const m of node.value.matchAll(shownAttribute)) texts.push(m[2] ?? m[3] ?? '');
    }
    if (node.type === 'image' && node.alt) texts.push(node.alt);
  });
  const shownWords = shownWordsOf(texts);
  /** A link's fragment to this page (`#words`) is the id it leads to, in the address bar. */
  const unseenFragment = (url: string) => url.startsWith('#') && unseenValueHoldsWords('a', 'id', decodedUriComponent(url.slice(1)) ?? url.slice(1), shownWords);
  const shown = (node: Node, url: string | undefined) => {
    if (url && node.position) images.push({ url, line: node.position.start.line, column: node.position.start.column });
  };
  const at = (node: Node, what: string, snippet: string, offset = 0, fix?: string) => {
    const start = node.position?.start;
    if (!start) return;
    // An offset into an HTML node's value: count its lines.
    const before = (node.value ?? '').slice(0, offset).split('\n');
    found.push({
      line: start.line + before.length - 1,
      column: before.length > 1 ? before.at(-1)!.length + 1 : start.column + offset,
      text: shorten(snippet),
      what,
      ...(fix ? { fix } : {}),
    });
  };
  visit(tree, (raw) => {
    const node = raw as unknown as Node;
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!isCommentExpression(node.value ?? '')) at(node, 'an MDX expression (evaluated when the site is built)', `{${node.value ?? ''}}`);
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name && codeElements.test(node.name)) at(node, `a <${node.name}> element (run or loaded by the page, not shown)`, `<${node.name}>`);
      if (node.name?.toLowerCase() === 'bdo') at(node, `a <bdo> element: ${reordering}`, `<${node.name}>`);
      for (const attribute of node.attributes ?? []) {
        if (attribute.type === 'mdxJsxAttribute' && /^(?:href|action|formaction)$/i.test(attribute.name ?? '') && typeof attribute.value === 'string') linkTo(node, attribute.value, 'attribute');
      }
      if (node.name === 'img') {
        const src = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
        if (typeof src === 'string') shown(node, src);
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute') {
          at(node, 'an attribute spread by an MDX expression', `<${node.name ?? ''} {...}>`);
        } else if (attribute.value !== null && typeof attribute.value === 'object') {
          at(node, 'an attribute computed by an MDX expression', `${attribute.name}={${(attribute.value as { value?: string }).value ?? ''}}`);
        } else if (attribute.name && /^on/i.test(attribute.name)) {
          at(node, 'an event handler (code run in the reader\'s browser)', `${attribute.name}=`);
        } else if (typeof attribute.value === 'string' && (codeUrl.test(attribute.value) || codeUrlInValue.test(attribute.value))) {
          at(node, 'a script or data URL', `${attribute.name}="${attribute.value}"`);
        } else if (typeof attribute.value === 'string' && reorderingStyle.test(attribute.value)) {
          at(node, `a style with a bidi override: ${reordering}`, `${attribute.name}="${attribute.value}"`);
        } else if (typeof attribute.value === 'string' && dataAttributeName.test(attribute.name ?? '') && dataValueMayHoldWords(attribute.value)) {
          at(node, unseenDataValue, `${attribute.name}="…"`, 0, unseenDataFix(attribute.name!, node.name ?? undefined, attribute.value, isMdx));
        } else if (typeof attribute.value === 'string' && ariaTextName.test(attribute.name ?? '') && /\p{L}/u.test(attribute.value) && genericElement.test(node.name ?? '') && !node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'role')) {
          at(node, unseenAriaText, `${attribute.name}="…"`);
        } else if (typeof attribute.value === 'string' && /^style$/i.test(attribute.name ?? '')) {
          for (const m of attribute.value.matchAll(wordsInCustomProperty)) at(node, unseenCustomProperty, `${m[1]}: …`);
        } else if (typeof attribute.value === 'string' && (unseenValueHoldsWords(node.name ?? '', attribute.name ?? '', attribute.value, shownWords) || (/^href$/i.test(attribute.name ?? '') && unseenFragment(attribute.value)))) {
          at(node, unseenAttributeValue, `${attribute.name}="…"`, 0, unseenAttributeFix);
        }
      }
      return;
    }
    // Only `.mdx` bodies have their inline links rewritten: in a `.md` one a link is published as written.
    if (node.type === 'link' && node.url !== undefined) linkTo(node, node.url, isMdx ? 'link' : 'attribute');
    if (node.type === 'link' && node.url !== undefined && unseenFragment(node.url)) at(node, unseenAttributeValue, '(#…)', 0, unseenAttributeFix);
    if (node.type === 'definition' && node.url !== undefined && linkedDefinitions.has(((node as { identifier?: string }).identifier ?? '').toLowerCase())) linkTo(node, node.url, 'definition');
    if (node.type === 'html' && node.value) for (const m of node.value.matchAll(/\bhref\s*=\s*["']([^"']*)["']/gi)) linkTo(node, m[1], 'attribute');
    if (node.type === 'image') shown(node, node.url);
    if (node.type === 'imageReference') shown(node, definitions.get(((node as { identifier?: string }).identifier ?? '').toLowerCase()));
    if (node.type === 'html' && node.value) for (const m of node.value.matchAll(/<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi)) shown(node, m[1]);
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url && codeUrl.test(node.url)) {
      at(node, 'a script or data URL', node.url);
      return;
    }
    if (node.type === 'html' && node.value) {
      // A `.md` post's HTML is read as a browser reads it (canary round 44): a value written in
      // character references only (`data-note="&#122;&#122;…"`) holds no letter in its bytes.
      for (const m of node.value.matchAll(dataAttributeInHtml)) {
        const value = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
        const element = /<([A-Za-z][\w:-]*)[^<>]*$/.exec(node.value.slice(0, m.index))?.[1];
        if (dataValueMayHoldWords(value)) at(node, unseenDataValue, `${m[1]}="…"`, m.index, unseenDataFix(m[1], element, value, isMdx));
      }
      for (const m of node.value.matchAll(ariaTextInHtml)) if (genericElement.test(m[1]) && /\p{L}/u.test(decodeEntities(m[3] ?? m[4] ?? ''))) at(node, unseenAriaText, `${m[2]}="…"`, m.index);
      for (const tag of node.value.matchAll(startTagInHtml)) {
        for (const m of tag[2].matchAll(attributeInTag)) {
          const value = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
          if (unseenValueHoldsWords(tag[1], m[1], value, shownWords) || (/^href$/i.test(m[1]) && unseenFragment(value))) at(node, unseenAttributeValue, `${m[1]}="…"`, tag.index, unseenAttributeFix);
        }
      }
      for (const style of node.value.matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
        for (const m of (style[1] ?? style[2]).matchAll(wordsInCustomProperty)) at(node, unseenCustomProperty, `${m[1]}: …`, style.index);
      }
      for (const pattern of [codeElementInHtml, handlerInHtml, codeUrlInHtml, reorderingInHtml]) {
        for (const m of node.value.matchAll(pattern)) {
          const what = pattern === codeElementInHtml ? `a <${m[1].toLowerCase()}> element (run or loaded by the page, not shown)`
            : pattern === handlerInHtml ? 'an event handler (code run in the reader\'s browser)'
            : pattern === reorderingInHtml ? reordering : 'a script or data URL';
          at(node, what, node.value.slice(m.index, m.index + 40), m.index);
        }
      }
    }
  });
  return { unreadable: found.sort((a, b) => a.line - b.line || a.column - b.column), images, internalLinks };
}
