// Bad input, round 54 (docs/rules.md, "Bad input round 54"): round 53's leftovers (a Q&A heading under
// "Next Steps" read as a follow-up, an unclosed HTML checkbox told only to close its tag, a case named with
// "template" refused by its name) and what the round's 191 inputs found: a body timeline past midnight, out
// of order or in two zones, merged cells (`^`, `"`) in a table of follow-ups, `by Friday` and `[P1]` kept in a
// follow-up's title, an owner written as a person with a handle or a link, `25-07-09`, `1745Z`, `High
// impact`, `＃＃ Timeline`, `<Internal>`/`<PublicOnly>` in a heading, a link, between a table's rows, crossed,
// closed by the other's tag, and the internal site showing a list right after `</Internal>` as typed.
import { describe, expect, test } from 'vitest';
import { findTimelineTurningBack } from '../../src/lib/body-timeline-order.ts';
import { toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { parseBodyText } from '../../src/lib/body-tree.ts';
import { dayNotationAdvice } from '../../src/lib/instant-advice.ts';
import { followUps, goodPostmortem, said, checked, adding, replacing } from '../support/good-input-changed.ts';

const fixes = (body: string) => followUps(body).map((found) => found.slice(found.indexOf(' | ') + 3));
const turningBack = (body: string) => findTimelineTurningBack(body, 40).map(({ line, mistake }) => `${line}: ${mistake.message} | ${mistake.fix}`);

describe('round 53\'s leftovers', () => {
  test('a Q&A heading under "Next Steps" is a part of the report, not a follow-up without owner (the corpora\'s one such heading)', () => {
    expect(followUps('### Next Steps\n\n##### Very, very quick Q&A on the new server\n\nWe were asked why it moved.')).toEqual([]);
    expect(followUps('## Next Steps\n\n#### Why did the pool shrink?\n\nBecause of a push.')).toEqual([]);
    expect(followUps('## Next Steps\n\n### Questions from customers\n\nSome asked about refunds.')).toEqual([]);
  });
  test('control: a heading of work under "Next Steps" stays a follow-up, and a Q&A heading with an owner is one', () => {
    expect(followUps('## Next Steps\n\n### Add a canary stage\n\nThe stage runs 5% of traffic.')).toHaveLength(1);
    expect(followUps('## Next Steps\n\n### Q&A page for customers\n\nOwner: checkout. Due: 2025-09-01.')[0]).toMatch(/its owner \(checkout\) and its due day \(2025-09-01\)/);
  });
  test('an unclosed HTML checkbox before a follow-up is told the task item to write, with its words', () => {
    const found = checked(adding('## Action items\n\n<input type="checkbox"> Add a canary stage (checkout)')).join('\n');
    expect(found).toMatch(/error mdx\/syntax \d+: .*<input>.* never closed.*\| write the box as Markdown's task list does, without the tag: - \[ \] Add a canary stage \(checkout\) \(and, if it is a follow-up, move it to actionItems/);
    expect(found).toContain('close it in the tag itself: <input type="checkbox" />.');
  });
  test('a checked one is work done, written - [x]; one in a sentence is told to close its tag', () => {
    expect(checked(adding('## Action items\n\n<input type="checkbox" checked> Revert the config')).join('\n')).toContain('without the tag: - [x] Revert the config; or, to keep the HTML box, close it in the tag itself: <input type="checkbox" checked />.');
    expect(checked(adding('## Notes\n\nTick <input type="checkbox"> when read.')).join('\n')).toContain('| close it in the tag itself: <input type="checkbox" /> (MDX closes no element by itself)');
  });
  test('the section holding the line that does not parse is not also "empty" (its lines are there)', () => {
    const found = checked(adding('## Action items\n\n<input type="checkbox"> Add a canary stage (checkout)'));
    expect(found.filter((f) => f.includes('completeness/empty-section'))).toEqual([]);
    // Control: a section that is empty still is, beside a syntax error elsewhere.
    const both = checked(adding('## Impact\n\n## Action items\n\n<input type="checkbox"> Add a canary stage (checkout)'));
    expect(both.some((f) => /completeness\/empty-section .*"## Impact" is empty/.test(f))).toBe(true);
  });
  test('a postmortem led by its day with "template" in its name is read as one; a template\'s name is still refused', () => {
    expect(checked((text) => text, '2025-07-08-email-template-outage').filter((f) => f.includes('corpus/not-read'))).toEqual([]);
    expect(checked((text) => text, 'postmortem-template').join('\n')).toMatch(/error corpus\/not-read .* is named as a template, not a postmortem/);
    expect(checked((text) => text, 'template-2025').join('\n')).toMatch(/is named as a template/);
  });
});

describe('a body timeline turning back (before: unsaid; no check read its order)', () => {
  test('past midnight without a day: said at the entry after midnight, with the day to write', () => {
    const found = turningBack('## Timeline\n\n- 23:50 Alert fired\n- 00:10 Config reverted');
    expect(found).toEqual([expect.stringMatching(/^4: the timeline's entry at 00:10 comes after one at 23:50 \(line 42\) but is earlier in the day, and neither gives its day: if the clock passed midnight, the page shows both as one day's\. \| write the day where it changes: a heading for each day .* \(YYYY-MM-DD 00:10\)/)]);
  });
  test('the same in a table, on a 12-hour clock, and out of order within the day', () => {
    expect(turningBack('## Timeline\n\n| Time (UTC) | Event |\n| --- | --- |\n| 23:50 | Alert |\n| 00:10 | Revert |')).toHaveLength(1);
    expect(turningBack('## Timeline\n\n- 11:50 PM Alert fired\n- 12:10 AM Config reverted')[0]).toContain('entry at 12:10 AM comes after one at 11:50 PM');
    expect(turningBack('## Timeline\n\n- 17:55 Config reverted\n- 17:49 Alert fired')[0]).toMatch(/the entries read out of order\. \| put the entries in the order they happened \(move this one above 17:55\)/);
  });
  test('rows in two zones are said as such', () => {
    expect(turningBack('## Timeline\n\n| Time | Event |\n| --- | --- |\n| 17:49 UTC | Alert |\n| 10:55 PDT | Revert |')[0])
      .toMatch(/entry at 10:55 PDT is in another zone than the one before it \(17:49 UTC, line 44\).*\| write every entry's time in one zone, UTC/);
  });
  test('controls: a day written (a heading, a line, a column, "6th Nov"), a span, an estimate a few minutes off, times in order, another section', () => {
    expect(turningBack('## Timeline\n\n### 2025-07-08\n\n- 23:50 Alert fired\n\n### 2025-07-09\n\n- 00:10 Config reverted')).toEqual([]);
    expect(turningBack('## Timeline\n\n- 23:50 Alert fired\n\n_7/9/25_\n\n- 00:10 Config reverted')).toEqual([]);
    expect(turningBack('## Timeline\n\n* 15:13 6th Nov 2023 - upgrade\n* 10:00 7th Nov 2023 - noticed')).toEqual([]);
    expect(turningBack('## Timeline\n\n| Date | Time | Event |\n| --- | --- | --- |\n| 2025-07-08 | 23:50 | Alert |\n| 2025-07-09 | 00:10 | Revert |')).toEqual([]);
    expect(turningBack('## Timeline\n\n- 02:45 Scheduler stalls\n- 02:04–07:14 Helper pods pile up\n- 07:14 Investigation begins')).toEqual([]);
    expect(turningBack('## Timeline\n\n- 03:36:03 Volume read-only\n- ~03:35 First error')).toEqual([]);
    expect(turningBack('## Timeline\n\n- 17:49:07 Alert fired\n- 17:55:31 Config reverted')).toEqual([]);
    expect(turningBack('## What happened\n\n- 23:50 Alert fired\n- 00:10 Config reverted')).toEqual([]);
  });
  test('end to end: a warning of body/timeline-time at the file\'s line', () => {
    expect(checked(adding('## Timeline\n\n- 23:50 Alert fired\n- 00:10 Config reverted')).join('\n')).toMatch(/warning body\/timeline-time \d+: the timeline's entry at 00:10 comes after one at 23:50 \(line \d+\)/);
  });
});

describe('follow-ups written in the body', () => {
  test('a merged cell (^, ", ditto) takes the row above\'s owner and due day', () => {
    for (const mark of ['^', '"', 'ditto']) {
      const found = fixes(`## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add a canary stage | checkout | 2025-09-01 |\n| Alert on pool saturation | ${mark} | ${mark} |`);
      expect(found[1]).toMatch(/^move it to actionItems: "- id: AI-3", then "title: Alert on pool saturation", "owner: checkout", "due: 2025-09-01"/);
    }
  });
  test('control: an empty cell is no owner', () => {
    const found = fixes('## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Add a canary stage | checkout | 2025-09-01 |\n| Alert on pool saturation | | 2025-09-15 |');
    expect(found[1]).toContain('"owner: <the id in teams.yaml of the team that answers for it>", "due: 2025-09-15"');
  });
  test('`by Friday`, `within 2 weeks` leave the title (before: "Add a canary stage (, by Friday)") and are the due day to write', () => {
    expect(fixes('## Action items\n\n- [ ] Add a canary stage (checkout, by Friday)')[0]).toMatch(/"title: Add a canary stage", "owner: checkout", "due: <the day meant by by Friday, YYYY-MM-DD>"/);
    expect(fixes('## Action items\n\n- [ ] Add a canary stage (checkout, within 2 weeks)')[0]).toMatch(/"title: Add a canary stage", "owner: checkout", "due: <the day meant by within 2 weeks, YYYY-MM-DD>"/);
  });
  test('control: `by` before words naming no time stays the title\'s', () => {
    expect(fixes('## Action items\n\n- [ ] Page the on-call by phone (checkout)')[0]).toContain('"title: Page the on-call by phone"');
  });
  test('`[P1]` before the words is the priority, not the title\'s', () => {
    expect(fixes('## Action items\n\n- [ ] [P1] Add a canary stage (checkout, 2025-09-01)')[0]).toMatch(/"title: Add a canary stage", .*"priority: P1"/);
  });
});

describe('front matter', () => {
  test('an owner written as a person with a handle, or as a Markdown link to a profile, is said as a person, not an unknown team to add', () => {
    const handle = checked(replacing('    owner: checkout', '    owner: "Ana Lopez (@ana)"')).join('\n');
    expect(handle).toContain('owner "Ana Lopez (@ana)" is a person (Ana Lopez) with a handle (@ana), not a team');
    expect(handle).not.toContain('ana-lopez-ana');
    const link = checked(replacing('    owner: checkout', '    owner: "[Ana](https://social.example/@ana)"')).join('\n');
    expect(link).toContain('is a Markdown link (Ana, to https://social.example/@ana), which names a person by a profile, not a team');
    expect(link).not.toContain('U+005B');
  });
  test('`25-07-09` reads year first, the other reading named (before: "Write 2009-07-25")', () => {
    expect(dayNotationAdvice('25-07-09')).toBe(' Here the year is written with two digits: 25-07-09 reads year first, as dashes join ISO 8601\'s parts (if the day comes first, it is 2009-07-25). Write 2025-07-09.');
    // Control: with slashes, the day first, as before (a spreadsheet's `25/07/09`).
    expect(dayNotationAdvice('25/07/09')).toContain('Write 2009-07-25.');
  });
  test('`1745Z` after the day is told its colon and the value to write', () => {
    expect(checked(replacing('  started: 2025-07-08T17:45:00Z', '  started: 2025-07-08 1745Z')).join('\n')).toContain('Here the hours and the minutes are joined by a colon: 1745 is written 17:45; a T goes between the day and the time. Write 2025-07-08T17:45:00Z.');
  });
  test('`High impact` is the severity word it holds', () => {
    expect(checked(replacing('severity: SEV-2', 'severity: High impact')).join('\n')).toContain('write severity: SEV-2, what "High impact" most often stands for');
  });
});

describe('MDX: <Internal> and <PublicOnly> where they cannot stand', () => {
  test('<PublicOnly> holding a whole heading: an error (the internal site shows an empty heading)', () => {
    expect(checked(adding('## <PublicOnly>What we are doing</PublicOnly>\n\nWe added a check.')).join('\n')).toMatch(/error mdx\/variant-placement \d+: <PublicOnly> inside a heading: the internal site shows an empty heading/);
  });
  test('<Internal> in part of a heading: a warning; in a link\'s words: an error', () => {
    expect(checked(adding('## <Internal>Ana</Internal> was paged\n\nThe on-call acted.')).join('\n')).toMatch(/warning mdx\/variant-placement \d+: <Internal> inside a heading: the public site shows the heading without those words/);
    expect(checked(adding('See [<Internal>the runbook</Internal>](https://wiki.acme.example/runbook).')).join('\n')).toMatch(/error mdx\/variant-placement \d+: <Internal> inside a link's words: the public site shows a link with no words/);
  });
  test('<Internal> between the rows of a table', () => {
    expect(checked(adding('| Time | Event |\n| --- | --- |\n<Internal>\n| 17:49 | Ana paged |\n</Internal>')).join('\n')).toMatch(/warning mdx\/variant-placement \d+: <Internal> stands between the rows of a table/);
  });
  test('controls: a block around a heading, an inline element in a cell or in prose, a whole link inside one', () => {
    for (const md of ['<Internal>\n## Who was paged\n</Internal>\n\nThe on-call.', '| Time | Event |\n| --- | --- |\n| 17:49 | <Internal>Ana</Internal> paged |', 'See <Internal>[the runbook](https://wiki.acme.example/runbook)</Internal>.']) {
      expect(checked(adding(md)).filter((f) => f.includes('variant-placement'))).toEqual([]);
    }
  });
  test('crossed blocks and a block closed by the other\'s tag: one finding each, saying so (before: "add </Internal>", which was there)', () => {
    const crossed = checked(adding('<Internal>\nPaged\n<PublicOnly>\nSorry\n</Internal>\n</PublicOnly>')).filter((f) => f.includes('mdx/syntax'));
    expect(crossed).toEqual([expect.stringMatching(/^error mdx\/syntax \d+: the MDX body does not parse: <\/Internal> comes before the <\/PublicOnly> of the <PublicOnly> opened inside its block \(line \d+\), so it does not close <Internal>: the two blocks cross/)]);
    const closedWrong = checked(adding('<Internal>\nPaged: the on-call.\n</PublicOnly>')).filter((f) => f.includes('mdx/syntax'));
    expect(closedWrong).toEqual([expect.stringMatching(/<\/PublicOnly> does not close <Internal>: it names the other component, .*\| write <\/Internal>, the closing tag of the block that is open\./)]);
  });
  test('the crossed blocks\' line is the file\'s, not the body\'s', () => {
    const text = adding('<Internal>\nPaged\n<PublicOnly>\nSorry\n</Internal>\n</PublicOnly>')(goodPostmortem);
    const line = text.split('\n').indexOf('<PublicOnly>') + 1;
    expect(checked(adding('<Internal>\nPaged\n<PublicOnly>\nSorry\n</Internal>\n</PublicOnly>')).join('\n')).toContain(`opened inside its block (line ${line})`);
  });
  test('`＃＃ Timeline` (full-width number signs) is said, with the heading to write', () => {
    expect(checked(adding('＃＃ Timeline\n\n17:49 alert.')).join('\n')).toContain('| retype the marks as ASCII #, a space after them: ## Timeline.');
  });
});

describe('the internal site: a list right after </Internal> (before: shown as typed, "- Errors stopped")', () => {
  const fm = '---\ntitle: x\n---\n';
  test('a blank line follows the note, so the list after it is a list, as MDX reads it', () => {
    const result = toFastMarkdown(`${fm}- The config was reverted\n<Internal>\n- Ana was paged\n</Internal>\n- Errors stopped\n`, { variant: 'internal', isMdx: true, file: 'x.mdx' });
    if (!('markdown' in result)) throw new Error(result.needsMdx);
    expect(result.markdown).toContain('</aside>\n\n- Errors stopped');
    const types = parseBodyText(result.markdown, false).children.map((node) => node.type);
    expect(types.at(-1)).toBe('list');
  });
});

describe('a table of follow-ups without owner or due columns whose work cell gives them (before: kept in the title)', () => {
  test('`| <input type="checkbox" /> | Add a canary stage (checkout, 2025-09-01) |`: its owner and day read, each row said', () => {
    const found = fixes('## Action items\n\n| Done | Action |\n| --- | --- |\n| <input type="checkbox" /> | Add a canary stage (checkout, 2025-09-01) |\n| <input type="checkbox" /> | Alert on pool saturation (payments) |');
    expect(found[0]).toMatch(/^move it to actionItems: "- id: AI-2", then "title: Add a canary stage", "owner: checkout", "due: 2025-09-01"/);
    expect(found[1]).toMatch(/"title: Alert on pool saturation", "owner: payments"/);
  });
  test('control: words in parentheses that name no team stay the title\'s', () => {
    expect(fixes('## Action items\n\n| Action | Priority |\n| --- | --- |\n| Add a canary stage (Kubernetes) | P1 |')[0]).toContain('"title: Add a canary stage (Kubernetes)"');
  });
});
