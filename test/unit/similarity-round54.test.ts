import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDateOrTimeWord } from '../../src/lib/date-and-time-words.ts';
import { isNoReasonWord } from '../../src/lib/reason-words.ts';
import { findSimilarPostmortems, type SimilarityDocument } from '../../src/lib/similarity.ts';
import { findSimilarLinkedBy } from '../../src/lib/similarity-link-by.ts';

// Round 54: the reason beside a similar link names what the incidents share, never when they were
// written nor a status update's telling ("pm, noon", "done, key", "currently": docs/findability.md,
// "Similar incidents, round 54").

describe('isDateOrTimeWord', () => {
  test('times of day, days, months, time zones and dates or clock times as one word say when', () => {
    for (const word of ['pm', 'am', 'noon', 'midnight', 'morning', 'tonight', 'monday', 'tue', 'june', 'sept', 'utc', 'cest', 'pt', 'uhr', '27th', '2nd', '15am', '14h30', '0h0', '10:15', '20mn']) {
      expect(isDateOrTimeWord(word), word).toBe(true);
    }
  });

  test('words of what failed do not, nor a number alone or a modal verb', () => {
    for (const word of ['power', 'timeout', 'maintenance', 'chiller', 'may', 'time', '404', '2031', 'utc0', 'h2']) {
      expect(isDateOrTimeWord(word), word).toBe(false);
    }
  });
});

describe('isNoReasonWord', () => {
  test('a date, a status update\'s telling, another language\'s function word and a hexadecimal id are no reason', () => {
    for (const word of ['pm', 'noon', 'currently', 'done', 'please', 'possible', 'soon', 'zwischen', 'der', '134a959a']) {
      expect(isNoReasonWord(word), word).toBe(true);
    }
  });

  test('what incidents share is a reason: the service, the failure, the component, the error', () => {
    for (const word of ['srpm', 'builds', 'failing', 'dependency', 'key', 'compressor', 'replica', 'certificate', 'timeout', 'beegfs']) {
      expect(isNoReasonWord(word), word).toBe(false);
    }
  });
});

/** Six invented notices of a data centre: three failures, each twice, all written with dates and a status update's telling. */
const notices: SimilarityDocument[] = JSON.parse(readFileSync(resolve('test/fixtures/similarity/round54/notices.json'), 'utf8')).map(
  (notice: { id: string; title: string; text: string }) => ({ ...notice, summary: '', services: [], tags: [], related: [] }),
);
const everyday = /\b(?:pm|am|noon|midnight|morning|afternoon|evening|tomorrow|utc|monday|tuesday|june|currently|done|please|expect|details|soon)\b/;
const reasonsOf = (links: Map<string, { id: string; reason: string }[]>) => [...links.values()].flat().map((link) => link.reason);

describe('reasons beside similar links', () => {
  test('the model names the failure two notices share, not their hours or their telling', () => {
    // Twenty words a reason, so the weaker shared words are named too: the hours and the telling were among them.
    const links = findSimilarPostmortems(notices, { reasonWords: 20 });
    const reasons = reasonsOf(links);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).not.toMatch(everyday);
    expect(links.get('fernhill-2031-03-02-cooling')![0]).toMatchObject({ id: 'fernhill-2031-05-19-cooling' });
    expect(links.get('fernhill-2031-03-02-cooling')![0].reason).toContain('similar wording: chiller, hall, compressor, tripped');
    expect(findSimilarPostmortems(notices).get('fernhill-2031-03-02-cooling')![0].reason).toMatch(/similar wording: chiller, hall, compressor, tripped$/);
  });

  test('blended with plain wording: no "same words" of dates or telling, and notices sharing only those are not linked', () => {
    const links = findSimilarLinkedBy(notices, 'blend');
    for (const reason of reasonsOf(links)) expect(reason).not.toMatch(everyday);
    // The cooling and sign-in notices share "pm, currently, done, please" and nothing of their failures.
    const cooling = (links.get('fernhill-2031-03-02-cooling') ?? []).map((link) => link.id);
    expect(cooling).toEqual(['fernhill-2031-05-19-cooling']);
    expect((links.get('fernhill-2031-06-04-ldap') ?? []).map((link) => link.id)).not.toContain('fernhill-2031-03-02-cooling');
  });
});
