import { decodedUriComponent } from './uri-component.ts';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { findClosestMatch } from './closest-match.ts';
import { basename, dirname, relative, resolve } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { isInsideFolder } from './content-files.ts';
import { sitePathProblem, type SitePathNames } from './site-paths.ts';
import { bodyLinks } from './html-anchor-links.ts';

/** A link in a body to another postmortem that the site would not find, at its body line (1-based). */
export interface PostmortemLinkProblem {
  line: number;
  column: number;
  message: string;
  fix: string;
}

/** The id a link names as a postmortem's file (`./2024-01-16-x.mdx`, `../postmortems/x.md`), if it does. */
function fileLinkId(url: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/\/|^#/i.test(url)) return undefined;
  const path = url.replace(/[?#].*$/, '');
  return /(?:^|\/)([^/]+)\.mdx?$/i.exec(path)?.[1];
}

/**
 * Links in a body to other postmortems that lead nowhere on the site: `/postmortems/<id>/` with
 * an id no postmortem has (a typo, or one renamed), and a link to a postmortem's file
 * (`./2024-01-16-node-pool.mdx`), which works in an editor and on GitHub but not on the site,
 * where pages are at `/postmortems/<id>/` and no `.mdx` file is published.
 */
/**
 * Where the linking file is and what the site makes (bad input round 44): with it, a link to a path
 * of the site that the build does not make (`/services/nosuch/`, `/docs/runbooks/pool`) and one to a
 * file of the repository outside the postmortems (`../../README.md`, `../../src/pool.ts#L10`) are
 * said too; both passed, or were said as "no postmortem has the id README".
 */
export interface LinkSite {
  names: SitePathNames;
  /** The project's public/ folder, served from the site's root. */
  publicDir: string;
  /** The linking file and the postmortems folder, as paths of this machine. */
  file: string;
  postmortemsDir: string;
}

export function findPostmortemLinkProblems(tree: Root, knownIds: ReadonlySet<string>, ownId?: string, site?: LinkSite): PostmortemLinkProblem[] {
  const problems: PostmortemLinkProblem[] = [];
  const known = [...knownIds];
  const closest = (id: string) => {
    const match = findClosestMatch(id, known);
    if (match) return ` (did you mean "${match}"?)`;
    // Round 44: an id whose words are far from every other (`2024-01-01-typo`) got no hint: the
    // postmortem of the nearest day is named, as a reader looking for it would look.
    const nearest = nearestByDay(id, known);
    return nearest ? ` (the postmortem of the nearest day is "${nearest}")` : '';
  };
  let labels: Set<string> | undefined;
  const imageLabels = () => {
    if (!labels) {
      const found = new Set<string>();
      visit(tree, 'imageReference', (node) => { found.add((node as { identifier: string }).identifier); });
      labels = found;
    }
    return labels;
  };
  for (const node of bodyLinks(tree)) {
    const url = node.url;
    const at = { line: node.line, column: node.column };
    const pageId = /^\/postmortems\/([^/#?]+)/.exec(url)?.[1];
    if (pageId !== undefined) {
      if (!knownIds.has(pageId)) {
        problems.push({
          ...at,
          message: `the link ${url} names the postmortem "${pageId}", which does not exist${closest(pageId)}: the page would link to a page not found.`,
          fix: 'write the id of a postmortem (its file name without extension) as /postmortems/<id>/, or remove the link.',
        });
      }
      continue;
    }
    // Round 41: the address another site generator gave a post (Jekyll's `/2025/07/08/checkout-config.html`,
    // Hugo's `/posts/2025/07/08/checkout-config/`), kept in reports moved from that blog: this site
    // has no page there. It passed in silence.
    const dated = /^\/(?:[\w-]+\/)*(\d{4})\/(\d{2})\/(\d{2})\/([a-z0-9][a-z0-9-]*)(?:\.html?|\/)?(?:[?#].*)?$/i.exec(url);
    if (dated) {
      const id = `${dated[1]}-${dated[2]}-${dated[3]}-${dated[4].toLowerCase()}`;
      problems.push({
        ...at,
        message: `the link ${url} is the address a blog (Jekyll, Hugo) gave a post${knownIds.has(id) ? `, here the postmortem "${id}"` : ''}: this site has no page there, so it would lead to a page not found${knownIds.has(id) ? '' : `, and no postmortem has the id "${id}"${closest(id)}`}.`,
        fix: knownIds.has(id) ? `link to its page: /postmortems/${id}/.` : 'link to an existing postmortem as /postmortems/<id>/ (its file name without extension), to the old blog by its full https:// address, or remove the link.',
      });
      continue;
    }
    // Round 42: a Confluence page's address without its host (`/display/SRE/Checkout+errors`,
    // `/wiki/spaces/SRE/pages/123/…`), kept in a report exported from the wiki: passed in silence,
    // a page not found on this site.
    const confluence = /^\/(?:display\/[^/?#]+\/([^?#]+)|wiki\/spaces\/[^/?#]+\/pages\/\d+(?:\/([^?#]+))?|pages\/viewpage\.action\?)/.exec(url);
    if (confluence) {
      const encoded = (confluence[1] ?? confluence[2] ?? '').replace(/\+/g, ' ');
      const title = decodedUriComponent(encoded) ?? encoded;
      problems.push({
        ...at,
        message: `the link ${url} is the address of a Confluence page${title ? ` ("${title}")` : ''} without the wiki's host, as an export keeps it: on this site it leads to a page not found.`,
        fix: 'write the wiki page\'s full https:// address, or, if it is a postmortem now kept here, link to its page as /postmortems/<id>/ (its file name without extension).',
      });
      continue;
    }
    const fileId = fileLinkId(url);
    const outside = site && !(fileId !== undefined && knownIds.has(fileId)) ? repositoryFileProblem(url, site, ownId) : undefined;
    if (outside) {
      problems.push({ ...at, ...outside });
      continue;
    }
    // Round 45: a link (not an image) to a file beside the postmortems, there or not.
    // A definition an image uses (`![g][graph]`) is the image's, which the build publishes.
    const asLink = node.type === 'link' || !imageLabels().has(node.identifier ?? '');
    const beside = site && asLink && fileId === undefined ? besideFileProblem(url, site, ownId) : undefined;
    if (beside) {
      problems.push({ ...at, ...beside });
      continue;
    }
    const below = fileId === undefined && ownId !== undefined ? pageBelowProblem(url, ownId, knownIds) : undefined;
    if (below) {
      problems.push({ ...at, ...below });
      continue;
    }
    if (fileId === undefined) {
      // A relative link read from the page's address out of /postmortems/ (`../../src/`) is a path of the site too.
      const fromPage = ownId !== undefined && /^\.\.?\//.test(url) ? new URL(url, `https://kb.invalid/postmortems/${ownId}/`) : undefined;
      const onSite = site && (fromPage
        ? (fromPage.pathname.startsWith('/postmortems/') ? undefined : sitePathProblem(fromPage.pathname + fromPage.search, site.names, site.publicDir, url))
        : sitePathProblem(url, site.names, site.publicDir));
      if (onSite) problems.push({ ...at, ...onSite });
      else if (ownId !== undefined) {
        const relative = relativePageProblem(url, ownId, knownIds);
        if (relative) problems.push({ ...at, ...relative });
      }
      continue;
    }
    problems.push({
      ...at,
      message: knownIds.has(fileId)
        ? `the link ${url} names the file of the postmortem "${fileId}": the site publishes no .mdx or .md file, so it would lead to a page not found.`
        : `the link ${url} names a Markdown file, which the site does not publish, and no postmortem has the id "${fileId}"${closest(fileId)}: it would lead to a page not found.`,
      fix: knownIds.has(fileId) ? `link to its page: /postmortems/${fileId}/.` : 'link to the page of an existing postmortem as /postmortems/<id>/, to a page of the wiki or repository by its full https:// address, or remove the link.',
    });
  }
  return problems;
}

/** The known id whose leading day (`2024-01-16-…`) is nearest the day `id` starts with, or undefined. */
function nearestByDay(id: string, known: readonly string[]): string | undefined {
  const dayOf = (text: string) => { const day = /^(\d{4}-\d{2}-\d{2})-/.exec(text)?.[1]; const time = day ? Date.parse(`${day}T00:00:00Z`) : NaN; return Number.isNaN(time) ? undefined : time; };
  const wanted = dayOf(id);
  if (wanted === undefined) return undefined;
  let best: { id: string; distance: number } | undefined;
  for (const candidate of known) {
    const day = dayOf(candidate);
    if (day === undefined) continue;
    const distance = Math.abs(day - wanted);
    if (!best || distance < best.distance || (distance === best.distance && candidate < best.id)) best = { id: candidate, distance };
  }
  return best?.id;
}

/**
 * A relative link (`../../README.md`, `../../src/pool.ts#L10`, `../runbooks/pool.md`) to a file of
 * the repository outside the postmortems folder: it works on GitHub and in an editor, but the site
 * publishes the postmortems' pages alone, so from the page's address it leads to a page not found.
 * A link below the postmortems folder (`./media/trace.png`) is left to the checks of its own.
 */
function repositoryFileProblem(url: string, site: LinkSite, ownId: string | undefined): { message: string; fix: string } | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/|^#|^\?/i.test(url)) return undefined;
  const path = url.replace(/[?#].*$/, '');
  // A path without an extension (`../2024-01-16-node-pool/`) is read from the page's address, as
  // the site reads it (relativePageProblem); one naming a file (`README.md`) from the file's folder.
  if (!/^\.\.?\//.test(path) || !/\.[a-z0-9]{1,8}$/i.test(path)) return undefined;
  const target = resolve(dirname(site.file), decodedUriComponent(path) ?? path);
  if (isInsideFolder(target, site.postmortemsDir)) return undefined;
  // The path from the project's folder, as the repository's host shows it; absolute when outside it.
  const fromProject = relative(process.cwd(), target).split('\\').join('/');
  const shown = fromProject.startsWith('../') ? target : fromProject || '.';
  const exists = existsSync(target);
  const page = ownId === undefined ? undefined : new URL(path, `https://kb.invalid/postmortems/${ownId}/`).pathname;
  const anchor = /#L\d+/.exec(url)?.[0] ?? '';
  return {
    message: `the link ${url} leads out of the postmortems folder to ${shown}, ${exists ? 'a file of the repository' : 'which does not exist either'}: it works in an editor and on the repository's host, but the site publishes the postmortems' pages alone${page ? `, so on the site it leads to ${page}` : ''}, a page not found.`,
    fix: `link to it by its full https:// address on the repository's host (e.g. https://github.com/<org>/<repository>/blob/main/${fromProject.startsWith('../') ? '<path>' : shown}${anchor}), quote the part that matters in a code block, or remove the link.`,
  };
}

/** Extensions of the images the build publishes where a body shows them (`![…](…)`). */
const imageFile = /\.(?:png|jpe?g|gif|svg|webp|avif)$/i;

/**
 * A link (not an image) to a file in the postmortems folder (`[trace](./media/trace.png)`,
 * `[the report](media/x.pdf)`): the build publishes a file of the content folder only as an image a
 * body shows, so a link to one leads to a page not found, whether the file is there or not, and a
 * path that names no file was a second dead end nobody heard of (bad input round 44's leftover;
 * round 45). Said with the file of that folder whose name is nearest, if one is.
 */
function besideFileProblem(url: string, site: LinkSite, ownId: string | undefined): { message: string; fix: string } | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/|^#|^\?/i.test(url)) return undefined;
  const path = url.replace(/[?#].*$/, '');
  if (!/\.[a-z0-9]{1,8}$/i.test(path) || /\.mdx?$/i.test(path)) return undefined;
  // `docs.acme.example/x.pdf` is a host without its scheme (findUnreachableLinks says so).
  if (!/^\.\.?\//.test(path) && /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i.test(path)) return undefined;
  const target = resolve(dirname(site.file), decodedUriComponent(path) ?? path);
  if (!isInsideFolder(target, site.postmortemsDir)) return undefined;
  const shown = relative(dirname(site.postmortemsDir), target).split('\\').join('/');
  const page = ownId === undefined ? 'a path of the site' : new URL(path, `https://kb.invalid/postmortems/${ownId}/`).pathname;
  const image = imageFile.test(path);
  const words = `the site publishes a file of the postmortems folder only as an image a page shows (![…](…)), so a link to it leads to ${page}, a page not found`;
  if (existsSync(target)) {
    return {
      message: `the link ${url} names ${shown}, a file beside the postmortem: ${words}.`,
      fix: image ? `show it as an image: ![<what it shows>](${url}), or link to where readers can open it by its full https:// address.` : 'put it where readers can open it (the ticket, a shared drive, the repository\'s host) and link it by its full https:// address; or quote the part that matters.',
    };
  }
  const folder = dirname(target);
  const near = existsSync(folder) ? findClosestMatch(basename(target), readdirSync(folder).filter((name) => !name.startsWith('.'))) : undefined;
  return {
    message: `the link ${url} names ${shown}, which does not exist${near ? ` (that folder has ${near})` : ''}; and even if it did, ${words}.`,
    fix: image ? `put the image there (or correct the path) and show it as an image: ![<what it shows>](${near ? url.replace(basename(path), near) : url}).` : 'link to the file where readers can open it (the ticket, a shared drive, the repository\'s host) by its full https:// address, or remove the link.',
  };
}

/**
 * A link relative to the page without `./` that names no file (`[runbook](go/pool-runbook)`,
 * `[x](docs/runbook)`): read from this page's address it is a page below it, not found (round 45:
 * passed in silence). `go/…` is an intranet's short link written without its `http://`.
 */
function pageBelowProblem(url: string, ownId: string, knownIds: ReadonlySet<string>): { message: string; fix: string } | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/|^#|^\?|^\.|^\s*$/i.test(url)) return undefined;
  const path = url.replace(/[?#].*$/, '');
  const first = path.split('/')[0];
  // A host without its scheme (`docs.acme.example/x`), a file (`graph.png`) and an id alone (`2025-01-01-db-outage/`) are said elsewhere.
  // `https//docs.acme.example/x` is a scheme mistyped (findUnreachableLinks says so).
  if (!/\/./.test(path) || path.includes('//') || first.includes('.') || /\.[a-z0-9]{1,8}$/i.test(path) || knownIds.has(first)) return undefined;
  if (/^go$/i.test(first)) {
    return {
      message: `the link ${url} is an intranet's short link (go/…) written without its http://: a browser reads it from this page's address, /postmortems/${ownId}/${path}, a page not found.`,
      fix: `write http://${url}, or the full address it leads to.`,
    };
  }
  return {
    message: `the link ${url} has no scheme and no leading /, so a browser reads it from this page's address: /postmortems/${ownId}/${path}, a page not found.`,
    fix: `write the full https:// address it is on, or /${path} if it is a path of this site.`,
  };
}

/**
 * A link relative to the page (`../2024-01-16-node-pool/`, `./2024-01-16-node-pool/`) that leads to
 * no postmortem's page, read from this page's address, `/postmortems/<ownId>/`, as a browser reads
 * it (bad input round 19: passed, since only `/postmortems/…` and `.mdx` files were checked). A
 * link to a file (`./media/trace.png`) or out of the postmortems (`../../tags/config/`) is left.
 */
function relativePageProblem(url: string, ownId: string, knownIds: ReadonlySet<string>): { message: string; fix: string } | undefined {
  if (!/^\.\.?\//.test(url)) return undefined;
  const path = url.replace(/[?#].*$/, '');
  if (/\.[a-z0-9]{1,5}$/i.test(path)) return undefined;
  const page = new URL(path, `https://kb.invalid/postmortems/${ownId}/`).pathname;
  const id = /^\/postmortems\/(.+?)\/?$/.exec(page)?.[1];
  if (!id || knownIds.has(id)) return undefined;
  const last = id.split('/').pop()!;
  const meant = knownIds.has(last) ? last : findClosestMatch(last, [...knownIds].filter((known) => known !== ownId));
  const below = id.startsWith(`${ownId}/`);
  return {
    message: `the link ${url} is read from this page's address, /postmortems/${ownId}/, so it leads to /postmortems/${id}/, ${below ? 'a page below this one, which does not exist' : 'which is no postmortem\'s page'}: a page not found.`,
    fix: meant ? `link to /postmortems/${meant}/${knownIds.has(last) ? '' : ` if that is the one meant`}, or remove the link.` : 'link to an existing postmortem as /postmortems/<id>/ (its file name without extension), or remove the link.',
  };
}

/**
 * Links to a file of the writer's machine: a `file:` address (`file:///var/log/syslog`) or a
 * Windows path (`C:\logs\app.log`, `\\server\share\x`). No reader's browser opens one from a web
 * page, so each is a dead link that shows every reader a path of that machine (an image so
 * addressed is refused by `mdx/missing-image`; a link was passed in silence).
 */
export function findLocalFileLinks(tree: Root): PostmortemLinkProblem[] {
  const problems: PostmortemLinkProblem[] = [];
  for (const { url, line, column } of bodyLinks(tree)) {
    // Round 46: `vscode://file/home/ana/pool.ts` opens a file of the writer's machine in their editor.
    // Round 47: `[share](\\fs01\x)` reaches the page as `\fs01\x` (Markdown reads `\\` as one
    // backslash), a share's path all the same; `.\notes\x.md` is a path relative to the writer's folder.
    const relativeWindowsPath = /^\.{1,2}\\/.test(url);
    if (!(/^file:/i.test(url) || /^[a-z]:[\\/]/i.test(url) || url.startsWith('\\') || relativeWindowsPath || /^vscode(?:-insiders)?:\/\/file\//i.test(url))) continue;
    if (relativeWindowsPath) {
      problems.push({
        line, column,
        message: `the link ${url} is a path written with Windows's backslashes (\\): a browser reads them as part of a name, not as folders, so it leads to a page not found.`,
        fix: `write it with slashes, ${url.replace(/\\/g, '/')}, and check that it names a page of the site (a postmortem is linked as /postmortems/<id>/).`,
      });
      continue;
    }
    problems.push({
      line, column,
      message: `the link ${url} names a file on the machine it was written on: readers' browsers do not open it from the site, so it leads nowhere, and every reader is shown that machine's path.`,
      fix: 'link to where readers can open it (the log or dashboard at its https:// address, the ticket), quote the part that matters in a code block, or remove the link.',
    });
  }
  return problems;
}

/** Extensions of files a relative link names (`graph.png`, `notes.md`): such a link is no host without its scheme. */
const fileExtension = /\.(?:png|jpe?g|gif|svg|webp|avif|mdx?|html?|pdf|txt|json|ya?ml|csv|log|xml|zip|gz|tar|tgz|js|ts|css|sh|py|go|rb|java|conf|cfg|ini|sql|toml|diff|patch)$/i;

/**
 * Links that lead nowhere for a reader (bad input round 14): an address without its scheme
 * (`[runbook](www.acme.example/runbook)`, `docs.acme.example/x`), which a browser reads as a path
 * on this site; this machine (`http://localhost:3000/d/x`, `127.0.0.1`), which on a reader's
 * computer is theirs; and `[log]()`, a link to nothing. Each passed in silence. Also a link or an
 * image whose address holds a space (`![graph](./media/my graph.png)`): Markdown does not read it
 * as one, and the page shows the brackets as text.
 */
/** Whether a link shows something: text other than spaces, an image, code or a component. */
function hasVisibleContent(node: { children?: unknown[] }): boolean {
  return (node.children ?? []).some((child) => {
    const c = child as { type: string; value?: string; children?: unknown[] };
    if (c.type === 'text') return (c.value ?? '').trim() !== '';
    if (c.type === 'image' || c.type === 'imageReference' || c.type === 'inlineCode' || c.type.startsWith('mdxJsx') || c.type === 'html') return true;
    return hasVisibleContent(c);
  });
}

export function findUnreachableLinks(tree: Root, knownIds: ReadonlySet<string> = new Set()): PostmortemLinkProblem[] {
  const problems: PostmortemLinkProblem[] = [];
  visit(tree, (node) => {
    const start = node.position?.start;
    if (!start) return;
    // Round 48: `[](https://status.acme.example/x)` passed: a link with nothing to click, which
    // the page draws as nothing and a screen reader reads as its address, or not at all.
    if ((node.type === 'link' || node.type === 'linkReference') && !hasVisibleContent(node)) {
      const address = node.type === 'link' ? node.url : `[${node.label ?? node.identifier}]`;
      problems.push({
        line: start.line, column: start.column,
        message: `the link to ${address || 'nothing'} has no text (nothing but spaces between its brackets): the page shows nothing to click, so no reader sees it, and a screen reader reads its address or skips it (MyST and some wikis fill an empty link with its target's title; this site does not).`,
        fix: `write the words readers should see between the brackets, e.g. [what it leads to](${node.type === 'link' ? node.url : '…'}), or remove the link.`,
      });
      return;
    }
    if (node.type === 'text') {
      const value = (node as { value: string }).value;
      const unread = /(!?)\[([^\]\n]*)\]\(\s*([^()\s"'<>]+)\s+(?!["'(])([^()\n]*)\)/.exec(value);
      if (unread) {
        const address = `${unread[3]} ${unread[4]}`.trim();
        problems.push({
          line: start.line, column: start.column,
          message: `${unread[1] ? 'the image' : 'the link'} [${unread[2]}](${address}) is not read as ${unread[1] ? 'an image' : 'a link'}: its address holds a space, so the page shows the brackets and the address as text.`,
          fix: `write the space as %20 (${address.replace(/ /g, '%20')}), or put the address in angle brackets: (<${address}>); better, rename the file without spaces.`,
        });
      }
    }
  });
  for (const node of bodyLinks(tree)) {
    const start = { line: node.line, column: node.column };
    const url = node.url.trim();
    if (node.type === 'link' && url === '' && !node.html) {
      problems.push({ line: start.line, column: start.column, message: 'the link has no address (written []() with nothing in the parentheses): a reader who follows it reloads this page.', fix: 'write the address in the parentheses, or remove the brackets and keep the words.' });
      continue;
    }
    // Round 15: a scheme mistyped (`htps://`, `https//`, `http:/docs…`) or an address of a scheme
    // alone (`https://`): each led nowhere, in silence (`https//x` was read as a path of this site).
    const typo = /^(htps?|htttps?|hhttps?|ttps?|htpp?s?|hptts?|httpss)(:\/\/|:\/(?!\/)|\/\/)(.*)$/i.exec(url) ?? /^(https?)(:\/(?!\/)|\/\/)(.*)$/i.exec(url);
    if (typo && /^[a-z0-9[]/i.test(typo[3])) {
      const meant = `${/s$/i.test(typo[1]) || /^htps$/i.test(typo[1]) || /^ttps$/i.test(typo[1]) ? 'https' : 'http'}://${typo[3]}`;
      problems.push({ line: start.line, column: start.column, message: `the link ${url} has a mistyped scheme (${typo[1]}${typo[2]}), so a browser cannot open it (or reads it as a path on this site).`, fix: `write ${meant}.` });
      continue;
    }
    if (/^https?:\/\/(?:[/?#]|$)/i.test(url)) {
      problems.push({ line: start.line, column: start.column, message: `the link ${url} has a scheme and no host: it leads nowhere.`, fix: 'write the whole address after https://, or remove the brackets and keep the words.' });
      continue;
    }
    const reference = trackerReferenceProblem(url);
    if (reference) {
      problems.push({ ...start, ...reference });
      continue;
    }
    if (/^(?:[a-z][a-z0-9+.-]*:|\/|\.|#|\?)/i.test(url)) {
      const host = /^https?:\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^/?#:]+)/i.exec(url)?.[1]?.toLowerCase();
      if (host && /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/.test(host)) {
        problems.push({ line: start.line, column: start.column, message: `the link ${url} leads to ${host}, the computer of whoever opens it: it worked on the machine it was written on, and leads nowhere (or somewhere else) for every reader.`, fix: `link to the address others reach it at (the dashboard or log at its https:// address); to mention the address itself, write it as code, \`${url}\`, which is not made a link.` });
      }
      continue;
    }
    // `[the earlier one](2025-01-01-db-outage)`: read from this page's address, /postmortems/<this
    // one>/, it is a page below it, not found; the page meant is /postmortems/<id>/.
    const bareId = /^(?:\.\/)?([a-z0-9][a-z0-9-]*)\/?(#.*)?$/.exec(url)?.[1];
    if (bareId && (knownIds.has(bareId) || /^\d{4}-\d{2}-\d{2}-/.test(bareId))) {
      problems.push({ line: start.line, column: start.column,
        message: `the link ${url} is read from this page's address, so it leads to /postmortems/<this one>/${bareId}/, a page not found${knownIds.has(bareId) ? '' : `; and no postmortem has the id "${bareId}"`}.`,
        fix: knownIds.has(bareId) ? `link to its page: /postmortems/${bareId}/.` : 'link to an existing postmortem as /postmortems/<id>/ (its file name without extension), or remove the link.' });
      continue;
    }
    const firstSegment = url.split(/[/?#]/)[0];
    if (/^www\./i.test(url) || (/^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,63}(?::\d+)?$/i.test(firstSegment) && !fileExtension.test(firstSegment) && url.length > firstSegment.length)) {
      problems.push({ line: start.line, column: start.column, message: `the link ${url} has no scheme, so a browser reads it as a path on this site (…/postmortems/<this one>/${url}), a page not found.`, fix: `write it with its scheme: https://${url}.` });
    }
  }
  return problems;
}


/**
 * Schemes a reader's browser opens, itself or through an application it hands them to: a link of
 * any other scheme with no `//` after it (`jira:OPS-12`, `servicenow:INC0012345`, `ticket:4521`) is a
 * tracker's or a wiki's reference written as an address, as some editors and chat tools link them:
 * on the site no browser knows the scheme, so a click does nothing (bad input round 46: passed in
 * silence). An application's address with `//` (`slack://…`, `zoommtg://…`) is left: it opens the
 * application for a reader who has it.
 */
const openedSchemes = new Set(['http', 'https', 'mailto', 'tel', 'sms', 'callto', 'ftp', 'sftp', 'irc', 'ircs', 'xmpp', 'webcal', 'magnet', 'geo', 'news', 'nntp', 'urn', 'data', 'javascript', 'vbscript', 'file', 'about', 'blob', 'im', 'sip', 'sips', 'facetime', 'skype', 'msteams', 'bitcoin', 'matrix', 'maps', 'market', 'itms', 'itms-apps', 'spotify', 'steam', 'zoommtg', 'zoomus', 'slack', 'discord']);

/** A link whose scheme no browser opens (`jira:OPS-12`): what it is and the address to write. */
export function trackerReferenceProblem(url: string): { message: string; fix: string } | undefined {
  const match = /^([a-z][a-z0-9+.-]*):(?!\/\/)(.+)$/i.exec(url);
  if (!match) return undefined;
  const scheme = match[1].toLowerCase();
  // `C:\logs` and `c:/x` are Windows paths (findLocalFileLinks); a scheme of one letter is no scheme.
  if (openedSchemes.has(scheme) || scheme.length < 2) return undefined;
  const rest = match[2];
  const key = /^[A-Z][A-Z0-9_]+-\d+$/i.test(rest) ? rest.toUpperCase() : undefined;
  const what = key ? `the issue ${key} of a tracker (${match[1]})` : /^#?\d+$/.test(rest) ? `the ticket ${rest.replace(/^#/, '')} of a tracker (${match[1]})` : `a reference of another tool (${match[1]}: ${rest})`;
  return {
    message: `the link ${url} is ${what} written as an address, as an editor or a chat tool may link it: no browser knows the scheme ${match[1]}:, so on the site a reader's click does nothing.`,
    fix: key && /^jira$/i.test(scheme)
      ? `write the issue's full address, https://<your Jira>/browse/${key}; a follow-up it tracks goes in actionItems, with that address as its link.`
      : `write its full https:// address in that tool${key || /^#?\d+$/.test(rest) ? '; a follow-up it tracks goes in actionItems, with that address as its link' : ''}, or keep ${rest} as text without the link.`,
  };
}
