import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { readRelativeTime } from '../../src/lib/import/written-time.ts';
import { correctYearSlips } from '../../src/lib/import/year-typo-rows.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { isHeadlineAfterLabel } from '../../src/lib/publication/headline-labels.ts';
import { writtenAsCommonNoun } from '../../src/lib/publication/unlisted-given-names.ts';

/**
 * Session 30's adoption walk (docs/adopting.md, "Adoption walk, session 30"): five collections not
 * walked before (a CI platform's retrospectives, a blog reposting other companies' postmortems, a
 * network's upgrade RCAs in GitBook Markdown, a validator operator's incident notes, a bridge's
 * postmortem) taken through import, fill, redact, check and both builds. Fixtures written here,
 * modelled on the shapes found (invented names, systems and organisations).
 */
const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
const imported = (name: string, text: string) => {
  const result = importReport(name, text, { vocabulary, today: '2026-12-03' });
  return { ...result, frontmatter: parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any> };
};
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
const found = (source: string) => scanPublicText('post.mdx', source, options).findings.filter((f) => f.severity === 'error').map((f) => /"([^"]+)"/.exec(f.message)?.[1]);
const fixed = (source: string) => applyRedactionFixes(source, scanPublicText('post.mdx', source, options).findings, { isMdx: true }).source;

describe('a timeline whose later rows are offsets in brackets ("[+1 hrs]", as GitBook escapes them)', () => {
  const report = `# Ledger upgrade RCA (Staging)\n\n* Date: Mar 4 2025, 09:15 AM UTC - Mar 5 2025, 11:00 AM UTC\n\n## 5. Timeline (UTC)\n\n| **Time (UTC)** | **Event** |\n| --- | --- |\n| Mar 4 2025, 09:15 AM UTC | Upgrade executed; the ledger halts at the upgrade height |\n| \\[+1 hrs] | Consensus failure confirmed; triage begins |\n| \\[+6.5 hrs] | Patched binary deployed to our own nodes |\n| \\[+2 Business Days Later] | Fixes staged for release |\n`;

  test('each offset is counted from the start the report states, the expression kept in the event', () => {
    const result = imported('ledger-upgrade-rca.md', report);
    const events = (result.frontmatter.timeline as { at: string; event: string }[]).map((row) => `${row.at} ${row.event}`);
    expect(events).toContain('2025-03-04T10:15:00Z (+1 hrs) Consensus failure confirmed; triage begins');
    expect(events).toContain('2025-03-04T15:45:00Z (+6.5 hrs) Patched binary deployed to our own nodes');
    // Business days cannot be counted without a calendar: that row stays in the body, said.
    expect(result.unread.map((row) => `${row.row} ${row.reason}`).join('\n')).toMatch(/\[\+2 Business Days Later\]/);
  });
  test('the bracketed form is read whole, and a bracket left open or a note in brackets is no offset', () => {
    expect(readRelativeTime('[+1 hrs] | x')).toMatchObject({ label: '+1 hrs', minutes: 60, consumed: 8 });
    expect(readRelativeTime('(T+15m) page sent')).toMatchObject({ label: 'T+15m', minutes: 15 });
    expect(readRelativeTime('[+1 hrs')).toBeUndefined();
    expect(readRelativeTime('[note] see above')).toBeUndefined();
  });
});

describe('a blog post whose opening states the outage as two times of one day', () => {
  const post = `---\nlayout: post\ntitle: "Quillmark DDoS attack"\ndescription: "What happened during the Quillmark denial-of-service attack."\nauthor: Tadhg Marsh\n---\n\n_[Originally posted on the Quillmark blog](https://quillmark.example/blog/ddos)_\n\nOn Wednesday, March 6, 2024 quillmark.example was unavailable from 14:02 to 14:09 UTC and slow until 14:20 UTC due to a flood of requests.\n\n## Background\n\nThe edge absorbed most of it.\n`;

  test('the start and end are read from that sentence, the day from earlier in it', () => {
    const result = imported('2024-03-07-quillmark-ddos.md', post);
    expect(result.frontmatter.times.started).toBe('2024-03-06T14:02:00Z');
    expect(result.frontmatter.times.resolved).toBe('2024-03-06T14:09:00Z');
    expect(result.inferred.join('\n')).toMatch(/times\.started 2024-03-06T14:02:00Z from the span its opening states/);
  });
  test('two times with no day in their sentence give no span', () => {
    const result = imported('2024-03-07-quillmark-ddos.md', post.replace('On Wednesday, March 6, 2024 quillmark', 'Quillmark'));
    expect(result.frontmatter.times?.started).toBeUndefined();
  });
});

describe('a "Fallout" section is the report\'s impact', () => {
  test('the impact description is read from it', () => {
    const result = imported('2019-04-02-queue-backlog.md', `# Retrospective: queue backlog 2019-04-02\n\n## Background\n\nThe provisioner stopped creating workers after a credentials change.\n\n## Fallout\n\nAll branches were closed to new pushes for 9 hours.\n\n## Timeline\n\n- 2019-04-02 10:00 UTC ::::: workers stop appearing\n- 2019-04-02 19:00 UTC ::::: branches reopened\n`);
    expect(result.frontmatter.impact?.description).toBe('All branches were closed to new pushes for 9 hours.');
    expect(result.inferred.join('\n')).toMatch(/impact description from the "Fallout" section/);
  });
});

describe('people a retrospective thanks, and a quoted chat line, are found', () => {
  const post = `---\ntitle: Worker pool starved\n---\n\n## Timeline\n\n- 2019-04-02T10:06 ::::: First report: \`<qorvane> Are the build workers not provisioned any more? waiting for ~45m\`\n\n## Thanks\n\n* Zelbrin\n* vantorq\n* spindle\n* everyone on the release rota\n\n## Acknowledgements\nmarlox, quenbyr, owlet, tresk\n`;

  test('each nick listed under "Thanks" is a person, English word or not; a phrase of the list is not', () => {
    const names = found(post);
    for (const nick of ['vantorq', 'spindle', 'marlox', 'quenbyr', 'owlet', 'tresk']) expect(names).toContain(nick);
    expect(names).not.toContain('everyone');
  });
  test('the nick of a chat line quoted in a timeline is a person; a placeholder in angle brackets is not', () => {
    expect(found(post)).toContain('qorvane');
    expect(found('Run `<hostname> uptime` on each box, then `<details> open`.\n')).toEqual([]);
  });
  test('redact rewrites or withholds them, so none reaches the public site', () => {
    // What <Internal> wraps the public site leaves out.
    const out = fixed(post).replace(/<Internal>[\s\S]*?<\/Internal>/g, '');
    for (const nick of ['qorvane', 'vantorq', 'spindle', 'marlox', 'owlet']) expect(out).not.toMatch(new RegExp(`\\b${nick}\\b`));
  });
  test('a report\'s author written as one lower-case word is a handle, a dictionary word or not', () => {
    expect(found('Date: 2025-02-12\n\nAuthors: mar\nStatus: DONE\n')).toContain('mar');
    expect(found('**Author:** coop\n')).toContain('coop');
    // A system account or a phrase of the list is no one.
    expect(found('Author: admin\n')).toEqual([]);
    expect(found('Author: everyone\n')).toEqual([]);
  });
  test('a contraction in a list of people is no handle ("don\'t")', () => {
    expect(found('## Thanks\n\n- [ ] don\'t leave the release rota unstaffed\n')).not.toContain('don');
  });
});

describe('a company\'s or a network\'s name is not taken for a person', () => {
  test('a title "Company: Headline In Title Case" is not a chat line, and the post keeps the name', () => {
    const post = `---\ntitle: "Quillmark: Debugging Search with Event Logging"\nsummary: How the engineers at Quillmark traced a search outage.\n---\n\n_[Originally posted on the Quillmark Engineering Blog](https://quillmark.example/engineering/search)_\n\nThe search index stopped updating.\n`;
    expect(found(post)).toEqual([]);
    expect(fixed(post)).toContain('Quillmark: Debugging Search');
    expect(isHeadlineAfterLabel('Quillmark: Debugging Search with Event Logging', 0, 'Quillmark')).toBe(true);
  });
  test('a chat line stays a chat line: a sentence after the label, or a first name before a title-case one', () => {
    expect(isHeadlineAfterLabel('Zyltrin: restarting the pool now', 0, 'Zyltrin')).toBe(false);
    expect(found('Zyltrin: restarting the pool now\n')).toContain('Zyltrin');
    expect(found('Ada: Rolling Back The Release Now\n')).toContain('Ada');
  });
  test('a word the post writes as a common noun ("the stagenet") heading a table row is no given name', () => {
    const post = `---\ntitle: Upgrade RCA (Stagenet)\n---\n\nThe stagenet halted at the upgrade height; a stagenet rebuild followed.\n\n| Area | Status |\n| --- | --- |\n| Stagenet Availability | Halted for ~9 hours |\n`;
    expect(found(post)).toEqual([]);
    expect(fixed(post)).toContain('| Stagenet Availability |');
    expect(writtenAsCommonNoun('Stagenet', post)).toBe(true);
    // A given name is never written so: the same cell with a person's name is still found.
    expect(found('| Owner | Status |\n| --- | --- |\n| Caoimhe Brenne | Halted for ~9 hours |\n')).toContain('Caoimhe Brenne');
  });
});

describe('a timeline row a year apart from all the others', () => {
  const row = (at: string) => ({ at, event: 'x' });
  test('is read with their year when that puts it within their span, and said', () => {
    const { rows, notes } = correctYearSlips([row('2022-01-09T00:54:00Z'), row('2022-01-09T01:36:00Z'), row('2021-01-09T01:10:00Z'), row('2022-01-09T02:42:00Z')]);
    expect(rows[2].at).toBe('2022-01-09T01:10:00Z');
    expect(notes.join('\n')).toMatch(/a row dated 2021-01-09T01:10:00Z is a year apart from every other row \(2022\): read as 2022-01-09T01:10:00Z/);
  });
  test('is left as written when it would still fall outside their span, or with too few rows to tell', () => {
    // An upgrade a year before: what led to the incident, not a slip.
    expect(correctYearSlips([row('2021-03-01T10:00:00Z'), row('2022-01-09T00:54:00Z'), row('2022-01-09T01:36:00Z'), row('2022-01-09T02:42:00Z')]).rows[0].at).toBe('2021-03-01T10:00:00Z');
    expect(correctYearSlips([row('2022-01-09T00:54:00Z'), row('2021-01-09T01:10:00Z'), row('2022-01-09T02:42:00Z')]).notes).toEqual([]);
  });
  test('an imported report gets the incident\'s year for that row, so its start is not a year early', () => {
    const result = imported('2024-02-03-dns-outage.md', '# Retrospective: DNS outage 2024-02-03\n\n## Timeline\n\n- 2024-02-03 09:10 ::::: resolvers start timing out\n- 2024-02-03 09:40 ::::: pager fires\n- 2023-02-03 09:25 ::::: first user report in chat\n- 2024-02-03 11:05 ::::: resolvers restarted\n');
    expect(result.frontmatter.times.started).toBe('2024-02-03T09:10:00Z');
    expect(result.notes.join('\n')).toMatch(/a year apart from every other row/);
  });
});
