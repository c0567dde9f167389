import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';

/**
 * The third round of adversarial probes (session 13): a person or internal system hidden the
 * way real postmortems carry them, in pasted command output (git blame, ls -l, ps, a
 * kubeconfig), a chat transcript (initials after a bracketed time, a Slack copy's header line),
 * ticket and e-mail fields, bylines, captions, sign-offs, timeline entries in the present tense,
 * rota tables and escalation lines, and a repository whose organisation says it is internal.
 * Every probe and every negative is text of our own writing.
 */
const options: RedactionOptions = { internalDomains: ['.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

/** `rule:matched text` for every finding, in order. */
const found = (text: string) => scanPublicText('post.mdx', text, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);
const people = (text: string) => found(text).filter((f) => /^redact\/(?:possible-)?person:/.test(f)).map((f) => f.replace(/^[^:]+:/, ''));

describe('the user column of pasted command output', () => {
  test.each([
    ['git blame, a full name', '```\n3f2a9c1d (Vexmor Qalandri 2025-02-28 14:02:11 +0100 42)   timeout: 30s\n```', ['Vexmor Qalandri']],
    ['git blame with a file column, a handle', '```\n^3f2a9c1 pool.yaml (qorvath 2025-02-28 14:02:11 +0100 42) x\n```', ['qorvath']],
    ['ls -l, owner and group', '```\n-rw-r--r-- 1 qorvath zyltrin 1024 Mar  1 10:00 pool.conf\n```', ['qorvath', 'zyltrin']],
    ['ps aux', '```\nUSER PID %CPU %MEM\nqorvath   4123  0.0  0.1 123 456 pts/0 S 10:00 0:00 bash\n```', ['qorvath']],
    ['a kubeconfig user', '```yaml\nusers:\n- name: qorvath\n  user:\n    token: REDACTED\n```', ['qorvath']],
    ['a Slack copy, handle', '```\nqorvath  10:02 AM\nrestarting now\n```', ['qorvath']],
    ['a Slack copy, full name', 'Vexmor Qalandri  10:02 AM\nrestarting now', ['Vexmor Qalandri']],
    ['a paging log', '```\nIncident #4512 acknowledged by qorvath via Slack\n```', ['qorvath']],
  ])('%s', (_, text, names) => {
    expect(people(text)).toEqual(names);
  });

  test('system accounts, groups and tools are no one', () => {
    for (const text of [
      '```\n3f2a9c1d (Not Committed Yet 2025-02-28 14:02:11 +0100 42) x\n```',
      '```\n-rw-r--r-- 1 root root 1024 Mar  1 10:00 pool.conf\ndrwxr-xr-x 2 nobody staff 4096 Mar  1 10:00 logs\n```',
      '```\npostgres  4123  0.0  0.1 123 456 ?  Ss 10:00 0:00 postgres\nroot         1  0.0  0.1 1 2 ? Ss 10:00 0:01 /sbin/init\n```',
      '```yaml\nusers:\n- name: kubernetes-admin\n- name: docker-desktop\nclusters:\n- name: zyltrin\n```',
      'Deploy Bot  10:02 AM',
      '```\nsd_notify: notified systemd of readiness\nasked kubelet to restart\nreviewed by maintainers\ntold nginx to reload\n```',
    ]) expect(found(text), text).toEqual([]);
  });
});

describe('chat transcripts', () => {
  test('initials after a bracketed time are the speaker', () => {
    expect(people('[10:02] QV: on it\n[10:03] ZT: thanks')).toEqual(['QV', 'ZT']);
  });

  test('roles and acronyms after a time, and initials without brackets before words no person says, are not', () => {
    expect(found('[10:02] SRE: paging the DBA\n[10:03] DNS: resolution failing\n10:04 HB: unclear without brackets')).toEqual([]);
  });
});

describe('ticket fields, e-mail headers, bylines and captions', () => {
  test.each([
    ['Reported by: qorvath', ['qorvath']],
    ['```\nAssignee: Vexmor Qalandri\nReporter: Zyltrin Moss\n```', ['Vexmor Qalandri', 'Zyltrin Moss']],
    ['```\nFrom: Vexmor Qalandri\nSubject: pool\n```', ['Vexmor Qalandri']],
    ['_By Vexmor, SRE_', ['Vexmor']],
    ['*Figure 2: screenshot by Vexmor*', ['Vexmor']],
    ['See the write-up by Vexmor.', ['Vexmor']],
    ['See [Vexmor’s write-up](https://example.com/x).', ['Vexmor']],
  ])('%s', (text, names) => {
    expect(people(text)).toEqual(names);
  });

  test('tools, companies and English in those places are no one', () => {
    for (const text of [
      '```\nReporter: Automation for Jira\nAssignee: Unassigned\nFrom: Cloudflare\n```',
      'Opened by: dependabot',
      'By Monday, all pools were drained.',
      'By default, retries are off.',
      'The patch by Microsoft fixed it, and the graph by Grafana showed it.',
    ]) expect(found(text), text).toEqual([]);
  });
});

describe('help, notes and roles', () => {
  test.each([
    ['Fixed with help from Vexmor.', ['Vexmor']],
    ['## Notes from Vexmor', ['Vexmor']],
    ['Vexmor was IC.', ['Vexmor']],
    ['Vexmor was the incident commander until noon.', ['Vexmor']],
  ])('%s', (text, names) => {
    expect(people(text)).toEqual(names);
  });

  test('data from a thing and help from a public company stay things', () => {
    expect(found('We took the data from Zuvora and got help from AWS support.')).toEqual([]);
  });
});

describe('timeline entries in the present tense', () => {
  test.each([
    '10:02 — Vexmor restarts the pool',
    '- **10:02 UTC** Vexmor acknowledges the page',
    '| 10:02 | Vexmor rolls back the release |',
  ])('%s', (text) => {
    expect(people(text)).toEqual(['Vexmor']);
  });

  test('systems acting in a timeline are not people', () => {
    expect(found('10:02 — Kubernetes restarts the pod\n10:05 Traffic recovers\n10:07 — Errors drop to zero')).toEqual([]);
  });
});

describe('sign-offs', () => {
  test.each([
    ['Cheers,\nVexmor', ['Vexmor']],
    ['Thanks!\n\n— qorvath, SRE', ['qorvath']],
  ])('%s', (text, names) => {
    expect(people(text)).toEqual(names);
  });

  test('a team or a sentence after a closing is no signature', () => {
    expect(found('Thanks,\nThe SRE team')).toEqual([]);
    expect(found('Thanks!\nMore details follow below.')).toEqual([]);
  });
});

describe('rotas and escalation lines', () => {
  test.each([
    ['| Week | Primary | Secondary |\n| --- | --- | --- |\n| 9 | qorvath | zyltrin |', ['qorvath', 'zyltrin']],
    ['Escalation: Tier 1 → qorvath → zyltrin', ['qorvath', 'zyltrin']],
  ])('%s', (text, names) => {
    expect(people(text)).toEqual(names);
  });

  test('regions and tiers in those places are no one', () => {
    expect(found('| Primary | Secondary |\n| --- | --- |\n| us-east-1 | eu-west-1 |')).toEqual([]);
    expect(found('Escalation: Tier 2 support')).toEqual([]);
  });
});

describe('a repository whose name says it is not public', () => {
  test.each([
    'See https://github.com/vexmor-internal/runbooks/blob/main/pool.md.',
    'See https://gitlab.com/vexmor/runbooks-private/-/issues/4.',
    'See https://github.com/vexmor_confidential/infra.',
  ])('%s', (text) => {
    expect(found(text).map((f) => f.split(':')[0])).toEqual(['redact/internal-link']);
  });

  test('public repositories whose paths say internal or privacy are public', () => {
    expect(found('See https://github.com/golang/go/tree/master/src/internal/poll and https://github.com/vexmorlabs/privacy-tools.')).toEqual([]);
  });
});

describe('system files and login output pasted as code', () => {
  test.each([
    ['a system crontab line', '```\n0 3 * * * qorvath /usr/local/bin/rotate.sh\n```', ['qorvath']],
    ['last', '```\nqorvath  pts/0  192.0.2.10  Mon Mar  1 10:00   still logged in\n```', ['qorvath']],
    ['who', '```\nqorvath  pts/1  2025-03-01 10:02 (192.0.2.10)\n```', ['qorvath']],
    ['a sudoers rule', '```\nqorvath ALL=(ALL) NOPASSWD: ALL\n```', ['qorvath']],
    ['an /etc/passwd entry and its full name', '```\nqorvath:x:1001:1001:Vexmor Qalandri,,,:/srv/q:/bin/bash\n```', ['qorvath', 'Vexmor Qalandri']],
    ['an RBAC subject', '```yaml\nsubjects:\n- kind: User\n  name: qorvath\n```', ['qorvath']],
  ])('%s', (_, text, names) => {
    expect(people(text)).toEqual(names);
  });

  test('system accounts, groups, commands and service accounts are no one', () => {
    for (const text of [
      '```\n0 3 * * * root /usr/local/bin/rotate.sh\n0 4 * * * /usr/local/bin/backup.sh\n```',
      '```\nroot     pts/0  192.0.2.10  Mon Mar  1 10:00   still logged in\n```',
      '```\nroot ALL=(ALL:ALL) ALL\n%sudo ALL=(ALL) ALL\n```',
      '```\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\npostgres:x:112:120:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash\n```',
      '```yaml\nsubjects:\n- kind: ServiceAccount\n  name: pool-tuner\n```',
    ]) expect(found(text), text).toEqual([]);
  });
});

describe('more places only a person stands in', () => {
  test.each([
    ['| Issue | Reported by |\n| --- | --- |\n| pool full | qorvath |', ['qorvath']],
    ['| Alert | Acked by |\n| --- | --- |\n| pool full | qorvath |', ['qorvath']],
    ['![Graph annotated by qorvath](./g.png)', ['qorvath']],
    ['Posted on behalf of Vexmor.', ['Vexmor']],
    ['"We should have drained it first," said Vexmor.', ['Vexmor']],
    ['"Drain it first", Vexmor wrote.', ['Vexmor']],
    [':rotating_light: qorvath: paging now', ['qorvath']],
  ])('%s', (text, names) => {
    expect(people(text)).toEqual(names);
  });

  test('roles, companies, messages and English labels in those places are no one', () => {
    for (const text of [
      '| Fixed in | Reported by |\n| --- | --- |\n| the next release | customer support |',
      'Posted on behalf of Google and on behalf of the customer.',
      '"Retry later," said the error message.',
      ':warning: deprecated: use the v2 endpoint',
      '✅ done: all checks green',
    ]) expect(found(text), text).toEqual([]);
  });
});

describe('private repositories, images and packages without a scheme', () => {
  test.each([
    ['See github.com/vexmor-internal/runbooks for steps.', 'redact/internal-link:github.com/vexmor-internal/runbooks'],
    ['The image ghcr.io/vexmor-internal/pool:1.2 was rolled back.', 'redact/internal-link:ghcr.io/vexmor-internal/pool'],
    ['We bumped @vexmor-internal/pool-client to 2.1.', 'redact/handle:@vexmor-internal/pool-client'],
  ])('%s', (text, finding) => {
    expect(found(text)).toEqual([finding]);
  });

  test('public repositories, images and packages are public', () => {
    // Owners named as organisations name themselves (`-labs`): a coined one-word owner is a guess since probe round 49.
    expect(found('See github.com/vexmorlabs/pool, ghcr.io/vexmorlabs/pool:1.2, @astrojs/mdx and @types/node.')).toEqual([]);
  });
});

describe("links into a team's own workspaces and self-hosted tools", () => {
  test.each([
    'https://vexmor.sharepoint.com/sites/eng/pool.docx',
    'https://manage.statuspage.io/pages/abc/incidents/xyz',
    'https://app.terraform.io/app/vexmor/workspaces/prod-pool',
    'https://one.newrelic.com/launcher/dashboards?account=1234567',
    'https://ui.honeycomb.io/vexmor/datasets/pool',
    'https://www.figma.com/file/abc/Pool-diagram',
    'https://miro.com/app/board/uXjVO=/',
    'https://rancher.vexmor.io/dashboard/c/local',
    'https://bastion.vexmor.io/',
  ])('%s', (link) => {
    expect(found(`See ${link} for details.`)).toEqual([`redact/internal-link:${link}`]);
  });

  test("the vendors' blogs, status pages, community files and own sites are public", () => {
    for (const text of [
      'See https://www.honeycomb.io/blog/incident-review/ and https://status.honeycomb.io/incidents/abc.',
      'See https://circleci.statuspage.io/incidents/hr0 and https://www.figma.com/community/file/123.',
      'See https://rancher.com/docs/ and https://www.keycloak.org/docs/.',
    ]) expect(found(text), text).toEqual([]);
  });
});

describe('npm run redact on the new findings', () => {
  const fix = (source: string) => applyRedactionFixes(source, scanPublicText('post.mdx', source, options).findings, { isMdx: true });

  test('a chat speaker in initials and a sign-off become a role', () => {
    expect(fix('[10:02] QV: on it').source).toBe('[10:02] <Internal>QV</Internal><PublicOnly>An engineer</PublicOnly>: on it');
    expect(fix('Cheers,\nVexmor').source).toBe('Cheers,\n<Internal>Vexmor</Internal><PublicOnly>An engineer</PublicOnly>');
  });

  test('timeline entries, cells, quotes and fields get a role; a repository and pasted output are wrapped', () => {
    const source = '10:02 — Vexmor acknowledges the page\n\nSee github.com/vexmor-internal/runbooks for steps.\n\n| Issue | Reported by |\n| --- | --- |\n| pool full | qorvath |\n\n"Drain it first," said Vexmor.\n\nReporter: Zyltrin Moss\n\n```\n3f2a9c1d (Zyltrin Moss 2025-02-28 14:02:11 +0100 42) x\n```\n';
    const result = fix(source);
    expect(result.source).toBe('10:02 — <Internal>Vexmor</Internal><PublicOnly>An engineer</PublicOnly> acknowledges the page\n\nSee <Internal>github.com/vexmor-internal/runbooks</Internal> for steps.\n\n| Issue | Reported by |\n| --- | --- |\n| pool full | <Internal>qorvath</Internal><PublicOnly>An engineer</PublicOnly> |\n\n"Drain it first," said <Internal>Vexmor</Internal><PublicOnly>an engineer</PublicOnly>.\n\nReporter: <Internal>Zyltrin Moss</Internal><PublicOnly>An engineer</PublicOnly>\n\n<Internal>\n```\n3f2a9c1d (Zyltrin Moss 2025-02-28 14:02:11 +0100 42) x\n```\n</Internal>\n');
    expect(result.skipped).toEqual([]);
  });
});
