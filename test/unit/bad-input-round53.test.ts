// Bad input, round 53 (docs/rules.md, "Bad input round 53"): round 52's leftovers (an HTML checkbox as a
// task item, `## What we will do`, a first name in parentheses or before a colon kept in the title,
// `owner: CHECKOUT` naming its seven capitals) and what the round's 211 inputs found: a body saved with
// CRLF line endings whose follow-ups and headings were read by no pattern, done boxes (`[ x ]`, `☑`)
// said as work to do, fields after a second `---` said as an empty section, a timeline disagreeing with
// the times, lists in quotes, with pipes, with `*` or without commas, `degradation`, braces in prose.
import { describe, expect, test } from 'vitest';
import { findingsAfterEditingGoodInput, replacing } from '../support/content-fixture.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { findUntrackedFollowUps } from '../../src/lib/body-follow-ups.ts';
import { mistakesOutsideCode } from '../../src/lib/angle-bracket-text.ts';
import { findForeignMarkup } from '../../src/lib/foreign-markup.ts';
import { findImpossibleClockTimes } from '../../src/lib/body-clock-times.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const teams = { handles: new Map<string, string | undefined>([['checkout', '@acme/checkout'], ['payments', undefined]]) };
/** Line, message and fix of each follow-up the body holds outside actionItems (AI-1 tracked: "Validate pool sizes in CI"). */
const followUps = (body: string) => findUntrackedFollowUps(body, ['Validate pool sizes in CI'], (index) => `AI-${index + 2}`, teams)
  .map(({ line, mistake }) => `${line}: ${mistake.message} | ${mistake.fix}`);
const titles = (body: string) => followUps(body).map((found) => /"title: ([^"]*)"/.exec(found)?.[1]);
const said = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const saidAfter = (change: (text: string) => string): string[] => said(findingsAfterEditingGoodInput(change) as Finding[]);
const adding = (md: string) => (text: string) => `${text}\n${md}\n`;
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const fixtures = resolve(import.meta.dirname, '../fixtures');
/** The findings of the good-input postmortem after `change`, its lint rules run (as `npm run check` runs them). */
const lintedAfter = (change: (text: string) => string): string[] => said(validatePostmortemSource('x.mdx', 'x', change(readFileSync(resolve(fixtures, 'good-input/postmortems/2025-07-08-checkout-config.mdx'), 'utf8')), {
  vocabulary: loadVocabulary(resolve(fixtures, 'vocabulary')), knownIds: new Set(['x']), contentDir: 'content',
  lint: { config: { rules: {} }, asOf: '2025-07-20', people: [] },
}).findings);

describe('an HTML checkbox as a task item (round 52\'s leftover: unsaid)', () => {
  test('`<input type="checkbox" /> …` under a heading of follow-ups is a follow-up, with its day', () => {
    const found = followUps('## Action items\n\n<input type="checkbox" /> Add a canary stage by 2025-09-01');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^3: this line with an HTML checkbox is a follow-up with its due day \(2025-09-01\)/);
    expect(found[0]).toContain('"title: Add a canary stage"');
    expect(found[0]).toContain('"due: 2025-09-01"');
  });
  test('after a list marker, and with its owner in parentheses', () => {
    expect(titles('## Action items\n\n- <input type="checkbox"/> Alert on pool saturation (checkout)')).toEqual(['Alert on pool saturation']);
  });
  test('control: a checked box is work done, and a box outside a section of follow-ups is read by no one', () => {
    expect(followUps('## Action items\n\n<input type="checkbox" checked /> Revert the config by 2025-09-01')).toEqual([]);
    expect(followUps('## What happened next\n\n<input type="checkbox" /> Add a canary stage by 2025-09-01')).toEqual([]);
  });
  test('end to end: the check warns at its line', () => {
    expect(saidAfter(adding('## Action items\n\n<input type="checkbox" /> Add a canary stage by 2025-09-01')).join('\n'))
      .toMatch(/warning body\/untracked-follow-up \d+: this line with an HTML checkbox is a follow-up/);
  });
});

describe('a body saved with CRLF line endings (before: its headings and follow-ups read by no pattern)', () => {
  test('the follow-ups of a CRLF body are those of the same body with LF', () => {
    const body = '## Action items\n\n- [ ] Add a canary stage by 2025-09-01\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Alert on pool saturation | checkout | 2025-09-15 |\n';
    expect(followUps(crlf(body))).toEqual(followUps(body));
    expect(followUps(crlf(body))).toHaveLength(2);
  });
  test('a line is read without its carriage return (`##Timeline\\r` is a heading without its space)', () => {
    expect(mistakesOutsideCode('##Timeline\r\n\r\n17:49 alert.\r\n', findForeignMarkup).map((f) => f.line)).toEqual([1]);
  });
  test('end to end: a CRLF file\'s task item and glued heading are said', () => {
    const found = saidAfter((text) => crlf(adding('##Timeline\n\n17:49 alert.\n\n## Action items\n\n- [ ] Add a canary stage by 2025-09-01')(text))).join('\n');
    expect(found).toContain('`##Timeline` has no space after its ##');
    expect(found).toMatch(/body\/untracked-follow-up \d+: this open task-list item is a follow-up with its due day \(2025-09-01\)/);
  });
});

describe('`## What we will do` (round 52\'s leftover: no heading of follow-ups)', () => {
  test('its list without boxes is read as follow-ups, as under `## Next steps`', () => {
    expect(titles('## What we will do\n\n- Add a canary stage (checkout, 2025-09-01)')).toEqual(['Add a canary stage']);
    expect(titles('## What we\'ll change\n\n- [ ] Add a canary stage by 2025-09-01')).toEqual(['Add a canary stage']);
  });
  test('control: `## Prevention` stays no heading of follow-ups for a plain list (the corpora use it for the work done)', () => {
    expect(followUps('## Prevention measures implemented\n\n- Reverted the config\n- Added a pool-size check')).toEqual([]);
  });
});

describe('a first name in parentheses or before a colon (round 52\'s leftover: kept in the title)', () => {
  test.each([
    ['in parentheses', '- [ ] Add a canary stage (Ana) by 2025-09-01'],
    ['before a colon', '- [ ] Ana: Add a canary stage by 2025-09-01'],
  ])('%s: who, out of the title, and the owner asked as her team', (_, item) => {
    const found = followUps(`## Action items\n\n${item}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('with its owner (Ana) and its due day (2025-09-01)');
    expect(found[0]).toContain('"title: Add a canary stage"');
    expect(found[0]).toContain('"owner: <the id in teams.yaml of the team that answers for it, Ana\'s>"');
  });
  test.each([
    ['a product', '- [ ] Add a canary stage (Kubernetes) by 2025-09-01', 'Add a canary stage (Kubernetes)'],
    ['a part before a colon', '- [ ] Docs: describe the revert by 2025-09-01', 'Docs: describe the revert'],
    ['a step in bold', '- [ ] **Run Backfill**: run the backfill script by 2025-09-01', 'Run Backfill: run the backfill script'],
  ])('control: %s stays the title\'s', (_, item, title) => {
    expect(titles(`## Action items\n\n${item}`)).toEqual([title]);
  });
});

describe('done boxes written otherwise (before: said as work to do, with no owner)', () => {
  test('`- [ x ]` and `- ☑` are no follow-up', () => {
    expect(followUps('## Action items\n\n- [ x ] Revert the config')).toEqual([]);
    expect(followUps('## Action items\n\n- ☑ Revert the config\n- ✓ Raise the pool')).toEqual([]);
  });
  test('control: `- ☐` is an open one', () => {
    expect(titles('## Action items\n\n- ☐ Add a canary stage (checkout, 2025-09-01)')).toEqual(['Add a canary stage']);
  });
  test('`[ x ]` is said as a box Markdown does not read, `[x]` is not', () => {
    expect(findForeignMarkup('- [ x ] Revert the config')[0]?.message).toContain('`[ x ]` before "Revert the config" is a task list\'s box with a space beside its x');
    expect(findForeignMarkup('- [x ] Revert the config')).toHaveLength(1);
    expect(findForeignMarkup('- [x] Revert the config')).toEqual([]);
    expect(saidAfter(adding('## Action items\n\n- [ x ] Revert the config')).join('\n')).toMatch(/error body\/foreign-markup \d+: `\[ x \]`/);
  });
});

describe('a body follow-up\'s day in digits of another order (before: dropped, the fix without a due day)', () => {
  test('read when it reads one way, asked when it reads two', () => {
    expect(followUps('## Action items\n\n- [ ] Add a canary stage (checkout, 25.09.2025)')[0]).toContain('"due: 2025-09-25"');
    const twoWays = followUps('## Action items\n\n- [ ] Add a canary stage (checkout, 01/09/2025)')[0];
    expect(twoWays).toContain('its due day written "01/09/2025"');
    expect(twoWays).toContain('"due: <the day meant by 01/09/2025, YYYY-MM-DD>"');
    expect(twoWays).toContain('"title: Add a canary stage"');
  });
});

describe('front matter', () => {
  test('`owner: CHECKOUT`: one sentence, the id to write (before: seven capitals named)', () => {
    const found = saidAfter(replacing('    owner: checkout', '    owner: CHECKOUT')).join('\n');
    expect(found).toContain('owner "CHECKOUT" is the team checkout in other letter case');
    expect(found).toContain('Write checkout.');
    expect(found).not.toContain('U+0043');
  });
  test('`services: [checkout-api payments-api]`: two ids without a comma (before: one id to add to the file)', () => {
    const found = saidAfter(replacing('services: [checkout-api]', 'services: [checkout-api payments-api]')).join('\n');
    expect(found).toContain('2 ids of');
    expect(found).toContain('[checkout-api, payments-api]');
    expect(found).not.toContain('checkout-api-payments-api');
  });
  test.each([
    ['a list in quotes', 'teams: [checkout]', 'teams: "[checkout, payments]"', 'write it as a list, without the quotes (in quotes YAML reads it as one text): teams: [checkout, payments].'],
    ['ids set off by pipes', 'services: [checkout-api]', 'services: checkout-api | payments-api', 'write it as a list: services: [checkout-api, payments-api].'],
    ['a star for the rest', 'services: [checkout-api]', 'services: checkout-api, *', '("*" names none, and the list is read as written)'],
  ])('%s: the list to write (before: the shape of a list alone)', (_, from, to, fix) => {
    expect(saidAfter(replacing(from, to)).join('\n')).toContain(fix);
  });
  test('`severity: degradation` is named as a status page\'s word, SEV-3', () => {
    expect(saidAfter(replacing('severity: SEV-2', 'severity: degradation')).join('\n')).toContain('write severity: SEV-3, what "degradation" most often stands for');
  });
  test('fields after a second `---` (a second YAML document) are said as such (before: an empty section "## authors: [ana]")', () => {
    const found = saidAfter(replacing('related: []\n---', 'related: []\n---\nauthors: [ana]\n---')).join('\n');
    expect(found).toMatch(/error frontmatter\/yaml (\d+): the `---` on line \1 closes the frontmatter, but fields follow it \(`authors:` on line \d+\)/);
    expect(found).not.toContain('the section "## authors: [ana]" is empty');
  });
  test('control: a body opening with a label and a rule after a blank line is prose', () => {
    expect(saidAfter(replacing('## What happened', 'Note: the pool was 8.\n\n---\n\n## What happened')).join('\n')).not.toContain('closes the frontmatter, but fields follow it');
  });
  test('a timeline\'s detection before times.started, a mitigation after times.resolved, within a day (before: passed)', () => {
    expect(lintedAfter(replacing('  - at: 2025-07-08T17:49:00Z', '  - at: 2025-07-07T17:49:00Z')).join('\n'))
      .toContain('warning consistency/timeline-window 23: timeline[0] is the detection at 2025-07-07T17:49:00.000Z, before times.started (2025-07-08T17:45:00.000Z)');
    expect(lintedAfter(replacing('  - at: 2025-07-08T17:55:00Z', '  - at: 2025-07-09T17:55:00Z')).join('\n'))
      .toContain('warning consistency/timeline-window 26: timeline[1] is a mitigation at 2025-07-09T17:55:00.000Z, after times.resolved (2025-07-08T18:30:00.000Z)');
  });
  test('control: a communication after times.resolved is the timeline\'s to tell', () => {
    const found = lintedAfter(replacing('    kind: mitigation', '    kind: mitigation\n  - at: 2025-07-09T10:00:00Z\n    event: Customers told.\n    kind: communication')).join('\n');
    expect(found).not.toContain('consistency/timeline-window');
  });
});

describe('MDX', () => {
  test('braces in prose (`hosts {a, b, c}`): the backslash to keep them as text (before: "write the text itself")', () => {
    expect(saidAfter(adding('Errors came from hosts {a, b, c}.')).join('\n')).toContain('if the braces are text, write \\{a, b, c}');
  });
});

describe('a body timeline\'s time no clock shows (before: passed, as prose no check reads)', () => {
  test('`- 24:10` and `| 17:75 |` under `## Timeline` are said, with the time to write', () => {
    const found = findImpossibleClockTimes('## Timeline\n\n- 17:49 Alert fired.\n- 24:10 Config reverted.\n\n| Time | Event |\n| --- | --- |\n| 17:75 | Paged |');
    expect(found.map((f) => f.line)).toEqual([4, 8]);
    expect(found[0].mistake.message).toContain('the timeline\'s entry at 24:10 gives no time of day');
    expect(found[0].mistake.fix).toContain('00:10 the next day');
    expect(found[1].mistake.message).toContain('an hour has 60 minutes');
  });
  test('control: `24:00`, a time outside a timeline, and one inside code are left', () => {
    expect(findImpossibleClockTimes('## Timeline\n\n- 24:00 Day ends.\n\n```\n25:61 log\n```\n\n## Impact\n\n- 25:00 hours of work')).toEqual([]);
  });
  test('end to end: a warning at its line', () => {
    expect(saidAfter(adding('## Timeline\n\n- 24:10 Config reverted.')).join('\n')).toMatch(/warning body\/timeline-time \d+: the timeline's entry at 24:10/);
  });
});
