import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import nlp, { loadedCompromise } from '../../src/lib/publication/compromise-nlp.ts';

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
    expect(loadedCompromise()).toBe(require('compromise'));
  });

  it('is the only compromise the guard\'s modules load (one lexicon, one load per thread)', () => {
    const direct = [...tsFiles('src'), ...tsFiles('scripts')]
      // compromise-lexicon.ts requires it for compromise-nlp.ts too (session 54: the lexicon without the tagger's load).
      .filter(([path, text]) => !path.endsWith('compromise-lexicon.ts') && /(?:from|import\(|require\()\s*['"]compromise(?:\/[^'"]*)?['"]/.test(text))
      .map(([path]) => path);
    expect(direct).toEqual([]);
  });

  it('still finds people in prose', () => {
    expect(nlp('Yesterday Marta Jovanovic rolled back the release.').people().out('array')).toEqual(['Marta Jovanovic']);
  });
});

describe('compromise without its chunker (session 36)', () => {
  const world = loadedCompromise().world() as unknown as { hooks: string[] };
  /** Each person's terms, tags and places in `text`, as findTaggedPeople reads them, with the given steps. */
  const people = (text: string, hooks: string[]) => {
    const kept = world.hooks;
    world.hooks = hooks;
    try {
      return nlp(text).people().json({ offset: true }).map((p: { terms: { text: string; tags: string[]; offset: unknown }[] }) => p.terms.map((t) => [t.text, t.tags, t.offset]));
    } finally {
      world.hooks = kept;
    }
  };

  it('runs no chunker', () => {
    expect(loadedCompromise().hooks()).not.toContain('chunks');
    // The chunker puts a determiner in a noun phrase (its first rule); the tagger leaves its chunk unset.
    const terms = (nlp('The Ledger team rolled back the release.') as unknown as { docs: { text: string; chunk?: string }[][] }).docs.flat();
    expect(terms.filter((t) => t.text.toLowerCase() === 'the').map((t) => t.chunk)).toEqual([undefined, undefined]);
  });

  it('finds the same people, with the same tags and places, as with it', () => {
    const texts = [
      'Yesterday Marta Jovanovic rolled back the release, and Dr. Ivo Sandberg reviewed it.',
      'Thanks to Oluwaseun Adeyemi and Quenby for the fix. Grace periods were extended.',
      'The Checkout service failed; Ana de Souza paged Hallvard, who restarted the Payments workers.',
      'Mr Springer approved it. Then Yuki Tanaka, Priya Raman and Tove Lindqvist met with Acme Corp.',
    ];
    for (const text of texts) {
      const withChunker = people(text, [...world.hooks, 'chunks']);
      expect(withChunker.length).toBeGreaterThan(0);
      expect(people(text, world.hooks)).toEqual(withChunker);
    }
  });
});
