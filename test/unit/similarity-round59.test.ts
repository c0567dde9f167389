import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBareMirror } from '../support/git-fixture.ts';
import { templateAndCodeWordsOf, templatePhrasesOf } from '../../src/lib/reason-template-and-code.ts';
import { type SimilarityDocument } from '../../src/lib/similarity.ts';
import { findSimilarLinkedBy } from '../../src/lib/similarity-link-by.ts';

// Round 59 of docs/findability.md ("Similar incidents, round 59"): a short form of a template's
// value in reasons, the fresh sets' readers of scripts/build-similarity-sets.ts, and the one
// command line of the two similarity-set scripts. Invented text only: the sets themselves live
// outside the repository and are rebuilt by scripts/build-similarity-sets.ts.

describe('a short form of a template value is the template', () => {
  const template = new Set(['diagnosis:', 'workaround:', ':none at this time']);

  test('"Workaround: None" under a template label, and a value on a line of its own, with or without an ellipsis', () => {
    expect([...templateAndCodeWordsOf('Diagnosis: None\nWorkaround: None\nThe relay restarted.', template).template].sort()).toEqual(['diagnosis', 'none', 'workaround']);
    expect([...templateAndCodeWordsOf('Workaround:\nNone at this time…\nThe relay restarted.', template).template].sort()).toEqual(['at', 'none', 'this', 'time', 'workaround']);
  });

  test('a value with a word of its own, a label no template has, and the story\'s "none" stay', () => {
    expect([...templateAndCodeWordsOf('Workaround: None, restart the relay', template).template]).toEqual(['workaround']);
    expect(templateAndCodeWordsOf('Owner: None', template).template.size).toBe(0);
    expect([...templateAndCodeWordsOf('Workaround: None\nNone of the replicas answered.', template).template]).toEqual(['workaround']);
    // An empty value is no short form of anything.
    expect([...templateAndCodeWordsOf('Workaround:\n\nThe relay restarted.', template).template]).toEqual(['workaround']);
  });

  test('with no template value, nothing is a short form', () => {
    expect(templateAndCodeWordsOf('Workaround: None', new Set(['workaround:'])).template.has('none')).toBe(false);
  });
});

/** Round 58's 32 invented notices (eight of one template), and two more that write the template's values short. */
const doc = (id: string, title: string, text: string): SimilarityDocument => ({ id, title, summary: '', text, services: [], tags: [], related: [] });
const notices: SimilarityDocument[] = [
  ...JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/similarity/reasons58/notices.json'), 'utf8')),
  doc('short-01', 'Lantern Queue: messages delayed', 'Description: Lantern Queue messages are delayed.\nDiagnosis: None\nWorkaround: None\n\nDescription: Lantern Queue recovered.\nDiagnosis: None\nWorkaround:\nNone at this time…'),
  doc('short-02', 'Lantern Queue: deliveries stalled', 'Description: Lantern Queue deliveries stalled.\nDiagnosis: None\nWorkaround: None\n\nDescription: None of the deliveries were lost.'),
];
const textOf = (notice: SimilarityDocument) => `${notice.title}\n${notice.summary}\n${notice.text}`;

describe('short forms in a collection whose template is read from its reports', () => {
  const template = templatePhrasesOf(notices.map(textOf));

  test('the two notices that write "None" are under a tenth: ":none" is no template phrase of its own', () => {
    expect(template.has(':none at this time')).toBe(true);
    expect(template.has(':none')).toBe(false);
  });

  test('"none" is the template\'s in the notice that writes it only as a short value, the story\'s in the one that also writes "None of the deliveries"', () => {
    const byId = new Map(notices.map((notice) => [notice.id, templateAndCodeWordsOf(textOf(notice), template).template]));
    expect(byId.get('short-01')!.has('none')).toBe(true);
    expect(byId.get('short-02')!.has('none')).toBe(false);
    // Round 58's notices read as before: their "None at this time" is the template's.
    expect(byId.get('notice-01')!.has('none')).toBe(true);
  });

  test('the links and reasons do not depend on the order of the notices', () => {
    const forward = findSimilarLinkedBy(notices, 'blend');
    const backward = findSimilarLinkedBy([...notices].reverse(), 'blend');
    expect([...backward].sort(([a], [b]) => (a < b ? -1 : 1))).toEqual([...forward].sort(([a], [b]) => (a < b ? -1 : 1)));
  });
});

describe('scripts/build-similarity-sets.ts: the fresh sets of round 59', () => {
  test('a status page notice set by affected system and a write-up set by series letter, from invented repositories', () => {
    const root = mkdtempSync(join(tmpdir(), 'similar59-'));
    try {
      const repository = (mirror: string, files: Record<string, string>) => writeBareMirror(root, mirror, files);
      const notice = (title: string, affected: string[], body: string) => `---\ntitle: ${title}\naffected:\n${affected.map((system) => `  - ${system}`).join('\n')}\n---\n\n${body}\n`;
      repository('dogsbodytech+status_page_cstate', {
        'content/issues/a.md': notice('Mail relay slow', ['Mail Relay ', 'Support via Chat'], 'Queued mail is delayed.'),
        'content/issues/b.md': notice('Mail relay down', ['Mail Relay'], 'The relay refused connections.'),
        'content/issues/c.md': notice('Chat support paused', ['Support via Chat'], 'Chat is closed today.'),
        'content/issues/d.md': notice('Empty notice', ['Mail Relay'], ''),
        'content/other.md': notice('Not an issue', ['Mail Relay'], 'Elsewhere.'),
      });
      const session = (title: string, body: string) => `# ${title}\n\n${body}\n`;
      repository('dj258255+incident-lab', {
        'sessions/A01-pool-exhaustion/README.md': session('커넥션 풀이 **고갈**되었다', '풀 크기를 늘렸다.'),
        'sessions/A02-lock-storm/README.md': session('락 대기 폭주', '배치를 나눴다.'),
        'sessions/R01-replica-lag/README.md': session('복제 지연', '복제본을 다시 만들었다.'),
        'sessions/R01-replica-lag/RUNBOOK.md': session('절차', '읽지 않는다.'),
      });
      const out = join(root, 'sets');
      const printed = execFileSync(process.execPath, [resolve('scripts/build-similarity-sets.ts'), '--mirrors', join(root, 'mirrors'), '--out', out, '--set', 'dogsbody,incident-lab-ko'], { encoding: 'utf8' });
      expect(printed).toBe('dogsbody: 3 reports, 2 anchors, 1.0 right answers an anchor (--per-tag 10)\nincident-lab-ko: 3 reports, 2 anchors, 1.0 right answers an anchor (--per-tag 5)\n');
      const read = (set: string) => readFileSync(join(out, set, 'pool', 'reports.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      expect(read('dogsbody').map((report) => [report.id, report.title, report.tags])).toEqual([
        ['a', 'Mail relay slow', ['Mail Relay', 'Support via Chat']],
        ['b', 'Mail relay down', ['Mail Relay']],
        ['c', 'Chat support paused', ['Support via Chat']],
      ]);
      expect(read('incident-lab-ko').map((report) => [report.id, report.title, report.tags, report.text])).toEqual([
        ['A01-pool-exhaustion', '커넥션 풀이 고갈되었다', ['A'], '풀 크기를 늘렸다.'],
        ['A02-lock-storm', '락 대기 폭주', ['A'], '배치를 나눴다.'],
        ['R01-replica-lag', '복제 지연', ['R'], '복제본을 다시 만들었다.'],
      ]);
      expect(JSON.parse(readFileSync(join(out, 'judgements-dogsbody.json'), 'utf8'))).toEqual({ b: ['a'], c: ['a'] });
      expect(JSON.parse(readFileSync(join(out, 'judgements-incident-lab-ko.json'), 'utf8'))).toEqual({ 'A01-pool-exhaustion': ['A02-lock-storm'], 'A02-lock-storm': ['A01-pool-exhaustion'] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the similarity-set scripts read one command line', () => {
  const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [resolve('scripts', script), ...args], { encoding: 'utf8' });

  test('both print the shared options first, then their own', () => {
    const shared = '<sets folder> [--tree DIR] [--link-by blend|cause|system] [--set NAME,...]';
    expect(run('similarity-sets-table.ts', '--help').stdout).toContain(`Usage: node scripts/similarity-sets-table.ts ${shared} [--development-only] [--condensed]\n`);
    expect(run('similarity-sets-reasons.ts', '--help').stdout).toContain(`Usage: node scripts/similarity-sets-reasons.ts ${shared} [--count]\n`);
  });
});
