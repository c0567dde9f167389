import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { join } from 'node:path';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

/**
 * The eighth probe round (session 17): people and internal systems in places and notations the
 * earlier rounds did not try (action items' owners, code to-dos, Windows, directory and database
 * accounts, Discord, Teams and IRC copies, more profile hosts, a handle with a dot, workspaces of
 * more tools, Consul names, queue and broker addresses). Every probe and negative is text of our
 * own writing. No list knows any name here, and no domain is configured but the default ones.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

/** `rule:text@line:column` for every finding, in order. */
const found = (text: string) =>
  scanPublicText('post.mdx', text, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}@${f.line}:${f.column}`);

describe('who is to act, as action items write it', () => {
  test.each([
    ['a name opening a line', 'Hallvard to rotate the keys by Friday.', ['redact/possible-person:Hallvard@1:1']],
    ['a handle opening a task', '- [ ] hbrekke to add an alert on lag', ['redact/possible-person:hbrekke@1:7']],
    ['a handle in a table cell', '| Action | Due |\n| --- | --- |\n| qvalder to review the runbook | Friday |', ['redact/possible-person:qvalder@3:3']],
    ['two people after a label', 'Action: Yelmar and tovem to follow up with the vendor.', ['redact/possible-person:Yelmar@1:9', 'redact/possible-person:tovem@1:20']],
    ['a numbered item', '1. Priya to document the failover.', ['redact/possible-person:Priya@1:4']],
    ['a handle in brackets closing an item', '- Restart the pool (hbrekke)\n- [ ] Add an alert on lag (tovem).\n- Rotate the keys [qvalder]', ['redact/possible-person:hbrekke@1:21', 'redact/possible-person:tovem@2:28', 'redact/possible-person:qvalder@3:20']],
    // A newspaper's frontend reports mark who does each action by initials.
    ['initials opening a line', 'GK to run through the deploy principles with the team again.', ['redact/person:GK@1:1']],
    ['initials owning a state', '- Graph the page impressions. GK - TODO\n- Add a control pixel. This is the baseline. GK - DONE', ['redact/person:GK@1:31', 'redact/person:GK@2:46']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });

  test.each([
    ['groups and English words', '- Customers to update their tokens.\n- Finance to review the invoice.\n| Legal to review |'],
    ['public names', '- Kubernetes to restart the pods.\n- redis to restart after the upgrade'],
    ['a bare line\'s lower-case subject', 'symlinks to check\nfind files that are symlinks'],
    ['"to" mid-sentence', 'We asked the vendor to review it. The plan is to review it.'],
    ['lower-case English before "to"', '- nothing to add here\n- update to fix the bug'],
    ['words, topics, tools and accounts in brackets', '- Restart the pool (optional)\n- Add alert (tbd)\n- Reload (nginx)\n- Drain (kubelet)\n- Fix it (wip)\n- Rotate keys (postgres)\n- [x] [link][ref]\n- Done [wip]\n   2. move the folder to a new name (xxx.old)\n- keep a copy (ledger.bak)'],
    ['acronyms of things and roles', '- DB to restart after the upgrade.\n- SSL - DONE\n- QA - TODO\n- DNS to resolve again\n\nIT to review. HR to sign. AWS to confirm. The PR - DONE.'],
  ])('not a person: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('an action item\'s title in the frontmatter', () => {
  const file = 'content/postmortems/2025-03-01-probe.mdx';
  const findings = (title: string) => {
    const source = publicProbePost().replace('actionItems: []', `actionItems:\n  - id: ai-1\n    title: ${title}\n    owner: checkout\n    due: 2026-12-31\n    priority: P2\n    type: prevent\n    status: done\n    verification: Checked.\n    public: true`);
    const result = validatePostmortemSource(file, '2025-03-01-probe', source, { vocabulary: loadVocabulary(join(fixturesDir, 'vocabulary')), knownIds: new Set(['2025-03-01-probe']), contentDir: 'content' });
    expect(result.data, JSON.stringify(result.findings)).toBeDefined();
    const line = source.split('\n').findIndex((l) => l.includes('title: ') && l.includes(title)) + 1;
    return { line, found: scanPostmortemForPublication(file, source, result.data!, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}@${f.line}:${f.column}:${f.field}`) };
  };

  test('is read as the list item it is: a handle opening it is given the action', () => {
    // A lower-case word opening a bare line is no one ("symlinks to check"); an action item's
    // title is an item of a list, where "zdrahal to add an alert" names who acts.
    const { line, found } = findings('zdrahal to add an alert on replica lag');
    expect(found).toEqual([`redact/possible-person:zdrahal@${line}:12:actionItems.0.title`]);
  });

  test('an English word opening it is not', () => {
    expect(findings('backups to check after the upgrade').found).toEqual([]);
  });
});

describe('accounts in code and pasted output', () => {
  test.each([
    ['the owner of a to-do', '```\n# TODO(hbrekke): drop this once the pool is fixed\n// FIXME(qvalder) temporary\n```', ['redact/person:hbrekke@2:8', 'redact/person:qvalder@3:10']],
    ['a Windows account', 'The task ran as ACME\\hbrekke on the file server.', ['redact/person:hbrekke@1:22']],
    ['a directory entry', '```\nCN=Hallvard Brekke,OU=Users,DC=acme,DC=corp\nuid=tovem,ou=people,dc=acme,dc=com\n```', ['redact/person:Hallvard Brekke@2:4', 'redact/person:tovem@3:5']],
    ['database accounts', "```sql\nCREATE USER hbrekke WITH PASSWORD 'x';\nGRANT SELECT ON ledger TO qvalder;\nALTER ROLE tovem SET statement_timeout = 0;\n```", ['redact/person:hbrekke@2:13', 'redact/possible-person:qvalder@3:27', 'redact/person:tovem@4:12']],
    ['a MySQL account', "```\nGRANT ALL ON *.* TO 'hbrekke'@'%';\n```", ['redact/possible-person:hbrekke@2:22']],
    ['a chat export\'s names', '```json\n{"real_name": "Hallvard Brekke", "user_name": "tovem"}\n```', ['redact/person:Hallvard Brekke@2:16', 'redact/person:tovem@2:48']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });

  test.each([
    ['paths, registry keys and built-in accounts', 'Files in C:\\WINDOWS\\system32\\drivers and HKLM\\SOFTWARE\\Microsoft were fine; NT AUTHORITY\\SYSTEM and BUILTIN\\Administrators ran it as DOMAIN\\user.'],
    ['directory groups and admins', '```\nCN=Domain Admins,CN=Users,DC=acme,DC=com\ncn=admin,dc=example,dc=org\n```'],
    // Services' accounts have separators; an application's is dropped when the post runs it (below).
    ['service accounts', "```sql\nCREATE USER replicator;\nGRANT SELECT ON ledger TO readonly;\nGRANT ALL ON *.* TO 'root'@'localhost';\nCREATE ROLE analytics_ro;\nGRANT USAGE ON SCHEMA public TO app_user;\n```"],
    ['an application\'s account the post runs as a tool', "```\nsudo mysql -e \"CREATE USER 'zorbix'@'localhost';\"\n```\n\nThen edit `/etc/nginx/sites-available/zorbix.conf`."],
    ['to-dos of topics and tickets', '```\n// TODO(#123): fix\n// TODO(perf): cache this\n// FIXME(security): validate\n// TODO(v2): drop\n// TODO(i18n): translate\n```'],
    ['English and system values in a chat export', '```json\n{"display_name": "Ledger Alerts", "username": "root", "full_name": "Grafana Agent", "user_name": "www-data"}\n```'],
    ['"grant" and "alter role" in prose', 'We had to grant access to the billing service and alter role settings.'],
  ])('not a person: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('copied chat transcripts', () => {
  test.each([
    ['a Discord message', '```\nhbrekke — Today at 10:02 AM\nrestarting now\n```', ['redact/person:hbrekke@2:1']],
    ['a Teams message, surname first', '```\n[10:02 AM] Brekke, Hallvard\nrestarting now\n```', ['redact/person:Brekke@2:12', 'redact/person:Hallvard@2:20']],
    // "Ilsabet" reads as English words run together, which an account's check drops.
    ['a Teams message, a first name no lexicon knows', '```\n[10:02 AM] Vandrusk, Ilsabet\n```', ['redact/person:Vandrusk@2:12', 'redact/person:Ilsabet@2:22']],
    ['an IRC join', '```\n*** hbrekke has joined #ops\n--> tovem (~tm@203.0.113.9) has joined #ops\n```', ['redact/person:hbrekke@2:5', 'redact/channel:#ops@2:24', 'redact/person:tovem@3:5', 'redact/channel:#ops@3:40']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });

  test.each([
    ['a title with a date', 'Deploy — Today at 10:02 AM'],
    ['an event in brackets', '[10:02 AM] Deploy Started'],
    ['a daemon joining', '*** kubelet has joined'],
  ])('not a person: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('names in prose the phrasings did not read', () => {
  test.each([
    ['a first name and an initial', 'Hallvard B. restarted the pool.', ['redact/possible-person:Hallvard B.@1:1']],
    ['away from work', 'Yelmar was out sick that week, and Quorvik was on PTO.', ['redact/possible-person:Yelmar@1:1', 'redact/possible-person:Quorvik@1:36']],
    ['props to a handle', 'Props to hbrekke for spotting it.', ['redact/person:hbrekke@1:10']],
    ['thanks without "to"', 'thanks hbrekke for the fix!', ['redact/person:hbrekke@1:8']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });

  test.each([
    ['letters after words', 'Appendix C. lists Exhibit A, Zone B; and Vitamin D.'],
    ['things out of order', 'The server was out of disk. Redis was on fire.'],
    ['thanks to everyone', 'thanks everyone, thx all, props to the team, thanks again'],
  ])('not a person: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('handles and profiles', () => {
  test('a handle with a dot is one finding, so the fix leaves no surname', () => {
    expect(found('Handed over to @jane.doe at 10:00.')).toEqual(['redact/handle:@jane.doe@1:16']);
    const source = 'Handed over to @jane.doe at 10:00.\n';
    const fix = (file: string) => applyRedactionFixes(source, scanPublicText(file, source, options).findings, { isMdx: file.endsWith('.mdx') }).source;
    expect(fix('post.mdx')).toBe('Handed over to <Internal>@jane.doe</Internal><PublicOnly>the responsible team</PublicOnly> at 10:00.\n');
    expect(fix('post.md')).toBe('Handed over to the responsible team at 10:00.\n');
    // An address is still one finding, not a handle.
    expect(found('Mail jane.doe@acme.example.')).toEqual(['redact/email:jane.doe@acme.example@1:6']);
  });

  test.each([
    ['Bitbucket', 'See bitbucket.org/hbrekke/ for the fork.', ['redact/person:bitbucket.org/hbrekke/@1:5']],
    ['Telegram at a sentence\'s end', 'Reach the on-call at t.me/hbrekke.', ['redact/person:t.me/hbrekke@1:22']],
    ['Facebook', 'See facebook.com/hallvard.brekke for the post.', ['redact/person:facebook.com/hallvard.brekke@1:5']],
    ['Keybase', 'Keys at https://keybase.io/hbrekke.', ['redact/person:https://keybase.io/hbrekke@1:9']],
    ['Calendly', 'Book time at calendly.com/hbrekke.', ['redact/person:calendly.com/hbrekke@1:14']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });

  test.each([
    ['organisations and pages', 'See github.com/kubernetes-sigs, facebook.com/help and t.me/s/acmestatus.'],
    ['a host inside another', 'Mirror at acmex.com/hbrekke and notgithub.com/hbrekke.'],
  ])('not a person: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('internal systems in more notations', () => {
  test.each([
    ['a Consul name', 'Lookups of ledger.service.consul and ledger.service.dc1.consul failed.', ['redact/internal-host:ledger.service.consul@1:12', 'redact/internal-host:ledger.service.dc1.consul@1:38']],
    ['an SQS queue', 'Queue https://sqs.us-east-1.amazonaws.com/123456789012/ledger-events backed up.', ['redact/cloud-account:https://sqs.us-east-1.amazonaws.com/123456789012/ledger-events@1:7']],
    ['an MSK broker', 'Broker b-1.ledger-kafka.abc123.c2.kafka.us-east-1.amazonaws.com went down.', ['redact/internal-host:b-1.ledger-kafka.abc123.c2.kafka.us-east-1.amazonaws.com@1:8']],
    ['Asana and Lucid', 'See https://app.asana.com/0/1200/1300 and https://lucid.app/lucidchart/abc-123/edit.', ['redact/internal-link:https://app.asana.com/0/1200/1300@1:5', 'redact/internal-link:https://lucid.app/lucidchart/abc-123/edit@1:43']],
    ['Quip, Webex and Coda', 'https://acme.quip.com/abc/Notes https://acme.webex.com/meet/x https://coda.io/d/Notes_dAbC', ['redact/internal-link:https://acme.quip.com/abc/Notes@1:1', 'redact/internal-link:https://acme.webex.com/meet/x@1:33', 'redact/internal-link:https://coda.io/d/Notes_dAbC@1:63']],
    ['GitHub Enterprise', 'See https://github.acme.com/ledger/api/pull/12.', ['redact/internal-link:https://github.acme.com/ledger/api/pull/12@1:5']],
    ['a Windows share, the backslashes doubled in Markdown', 'Backups go to \\\\\\\\fileserver01\\\\backups nightly.', ['redact/internal-host:fileserver01@1:19']],
    ['a Windows share in code', 'Backups go to `\\\\fileserver01\\backups` nightly.', ['redact/internal-host:fileserver01@1:18']],
    ['an NFS export', 'Mounted nas01:/export/data on the host.', ['redact/internal-host:nas01@1:9']],
    ['the AWS access portal', 'Sign in at https://acme.awsapps.com/start first.', ['redact/internal-link:https://acme.awsapps.com/start@1:12']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });

  test.each([
    ['vendors\' public sites', 'See https://www.webex.com/pricing, https://help.webex.com/x, https://asana.com/guide and https://github.blog/changelog.'],
    ['public Amazon hosts', 'SQS is at sqs.us-east-1.amazonaws.com and Kafka docs at https://aws.amazon.com/msk/.'],
    ['a Compose volume mapped into a container', '```yaml\n    volumes:\n      - es-backup:/opt/elasticsearch\n```'],
    ['drives, links, ratios and hosts of no digit', 'See C:/Users, file:///tmp/x and ftp://host-1/x; a 3:/4 ratio; \\\\\\\\server\\\\share, localhost:/tmp.\n\n```\nscp file.txt backup:/tmp\n```'],
    ['GitHub\'s own hosts', 'Assets from https://github.githubassets.com/x.js and https://docs.github.com/en.'],
  ])('not internal: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('the whole name, and more places people are listed', () => {
  test.each([
    // The fix of "Brekke" alone left "Hallvard J." and "Hallvard "Hal"" on the page.
    ['a middle initial', 'Hallvard J. Brekke restarted the pool.', ['redact/possible-person:Hallvard J. Brekke@1:1']],
    ['a nickname in quotes', 'Hallvard "Hal" Brekke restarted the pool.', ['redact/possible-person:Hallvard "Hal" Brekke@1:1']],
    ['a Slack mention with its name', 'Pinged <@U024BE7LH|hbrekke> in the channel.', ['redact/handle:@U024BE7LH@1:9', 'redact/person:hbrekke@1:20']],
    ['who, away and hand-over labels', 'Who: Hallvard\n\nOOO: Tovenild, Yelmar\n\nHandoff: Quorvik → Dalsvik', ['redact/person:Hallvard@1:6', 'redact/person:Tovenild@3:6', 'redact/person:Yelmar@3:16', 'redact/person:Quorvik@5:10', 'redact/person:Dalsvik@5:20']],
    ['a role, a dash and a name', 'Scribe - Hallvard', ['redact/person:Hallvard@1:10']],
    ['Handle and Contact columns', '| Handle | Team |\n| --- | --- |\n| hbrekke | Ledger |\n\n| Team | Contact |\n| --- | --- |\n| Ledger | tovem |', ['redact/person:hbrekke@3:3', 'redact/person:tovem@7:12']],
    ['a lower-case speaker after a time and a dash', '- 10:02 — hbrekke: restarting pods', ['redact/possible-person:hbrekke@1:11']],
    ['a timeline entry after an arrow', '- 10:02 → Hallvard restarts the pool', ['redact/possible-person:Hallvard@1:11']],
    ['"Per" opening a sentence', 'Per Hallvard in chat, the pool was full.', ['redact/possible-person:Hallvard@1:5']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });

  test('npm run redact replaces the whole name, middle initial included', () => {
    const source = 'Hallvard J. Brekke restarted the pool.\n';
    expect(applyRedactionFixes(source, scanPublicText('post.mdx', source, options).findings, { isMdx: true }).source).toBe('<Internal>Hallvard J. Brekke</Internal><PublicOnly>An engineer</PublicOnly> restarted the pool.\n');
  });

  test.each([
    ['daemons and words speaking in a timeline', '- 10:02 — kubelet: restarting pods\n- 10:03 - deploy: started\n- 10:04 – nginx: reload'],
    ['"per" before things', 'Per the runbook, and per Kubernetes docs, Per capita costs rose.'],
    ['labels before things', 'Who: the on-call engineer\nWho: Platform team\nHandover: the pool was drained before Monday.'],
    ['a Contact column of channels and words', '| Team | Contact |\n| --- | --- |\n| Billing | Support |'],
    // A homelab's action items link their issues in a GitHub column.
    ['a GitHub column of issue links', '| # | Action | GitHub |\n| --- | --- | --- |\n| 1 | Add a check | [homelabia#134](https://github.com/pgmac-net/homelabia/issues/134) ✅ done |'],
    ['a timeline entry of a public name after an arrow', '- 10:02 → Kubernetes restarts the pod'],
  ])('not a person: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a full name in a relative link or image, whose name the site keeps', () => {
  test.each([
    ['a Markdown image', '![graph](./sarah-qalandri-dashboard.png)', ['redact/possible-person:sarah-qalandri@1:12']],
    ['an image without a folder', '![graph](sarah-qalandri.png)', ['redact/possible-person:sarah-qalandri@1:10']],
    ['an HTML image', '<img src="/img/sarah-qalandri-notes.png" alt="graph" />', ['redact/possible-person:sarah-qalandri@1:16']],
    ['a link with a scheme, as before', 'See https://wiki.example.com/display/ENG/sarah-qalandri-notes for more.', ['redact/possible-person:sarah-qalandri@1:42']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });

  test('npm run redact puts the image inside <Internal>', () => {
    const source = 'The graph:\n\n![graph](./sarah-qalandri-dashboard.png)\n';
    expect(applyRedactionFixes(source, scanPublicText('post.mdx', source, options).findings, { isMdx: true }).source).toBe('The graph:\n\n<Internal>![graph](./sarah-qalandri-dashboard.png)</Internal>\n');
  });

  test('images and files named after things are not', () => {
    expect(found('![graph](./grafana-dashboard.png) ![x](./pgbouncer-latency.png) ![y](../images/jiva-ctrl.png)')).toEqual([]);
    // A homelab's index links a report named after its NAS and the protocol ("hal", "nfs").
    expect(found('| 2026-08-01 | [NAS export failure](2026-08-01-hal-nfs-export-failure.md) | High |')).toEqual([]);
  });
});
