import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { modulesLoadedBy as loadedBy } from '../support/modules-loaded.ts';
import { isKnownFirstName, lexiconTags, loadCompromise } from '../../src/lib/publication/compromise-lexicon.ts';
import { loadedCompromise } from '../../src/lib/publication/compromise-nlp.ts';
import { findUntrackedFollowUps } from '../../src/lib/body-follow-ups.ts';

// Session 54 (docs/performance.md): the build's worker validates front matter only, but since
// round 53 body-follow-ups.ts imported publication/people.ts for `isKnownFirstName`, so every
// internal build loaded compromise and the person rules (~0.5 s of the worker's CPU) for a body
// check it never runs. compromise-lexicon.ts reads the lexicon and loads compromise on first use.
const root = fileURLToPath(new URL('../../', import.meta.url));

const modulesLoadedBy = (script: string) => loadedBy(script, root);

const isCompromise = (url: string) => url.includes('/node_modules/compromise/');
const isPersonRules = (url: string) => /\/src\/lib\/publication\/(?:people|compromise-nlp)\.ts$/.test(url);

describe('what validating the front matter loads (round 54)', () => {
  test('validating the example content frontmatter-only loads neither compromise nor the person rules', () => {
    const loaded = modulesLoadedBy(`
      const { validateCorpus } = await import(${JSON.stringify(`${root}src/lib/validate-corpus.ts`)});
      const result = validateCorpus(${JSON.stringify(`${root}content`)}, { frontmatterOnly: true });
      if (!result.postmortems.length) throw new Error('nothing validated');`);
    expect(loaded.some((url) => url.endsWith('/src/lib/body-follow-ups.ts'))).toBe(true);
    expect(loaded.filter((url) => isCompromise(url) || isPersonRules(url))).toEqual([]);
  });

  test('a follow-up that names its owner in parentheses still loads the lexicon, then', () => {
    const loaded = modulesLoadedBy(`
      const { findUntrackedFollowUps } = await import(${JSON.stringify(`${root}src/lib/body-follow-ups.ts`)});
      const found = findUntrackedFollowUps('## Action items\\n\\n- [ ] Add a canary stage (Ana) by 2025-09-01\\n', [], (i) => 'AI-' + (i + 1), { handles: new Map() });
      if (!JSON.stringify(found).includes('with its owner (Ana)')) throw new Error(JSON.stringify(found));`);
    expect(loaded.some(isCompromise)).toBe(true);
  });
});

describe('compromise-lexicon.ts reads the lexicon compromise-nlp.ts loads', () => {
  test('the same tags as the tagger\'s own lexicon, for names and for other words', () => {
    const lexicon = (loadedCompromise().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    for (const word of ['grant', 'mark', 'ana', 'travis', 'database', 'leeds', 'malta', 'zzzqx']) {
      const tags = lexicon[word];
      expect(lexiconTags(word)).toEqual(Array.isArray(tags) ? tags : tags ? [tags] : []);
    }
  });

  test('one lexicon: the object the tagger reads', () => {
    expect(loadCompromise()).toBe(loadedCompromise());
  });

  test('first names as before: a name is one in any letter case, a word or an unknown word is not', () => {
    expect(['Grant', 'MARK', 'ana', 'Travis'].map(isKnownFirstName)).toEqual([true, true, true, true]);
    expect(['Database', 'Kubernetes', 'Medium', 'Zzzqx'].map(isKnownFirstName)).toEqual([false, false, false, false]);
  });

  test('a follow-up\'s owner in parentheses is still read as a person (body-follow-ups.ts)', () => {
    const found = findUntrackedFollowUps('## Action items\n\n- [ ] Add a canary stage (Ana) by 2025-09-01\n', [], (i) => `AI-${i + 1}`, { handles: new Map() });
    expect(JSON.stringify(found)).toContain('with its owner (Ana)');
  });
});

describe('compromise is loaded by the first text read, not by an import (session 62)', () => {
  // Every command importing the guard (redact, review, import, check ...) loaded compromise at start, its `--help`
  // and refused options too (~1 s of CPU each on a busy machine): compromise-nlp.ts loaded it when imported.
  const publicationScan = JSON.stringify(`${root}src/lib/publication-scan.ts`);
  test('importing the guard and the person rules loads no compromise', () => {
    const loaded = modulesLoadedBy(`
      await import(${publicationScan});
      await import(${JSON.stringify(`${root}src/lib/publication/person-patterns.ts`)});
      await import(${JSON.stringify(`${root}src/lib/import/cut-phrase.ts`)});`);
    expect(loaded.some((url) => url.endsWith('/src/lib/publication/compromise-nlp.ts'))).toBe(true);
    expect(loaded.some((url) => url.endsWith('/src/lib/publication/people.ts'))).toBe(true);
    expect(loaded.filter(isCompromise)).toEqual([]);
  });

  test('reading a text for people loads it, without its chunker', () => {
    const loaded = modulesLoadedBy(`
      const { default: nlp, loadedCompromise } = await import(${JSON.stringify(`${root}src/lib/publication/compromise-nlp.ts`)});
      const people = nlp('Yesterday Marta Jovanovic rolled back the release.').people().out('array');
      if (JSON.stringify(people) !== '["Marta Jovanovic"]') throw new Error(JSON.stringify(people));
      if (loadedCompromise().hooks().includes('chunks')) throw new Error('the chunker runs');`);
    expect(loaded.some(isCompromise)).toBe(true);
  });
});
