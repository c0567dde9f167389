import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findSimilarLinkedBy } from '../../src/lib/similarity-link-by.ts';
import { rankByPlainBm25, rankByPlainTfIdf, rankingOfLinks, scoreAgainstJudgements, scoreRankings, type LabelledReport } from '../../src/lib/similarity-evaluation.ts';
import { capitalisesNouns } from '../../src/lib/noun-capitalising-text.ts';

// Round 25 of docs/findability.md: in German every noun has a capital, and the model took the
// capitals for names (weighed 0.3), so a short German notice kept few words at full weight.
const notices: LabelledReport[] = readFileSync(resolve('test/fixtures/similarity-german-notices/notices.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));

describe('a text whose language capitalises every noun', () => {
  test('German notices are recognised, English reports (with a German name or "die") are not', () => {
    expect(capitalisesNouns('Derzeit lässt sich Schreibwerk bei vielen Nutzern nicht öffnen. Der Dienstleister wurde informiert.')).toBe(true);
    expect(capitalisesNouns('Die Dienste Updates und Lizenz sind aktuell nicht erreichbar.')).toBe(true);
    expect(capitalisesNouns('The Kursraum cluster in Dresden ran out of disk; pods would die and restart. We rotated logs.')).toBe(false);
    // Too few words of the list to say.
    expect(capitalisesNouns('Wartung Kursraum')).toBe(false);
  });
});

describe('similar links on short German notices', () => {
  const links = rankingOfLinks(findSimilarLinkedBy(notices.map((r) => ({ id: r.id, title: r.title, summary: '', text: r.text, services: [], tags: [], related: [] })), 'blend'));
  const ours = scoreRankings(notices, links);
  const tfidf = scoreRankings(notices, rankByPlainTfIdf(notices));

  test('the first link is the same kind of failure for nearly every notice (0.79 when capitals counted as names)', () => {
    expect(ours.precisionAt1).toBeGreaterThanOrEqual(0.9);
  });

  test('the five links beat plain TF-IDF (they trailed it when capitals counted as names)', () => {
    expect(ours.precisionAt5).toBeGreaterThan(tfidf.precisionAt5);
  });
});

describe('scores against judgements (eval:similarity --judgements)', () => {
  const ranked = new Map<string, string[]>([
    ['a', ['b', 'x', 'c']],
    ['b', ['x', 'y', 'a']],
    ['c', []],
  ]);
  const judged = new Map([
    ['a', new Set(['b', 'c'])],
    ['b', new Set(['a'])],
    ['c', new Set(['a'])],
    ['lonely', new Set<string>()],
  ]);

  test('P@1, P@5 with empty slots as misses, MRR from the first relevant place; unjudged and empty judgements are no query', () => {
    const score = scoreAgainstJudgements(ranked, judged);
    expect(score.queries).toBe(3);
    expect(score.precisionAt1).toBeCloseTo(1 / 3);
    expect(score.precisionAt5).toBeCloseTo((2 + 1 + 0) / 15);
    expect(score.mrr).toBeCloseTo((1 + 1 / 3 + 0) / 3);
    expect(score.shownAt5).toBeCloseTo((3 + 3 + 0) / 3);
    expect(scoreAgainstJudgements(ranked, judged, (id) => id === 'b').precisionAt1).toBe(0);
  });

  test('plain BM25 ranks the report sharing the rare words first', () => {
    const reports = [
      { id: 'q', title: 'mailserver on a blocklist', text: 'mails rejected by the blocklist' },
      { id: 'same', title: 'blocklist again', text: 'the mailserver was put on a blocklist' },
      { id: 'other', title: 'disk full', text: 'the disk on the server was full' },
    ];
    expect(rankByPlainBm25(reports).get('q')?.[0]).toBe('same');
  });
});
