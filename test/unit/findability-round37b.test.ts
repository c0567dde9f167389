import { beforeAll, describe, expect, test } from 'vitest';
import { longPageWords, searchForgiving, type SearchEngine } from '../../src/lib/forgiving-search.ts';
import { bodyToSearchHtml } from '../../src/lib/search-document.ts';
import { parseBodyForSearch } from '../../scripts/lib/search-documents.ts';
import { temporarySearchIndexes, urlsFound } from '../support/alias-search-index.ts';

// Round 37b of docs/findability.md: a long review (thousands of words) holds almost every everyday
// word somewhere past its lead, each in passing. When five such reviews hold every word of a
// responder's query, they were the whole list, and the short report holding most of the words
// (in its title and summary) was never listed. The reports below are invented; each review is
// made long by a timeline of routine checks.

/** A report as the search document lays it out: title (weight 10), summary (5), body (its tail at the body-tail weight). */
function reportPage(title: string, summary: string, body: string): string {
  const tree = parseBodyForSearch(body, 'report.md');
  if (!tree) throw new Error(`the body of "${title}" does not parse`);
  return `<!doctype html><html lang="en"><head><title>x</title></head><body><main data-pagefind-body><h1 data-pagefind-weight="10">${title}</h1><p data-pagefind-weight="5">${summary}</p>${bodyToSearchHtml(tree)}</main></body></html>`;
}

const hosts = ['ash', 'birch', 'cedar', 'elm', 'fir', 'hazel', 'larch', 'maple', 'oak', 'pine', 'rowan', 'yew'];
const checks = [
  'confirmed the replica count on the volume controller matched the plan',
  'drained the workloads from the node and cordoned it before the reboot',
  'watched the disk latency graphs settle below ten milliseconds',
  'compared the controller logs with the previous upgrade notes',
  'restarted the storage daemon and waited for the health probe to pass',
  'recorded the kernel build and the firmware revision in the tracking sheet',
];
/** A routine timeline of `rounds` × hosts × checks lines: a long review's bulk, none of the queries' words. */
const routineTimeline = (rounds: number) =>
  Array.from({ length: rounds }, (_, round) =>
    hosts.map((host, h) => `- ${String(8 + round).padStart(2, '0')}:${String(h * 5).padStart(2, '0')} On ${host}-${round} the operator ${checks[(h + round) % checks.length]}.`).join('\n'),
  ).join('\n');

/** A long review of one storage upgrade: its lead, a routine timeline, and side notes holding the query's everyday words in passing. */
const review = (n: number) =>
  reportPage(
    `Post-incident review ${n}: lab cluster storage upgrade ran long`,
    `Upgrade ${n} of the lab cluster storage nodes took ${n + 3} hours instead of one.`,
    [
      'The storage nodes of the lab cluster were upgraded one at a time. Each node was drained, upgraded and returned to the pool; the volume controller rebuilt its replicas after every step.',
      '## Timeline',
      routineTimeline(8 + n),
      '## Side notes',
      `A weekend backup window was moved by ${n} hours. The partner dashboard was slow for a while. The gateway of the old lab network was switched over to the new switch. Nobody refused the change window. Deliveries of the nightly report mail were late.`,
      routineTimeline(4 + n),
    ].join('\n\n'),
  );

// The report the query is about: short, its lead holds four of the query's six words.
const certificate = reportPage(
  'Partner deliveries refused by the payment gateway',
  'The gateway certificate expired; every partner webhook delivery was refused until it was renewed.',
  'On-call renewed the certificate and replayed the failed deliveries from the queue.',
);

// Short notices of other incidents, so that the query's words are rare in the index, as in a real one.
const notices = ['Search index rebuild ran slow', 'Login page showed a blank form', 'Metrics gap after an agent update', 'Queue consumer lag on the billing topic', 'Expired image in the container registry cache', 'Cron job skipped after a clock change', 'Map tiles failed to render in one region', 'Mobile push notifications arrived late']
  .map((title, i) => reportPage(title, `${title}: found by the on-call engineer and fixed within the hour.`, `Notice ${i}: the cause was found in the logs and the fix was released the same day.`));
const reviews = [1, 2, 3, 4, 5, 6];
const searchIndexOf = temporarySearchIndexes('findability-round37b-');
let engine: SearchEngine;
beforeAll(async () => {
  engine = await searchIndexOf([
    ...reviews.map((n) => ({ url: `/postmortems/storage-review-${n}/`, html: review(n) })),
    { url: '/postmortems/gateway-certificate/', html: certificate },
    ...notices.map((html, i) => ({ url: `/postmortems/notice-${i}/`, html })),
  ]);
}, 120_000);

const query = 'gateway refused partner deliveries over the weekend';

describe("round 37b in pagefind's index: long reviews holding every everyday word do not hide a short report on the topic", () => {
  test('the reviews hold every word of the query: pagefind finds them, and only them, as holding it all', async () => {
    const urls = await urlsFound(engine, 'gateway refused partner deliveries over weekend');
    expect(urls.sort()).toEqual(reviews.map((n) => `/postmortems/storage-review-${n}/`));
    // ...and each is a long page (pagefind's word count), as the reviews of round 37 are.
    for (const result of (await engine.search(query))?.results ?? []) expect((await result.data()).word_count).toBeGreaterThan(longPageWords);
  });

  test('the short report holding four of the words in its title and summary is listed first', async () => {
    const found = await searchForgiving(engine, query);
    const urls = [...found.exact, ...found.partial].map((hit) => hit.data.url);
    expect(urls[0]).toBe('/postmortems/gateway-certificate/');
    // The reviews are still listed, below it, as holding every word.
    for (const n of reviews) expect(urls).toContain(`/postmortems/storage-review-${n}/`);
  });
});
