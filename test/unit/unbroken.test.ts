import { describe, expect, test } from 'vitest';
import { unbreakableRuns, unbrokenHtml } from '../../src/lib/unbroken.ts';

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
