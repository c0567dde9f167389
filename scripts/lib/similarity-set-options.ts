import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { parseArgs, ParseArgsOptionsConfig } from 'node:util';
import { parseCommandLine } from './command-line.ts';
import { judgementSetsIn } from './judgement-sets.ts';

/**
 * The options every script that measures the judgement sets of scripts/build-similarity-sets.ts
 * takes (scripts/similarity-sets-table.ts, scripts/similarity-sets-reasons.ts): the sets' folder,
 * the source tree whose code is measured (this one, or a copy of main's to read "before"), how the
 * links are made, and which sets.
 */
export const similaritySetOptions = {
  tree: { type: 'string', default: resolve(import.meta.dirname, '..', '..') },
  'link-by': { type: 'string', default: 'blend' },
  set: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

const sharedUsage = '<sets folder> [--tree DIR] [--link-by blend|cause|system] [--set NAME,...]';

/**
 * Reads a similarity-set script's command line: the shared options and the script's own
 * (`ownOptions`, `ownUsage` as the usage line writes them). `--help` prints the usage and
 * `description` on stdout and exits 0; no folder, a tree without `treeFile` or an unknown set exits
 * 2 with a message naming the fix. Returns the options, the sets' names and `treeFile`'s path in the tree.
 */
export function readSimilaritySetCommandLine<O extends ParseArgsOptionsConfig>(script: string, ownOptions: O, ownUsage: string, description: string, treeFile: string): {
  values: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof similaritySetOptions & O }>>['values'];
  folder: string;
  file: string;
  linkBy: string;
  names: string[];
} {
  const { values, positionals } = parseCommandLine({ allowPositionals: true, options: { ...similaritySetOptions, ...ownOptions } }, { positionals: true });
  // The shared options, as similaritySetOptions declares them (the script's own are its to read).
  const shared = values as { help?: boolean; tree: string; 'link-by': string; set?: string };
  if (shared.help || positionals.length !== 1) {
    console.log(`Usage: node scripts/${script} ${sharedUsage}${ownUsage ? ` ${ownUsage}` : ''}\n\n${description}`);
    process.exit(shared.help ? 0 : 2);
  }
  const file = join(shared.tree, treeFile);
  if (!existsSync(file)) {
    console.error(`--tree ${shared.tree}: no ${treeFile} there; give the root of a checkout of this project.`);
    process.exit(2);
  }
  const folder = positionals[0];
  return { values: values as never, folder, file, linkBy: shared['link-by'], names: judgementSetsIn(folder, shared.set) };
}
