import { beforeAll, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { findAliases } from '../../src/lib/search-aliases.ts';
import { builtInConcepts } from '../../src/lib/search-concepts.ts';
import { aboutBodyLength, aboutText, toSearchDocument } from '../../src/lib/search-document.ts';
import { aliasSentenceLead } from '../../src/lib/search-excerpt.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { parseBodyForSearch } from '../../scripts/lib/search-documents.ts';
import type { SearchEngine } from '../../src/lib/forgiving-search.ts';
import { pageWithAliases, temporarySearchIndexes, urlsFound } from '../support/alias-search-index.ts';

describe('search concepts: a report saying a cue carries how a responder says it', () => {
  test('an expired certificate is also said to have run out; a disk that ran out is no expiry', () => {
    expect(findAliases('The TLS certificate for media expired overnight.')).toEqual(expect.arrayContaining(['ran out', 'out of date', 'renew']));
    // One way only: "ran out" is a responder's word for expiry, not a cue of it.
    const diskFull = findAliases('The disk ran out of space.');
    expect(diskFull).not.toContain('expired');
    expect(diskFull).not.toContain('renew');
  });

  test('a scheduling failure on one failing host reads as pods landing on one bad machine', () => {
    const aliases = findAliases('All pods scheduled to same failing host. Involved: scheduler, anti-affinity rules.');
    expect(aliases).toEqual(expect.arrayContaining(['landed', 'placed', 'bad machine', 'dead machine']));
    // Words the report already has are not repeated.
    expect(aliases).not.toContain('scheduled');
    // "same failing host" is no "same host": every replica on one node is a concept of its own.
    expect(aliases).not.toContain('one machine');
    expect(findAliases('Every replica ran on the same node.')).toEqual(expect.arrayContaining(['one machine', 'single machine']));
  });

  test("a network team's core equipment reads as a switch; a help desk named by its product as a helpdesk (round 32)", () => {
    expect(findAliases('Core equipment for the regional network is having issues; traffic to the office is failing.')).toEqual(expect.arrayContaining(['switch', 'router']));
    expect(findAliases('Symptom: 502 Bad gateway on the Zammad support site.')).toEqual(expect.arrayContaining(['helpdesk', 'support desk']));
    // "network" alone, on most reports, is no hardware; a switch-over is no switch.
    expect(findAliases('The network was slow after the failover.')).not.toContain('switch');
  });

  test('every cue of every concept is recognised, with each word of the concept the cue lacks', () => {
    for (const concept of builtInConcepts) {
      for (const cue of concept.cues) {
        const text = `Report: ${cue}.`;
        const aliases = findAliases(text);
        const missing = concept.says.filter((word) => !new RegExp(`(?<![a-z0-9])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`).test(text.toLowerCase()));
        expect(aliases, `${concept.name}: "${cue}"`).toEqual(expect.arrayContaining(missing));
      }
    }
  });

  test('cues count only in what the report is about; the concepts can be switched off', () => {
    const body = `The rollout went well. ${'Nothing else happened. '.repeat(80)} An old certificate had expired on a test box.`;
    expect(findAliases(body)).toContain('ran out');
    expect(findAliases(body, [], { about: 'Rollout of the new queue' })).not.toContain('ran out');
    expect(findAliases(body, [], { about: 'The certificate expired' })).toContain('ran out');
    expect(findAliases('The TLS certificate expired.', [], { concepts: [] })).not.toContain('ran out');
    // Only the given concepts are read.
    const own = [{ name: 'pager', cues: ['pagerduty'], says: ['pager'] }];
    const ownOnly = findAliases('PagerDuty did not page; the certificate expired.', [], { concepts: own });
    expect(ownOnly).toContain('pager');
    expect(ownOnly).not.toContain('ran out');
  });

  test('a report\'s lead is its title, summary, impact and the first part of its body', () => {
    const lead = aboutText({ title: 'Queue stalled', summary: 'Workers stopped.', impact: { description: 'Orders late.' } as never }, `${'x '.repeat(aboutBodyLength)}certificate expired`);
    expect(lead).toContain('Queue stalled');
    expect(lead).toContain('Orders late.');
    expect(lead).not.toContain('certificate expired');
  });

  test('round 15: a responder\'s words for paging, replicas, carriers, overflows, registries and floods', () => {
    expect(findAliases('PagerDuty notification dispatch was delayed for two hours.')).toEqual(expect.arrayContaining(['pager', 'paging', 'alerts']));
    expect(findAliases('All MySQL replicas stopped applying changes.')).toEqual(expect.arrayContaining(['sync', 'out of sync']));
    expect(findAliases('A fire at a Telstra exchange cut phone lines.')).toEqual(expect.arrayContaining(['telco', 'carrier', 'blaze']));
    expect(findAliases('Scoped token ids passed the INT32 maximum.')).toEqual(expect.arrayContaining(['overflow', '32 bit']));
    expect(findAliases('A VCL change on Fastly sent npm traffic to the wrong backend.')).toEqual(expect.arrayContaining(['cdn', 'package registry']));
    expect(findAliases('A DDoS took the site offline.')).toEqual(expect.arrayContaining(['botnet', 'attack traffic']));
    expect(findAliases('Requests waited 20 seconds to acquire a connection from the connection pool.')).toContain('waiting for a connection');
    expect(findAliases('The engineer deleted the production database.')).toContain('nuked');
  });

  test('round 15: the cues say the concept on their own', () => {
    // "Stack Overflow" is a site, no counter past its largest value.
    expect(findAliases('Stack Overflow was read-only for five minutes.')).not.toContain('32 bit');
    // Jenkins names every service of its own status page: it is no cue of CI by product.
    expect(findAliases('updates.jenkins.io served stale plugin metadata.')).not.toContain('build pipeline');
    expect(findAliases('GitHub Actions workflows were queued for an hour.')).toEqual(expect.arrayContaining(['ci', 'build pipeline']));
    // One way: a responder's word is no cue ("out of sync" clocks are no replication).
    expect(findAliases('The clocks were out of sync.')).not.toContain('replica');
    expect(findAliases('Our botnet honeypot logged scans.')).not.toContain('ddos');
  });

  test('the search document reads concepts in the lead: a cue deep in a long body adds nothing', () => {
    const example = validateCorpus(resolve(import.meta.dirname, '../../content'), { frontmatterOnly: true });
    const data = { ...example.postmortems.find((p) => p.data?.status === 'published')!.data!, title: 'Queue stalled', summary: 'Workers stopped taking jobs.', signals: [] };
    const names = { service: (id: string) => id, team: (id: string) => id, trigger: (id: string) => id };
    const aliasesOf = (html: string) => html.match(new RegExp(`<p data-pagefind-weight="2">${aliasSentenceLead} ([^<]*)\\.</p>`))?.[1].split(', ') ?? [];
    const late = parseBodyForSearch(`## What happened\n\n${'The queue grew while workers idled. '.repeat(60)}\n\nAn unrelated certificate had expired on a test box.\n`, 'x.mdx')!;
    expect(aliasesOf(toSearchDocument('x', data, late, names).html)).not.toContain('ran out');
    const early = parseBodyForSearch('## What happened\n\nThe certificate of the queue endpoint expired.\n', 'x.mdx')!;
    expect(aliasesOf(toSearchDocument('x', data, early, names).html)).toContain('ran out');
  });
});

// Against pagefind's own index: one page per concept holding only its first cue, indexed with
// the alias sentence the build adds and with the same sentence without concepts. The first word
// of the concept's responder words that the page lacks without concepts (pagefind drops a query
// word no page holds, so a phrase would be searched as its other words) finds the page with
// concepts, and not without.
const pages = builtInConcepts.map((concept, c) => {
  const text = `Report: ${concept.cues[0]}.`;
  const held = new Set(`${text} ${findAliases(text, [], { concepts: [] }).join(' ')}`.toLowerCase().match(/[a-z0-9]+/g));
  const word = concept.says.flatMap((says) => says.toLowerCase().match(/[a-z0-9]+/g) ?? []).find((w) => !held.has(w));
  return { url: `/postmortems/concept-${c}/`, concept, text, word };
});
const searchIndexOf = temporarySearchIndexes('search-concepts-');
let withConcepts: SearchEngine;
let withoutConcepts: SearchEngine;
const indexOf = (concepts: boolean) => searchIndexOf(pages.map((page) => ({ url: page.url, html: pageWithAliases(page.text, findAliases(page.text, [], concepts ? {} : { concepts: [] })) })));
beforeAll(async () => {
  withConcepts = await indexOf(true);
  withoutConcepts = await indexOf(false);
}, 120_000);

describe('search concepts in pagefind\'s index', () => {
  // A city-coded region's code is its city's first letters ("lon1", "london"), which the search
  // counts as a stem of the city when no page holds the city (matchedOnlyShorterWord): without
  // concepts too, in an index where no other page names the city. Round 38's tests check those
  // where another page does (test/unit/findability-round38.test.ts). So with a country-coded data
  // center whose code starts its place's name ("br dc", "brazil"; round 39).
  const codeStartsPlace = (concept: { name: string; cues: readonly string[]; says: readonly string[] }) =>
    concept.name.startsWith('country-coded data center') && concept.says.some((word) => word.startsWith(concept.cues[0].split(' ')[0]));
  const tested = pages.filter((page) => !page.concept.name.startsWith('city-coded region') && !codeStartsPlace(page.concept));
  test.each(tested.map((page) => ({ ...page, name: page.concept.name, cue: page.concept.cues[0] })))('$name: "$word" finds the page saying "$cue" only with concepts', async ({ url, word }) => {
    // Every concept says something its first cue does not already bring.
    expect(word).toBeDefined();
    expect(await urlsFound(withConcepts, word!)).toContain(url);
    expect(await urlsFound(withoutConcepts, word!)).not.toContain(url);
  });
});
