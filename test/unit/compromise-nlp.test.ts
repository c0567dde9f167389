import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import nlp from '../../src/lib/publication/compromise-nlp.ts';

const require = createRequire(import.meta.url);

/** Every .ts file under `dir`, as [path, text]. */
function tsFiles(dir: string): [string, string][] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => [path, readFileSync(path, 'utf8')]);
}

describe('compromise, loaded once as its one-file build', () => {
  it('is the package\'s one-file build, not its source tree of modules', () => {
    expect(require.resolve('compromise')).toMatch(/builds\/three\/compromise-three\.cjs$/);
    // An `import nlp from 'compromise'` here would give the source tree's default export, another object.
    expect(nlp).toBe(require('compromise'));
  });

  it('is the only compromise the guard\'s modules load (one lexicon, one load per thread)', () => {
    const direct = [...tsFiles('src'), ...tsFiles('scripts')]
      .filter(([path, text]) => !path.endsWith('compromise-nlp.ts') && /(?:from|import\(|require\()\s*['"]compromise(?:\/[^'"]*)?['"]/.test(text))
      .map(([path]) => path);
    expect(direct).toEqual([]);
  });

  it('still finds people in prose', () => {
    expect(nlp('Yesterday Marta Jovanovic rolled back the release.').people().out('array')).toEqual(['Marta Jovanovic']);
  });
});
