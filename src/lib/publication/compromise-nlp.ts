import { loadCompromise } from './compromise-lexicon.ts';

// compromise's package gives `import` its source tree (src/three.js: several hundred modules) and
// `require` its one-file build of the same version. Loading the one file costs ~380 ms of CPU
// against ~570-700 ms for the tree, and the public build loads the redaction guard on two
// threads (docs/performance.md, session 32). Every module of ours takes compromise from here, so
// there is one copy and one lexicon (compromise-lexicon.ts is the one place that requires it).

type Compromise = ReturnType<typeof loadCompromise>;
let loaded: Compromise | undefined;

/** compromise (its `three` build: tagger, `.people()`), loaded as its one-file build on the first call, without its chunker. */
export function loadedCompromise(): Compromise {
  if (loaded) return loaded;
  loaded = loadCompromise();
  // The last step `nlp()` runs, the chunker, only sets each term's `chunk` (noun, verb or adjective
  // phrase; its rules tag nothing), which nothing of ours reads: `.people()` matches tags. So it is
  // left out, as a tenth of the tagger's time (docs/performance.md, session 36). Read
  // `.chunks()` or match `<Noun>` nowhere without putting it back.
  const world = loaded.world() as unknown as { hooks: string[] };
  world.hooks = world.hooks.filter((hook) => hook !== 'chunks');
  return loaded;
}

/**
 * compromise's reading of `text`. compromise is loaded (~1 s of CPU on a busy machine: its lexicon is built when the
 * file is read) on the first text read, not when a module importing this one is: a command's `--help`, a refused option
 * and the checks that read no person never load it (session 62: every command importing the guard loaded it at start).
 */
const nlp = (text: string): ReturnType<Compromise> => loadedCompromise()(text);

export { lexiconTags } from './compromise-lexicon.ts';

export default nlp;
