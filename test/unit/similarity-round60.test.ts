import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBareMirror } from '../support/git-fixture.ts';
import { condensedRankings } from '../../src/lib/condensed-rankings.ts';
import { findSimilarLinkedBy } from '../../src/lib/similarity-link-by.ts';

// Round 60 of docs/findability.md ("Similar incidents, round 60"): rounds 52-57's sets rebuilt by
// scripts/build-similarity-sets.ts, and rankings read condensed (the reports no tag judges taken
// out). Invented text only: the sets live outside the repository.

describe('condensedRankings', () => {
  test('takes the unjudged reports out of every list, keeps the order, and cuts after', () => {
    const ranked = new Map([
      ['a', ['stub', 'b', 'c', 'stub2', 'd']],
      ['b', ['a']],
    ]);
    const judged = (id: string) => !id.startsWith('stub');
    expect(condensedRankings(ranked, judged)).toEqual(new Map([['a', ['b', 'c', 'd']], ['b', ['a']]]));
    expect(condensedRankings(ranked, judged, 2).get('a')).toEqual(['b', 'c']);
    // The lists given are left as they were.
    expect(ranked.get('a')).toEqual(['stub', 'b', 'c', 'stub2', 'd']);
  });
});

describe('the blend taken deeper keeps its first five', () => {
  test('links at a limit of 10 begin with the five a page shows', () => {
    const words = ['queue', 'worker', 'memory', 'certificate', 'login', 'replica', 'disk', 'cache', 'dns', 'deploy'];
    const docs = Array.from({ length: 16 }, (_, i) => ({
      id: `r${String(i).padStart(2, '0')}`,
      title: `${words[i % 10]} ${words[(i * 3) % 10]} failure`,
      summary: '',
      text: `The ${words[i % 10]} and the ${words[(i * 7 + 1) % 10]} stopped; the ${words[(i * 3) % 10]} was restarted and the ${words[(i + 4) % 10]} recovered.`,
      services: [],
      tags: [],
      related: [],
    }));
    const shown = findSimilarLinkedBy(docs, 'blend');
    const deeper = findSimilarLinkedBy(docs, 'blend', 10);
    expect([...deeper.values()].some((links) => links.length > 5)).toBe(true);
    for (const [id, links] of shown) expect(deeper.get(id)!.slice(0, links.length)).toEqual(links);
  });
});

describe('scripts/build-similarity-sets.ts: rounds 52-57 sets', () => {
  test('status pages, Jekyll posts, YAML records, case folders and a list, from invented repositories', () => {
    const root = mkdtempSync(join(tmpdir(), 'similar60-'));
    try {
      const repository = (mirror: string, files: Record<string, string>) => writeBareMirror(root, mirror, files);
      const notice = (title: string, affected: string[], body: string) => `---\ntitle: ${title}\naffected:\n${affected.map((system) => `  - ${system}`).join('\n')}\n\n---\n\n${body}\n`;
      repository('civo+status', {
        // Front matter after an empty line, and a component written with its region.
        'content/issues/a.md': `\n${notice('Router swap', ['Network/NORTH2'], 'Packets were dropped.')}`,
        'content/issues/b.md': notice('Edge flap', ['Network'], 'The edge flapped.'),
        'content/issues/c.md': 'No front matter here.\n',
      });
      repository('dshymanskyi+la-status-v2', {
        '_posts/2031-01-01-queue.md': '---\ntitle: Ticket queue stalled\nservices: [tickets]\nincident_states:\n- status: investigating\n  content: "Tickets wait"\n---\nThe queue drained.\n',
        // A key written twice (the strict reader refuses the post).
        '_posts/2031-01-02-mail.md': '---\ntitle: Ticket mail late\nstatus: open\nstatus: resolved\nservices: [tickets,emails]\nincident_states:\n- status: investigating\n  content: "Mail was late"\n---\n',
        '_posts/_posts/2031-01-01-queue.md': '---\ntitle: A copy\nservices: [tickets]\n---\nCopy.\n',
      });
      repository('vscentrum+status-page', {
        'incidents/north_1.yml': 'meta_data:\n  title: Scratch slow\n  affected: tier2_north, backbone\ncontent: >\n  <p>Scratch was slow.<br />It recovered.</p>\n',
        'incidents/north_2.yml': 'meta_data:\n  title: Login node down\n  affected: tier2_north\ncontent: >\n  The login node rebooted.\n',
      });
      repository('bigalfu-tech+SOC-Analyst-Incident-Reports', {
        'README.md': '# Cases\n',
        'spray/case 1 first.md': '## Title\nMany tries on one portal\n\n## Classification\n- Incident Type: Spray\n- Severity: High\n',
        'spray/case-2-second.md': '## Title\nTries from one host\n\n## Summary\nA host tried many names.\n- Incident Type: Spray\n',
      });
      repository('danluu+post-mortems', {
        'README.md': '# A list\n\n## Table of Contents\n\n[Nowhere](#x). Not an entry.\n\n## Clock Errors\n\n[Acme](https://example.invalid/a). A leap second stalled the [queue](https://example.invalid/q).\n\n[Bolt](https://example.invalid/b). The clock went back.\n\n## Uncategorized\n\n[Corp](https://example.invalid/c). Something broke.\n\n## Other lists of postmortems\n\n[List](https://example.invalid/l). Another list.\n',
      });
      const out = join(root, 'sets');
      const printed = execFileSync(process.execPath, [resolve('scripts/build-similarity-sets.ts'), '--mirrors', join(root, 'mirrors'), '--out', out, '--set', 'civo,liveagent,vsc,soc,danluu'], { encoding: 'utf8' });
      expect(printed).toBe([
        'civo: 2 reports, 2 anchors, 1.0 right answers an anchor (--per-tag 10)',
        'liveagent: 2 reports, 1 anchors, 1.0 right answers an anchor (--per-tag 6)',
        'vsc: 2 reports, 1 anchors, 1.0 right answers an anchor (--per-tag 6)',
        'soc: 2 reports, 2 anchors, 1.0 right answers an anchor (--per-tag 5)',
        'danluu: 3 reports, 2 anchors, 1.0 right answers an anchor (--per-tag 1000)',
        '',
      ].join('\n'));
      const read = (set: string) => readFileSync(join(out, set, 'pool', 'reports.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      expect(read('civo').map((report) => [report.id, report.tags, report.text])).toEqual([['a', ['Network'], 'Packets were dropped.'], ['b', ['Network'], 'The edge flapped.']]);
      expect(read('liveagent').map((report) => [report.id, report.title, report.tags, report.text])).toEqual([
        ['2031-01-01-queue', 'Ticket queue stalled', ['tickets'], 'Tickets wait\nThe queue drained.'],
        ['2031-01-02-mail', 'Ticket mail late', ['emails', 'tickets'], 'Mail was late'],
      ]);
      expect(read('vsc').map((report) => [report.id, report.title, report.tags, report.text])).toEqual([
        ['north_1', 'Scratch slow', ['backbone', 'tier2_north'], 'Scratch was slow.\nIt recovered.'],
        ['north_2', 'Login node down', ['tier2_north'], 'The login node rebooted.'],
      ]);
      const soc = read('soc');
      expect(soc.map((report) => [report.id, report.title, report.tags])).toEqual([['spray-case 1 first', 'Many tries on one portal', ['spray']], ['spray-case-2-second', 'Tries from one host', ['spray']]]);
      // The kind itself is no part of the text the models read.
      for (const report of soc) expect(report.text).not.toMatch(/Incident Type|Spray/);
      expect(read('danluu').map((report) => [report.id, report.title, report.tags, report.text])).toEqual([
        ['entry-001', 'Acme', ['Clock Errors'], 'A leap second stalled the queue.'],
        ['entry-002', 'Bolt', ['Clock Errors'], 'The clock went back.'],
        ['entry-003', 'Corp', [], 'Something broke.'],
      ]);
      expect(JSON.parse(readFileSync(join(out, 'judgements-danluu.json'), 'utf8'))).toEqual({ 'entry-001': ['entry-002'], 'entry-002': ['entry-001'] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('eval-similarity.ts --condensed', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [resolve('scripts/eval-similarity.ts'), ...args], { encoding: 'utf8' });

  test('an untagged report linked first counts as a miss as it stands and is passed over condensed', () => {
    const root = mkdtempSync(join(tmpdir(), 'condensed60-'));
    try {
      const reports = [
        { id: 'q1', title: 'Billing queue worker out of memory', text: 'The billing queue worker ran out of memory and the billing queue backed up for an hour.', tags: ['queue'] },
        { id: 'q2', title: 'Billing worker memory errors', text: 'Out of memory errors stopped the billing worker; invoices queued.', tags: ['queue'] },
        { id: 'stub', title: 'Billing queue worker out of memory', text: 'The billing queue worker ran out of memory and the billing queue backed up.', tags: [] },
        { id: 'c1', title: 'Login certificate expired', text: 'The certificate of the login page expired overnight and sign-in failed.', tags: ['certificate'] },
        { id: 'c2', title: 'Expired certificate on login', text: 'An expired certificate broke the login page until it was renewed.', tags: ['certificate'] },
      ];
      mkdirSync(join(root, 'pool'));
      writeFileSync(join(root, 'pool', 'reports.jsonl'), reports.map((report) => JSON.stringify({ ...report, label: report.tags.join(' | ') || 'none' })).join('\n') + '\n');
      writeFileSync(join(root, 'judgements.json'), JSON.stringify({ q1: ['q2'], q2: ['q1'], c1: ['c2'], c2: ['c1'] }));
      const figures = (...extra: string[]) => {
        const result = run(join(root, 'pool'), '--judgements', join(root, 'judgements.json'), '--json', ...extra);
        expect(result.status, result.stderr).toBe(0);
        return JSON.parse(result.stdout).all as Record<string, { precisionAt1: number; queries: number }>;
      };
      const plain = figures();
      const condensed = figures('--condensed');
      // As it stands, the first link of q1 and q2 is the stub that repeats q1, a miss for the site and both baselines.
      for (const model of ['similar incidents', 'plain TF-IDF', 'plain BM25']) {
        expect(plain[model].queries).toBe(4);
        expect(plain[model].precisionAt1).toBe(0.5);
        expect(condensed[model].precisionAt1).toBe(1);
      }
      // A pool without tags cannot be read condensed.
      writeFileSync(join(root, 'pool', 'reports.jsonl'), reports.map(({ tags, ...report }) => JSON.stringify({ ...report, label: tags.join(' | ') || 'none' })).join('\n') + '\n');
      const refused = run(join(root, 'pool'), '--judgements', join(root, 'judgements.json'), '--condensed');
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('no line carries a "tags" list');
      expect(run(join(root, 'pool'), '--condensed').stderr).toContain('give --judgements FILE too');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
