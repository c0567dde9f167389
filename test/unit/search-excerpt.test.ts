import { describe, expect, test } from 'vitest';
import { aliasSentenceLead, aliasSentenceRange, excerptAtLocations, excerptOfOwnText, factsSentenceRange, importedMetadataRange, tagsSentenceRange, titleRange } from '../../src/lib/search-excerpt.ts';

// A page as pagefind returns it: its words, and where the query matched (word positions).
const own = 'Node pool upgrade evicted checkout pods . The Kubernetes scheduler had no room left for the evicted pods during the upgrade';
const alias = `${aliasSentenceLead} k8s, kube, eviction, evictions.`;
const after = 'Timeline the upgrade started at noon and pods were rescheduled';
const page = `${own} ${alias} ${after}`;
const words = page.split(' ');
const at = (word: string) => words.indexOf(word);
const hit = (...locations: number[]) => locations.map((location) => ({ location, balanced_score: 1 }));
const plain = (excerpt: string) => excerpt.replace(/<\/?mark>/g, '');

describe('result excerpts quote the report, not its alias sentence', () => {
  test('the alias sentence is found from its lead to its full stop', () => {
    const [from, to] = aliasSentenceRange(words)!;
    expect(words.slice(from, to).join(' ')).toBe(alias);
    expect(aliasSentenceRange(own.split(' '))).toBeUndefined();
  });

  test('a query matching only an alias word shows the report\'s first words, unmarked', () => {
    // What pagefind itself would quote for "k8s": the densest window, inside the alias sentence.
    const excerpt = excerptOfOwnText({ excerpt: `${aliasSentenceLead} <mark>k8s,</mark> kube`, raw_content: page, weighted_locations: hit(at('k8s,')) }, 8);
    expect(excerpt).toBe('Node pool upgrade evicted checkout pods . The');
    expect(excerpt).not.toContain('searched');
  });

  test('matches in the report are marked; matches in the alias sentence are not counted', () => {
    const kube = at('Kubernetes');
    const excerpt = excerptOfOwnText({ excerpt: '', raw_content: page, weighted_locations: hit(kube, at('kube,'), at('eviction,')) }, 6);
    expect(excerpt).toContain('<mark>Kubernetes</mark>');
    expect(plain(excerpt)).not.toMatch(/searched|kube,|eviction,/);
    expect(own).toContain(plain(excerpt));
  });

  test('a window next to the alias sentence does not run into it', () => {
    const last = words.indexOf('upgrade', at('room'));
    const excerpt = excerptOfOwnText({ excerpt: '', raw_content: page, weighted_locations: hit(last, at('k8s,'), at('kube,')) }, 6);
    expect(plain(excerpt)).not.toContain(aliasSentenceLead);
    expect(plain(excerpt).split(' ')).not.toContain('k8s,');
    expect(excerpt).toContain('<mark>upgrade</mark>');
  });

  test('a page without an alias sentence keeps pagefind\'s excerpt', () => {
    expect(excerptOfOwnText({ excerpt: 'pagefind <mark>own</mark>', raw_content: own, weighted_locations: hit(2) })).toBe('pagefind <mark>own</mark>');
    expect(excerptOfOwnText({ excerpt: 'no content loaded' })).toBe('no content loaded');
  });
});

describe('result excerpts do not quote the title shown above them (UI round 24)', () => {
  // As pagefind returns an imported report: the h1 (its last word given a full stop), the summary, the body.
  const title = 'Credential Rotation Script Bugs & Three Failures';
  const summary = 'Routine investigation of the push script found three independent bugs in the rotation job';
  const body = 'The rotation ran every night and the credential store accepted stale values';
  const content = `Credential Rotation Script Bugs &amp; Three Failures. ${summary} . ${body}`;
  const pageWordsOf = content.split(' ');
  const where = (word: string, from = 0) => pageWordsOf.indexOf(word, from);

  test('the title is found at the page\'s start, escaped as pagefind escapes it and with its full stop', () => {
    expect(titleRange(pageWordsOf, title)).toEqual([0, 7]);
    expect(titleRange(pageWordsOf, 'Another title')).toBeUndefined();
    expect(titleRange(pageWordsOf, undefined)).toBeUndefined();
  });

  test('a query matching the title only shows the summary, not the title again', () => {
    // pagefind's own excerpt: the densest window is the title.
    const excerpt = excerptOfOwnText({ excerpt: '<mark>Credential</mark> <mark>Rotation</mark> Script Bugs', raw_content: content, meta: { title }, weighted_locations: hit(where('Credential'), where('Rotation')) }, 8);
    expect(excerpt).toBe('Routine investigation of the push script found three');
  });

  test('a query matching the title and the body marks the body\'s words, the title left out', () => {
    const excerpt = excerptOfOwnText({ excerpt: '', raw_content: content, meta: { title }, weighted_locations: hit(where('Credential'), where('Rotation'), where('rotation', 8), where('credential', 8)) }, 16);
    expect(plain(excerpt)).not.toContain('Script Bugs');
    expect(excerpt).toContain('<mark>rotation</mark>');
    expect(excerpt).toContain('<mark>credential</mark>');
    const partial = excerptAtLocations({ excerpt: '', raw_content: content, meta: { title } }, hit(where('Credential'), where('credential', 8)), 6);
    expect(plain(partial)).not.toContain('Script');
    expect(partial).toContain('<mark>credential</mark>');
  });

  test('a page that does not open with its title keeps pagefind\'s excerpt', () => {
    expect(excerptOfOwnText({ excerpt: 'pagefind <mark>own</mark>', raw_content: content, meta: { title: 'Something else' }, weighted_locations: hit(2) })).toBe('pagefind <mark>own</mark>');
  });
});

describe('result excerpts do not quote the key facts shown on the result\'s line (session 27)', () => {
  // A short status notice as pagefind returns it: title, summary, the facts sentence, the impact, the body.
  const content = 'Network Cloud Outage. An incident in the networking system of the cloud has been detected . SEV-1. Services: Web storefront. Trigger: Configuration change. Some users could not reach the service . Systems are operational again';
  const words = content.split(' ');
  const at = (word: string) => words.indexOf(word);

  test('the facts sentence runs from the severity to the trigger', () => {
    const [from, to] = factsSentenceRange(words)!;
    expect(words.slice(from, to).join(' ')).toBe('SEV-1. Services: Web storefront. Trigger: Configuration change.');
    // A severity named in prose is no facts sentence.
    expect(factsSentenceRange('we declared SEV-1. The services recovered'.split(' '))).toBeUndefined();
  });

  test('an excerpt around matches beside the facts quotes the report\'s words on either side, not the facts', () => {
    // pagefind's own window for "network outage" quoted "… detected . SEV-1. Services: Web storefront. Trigger: …".
    const excerpt = excerptOfOwnText({ excerpt: '', raw_content: content, meta: { title: 'Network Cloud Outage' }, weighted_locations: hit(at('networking'), at('Some'), at('reach')) }, 16);
    expect(plain(excerpt)).not.toMatch(/SEV-1|Services:|Trigger:/);
    expect(excerpt).toContain('<mark>networking</mark>');
    expect(plain(excerpt)).toContain('detected . Some users could not');
  });
});


describe('result excerpts do not quote an imported report\'s own frontmatter (session 27, second pass)', () => {
  // An imported notice as pagefind returns it: the search document writes the "Imported metadata"
  // section last (its heading given a full stop), so the section runs to the end of the words.
  const own = 'Storage Degraded. The block storage cluster lost two disks and volumes were slow . Volumes recovered after the rebuild';
  const metadata = 'Imported metadata. The source report\'s fields, as written: status: resolved severity: major affected: - Block Storage - Compute nodes';
  const words = `${own} ${metadata}`.split(' ');
  const at = (word: string, from = 0) => words.indexOf(word, from);

  test('the section runs from its heading to the end of the page', () => {
    const [from, to] = importedMetadataRange(words)!;
    expect(words.slice(from, to).join(' ')).toBe(metadata);
    expect(importedMetadataRange(own.split(' '))).toBeUndefined();
  });

  test('matches in the section are not quoted, matches in the report are', () => {
    // What pagefind itself quoted for "storage": the densest window, the YAML with "Block Storage".
    const storage = at('storage');
    const excerpt = excerptOfOwnText({ excerpt: '', raw_content: words.join(' '), meta: { title: 'Storage Degraded' }, weighted_locations: hit(storage, at('Storage', storage + 1), at('severity:')) }, 10);
    expect(plain(excerpt)).not.toMatch(/Imported|status:|severity:|affected:/);
    expect(excerpt).toContain('<mark>storage</mark>');
    // Only the section matched ("major"): the report's first words after the title, unmarked.
    expect(excerptOfOwnText({ excerpt: 'severity: <mark>major</mark>', raw_content: words.join(' '), meta: { title: 'Storage Degraded' }, weighted_locations: hit(at('major')) }, 5)).toBe('The block storage cluster lost');
  });
});

describe('result excerpts do not quote the tags sentence (round 22)', () => {
  // A short status notice with tags as pagefind returns it: title, summary, tags, facts, impact, body.
  const content = 'Resolver outage. Imported report. Tags: dns, network. SEV-2. Services: Resolver. Trigger: Configuration change. Not stated. Name lookups failed for twenty minutes';
  const words = content.split(' ');
  const at = (word: string) => words.indexOf(word);

  test('the tags sentence runs from its lead to its full stop', () => {
    const [from, to] = tagsSentenceRange(words)!;
    expect(words.slice(from, to).join(' ')).toBe('Tags: dns, network.');
    expect(tagsSentenceRange('Name lookups failed'.split(' '))).toBeUndefined();
  });

  test('a query naming a tag quotes the notice, not "Tags: …"', () => {
    // What pagefind's window quoted for "dns lookups" over such notices: "Imported report. Tags: <mark>dns,</mark> network. Not stated. …".
    const excerpt = excerptOfOwnText({ excerpt: '', raw_content: content, meta: { title: 'Resolver outage' }, weighted_locations: hit(at('dns,'), at('lookups')) }, 8);
    expect(plain(excerpt)).not.toMatch(/Tags:|network\./);
    expect(excerpt).toContain('<mark>lookups</mark>');
    // Only a tag matched ("network"): the notice's first words after the title, unmarked.
    expect(excerptOfOwnText({ excerpt: '', raw_content: content, meta: { title: 'Resolver outage' }, weighted_locations: hit(at('network.')) }, 4)).toBe('Imported report. Not stated.');
  });
});
