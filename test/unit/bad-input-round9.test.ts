// Bad input, round 9: what round 8 left, and further inputs tried against every command
// (docs/rules.md, "Bad input round 9").
import { describe, expect, test } from 'vitest';
import { findCrossFieldIssues, draftPostmortemObjectSchema } from '../../src/lib/postmortem-schema.ts';
import { errorsAfterEditingGoodInput } from '../support/content-fixture.ts';
import { readTrackerExport } from '../../src/lib/tracker/import.ts';
import { planSync } from '../../src/lib/tracker/sync.ts';
import { importReport } from '../../src/lib/import/import-report.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { join } from 'node:path';
import { fixturesDir } from '../support/content-fixture.ts';

const errorsAfter = errorsAfterEditingGoodInput;
const withTimes = (lines: string) => (text: string) => text.replace('  resolved: 2025-07-08T18:30:00Z\n', `  resolved: 2025-07-08T18:30:00Z\n${lines}`);

describe('every pair of key times is ordered', () => {
  test.each([
    ['acknowledged', '2025-07-09T09:00:00Z', 'the page is acknowledged'],
    ['declared', '2025-07-10T18:00:00Z', 'an incident is declared'],
  ])('times.%s after times.resolved is an error at the field, naming both values (it passed)', (field, value, what) => {
    expect(errorsAfter(withTimes(`  ${field}: ${value}\n`))).toEqual([expect.objectContaining({
      rule: 'schema/consistency', field: `times.${field}`,
      message: `times.${field} (${value.replace('Z', '.000Z')}) is after times.resolved (2025-07-08T18:30:00.000Z): ${what} before it is closed. Check the date and the UTC offset of both; if it was only ${field} after it was over, leave times.${field} out and say so in the timeline.`,
    })]);
  });

  test('acknowledged before started, declared before detected: each said once, at its field (both passed)', () => {
    const errors = errorsAfter((t) => withTimes('  acknowledged: 2025-07-08T17:00:00Z\n  declared: 2025-07-08T17:47:00Z\n')(t));
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      ['times.acknowledged', 'times.acknowledged (2025-07-08T17:00:00.000Z) is before times.started (2025-07-08T17:45:00.000Z). acknowledged must be at or after started; check the date and the UTC offset.'],
      ['times.declared', 'times.declared (2025-07-08T17:47:00.000Z) is before times.detected (2025-07-08T17:49:00.000Z). declared must be at or after detected; check the date and the UTC offset.'],
    ]);
  });

  test('times in order, and acknowledged and declared in either order between them, pass', () => {
    expect(errorsAfter(withTimes('  acknowledged: 2025-07-08T17:52:00Z\n  declared: 2025-07-08T17:50:00Z\n'))).toEqual([]);
    expect(errorsAfter(withTimes('  acknowledged: 2025-07-08T18:30:00Z\n  declared: 2025-07-08T18:30:00Z\n'))).toEqual([]);
  });

  test('acknowledged before started with no detected given is an error (it passed: only acknowledged-after-detected was checked)', () => {
    expect(errorsAfter((t) => t.replace('  detected: 2025-07-08T17:49:00Z\n', '  acknowledged: 2025-07-07T17:50:00Z\n').replace(/ {2}- at: 2025-07-08T17:49:00Z\n.*\n.*\n/, ''))
      .map((e) => [e.field, e.message])).toEqual([
      ['times.acknowledged', 'times.acknowledged (2025-07-07T17:50:00.000Z) is before times.started (2025-07-08T17:45:00.000Z). acknowledged must be at or after started; check the date and the UTC offset.'],
    ]);
  });

  test('a time a day wrong is said once at its field, not once per time it precedes', () => {
    const pm = draftPostmortemObjectSchema.parse({
      title: 'x', summary: 'x', severity: 'SEV-2', status: 'draft', visibility: 'internal',
      times: { started: '2025-07-08T17:45:00Z', detected: '2025-07-08T17:49:00Z', mitigated: '2025-07-08T17:55:00Z', resolved: '2025-07-07T18:30:00Z' },
      timeline: [], actionItems: [], related: [],
    });
    expect(findCrossFieldIssues(pm).filter((i) => i.path[0] === 'times').map((i) => i.path.join('.'))).toEqual(['times.resolved']);
  });
});

describe('JSX elements and expressions nested thousands deep', () => {
  const appended = (body: string) => (text: string) => `${text}\n${body}\n`;
  // The good input ends at line 43, a blank line follows: the appended text is line 45.

  test('an object 3,000 deep in an attribute is refused from the text (25 s, "Could not parse expression with acorn"; the build crashed)', () => {
    const errors = errorsAfter(appended(`<div style={{${'a:{'.repeat(3000)}b:1${'}'.repeat(3000)}}}>x</div>`));
    expect(errors).toEqual([expect.objectContaining({
      rule: 'body/nesting-depth', line: 45, column: '<div style={{'.length + 254 * 'a:{'.length,
      message: 'JSX elements and expression brackets ({, [, ( inside {…}) nested 3,003 levels deep (the deepest at line 45); at most 256 levels are allowed.',
    })]);
  });

  test('<span> in <span> 3,000 deep is refused (it passed; 10,000 deep was "Maximum call stack size exceeded")', () => {
    const errors = errorsAfter(appended(`${'<span>'.repeat(3000)}deep${'</span>'.repeat(3000)}`));
    expect(errors).toEqual([expect.objectContaining({ rule: 'body/nesting-depth', line: 45, column: 256 * '<span>'.length + 1, message: expect.stringMatching(/nested 3,000 levels deep .* at most 256 levels are allowed\.$/) })]);
  });

  test('256 levels pass; brackets in a code block, a code span or prose are not counted', () => {
    expect(errorsAfter(appended(`${'<span>'.repeat(256)}deep${'</span>'.repeat(256)}`))).toEqual([]);
    expect(errorsAfter(appended(`<div data-x={${'['.repeat(254)}1${']'.repeat(254)}}>x</div>`))).toEqual([]);
    expect(errorsAfter(appended(`\`\`\`json\n${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}\n\`\`\``))).toEqual([]);
    expect(errorsAfter(appended(`See \`${'{'.repeat(300)}\` and ${'('.repeat(300)}.`))).toEqual([]);
  });
});

describe('a GitHub export entry in a state other than OPEN or CLOSED', () => {
  const postmortems = [{ id: '2025-07-08-x', file: 'x.mdx', actionItems: [
    { id: 'AI-1', title: 'Validate pool sizes', status: 'done' as const },
    { id: 'AI-2', title: 'Alert on pool use', status: 'done' as const },
  ] }];
  const entry = (number: number, state: string, item: string) => ({ number, title: 't', state, url: `https://github.com/acme/kb/issues/${number}`, body: `<!-- postmortem-kb:2025-07-08-x#${item} -->` });

  test('MERGED (a pull request) or "done" no longer reopens a done item (it was read as open); the entry is named in the notes', () => {
    const exported = readTrackerExport(JSON.stringify([entry(12, 'MERGED', 'AI-1'), entry(13, 'done', 'AI-2')]), 'issues.json');
    expect(exported.problems).toEqual([
      'issues.json: #12 has state "MERGED", which is neither OPEN nor CLOSED (the states of `gh issue list`), so it says nothing of whether the follow-up is done: its action item\'s status was left as it is. Export issues with `gh issue list --state all --json number,title,state,...` (a pull request\'s MERGED is no issue state), or correct the entry.',
      expect.stringMatching(/^issues\.json: #13 has state "done", which is neither OPEN nor CLOSED/),
    ]);
    const plan = planSync(postmortems, exported, new Map());
    expect(plan.changes.filter((c) => c.field === 'status')).toEqual([]);
    expect(plan.notes).toEqual(exported.problems);
    // The entry still links its item.
    expect(plan.changes.map((c) => [c.itemId, c.field])).toEqual([['AI-1', 'link'], ['AI-2', 'link']]);
  });

  test('OPEN reopens a done item and CLOSED closes it, in any case, as before', () => {
    const exported = readTrackerExport(JSON.stringify([entry(12, 'open', 'AI-1'), entry(13, 'CLOSED', 'AI-2')]), 'issues.json');
    expect(exported.problems).toEqual([]);
    const plan = planSync(postmortems, exported, new Map());
    expect(plan.changes.filter((c) => c.field === 'status').map((c) => [c.itemId, c.to])).toEqual([['AI-1', 'open']]);
  });
});

describe('a whole number too large to be held exactly', () => {
  const withImpact = (line: string) => (text: string) => text.replace('  end: 2025-07-08T17:55:00Z\n', `  end: 2025-07-08T17:55:00Z\n  ${line}\n`);

  test('usersAffected: 9007199254740993 is quoted as written (it was "9007199254740992, which is too large")', () => {
    const errors = errorsAfter(withImpact('usersAffected: 9007199254740993'));
    expect(errors).toEqual([expect.objectContaining({
      rule: 'schema/invalid', field: 'impact.usersAffected', line: 20, column: 18,
      message: 'impact.usersAffected is written 9007199254740993, beyond 9007199254740991 (2^53 - 1), the largest whole number a number field holds exactly (it would be read as 9007199254740992, rounded): a count of users is never that large, so this is surely a mistake.',
    })]);
    expect(JSON.stringify(errors)).not.toContain('which is too large');
  });

  test('revenueLost: 12345678901234567890 (a field that takes fractions, and took it rounded) and -9007199254740993 likewise', () => {
    expect(errorsAfter(withImpact('revenueLost: 12345678901234567890')).map((e) => e.message)).toEqual([
      'impact.revenueLost is written 12345678901234567890, beyond 9007199254740991 (2^53 - 1), the largest whole number a number field holds exactly (it would be read as 12345678901234567168, rounded): a sum of money is never that large, so this is surely a mistake.',
    ]);
    expect(errorsAfter(withImpact('failedOrders: -9007199254740993')).map((e) => e.message)).toEqual([expect.stringMatching(/^impact\.failedOrders is written -9007199254740993, beyond .*read as -9007199254740992, rounded\)/)]);
  });

  test('9007199254740991 itself is left to the schema, which takes it', () => {
    expect(errorsAfter(withImpact('failedRequests: 9007199254740991'))).toEqual([]);
  });
});

describe('a public post whose whole account is inside <Internal>', () => {
  const publicPost = (body: string) => (text: string) => text
    .replace('visibility: internal', 'visibility: public\npublic:\n  title: Checkout errors\n  summary: Some payments failed for ten minutes.')
    .replace('A configuration push lowered the pool size.', body);

  test('is body/empty (the public page showed the title, the summary and an empty heading; check and build passed)', () => {
    expect(errorsAfter(publicPost('<Internal>\n\nA configuration push lowered the pool size.\n\n</Internal>'))).toEqual([expect.objectContaining({
      rule: 'body/empty', line: 43,
      message: 'visibility is public, but every line of the body\'s account is inside <Internal>: the public page would show the title, the summary and empty headings, nothing customers can read of what happened or what was done.',
    })]);
  });

  test('a line of account outside <Internal>, or <PublicOnly> wording, passes; so does an internal post all inside <Internal>', () => {
    expect(errorsAfter(publicPost('Checkout failed for some customers.\n\n<Internal>\n\nA configuration push lowered the pool size.\n\n</Internal>'))).toEqual([]);
    expect(errorsAfter(publicPost('<Internal>\n\nA configuration push lowered the pool size.\n\n</Internal>\n\n<PublicOnly>\n\nA configuration change caused errors.\n\n</PublicOnly>'))).toEqual([]);
    expect(errorsAfter((t) => t.replace('A configuration push lowered the pool size.', '<Internal>\n\nA configuration push lowered the pool size.\n\n</Internal>'))).toEqual([]);
  });
});

describe('a summary or impact description without a letter or digit', () => {
  test.each([
    ['public.summary', (t: string) => t.replace('visibility: internal', 'visibility: public\npublic:\n  title: Checkout errors\n  summary: "..."')],
    ['summary', (t: string) => t.replace(/^summary: .*$/m, 'summary: "-"')],
    ['impact.description', (t: string) => t.replace('description: Some checkout attempts failed.', 'description: "🔥🔥"')],
  ])('%s is refused (it passed and was published as marks)', (field, change) => {
    expect(errorsAfter(change)).toEqual([expect.objectContaining({ rule: 'schema/invalid', field, message: expect.stringMatching(new RegExp(`^${field.replace('.', '\\.')} is ".*", which has no letter or digit: write in words what happened`)) })]);
  });

  test.each([
    ['actionItems[0].title', (t: string) => t.replace('title: Validate pool sizes in CI', 'title: "---"'), 'say what will be done'],
    ['actionItems[0].verification', (t: string) => t.replace('verification: CI rejects a pool of 8.', 'verification: "-"'), 'say how you will know it is done and works'],
    ['timeline[1].event', (t: string) => t.replace('event: Config reverted.', 'event: "..."'), 'say what happened at this time'],
  ])('%s without a letter or digit is refused (it passed, listed in the follow-ups and on the page as marks)', (field, change, what) => {
    expect(errorsAfter(change)).toEqual([expect.objectContaining({ rule: 'schema/invalid', field, message: expect.stringContaining(`, which has no letter or digit: ${what}`) })]);
  });

  test('a summary in any script, or with marks beside words, is taken', () => {
    expect(errorsAfter((t) => t.replace(/^summary: .*$/m, 'summary: "決済が10分間失敗した 🔥"'))).toEqual([]);
  });
});

describe('a block list nested thousands deep in the frontmatter', () => {
  test('is frontmatter/yaml at the first line indented 200 columns (npm run check stopped with "Maximum call stack size exceeded" and the parser\'s stack)', () => {
    const nested = (t: string) => t.replace('tags: [config]', `tags:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 * i + 2)}-`).join('\n')} config`);
    expect(errorsAfter(nested)).toEqual([expect.objectContaining({
      rule: 'frontmatter/yaml', line: 9 + 100, column: 1,
      message: 'frontmatter is not valid YAML: values are nested too deeply to read (lists or keys inside one another thousands of times).',
    })]);
  });

  test('flow brackets open over 100 deep are said alike, at their line, from the text', () => {
    const flow = (t: string) => t.replace('tags: [config]', `tags: ${'['.repeat(101)}config${']'.repeat(101)}`);
    expect(errorsAfter(flow)).toEqual([expect.objectContaining({ rule: 'frontmatter/yaml', line: 9, message: expect.stringContaining('nested too deeply to read') })]);
  });

  test('a list nested a few levels is read as before', () => {
    expect(errorsAfter((t) => t.replace('tags: [config]', 'tags:\n  - config'))).toEqual([]);
  });
});

describe('npm run import: a timeline row with only marks after its time', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  test('is listed as not placed and kept in the body (the draft was written with event "...", which the schema refuses)', () => {
    const result = importReport('x.md', '# Checkout outage\n\n## Timeline\n\n- 2025-07-08 17:45 UTC: Config pushed.\n- 2025-07-08 17:50 UTC: ...\n- 2025-07-08 17:55 UTC: Config reverted.\n', { vocabulary, today: '2026-11-30' });
    expect(result.unread).toEqual([{ row: '2025-07-08 17:50 UTC: ...', reason: 'nothing after its time says what happened ("...")' }]);
    expect(result.notes.join('\n')).not.toContain('does not match the schema');
    expect(result.draft).toContain('2025-07-08 17:50 UTC: ...');
    expect(result.draft).toMatch(/event: (?:")?Config reverted\./);
  });
});
