import { expect, test } from 'vitest';
import { makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

/** The deliberately poor postmortem of issue 6: `npm run check` must name every problem, with its line. */
test('npm run check names every problem of a poor postmortem with its line', async () => {
  const result = await runScript('check.ts', [], {
    env: { ...process.env, KB_CONTENT_DIR: makeContentFromFixture('poor-postmortem'), KB_AS_OF: '2025-10-15' },
  });
  const found = result.stdout.split('\n').filter((l) => /^\S+:\d+:\d+ {2}/.test(l)).map((l) => {
    const m = /:(\d+):\d+ {2}(error|warning) {2}(\S+)/.exec(l)!;
    return `${m[3]}@${m[1]}`;
  });
  expect(result.status).toBe(1);
  expect(found).toEqual(expect.arrayContaining([
    'blameless/person-blame@50', // "The engineer failed to" and "careless" in the body
    'blameless/person-blame@3', // "human error", "should have known" in the summary
    'action-item/vague@30', // "Investigate the config system"
    'action-item/vague@38', // "Be more careful with deploys"
    'action-item/past-due@32', // AI-1 open, due 2025-09-15
    'action-item/past-due@40', // AI-2 open, due 2025-10-01
    'action-item/verification@36', // "tbd"
    'completeness/major-incident@28', // ... and without a detect action item
    'completeness/major-incident@17', // SEV-1 without an impact window
    'completeness/major-incident@21', // ... and without a resolution entry in the timeline
    'timing/published-late@20', // published 19 days after resolution
    'consistency/timeline-window@25', // an entry days after resolution
    'consistency/summary-length@3', // five sentences
  ]));
  expect(result.stdout).toMatch(/1 file checked: \d+ errors, \d+ warnings/);
});
