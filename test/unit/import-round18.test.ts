import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { shortActionTitle } from '../../src/lib/import/action-item-rows.ts';
import { affectedServicesOf, publishableTitle, withoutTitleMarks } from '../../src/lib/import/publishable-title.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { titleMaxLength } from '../../src/lib/postmortem-schema.ts';

// Round 18 (docs/import.md): drafts a filled-in review held back (an action item's title over 200
// characters, a status mark in the title, "Incident on <day>" as the title), an advisory's prose
// timeline, a cut summary shown twice. Fixtures written anew, modelled on those shapes.
const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import/round18');
const today = '2026-12-02';

function importFixture(name: string) {
  const text = readFileSync(join(fixtures, name), 'utf8');
  const result = importReport(name, text, { vocabulary, today });
  const { yaml, body } = splitFrontmatter(result.draft);
  // What a review would refuse once the draft is filled in: the check warns of it on a draft.
  const check = validatePostmortemSource(`content/postmortems/${result.fileName}`, result.fileName.replace(/\.mdx$/, ''), result.draft, { vocabulary, knownIds: new Set(), contentDir: 'content' });
  const heldBy = check.findings.filter((f) => /^schema\/(?:too-long|plain-text|invalid)$/.test(f.rule)).map((f) => f.message);
  return { result, data: parseYaml(yaml) as Record<string, any>, body, lost: findLostSentences(text, result.format, result.draft), heldBy };
}

describe('an action item written as a paragraph: its title is its first sentence', () => {
  test('a bullet of two sentences, a table cell of one long sentence: each within 200 characters, the item whole in the body', () => {
    const { data, body, result, lost, heldBy } = importFixture('long-remediation-items.md');
    expect(data.actionItems.map((item: { title: string }) => item.title)).toEqual([
      'Run schema migrations on the ledger in batches of at most 10,000 rows, with a pause between batches while replica lag is over 30 seconds',
      'Page the storage on-call when replica lag is over five minutes.',
      'Show merchants how old the balance they see is whenever the read replica serving them lags behind the primary by more than a minute, so that a stale balance is never shown as the current one',
    ]);
    expect(data.actionItems[2]).toMatchObject({ owner: 'payments', status: 'open' });
    expect(body).toContain('it was turned off for this migration because the table was thought to be small');
    expect(body).toContain('the monthly statements and the export files that finance downloads every morning');
    expect(result.notes).toContainEqual(expect.stringMatching(/^AI-1: the title is the first sentence of an item of 300 characters .*under "Action items"/));
    expect(result.notes).toContainEqual(expect.stringMatching(/^AI-3: the title is the opening clause of an item of 318 characters/));
    expect(heldBy).toEqual([]);
    expect(lost).toEqual([]);
  });

  test.each([
    ['short enough', 'Page the storage on-call when replica lag is over five minutes. Then test it.', undefined],
    ['first sentence', `Rotate the signing key every 90 days. ${'It is used by every service that mints tokens for the partner API, '.repeat(3)}`, { title: 'Rotate the signing key every 90 days', sentences: true }],
  ])('%s', (_label, text, expected) => {
    expect(shortActionTitle(text)).toEqual(expected);
  });

  test('one sentence longer than the limit is cut at a clause, never over the limit', () => {
    const text = `Alert when the queue is older than five minutes, ${'for each of the regional consumers and the archive job '.repeat(5)}and the billing export.`;
    const short = shortActionTitle(text)!;
    expect(short.sentences).toBe(false);
    expect([...short.title].length).toBeLessThanOrEqual(titleMaxLength);
    expect(text.startsWith(short.title)).toBe(true);
  });
});

describe('a title without the marks of a document or a status', () => {
  test.each([
    ['[Postmortem] Queue stalled for two hours', 'Queue stalled for two hours', ['[Postmortem]']],
    ['[RESOLVED] Post-mortem: Queue stalled', 'Queue stalled', ['[RESOLVED]', 'Post-mortem:']],
    ['[Incident] API errors in two regions', 'API errors in two regions', ['[Incident]']],
    ['RCA - Disk full on builders', 'Disk full on builders', ['RCA']],
    ['API errors for EU customers (Resolved)', 'API errors for EU customers', ['(Resolved)']],
    // Nothing but the mark would be left, or the words are the title's own.
    ['Incident: Outage', 'Incident: Outage', []],
    ['Postmortem of the March outage', 'Postmortem of the March outage', []],
    ['[get.example.org] Mirror down', '[get.example.org] Mirror down', []],
  ])('%s', (title, expected, marks) => {
    expect(withoutTitleMarks(title)).toEqual({ title: expected, marks });
  });

  test('a `# [Postmortem] …` heading: the title without the mark, the heading kept as a comment, nothing lost', () => {
    const { data, body, result, lost, heldBy } = importFixture('marked-title.md');
    expect(data.title).toBe('Search index stale after a reindex');
    expect(result.inferred).toContainEqual(expect.stringMatching(/^title without "\[Postmortem\]"/));
    expect(body.trim()).toMatch(/^\{\/\* The report's title heading was "\[Postmortem\] Search index stale after a reindex"/);
    expect(body).not.toMatch(/^# /m);
    expect(heldBy).toEqual([]);
    expect(lost).toEqual([]);
  });

  test('a frontmatter title "Post-mortem: …": the title without the label, the metadata keeps it as written', () => {
    const { data, body, heldBy } = importFixture('labelled-title.md');
    expect(data.title).toBe('Billing webhook retries piled up');
    expect(body).toContain('title: "Post-mortem: Billing webhook retries piled up"');
    expect(heldBy).toEqual([]);
  });

  test('quotes and Markdown around a title are taken off', () => {
    expect(publishableTitle('"We\'re seeing errors on the help site."', [])).toMatchObject({ title: 'We\'re seeing errors on the help site.' });
    expect(publishableTitle('**Checkout** errors after a config push', [])).toMatchObject({ title: 'Checkout errors after a config push' });
  });
});

describe('a title that names only its day is replaced by one that names something', () => {
  test('"# Incident on 2024-03-05" over a heading that says what happened: that heading, not a timeline row', () => {
    const { data, result, lost, heldBy } = importFixture('day-only-title.md');
    expect(data.title).toBe('Ledger writes timed out at peak load');
    expect(result.fileName).toBe('2024-03-05-ledger-writes-timed-out-at-peak-load.mdx');
    expect(result.inferred).toContainEqual(expect.stringMatching(/^title made from its first heading that names what happened: the report's title "Incident on 2024-03-05" names only its day/));
    expect(heldBy).toEqual([]);
    expect(lost).toEqual([]);
  });

  test('candidates in order: the first that names something; the affected services last', () => {
    expect(publishableTitle('Incident on 2011-07-28 03:06:00 UTC', [
      { text: '09:12 UTC: alerts fired', from: 'its summary' },
      { text: 'Time (UTC): 09:12; Event: 500', from: 'its first sentence' },
      { text: `Incident affecting ${affectedServicesOf({ components: [{ name: 'API' }, { name: 'Webhooks' }, { name: 'Dashboard' }] }, '')}`, from: 'the services it names as affected' },
    ])).toMatchObject({ title: 'Incident affecting API, Webhooks and Dashboard' });
    expect(publishableTitle('Untitled', [{ text: 'Uploads failed in one region.', from: 'its summary' }])).toMatchObject({ title: 'Uploads failed in one region.' });
    expect(affectedServicesOf(undefined, 'Affected components: Git Operations, Pages.')).toBe('Git Operations and Pages');
  });

  test('nothing to title it by: the import of that report fails, saying what to add', () => {
    const text = readFileSync(join(fixtures, 'nothing-to-title/2024-03-05.md'), 'utf8');
    expect(() => importReport('nothing-to-title/2024-03-05.md', text, { vocabulary, today }))
      .toThrow(/^its title "Incident on 2024-03-05" names only its day, and the report gives nothing else to title it by .*a first line "# <what broke>" \(or `title:` in its frontmatter\), then import it again\.$/);
  });
});

describe('leftovers of round 17', () => {
  test('an advisory\'s TIMELINE written as prose alone: a date-only row for each sentence that says on which day', () => {
    const { data, lost } = importFixture('prose-timeline-advisory.md');
    expect(data.timeline.map((row: { at: string; kind: string }) => [row.at, row.kind])).toEqual([
      ['2024-01-30T00:00:00Z', 'detection'],
      ['2024-02-27T00:00:00Z', 'other'],
      ['2024-03-08T00:00:00Z', 'other'],
    ]);
    expect(data.timeline[0].event).toBe('This issue was reported to the tinyfetch project on January 30 2024. (date only: no time of day given)');
    // A sentence that ends on a colon introduces what follows: no row of its own.
    expect(data.timeline.some((row: { event: string }) => row.event.startsWith('Which versions'))).toBe(false);
    expect(lost).toEqual([]);
  });

  test('a summary cut from a long opening paragraph is not shown again in the body: the rest of the paragraph is', () => {
    const { data, body, result, lost } = importFixture('long-opening.md');
    expect(data.summary).toMatch(/^Uploads to the object store .* did not change\.$/);
    expect(body).not.toContain('Customers saw TLS errors');
    expect(body.trim()).toMatch(/^\{\/\* The opening paragraph's first 3 sentences are the summary[^\n]*\*\/\}\n\nThe on-call engineer renewed the certificate by hand/);
    expect(result.notes).toContainEqual(expect.stringMatching(/the body keeps the rest of the paragraph, where it was/));
    expect(lost).toEqual([]);
  });
});
