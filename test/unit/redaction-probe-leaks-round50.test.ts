import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePost, publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { findHomeFolderAccounts } from '../../src/lib/publication/home-folder-accounts.ts';
import { findSpeakersAndBylines } from '../../src/lib/publication/speakers-and-bylines.ts';
import { findMentionsAndPayloadPeople } from '../../src/lib/publication/mentions-and-payload-people.ts';
import { fieldProbesRound50, foundBeforeRound50, leakProbesRound50, notLeaksRound50, stillPublishedRound50 } from '../support/redaction-probes-round50.ts';

/**
 * The probe round 50 (docs/redaction.md, "Probe round 50"): round 49's leftovers in new sentences
 * (a bold speaker before a bracketed time, someone's dashboard in alt text, a katakana @-mention, a
 * German task item's surname, a payload's `acknowledged_by`, an on-call line with roles in brackets,
 * the account a job runs as, "[Diff by …]", a person's own site), home folders named by a word, and
 * the shapes of retros no round read before, in English and eleven other languages. Every probe and
 * negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound50, foundBefore: foundBeforeRound50, stillPublished: stillPublishedRound50, atLeast: { probes: 60, gotThroughBefore: 20 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound50.filter((p) => !stillPublishedRound50.has(p.kind) && !foundBeforeRound50.has(p.kind)),
);

describeNotLeaks('not findings: system accounts and placeholders in home folders, public products, teams, bots and words', notLeaksRound50);
describeLeaksGoneAfterRedact(leakProbesRound50, stillPublishedRound50);

describe('the public frontmatter fields: the public build scan finds each leak', () => {
  test.each(fieldProbesRound50)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

describe('a home folder named by a word (home-folder-accounts.ts, round 50)', () => {
  const found = (line: string) => findHomeFolderAccounts(line).map((m) => m.text);
  test.each([
    ['Linux', '/home/ana/backup.tar', 'ana'],
    ['macOS', '/Users/mark/bin', 'mark'],
    ['Windows', 'C:\\Users\\grant\\Desktop', 'grant'],
    ['a service account', '/home/dashboard/.env', 'dashboard'],
  ])('found: %s', (_, line, name) => {
    expect(found(line)).toEqual([name]);
  });
  test.each([
    ['a handle the account rule finds', '/home/hbrekke/x'],
    ['a system account', '/home/ubuntu/x'],
    ['a placeholder', '/home/your_username/x'],
    ['a shared folder', '/Users/Shared/x'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('speakers, pictures, link texts, on-call lines and run-as accounts (speakers-and-bylines.ts, round 50)', () => {
  const found = (line: string) => findSpeakersAndBylines(line).map((m) => m.text);
  test.each([
    ['a bold handle before a bracketed time', '**kovarik** [14:02]: restarting', 'kovarik'],
    ['a bold name before a time in brackets', '> **Pellweth** (03:14): rolling back', 'Pellweth'],
    ["a name's possessive in alt text", "![Marrowby's dashboard of lag](a.png)", 'Marrowby'],
    ['a handle after "dashboard of"', 'the dashboard of mbelcourt', 'mbelcourt'],
    ['a handle closing a link text after "by"', '[Diff by holvrin](https://x.example/1)', 'holvrin'],
    ['an on-call handle with a role', 'On-call: quendrik (primary)', 'quendrik'],
    ['a quoted run-as account', 'runs as `velmark` on the node', 'velmark'],
    ['a code span speaker in a quote', '> `varnholt`: rolling back now', 'varnholt'],
  ])('found: %s', (_, line, name) => {
    expect(found(line)).toEqual([name]);
  });
  test.each([
    ['a bold word before a time', '**Update** [14:02]: restarted'],
    ['a possessive of a public product in alt text', "![Grafana's dashboard](a.png)"],
    ['a system account run as', 'runs as `root`'],
    ['an English word run as', 'runs as expected'],
    ['a link text by a product', '[Charts by Grafana](https://grafana.com/)'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('mentions in other scripts, German task labels, payload keys and database accounts (mentions-and-payload-people.ts, round 50)', () => {
  const found = (line: string) => findMentionsAndPayloadPeople(line).map((m) => m.text);
  test.each([
    ['a katakana mention', '@ドルヴァン さんが再起動しました', 'ドルヴァン'],
    ['a German task label', '- [ ] Hollberger: Alarm für die Warteschlange einrichten', 'Hollberger'],
    ['a payload key of a handle made of words', '{"acknowledged_by": "bellquist"}', 'bellquist'],
    ["a key ending in _owner", 'runbook_owner: trevelyanq', 'trevelyanq'],
    ['a database account of a given name', 'GRANT SELECT ON ledger TO maria;', 'maria'],
  ])('found: %s', (_, line, name) => {
    expect(found(line)).toEqual([name]);
  });
  test.each([
    ['a Latin mention', 'Ping @here when done.'],
    ['a German noun as a task label', '- [ ] Datenbank: Index anlegen'],
    ['a bot', '{"acknowledged_by": "dependabot"}'],
    ['an English word', '{"resolved_by": "automation"}'],
    ['a database role of a word', 'GRANT ALL ON ledger TO readonly;'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe("the users' folders both account rules read (home-folder-shapes.ts, session 50's review)", () => {
  // A word or a given name on a shared disk was published: the word rule read home folders only.
  // A handle under Windows' old profiles was published: the handle rule did not read that folder.
  test.each([
    ['a word on a shared disk', 'The job wrote to /scratch/users/ana/run.log until the quota hit.', 'ana'],
    ['a given name on an NFS home', 'Logs are in /mnt/nfs/people/grant/logs now.', 'grant'],
    ["a handle under Windows' old profiles", 'The agent ran from C:\\Documents and Settings\\hbrekke\\agent.exe for a day.', 'hbrekke'],
  ])('found through the public build path: %s', (_, line, name) => {
    const found = scanProbePost(publicProbePost({ body: `## What happened\n\n${line}\n` })).map((f) => redactionFindingText(f));
    expect(found, JSON.stringify(found)).toContain(name);
  });
  test('not a file beside the users (a shared disk\'s list of mailboxes)', () => {
    expect(findHomeFolderAccounts('restored /mnt/shop/users/users_emails.sto from the backup')).toEqual([]);
  });
});
