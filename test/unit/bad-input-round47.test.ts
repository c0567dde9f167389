// Bad input, round 47 (docs/rules.md, "Bad input round 47"): round 46's leftovers (a table of
// follow-ups without a column of owners or of due days, a full-width digit in a severity, a body
// that does not parse checked no further) and what contributors write, after /work/corpora: values
// of fixed sets with full-width, styled, look-alike or invisible characters, a Markdown report
// saved as `.md.txt`, Word's owner file `~$x.docx`, Windows paths in links. Each change case
// passed in silence or was said without its cause; each is now said with the file, line and fix.
import { describe, expect, test } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture, replacing } from '../support/content-fixture.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { findUntrackedFollowUps } from '../../src/lib/body-follow-ups.ts';
import { enumValueMistake } from '../../src/lib/enum-value-mistakes.ts';
import { findLocalFileLinks } from '../../src/lib/postmortem-links.ts';
import { parseBodyText } from '../../src/lib/body-tree.ts';

/** The findings (severity, rule, line, message, fix) of the good-input fixture after `change`, with `extra` files beside it. */
const saidAfter = (change: (text: string) => string, extra: Record<string, string | Buffer> = {}, name = goodInputPostmortem): string[] =>
  (findingsAfterEditingGoodInput(change, name, extra as Record<string, string>) as Finding[]).map((f) => `${f.severity} ${f.rule} ${f.file.replace(/^.*?postmortems\//, 'postmortems/')} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const saidForBody = (body: string, extra?: Record<string, string | Buffer>, name?: string) => saidAfter((source) => `${source}\n${body}\n`, extra, name);

const teams = { handles: new Map<string, string | undefined>([['checkout', '@acme/checkout'], ['payments', '@acme/payments']]) };
const followUpsIn = (body: string, titles: string[] = []) => findUntrackedFollowUps(body, titles, (index) => `AI-${2 + index}`, teams);

describe('a table of follow-ups without a column of owners or of due days (before: nothing said)', () => {
  test('| Action | Priority |: said once, at the first row, naming both columns it lacks', () => {
    const found = followUpsIn('## Action Items\n\n| Action | Priority |\n| --- | --- |\n| Add a pool size check | P1 |\n| Alert on saturation | P2 |');
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(5);
    expect(found[0].mistake.message).toMatch(/The table has no column of owners nor of due days, which every follow-up needs.*\(nor are the other rows of this table that no action item holds\)\.$/);
    expect(found[0].mistake.fix).toMatch(/^move it to actionItems: "- id: AI-2", then "title: Add a pool size check", "owner: <the id in teams\.yaml of the team that answers for it>", "due: <the day it is due, YYYY-MM-DD>", "status: open".*and so for each row of the table/);
  });
  test('| Action | Expected Date | Status |: each row, with its day, the owners\' column named as missing', () => {
    const found = followUpsIn('## Action Items\n\n| Action | Expected Date | Status |\n| --- | --- | --- |\n| Add a pool size check | 2025-09-01 | open |\n| Alert on saturation | 2025-09-15 | open |');
    expect(found.map((f) => f.line)).toEqual([5, 6]);
    expect(found[0].mistake.message).toMatch(/with its due day \(2025-09-01\).*The table has no column of owners, which every follow-up needs/);
    expect(found[1].mistake.fix).toContain('"due: 2025-09-15"');
  });
  test('| Action Item | Type | Owner |: each row, the due days\' column named as missing, and a due day to write', () => {
    const found = followUpsIn('## Action Items\n\n| Action Item | Type | Owner |\n| --- | --- | --- |\n| Add a pool size check | prevent | checkout |');
    expect(found).toHaveLength(1);
    expect(found[0].mistake.message).toMatch(/with its owner \(checkout\).*The table has no column of due days/);
    expect(found[0].mistake.fix).toContain('"owner: checkout", "due: <the day it is due, YYYY-MM-DD>"');
  });
  test.each([
    ['| Item | DRI | ETA |', 'its owner (checkout) and its due day (2025-09-01)'],
    ['| Task | Assigned to | Due |', 'its owner (checkout) and its due day (2025-09-01)'],
    ['| Actions | Responsable | Échéance |', 'its owner (checkout) and its due day (2025-09-01)'],
  ])('the columns of %s are read (before: DRI, Assigned to, Responsable were no owner)', (header) => {
    const found = followUpsIn(`## Next steps\n\n${header}\n| --- | --- | --- |\n| Add a canary stage | checkout | 2025-09-01 |`);
    expect(found).toHaveLength(1);
    expect(found[0].mistake.message).toContain('with its owner (checkout) and its due day (2025-09-01)');
    expect(found[0].mistake.message).not.toContain('The table has no column');
  });
  test('| Action | Priorité | Statut | under "Actions correctives" (a heading in the plural: before, no section of follow-ups)', () => {
    const found = followUpsIn('## Actions correctives\n\n| Action | Priorité | Statut |\n| --- | --- | --- |\n| Ajouter une alerte de saturation | haute | ouvert |');
    expect(found).toHaveLength(1);
    expect(found[0].mistake.message).toMatch(/under the heading "Actions correctives".*The table has no column of owners nor of due days/);
  });
  test.each([
    ['rows done', '## Action Items\n\n| Action | Priority | Status |\n| --- | --- | --- |\n| Add a pool size check | P1 | Done |'],
    ['rows an action item holds', '## Action Items\n\n| Action | Priority |\n| --- | --- |\n| Validate pool sizes in CI | P1 |'],
    ['a table under another heading', '## What we learned\n\n| Action | Priority |\n| --- | --- |\n| Add a pool size check | P1 |'],
    ['a timeline under a heading of follow-ups', '## Action Items\n\n| Time | Event |\n| --- | --- |\n| 17:45 | Alert fired |'],
  ])('control: %s', (_name, body) => {
    expect(followUpsIn(body, ['Validate pool sizes in CI'])).toEqual([]);
  });
  test('through the check, a warning at its line of the file', () => {
    const found = saidForBody('## Action Items\n\n| Action | Priority |\n| --- | --- |\n| Add a pool size check | P1 |');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^warning body\/untracked-follow-up \S+ 49: this row of a table of follow-ups is a follow-up with no owner, under the heading "Action Items"/);
  });
});

describe('a value of a fixed set with a full-width, styled, look-alike or invisible character names it (before: "did you mean", or the list alone)', () => {
  const severities = ['SEV-0', 'SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'];
  test.each([
    ['SEV-２', severities, 'severity', /holds "２" \(U\+FF12, a full-width "2"\): it looks like a character of SEV-2, but is another, so the value is not SEV-2\./, /^retype it in plain ASCII: severity: SEV-2 \(an input method for Chinese, Japanese or Korean types full-width forms\)\.$/],
    ['ＳＥＶ－２', severities, 'severity', /holds "Ｓ" \(U\+FF33, a full-width "S"\), "Ｅ".*"２" \(U\+FF12, a full-width "2"\): they look like characters of SEV-2/, /severity: SEV-2 /],
    ['SEV-𝟐', severities, 'severity', /holds "𝟐" \(U\+1D7D0, a styled form of "2"\)/, /severity: SEV-2 /],
    ['SЕV-2', severities, 'severity', /holds "Е" \(U\+0415, a Cyrillic letter\)/, /severity: SEV-2 /],
    ['detec\u200dtion', ['detection', 'mitigation'], 'kind', /holds "\u200d" \(U\+200D, an invisible character or space\): a character no reader sees, kept in the value, so the value is not detection\./, /kind: detection /],
    ['P１', ['P0', 'P1', 'P2', 'P3'], 'priority', /not P1\./, /priority: P1 /],
    ['ｐｕｂｌｉｓｈｅｄ', ['draft', 'in-review', 'published'], 'status', /they look like characters of published/, /status: published /],
  ])('%s', (value, options, key, message, fix) => {
    const found = enumValueMistake(value, options, key, key === 'severity');
    expect(found?.message).toMatch(message);
    expect(found?.fix).toMatch(fix);
  });
  test('through the check: severity: SEV-２ at its line (it was "did you mean SEV-2?")', () => {
    expect(saidAfter(replacing('severity: SEV-2', 'severity: SEV-２'))).toEqual([
      'error schema/invalid-value postmortems/2025-07-08-checkout-config.mdx 4: severity is "SEV-２", which holds "２" (U+FF12, a full-width "2"): it looks like a character of SEV-2, but is another, so the value is not SEV-2. | retype it in plain ASCII: severity: SEV-2 (an input method for Chinese, Japanese or Korean types full-width forms).',
    ]);
  });
  test('through the check: priority: P１ (it was "did you mean P0?")', () => {
    const found = saidAfter(replacing('priority: P1', 'priority: P１'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/actionItems\[0\]\.priority is "P１", which holds "１" \(U\+FF11, a full-width "1"\).*priority: P1 /);
  });
  test.each(['SEV-2', 'SEV-9', 'critical'])('control: %s is no such mistake', (value) => {
    expect(enumValueMistake(value, severities, 'severity', true)).toBeUndefined();
  });
});

describe('a body that does not parse: the rest of the file is still checked in the same run (before: the syntax error alone)', () => {
  const unclosedDiv = '<div>\nunclosed\n';
  test('a link to a missing file and the syntax error, each at its line', () => {
    const found = saidForBody(`${unclosedDiv}\n[x](./media/none.png)`);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^error mdx\/syntax \S+ 45: the MDX body does not parse: Expected a closing tag for `<div>`/);
    expect(found[1]).toMatch(/^error body\/postmortem-link \S+ 48: the link \.\/media\/none\.png names postmortems\/media\/none\.png, which does not exist/);
  });
  test('an untracked follow-up and a mention of no action item', () => {
    const found = saidForBody(`${unclosedDiv}\nTracked as AI-7.\n\n## Action items\n\n- [ ] alert on saturation @acme/checkout by 2025-09-01`);
    expect(found.map((f) => f.split(':')[0])).toEqual(['error mdx/syntax postmortems/2025-07-08-checkout-config.mdx 45', 'warning body/unknown-action-item postmortems/2025-07-08-checkout-config.mdx 48', 'warning body/untracked-follow-up postmortems/2025-07-08-checkout-config.mdx 52']);
  });
  test('an unknown component after a stray closing tag; a Windows path after an HTML comment', () => {
    expect(saidForBody('</div>\n\n<Chart data="x" />').map((f) => f.split(':')[0])).toEqual(['error mdx/syntax postmortems/2025-07-08-checkout-config.mdx 45', 'error mdx/unknown-component postmortems/2025-07-08-checkout-config.mdx 47']);
    expect(saidForBody('<!-- note -->\n\n[log](C:\\Users\\ana\\pool.log)').map((f) => f.split(':')[0])).toEqual(['error mdx/syntax postmortems/2025-07-08-checkout-config.mdx 45', 'error body/file-link postmortems/2025-07-08-checkout-config.mdx 47']);
  });
  test('the lint rules run beside a syntax error alone (the frontmatter valid): an open item past due is said too', () => {
    const dir = makeContentFromFixture('good-input');
    try {
      const path = join(dir, goodInputPostmortem);
      writeFileSync(path, `${readFileSync(path, 'utf8').replace('status: done', 'status: open')}\n${unclosedDiv}`);
      const found = validateCorpus(dir, { lint: { config: { rules: {} }, asOf: '2026-06-01', people: [] } }).findings;
      expect(found.map((f) => `${f.severity} ${f.rule} ${f.line}`).sort()).toEqual(['error mdx/syntax 45', 'warning action-item/past-due 33']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test('with a schema error too, the body is still read: its link is said', () => {
    const found = saidAfter((source) => `${source.replace('severity: SEV-2', 'severity: SEV-9')}\n${unclosedDiv}\n[x](./media/none.png)`);
    expect(found.map((f) => f.split(':')[0])).toEqual([
      'error schema/invalid-value postmortems/2025-07-08-checkout-config.mdx 4',
      'error mdx/syntax postmortems/2025-07-08-checkout-config.mdx 45',
      'warning body/postmortem-link postmortems/2025-07-08-checkout-config.mdx 48',
    ]);
  });
});

describe('files beside the postmortems and Windows paths in links', () => {
  test('x.md.txt (a Markdown report an editor or Windows saved with .txt after) is said, with the name to give it (before: left out in silence)', () => {
    const found = saidAfter((source) => source, { 'postmortems/2025-07-10-db.md.txt': '# DB outage\n' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^error corpus\/not-read postmortems\/2025-07-10-db\.md\.txt 1: .* looks like a postmortem but is not read: only \.mdx and \.md files \(in lower case\) are\. \| rename it to \S*postmortems\/2025-07-10-db\.md, or move it/);
  });
  test('~$notes.docx (the owner file Word keeps beside an open document) is no report to import (before: "a report in another format")', () => {
    expect(saidAfter((source) => source, { 'postmortems/~$notes.docx': Buffer.from([0x0a, 0x41, 0x6e, 0x61]) })).toEqual([]);
  });
  test.each([
    ['[share](\\\\fs01\\incidents\\pool.log)', /^the link \\fs01\\incidents\\pool\.log names a file on the machine it was written on/, /^link to where readers can open it/],
    ['[notes](..\\notes\\pool.md)', /^the link \.\.\\notes\\pool\.md is a path written with Windows's backslashes/, /^write it with slashes, \.\.\/notes\/pool\.md,/],
    ['[graph](.\\media\\graph.png)', /^the link \.\\media\\graph\.png is a path written with Windows's backslashes/, /^write it with slashes, \.\/media\/graph\.png,/],
  ])('%s (before: a share\'s path passed; a relative one was named as no postmortem)', (markdown, message, fix) => {
    const found = findLocalFileLinks(parseBodyText(markdown, true));
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(message);
    expect(found[0].fix).toMatch(fix);
  });
  test('through the check: a share\'s path is a body/file-link error', () => {
    expect(saidForBody('[share](\\\\fs01\\incidents\\pool.log)')).toEqual([expect.stringMatching(/^error body\/file-link \S+ 45: the link \\fs01\\incidents\\pool\.log names a file/)]);
  });
  test.each(['[x](https://status.acme.example/)', '[x](./media/graph.png)', '[x](/postmortems/other/)'])('control: %s is no file of a machine', (markdown) => {
    expect(findLocalFileLinks(parseBodyText(markdown, true))).toEqual([]);
  });
});

describe('front matter as editors and pastes leave it (before: "did you mean title?", the parser\'s words)', () => {
  test.each([
    ['“title”: Checkout errors after a config push', 2, 'the key “title” is written in typographic quotes (“ ”), which an editor or a chat app typed for straight ones: YAML reads only " and \' as quotes, so they are part of the key, and title is not read. | write title: without the quotes.'],
    ['‘severity’: SEV-2', 4, 'the key ‘severity’ is written in typographic quotes (‘ ’), which an editor or a chat app typed for straight ones: YAML reads only " and \' as quotes, so they are part of the key, and severity is not read. | write severity: without the quotes.'],
  ])('%s', (line, at, said) => {
    const key = line.includes('title') ? 'title: Checkout errors after a config push' : 'severity: SEV-2';
    expect(saidAfter(replacing(key, line))).toEqual([`error schema/unknown-key postmortems/2025-07-08-checkout-config.mdx ${at}: ${said}`]);
  });
  test('a value broken onto a line of its own at the start of the line: the line to join, with the value it makes', () => {
    const found = saidAfter(replacing('summary: A configuration push lowered a limit and checkout failed for 10 minutes. Reverting fixed it.', 'summary: A configuration push lowered a limit\nand checkout failed.'));
    expect(found).toEqual(['error frontmatter/yaml postmortems/2025-07-08-checkout-config.mdx 4: line 4 (`and checkout failed.`) is text at the start of a line, not a field: it reads as the rest of summary\'s value on line 3, broken onto a line of its own, but YAML reads a value\'s next lines only when they are indented under its key. | join it to line 3 (summary: A configuration push lowered a limit and checkout failed.), or indent it by two spaces under summary.']);
  });
  test('control: the same value indented under its key is one value', () => {
    expect(saidAfter(replacing('summary: A configuration push lowered a limit and checkout failed for 10 minutes. Reverting fixed it.', 'summary: A configuration push lowered a limit\n  and checkout failed.'))).toEqual([]);
  });
});
