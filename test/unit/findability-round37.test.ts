import { beforeAll, describe, expect, test } from 'vitest';
import { findAliases } from '../../src/lib/search-aliases.ts';
import { searchForgiving, type SearchEngine } from '../../src/lib/forgiving-search.ts';
import { pageWithAliases, temporarySearchIndexes } from '../support/alias-search-index.ts';

// Round 37 of docs/findability.md: a responder's paraphrase shares no telling word with the report
// it is about ("a single bad job kept killing every worker" for "a poison pill in the async
// workers queue"). The reports and queries below are invented, in the manner of other teams'
// reports; each names the words a responder types that the report's own wording lacks.
const aliasesOf = (text: string) => findAliases(text, [], { about: text });

describe('round 37: a report carries a responder\'s everyday words for what it states', () => {
  test.each([
    ['A poison pill in the billing queue crashed the consumers again and again.', ['bad message', 'bad job']],
    ['Consul agents lost their leader and lookups failed.', ['service registry']],
    ['An intern\'s laptop was stolen from a car; it held a deploy key.', ['thieves', 'theft']],
    ['A network partition between the two zones lasted ninety seconds.', ['network split', 'split brain']],
    ['The cluster failed over to the standby in the other region.', ['promoted']],
    ['The MySQL master crashed; its slaves kept serving reads.', ['primary', 'replica']],
    ['A malicious build of the SDK was published for two hours.', ['trojan']],
    ['Gmail started rejecting our receipts.', ['email']],
    ['Our BGP prefixes were withdrawn from two transit providers.', ['routes', 'routing']],
    ['The tax service returned incorrect totals for Danish invoices.', ['wrong']],
    ['The workers hit the limit of open files per process.', ['maxed out']],
    ['The orders table\'s primary key reached 2^31 and inserts failed.', ['id column', 'ran out of ids']],
    ['A power failure in the second hall took out 40 racks.', ['electricity', 'lost power']],
    ['The mobile client retried without exponential backoff.', ['retry storm', 'immediate retries']],
    ['Some customers saw duplicate charges on their statements.', ['paid twice', 'double charge', 'money']],
    ['A cascading failure spread from the session store to the gateway.', ['snowballed']],
    ['Two hosts saw unexpected reboots during the night.', ['rebooted on its own', 'random reboots']],
    ['The leap second made the scheduler run every job twice.', ['extra second']],
    ['Unattended upgrades installed a kernel update on every worker.', ['patching']],
    ['ArgoCD synced twelve applications at once.', ['gitops']],
    ['A yanked crate broke every fresh build.', ['package']],
    ['Office laptops could not reach the VPN after the update.', ['pcs']],
    ['A bad config in the edge proxy dropped every third request.', ['misconfigured']],
  ])('%s', (text, words) => {
    expect(aliasesOf(text)).toEqual(expect.arrayContaining(words));
  });

  test('abbreviations and their expansions, both ways: ECC, OS, BSOD, testnet', () => {
    expect(aliasesOf('The database hosts lacked ECC memory.')).toContain('error correcting');
    expect(aliasesOf('Without error-correcting memory, bits flipped silently.')).toContain('ecc');
    expect(aliasesOf('An OS upgrade changed the default resolver.')).toContain('operating system');
    expect(aliasesOf('Kiosks showed a BSOD after the driver update.')).toContain('blue screen');
    expect(aliasesOf('The public test network stalled at height 400.')).toContain('testnet');
  });

  test('one way only: a report holding only the responder\'s word is not made a report of the cue', () => {
    // "electricity" is no power failure; "wrong" is no incorrect result; "twice" is no double charge.
    expect(aliasesOf('The electricity bill for the office doubled.')).not.toContain('power failure');
    expect(aliasesOf('We took the wrong exit on the runbook.')).not.toContain('incorrect');
    expect(aliasesOf('The page fired twice for one alert.')).not.toContain('double charge');
    // A disk partitioned is no network split; an OSS licence is no operating system.
    expect(aliasesOf('The new disk was partitioned and formatted.')).not.toContain('network split');
    expect(aliasesOf('Our OSS licence scan passed.')).not.toContain('operating system');
  });
});

// Against pagefind's own index: three invented reports and a responder's query in words none of
// the report meant holds. Each page carries the hidden sentence the build adds (findAliases); the
// report meant is listed first only because of round 37's words.
const reports = [
  {
    url: '/postmortems/worker-poison-pill/',
    text: 'Async workers crash-looped. A poison pill in the export queue raised an unhandled exception in every consumer that picked it up.',
  },
  {
    url: '/postmortems/storage-migration/',
    text: 'A nightly backup job filled the disk of one build worker; builds queued for an hour.',
  },
  {
    url: '/postmortems/payments-retry/',
    text: 'The recharge service billed customers, failed to record the balance, and retried: multiple charges on 300 credit cards.',
  },
  // Distractors holding the queries' everyday words: without round 37's words they come first.
  { url: '/postmortems/invoice-mail/', text: 'The invoice email was sent twice to some customers.' },
  { url: '/postmortems/rack-switch/', text: 'Two racks lost network after a switch upgrade.' },
  {
    url: '/postmortems/grid-hall/',
    text: 'A power failure in hall B took out the storage racks; the generators started late.',
  },
];
const searchIndexOf = temporarySearchIndexes('findability-round37-');
let engine: SearchEngine;
beforeAll(async () => {
  engine = await searchIndexOf(reports.map((report) => ({ url: report.url, html: pageWithAliases(report.text, aliasesOf(report.text)) })));
}, 120_000);

const firstFound = async (query: string) => {
  const found = await searchForgiving(engine, query);
  const first = found.exact[0] ?? found.partial[0];
  return first ? (await Promise.resolve(first.data)).url : undefined;
};

describe("round 37 in pagefind's index: the paraphrase finds the report first", () => {
  test('"a single bad job kept killing every worker" finds the poison pill, not the backup job on a worker', async () => {
    expect(await firstFound('a single bad job kept killing every worker')).toBe('/postmortems/worker-poison-pill/');
  });

  test('"customers paid twice" finds the report of multiple charges, not the invoice sent twice', async () => {
    expect(await firstFound('customers paid twice')).toBe('/postmortems/payments-retry/');
  });

  test('"racks lost electricity" finds the report of a power failure, not the racks that lost network', async () => {
    expect(await firstFound('racks lost electricity')).toBe('/postmortems/grid-hall/');
  });
});
