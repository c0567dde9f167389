import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The judgement sets scripts/build-similarity-sets.ts wrote in `folder` (`judgements-<set>.json`
 * beside `<set>/pool/reports.jsonl`), by name; `wanted` (comma-separated) picks some. Exits with a
 * message naming the folder or the missing set and the fix.
 */
export function judgementSetsIn(folder: string, wanted?: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder).map((file) => /^judgements-(.+)\.json$/.exec(file)?.[1]).filter((name): name is string => !!name && existsSync(join(folder, name, 'pool', 'reports.jsonl'))).sort();
  } catch (error) {
    console.error(`${folder}: cannot be read (${(error as NodeJS.ErrnoException).code}); give the folder build-similarity-sets.ts wrote (--out).`);
    process.exit(2);
  }
  if (wanted) {
    const chosen = wanted.split(',').map((name) => name.trim());
    const missing = chosen.filter((name) => !names.includes(name));
    if (missing.length) {
      console.error(`--set: ${missing.join(', ')} not in ${folder} (it holds ${names.join(', ') || 'no set'}).`);
      process.exit(2);
    }
    names = chosen;
  }
  if (!names.length) {
    console.error(`${folder} holds no set (judgements-<set>.json beside <set>/pool/reports.jsonl); build them with scripts/build-similarity-sets.ts.`);
    process.exit(2);
  }
  return names;
}
