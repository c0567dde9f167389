// The arguments and the files of a bad-input round's measure over the corpora (scripts/measure-bad-input-round60.ts
// and round61's): `OUT [FOLDER]`, every Markdown report under FOLDER, and each report's front matter and body.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareText } from '../../src/lib/compare-text.ts';

/** OUT and FOLDER (default /work/corpora) of `node scripts/<measure>.ts OUT [FOLDER]`; `--help` prints the usage, anything else exits 2 with it. */
export function measureArguments(usage: string, args = process.argv.slice(2)): { out: string; folder: string } {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  const unknown = args.find((arg) => arg.startsWith('-'));
  if (unknown || !args[0] || args.length > 2) {
    if (unknown) console.error(`Unknown option ${unknown}: this script takes no options.`);
    console.error(usage);
    process.exit(2);
  }
  return { out: args[0], folder: resolve(args[1] ?? '/work/corpora') };
}

/**
 * Every `.md` / `.markdown` report under `folder` (README and LICENSE files, files of 1 MB or more, folders starting
 * `_` or `.`, and the collections kept for independent checks left out), in a stable order.
 */
export function corpusReportFiles(folder: string): string[] {
  const kept = /dfds|posthog|issre|intelligentdds/i;
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort(compareText)) {
      if (name.startsWith('_') || name.startsWith('.') || kept.test(name)) continue;
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (/\.(?:md|markdown)$/i.test(name) && !/^(?:README|LICENSE)/i.test(name) && stat.size < 1_000_000) files.push(path);
    }
  };
  walk(folder);
  return files;
}

/** A report of `corpusReportFiles`, read: its path under `folder`, its front matter's YAML text (if it opens with one) and its body. */
export function readCorpusReport(file: string, folder: string): { name: string; frontMatter: string | undefined; body: string } {
  const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const front = /^---\n([^]*?)\n---\n/.exec(text);
  return { name: file.slice(folder.length + 1), frontMatter: front?.[1], body: front ? text.slice(front[0].length) : text };
}
