// Links to a place of a postmortem's page that no heading makes (bad input round 44): `#root-causee`,
// `/postmortems/<id>/#root-cause` after the heading was renamed. The page opens at its top and the
// reader looks for the place; it passed in silence. Read once every post's tree is, since a link
// may name a place of another post.
import Slugger from 'github-slugger';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { findClosestMatch } from './closest-match.ts';
import type { Finding } from './findings.ts';
import { decodedUriComponent } from './uri-component.ts';

/**
 * The ids a post page gives its own parts (src/lib/post-page/: key facts, timeline, action items,
 * …), beside each heading's and each action item's (`action-AI-1`); test/unit/bad-input-round44
 * compares this list with the ids written there.
 */
export const postPageIds: readonly string[] = ['main', 'key-facts-title', 'timeline-title', 'analysis-title', 'actions-title', 'related-title', 'similar-title', 'review-title', 'public-preview', 'header-search-input'];

type Node = { type: string; value?: string; children?: Node[] };

/** The text of a heading as the heading-ids plugin reads it: its text and code, without the marks. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Each id a body's headings get on the page (github-slugger, as Astro's heading-ids plugin: the second "Notes" is notes-1), and the ids and names written in its HTML (`<a id="x">`, `<a name="x">`). */
export function bodyAnchorIds(tree: Root): string[] {
  const slugger = new Slugger();
  const ids: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') ids.push(slugger.slug(textOf(node as Node)));
    // `<a name="x">` too: browsers scroll to a link's name as to an id (old reports' anchors).
    else if (node.type === 'html') for (const m of (node as { value: string }).value.matchAll(/\b(?:id|name)\s*=\s*["']([^"']+)["']/gi)) ids.push(m[1]);
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of (node as { attributes?: { name?: string; value?: unknown }[] }).attributes ?? []) {
        if ((attribute.name === 'id' || attribute.name === 'name') && typeof attribute.value === 'string') ids.push(attribute.value);
      }
    }
  });
  return ids;
}

interface AnchoredPost {
  id: string;
  file: string;
  source: string;
  tree?: Root;
  bodyStartLine: number;
  findings: Finding[];
  entryData?: { status?: unknown; historical?: unknown; actionItems?: readonly { id?: unknown }[] };
}

/** The post a link names a place of, and the place: `#x` (this post), `/postmortems/<id>/#x`, `../<id>/#x`. */
function anchorTarget(url: string, ownId: string): { id: string; anchor: string } | undefined {
  const hash = url.indexOf('#');
  if (hash < 0 || hash === url.length - 1) return undefined;
  const anchor = decodedUriComponent(url.slice(hash + 1)) ?? url.slice(hash + 1);
  const path = url.slice(0, hash).replace(/\?.*$/, '');
  if (path === '') return { id: ownId, anchor };
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(path)) return undefined;
  const page = new URL(path, `https://kb.invalid/postmortems/${ownId}/`).pathname;
  const id = /^\/postmortems\/([^/]+)\/?$/.exec(page)?.[1];
  return id ? { id, anchor } : undefined;
}

/**
 * Adds to each post's findings (`body/postmortem-link`, a warning: the page is there, its place is
 * not) a link whose `#place` no heading, action item or part of the linked page makes, with the
 * closest id and the headings there. A post whose body did not parse, or a link to a post that does
 * not exist (said already), is left. Cost: a search for `](` … `#` in each body; a walk of the trees
 * only where one is found.
 */
export function findMissingAnchors(postmortems: readonly AnchoredPost[]): void {
  const byId = new Map(postmortems.map((post) => [post.id, post]));
  const anchorsOf = new Map<string, string[]>();
  const anchors = (post: AnchoredPost) => {
    let ids = anchorsOf.get(post.id);
    if (!ids) {
      const actionItems = (post.entryData?.actionItems ?? []).map((item) => `action-${String(item.id)}`);
      ids = [...bodyAnchorIds(post.tree!), ...actionItems];
      anchorsOf.set(post.id, ids);
    }
    return ids;
  };
  for (const post of postmortems) {
    if (!post.tree || !linkWithPlace.test(post.source)) continue;
    visit(post.tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = (node as { url: string }).url;
      const start = node.position?.start;
      const target = start && anchorTarget(url, post.id);
      if (start && !target) {
        namedPostPlace(post, url, start, byId, anchors);
        return;
      }
      if (!start || !target) return;
      const linked = byId.get(target.id);
      // An id no post has (a wiki's slug of a title, the id in capitals): said of the address already, with the post meant.
      if (!linked) namedPostPlace(post, url, start, byId, anchors);
      if (!linked?.tree) return;
      const ids = anchors(linked);
      if (isPlaceOf(ids, target.anchor)) return;
      const meant = placeMeant(ids, target.anchor);
      const places = ids.filter((id) => !id.startsWith('action-'));
      const headings = places.slice(0, 8);
      const page = linked === post ? 'this page' : `the page of ${linked.id}`;
      // Round 45: `[PR #12](#12)`, as GitHub links an issue or pull request in its comments: the
      // fix asked for a heading's id.
      if (linked === post && /^\d+$/.test(target.anchor)) {
        post.findings.push({
          file: post.file, line: start.line + post.bodyStartLine - 1, column: start.column, rule: 'body/postmortem-link', severity: 'warning',
          message: `the link ${url} reads as the issue or pull request #${target.anchor}, as GitHub links one in its comments; on this site it names a place of this page, which none makes: a reader lands at the top of the page.`,
          fix: `link to the issue or pull request by its full address (e.g. https://github.com/<org>/<repository>/pull/${target.anchor}), or write #${target.anchor} without the link.`,
        });
        return;
      }
      post.findings.push({
        file: post.file, line: start.line + post.bodyStartLine - 1, column: start.column, rule: 'body/postmortem-link', severity: 'warning',
        message: `the link ${url} names the place #${target.anchor}, which no heading of ${page} makes: a reader lands at the top of the page, not there. ${headings.length ? `Its headings and ids make ${headings.map((id) => `#${id}`).join(', ')}${places.length > headings.length ? ', …' : ''}.` : `${linked === post ? 'This page' : 'That page'} has no heading.`}`,
        fix: meant ? `write #${meant}${linked === post ? '' : ` (${url.slice(0, url.indexOf('#'))}#${meant})`}.` : 'write the id of the heading meant (its words in lower case, spaces as hyphens, other marks dropped: "## Root cause" is #root-cause), or drop the #… part.',
      });
    });
  }
}

/**
 * A link whose address names a post otherwise than /postmortems/<id>/ (the public site's
 * `/incidents/<id>/#x`, a wiki's slug of its title, its file `./<id>.mdx#x`, a blog's dated address,
 * the id in capitals or bare): the finding said of the address names the post meant; its place was
 * not read, and the fix dropped it (bad input round 44's leftover; round 45). The place is checked
 * against that post's headings here, and the fix keeps it, or names the place meant.
 */
function namedPostPlace(post: AnchoredPost, url: string, start: { line: number; column: number }, byId: ReadonlyMap<string, AnchoredPost>, anchors: (post: AnchoredPost) => string[]): void {
  const hash = url.indexOf('#');
  if (hash < 0 || hash === url.length - 1) return;
  const line = start.line + post.bodyStartLine - 1;
  const index = post.findings.findIndex((f) => f.line === line && f.column === start.column && (f.rule === 'body/postmortem-link' || f.rule === 'body/link-address'));
  if (index < 0) return;
  const said = post.findings[index];
  const id = [/\/postmortems\/([^/#\s]+)\//.exec(said.fix ?? '')?.[1], /did you mean "([^"]+)"/.exec(said.message)?.[1]].find((named) => named !== undefined && byId.has(named));
  const linked = id === undefined ? undefined : byId.get(id);
  if (!linked?.tree) return;
  const anchor = decodedUriComponent(url.slice(hash + 1)) ?? url.slice(hash + 1);
  const ids = anchors(linked);
  const found = isPlaceOf(ids, anchor);
  const place = found ? anchor : placeMeant(ids, anchor);
  const page = `/postmortems/${linked.id}/`;
  const written = `${page}${place ? `#${place}` : ''}`;
  const headings = ids.filter((known) => !known.startsWith('action-')).slice(0, 8);
  const fix = said.fix?.includes(page) ? said.fix.replace(new RegExp(`${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!#)`), written) : `${said.fix ?? ''} Write ${written}.`.trim();
  post.findings[index] = {
    ...said,
    message: found ? said.message : `${said.message} Its place #${anchor} is no heading of that page either${headings.length ? `: it has ${headings.map((known) => `#${known}`).join(', ')}` : ''}.`,
    fix: place || found ? fix : `${fix} (#${anchor} names no place there: write the id of the heading meant, or drop the #… part).`,
  };
}

/** Whether `anchor` is a place of a page whose headings and items make `ids`: one of them, a part of every post page, or `#top` (the page's top in every browser, by HTML's rule for a fragment of that name). */
function isPlaceOf(ids: readonly string[], anchor: string): boolean {
  return ids.includes(anchor) || postPageIds.includes(anchor) || anchor.toLowerCase() === 'top';
}

/** The place of that page meant by `anchor`, which is none: the same in other letter case, or the closest id. */
function placeMeant(ids: readonly string[], anchor: string): string | undefined {
  return [...ids, ...postPageIds].find((known) => known.toLowerCase() === anchor.toLowerCase()) ?? findClosestMatch(anchor, [...ids, ...postPageIds.filter((known) => known.endsWith('-title'))]);
}

/** A link's or a definition's address holding a `#`: the cue before a tree is walked. */
const linkWithPlace = /\]\(\s*<?[^)\s]*#|\]:\s*<?\S*#/;
