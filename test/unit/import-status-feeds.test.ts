import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { NotAReportError, readReportContent } from '../../src/lib/import/report-content.ts';
import { describePassedOver, mayBeIncidentExportFile, mayBeReportFile, notReportReason } from '../../src/lib/import/report-files.ts';
import { isFeedText, readStatusFeed } from '../../src/lib/import/status-feeds.ts';
import { inferTimelineKind } from '../../src/lib/import/timeline-kind.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixtures = join(root, 'test/fixtures/import');

/** Each report of a file holding many, imported as npm run import does (a part's own start field over the file's). */
async function importParts(path: string) {
  const file = join(fixtures, path);
  const content = await readReportContent(file, readFileSync(file));
  return {
    content,
    drafts: (content.parts ?? []).map((part) => {
      const result = importReport(`${path}${part.label}`, part.text, { vocabulary, today: '2026-12-01', exportKind: content.exportKind, exportStartField: part.startField ?? content.exportStartField });
      const id = result.fileName.replace(/\.mdx$/, '');
      const check = validatePostmortemSource(`/tmp/${result.fileName}`, id, result.draft, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
      return { label: part.label, result, data: parseYaml(splitFrontmatter(result.draft).yaml), body: splitFrontmatter(result.draft).body, errors: check.findings.filter((f) => f.severity === 'error') };
    }),
  };
}

// Modelled on GitHub's status page history as its Atom feed (githubstatus.com/history.atom, kept
// by mrshu/github-statuses): before, a .atom file was read as a Markdown report, one draft of
// escaped HTML per file (or refused as a paragraph of 72 KiB), no incident and no timeline row.
describe('a status page\'s feed (Atom, RSS): one draft per incident', () => {
  test('a .atom or .rss file is a file of incidents, not a report; an .xml file is one when its text is a feed', () => {
    expect(mayBeReportFile('history/history.atom')).toBe(false);
    expect(mayBeIncidentExportFile('history/history.atom')).toBe(true);
    expect(mayBeIncidentExportFile('history/history.rss')).toBe(true);
    expect(isFeedText('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')).toBe(true);
    expect(isFeedText('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>')).toBe(true);
    expect(isFeedText('<ac:structured-macro ac:name="code"/>')).toBe(false);
    expect(readStatusFeed('<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>')).toBeUndefined();
  });

  test('Atom: title, updates as the timeline oldest first, the year of updates from the entry\'s dates, maintenance left out', async () => {
    const { content, drafts } = await importParts('status-feeds/history.atom');
    expect(content.notesBefore).toContain('read as an Atom feed of Example Forge Status - Incident History: one draft per entry');
    // Said once for the file (with its first entry), not with every entry.
    expect(content.firstPartNotes).toEqual(['1 scheduled maintenance(s) in the feed not imported: planned work, not incidents']);
    expect(content.notesBefore.join('\n')).not.toMatch(/scheduled maintenance/);
    expect(drafts.map((d) => d.label)).toEqual(['#20250303', '#20250101']);
    for (const draft of drafts) expect(draft.errors).toEqual([]);
    const [merges, git] = drafts;
    // Updates of Dec 31 in an entry dated Jan 1 2025 are of 2024.
    expect(git.result.fileName).toBe('2024-12-31-incident-with-git-operations.mdx');
    expect(git.data.times).toEqual({ started: '2024-12-31T23:41:00Z', resolved: '2025-01-01T00:20:00Z' });
    // "progress towards mitigation" is no mitigation: none is recorded.
    expect(git.data.timeline.map((row: { kind: string }) => row.kind)).toEqual(['detection', 'other', 'resolution']);
    expect(git.data.summary).toBe('We are investigating reports of degraded performance for Git Operations & webhooks.');
    expect(git.body).toContain('This incident affected: Git Operations.');
    // An update of two paragraphs stays one item of the timeline.
    expect(git.body).toMatch(/- 2024-12-31 23:58 UTC \*Update\* - Pushes over SSH fail for some users\.\n\s*\n\s+We will continue/);
    // The feed's zone is the row's: 09:15 PST is 17:15 UTC, and no zone is assumed.
    expect(merges.data.times.started).toBe('2025-03-03T17:15:00Z');
    expect(merges.data.times.resolved).toBe('2025-03-03T18:02:00Z');
    expect(merges.result.draft).not.toMatch(/read as UTC|disagrees with its file name/);
  });

  test('RSS: CDATA and escaped HTML, a link kept, an entry without updates kept as a report of its own words', async () => {
    const { drafts } = await importParts('status-feeds/history.rss');
    expect(drafts.map((d) => d.label)).toEqual(['#c4rd01', '#card-outage']);
    const [cards, lessons] = drafts;
    expect(cards.errors).toEqual([]);
    expect(cards.data.times).toMatchObject({ started: '2025-02-04T10:02:00Z', mitigated: '2025-02-04T10:32:00Z', resolved: '2025-02-04T11:10:00Z' });
    expect(cards.body).toContain('[help page](https://help.example-payments.test/declines)');
    expect(lessons.errors).toEqual([]);
    expect(lessons.data.title).toBe('What we learned from the February card outage');
    expect(lessons.result.fileName).toMatch(/^2025-02-10-/);
    expect(lessons.body).toContain('We now renew certificates thirty days before they expire.');
  });

  test('a .atom file that is not a feed holds no report: refused with what is read', async () => {
    await expect(readReportContent('notes.atom', new TextEncoder().encode('# Not a feed\n\nJust notes.\n'))).rejects.toThrow(NotAReportError);
  });
});

// Modelled on GitHub's status history kept by GitHub-Incident-History (1,282 Statuspage incidents,
// one JSON file each): 832 incidents before 2018 are one update listing the old messages as HTML,
// titled "Incident on 2011-07-28 03:06:00 UTC".
describe('Statuspage updates written in HTML', () => {
  test('a list of timed messages is a row each, the update\'s state on the last; tags are not kept in the summary; a title that names only its day is made from the summary', async () => {
    const { drafts } = await importParts('status-exports/statuspage-history-lists.json');
    const [draft] = drafts;
    expect(draft.errors).toEqual([]);
    expect(draft.data.title).toBe('A storage node failed over and some repositories are read-only');
    expect(draft.result.inferred).toContain('title made from its first sentence: "Incident on 2012-03-01 14:02:00 UTC" (from the report\'s metadata) names only its day (shorten or reword it)');
    expect(draft.data.summary).toBe('A storage node [failed over](https://forge.example/blog/storage) and some repositories are read-only.');
    expect(draft.data.timeline.map((row: { at: string }) => row.at)).toEqual(['2012-03-01T14:02:00Z', '2012-03-01T14:40:00Z', '2012-03-01T15:17:00Z']);
    // Before, the one update was a row at 14:02 with the list's tags, and the end was 14:02 too.
    expect(draft.data.times.resolved).toBe('2012-03-01T15:17:00Z');
    expect(draft.result.draft).not.toMatch(/<li>|<strong>|<ul>/);
    // Line breaks escaped twice in the move (the text holds `\r\n`) are line breaks.
    expect(draft.result.draft).not.toContain('\\r\\n');
    expect(draft.data.timeline[1].event).toBe('Writes are accepted again on most repositories. A few stay read-only for now.');
    expect(draft.result.fileName).toMatch(/^2012-03-01-a-storage-node-failed-over-/);
  });

  test('an incident without started_at starts at its created_at, and the draft names that field', async () => {
    const { drafts } = await importParts('status-exports/statuspage-created-at-only.json');
    const [draft] = drafts;
    expect(draft.errors).toEqual([]);
    expect(draft.data.times.started).toBe('2024-06-11T09:00:05Z');
    expect(draft.result.draft).toContain("# started: the incident's own start, the Statuspage incidents export's `created_at` (its first update was posted at 2024-06-11T09:24:00Z)");
    expect(draft.result.draft).not.toContain('`started_at`');
  });

  test('an incident with started_at still names started_at', async () => {
    const { drafts } = await importParts('status-exports/statuspage-incidents.json');
    expect(drafts[0].result.draft).toContain("export's `started_at`");
  });
});

test('a program\'s dependency list or build file beside the reports is not a report', () => {
  for (const name of ['requirements.txt', 'tools/requirements-dev.txt', 'Makefile', 'Dockerfile', 'go.sum', 'Gemfile']) expect(mayBeReportFile(name)).toBe(false);
  for (const name of ['requirements-outage.md', 'makefile-regression.md', '2024-05-01-docker-outage.txt']) expect(mayBeReportFile(name)).toBe(true);
});

describe('words that say a mitigation is still being worked on are no mitigation', () => {
  test.each([
    'We will continue to keep users updated on progress towards mitigation.',
    'We are working on a mitigation.',
    'We continue to work to mitigate issues with Codespaces.',
    'We will update you on mitigation progress.',
  ])('%s', (text) => {
    expect(inferTimelineKind(text)).toBe('other');
  });
  test('a mitigation done still is one', () => {
    expect(inferTimelineKind('We have applied a mitigation and error rates are dropping.')).toBe('mitigation');
    expect(inferTimelineKind('We are working to mitigate the issue and have restarted the workers.')).toBe('mitigation');
  });
});

// Round 10. Modelled on GitHub's feed: "We are working to fail over …" made its row a mitigation and
// `times.mitigated` the minute it was written; "We are continuing to monitor" after a fix was a detection.
describe('work under way or intended is not yet done', () => {
  test.each([
    ['We are working to fail over the queue database to its standby.', 'other'],
    ['We are preparing to roll back the deploy.', 'other'],
    ['We are in the process of restarting the affected hosts.', 'other'],
    ['We are continuing to monitor.', 'other'],
    ['Merge Queue is operating normally. We are continuing to monitor the situation.', 'other'],
    ['We are attempting to restore service from backups.', 'other'],
    // Done, or intended alongside something done: the done part says the kind.
    ['We failed over to the standby database.', 'mitigation'],
    ['We rolled back the deploy and are continuing to monitor.', 'mitigation'],
    ['The incident is resolved; we will continue to monitor.', 'resolution'],
    ['Alerts fired for elevated error rates.', 'detection'],
    // After "when" or "while" the words are a circumstance: what the row says happened still counts.
    ['The engineer, when attempting to run a maintenance task, sees the logs alerting on cache writes.', 'detection'],
    // A fix in place, then monitoring: the fix says the kind (Statuspage's own monitoring words).
    ['A fix has been implemented and we are continuing to monitor the results.', 'mitigation'],
    ['A fix has been deployed. We are continuing to monitor as the site recovers.', 'mitigation'],
    // A message stays a message whatever it says is under way.
    ['We will continue to post updates on the status page.', 'communication'],
    // A status page's state label opens the row, before the words.
    ['*Monitoring* - We are continuing to monitor the fix.', 'mitigation'],
  ])('%s → %s', (text, kind) => {
    expect(inferTimelineKind(text)).toBe(kind);
  });
});

describe('a feed entry\'s component state suggests its severity, as the JSON export\'s impact does', () => {
  test('the worst state the updates name, said in the draft with the update that names it', async () => {
    const { drafts } = await importParts('status-feeds/component-states.atom');
    for (const draft of drafts) expect(draft.errors).toEqual([]);
    const [queue, webhooks, disruption] = drafts;
    // "degraded performance" first, then "degraded availability" (a partial outage): the worse one.
    expect(queue.data.severity).toBe('SEV-2');
    expect(queue.result.inferred.join('\n')).toContain('suggested severity SEV-2: the report\'s status page state "degraded availability"');
    expect(queue.body).toContain('Component state named by its updates: degraded availability (2025-06-12 14:20 UTC: "Merge Queue is experiencing degraded availability.")');
    expect(webhooks.data.severity).toBe('SEV-3');
    expect(webhooks.body).toContain('degraded performance (2025-06-05 09:11 UTC: "Webhooks is experiencing degraded performance.")');
    // "an outage" says nothing of how bad: no severity, and nothing said of a state.
    expect(disruption.data.severity).toBeUndefined();
    expect(disruption.body).not.toContain('Component state');
  });

  test('working to fail over is no mitigation; failing over is; continuing to monitor is no detection', async () => {
    const { drafts } = await importParts('status-feeds/component-states.atom');
    const [queue, webhooks] = drafts;
    expect(queue.data.timeline.map((row: { kind: string }) => row.kind)).toEqual(['detection', 'other', 'other', 'mitigation', 'other', 'resolution']);
    expect(queue.data.times).toEqual({ started: '2025-06-12T14:02:00Z', mitigated: '2025-06-12T15:10:00Z', resolved: '2025-06-12T16:05:00Z' });
    // "in the process of rolling back": the rollback is not done at 09:30.
    expect(webhooks.data.times.mitigated).toBeUndefined();
  });
});

describe('files of a folder of reports that are no reports, by their names, said with why', () => {
  test.each([
    ['static/favicons/site.webmanifest', "a website's or app's file (manifest, icon, robots, sitemap)"],
    ['static/favicons/favicon.ico', "a website's or app's file (manifest, icon, robots, sitemap)"],
    ['CNAME', "a website's or app's file (manifest, icon, robots, sitemap)"],
    ['yarn.lock', "a package manager's lockfile"],
    ['bun.lockb', "a package manager's lockfile"],
    ['pnpm-lock.yaml', "a package manager's lockfile"],
    ['go.sum', "a package manager's lockfile"],
    ['azure-pipelines.yml', "a build service's configuration"],
    ['Jenkinsfile', "a build service's configuration"],
    ['netlify.toml', "a build service's configuration"],
    ['.gitlab-ci.yml', 'hidden, or a lock file an editor leaves'],
    ['incident-reports.iml', "an editor's file or a backup"],
    ['reports/2024-05-01-outage.md~', "an editor's file or a backup"],
    ['reports/2024-05-01-outage.md.orig', "an editor's file or a backup"],
    ['LICENSE-MIT', 'a licence, notice or list of authors'],
    ['COPYING.LESSER', 'a licence, notice or list of authors'],
    ['NOTICE', 'a licence, notice or list of authors'],
    ['CODE_OF_CONDUCT.md', 'a licence, notice or list of authors'],
    ['CHANGELOG.md', 'a changelog'],
    ['HISTORY.rst', 'a changelog'],
    ['RELEASE_NOTES.md', 'a changelog'],
  ])('%s: %s', (name, why) => {
    expect(notReportReason(name)).toBe(why);
    expect(mayBeReportFile(name)).toBe(false);
  });

  test.each(['notice-of-outage.md', 'changelog-outage.md', '2024-03-01-license-server-down.md', 'authors-service-outage.md', 'news-feed-outage.md', 'history-2022-12-04.atom'])('%s is not passed over by its name', (name) => {
    expect(notReportReason(name) === undefined || mayBeIncidentExportFile(name)).toBe(true);
  });

  test('the command says each reason once, naming the files, how many more, and how to import one anyway', () => {
    const lines = describePassedOver([
      { file: 'r/yarn.lock', why: notReportReason('yarn.lock')! },
      { file: 'r/site.webmanifest', why: notReportReason('site.webmanifest')! },
      { file: 'r/Cargo.lock', why: notReportReason('Cargo.lock')! },
    ], 1);
    expect(lines).toEqual([
      "2 file(s) not read as reports, a package manager's lockfile: r/Cargo.lock and 1 more. If one is a report, import it by name: npm run import -- r/Cargo.lock",
      "1 file(s) not read as reports, a website's or app's file (manifest, icon, robots, sitemap): r/site.webmanifest. If one is a report, import it by name: npm run import -- r/site.webmanifest",
    ]);
  });
});
