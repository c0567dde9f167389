import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { isPublicAdvisoryId } from '../../src/lib/publication/advisory-ids.ts';
import { hiddenPostIdFindings } from '../../src/lib/publication/hidden-post-ids.ts';

/**
 * Round 43 of false positives (docs/redaction.md): what a demanding adopter's first public build
 * held back in public collections (a web app's post-mortems querying its REST API and naming its
 * embedding model, a language ecosystem's security advisories, a node software's disclosures, a
 * security analyst's practice cases). Every line is our own, modelled on what those posts hold;
 * beside each relaxation, a near miss written the same way is still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const post = (body: string) => `# Outage\n\nThe storage pool lost a disk and the team rebuilt it.\n\n${body}\n`;
const foundText = (body: string) => scanPublicText('post.md', post(body), options).findings.map((f) => redactionFindingText(f));
const holds = (body: string, text: string) => foundText(body).some((f) => f.includes(text));

describe("a PostgREST filter's operator in a link's query", () => {
  test.each([
    ['a filter by the column named owner', 'The widget called `https://qv.supabase.co/rest/v1/boards?select=id&owner=eq.owner&slug=eq.slug` and got a 406.', 'owner'],
    ['a filter by the column named author, negated', 'The feed read `/rest/v1/notes?author=not.eq.author` twice a minute.', 'author'],
  ])('is no account: %s', (_, line, text) => {
    expect(foundText(line).some((f) => f.includes(`eq.${text}`) || f === text)).toBe(false);
  });

  test.each([
    ['a handle after the operator', 'The widget called `https://qv.supabase.co/rest/v1/boards?owner=eq.tavishk` and got a 406.', 'tavishk'],
    ['a handle after a negated operator', 'The feed read `/rest/v1/notes?author=not.eq.mbrekkestad` twice a minute.', 'mbrekkestad'],
    ['a handle with no operator', 'The widget called `https://qv.supabase.co/rest/v1/boards?owner=tavishk` and got a 406.', 'tavishk'],
  ])('a near miss is still found: %s', (_, line, text) => {
    expect(holds(line, text)).toBe(true);
  });
});

describe("an AI vendor's public model id", () => {
  test.each([
    ["OpenAI's embedding model", 'Summaries were embedded with `text-embedding-3-small` before the backfill.', 'text-embedding-3-small'],
    ["OpenAI's older embedding model", 'The old vectors came from `text-embedding-ada-002`.', 'text-embedding-ada-002'],
    ["Anthropic's model with its date", 'The triage bot called `claude-3-5-sonnet-20240620` for each page.', 'claude-3-5-sonnet-20240620'],
    ["Mistral's model with its size", 'The batch job ran `mistral-7b-instruct` on the spare card.', 'mistral-7b-instruct'],
  ])('is no identifier: %s', (_, line, text) => {
    expect(holds(line, text)).toBe(false);
  });

  test.each([
    ["a family's word before a machine's number", 'The triage bot ran on `claude-prod-01` that night.', 'claude-prod-01'],
    ["a family's word before a coined part", 'Summaries were embedded with `text-embedding-kelpworks-3` first.', 'text-embedding-kelpworks-3'],
  ])('a near miss is still found: %s', (_, line, text) => {
    expect(holds(line, text)).toBe(true);
  });
});

describe("an advisory database's ids", () => {
  test("OSV's malicious packages and the Tor Project's TROVE series are public advisories", () => {
    expect(isPublicAdvisoryId('MAL-2025-40211')).toBe(true);
    expect(isPublicAdvisoryId('TROVE-2024-007')).toBe(true);
    expect(holds('The crate is also listed as MAL-2025-40211 and TROVE-2024-007.', 'MAL-2025-40211')).toBe(false);
  });

  test('a near miss is still found: a key of the same shape under a coined prefix', () => {
    expect(isPublicAdvisoryId('KELP-2024-007')).toBe(false);
    expect(holds('The crate is also listed as KELP-2024-007.', 'KELP-2024-007')).toBe(true);
  });
});

describe("a document's slug of words around its number", () => {
  test.each([
    ["a case of a series linked from its index", '- [Case 7: DNS zone walk](recon/case-7-dns-zone-walk.md)', 'case-7-dns-zone-walk'],
    ["a chapter of a guide", 'Read [the chapter](guide/chapter-3-restoring-backups.md) first.', 'chapter-3-restoring-backups'],
    ["a disclosure named by its CVE", 'See the [write-up](/en/2025/02/11/disclose-cve-2024-41802/) for details.', 'disclose-cve-2024-41802'],
  ])('is no identifier: %s', (_, line, text) => {
    expect(holds(line, text)).toBe(false);
  });

  test.each([
    ['a coined word in the slug', 'Read [the case](recon/case-7-kelpworks-ledger.md) first.', 'case-7-kelpworks-ledger'],
    ['a number at the end, as machines are numbered', 'Read [the page](recon/chapter-kelpworks-01.md) first.', 'chapter-kelpworks-01'],
    ['a coined word beside a CVE', 'See the [write-up](/en/2025/02/11/kelpworks-cve-2024-41802/) for details.', 'kelpworks-cve-2024-41802'],
  ])('a near miss is still found: %s', (_, line, text) => {
    expect(holds(line, text)).toBe(true);
  });
});

describe('an English word negated by "un" in a compound in code', () => {
  test('is a word', () => {
    expect(holds('```toml\nkeywords = ["memory-safety", "uninitialized-memory"]\n```', 'uninitialized-memory')).toBe(false);
  });

  test('a near miss is still found: "un" before a coined word', () => {
    expect(holds('```toml\nkeywords = ["memory-safety", "unkelpworks-memory"]\n```', 'unkelpworks-memory')).toBe(true);
  });
});

describe("a foundation's or a company's account on a code host", () => {
  test('is no person', () => {
    expect(holds('The crates at [https://github.com/quell-fdn](github.com/quell-fdn) are no longer maintained by the Quell Foundation.', 'quell-fdn')).toBe(false);
    expect(holds('The mirror moved to https://github.com/brekke-gmbh last spring.', 'brekke-gmbh')).toBe(false);
  });

  test("a near miss is still found: a person's account of two words", () => {
    expect(holds('The crates at [https://github.com/tavish-oberlin](github.com/tavish-oberlin) are no longer maintained.', 'tavish-oberlin')).toBe(true);
  });
});

/**
 * A handbook imported with its incidents: its page `on-call.mdx` (no incident, kept internal) made
 * a public post an error for its timeline's "On-call engineer received alert" (adoption round 42,
 * tried and reverted there: the public build still stopped; rebuilt here on the same content with
 * this rule, `npm run check` and `npm run build:public` both pass it). Post texts invented here.
 */
describe('a hidden post whose id is an everyday compound with a particle', () => {
  const scanned = (publicLines: string[]) => ({ file: 'p.mdx', publicLines, sourceLines: ['---', '---', ...publicLines], findings: [], publicFields: [] });
  const ids = (lines: string[], hidden: string) => hiddenPostIdFindings([scanned(lines)], [hidden])[0].map((f) => /"([^"]+)"/.exec(f.message)![1]);

  test('in prose names no post', () => {
    expect(ids(['- **09:05:** On-call engineer received the page and began to look.'], 'on-call')).toEqual([]);
    expect(ids(['A follow-up review is booked for Monday.'], 'follow-up')).toEqual([]);
  });

  test('a near miss is still found: the compound as an address, and a compound of two words', () => {
    expect(ids(['The rota is at /postmortems/on-call/ now.'], 'on-call')).toEqual(['on-call']);
    expect(ids(['The ledger-leak review is closed.'], 'ledger-leak')).toEqual(['ledger-leak']);
  });
});

describe("the fix a chat handle's finding says", () => {
  test("names a role or a team, not a system's generic phrase", () => {
    const finding = scanPublicText('post.md', post('The rollback was approved by @mbrekkestad in the channel.'), options).findings.find((f) => f.rule === 'redact/handle');
    expect(finding?.fix).toMatch(/^replace "@mbrekkestad" by a role or a team/);
    expect(finding?.fix).not.toMatch(/internal service/);
  });
});
