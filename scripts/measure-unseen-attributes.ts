#!/usr/bin/env node
// node scripts/measure-unseen-attributes.ts ROOT COLLECTION...
// Lists every "attribute no reader is shown" finding (redact/hidden-text, canary round 41) that the
// public build's markup check (readPublicMarkup, as `npm run check` runs it) makes on each .md, .mdx
// and .markdown report under /work/corpora/COLLECTION, with the source after the finding, so that
// each can be classified. ROOT is a checkout of this repository (this one, or an older commit's
// copy, to compare). `npm run measure:redaction` does not reach this check: it scans only the text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [root, ...collections] = process.argv.slice(2);
if (!root || collections.length === 0) {
  console.error('Usage: node scripts/measure-unseen-attributes.ts ROOT COLLECTION... (collections under /work/corpora)');
  process.exit(2);
}
const { readPublicMarkup } = await import(join(resolve(root), 'src/lib/publication/unreadable-markup.ts'));
const isDirectory = (path: string) => { try { return statSync(path).isDirectory(); } catch { return false; } };
const isFile = (path: string) => { try { return statSync(path).isFile(); } catch { return false; } };
const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return isDirectory(path) ? (name === '.git' ? [] : walk(path)) : [path];
});
let total = 0;
for (const collection of collections) {
  for (const file of walk(join('/work/corpora', collection)).filter((path) => /\.(?:md|mdx|markdown)$/i.test(path) && isFile(path))) {
    // The body the check reads: the frontmatter, if any, is not Markdown.
    const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    let markup;
    try { markup = readPublicMarkup(body, file.endsWith('.mdx')); } catch (error) { console.log(`${file}: not parsed (${String(error).slice(0, 80)})`); continue; }
    for (const found of markup.unreadable) {
      if (!/attribute no reader is shown/.test(found.what)) continue;
      total++;
      const line = body.split('\n')[found.line - 1] ?? '';
      console.log(`${file.replace('/work/corpora/', '')}:${found.line}:${found.column} ${found.text} | ${line.slice(found.column - 1, found.column + 120)}`);
    }
  }
}
console.log(`${total} findings`);
