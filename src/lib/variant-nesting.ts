import type { Root } from 'mdast';
import { editDistance } from './closest-match.ts';

/** The two components that pick a site: each is cut from the other site's build. */
const variantComponents = ['Internal', 'PublicOnly'] as const;
type VariantComponent = (typeof variantComponents)[number];

export interface ShownNowhere {
  /** The inner element, which neither site shows. */
  inner: VariantComponent;
  /** The element around it. */
  outer: VariantComponent;
  /** 1-based line and column of the inner element in the text parsed. */
  line: number;
  column: number;
}

type Node = { type: string; name?: string | null; children?: Node[]; position?: { start: { line: number; column: number } } };

const variantOf = (node: Node): VariantComponent | undefined =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (variantComponents as readonly (string | null | undefined)[]).includes(node.name)
    ? (node.name as VariantComponent)
    : undefined;

/**
 * `<PublicOnly>` inside `<Internal>`, or `<Internal>` inside `<PublicOnly>`: the internal site
 * cuts every `<PublicOnly>` and the public site every `<Internal>`, so the inner text is shown on
 * neither, without a word. Walked with a stack, not recursion: an element may be nested deeply.
 */
export function findShownNowhere(tree: Root): ShownNowhere[] {
  const found: ShownNowhere[] = [];
  const stack: { node: Node; outer?: VariantComponent }[] = [{ node: tree as unknown as Node }];
  while (stack.length) {
    const { node, outer } = stack.pop()!;
    const own = variantOf(node);
    if (own && outer && own !== outer) {
      found.push({ inner: own, outer, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
    }
    const next = own ?? outer;
    for (const child of [...(node.children ?? [])].reverse()) stack.push({ node: child, outer: next });
  }
  return found;
}

/** The finding's message and fix for one {@link ShownNowhere}. */
export function describeShownNowhere(nested: ShownNowhere): { message: string; fix: string } {
  return {
    message: `<${nested.inner}> inside <${nested.outer}> is shown on neither site: the internal site leaves out every <PublicOnly>, the public site every <Internal>.`,
    fix: `move the <${nested.inner}> block out of the <${nested.outer}> block (one after the other, not one inside the other).`,
  };
}

export interface RedundantVariantTag {
  component: VariantComponent;
  /** `nested`: inside another of its kind; `empty`: `<Internal />` or a pair with nothing in it. */
  kind: 'nested' | 'empty';
  line: number;
  column: number;
  /** For `nested`: the line of the element around it. */
  outerLine?: number;
}

/**
 * `<Internal>` inside `<Internal>` (or `<PublicOnly>` inside `<PublicOnly>`), and `<Internal />`
 * with nothing in it: both passed. Nothing leaks (the outer block is cut whole, an empty one cuts
 * nothing), but the internal site draws an "Internal only" box inside another, or an empty one,
 * and an empty tag often means the text meant to be hidden was written after it, where it is public.
 */
export function findRedundantVariantTags(tree: Root): RedundantVariantTag[] {
  const found: RedundantVariantTag[] = [];
  const stack: { node: Node; open: Partial<Record<VariantComponent, number>> }[] = [{ node: tree as unknown as Node, open: {} }];
  while (stack.length) {
    const { node, open } = stack.pop()!;
    const own = variantOf(node);
    const line = node.position?.start.line ?? 1;
    const column = node.position?.start.column ?? 1;
    if (own && open[own] !== undefined) found.push({ component: own, kind: 'nested', line, column, outerLine: open[own] });
    else if (own && !hasContent(node)) found.push({ component: own, kind: 'empty', line, column });
    const inner = own && open[own] === undefined ? { ...open, [own]: line } : open;
    for (const child of [...(node.children ?? [])].reverse()) stack.push({ node: child, open: inner });
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Whether an element holds anything but white space. */
function hasContent(node: Node): boolean {
  return (node.children ?? []).some((child) => child.type !== 'text' || /\S/.test((child as { value?: string }).value ?? ''));
}

/** The finding's message and fix for one {@link RedundantVariantTag}. */
export function describeRedundantVariantTag(found: RedundantVariantTag): { message: string; fix: string } {
  const site = found.component === 'Internal' ? 'the public site' : 'the internal site';
  return found.kind === 'nested'
    ? {
      message: `<${found.component}> inside the <${found.component}> of line ${found.outerLine} does nothing more: ${site} already cuts the outer block whole${found.component === 'Internal' ? ', and the internal site draws an "Internal only" box inside another' : ''}.`,
      fix: `remove the inner <${found.component}> and </${found.component}> tags and keep their text inside the outer block.`,
    }
    : {
      message: `<${found.component}> holds nothing, so it cuts nothing from ${site}${found.component === 'Internal' ? ' (the internal site draws an empty "Internal only" box)' : ''}: text written after it is not inside it.`,
      fix: `put the text it is for between <${found.component}> and </${found.component}>, or delete the tag.`,
    };
}

/**
 * A `</Internal>` or `</PublicOnly>` that closes nothing, said from the line MDX stopped on (bad
 * input round 16): "Unexpected closing slash `/` in tag, expected an open tag first" named no
 * component. Most often its opening tag was written `< Internal>`, with a space MDX reads as text:
 * on the public site the text between the two would have been published.
 */
export function describeStrayClosingTag(line: string, reason: string, earlierLines: readonly string[] = [], firstLine = 1): { column: number; message: string; fix: string } | undefined {
  // `<Internal>` … `</internal>` (round 21): MDX's "Unexpected closing tag" with a generic fix.
  const otherCase = /^Unexpected closing tag `<\/([A-Za-z][\w.-]*)>`, expected corresponding closing tag for `<([A-Za-z][\w.-]*)>`/.exec(reason);
  if (otherCase && otherCase[1] !== otherCase[2] && otherCase[1].toLowerCase() === otherCase[2].toLowerCase()) {
    const at = line.indexOf(`</${otherCase[1]}`);
    return { column: at + 1,
      message: `</${otherCase[1]}> does not close <${otherCase[2]}>: tag names are read in their letter case, so it closes nothing, and the <${otherCase[2]}> stays open.`,
      fix: `write </${otherCase[2]}>, in the letter case of the opening tag.` };
  }
  // Round 54: `</PublicOnly>` closing an `<Internal>` block, and the two blocks crossed (`<Internal>` …
  // `<PublicOnly>` … `</Internal>` … `</PublicOnly>`): MDX's "Unexpected closing tag" with the generic fix,
  // beside "the <Internal> opened here is never closed" and "add </Internal>", which was there.
  const otherVariant = /^Unexpected closing tag `<\/(Internal|PublicOnly)>`, expected corresponding closing tag for `<(Internal|PublicOnly)>` \((?:line )?(\d+):/.exec(reason);
  if (otherVariant && otherVariant[1] !== otherVariant[2]) {
    const [, closing, open, openBodyLine] = otherVariant;
    // MDX counts the body's lines; the file's are said.
    const openLine = Number(openBodyLine) + firstLine - 1;
    const at = line.indexOf(`</${closing}`);
    const openedBefore = earlierLines.slice(0, Number(openBodyLine) - 1).some((earlier) => new RegExp(`<${closing}(?:\\s[^>]*)?>`).test(earlier));
    return openedBefore
      ? { column: at + 1,
        message: `</${closing}> comes before the </${open}> of the <${open}> opened inside its block (line ${openLine}), so it does not close <${closing}>: the two blocks cross, which MDX cannot read; and a <${open}> inside <${closing}> would be shown on neither site.`,
        fix: `put the blocks one after the other: close the <${closing}> block (</${closing}>) before <${open}> opens, and close <${open}> with </${open}> where its text ends.` }
      : { column: at + 1,
        message: `</${closing}> does not close <${open}>: it names the other component, no <${closing}> is open, and the <${open}> of line ${openLine} stays open.`,
        fix: `write </${open}>, the closing tag of the block that is open.` };
  }
  // Round 46: `<details>` … `</detail>` (a slip of the name): MDX's words and its second error, the
  // <details> never closed, with the generic fix.
  if (otherCase && otherCase[1].toLowerCase() !== otherCase[2].toLowerCase() && editDistance(otherCase[1].toLowerCase(), otherCase[2].toLowerCase()) <= 2 && Math.min(otherCase[1].length, otherCase[2].length) >= 3) {
    const at = line.indexOf(`</${otherCase[1]}`);
    return { column: at + 1,
      message: `</${otherCase[1]}> does not close <${otherCase[2]}>: its name is spelled otherwise, so it closes nothing, and the <${otherCase[2]}> stays open.`,
      fix: `write </${otherCase[2]}>, spelled as the opening tag is.` };
  }
  if (!/expected an open tag first/i.test(reason)) return undefined;
  // Round 44: an HTML element's closing tag too (`</div>` left from a pasted block), which got MDX's words.
  const close = /<\/\s*(Internal|PublicOnly)\s*>/.exec(line) ?? /<\/\s*([A-Za-z][\w.-]*)\s*>/.exec(line);
  if (!close) return undefined;
  const spaced = /<\s+(Internal|PublicOnly)\s*>/.exec(line);
  if (spaced && spaced.index < close.index) {
    return { column: spaced.index + 1,
      message: `${spaced[0]} has a space after the <, so it is text, not the component, and the ${close[0]} after it closes nothing.`,
      fix: `write <${spaced[1]}> with no space after the <.` };
  }
  // Round 38: `< Internal>` on a line of its own, blank lines before the closing tag, was "closes
  // no <Internal>: none is open before it in this paragraph", the space never named.
  const back = [...earlierLines].reverse().findIndex((earlier) => new RegExp(`<\\s+${close[1]}\\s*>`).test(earlier));
  if (back >= 0) {
    const opening = new RegExp(`<\\s+${close[1]}\\s*>`).exec(earlierLines[earlierLines.length - 1 - back])![0];
    return { column: close.index + 1,
      message: `${close[0]} closes nothing: the ${opening} ${back === 0 ? 'on the line above' : `${back + 1} lines above`} has a space after the <, so it is text, not the component, and the text between them is not inside <${close[1]}>.`,
      fix: `write <${close[1]}> there with no space after the <.` };
  }
  const component = close[1] === 'Internal' || close[1] === 'PublicOnly';
  return { column: close.index + 1,
    message: `${close[0]} closes no <${close[1]}>: none is open before it in this paragraph${component ? '' : ' (the rest of an HTML block pasted in part, or an opening tag on a line with other text)'}.`,
    fix: component
      ? `add <${close[1]}> where the ${close[1] === 'Internal' ? 'internal' : 'public-only'} part begins (in the same paragraph, or on a line of its own with blank lines around the block), or delete ${close[0]}.`
      : `delete ${close[0]}; or, if its <${close[1]}> is above it, put the opening tag on a line of its own with a blank line before the block.` };
}
