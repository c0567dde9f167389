// The two boundaries docs/architecture.md describes, as checks a test runs over src/:
// - src/lib holds pure domain logic: no import of Astro (`astro`, `astro:*`, `*.astro`), so it
//   runs under vitest and in the build's worker without Astro's runtime;
// - postmortems are read only through src/data/collection.ts `getPostmortemEntries`: the content
//   loader keeps each postmortem's data beside Astro's store, so `getCollection('postmortems')`
//   called anywhere else gives entries whose `data` is empty, and a page built on it shows nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface SourceFile {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  text: string;
}

export interface BoundaryViolation {
  path: string;
  line: number;
  message: string;
}

const collectionModule = 'src/data/collection.ts';

/** Comments removed, line breaks kept, so a comment that names a module is not an import. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/[^\n]*/g, (_, before: string) => before);
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const astroImport = /\b(?:from\s*|import\s*\(\s*|import\s+)(['"])(astro(?::[\w-]+|\/[^'"]*)?|[^'"]*\.astro)\1/g;
const collectionRead = /\b(getCollection|getEntry|getEntries|getLiveCollection|getLiveEntry)\s*\(/g;

/** Every place a file of src/ crosses one of the two boundaries, with the fix in the message. */
export function findBoundaryViolations(files: readonly SourceFile[]): BoundaryViolation[] {
  const violations: BoundaryViolation[] = [];
  for (const file of files) {
    const code = withoutComments(file.text);
    if (file.path.startsWith('src/lib/')) {
      for (const match of code.matchAll(astroImport)) {
        violations.push({ path: file.path, line: lineOf(code, match.index), message: `src/lib is Astro-free domain logic, but this file imports '${match[2]}'. Move the Astro-dependent part to src/data, src/integrations or a component, and pass plain values into src/lib.` });
      }
    }
    if (file.path !== collectionModule) {
      for (const match of code.matchAll(collectionRead)) {
        violations.push({ path: file.path, line: lineOf(code, match.index), message: `${match[1]}() reads Astro's data store directly, where a postmortem's data is empty (the content loader keeps it beside the store). Call getPostmortemEntries() from ${collectionModule} instead.` });
      }
    }
  }
  return violations;
}

/** The TypeScript, JavaScript and Astro files under `dir` (relative to `root`). */
export function readSourceFiles(root: string, dir = 'src'): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:[cm]?[jt]s|astro)$/.test(entry.name)) files.push({ path: relative(root, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, dir));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
