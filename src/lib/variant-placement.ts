import type { Root } from 'mdast';
import type { AngleBracketMistake } from './angle-bracket-text.ts';
import { mistakesOutsideCode } from './angle-bracket-text.ts';

/**
 * `<Internal>` or `<PublicOnly>` inside a heading or a link's words (bad input round 54):
 * `## <PublicOnly>What we are doing</PublicOnly>` built an empty heading on the internal site
 * (`<h2 id="">`), `## <Internal>Ana Lopez</Internal> was paged` the public heading "was paged" and
 * an internal one with "Internal only:" in its words and its anchor, and `[<Internal>the runbook</Internal>](…)`
 * a public link with no words, all without a word. Nothing leaks (each site cuts the other's part),
 * so what is said is how the page reads. Pure: no Astro, no file system.
 */
export interface VariantPlacement {
  component: 'Internal' | 'PublicOnly';
  /** Where it stands: in a heading, in a link's words, (round 55) holding a table cell's words, or (round 56) all the words between a pair of marks. */
  within: 'heading' | 'link' | 'cell' | 'marks' | 'sentence';
  /** Round 56: the marks it stands between (`(` and `)`, `[` and `]`, two dashes), which the other site shows with nothing between. */
  marks?: [string, string];
  /** Round 56: the link's words when the marks are a link's address's (`[the runbook](<Internal>…</Internal>)`). */
  linkWords?: string;
  /** Round 55: the words it holds, when it holds a whole cell's, for the fix to quote. */
  words?: string;
  /** Round 57: the sentence as the other site shows it, when the element is a bare part of it. */
  shownWithout?: string;
  /** Whether it holds all the words of the heading or link, which the other site then shows empty. */
  whole: boolean;
  line: number;
  column: number;
}

type Node = { type: string; name?: string | null; value?: string; children?: Node[]; position?: { start: { line: number; column: number } } };

const variantNames = new Set(['Internal', 'PublicOnly']);

export function findVariantPlacements(tree: Root): VariantPlacement[] {
  const found: VariantPlacement[] = [];
  const stack: Node[] = [tree as unknown as Node];
  while (stack.length) {
    const node = stack.pop()!;
    found.push(...betweenMarks(node), ...bareInSentence(node));
    if (node.type === 'heading' || node.type === 'link') {
      const within = node.type === 'heading' ? 'heading' : 'link';
      for (const child of node.children ?? []) {
        if (child.type !== 'mdxJsxTextElement' || !variantNames.has(child.name ?? '')) continue;
        const others = (node.children ?? []).filter((other) => other !== child);
        found.push({
          component: child.name as VariantPlacement['component'],
          within,
          whole: others.every((other) => other.type === 'text' && !/\S/.test(other.value ?? '')),
          line: child.position?.start.line ?? 1,
          column: child.position?.start.column ?? 1,
        });
      }
      continue;
    }
    // Round 55: an element holding all of a table cell's words (`| 17:49 | <Internal>Ana Lopez</Internal> |`)
    // leaves the other site's cell empty, a hole in its row; a cell that gives each site its words
    // (`<Internal>Ana</Internal><PublicOnly>the on-call</PublicOnly>`) is filled, and a part of a cell is
    // left, as a part of a sentence is.
    if (node.type === 'tableCell') {
      const variants = (node.children ?? []).filter((child) => child.type === 'mdxJsxTextElement' && variantNames.has(child.name ?? ''));
      const others = (node.children ?? []).filter((child) => !variants.includes(child));
      if (variants.length === 1 && others.every((other) => other.type === 'text' && !/\S/.test(other.value ?? ''))) {
        const [child] = variants;
        found.push({ component: child.name as VariantPlacement['component'], within: 'cell', whole: true, words: textOf(child).trim(), line: child.position?.start.line ?? 1, column: child.position?.start.column ?? 1 });
      }
      continue;
    }
    for (const child of [...(node.children ?? [])].reverse()) stack.push(child);
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Round 56 (round 55's leftover): an element holding all the words between a pair of marks
 * (`The on-call (<Internal>Ana Lopez</Internal>) acknowledged`, `Paged [<Internal>Ana</Internal>]`,
 * `The on-call — <Internal>Ana</Internal> — acknowledged`): the other site shows the marks with nothing
 * between them, `()`, in a sentence or a cell, without a word. Marks the element holds itself
 * (`acknowledged<Internal> (Ana)</Internal>`) go with it, and a pair that gives each site its words
 * (`(<Internal>Ana</Internal><PublicOnly>an engineer</PublicOnly>)`) is filled on both.
 */
function betweenMarks(node: Node): VariantPlacement[] {
  const children = node.children ?? [];
  const found: VariantPlacement[] = [];
  children.forEach((child, i) => {
    if (child.type !== 'mdxJsxTextElement' || !variantNames.has(child.name ?? '')) return;
    const before = children[i - 1];
    const after = children[i + 1];
    if (before?.type !== 'text' || after?.type !== 'text') return;
    const open = /(\(|\[|\s[—–]|\s--)\s*$/.exec(before.value ?? '')?.[1];
    if (!open) return;
    const close = open === '(' ? ')' : open === '[' ? ']' : open.trim();
    const rest = (after.value ?? '').trimStart();
    if (!rest.startsWith(close) || (close !== ')' && close !== ']' && !/^\s|^$/.test(rest.slice(close.length)))) return;
    // `[the runbook](<Internal>https://…</Internal>)`: the element in a link's address, where Markdown reads no link at all.
    const linkWords = open === '(' ? /\[([^\]]*)\]\($/.exec(before.value ?? '')?.[1] : undefined;
    found.push({ component: child.name as VariantPlacement['component'], within: 'marks', marks: [open.trim(), close], linkWords, whole: true, words: textOf(child).trim(), line: child.position?.start.line ?? 1, column: child.position?.start.column ?? 1 });
  });
  return found;
}

/**
 * Round 57 (round 56's leftover): an element holding a bare part of a sentence, with the sentence's words
 * on both sides or the sentence ending on it (`Alert fired, paged <Internal>Ana Lopez</Internal> and the
 * rollback began`, `… paged <Internal>Ana Lopez</Internal>.`, `担当者: <Internal>山田太郎</Internal>が対応した。`):
 * the other site shows "paged and the rollback began", a sentence with a hole. Left: an element holding a
 * whole sentence or its own spaces (`fired.<Internal> Ana took it.</Internal>`, `The <Internal>primary
 * </Internal>database`, which read whole without it), one followed by the other site's words, and marks'
 * (betweenMarks says those). Round 58: a bare part inside <PublicOnly> is said too, for the internal site.
 */
function bareInSentence(node: Node): VariantPlacement[] {
  if (node.type !== 'paragraph' && node.type !== 'tableCell') return [];
  const children = node.children ?? [];
  const found: VariantPlacement[] = [];
  children.forEach((child, i) => {
    // Round 58 (round 57's leftover): <PublicOnly> too, whose bare part (`paged <PublicOnly>the on-call
    // engineer</PublicOnly> and`) the internal site cuts, leaving its sentence with the same hole.
    if (child.type !== 'mdxJsxTextElement' || !variantNames.has(child.name ?? '')) return;
    const words = textOf(child);
    // Its own spaces or a sentence's end inside: written to drop out whole.
    if (!words.trim() || /^\s|\s$/.test(words) || /[.!?。！？]/u.test(words) || (child.children ?? []).some((inner) => inner.type !== 'text')) return;
    const before = children[i - 1];
    const after = children[i + 1];
    if (before?.type !== 'text') return;
    // A word of the sentence just before it (`paged `, `担当者: `), not a sentence's end or a mark.
    if (!/[\p{L}\p{N}][,:：、]?\s?$/u.test(before.value ?? '') || /[.!?。]\s*$/u.test(before.value ?? '')) return;
    if (after && after.type !== 'text') return;
    // Words after it, or the sentence ending on it; (…) and — … — are betweenMarks'.
    const rest = after?.value ?? '';
    if (!/^(?:\s?\p{L}|\s?[.,;:!?。、]|$)/u.test(rest) || /^[)\]]/.test(rest)) return;
    const shownWithout = `${(before.value ?? '').replace(/\s+$/, '').slice(-40)}${/^\s?\p{L}/u.test(rest) ? ` ${rest.trimStart()}` : rest}`.trim().slice(0, 90);
    found.push({ component: child.name as VariantPlacement['component'], within: 'sentence', whole: false, words: words.trim(), shownWithout, line: child.position?.start.line ?? 1, column: child.position?.start.column ?? 1 });
  });
  return found;
}

/** The words of a node, its children's text joined. */
function textOf(node: Node): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

/** The finding's message and fix for one {@link VariantPlacement}. */
export function describeVariantPlacement(found: VariantPlacement): { message: string; fix: string } {
  if (found.within === 'sentence') {
    const other = found.component === 'Internal' ? 'public' : 'internal';
    const filler = found.component === 'Internal' ? 'PublicOnly' : 'Internal';
    // The pair written in the order readers of the source expect, the internal words first.
    const pair = found.component === 'Internal'
      ? `<Internal>${found.words}</Internal><PublicOnly>the on-call engineer</PublicOnly>`
      : `<Internal>the words the internal site reads (a name, a host)</Internal><PublicOnly>${found.words}</PublicOnly>`;
    return {
      message: `<${found.component}> holds a bare part of a sentence, "${found.words}", and the sentence goes on around it: the ${other} site shows "${found.shownWithout}", a sentence with a hole where the words were.`,
      fix: `give the ${other} site its words in their place: ${pair}; or put the whole sentence inside <${found.component}> and write the ${other} one after it in <${filler}>.`,
    };
  }
  if (found.within === 'marks') {
    const [open, close] = found.marks!;
    const other = found.component === 'Internal' ? 'public' : 'internal';
    const filler = found.component === 'Internal' ? 'PublicOnly' : 'Internal';
    const empty = open === '(' || open === '[' ? `${open}${close}` : `${open} ${close}`;
    const words = found.words || '…';
    if (found.linkWords !== undefined) {
      return {
        message: `<${found.component}> holds a link's address ([${found.linkWords}](…)): Markdown takes no tag there, so no link is made, and both sites show "[${found.linkWords}](" as typed, the ${other} one with "()" after the words.`,
        fix: `put the whole link inside the element: <${found.component}>[${found.linkWords}](${words})</${found.component}>; if the ${other} site is to show the words, write them after it in <${filler}>${found.linkWords}</${filler}>.`,
      };
    }
    return {
      message: `<${found.component}> holds all the words between ${open} and ${close}: the ${other} site shows "${empty}" with nothing between, which reads as if words were lost.`,
      fix: `put the marks inside the element with the words, so that the ${other} site leaves them out too (<${found.component}>${open === '(' || open === '[' ? `${open}${words}${close}` : `${open} ${words} ${close}`}</${found.component}>, the space before them inside it); or give the ${other} site its words between them: ${open === '(' || open === '[' ? open : `${open} `}<${found.component}>${words}</${found.component}><${filler}>${found.component === 'Internal' ? 'an engineer' : '…'}</${filler}>${open === '(' || open === '[' ? close : ` ${close}`}.`,
    };
  }
  if (found.within === 'cell') {
    const other = found.component === 'Internal' ? 'public' : 'internal';
    const filler = found.component === 'Internal' ? 'PublicOnly' : 'Internal';
    return {
      message: `<${found.component}> holds all the words of this table cell: the ${other} site's table shows the cell empty, a hole in its row that reads as if the words were lost.`,
      fix: `give the ${other} site its words in the same cell: | <${found.component}>${found.words || '…'}</${found.component}><${filler}>${found.component === 'Internal' ? 'what the public may read' : '…'}</${filler}> |; or put the whole table inside <${found.component}> and write the ${other} one in <${filler}>.`,
    };
  }
  const other = found.component === 'Internal' ? 'the public site' : 'the internal site';
  const shown = found.component === 'Internal' ? 'the internal site' : 'the public site';
  const what = found.within === 'heading' ? 'heading' : "link's words";
  const effect = found.whole
    ? found.within === 'heading' ? `${other} shows an empty heading (no words, no anchor to link to)` : `${other} shows a link with no words, which no reader can see or follow`
    : found.within === 'heading' ? `${other} shows the heading without those words, half a phrase${found.component === 'Internal' ? ', and the internal one holds "Internal only:" in its words and its anchor' : ''}` : `${other} shows the link without those words`;
  return {
    message: `<${found.component}> inside a ${what}: ${effect}. A heading or a link is the same on both sites, or each site has its own.`,
    fix: found.within === 'heading'
      ? `write a heading for each site, each in its own block on lines of their own: <Internal> over ## the internal heading and its text, then <PublicOnly> over ## the public one; or keep one heading for both and put the ${found.component === 'Internal' ? 'internal' : 'public'} words in the text under it.`
      : `put the whole link inside <${found.component}>…</${found.component}> (<${found.component}>[the words](address)</${found.component}>), so that ${other} leaves it out whole and ${shown} shows it; or give the link words that both sites show.`,
  };
}

/**
 * `<Internal>` or `<PublicOnly>` between the rows of a table (bad input round 54): the rows inside it
 * lose the table's header, and the page shows them as text, "| 17:49 | … |". Read from the source,
 * as the built page is: code blocks are left.
 */
export function findVariantTagsCuttingBlocks(body: string): { line: number; column: number; mistake: AngleBracketMistake }[] {
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  const isRow = (line: string | undefined) => line !== undefined && /^ {0,3}\|.*\|\s*$/.test(line);
  return mistakesOutsideCode(body, (line, _written, index) => {
    const tag = /^ {0,3}<(Internal|PublicOnly)>\s*$/.exec(line);
    if (!tag) return [];
    const name = tag[1];
    const next = lines[index + 1];
    const previous = lines.slice(0, index).reverse().find((earlier) => earlier.trim());
    if (!isRow(previous) || !isRow(next)) return [];
    return [{
      index: line.indexOf('<'),
      message: `<${name}> stands between the rows of a table: the rows inside it lose the table's header, and the page shows them as text, "${next!.trim().slice(0, 40)}".`,
      fix: `put the whole table inside <${name}>, its header included, and write the rows ${name === 'Internal' ? 'the public site may show' : 'the internal site shows'} as a table of their own outside it; or keep the table whole and put <${name}>…</${name}> inside a cell (| 17:49 | <${name}>Ana</${name}> paged |).`,
    }];
  });
}
