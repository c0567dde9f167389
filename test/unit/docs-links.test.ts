import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { expect, test } from 'vitest';
import { docFiles, projectRoot } from '../support/doc-files.ts';

/**
 * Every relative link of the documentation a newcomer reads (README.md, CONTRIBUTING.md,
 * docs/*.md) leads somewhere: the file exists, and a `#fragment` names a heading of it as GitHub
 * makes its anchors. A renamed heading or a moved doc broke links without a word before.
 */

const root = projectRoot;

/** The text without fenced code blocks and inline code spans, where `[x](y)` is not a link. */
function withoutCode(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(`+)[^`\n]*?\1/g, (span) => ' '.repeat(span.length));
}

/** The targets of the inline links and images of `markdown`, with their line. */
function linkTargets(markdown: string): { line: number; target: string }[] {
  const text = withoutCode(markdown);
  const targets: { line: number; target: string }[] = [];
  for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    targets.push({ line: text.slice(0, match.index).split('\n').length, target: match[1] });
  }
  return targets;
}

/** The anchors GitHub gives the headings of `markdown` (a repeated heading gets -1, -2, ...). */
function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const match of withoutCode(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    // What GitHub slugs is the heading's text: link targets and emphasis markers are not part of it.
    const text = match[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1');
    anchors.add(slugger.slug(text));
  }
  return anchors;
}

/** What the check reads of the disk: a file's text, and whether a path is a file, a folder or nothing. */
interface Disk {
  read: (path: string) => string;
  kind: (path: string) => 'file' | 'folder' | undefined;
}
const realDisk: Disk = {
  read: (path) => readFileSync(path, 'utf8'),
  kind: (path) => (!existsSync(path) ? undefined : statSync(path).isFile() ? 'file' : 'folder'),
};

/** The broken relative links of the doc `file` (relative to `base`), as `file:line  target  why`. */
function brokenLinks(base: string, file: string, disk: Disk = realDisk): string[] {
  const { read, kind } = disk;
  const broken: string[] = [];
  for (const { line, target } of linkTargets(read(join(base, file)))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue; // http(s):, mailto: ...
    const [path, fragment] = target.split('#', 2) as [string, string | undefined];
    const resolved = path === '' ? join(base, file) : resolve(base, dirname(file), decodeURIComponent(path));
    const where = `${file}:${line}  ${target}`;
    if (path.startsWith('/')) { broken.push(`${where}  an absolute path: GitHub resolves it from the repository's root, a local viewer from the disk's; write it relative to ${file}`); continue; }
    if (!kind(resolved)) { broken.push(`${where}  no file ${relative(base, resolved)}`); continue; }
    if (fragment === undefined || fragment === '') continue;
    if (kind(resolved) !== 'file' || !resolved.endsWith('.md')) { broken.push(`${where}  #${fragment} on a file that is not Markdown`); continue; }
    if (!headingAnchors(read(resolved)).has(decodeURIComponent(fragment).toLowerCase())) broken.push(`${where}  no heading with the anchor #${fragment} in ${relative(base, resolved)}`);
  }
  return broken;
}

test('every relative link of README.md, CONTRIBUTING.md and docs/*.md names a file and heading that exist', () => {
  expect(docFiles.length).toBeGreaterThan(10);
  expect(docFiles.flatMap((file) => brokenLinks(root, file))).toEqual([]);
});

test('a missing file, a missing heading and an absolute path are each found; links in code are not links', () => {
  const files: Record<string, string> = {
    '/kb/README.md': '# Guide\n\n## Quick start\n\nSee [a](docs/a.md#the-part), [b](docs/a.md#gone), [c](docs/missing.md), [d](#quick-start), [e](#nope),\n[f](/docs/a.md), [g](https://example.com/x#y), [h](docs/).\n\n`[i](docs/nothing.md)`\n\n```md\n[j](docs/nothing.md)\n```\n',
    '/kb/docs/a.md': '# A\n\n## The *part*\n\n## The *part*\n\nBack to [the guide](../README.md#guide).\n',
  };
  const disk: Disk = { read: (path) => files[path] ?? '', kind: (path) => (files[path] !== undefined ? 'file' : path === '/kb/docs' ? 'folder' : undefined) };
  expect(brokenLinks('/kb', 'README.md', disk).map((line) => line.split('  ').slice(0, 2).join(' '))).toEqual([
    'README.md:5 docs/a.md#gone', 'README.md:5 docs/missing.md', 'README.md:5 #nope', 'README.md:6 /docs/a.md',
  ]);
  expect(brokenLinks('/kb', 'docs/a.md', disk)).toEqual([]);
  expect(headingAnchors(files['/kb/docs/a.md'])).toEqual(new Set(['a', 'the-part', 'the-part-1']));
});
