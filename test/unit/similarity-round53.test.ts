import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { judgementsBySharedTags, type TaggedReport } from '../../src/lib/similarity-evaluation.ts';

// Round 53: similar-incident judgements from the tags a status page's authors gave each notice,
// notices of several tags included (round 52's sets left them out: docs/findability.md,
// "Similar incidents, round 53").

const reports: TaggedReport[] = [
  { id: 'relay-01', tags: ['calls'] },
  { id: 'relay-02', tags: ['calls'] },
  { id: 'relay-03', tags: ['calls'] },
  { id: 'mailer-01', tags: ['mail'] },
  { id: 'mailer-02', tags: ['mail'] },
  { id: 'datacentre-01', tags: ['calls', 'mail', 'panel'] },
  { id: 'panel-01', tags: ['panel'] },
  { id: 'notice-01', tags: [] },
];
/** The id itself as the anchor order: the first ids alphabetically are the anchors. */
const byId = (id: string) => id;

describe('judgementsBySharedTags', () => {
  test('an anchor is similar to every notice sharing its tag, a notice of several tags included', () => {
    const judged = judgementsBySharedTags(reports, 6, byId);
    expect(judged.get('relay-01')).toEqual(['datacentre-01', 'relay-02', 'relay-03']);
    expect(judged.get('mailer-02')).toEqual(['datacentre-01', 'mailer-01']);
    // A tag one single-tagged notice and one notice of several share: still an anchor, with one right answer.
    expect(judged.get('panel-01')).toEqual(['datacentre-01']);
  });

  test('anchors are notices of one tag only, at most the number asked a tag, first by the order given', () => {
    const judged = judgementsBySharedTags(reports, 2, byId);
    expect([...judged.keys()]).toEqual(['mailer-01', 'mailer-02', 'panel-01', 'relay-01', 'relay-02']);
    // Another order picks other anchors (the script passes the SHA-1 of the id).
    const reversed = judgementsBySharedTags(reports, 1, (id) => [...id].reverse().join(''));
    expect([...reversed.keys()]).toEqual(['mailer-01', 'panel-01', 'relay-01']);
    expect(judgementsBySharedTags(reports, 1, (id) => (id === 'relay-03' ? '0' : id)).has('relay-03')).toBe(true);
  });

  test('a tag named twice in one notice counts once, and a tag no other notice names gives no anchor', () => {
    const judged = judgementsBySharedTags([{ id: 'a', tags: ['x', 'x'] }, { id: 'b', tags: ['x'] }, { id: 'c', tags: ['y'] }], 6, byId);
    expect(Object.fromEntries(judged)).toEqual({ a: ['b'], b: ['a'] });
  });

  test('the same judgements whatever the input order', () => {
    const forward = judgementsBySharedTags(reports, 2, byId);
    const backward = judgementsBySharedTags([...reports].reverse(), 2, byId);
    expect([...backward]).toEqual([...forward]);
  });
});

describe('npm run judge:similarity', () => {
  const script = resolve(import.meta.dirname, '../../scripts/similarity-judgements.ts');
  const pool = resolve(import.meta.dirname, '../fixtures/similarity/round53/tagged.jsonl');
  const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

  test('prints the judgements of the function, anchors first by the SHA-1 of the id', () => {
    const result = run(pool, '--per-tag', '1');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const sha1 = (id: string) => createHash('sha1').update(id).digest('hex');
    const expected = Object.fromEntries(judgementsBySharedTags(reports, 1, sha1));
    expect(JSON.parse(result.stdout)).toEqual(expected);
    expect(Object.keys(expected)).toHaveLength(3);
  });

  test('refuses a line without its tags, naming the file, the line and the fix', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'judge-similarity-')), 'untagged.jsonl');
    writeFileSync(file, '{"id": "a", "tags": ["x"]}\n{"id": "b"}\n');
    const result = run(file);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file}:2: the field "tags" is missing or not a list of strings; give the components the notice names`);
  });
});
