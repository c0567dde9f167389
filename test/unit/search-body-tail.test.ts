import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { aboutBodyLength, bodyTailWeight, toSearchDocument } from '../../src/lib/search-document.ts';
import { parseBodyForSearch } from '../../scripts/lib/search-documents.ts';
import { temporarySearchIndexes, urlsFound } from '../support/alias-search-index.ts';

// Round 20 of docs/findability.md: a long review's body past its lead is indexed at a lower weight,
// so a word it mentions in passing counts less than the same word in a short notice about it.
const example = validateCorpus(resolve(import.meta.dirname, '../../content'), { frontmatterOnly: true });
const published = example.postmortems.find((p) => p.data?.status === 'published')!;
const names = { service: (id: string) => id, team: (id: string) => id, trigger: (id: string) => id };
const bare = { ...published.data!, summary: 'Imported report.', signals: [], tags: [], timeline: [], contributors: [], mitigators: [], risks: [], actionItems: [], impact: { ...published.data!.impact, description: 'Not stated.' } };
const searchIndex = temporarySearchIndexes('kb-body-tail-');

/** Paragraphs of everyday review prose (no query word), about `chars` characters. */
function filler(chars: number): string {
  const sentences = ['The team met on Monday to walk through the review.', 'Several dashboards were checked against the notes.', 'Owners agreed on the follow-up items and their dates.', 'A draft was shared in the usual channel for comments.'];
  const out: string[] = [];
  for (let length = 0, i = 0; length < chars; i++) {
    out.push(sentences[i % sentences.length]);
    length += sentences[i % sentences.length].length + 2;
  }
  return out.join('\n\n');
}

const longReview = `${filler(aboutBodyLength + 200)}\n\n## Appendix\n\n${Array.from({ length: 12 }, (_, i) => `Item ${i}: the scheduler was unreachable from the cluster while qsub hung.`).join('\n\n')}\n\n${filler(6000)}`;
const shortNotice = 'Investigating: the job scheduler is unreachable and qsub hangs. Resolved: the scheduler answers again.';
const document = (id: string, title: string, body: string, options = {}) =>
  toSearchDocument(id, { ...bare, title }, parseBodyForSearch(body, `${id}.md`), names, options);

describe('the body past its lead is weighted below it', () => {
  test('blocks starting after the lead carry the lower weight; the lead and a short body carry none', () => {
    const { html } = document('long', 'Quarterly review', longReview);
    const lead = html.slice(html.indexOf('The team met'), html.indexOf('The team met') + 200);
    expect(lead).not.toContain('data-pagefind-weight');
    // The tail is one element carrying the weight (session 55 of docs/performance.md; pagefind gives it to the blocks inside).
    const tail = html.indexOf(`<div data-pagefind-weight="${bodyTailWeight}">`);
    expect(tail).toBeGreaterThan(html.indexOf('The team met'));
    expect(html.indexOf('<h2>Appendix</h2>')).toBeGreaterThan(tail);
    expect(html.indexOf('<p>Item 0: the scheduler')).toBeGreaterThan(tail);
    expect(html.indexOf('</div>', tail)).toBeGreaterThan(html.lastIndexOf('Item 11: the scheduler'));
    expect(document('short', 'Cluster notice', shortNotice).html).not.toContain(`data-pagefind-weight="${bodyTailWeight}"`);
    // Weight 1 is the document as before round 20.
    expect(document('long', 'Quarterly review', longReview, { bodyTailWeight: 1 }).html).not.toContain(`data-pagefind-weight="${bodyTailWeight}"`);
  });

  test('pagefind ranks the short notice above the long review that mentions the words in its appendix', async () => {
    const others = Array.from({ length: 6 }, (_, i) => document(`other-${i}`, `Other report ${i}`, filler(300 + i * 400)));
    const query = 'scheduler unreachable qsub';
    const weighted = await searchIndex([document('long', 'Quarterly review', longReview), document('short', 'Cluster notice', shortNotice), ...others]);
    expect((await urlsFound(weighted, query))[0]).toBe('/postmortems/short/');
    // The same pages with the whole body at weight 1 (before round 20): the review came first.
    const flat = await searchIndex([document('long', 'Quarterly review', longReview, { bodyTailWeight: 1 }), document('short', 'Cluster notice', shortNotice, { bodyTailWeight: 1 }), ...others.map((d, i) => document(`other-${i}`, `Other report ${i}`, filler(300 + i * 400), { bodyTailWeight: 1 }))]);
    expect((await urlsFound(flat, query))[0]).toBe('/postmortems/long/');
  });
});
