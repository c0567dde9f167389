import { describe, expect, test } from 'vitest';
import { formatSearchIndexLog, readSearchIndexLog } from '../../src/lib/search-index-log.ts';

describe('the search index line of the internal build', () => {
  test('says how long the build waited for pagefind after Astro, and the bench reads it back', () => {
    const line = formatSearchIndexLog({ pages: 1000, seconds: 14.24, timing: 'beside', doneAfter: 18.66, astroDoneAfter: 17.31 });
    expect(line).toContain('pagefind indexed 1000 postmortems from their sources in 14.2 s, beside the Astro build');
    expect(line).toContain("Astro's build was done after 17.3 s, so the build waited 1.4 s for the index");
    const output = `12:00:01 [build] Rearranging server assets...\n12:00:19 [postmortem-kb] ${line}\n12:00:19 [build] Complete!`;
    expect(readSearchIndexLog(output)).toEqual({ seconds: 14.2, timing: 'beside', waitedSeconds: 1.4 });
  });

  test('an index that was done before Astro is a wait of zero, not a negative one', () => {
    const line = formatSearchIndexLog({ pages: 3, seconds: 2, timing: 'beside', doneAfter: 9, astroDoneAfter: 9.5 });
    expect(readSearchIndexLog(line).waitedSeconds).toBe(0);
  });

  test("reads scripts/build.ts's line for an index written after Astro's process, which says no wait", () => {
    const output = "Search index: pagefind indexed 5000 postmortems from their sources in 21.7 s, after the Astro build's process ended (it had read them while Astro rendered; done after 80.2 s).";
    const reading = readSearchIndexLog(output);
    expect(reading.seconds).toBe(21.7);
    expect(reading.timing).toBe('after');
    expect(reading.waitedSeconds).toBeNaN();
  });

  test('a build output without the line reads as unknown', () => {
    const reading = readSearchIndexLog('Built the public site.');
    expect(reading.timing).toBe('unknown');
    expect(reading.seconds).toBeNaN();
  });
});
