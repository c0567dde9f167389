import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv, readCsvTable, toCsv } from '../../src/lib/tracker/csv.ts';
import { describeTrackerLink, ticketLabelPieces } from '../../src/lib/tracker/link.ts';
import { findMarker, followUpMarker } from '../../src/lib/tracker/marker.ts';
import { exportFollowUps, selectExportable } from '../../src/lib/tracker/export.ts';
import { parseDueDay, readTrackerExport, readJiraCsv, readLinearCsv } from '../../src/lib/tracker/import.ts';
import { planSync, resolveTeam } from '../../src/lib/tracker/sync.ts';
import { editFrontmatter } from '../../src/lib/tracker/frontmatter-edit.ts';
import { jiraUrlOptionProblem, linearWorkspaceOptionProblem, repoOptionProblem } from '../../src/lib/tracker/options.ts';
import { flattenActionItems } from '../../src/lib/follow-ups.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';

const root = resolve(import.meta.dirname, '../..');
const T = join(root, 'test/fixtures/tracker');
const corpus = validateCorpus(join(T, 'content'), { frontmatterOnly: true });
const teams = corpus.vocabulary!.teams;
const targets = () => corpus.postmortems.map((p) => ({ id: p.id, file: p.file, actionItems: p.data!.actionItems }));
const items = () => flattenActionItems(corpus.postmortems.map((p) => ({ id: p.id, data: p.data! })));
const options = { siteUrl: 'https://incidents.acme.internal', repo: 'acme/kb' };
const fixture = (name: string) => readFileSync(join(T, name), 'utf8');

describe('building blocks', () => {
  test('CSV: quotes, doubled quotes, line breaks in fields, CRLF, BOM, repeated headers', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere']]);
    const table = readCsvTable('Labels,Summary,Labels\r\none,S,two\r\n');
    expect(table.values(table.rows[0], 'labels')).toEqual(['one', 'two']);
    expect(parseCsv(toCsv([['a,b', 'c"d', 'e\nf']]))).toEqual([['a,b', 'c"d', 'e\nf']]);
    expect(() => parseCsv('"open')).toThrow(/not closed/);
  });

  test.each([
    ['https://github.com/acme/kb/issues/12', 'GitHub acme/kb#12'],
    ['https://acme.atlassian.net/browse/OPS-101', 'Jira OPS-101'],
    ['https://linear.app/acme/issue/CHK-41/canary-stage', 'Linear CHK-41'],
    ['https://tracker.example.com/t/99', 'tracker.example.com'],
  ])('link %s reads as %s', (url, label) => expect(describeTrackerLink(url).label).toBe(label));

  test('markers round-trip, ids with odd characters included', () => {
    const ref = { postmortemId: '2026-11-20-x', itemId: 'OPS 1#2' };
    expect(findMarker(`text\n<!-- ${followUpMarker(ref)} -->`)).toEqual(ref);
    expect(findMarker('no marker')).toBeUndefined();
  });

  test.each([['2026-12-18T00:00:00Z', '2026-12-18'], ['18/Dec/26 12:00 AM', '2026-12-18'], ['5/Jan/2027', '2027-01-05'], ['soon', undefined]])('due %s -> %s', (text, day) => expect(parseDueDay(text)).toBe(day));

  test('teams resolve by id or display name', () => {
    expect(resolveTeam('Site Reliability', teams)).toBe('sre');
    expect(resolveTeam('Checkout', teams)).toBe('checkout');
    expect(resolveTeam('Pricing', teams)).toBeUndefined();
  });
});

describe('export', () => {
  test('only open, unlinked items are exported', () => {
    const selection = selectExportable(items());
    expect(selection.export.map((i) => `${i.postmortemId}#${i.id}`)).toEqual(['2026-11-20-checkout-errors#AI-1', '2026-11-20-checkout-errors#AI-2', '2026-11-20-checkout-errors#AI-3']);
    expect(selection.alreadyLinked.map((i) => i.id)).toEqual(['AI-1']);
    expect(selection.closed.map((i) => i.id)).toEqual(['AI-2']);
  });

  test('GitHub: REST issue bodies with labels and the marker; a gh script that quotes safely', () => {
    const files = exportFollowUps(selectExportable(items()).export, 'github', options);
    expect(files.map((f) => f.name)).toEqual(['github-issues.json', 'github-issues.sh']);
    const batch = JSON.parse(files[0].content);
    expect(Object.keys(batch[0]).sort()).toEqual(['body', 'labels', 'title']);
    expect(batch[0].labels).toEqual(['follow-up', 'team:checkout', 'priority:P1', 'type:prevent']);
    expect(batch[0].body).toContain('https://incidents.acme.internal/postmortems/2026-11-20-checkout-errors/#action-AI-1');
    expect(findMarker(batch[1].body)).toEqual({ postmortemId: '2026-11-20-checkout-errors', itemId: 'AI-2' });
    const script = files[1].content;
    expect(script).toContain(`gh issue create --repo 'acme/kb' --title 'Alert on checkout 5xx ratio per release, not only per service'`);
    expect(script).toContain("gh label create 'team:sre' --force --repo 'acme/kb'");
    // The shell reads back exactly the title: run the quoting through sh.
    const quoted = /--title ('(?:[^']|'\\'')*')/.exec(script)![1];
    expect(spawnSync('sh', ['-c', `printf %s ${quoted}`], { encoding: 'utf8' }).stdout).toBe(batch[0].title);
  });

  test('Jira: importer columns, repeated Labels, priority names; Linear: its CSV columns', () => {
    const exportable = selectExportable(items()).export;
    const jira = readCsvTable(exportFollowUps(exportable, 'jira', options)[0].content);
    expect(jira.header).toEqual(['Summary', 'Issue Type', 'Priority', 'Due Date', 'Labels', 'Labels', 'Labels', 'Labels', 'Description']);
    expect(jira.rows.map((r) => [jira.value(r, 'Priority'), jira.value(r, 'Due Date')])).toEqual([['High', '2026-12-15'], ['Medium', '2026-12-20'], ['Medium', '2027-01-15']]);
    expect(jira.values(jira.rows[0], 'Labels')).toEqual(['follow-up', 'team-checkout', 'priority-P1', 'type-prevent']);
    const linear = readCsvTable(exportFollowUps(exportable, 'linear', options)[0].content);
    expect(linear.header).toEqual(['Title', 'Description', 'Status', 'Priority', 'Labels', 'Due Date']);
    expect(linear.rows.map((r) => linear.value(r, 'Status'))).toEqual(['Todo', 'In Progress', 'Todo']);
    expect(findMarker(linear.value(linear.rows[2], 'Description'))?.itemId).toBe('AI-3');
  });
});

describe('reading tracker exports', () => {
  test('gh issue list JSON: closed completed = done, not planned = wont-do, open says only "not closed"; milestone due', () => {
    const gh = readTrackerExport(fixture('gh-issue-list.json'), 'gh-issue-list.json');
    expect(gh.tracker).toBe('github');
    expect(gh.tickets.map((t) => [t.key, t.status, t.statusIsOpenOnly, t.due, t.teams])).toEqual([
      ['#12', 'done', false, '2026-12-18', ['checkout']],
      ['#13', 'open', true, '2026-12-20', ['platform']],
      ['#14', 'wont-do', false, '2027-01-15', ['Checkout']],
      ['#7', 'done', false, undefined, []],
      ['#20', 'open', true, undefined, []],
      ['#21', 'open', true, undefined, ['growth']],
    ]);
  });

  test('Jira CSV: status and resolution, its date format, components and labels, URL from --jira-url', () => {
    const jira = readJiraCsv(fixture('jira-export.csv'), 'jira-export.csv', { baseUrl: 'https://acme.atlassian.net/' });
    expect(jira.tickets.map((t) => [t.key, t.status, t.due, t.teams, t.url])).toEqual([
      ['OPS-101', 'done', '2026-12-18', ['checkout'], 'https://acme.atlassian.net/browse/OPS-101'],
      ['OPS-102', 'in-progress', '2026-12-22', ['Site Reliability'], 'https://acme.atlassian.net/browse/OPS-102'],
      ['OPS-103', 'wont-do', undefined, ['checkout'], 'https://acme.atlassian.net/browse/OPS-103'],
      ['OPS-104', undefined, undefined, [], 'https://acme.atlassian.net/browse/OPS-104'],
    ]);
    expect(jira.problems).toEqual(['jira-export.csv: OPS-104 has status "Waiting for customer", which maps to no action-item status; its status was left as it is.']);
  });

  test('Linear CSV: status, completed and canceled columns, team, URL from the workspace', () => {
    const linear = readLinearCsv(fixture('linear-export.csv'), 'linear-export.csv', { workspace: 'acme' });
    expect(linear.tickets.map((t) => [t.key, t.status, t.due, t.teams, t.url])).toEqual([
      ['CHK-41', 'done', '2026-12-18', ['checkout', 'Checkout'], 'https://linear.app/acme/issue/CHK-41'],
      ['SRE-7', 'in-progress', '2026-12-22', ['Site Reliability'], 'https://linear.app/acme/issue/SRE-7'],
      ['CHK-42', 'wont-do', undefined, ['Pricing'], 'https://linear.app/acme/issue/CHK-42'],
      ['CHK-50', 'open', undefined, ['Checkout'], 'https://linear.app/acme/issue/CHK-50'],
    ]);
  });

  test('an unknown file says which formats it expected', () => {
    expect(() => readTrackerExport('a,b\n1,2\n', 'x.csv')).toThrow(/x\.csv is none of: gh issue list JSON, a Jira CSV export/);
    // JSON that is an array but holds no issue: an error, not an export in which every ticket is gone.
    expect(() => readTrackerExport('[1, 2]', 'x.json')).toThrow(/x\.json: none of its 2 entries is a GitHub issue \(each needs "number" and "state"\)/);
    expect(readTrackerExport('[]', 'empty.json').tickets).toEqual([]);
  });
});

describe('sync plan', () => {
  test('matches by marker, then link; reports unmatched tickets and unwritable owners', () => {
    const plan = planSync(targets(), readTrackerExport(fixture('gh-issue-list.json'), 'gh.json'), teams);
    expect(plan.matched.map((m) => [m.ticket, m.itemId, m.by])).toEqual([
      ['github #12', 'AI-1', 'marker'], ['github #13', 'AI-2', 'marker'], ['github #14', 'AI-3', 'marker'], ['github #7', 'AI-1', 'link'],
    ]);
    expect(plan.changes.map((c) => `${c.postmortemId} ${c.itemId} ${c.field} ${c.from ?? '-'} -> ${c.to}`)).toEqual([
      '2026-11-20-checkout-errors AI-1 status open -> done',
      '2026-11-20-checkout-errors AI-1 due 2026-12-15 -> 2026-12-18',
      '2026-11-20-checkout-errors AI-1 link - -> https://github.com/acme/kb/issues/12',
      '2026-11-20-checkout-errors AI-2 owner sre -> platform',
      '2026-11-20-checkout-errors AI-2 link - -> https://github.com/acme/kb/issues/13',
      '2026-11-20-checkout-errors AI-3 status open -> wont-do',
      '2026-11-20-checkout-errors AI-3 link - -> https://github.com/acme/kb/issues/14',
      '2026-10-02-dns-ttl AI-1 status in-progress -> done',
    ]);
    expect(plan.unmatched.map((u) => u.ticket)).toEqual(['github #20', 'github #21']);
    expect(plan.unmatched[1].reason).toMatch(/"AI-9", which postmortem 2026-11-20-checkout-errors does not have/);
  });

  test('a tracker team that is not in teams.yaml is reported, not written', () => {
    const plan = planSync(targets(), readLinearCsv(fixture('linear-export.csv'), 'linear.csv'), teams);
    expect(plan.changes.some((c) => c.itemId === 'AI-3' && c.field === 'owner')).toBe(false);
    expect(plan.notes).toContain('linear CHK-42: owner "Pricing" is no team in teams.yaml; 2026-11-20-checkout-errors AI-3 keeps owner checkout.');
    expect(plan.changes.find((c) => c.itemId === 'AI-2' && c.field === 'status')).toBeUndefined();
  });
});

describe('frontmatter edits', () => {
  test('only the edited values change; comments, quoting and the body stay byte for byte', () => {
    const source = fixture('content/postmortems/2026-11-20-checkout-errors.mdx');
    const edited = editFrontmatter(source, [
      { path: ['actionItems', 0, 'status'], value: 'done' },
      { path: ['actionItems', 0, 'link'], value: 'https://github.com/acme/kb/issues/12' },
      { path: ['actionItems', 1, 'due'], value: '2026-12-22' },
      { path: ['actionItems', 0, 'owner'], value: 'sre' },
    ]);
    const before = source.split('\n');
    const after = edited.split('\n');
    const changed = after.filter((line) => !before.includes(line));
    expect(changed).toEqual([
      '    owner: sre   # the team, never a person',
      '    status: done',
      '    link: https://github.com/acme/kb/issues/12',
      '    due: "2026-12-22"',
    ]);
    // Remove the edited lines from both: what is left is identical.
    const strip = (lines: string[]) => lines.filter((l) => !/^\s+(owner|status|link|due): /.test(l));
    expect(strip(after)).toEqual(strip(before));
    expect(edited.endsWith(source.slice(source.indexOf('\n---\n')))).toBe(true);
  });

  test('CRLF files keep CRLF; a flow mapping is refused with the path', () => {
    const crlf = '---\r\nactionItems:\r\n  - id: A\r\n    status: open\r\n---\r\nBody\r\n';
    expect(editFrontmatter(crlf, [{ path: ['actionItems', 0, 'link'], value: 'https://x.example/1' }])).toBe('---\r\nactionItems:\r\n  - id: A\r\n    status: open\r\n    link: https://x.example/1\r\n---\r\nBody\r\n');
    expect(() => editFrontmatter('---\nactionItems: [{id: A, status: open}]\n---\n', [{ path: ['actionItems', 0, 'status'], value: 'done' }], 'f.md')).toThrow(/f\.md: actionItems\.0 is not a block mapping/);
  });
});

describe('round trip: export -> tracker changes state -> sync', () => {
  test('Jira and Linear: the exported CSV becomes the tracker export, status changes come back', () => {
    const exportable = selectExportable(items()).export;
    const jiraImport = readCsvTable(exportFollowUps(exportable, 'jira', options)[0].content);
    const jiraExport = toCsv([
      ['Summary', 'Issue key', 'Status', 'Resolution', 'Due Date', 'Description'],
      ...jiraImport.rows.map((row, i) => [jiraImport.value(row, 'Summary'), `OPS-${i + 1}`, ['Done', 'In Progress', 'Closed'][i], ['Done', '', "Won't Do"][i], '', jiraImport.value(row, 'Description')]),
    ]);
    const jiraPlan = planSync(targets(), readJiraCsv(jiraExport, 'jira.csv', { baseUrl: 'https://acme.atlassian.net' }), teams);
    expect(jiraPlan.changes.filter((c) => c.field === 'status').map((c) => `${c.itemId} ${c.to}`)).toEqual(['AI-1 done', 'AI-3 wont-do']);
    expect(jiraPlan.unmatched).toEqual([]);

    const linearImport = readCsvTable(exportFollowUps(exportable, 'linear', options)[0].content);
    const linearExport = toCsv([
      ['ID', 'Team', 'Title', 'Description', 'Status', 'Completed', 'Canceled', 'Due Date'],
      ...linearImport.rows.map((row, i) => [`CHK-${i + 1}`, 'Checkout', linearImport.value(row, 'Title'), linearImport.value(row, 'Description'), ['Todo', 'Done', 'In Progress'][i], i === 1 ? '2026-12-10T09:40:00.000Z' : '', '', linearImport.value(row, 'Due Date')]),
    ]);
    const linearPlan = planSync(targets(), readLinearCsv(linearExport, 'linear.csv', { workspace: 'acme' }), teams);
    expect(linearPlan.changes.filter((c) => c.field !== 'link').map((c) => `${c.itemId} ${c.field} ${c.to}`)).toEqual(['AI-2 status done', 'AI-2 owner checkout', 'AI-3 status in-progress']);
  });
});

describe('follow-ups options that end up in what is written', () => {
  test.each(['acme/shop', 'acme-corp/shop.web', 'github.acme.com/platform/shop_2'])('--repo %s is a repository', (repo) => {
    expect(repoOptionProblem(repo, 'github')).toBeUndefined();
  });
  test.each(['notarepo', 'acme/', '/shop', 'acme/shop/issues', 'https://github.com/acme/shop', 'acme/shop.git', 'acme shop/x', '-acme/shop'])('--repo %s is refused, saying OWNER/NAME', (repo) => {
    expect(repoOptionProblem(repo, 'github')).toBe(`--repo "${repo}" is not a GitHub repository: write OWNER/NAME as in its address, e.g. --repo acme/shop (or HOST/OWNER/NAME on GitHub Enterprise).`);
  });
  test('--repo with a tracker other than GitHub is refused, not ignored', () => {
    expect(repoOptionProblem('acme/shop', 'jira')).toMatch(/^--repo is for --to github only .*Leave --repo out\.$/);
    expect(repoOptionProblem(undefined, 'jira')).toBeUndefined();
  });
  test.each([['https://acme.atlassian.net'], ['https://acme.atlassian.net/'], ['https://jira.acme.example:8443/jira']])('--jira-url %s is a site', (url) => {
    expect(jiraUrlOptionProblem(url)).toBeUndefined();
  });
  test.each([
    ['acme.atlassian.net', /is not an address: give your Jira site with https:\/\//],
    ['ftp://acme.example', /is not an http\(s\) address/],
    ['https://bot:token@acme.atlassian.net', /holds a user name or password before the @/],
    ['https://acme.atlassian.net/browse?jql=x', /has a query or fragment/],
  ])('--jira-url %s is refused', (url, message) => {
    expect(jiraUrlOptionProblem(url)).toMatch(message);
  });
  test('--linear-workspace is the key after linear.app/', () => {
    expect(linearWorkspaceOptionProblem('acme')).toBeUndefined();
    expect(linearWorkspaceOptionProblem('acme-eu2')).toBeUndefined();
    for (const bad of ['my team', 'acme/x', 'https://linear.app/acme', ''])
      expect(linearWorkspaceOptionProblem(bad), bad).toMatch(/is not a workspace key: give the word after linear\.app\//);
  });
});

describe('ticket labels in the tracker break between pieces, never inside a key', () => {
  const pieces = (url: string) => ticketLabelPieces(describeTrackerLink(url).label);
  test.each([
    ['https://acme.atlassian.net/browse/OPS-4521', [['Jira', true], [' ', false], ['OPS-4521', true]]],
    ['https://github.com/acme/deploy/issues/12', [['GitHub', true], [' ', false], ['acme/', true], ['deploy', true], ['#12', true]]],
    ['https://tracker.example.com/t/99', [['tracker.', true], ['example.', true], ['com', true]]],
  ] as const)('%s', (url, expected) => {
    expect(pieces(url).map((piece) => [piece.text, piece.keep])).toEqual(expected);
  });
  test('a piece too long for a phone card is cut after its hyphens, each part kept; the pieces joined are the label', () => {
    const url = 'https://github.com/acme-infrastructure/kubernetes-platform-configuration/issues/1012';
    const result = pieces(url);
    expect(result.map((piece) => piece.text).join('')).toBe(describeTrackerLink(url).label);
    expect(result.slice(3).map((piece) => [piece.text, piece.keep])).toEqual([['kubernetes-', true], ['platform-', true], ['configuration', true], ['#1012', true]]);
    // A break opportunity between pieces, where a space is not one already.
    expect(result.filter((piece) => piece.breakBefore).map((piece) => piece.text)).toEqual(['kubernetes-', 'platform-', 'configuration', '#1012']);
    // Without a hyphen to cut at, a piece longer than a card line may wrap anywhere (not kept).
    expect(pieces('https://averyveryverylonghostnamewithouthyphens.example.com/x').map((piece) => [piece.text, piece.keep])[0]).toEqual(['averyveryverylonghostnamewithouthyphens.', false]);
  });
});
