import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { firstLinkDisagreements, halfOf, rankByPlainBm25, rankByPlainTfIdf, rankingOfLinks, type LabelledReport } from '../../src/lib/similarity-evaluation.ts';
import { findSimilarLinkedBy } from '../../src/lib/similarity-link-by.ts';

// Round 52 (docs/findability.md, "Similar incidents, round 52"): where the site's first link and a
// plain baseline's disagree, per judged report, instead of P@1 alone.

const ranked = (entries: Record<string, string[]>) => new Map(Object.entries(entries));
const judged = (entries: Record<string, string[]>) => new Map(Object.entries(entries).map(([id, relevant]) => [id, new Set(relevant)]));

describe('firstLinkDisagreements', () => {
  const judgements = judged({
    zulu: ['a1', 'a2'], // right by ours only
    bravo: ['b1'], // right by the baseline only
    alpha: ['c1'], // right by both
    delta: ['d1'], // right by neither
    echo: [], // judged with nothing relevant: no query
    yankee: ['y1'], // the baseline right, ours gave no link at all
  });
  const ours = ranked({ zulu: ['a2', 'x'], bravo: ['x', 'b1'], alpha: ['c1'], delta: ['x'], echo: ['x'], yankee: [] });
  const baseline = ranked({ zulu: ['x', 'a1'], bravo: ['b1'], alpha: ['c1', 'x'], delta: ['y'], echo: ['x'], yankee: ['y1'] });

  test('the reports right at the first link by one ranking and not the other, each side apart, in id order', () => {
    expect(firstLinkDisagreements(ours, baseline, judgements)).toEqual({ oursOnly: ['zulu'], baselineOnly: ['bravo', 'yankee'] });
  });

  test('a second place does not count as a first link', () => {
    // bravo's relevant report is second in ours; zulu's second in the baseline: both stay disagreements.
    const { oursOnly, baselineOnly } = firstLinkDisagreements(ours, baseline, judgements);
    expect(oursOnly).toContain('zulu');
    expect(baselineOnly).toContain('bravo');
  });

  test('only the queries asked for (a half), and swapping the rankings swaps the sides', () => {
    expect(firstLinkDisagreements(ours, baseline, judgements, (id) => id !== 'bravo')).toEqual({ oursOnly: ['zulu'], baselineOnly: ['yankee'] });
    expect(firstLinkDisagreements(baseline, ours, judgements)).toEqual({ oursOnly: ['bravo', 'yankee'], baselineOnly: ['zulu'] });
  });
});

describe('npm run eval:similarity -- <pool> --judgements FILE --first-links', () => {
  const pool = resolve(import.meta.dirname, '../fixtures/similarity/round52');
  const judgementsFile = resolve(pool, 'judgements.json');
  const script = resolve(import.meta.dirname, '../../scripts/eval-similarity.ts');
  const run = (...args: string[]) => spawnSync(process.execPath, [script, pool, ...args], { encoding: 'utf8' });
  // Twelve invented notices of one helpdesk's status page, three failures, a closing sentence on each.
  const reports: LabelledReport[] = readFileSync(resolve(pool, 'reports.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const judgements = judged(JSON.parse(readFileSync(judgementsFile, 'utf8')));
  const site = rankingOfLinks(findSimilarLinkedBy(reports.map((r) => ({ id: r.id, title: r.title, summary: '', text: r.text, services: [], tags: [], related: [] }))));
  const baselines = { 'plain TF-IDF': rankByPlainTfIdf(reports, 10), 'plain BM25': rankByPlainBm25(reports, 10) };
  const halves = { all: () => true, development: (id: string) => halfOf(id) === 'development', 'held-out': (id: string) => halfOf(id) === 'held-out' };

  test('--json: per half and baseline, the disagreements of the site\'s and the baseline\'s first links', () => {
    const result = run('--judgements', judgementsFile, '--first-links', '--json');
    expect(result.status, result.stderr).toBe(0);
    const { firstLinks } = JSON.parse(result.stdout);
    const expected = Object.fromEntries(Object.entries(halves).map(([half, isQuery]) => [
      half,
      Object.fromEntries(Object.entries(baselines).map(([model, ranking]) => [model, firstLinkDisagreements(site, ranking, judgements, isQuery)])),
    ]));
    expect(firstLinks).toEqual(expected);
    // The fixture has a disagreement to show: its sign-on notice's first link is a phone notice by the site, a sign-in one by TF-IDF.
    expect(firstLinks.development['plain TF-IDF'].baselineOnly).toContain('login-3');
  });

  test('the table, then a line per half and baseline with the reports the baseline alone gets right and both first links', () => {
    const result = run('--judgements', judgementsFile, '--first-links', '--development-only');
    expect(result.status, result.stderr).toBe(0);
    const { baselineOnly, oursOnly } = firstLinkDisagreements(site, baselines['plain TF-IDF'], judgements, halves.development);
    const section = result.stdout.split('\n\n').find((part) => part.includes('by plain TF-IDF only'))!;
    expect(section.split('\n')[0]).toBe(`first links, development: right by similar incidents only ${oursOnly.length}, by plain TF-IDF only ${baselineOnly.length}`);
    for (const id of baselineOnly) {
      const title = reports.find((r) => r.id === id)!.title;
      expect(section).toContain(`  ${id} "${title}"`);
      expect(section).toContain(`    plain TF-IDF: ${baselines['plain TF-IDF'].get(id)![0]} "`);
      expect(section).toContain(`    similar incidents: ${site.get(id)![0]} "`);
    }
    expect(result.stdout).not.toContain('first links, held-out');
  });

  test('without --first-links nothing of it is printed, and --first-links needs judgements', () => {
    expect(run('--judgements', judgementsFile).stdout).not.toContain('first links');
    const refused = run('--first-links');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--first-links compares first links against judgements: give --judgements FILE too.');
  });
});
