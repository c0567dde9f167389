import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { isFileNameWithoutWords } from '../../src/lib/import/report-title.ts';
import { openingSentenceDay } from '../../src/lib/import/opening-sentence-day.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';

/**
 * Round 34's adoption walk (docs/adopting.md, "Adoption walkthrough, round 34"): one-paragraph
 * retellings kept as `data_<uuid>.md`, and a small team's report that dates itself only in its
 * first line of prose. Fixtures written here, modelled on the shapes met (invented systems, days).
 */
const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
const imported = (name: string, text: string) => {
  const result = importReport(name, text, { vocabulary, today: '2026-12-04' });
  return { ...result, frontmatter: parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any> };
};

describe('a file name that is an identifier with a word for the kind of file', () => {
  test.each([
    ['data_0f3e9d21-8a4b-4c5d-9e6f-0a1b2c3d4e5f', true],
    ['report-9f86d08a', true],
    ['incident_0042', true],
    ['0f3e9d21-8a4b-4c5d-9e6f-0a1b2c3d4e5f-export', true],
    ['postmortem-2024-03-02', true],
    ['data-pipeline-outage', false],
    ['report-queue-stuck', false],
    ['case-study', false],
    ['data', false],
  ])('isFileNameWithoutWords("%s") is %s', (name, expected) => {
    expect(isFileNameWithoutWords(name)).toBe(expected);
  });

  const retelling = '---\nuuid: 0f3e9d21-8a4b-4c5d-9e6f-0a1b2c3d4e5f\nstart_time: 2019-03-04T00:00:00Z\ncompany: Acme\n---\n\nThe ledger primary filled its disk and was restarted on the wrong volume, causing a global outage. See also the forum thread.\n';

  test('is no title: the draft is titled and named by its first sentence', () => {
    const { title, fileName, frontmatter } = imported('data_0f3e9d21-8a4b-4c5d-9e6f-0a1b2c3d4e5f.md', retelling);
    expect(title).toBe('The ledger primary filled its disk and was restarted on the wrong volume');
    expect(frontmatter.title).toBe(title);
    expect(fileName).toMatch(/^2019-03-04-the-ledger-primary-filled-its-disk-[a-z-]+\.mdx$/);
    expect(fileName).not.toMatch(/data|0f3e9d21/);
  });

  test('a file name with words still titles the same report (the premise)', () => {
    expect(imported('ledger-disk-full.md', retelling).title).toBe('ledger disk full');
  });
});

describe('the incident day the opening sentence states, when nothing else dates the report', () => {
  test.each([
    ['In the morning of Sept. 18th, 2017, a couple of our sites went down for a few hours.', '2017-09-18', 'In the morning of Sept. 18th, 2017'],
    ['On Tuesday, 3 March 2024, the build queue stopped taking jobs.', '2024-03-03', 'On Tuesday, 3 March 2024'],
    ['During the night of 2021-06-05 the nightly export wrote empty files.', '2021-06-05', 'During the night of 2021-06-05'],
  ])('%s', (opening, date, words) => {
    expect(openingSentenceDay(`## Owner: @someone\n\n# Overview\n\n${opening}\n`)).toEqual({ date, words });
  });

  test.each([
    ['a day without its year', 'On June 13, the ledger stopped answering.'],
    ['a day inside the sentence', 'The ledger stopped answering and was fixed on June 14, 2017 by a restart.'],
    ['a day in a list item', '- On June 14, 2017, the ledger stopped answering.'],
    ['a day past the third paragraph', 'One.\n\nTwo.\n\nThree.\n\nOn June 14, 2017, the ledger stopped answering.'],
    ['a day with nothing after it', 'On June 14, 2017.'],
  ])('not read: %s', (_, text) => {
    expect(openingSentenceDay(text)).toBeUndefined();
  });

  const report = (opening: string) => `## Owner: @someone\n\n# Overview\n\n${opening} a couple of our sites went down for a few hours after the DNS move.\n\n# What happened\n\nWe moved the DNS.\n`;

  test('dates the draft and its file name, said in its notes', () => {
    const { fileName, inferred } = imported('002-dns-move.md', report('In the morning of Sept. 18th, 2017,'));
    expect(fileName).toBe('2017-09-18-dns-move.mdx');
    expect(inferred).toContain('incident day 2017-09-18 from its opening sentence ("In the morning of Sept. 18th, 2017")');
  });

  test('without the day the same report states none (the premise)', () => {
    const { fileName, inferred } = imported('002-dns-move.md', report('In the morning,'));
    expect(fileName).toBe('dns-move.mdx');
    expect(inferred.join('\n')).not.toMatch(/incident day/);
  });

  test('a "Date:" line wins over the opening sentence', () => {
    const { fileName } = imported('002-dns-move.md', `Date: 2017-09-20\n\n${report('On Sept. 18th, 2017,')}`);
    expect(fileName).toBe('2017-09-20-dns-move.mdx');
  });
});

describe('an internal name that ends its clause', () => {
  // "identified as NY-SQL02, initiated …", "restarting Multipass, were …": wrapped alone, the
  // public page read "identified as , initiated" and "restarting , were".
  const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
  const fixedLine = (line: string) => {
    const source = `---\ntitle: Ledger stalled\n---\n\n${line}\n`;
    const findings = scanPublicText('post.mdx', source, options).findings.filter((f) => f.rule.startsWith('redact/'));
    return { findings, fixed: applyRedactionFixes(source, findings, { isMdx: true }).source.split('\n').at(-2) ?? '' };
  };

  test.each([
    ['after a preposition, before a comma', 'The primary, identified as QX-LEDGER07, stopped taking writes.', 'QX-LEDGER07'],
    ['after a verb, before a full stop', 'Engineers then restarted qx-ledger-07.', 'qx-ledger-07'],
    ['after an article, before a full stop', 'Writes failed over to the qx-ledger-07.', 'qx-ledger-07'],
  ])('%s: the public page reads a phrase, not a gap', (_, line, name) => {
    const { findings, fixed } = fixedLine(line);
    expect(findings.map((f) => f.message).join('\n')).toContain(`"${name}"`);
    expect(fixed).toMatch(new RegExp(`<Internal>(?:the )?${name}</Internal><PublicOnly>an? [^<]+</PublicOnly>[.,]`));
  });

  test('a name that modifies the noun after it needs none (unchanged)', () => {
    const { fixed } = fixedLine('The qx-ledger-07 replica stopped taking writes.');
    expect(fixed).toMatch(/The <Internal>qx-ledger-07<\/Internal> replica/);
  });
});
