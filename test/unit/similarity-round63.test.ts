import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBareMirror } from '../support/git-fixture.ts';

// Round 63 of docs/findability.md ("Similar incidents, round 63"): two fresh sets of long-form
// reports (a service's incident reports, a project's security and outage post-mortems), a shape
// the status-notice sets did not have, judged by a reader's groups file. Invented text only: the
// sets and their groups live outside the repository.

const report = (heading: string, body: string) => `# ${heading}\n\n## Summary\n\n${body}\n\n## Timeline\n\nAll times in UTC.\n`;

describe('scripts/build-similarity-sets.ts: round 63 sets', () => {
  test('long-form reports: titles without their dates or the template placeholder, tags from the groups file', () => {
    const root = mkdtempSync(join(tmpdir(), 'similar63-'));
    try {
      writeBareMirror(root, 'jupyterhub+mybinder.org-deploy', {
        'docs/source/incident-reports/2031-04-05-queue-full.md': report('2031-04-05, Queue Full', 'Launches failed: every slot was taken.'),
        'docs/source/incident-reports/2031-05-06-no-logs.md': report('incident date: 2031-05-06, Build logs missing', 'Users saw no build logs.'),
        'docs/source/incident-reports/2031-06-07-proxy-oom.md': report('2031-06-07 4:23PM PST, Proxy out of memory', 'The proxy node ran out of memory.'),
        'docs/source/incident-reports/2031-07-08-rush.md': report('2031-07-08 Conference rush', 'A workshop filled the queue.'),
        // The folder's index, its template and an image: not reports.
        'docs/source/incident-reports/index.md': '# Incident reports\n\nThe list.\n',
        'docs/source/incident-reports/template-incident-report.md': report('YYYY-MM-DD, Incident name', 'What happened.'),
        'docs/source/incident-reports/img/2031-04-05-chart.png': 'not an image',
      });
      writeBareMirror(root, 'Chia-Network+post-mortem', {
        'template.md': '# ISSUE NAME\n## Issue Summary\n\nLorem ipsum\n',
        'README.md': '# Post-mortems\n\nThe list.\n',
        '2031-01/2031-01-10-Mailbox-Takeover.md': '# Suspected mailbox takeover\n## Issue Summary\nA login from elsewhere.\n',
        // The template's heading kept, no heading at all, no extension: the file name says the title.
        '2031-02/02-11-Token_Phish.md': '# ISSUE NAME\n## Issue Summary\nA message asked for a token.\n',
        '2031-03/2031-03-12-negative-balance': '## Issue summary\nA balance below zero was accepted.\n',
        '2031-03/2031-03-13-overdraft.md': '\n# Overdraft accepted\n## Issue Summary\nA spend above the balance passed.\n',
        'assets/2031-01/chart.png': 'not an image',
        '2031-03/notes.txt': 'Not a post-mortem.',
      });
      const out = join(root, 'sets');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'groups-mybinder.json'), JSON.stringify({ full: ['2031-04-05-queue-full', '2031-07-08-rush'], proxy: ['2031-06-07-proxy-oom'] }));
      writeFileSync(join(out, 'groups-chia.json'), JSON.stringify({ accounts: ['2031-01-10-Mailbox-Takeover', '02-11-Token_Phish'], spends: ['2031-03-12-negative-balance', '2031-03-13-overdraft'] }));
      const printed = execFileSync(process.execPath, [resolve('scripts/build-similarity-sets.ts'), '--mirrors', join(root, 'mirrors'), '--out', out, '--set', 'mybinder,chia'], { encoding: 'utf8' });
      expect(printed).toBe([
        'mybinder: 4 reports, 2 anchors, 1.0 right answers an anchor (--per-tag 10)',
        'chia: 4 reports, 4 anchors, 1.0 right answers an anchor (--per-tag 10)',
        '',
      ].join('\n'));
      const read = (set: string) => readFileSync(join(out, set, 'pool', 'reports.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      const incidents = read('mybinder');
      expect(incidents.map((r) => [r.id, r.title, r.tags])).toEqual([
        ['2031-04-05-queue-full', 'Queue Full', ['full']],
        ['2031-05-06-no-logs', 'Build logs missing', []],
        ['2031-06-07-proxy-oom', 'Proxy out of memory', ['proxy']],
        ['2031-07-08-rush', 'Conference rush', ['full']],
      ]);
      // The heading (title and date) is out of the text; the rest of the report stays.
      expect(incidents[0].text).toBe('## Summary\n\nLaunches failed: every slot was taken.\n\n## Timeline\n\nAll times in UTC.');
      expect(JSON.parse(readFileSync(join(out, 'judgements-mybinder.json'), 'utf8'))).toEqual({
        '2031-04-05-queue-full': ['2031-07-08-rush'],
        '2031-07-08-rush': ['2031-04-05-queue-full'],
      });
      const postMortems = read('chia');
      expect(postMortems.map((r) => [r.id, r.title, r.tags])).toEqual([
        ['02-11-Token_Phish', 'Token Phish', ['accounts']],
        ['2031-01-10-Mailbox-Takeover', 'Suspected mailbox takeover', ['accounts']],
        ['2031-03-12-negative-balance', 'negative balance', ['spends']],
        ['2031-03-13-overdraft', 'Overdraft accepted', ['spends']],
      ]);
      expect(postMortems[0].text).toBe('## Issue Summary\nA message asked for a token.');
      expect(readFileSync(join(out, 'chia', 'README.txt'), 'utf8')).toMatch(/github\.com\/Chia-Network\/post-mortem YYYY-MM\/\* at [0-9a-f]{40}/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    // One run of the script over two bare mirrors: above the unit project's 60 s on a loaded machine.
  }, 180_000);
});
