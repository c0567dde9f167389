import { describe, expect, test } from 'vitest';
import { aliasSentenceLead, aliasSentenceRange, excerptOfOwnText } from '../../src/lib/search-excerpt.ts';

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
