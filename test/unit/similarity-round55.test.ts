import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isNoReasonWord } from '../../src/lib/reason-words.ts';
import { findSimilarPostmortems, type SimilarityDocument } from '../../src/lib/similarity.ts';
import { findSimilarByPlainAndModel, findSimilarLinkedBy, plainWeightOf, systemModelOptions } from '../../src/lib/similarity-link-by.ts';

// Round 55: a reason beside a similar link no longer names a German function word shared by chance
// ("similar wording: sbs, mittwoch, kann, dass" between two of a school platform's notices, 206 such
// words in 172 reasons of the judgement sets' links: docs/findability.md, "Similar incidents, round 55").

/** The German function words a reason named on the judgement sets' links, as indexed (accents folded: "können" → "konnen"). */
const germanFunctionWords = ['den', 'dass', 'als', 'wie', 'kann', 'können', 'konnen', 'muss', 'alle', 'ohne', 'ihre', 'ihr', 'ihnen', 'unseres', 'unsere', 'jetzt', 'weiter', 'weitere', 'noch', 'nur', 'wenn', 'keine', 'sind', 'haben', 'diese', 'bitte', 'vielen', 'dank'];

describe('isNoReasonWord, German function words', () => {
  test('the articles, conjunctions, pronouns and modal verbs of German notices are no reason', () => {
    for (const word of germanFunctionWords) expect(isNoReasonWord(word), word).toBe(true);
  });

  test('the words of what failed are, in German as in English; "die" (also an English verb) and "hat" (Red Hat) stay', () => {
    for (const word of ['mailversand', 'warteschlange', 'relais', 'dateiablage', 'speicherkontingent', 'wartung', 'key', 'die', 'hat']) {
      expect(isNoReasonWord(word), word).toBe(false);
    }
  });
});

/** Six invented notices of a school platform, in German: three failures, each twice; the two mail notices share "dass, kann, unseres, ihre" too. */
const notices: SimilarityDocument[] = JSON.parse(readFileSync(resolve('test/fixtures/similarity/round55/notices-de.json'), 'utf8')).map(
  (notice: { id: string; title: string; text: string }) => ({ ...notice, summary: '', services: [], tags: [], related: [] }),
);
const functionWord = new RegExp(`\\b(?:${germanFunctionWords.join('|')})\\b`);
const reasonsOf = (links: Map<string, { id: string; reason: string }[]>) => [...links.values()].flat().map((link) => link.reason);

describe('reasons beside similar links between German notices', () => {
  test('the model names the mail relay the two notices share, not "dass, kann, unseres"', () => {
    // Twenty words a reason, so every shared word that may be named is.
    const links = findSimilarPostmortems(notices, { reasonWords: 20 });
    const reasons = reasonsOf(links);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).not.toMatch(functionWord);
    const mail = links.get('lernwerk-2032-02-03-mailversand')!;
    expect(mail[0]).toMatchObject({ id: 'lernwerk-2032-04-11-mailversand' });
    expect(mail[0].reason).toMatch(/similar wording: .*mailversand/);
    expect(mail[0].reason).toMatch(/relais/);
  });

  test('blended with plain wording: no "same words" of them either, and the same links', () => {
    // At the plain side's full weight ("system") and twenty words a reason, the words both notices
    // use as written are named beside the mail link: "dass, kann, unseres, ihre" were among them.
    const named = findSimilarByPlainAndModel(notices, systemModelOptions, { plainWeight: plainWeightOf.system, reasonWords: 20 });
    const mail = named.get('lernwerk-2032-02-03-mailversand')!;
    expect(mail[0].reason).toMatch(/same words: .*warteschlange/);
    for (const reason of reasonsOf(named)) expect(reason).not.toMatch(functionWord);
    // The site's default blend links as before: each notice to its twin first.
    const links = findSimilarLinkedBy(notices, 'blend');
    for (const reason of reasonsOf(links)) expect(reason).not.toMatch(functionWord);
    for (const [from, to] of [['02-03-mailversand', '04-11-mailversand'], ['03-08-dateiablage', '06-21-dateiablage'], ['05-02-videokonferenz', '07-14-videokonferenz']]) {
      expect(links.get(`lernwerk-2032-${from}`)![0].id).toBe(`lernwerk-2032-${to}`);
    }
  });
});
