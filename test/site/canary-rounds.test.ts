import { beforeAll, describe, expect, test } from 'vitest';
import { basename } from 'node:path';
import { buildCanaryProbes, refusalsBeforeAstro, writeCanaryContent, type CanaryBuild } from '../support/canary-public-build.ts';
import type { CanaryRound } from '../support/canary-round-suite.ts';
import { canaryRound32 } from './canary-rounds/canary-round32.ts';
import { canaryRound34 } from './canary-rounds/canary-round34.ts';
import { canaryRound36 } from './canary-rounds/canary-round36.ts';
import { canaryRound37 } from './canary-rounds/canary-round37.ts';
import { canaryRound38 } from './canary-rounds/canary-round38.ts';
import { canaryRound39 } from './canary-rounds/canary-round39.ts';
import { canaryRound40 } from './canary-rounds/canary-round40.ts';
import { canaryRound41 } from './canary-rounds/canary-round41.ts';
import { canaryRound42 } from './canary-rounds/canary-round42.ts';
import { canaryRound43 } from './canary-rounds/canary-round43.ts';
import { canaryRound44 } from './canary-rounds/canary-round44.ts';

/**
 * The canary rounds (docs/architecture.md, "Canary round 32" to "Canary round 44") through ONE
 * public build (docs/testing.md, "Suite time, session 45"): each round's probe posts and
 * vocabulary entries go into one content folder, built once; each round's tests then run over that
 * build as they ran over the round's own build (every probe of every round asserted by name, each
 * round's leaks searched in every file of the build). One build instead of eleven: each took the
 * build lock for Astro's and pagefind's start, most of its time.
 *
 * Why the rounds do not interfere: every probe is a post of its own, under a file name of its own
 * round (`<date>-rNN-...`, checked below: no two rounds write the same file), the vocabulary entries
 * a round adds are its own names, and the checks before Astro refuse each round's posts exactly as
 * they do when the round is checked alone (compared below: the redaction guard reads names across
 * posts, so this is what would change first). A leak of one round's text in another round's page is
 * still found: each round searches every file of the build.
 *
 * Run one round's tests with `-t "canary round 42"`; `CANARY42_REPORT=1` prints its probes' outcomes.
 */
const rounds: CanaryRound[] = [canaryRound32, canaryRound34, canaryRound36, canaryRound37, canaryRound38, canaryRound39, canaryRound40, canaryRound41, canaryRound42, canaryRound43, canaryRound44];

/** The rounds' vocabulary entries, appended to the fixture vocabulary's files one round after the other. */
function vocabularyExtras(): Record<string, string> {
  const extras: Record<string, string> = {};
  for (const round of rounds) for (const [file, extra] of Object.entries(round.vocabularyExtra ?? {})) extras[file] = `${extras[file] ?? ''}${extra}`;
  return extras;
}

let canary: CanaryBuild;

// The hook does the work of the eleven rounds' hooks, each of which had the project's 300 s: the
// checks before Astro over every round's posts, then the build (a ceiling for hangs, not a goal).
const sharedBuildTimeout = 900_000;

beforeAll(() => {
  canary = buildCanaryProbes('canary-rounds', rounds.flatMap((round) => round.probeFiles), vocabularyExtras());
}, sharedBuildTimeout);

describe('the canary rounds share one build without changing what each round checks', () => {
  test('no two rounds write the same file', () => {
    const seen = new Map<string, number>();
    const clashes = rounds.flatMap((round) => round.probeFiles.flatMap(({ fileName, assets }) => [fileName, ...Object.keys(assets ?? {})].flatMap((file) => {
      const other = seen.get(file);
      seen.set(file, round.round);
      return other !== undefined && other !== round.round ? [`${file}: rounds ${other} and ${round.round}`] : [];
    })));
    expect(clashes).toEqual([]);
  });

  test.each(rounds.map((round) => [round.round, round] as const))('round %i: the checks before Astro refuse the same posts as when the round is checked alone', (_n, round) => {
    const files = new Set(round.probeFiles.map(({ fileName }) => fileName));
    const alone = [...refusalsBeforeAstro(writeCanaryContent(`canary-round${round.round}-alone`, round.probeFiles, round.vocabularyExtra)).keys()].map((file) => basename(file)).sort();
    const shared = [...canary.refusedBeforeAstro].map((file) => basename(file)).filter((file) => files.has(file)).sort();
    expect(shared).toEqual(alone);
  });
});

for (const round of rounds) round.describe(() => canary);
