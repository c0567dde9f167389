import { describe, expect, test } from 'vitest';
import { summariseCpuProfile, type CpuProfile } from '../../src/lib/cpu-profile.ts';

// A hand-made profile: (root) -> main (app.ts) -> parse (node_modules/yaml) and -> render (app.ts)
// -> parse again. Samples 1 ms apart; each counts until the next, the last until endTime.
const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2] },
    { id: 2, callFrame: frame('main', 'file:///repo/src/app.ts', 9), children: [3, 4] },
    { id: 3, callFrame: frame('parse', 'file:///repo/node_modules/yaml/dist/parse.js', 4) },
    { id: 4, callFrame: frame('render', 'file:///repo/src/app.ts', 19), children: [5] },
    { id: 5, callFrame: frame('parse', 'file:///repo/node_modules/yaml/dist/parse.js', 4) },
  ],
  startTime: 0,
  endTime: 6000,
  samples: [2, 3, 3, 4, 5, 5],
  timeDeltas: [0, 1000, 1000, 1000, 1000, 1000],
};

describe('summariseCpuProfile', () => {
  test('self time by function and by package, in milliseconds, largest first', () => {
    const summary = summariseCpuProfile(profile, { root: '/repo' });
    expect(summary.totalMs).toBe(6);
    expect(summary.selfByFunction).toEqual([
      ['parse nm:yaml/dist/parse.js:5', 4],
      ['main src/app.ts:10', 1],
      ['render src/app.ts:20', 1],
    ]);
    expect(summary.selfByFile).toEqual([['nm:yaml', 4], ['src/app.ts', 2]]);
  });

  test('inclusive time counts a sample once for each matching frame on its stack', () => {
    const summary = summariseCpuProfile(profile, { root: '/repo', inclusive: /^(main|render|parse) / });
    expect(summary.inclusiveByFunction).toEqual([
      ['main src/app.ts:10', 6],
      ['parse nm:yaml/dist/parse.js:5', 4],
      ['render src/app.ts:20', 3],
    ]);
  });

  test('a window keeps only the samples taken within it', () => {
    // Samples at 0, 1, 2, 3, 4, 5 ms: from 2.5 ms to 4.5 ms keeps those at 3 (render) and 4 (parse).
    const summary = summariseCpuProfile(profile, { root: '/repo', fromSeconds: 0.0025, toSeconds: 0.0045 });
    expect(summary.totalMs).toBe(2);
    expect(summary.selfByFunction).toEqual([['parse nm:yaml/dist/parse.js:5', 1], ['render src/app.ts:20', 1]]);
  });
});
