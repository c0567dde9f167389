import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepTogetherSource, runsCacheLimit, unbreakableRuns, unbreakableRunsSplitCount, unbrokenHtml, type TextRun } from '../../src/lib/unbroken.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { parse } from 'yaml';

const kept = (text: string) => unbreakableRuns(text).filter((run) => run.keep).map((run) => run.text);

describe('runs a line must not break inside', () => {
  test('days: ISO (a hyphen a browser breaks after), day month year, month day year, slashes, quarters', () => {
    // Imported titles, as at 375px they broke: "Incident on 2021-" / "06-09".
    expect(kept('Incident on 2021-06-09 - All users are unable to create new ingress rules')).toEqual(['2021-06-09']);
    expect(kept('4 Jan 2018, 13:34 UTC')).toEqual(['4 Jan 2018', '13:34 UTC']);
    expect(kept('Maintenance Window - February 5, 2024')).toEqual(['February 5, 2024']);
    expect(kept('Frontend incident report - 05/07/2013')).toEqual(['05/07/2013']);
    expect(kept('Time to resolve in 2024-Q1 and in 2024-03')).toEqual(['2024-Q1', '2024-03']);
    expect(kept('2017-11-30 4:23PM PST, OOM (Out of Memory) Proxy')).toEqual(['2017-11-30', '4:23PM PST']);
  });
  test('durations: a number and its unit, and a duration of several parts', () => {
    expect(kept('authority notified 19 h late')).toEqual(['19 h']);
    expect(kept('took 2 h 10 min to fix, 45 minutes of it waiting')).toEqual(['2 h 10 min', '45 minutes']);
  });
  test('ticket keys and ids: a browser breaks after their hyphen ("OPS-" / "4521" in a tracker action)', () => {
    expect(kept('Close OPS-4521 before the SEV-1 review; see CVE-2024-1234 and PLATFORM_OPS-12')).toEqual(['OPS-4521', 'SEV-1', 'CVE-2024-1234', 'PLATFORM_OPS-12']);
    expect(kept('kube-lego, ops-4521 (lower case is a name), X-Forwarded-For, ABC-12x')).toEqual([]);
  });
  test('no run where nothing can break or nothing is a date: identifiers, versions, ranges of years, counts', () => {
    expect(kept('kube-lego v1.29.10 on checkout-api, 4,870 profiles, 2014-2015, 14:02, 5xx errors, 3 dogs')).toEqual([]);
    expect(kept('incident-2021-06-09-db')).toEqual([]);
  });
  test('the runs joined are the text, unchanged (no non-breaking characters for search or copy and paste)', () => {
    const text = 'Incident on 2021-06-09 – 19 h late & <b>not</b> 4 Jan 2018';
    expect(unbreakableRuns(text).map((run) => run.text).join('')).toBe(text);
    expect(unbreakableRuns('')).toEqual([]);
  });
  test('as HTML: escaped, each run in a nowrap span of the class given', () => {
    expect(unbrokenHtml('<on> 2021-06-09 & after')).toBe('&lt;on&gt; <span class="nowrap">2021-06-09</span> &amp; after');
    expect(unbrokenHtml('4 Jan 2018', 'ev-nowrap')).toBe('<span class="ev-nowrap">4 Jan 2018</span>');
  });
});

/** The split as it was written before session 19: `matchAll` on every call, no cache. */
function splitWithMatchAll(text: string): TextRun[] {
  const pattern = new RegExp(keepTogetherSource, 'g');
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (!/[\s/-]/.test(match[0])) continue;
    if (match.index > at) runs.push({ text: text.slice(at, match.index), keep: false });
    runs.push({ text: match[0], keep: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), keep: false });
  return runs;
}
/** Titles, summaries, timeline events and action items of every postmortem in the repository. */
function repositoryTexts(): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.mdx?$/.test(entry.name)) {
        try {
          const data = parse(splitFrontmatter(readFileSync(path, 'utf8')).yaml) as Record<string, unknown> | null;
          const collect = (value: unknown): void => {
            if (typeof value === 'string') texts.push(value);
            else if (Array.isArray(value)) value.forEach(collect);
            else if (value && typeof value === 'object') Object.values(value).forEach(collect);
          };
          collect(data);
        } catch {
          // A fixture with broken YAML on purpose: nothing to read.
        }
      }
    }
  };
  for (const dir of ['content', 'test/fixtures']) walk(join(import.meta.dirname, '../..', dir));
  return texts;
}

describe('each text is split once (session 19: a build split 8,758 texts 59,868 times)', () => {
  test('the same text again is not split again, and gives the same runs', () => {
    const text = `Checkout down for 2 h 10 min on 2024-03-05 (${Math.random()})`;
    const before = unbreakableRunsSplitCount();
    const first = unbreakableRuns(text);
    expect(unbreakableRunsSplitCount()).toBe(before + 1);
    expect(unbreakableRuns(text)).toBe(first);
    expect(unbrokenHtml(text)).toBe(unbrokenHtml(text));
    expect(unbreakableRunsSplitCount()).toBe(before + 1);
    // Another text is split.
    unbreakableRuns(`${text}.`);
    expect(unbreakableRunsSplitCount()).toBe(before + 2);
  });
  test('the HTML of another class is not taken from the cache of the nowrap class', () => {
    const text = `Paged at 13:34 UTC on 4 Jan 2018 (${Math.random()})`;
    expect(unbrokenHtml(text)).toContain('<span class="nowrap">4 Jan 2018</span>');
    expect(unbrokenHtml(text, 'ev-nowrap')).toContain('<span class="ev-nowrap">4 Jan 2018</span>');
    expect(unbrokenHtml(text, 'ev-nowrap')).not.toContain('"nowrap"');
  });
  test('past the limit the cache starts again, and still gives the right runs', () => {
    const texts = Array.from({ length: runsCacheLimit + 10 }, (_, i) => `item ${i} took ${i % 90} min`);
    for (const text of texts) unbreakableRuns(text);
    const before = unbreakableRunsSplitCount();
    // The first texts were dropped when the cache was emptied: split again, with the same runs.
    expect(unbreakableRuns(texts[0])).toEqual(splitWithMatchAll(texts[0]));
    expect(unbreakableRunsSplitCount()).toBe(before + 1);
    // The last ones are still there.
    unbreakableRuns(texts.at(-1)!);
    expect(unbreakableRunsSplitCount()).toBe(before + 1);
  });
  test('the exec loop gives the runs matchAll gave, on every text of the repository and on generated ones', () => {
    const texts = repositoryTexts();
    expect(texts.length).toBeGreaterThan(1000);
    const parts = ['2021-06-09', '2024-Q1', '2024-03', '05/07/2013', '4 Jan 2018', 'February 5, 2024', '13:34 UTC', '4:23PM PST', '19 h', '2 h 10 min', '45 minutes', 'v1.2.3', '14:02', '-', ' ', '/', 'x', '3 dogs', 'a.b', '2014-2015'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3000; i++) texts.push(Array.from({ length: 1 + Math.floor(next() * 8) }, () => parts[Math.floor(next() * parts.length)]).join(next() < 0.5 ? ' ' : ''));
    for (const text of texts) expect(unbreakableRuns(text), text).toEqual(splitWithMatchAll(text));
  });
});
