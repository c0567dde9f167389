import { describe, expect, test } from 'vitest';
import { cjkIncidentWords } from '../../src/lib/cjk-incident-words.ts';
import { negatedOutageWordsBlanked } from '../../src/lib/negated-outage-words.ts';
import { findAliases } from '../../src/lib/search-aliases.ts';
import { otherFormsOf, searchAlternatives } from '../../src/lib/search-alternatives.ts';
import { searchForgiving, type SearchEngine } from '../../src/lib/forgiving-search.ts';
import { firstFound, inventedNoticesIndex } from '../support/invented-notices.ts';

// Findability round 61 (docs/findability.md): a query word's other form is checked against its
// own matches (the forms' searches ran together and one was checked against another's words);
// service, infrastructure, provider, node, shutdown and temperature in the table of Chinese,
// Japanese and Korean incident words; an outage word denied two words after "no" or "without".
// Invented notices.

describe('round 61: the new words of the Chinese, Japanese and Korean table', () => {
  test.each([
    ['インフラ プロバイダー 障害', ['infrastructure', 'provider', 'outage']],
    ['计算中心 高温 节点 关机', ['temperature', 'node', 'shutdown']],
    ['서비스 장애', ['service', 'outage']],
    ['サービス 停止', ['service', 'outage']],
    ['服务中断', ['service', 'outage', 'disruption']],
  ])('%s → %j', (text, english) => {
    expect(cjkIncidentWords(text).sort()).toEqual([...english].sort());
  });

  test('a query word of them has its English word as another form', () => {
    expect(otherFormsOf('서비스')).toContain('service');
    expect(otherFormsOf('节点')).toContain('node');
    expect(otherFormsOf('プロバイダー')).toContain('provider');
  });
});

describe('round 61: an outage word denied two words after a negation of a noun', () => {
  test.each([
    ['the rollout ran without any user-visible downtime.', 'the rollout ran without any user-visible         .'],
    ['no unplanned customer outage is expected', 'no unplanned customer        is expected'],
    ['ohne nennenswerte geplante downtime', 'ohne nennenswerte geplante         '],
  ])('%s', (text, blanked) => {
    expect(negatedOutageWordsBlanked(text)).toBe(blanked);
  });

  test('"not" keeps one word between; three words are too far', () => {
    for (const text of ['we did not notice the outage', 'the team could not recover from outage quickly', 'no alerts fired before the outage']) {
      expect(negatedOutageWordsBlanked(text)).toBe(text);
    }
    expect(negatedOutageWordsBlanked('this will not cause downtime')).toBe('this will not cause         ');
  });

  test('a notice denying the outage two words away gets no outage words', () => {
    expect(findAliases('The gateway certificate is renewed without any user-visible downtime.')).not.toContain('outage');
    expect(findAliases('The gateway was down for an hour.')).toContain('outage');
  });
});

/**
 * A stand-in engine with pagefind's contract for a page's data: every word of the search must be on
 * the page, and data() reports the words matched by the last search that found the page (pagefind's
 * fragment of a page keeps the locations of its last search). Scores: how often the page says them.
 */
function lastSearchEngine(pages: Record<string, string>): SearchEngine {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const indexed = new Set(Object.values(pages).flatMap(words));
  const lastMatched = new Map<string, string[]>();
  return {
    async search(term) {
      const wanted = words(term ?? '').filter((word) => indexed.has(word));
      if (!wanted.length) return { results: [] };
      const found = Object.entries(pages).filter(([, text]) => wanted.every((word) => words(text).includes(word)));
      for (const [id] of found) lastMatched.set(id, wanted);
      const results = found.map(([id, text]) => ({
        id,
        score: words(text).filter((word) => wanted.includes(word)).length,
        data: async () => ({
          url: `/postmortems/${id}/`, excerpt: '', meta: { title: id }, raw_content: text,
          weighted_locations: words(text).flatMap((word, location) => (lastMatched.get(id)!.includes(word) ? [{ location, balanced_score: 1 }] : [])),
        }),
      }));
      return { results: results.sort((a, b) => b.score - a.score) };
    },
  };
}

describe('round 61: a query word\'s other form is checked against its own matches', () => {
  const engine = lastSearchEngine({
    // Holds "datacenter" and "cooling", never "outage".
    'cooling-north': 'cooling failure in region north the datacenter cooling stopped',
    // Holds "datacenter" and "outage": the first page for both.
    'datacenter-south': 'datacenter outage in region south datacenter outage uplink',
    // Holds the Korean words themselves: each is a word some page holds, and the cooling failure
    // must hold two of the three (through their English words) to be listed.
    'drill-ko': '데이터센터 냉각 장애 대응 훈련',
    'queue-outage': 'queue outage after a disk filled',
  });

  test('"데이터센터 냉각 장애" lists the cooling failure, which holds "datacenter" and "cooling"', async () => {
    // The forms "datacenter", "cooling" and "outage" were searched together and "datacenter"'s first
    // page read after the "outage" search: its matched words were "outage", and the form was dropped
    // (round 60's "데이터센터 냉각 장애", which found nothing listed).
    const found = await searchForgiving(engine, '데이터센터 냉각 장애', searchAlternatives);
    expect([...found.exact, ...found.partial].map((hit) => hit.id)).toContain('cooling-north');
  });
});

describe("round 61: in pagefind's own index", () => {
  const notices = [
    { id: 'queue-outage', title: 'Queue outage', summary: 'The message queue had an outage after a disk filled.', body: 'The disk was grown.' },
    { id: 'provider-outage', title: 'Infrastructure provider outage', summary: 'One of our infrastructure providers had an outage; builds failed until it recovered.', body: 'Builds were restarted.' },
    { id: 'registry-outage', title: 'Registry outage', summary: 'The package registry had an outage after a bad release.', body: 'The release was rolled back.' },
    // Says "outage" most: first when "障害" alone is searched in English.
    { id: 'billing-outage', title: 'Billing outage', summary: 'Billing outage: the second billing outage this week, an outage of invoices.', body: 'Outage over after a restart.' },
  ];
  const engine = inventedNoticesIndex('findability-round61-', notices);

  test('"インフラ プロバイダー 障害" finds the infrastructure provider outage first', async () => {
    // Without "インフラ" and "プロバイダー" in the table only "障害" (outage) was searched in English.
    expect(await firstFound(engine(), 'インフラ プロバイダー 障害', searchAlternatives)).toBe('/postmortems/provider-outage/');
  });
});
