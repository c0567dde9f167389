#!/usr/bin/env node
// node scripts/measure-unseen-attributes.ts ROOT FOLDER...
// Lists every "attribute no reader is shown" finding (redact/hidden-text, canary round 41) that the
// public build's markup check (readPublicMarkup, as `npm run check` runs it) makes on each .md, .mdx
// and .markdown report under each FOLDER (a collection of reports), with the source after the
// finding, so that each can be classified. ROOT is a checkout of this repository (this one, or an
// older commit's copy, to compare). `npm run measure:redaction` does not reach this check: it scans
// only the text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const usage = 'Usage: node scripts/measure-unseen-attributes.ts ROOT FOLDER...\n' +
  '  ROOT     a checkout of this repository whose check to run (. for this one)\n' +
  '  FOLDER   a folder of reports (.md, .mdx, .markdown), read with its subfolders\n';
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
  process.stdout.write(usage);
  process.exit(0);
}
const [root, ...collections] = args;
if (!root || collections.length === 0) {
  process.stderr.write(`Give a checkout and at least one folder of reports.\n${usage}`);
  process.exit(2);
}
const isDirectory = (path: string) => { try { return statSync(path).isDirectory(); } catch { return false; } };
const isFile = (path: string) => { try { return statSync(path).isFile(); } catch { return false; } };
const checker = join(resolve(root), 'src/lib/publication/unreadable-markup.ts');
if (!isFile(checker)) {
  process.stderr.write(`${root}: no src/lib/publication/unreadable-markup.ts there: give a checkout of this repository as ROOT.\n`);
  process.exit(2);
}
for (const folder of collections.filter((folder) => !isDirectory(folder))) {
  process.stderr.write(`${folder}: no such folder. Give folders of reports after ROOT.\n`);
  process.exit(2);
}
const { readPublicMarkup } = await import(checker);
const walk = (dir: string): string[] => readdirSync(dir).sort().flatMap((name) => {
  const path = join(dir, name);
  return isDirectory(path) ? (name === '.git' ? [] : walk(path)) : [path];
});
let total = 0;
for (const collection of collections) {
  for (const file of walk(collection).filter((path) => /\.(?:md|mdx|markdown)$/i.test(path) && isFile(path))) {
    // The body the check reads: the frontmatter, if any, is not Markdown.
    const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    let markup;
    try { markup = readPublicMarkup(body, file.endsWith('.mdx')); } catch (error) { console.log(`${file}: not parsed (${String(error).slice(0, 80)})`); continue; }
    for (const found of markup.unreadable) {
      if (!/attribute no reader is shown/.test(found.what)) continue;
      total++;
      const line = body.split('\n')[found.line - 1] ?? '';
      console.log(`${file}:${found.line}:${found.column} ${found.text} | ${line.slice(found.column - 1, found.column + 120)}`);
    }
  }
}
console.log(`${total} findings`);
