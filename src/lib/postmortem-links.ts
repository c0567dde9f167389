import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { findClosestMatch } from './closest-match.ts';

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
export function findPostmortemLinkProblems(tree: Root, knownIds: ReadonlySet<string>): PostmortemLinkProblem[] {
  const problems: PostmortemLinkProblem[] = [];
  const known = [...knownIds];
  const closest = (id: string) => {
    const match = findClosestMatch(id, known);
    return match ? ` (did you mean "${match}"?)` : '';
  };
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = (node as { url: string }).url;
    const start = node.position?.start;
    if (!start) return;
    const at = { line: start.line, column: start.column };
    const pageId = /^\/postmortems\/([^/#?]+)/.exec(url)?.[1];
    if (pageId !== undefined) {
      if (!knownIds.has(pageId)) {
        problems.push({
          ...at,
          message: `the link ${url} names the postmortem "${pageId}", which does not exist${closest(pageId)}: the page would link to a page not found.`,
          fix: 'write the id of a postmortem (its file name without extension) as /postmortems/<id>/, or remove the link.',
        });
      }
      return;
    }
    const fileId = fileLinkId(url);
    if (fileId === undefined) return;
    problems.push({
      ...at,
      message: knownIds.has(fileId)
        ? `the link ${url} names the file of the postmortem "${fileId}": the site publishes no .mdx or .md file, so it would lead to a page not found.`
        : `the link ${url} names a Markdown file, which the site does not publish, and no postmortem has the id "${fileId}"${closest(fileId)}: it would lead to a page not found.`,
      fix: knownIds.has(fileId) ? `link to its page: /postmortems/${fileId}/.` : 'link to the page of an existing postmortem as /postmortems/<id>/, to a page of the wiki or repository by its full https:// address, or remove the link.',
    });
  });
  return problems;
}

/**
 * Links to a file of the writer's machine: a `file:` address (`file:///var/log/syslog`) or a
 * Windows path (`C:\logs\app.log`, `\\server\share\x`). No reader's browser opens one from a web
 * page, so each is a dead link that shows every reader a path of that machine (an image so
 * addressed is refused by `mdx/missing-image`; a link was passed in silence).
 */
export function findLocalFileLinks(tree: Root): PostmortemLinkProblem[] {
  const problems: PostmortemLinkProblem[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const url = (node as { url: string }).url;
    const start = node.position?.start;
    if (!start || !(/^file:/i.test(url) || /^[a-z]:[\\/]/i.test(url) || url.startsWith('\\\\'))) return;
    problems.push({
      line: start.line, column: start.column,
      message: `the link ${url} names a file on the machine it was written on: readers' browsers do not open it from the site, so it leads nowhere, and every reader is shown that machine's path.`,
      fix: 'link to where readers can open it (the log or dashboard at its https:// address, the ticket), quote the part that matters in a code block, or remove the link.',
    });
  });
  return problems;
}
