import { describe, expect, test } from 'vitest';
import { findSimilarPostmortems, type SimilarityDocument } from '../../src/lib/similarity.ts';
import { exportGroups, findBoilerplateLines, originBoilerplateKey, prepareProse, withRegionListsJoined } from '../../src/lib/similarity-prose.ts';
import { importOrigin, toSimilarityDocumentFromBody } from '../../src/lib/similarity-input.ts';
import type { Postmortem } from '../../src/lib/postmortem-schema.ts';

// A content folder mixing exports (fixtures ours, modelled on a folder where a feed's few entries
// sit among many reports of other sources): the feed's template line is held by 4 drafts of 204,
// under the folder's 2% (5 reports), but by every draft of its own export.

/** 200 reports written here, each about a failure of its own (made-up words, no shared template). */
const others = Array.from({ length: 200 }, (_, i) => {
  const word = `${'bcdfghjklm'[i % 10]}${'aeiou'[Math.floor(i / 10) % 5]}${'prstv'[Math.floor(i / 50)]}ix`;
  return { id: `own/${String(i).padStart(3, '0')}`, title: `The ${word} worker stalled`, text: `The ${word} worker stalled on a full queue and was restarted by hand.` };
});

/** 4 entries of one feed: two incidents of stale search results, two of failed webhook deliveries. */
const feedEntries = [
  { id: 'feed/a1', cause: 'search', sentence: 'Search results were stale for an hour after reindexing stopped.' },
  { id: 'feed/a2', cause: 'search', sentence: 'Stale search results: reindexing stopped and was restarted.' },
  { id: 'feed/b1', cause: 'webhooks', sentence: 'Webhook deliveries failed with timeouts from the delivery queue.' },
  { id: 'feed/b2', cause: 'webhooks', sentence: 'Failed webhook deliveries: the delivery queue timed out.' },
];
const feedTemplate = (n: number) =>
  `Entry of the "Acme Status - Incident History" Atom feed (https://status.acme.example/incidents/x${n}q), published 2022-10-2${n}T17:36:0${n}Z, entry kind incident, feed section history.`;

function folder(withOrigin: boolean): SimilarityDocument[] {
  const base = { services: [], tags: [], related: [] };
  return [
    ...others.map((report) => ({ ...base, id: report.id, title: report.title, summary: '', text: report.text })),
    ...feedEntries.map((entry, n) => ({
      ...base,
      id: entry.id,
      title: `Incident ${n + 1}`,
      summary: '',
      text: `${feedTemplate(n)}\n\n${entry.sentence}`,
      ...(withOrigin ? { origin: 'exports/history.atom' } : {}),
    })),
  ];
}

const causeOf = new Map(feedEntries.map((entry) => [entry.id, entry.cause]));

describe('boilerplate per export', () => {
  test('a template held by every entry of one export but under 2% of the folder is dropped for that export', () => {
    const links = findSimilarPostmortems(folder(true));
    for (const entry of feedEntries) {
      const ofEntry = links.get(entry.id)!;
      expect(ofEntry[0]?.id, entry.id).toBe(feedEntries.find((other) => other.cause === entry.cause && other.id !== entry.id)!.id);
      // No entry links an entry of the other cause, and no reason names the template's words.
      for (const link of ofEntry) {
        if (causeOf.has(link.id)) expect(causeOf.get(link.id), `${entry.id} → ${link.id}`).toBe(entry.cause);
        expect(link.reason).not.toMatch(/\b(?:feed|entry|published|atom|history|incident)\b/);
      }
    }
  });

  test('without the origin the folder-wide threshold misses the template, and entries of both causes meet on it', () => {
    // The same folder as the model read it before: what the test above guards against.
    const links = findSimilarPostmortems(folder(false));
    const crossCause = feedEntries.some((entry) => links.get(entry.id)!.some((link) => causeOf.has(link.id) && causeOf.get(link.id) !== entry.cause));
    expect(crossCause).toBe(true);
  });

  test('a line is boilerplate for its own origin only; the folder-wide set is unchanged', () => {
    const template = 'Diagnosis: None at this time, the export template says so.';
    const texts = [
      // 3 of 4 events of one export hold it (the threshold of 4 texts: 3), another export once, and
      // 200 reports without an origin not at all: 4 of 205, under the folder's 2% (5).
      ...Array.from({ length: 4 }, (_, i) => `Event ${'abcd'[i]} of a dashboard about the ${'wxyz'[i]} queue.${i < 3 ? `\n${template}` : ''}`),
      `An event of another export.\n${template}`,
      ...Array.from({ length: 200 }, (_, i) => `Report number ${i} written here, ${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 20)]}.`),
    ];
    const origins = [...Array(4).fill('aws/data.json'), 'gcp/incidents.json', ...Array(200).fill(undefined)];
    const boilerplate = findBoilerplateLines(texts, undefined, origins);
    const key = template.toLowerCase();
    expect(boilerplate.has(key)).toBe(false);
    expect(boilerplate.has(originBoilerplateKey('aws/data.json', key))).toBe(true);
    expect(boilerplate.has(originBoilerplateKey('gcp/incidents.json', key))).toBe(false);
    expect(prepareProse(texts[0], boilerplate, undefined, 'aws/data.json').text).toBe('Event a of a dashboard about the w queue.');
    expect(prepareProse(texts[4], boilerplate, undefined, 'gcp/incidents.json').text).toContain(template);
    expect(prepareProse(texts[0], boilerplate).text).toContain(template);
    // Read without origins, the same texts find nothing.
    expect(findBoilerplateLines(texts).has(key)).toBe(false);
  });

  test('an origin holding every text adds nothing to what the folder finds', () => {
    const texts = ['alpha line one is here.\nshared line of the template, long enough to count', 'beta.\nshared line of the template, long enough to count', 'gamma.\nshared line of the template, long enough to count'];
    const boilerplate = findBoilerplateLines(texts, undefined, ['x', 'x', 'x']);
    expect([...boilerplate]).toEqual(['shared line of the template, long enough to count']);
  });
});

describe('importOrigin', () => {
  test('a draft is of the file its export was read from, without the entry', () => {
    expect(importOrigin('../../corpora/feeds/history-2022-12-04.atom#12546104')).toBe('../../corpora/feeds/history-2022-12-04.atom');
    expect(importOrigin('../../corpora/history/incidents/rcwk6twq397d.json#rcwk6twq397d')).toBe('../../corpora/history/incidents/rcwk6twq397d.json');
    expect(importOrigin('https://example.org/postmortems/2021-01.html')).toBe('https://example.org/postmortems/2021-01.html');
  });

  test('an export is a file of several reports, or the folder of files of one report each', () => {
    expect(exportGroups([
      'status/app/public/data.json', 'status/app/public/incidents.json', 'status/app/public/data.json', 'status/app/public/incidents.json',
      'history/incidents/a.json', 'history/incidents/b.json', 'C:\\exports\\c.json', 'report.md', undefined,
    ])).toEqual([
      'status/app/public/data.json', 'status/app/public/incidents.json', 'status/app/public/data.json', 'status/app/public/incidents.json',
      'history/incidents/', 'history/incidents/', 'C:\\exports\\', './', undefined,
    ]);
  });

  test('a draft records its origin from imported.source; a report written here has none', () => {
    const data = (imported?: { source: string }) => ({ title: 'T', summary: 'S', impact: { description: '' }, timeline: [], contributors: [], risks: [], services: [], tags: [], related: [], ...(imported ? { imported: { ...imported, format: 'markdown', on: '2026-12-01' } } : {}) }) as unknown as Postmortem;
    expect(toSimilarityDocumentFromBody('a', data({ source: 'feeds/h.atom#1' }), 'Body.').origin).toBe('feeds/h.atom');
    expect(toSimilarityDocumentFromBody('b', data(), 'Body.').origin).toBeUndefined();
  });
});

describe('region codes', () => {
  test('each code of a list of cloud regions or zones reads as one word; a code alone and prose about east and west do not', () => {
    expect(withRegionListsJoined('Affected: asia-east1, europe-west4-a, US-EAST-2 and northamerica-northeast1.')).toBe('Affected: asiaeast1, europewest4a, useast2 and northamericanortheast1.');
    expect(withRegionListsJoined('Errors in us-west1, us-east1, and us-central1 for 3 days.')).toBe('Errors in uswest1, useast1, and uscentral1 for 3 days.');
    expect(withRegionListsJoined('An outage in us-east-1 took the API down.')).toBe('An outage in us-east-1 took the API down.');
    expect(withRegionListsJoined('Traffic moved from east to west-coast pods, 2 of them.')).toBe('Traffic moved from east to west-coast pods, 2 of them.');
  });

  test('events of different failures that list regions of the same geographies do not link for them', () => {
    // Three failures, two events each, each listing other regions of Asia, Europe and the US
    // (modelled on a cloud status archive's "Affected locations"). Read as "asia", "europe",
    // "east1", the lists joined events of different failures ("similar wording: locations, asia, europe").
    const events = [
      { id: 'q1', cause: 'quota', text: 'Quota checks rejected requests. Affected locations: asia-east1, europe-west1, us-east1' },
      { id: 'q2', cause: 'quota', text: 'Requests rejected by quota checks. Affected locations: asia-south1, europe-north1, us-west2' },
      { id: 'b1', cause: 'backup', text: 'Scheduled backups did not start. Affected locations: asia-east2, europe-west4, us-east4' },
      { id: 'b2', cause: 'backup', text: 'Backups scheduled overnight did not start. Affected locations: asia-southeast1, europe-west2, us-central1' },
      { id: 'd1', cause: 'disk', text: 'Disk snapshots were slow to complete. Affected locations: asia-northeast1, europe-west3, us-west1' },
      { id: 'd2', cause: 'disk', text: 'Slow disk snapshots. Affected locations: asia-east1, europe-west6, us-east5' },
    ];
    const links = findSimilarPostmortems(events.map((event) => ({ id: event.id, title: `Event ${event.id}`, summary: '', text: event.text, services: [], tags: [], related: [] })));
    for (const event of events) {
      const ofEvent = links.get(event.id)!;
      expect(events.find((other) => other.id === ofEvent[0]?.id)?.cause, event.id).toBe(event.cause);
      for (const link of ofEvent) expect(link.reason, `${event.id} → ${link.id}`).not.toMatch(/\b(?:asia|europe|east1|west1|west2|asiaeast1)\b/);
    }
  });
});
