import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { readReportContent } from '../../src/lib/import/report-content.ts';
import { textToMarkdown } from '../../src/lib/import/source-text.ts';
import { underlinedHeadingDepth, underlinedHeadings, unframedTitle } from '../../src/lib/import/plain-text-headings.ts';
import { datelineDay, openingDatelineDay, withoutTrailingSelfLink } from '../../src/lib/import/report-dateline.ts';
import { fewSentenceSummary } from '../../src/lib/import/summary-length.ts';
import { descriptionIsImpact, teamNamedBy, withoutCustomFieldPrefix } from '../../src/lib/import/servicenow-columns.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary, type Team, type Vocabulary } from '../../src/lib/vocabulary.ts';

// Round 17 (docs/import.md): Qubes' plain-text security bulletins (underlined headings, a banner
// around the title, a dateline, a summary of a whole paragraph), curl's advisories (a dateline with
// a permalink under the title) and ServiceNow's incident export. Fixtures written anew, modelled
// on those shapes.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import');
const today = '2026-12-02';

async function importFile(relativePath: string, options: { vocabulary?: Vocabulary } = {}) {
  const path = join(fixtures, relativePath);
  const content = await readReportContent(path, readFileSync(path));
  const parts = content.parts ?? [{ label: '', text: content.text }];
  return parts.map((part) => {
    const result = importReport(`${relativePath}${part.label}`, part.text, { vocabulary: options.vocabulary ?? vocabulary, today, exportKind: content.exportKind, startStatedApart: content.startStatedApart });
    const id = result.fileName.replace(/\.mdx$/, '');
    const check = validatePostmortemSource(`/tmp/${result.fileName}`, id, result.draft, { vocabulary: options.vocabulary ?? vocabulary, knownIds: new Set([id]), contentDir: 'content' });
    const { yaml, body } = splitFrontmatter(result.draft);
    return { result, source: content.text, data: parseYaml(yaml) as Record<string, any>, body, errors: check.findings.filter((f) => f.severity === 'error') };
  });
}

describe('plain-text bulletins: underlined headings, a banner title', () => {
  test('a line over a line of = - or ~ is a heading; a rule after a blank line, or under a sentence, is not', () => {
    const lines = ['Summary', '========', '', 'Text.', '', '-----', 'It ended.', '---', 'Overview', '--------', 'x', '~~'];
    expect(underlinedHeadings(lines)).toEqual([{ line: 0, mark: '=' }, { line: 8, mark: '-' }]);
    // `-` under a report that also underlines with `=` is a part of a section; alone, a section.
    const all = underlinedHeadings(lines);
    expect(underlinedHeadingDepth(all[1], all)).toBe(3);
    expect(underlinedHeadingDepth(all[1], [all[1]])).toBe(2);
  });

  test('a banner around the title is its frame; brackets and pluses that say something stay', () => {
    expect(unframedTitle('---===[ Example OS Security Bulletin #17 ]===---')).toBe('Example OS Security Bulletin #17');
    expect(unframedTitle('=== Outage report ===')).toBe('Outage report');
    expect(unframedTitle('[Resolved] API errors')).toBeUndefined();
    expect(unframedTitle('C++ build broke')).toBeUndefined();
  });

  test('the underline is no paragraph: the Summary section opens with its text; "| " lines are a quote', () => {
    const markdown = textToMarkdown('Title\n\nSummary\n========\n\nThe daemon crashed.\n\n| quoted line\n| \n| more\n\n| a | b |\n');
    expect(markdown).toContain('## Summary\n');
    expect(markdown).not.toMatch(/^=+$/m);
    expect(markdown).toContain('> quoted line\n> \n> more');
    // A table's row ("| a | b |") is no quote.
    expect(markdown).toContain('\\| a \\| b \\|');
  });

  test('a bulletin: title without its banner, day from its dateline, summary and impact from their sections, the summary cut at a sentence', async () => {
    const [draft] = await importFile('advisories/bulletin-017.txt');
    expect(draft.errors).toEqual([]);
    expect(draft.data.title).toBe('Example OS Security Bulletin #17');
    expect(draft.result.fileName).toBe('2023-08-21-example-os-security-bulletin-17.mdx');
    expect(draft.result.inferred).toContain('incident day 2023-08-21 from its dateline');
    // Four sentences in the section's paragraph: the summary is its first three, the paragraph stays whole in the body.
    expect(draft.data.summary).toMatch(/^The clipboard daemon copies .* no attack using it is known\.$/);
    expect(draft.data.summary).not.toContain('4.2.7');
    expect(draft.body).toContain('since 3.1 is affected, and the fix is in version 4.2.7 of the daemon.');
    expect(draft.result.notes.some((note) => /^the summary is the first 3 sentences of a paragraph of \d+ characters/.test(note))).toBe(true);
    expect(draft.data.impact.description).toBe('A compromised domain can read clipboard contents that other domains copied earlier, which may include passwords.');
    expect(draft.body).not.toMatch(/^=+$/m);
    expect(findLostSentences(draft.source, 'text', draft.result.draft)).toEqual([]);
  });

  test('a summary within 3 sentences and 600 characters is left whole; one long sentence cannot be cut', () => {
    expect(fewSentenceSummary('One. Two. Three.')).toBeUndefined();
    // Four short sentences are left whole (the last often says what fixed it); over 600 characters, the first three.
    expect(fewSentenceSummary('One is here. Two is here. Three is here. Four is here.')).toBeUndefined();
    const sentence = `${'Word '.repeat(30)}end.`;
    expect(fewSentenceSummary(Array(5).fill(sentence).join(' '))).toBe(Array(3).fill(sentence).join(' '));
    // 504 characters, then a sentence that would pass 600: the first alone.
    const long = `${'word '.repeat(100)}end.`;
    expect(fewSentenceSummary(`${long} ${'More '.repeat(25)}end.`)).toBe(long);
    // One sentence of 654 characters: no boundary to cut at.
    expect(fewSentenceSummary(`${'word '.repeat(130)}end.`)).toBeUndefined();
    // "e.g. 5" does not end a sentence.
    const filler = 'x'.repeat(200);
    expect(fewSentenceSummary(`A e.g. 5 ${filler}. Two ${filler}. Three ${filler}.`)).toBe(`A e.g. 5 ${filler}. Two ${filler}.`);
    // "p.m. UTC" ends no sentence: three sentences, left whole.
    expect(fewSentenceSummary('We had an outage. It lasted from 1:40 p.m. UTC to 2:48 p.m. UTC, and all data was delayed. Details are below.')).toBeUndefined();
  });
});

describe('advisories: a dateline under the title', () => {
  test('a dateline is a date alone or after a few words and a comma, with at most a self-link; a sentence with a date is none', () => {
    expect(datelineDay('Example Project Security Advisory, June 9 2021 Permalink', 2020)).toBe('2021-06-09');
    expect(datelineDay('May 12, 2011', 2020)).toBe('2011-05-12');
    expect(datelineDay('2019-05-15', 2020)).toBe('2019-05-15');
    expect(datelineDay('Fixed in 7.19.4 on March 3 2009', 2020)).toBeUndefined();
    expect(datelineDay('On March 3 2009 the API broke.', 2020)).toBeUndefined();
    expect(withoutTrailingSelfLink('Advisory, June 9 2021 Permalink')).toBe('Advisory, June 9 2021');
    // Only the paragraph under the title: a date further down is a timeline's.
    expect(openingDatelineDay('# Title\n\nThe API broke for an hour.\n\n2021-06-09\n', 2021)).toBeUndefined();
    expect(openingDatelineDay('Title\n=====\n\nProject Advisory, June 9 2021\n[Permalink](https://example.org/a.html)\n', 2021)).toBe('2021-06-09');
  });

  test('an advisory: the day its dateline states, the summary from the text after it, no "Permalink"', async () => {
    const [draft] = await importFile('advisories/stale-session-reuse.md');
    expect(draft.errors).toEqual([]);
    expect(draft.result.fileName).toBe('2021-06-09-stale-session-reuse.mdx');
    expect(draft.result.inferred).toContain('incident day 2021-06-09 from its dateline');
    expect(draft.data.summary).toMatch(/^When a connection is reused, the library keeps the session ticket/);
    expect(draft.data.summary).not.toMatch(/Permalink|Security Advisory/);
    // The dateline and its link stay in the body.
    expect(draft.body).toContain('[Permalink](https://example.org/docs/CVE-2021-00001.html)');
    // A day is no time of day: times.started is left to fill.
    expect(draft.data.times?.started).toBeUndefined();
  });
});

describe('ServiceNow incident export', () => {
  test('u_ is the prefix of a field an instance added; the description is the impact only beside a short description and no impact column', () => {
    expect(withoutCustomFieldPrefix('u root cause')).toBe('root cause');
    expect(withoutCustomFieldPrefix('user impact')).toBe('user impact');
    expect(descriptionIsImpact(['number', 'short description', 'description'])).toBe(true);
    expect(descriptionIsImpact(['number', 'short description', 'description', 'impact'])).toBe(false);
    expect(descriptionIsImpact(['title', 'description'])).toBe(false);
  });

  test('a group names a team by id, display name ("&" as "and"), handle or alias; two teams named alike are no suggestion', () => {
    const teams: Team[] = [
      { id: 'identity', name: 'Identity & Access', handle: '@acme/identity' },
      { id: 'support', name: 'Customer Support Operations', handle: '@acme/support-ops', aliases: ['Service Desk L2'] },
      { id: 'sre', name: 'Site Reliability' },
    ];
    expect(teamNamedBy('Identity and Access', teams)).toBe('identity');
    expect(teamNamedBy('support-ops', teams)).toBe('support');
    expect(teamNamedBy('service desk l2', teams)).toBe('support');
    expect(teamNamedBy('SRE team', teams)).toBe('sre');
    expect(teamNamedBy('Network Operations', teams)).toBeUndefined();
    expect(teamNamedBy('Access', teams)).toBeUndefined();
    expect(teamNamedBy('sre', [...teams, { id: 'sre-emea', name: 'SRE' }])).toBeUndefined();
  });

  test('a row: root cause and close notes are sections, the assignment group the team, the description the impact', async () => {
    const [card, search] = await importFile('incident-logs/servicenow-incidents.csv');
    expect(card.errors).toEqual([]);
    expect(card.data.title).toBe('Card payments declined at checkout');
    expect(card.data.teams).toEqual(['payments']);
    expect(card.result.inferred).toContain('suggested team payments: the report\'s assignment group "Payments Platform"');
    expect(card.data.impact.description).toMatch(/^Customers paying by card saw "Payment could not be processed" at checkout/);
    expect(card.data.summary).toMatch(/^Customers paying by card saw/);
    expect(card.body).toMatch(/## Root cause\n\nAn expired client certificate/);
    expect(card.body).toMatch(/## Resolution\n\nRenewed the certificate/);
    expect(card.data.times).toEqual({ started: '2024-05-06T08:42:00Z', resolved: '2024-05-06T10:05:00Z' });
    expect(card.data.severity).toBe('SEV-2');
    // A group that names no team suggests none; it stays in the imported metadata.
    expect(search.data.teams).toBeUndefined();
    expect(search.body).toContain('assignment_group: Network Operations');
  });

  test('a team\'s alias in teams.yaml names it', async () => {
    const withAlias: Vocabulary = { ...vocabulary, teams: new Map([...vocabulary.teams].map(([id, team]) => [id, id === 'search' ? { ...team, aliases: ['Network Operations'] } : team])) };
    const [, search] = await importFile('incident-logs/servicenow-incidents.csv', { vocabulary: withAlias });
    expect(search.data.teams).toEqual(['search']);
  });
});
