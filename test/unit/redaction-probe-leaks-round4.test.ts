import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';

/**
 * The fourth round of adversarial probes (session 14): people and systems in pasted structured
 * output (CSV, JSON, logfmt, Terraform plans, Kubernetes errors, calendar invitations, paging
 * logs, `git shortlog` and `git log` in a custom format), hosts whose label says they are
 * internal, and two false positives of the third round (`git@github.com:` of a clone address,
 * `www-data` in code). Every probe and every negative is text of our own writing.
 */
const options: RedactionOptions = { internalDomains: ['.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

/** `rule:matched text` for every finding, in order. */
const found = (text: string) => scanPublicText('post.mdx', text, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);
const people = (text: string) => found(text).filter((f) => /^redact\/(?:possible-)?person:/.test(f)).map((f) => f.replace(/^[^:]+:/, ''));

describe('false positives of the third round', () => {
  test('git@ before a code host and a colon is a clone address, not an e-mail address', () => {
    expect(found('```\ngit clone git@github.com:acme/pool.git\ngit remote add up git@gitlab.com:acme/pool.git\n```')).toEqual([]);
  });

  test('an e-mail address is still one, git@ included when no clone path follows', () => {
    expect(found('Write to git@acme.io or qorvath@acme.io.')).toEqual(['redact/email:git@acme.io', 'redact/email:qorvath@acme.io']);
  });

  test('accounts every machine has are no identifier in code', () => {
    expect(found('```\nsudo -u www-data php occ files:scan\nchown -R www-data:www-data /var/www\nssh ec2-user@10.0.0.1 true\nps -u systemd-resolve\n```').filter((f) => f.startsWith('redact/identifier'))).toEqual([]);
  });

  test('a made-up compound in code is still an identifier', () => {
    expect(found('```\nsudo -u zorblat-ledger php occ files:scan\n```')).toContain('redact/identifier:zorblat-ledger');
  });
});

describe('people in pasted structured output', () => {
  test.each([
    ['CSV under a login column', '```\nname,login,role\nVexmor Qalandri,qorvath,sre\n```', ['Vexmor Qalandri', 'qorvath']],
    ['CSV, quoted cells', '```csv\n"name","login"\n"Vexmor Qalandri","qorvath"\n```', ['Vexmor Qalandri', 'qorvath']],
    ['CSV under a user column', '```\nid,user,action\n1,qorvath,DELETE\n2,root,SELECT\n```', ['qorvath']],
    ['JSON author', '```json\n{"author": "Vexmor Qalandri", "action": "delete"}\n```', ['Vexmor Qalandri']],
    ['JSON user', '```json\n{"user": "qorvath", "action": "delete"}\n```', ['qorvath']],
    ['a Grafana annotation in JSON', '```json\n{"text": "rollback", "tags": ["deploy"], "login": "qorvath"}\n```', ['qorvath']],
    ['createdBy and updatedBy', '```\n"createdBy": "qorvath",\n"updatedBy": "zyltrin"\n```', ['qorvath', 'zyltrin']],
    ['a CI environment', '```\nGITHUB_ACTOR=qorvath\n```', ['qorvath']],
    ['a Terraform plan of an IAM user', '```\n  # aws_iam_user.qorvath will be destroyed\n  - resource "aws_iam_user" "qorvath" {\n```', ['qorvath', 'qorvath']],
    ['an iCalendar invitation', '```\nBEGIN:VEVENT\nORGANIZER;CN=Vexmor Qalandri:mailto:vq@acme.io\nATTENDEE;ROLE=REQ-PARTICIPANT;CN="Zyltrin Moss":mailto:zm@acme.io\n```', ['Vexmor Qalandri', 'Zyltrin Moss']],
    ['a pasted invitation', '```\nOrganizer: Vexmor Qalandri\nAttendees: qorvath, zyltrin\n```', ['Vexmor Qalandri', 'qorvath', 'zyltrin']],
    ['an Opsgenie log', '```\nOpsgenie: Alert acknowledged by Vexmor Qalandri\n```', ['Vexmor Qalandri']],
    ['a PagerDuty log', '```\n10:02 Incident escalated to Zyltrin Moss (level 2)\n```', ['Zyltrin Moss']],
    ['git shortlog -sn', '```\n    12\tVexmor Qalandri\n     3\tqorvath\n```', ['Vexmor Qalandri', 'qorvath']],
    ['git shortlog -sne', '```\n    12\tVexmor Qalandri <vq@acme.io>\n```', ['Vexmor Qalandri']],
    ['git log --pretty="%h - %an, %ar : %s"', '```\n3f2a9c1 - Vexmor Qalandri, 2 days ago : fix pool\n```', ['Vexmor Qalandri']],
    ['git log --pretty="%h %s (%cr) <%an>"', '```\n* 3f2a9c1 fix pool (2 days ago) <qorvath>\n```', ['qorvath']],
  ])('%s', (_, text, names) => {
    expect(people(text)).toEqual(names);
  });

  test.each([
    ['a stack trace under a home directory', '```\nTraceback (most recent call last):\n  File "/Users/qorvath/src/pool/main.py", line 3\n```', ['qorvath']],
    ['a Windows path', '```\nat Object.<anonymous> (C:\\Users\\qorvath\\pool\\index.js:3:9)\n```', ['qorvath']],
    ['Kubernetes refusing a user', '```\nWarning  FailedCreate  3m  replicaset  Error: User "qorvath" cannot list resource "pods"\n```', ['qorvath']],
    ['a shell prompt', '```\n[qorvath@pool-01 ~]$ systemctl restart pool\n```', ['qorvath']],
    ['an escalation policy named after someone', 'The escalation policy "Vexmor Qalandri – Primary" paged nobody.', ['Vexmor Qalandri']],
  ])('found before this round, still found: %s', (_, text, names) => {
    expect(people(text)).toEqual(names);
  });

  test('an SQL result with an e-mail column and a Terraform ARN of a user are found', () => {
    expect(found('```\n id | email\n----+------------------\n  1 | qorvath@acme.io\n```')).toEqual(['redact/email:qorvath@acme.io']);
    expect(found('```\n- arn = "arn:aws:iam::123456789012:user/qorvath"\n```')).toEqual(['redact/cloud-account:arn:aws:iam::123456789012:user/qorvath']);
  });

  test('tools, bots, system accounts and English in those places are no one', () => {
    for (const text of [
      '```json\n{"user": "root", "login": "dependabot", "author": "github-actions"}\n```',
      '```json\n{"actor": "system", "createdBy": "terraform", "author": "Renovate Bot"}\n```',
      '```\ncreated_by=scheduler triggered_by=cron\n```',
      '```\n  12\tdependabot[bot]\n   3\tRenovate Bot\n```',
      '```\n   12 /var/log\n```',
      'It failed 3 days ago, and again 2 hours ago. Kubernetes, 2 days ago, said the same.',
      '```\nUser "system:serviceaccount:kube-system:default" cannot list resource "pods"\n```',
      '```\nname,region,size\nZorblat,us-east-1,3\nPayments API,eu,2\n```',
      '```\nfoo(a, b)\nbar(c, d)\n```',
      '```\nOrganizer: Google Calendar\nAttendees: Payments team, SRE\n```',
      '```\nAlert acknowledged by Automation Rule\nIncident resolved by Site Reliability\nPR merged by Renovate Bot\nclosed by GitHub Actions\n```',
    ]) expect(people(text), text).toEqual([]);
  });
});

describe('leaks the third round left', () => {
  test.each([
    ['an emoji, a handle and what they do', ':eyes: qorvath is looking', ['qorvath']],
    ['a pictograph instead of a shortcode', '👀 qorvath is on it', ['qorvath']],
    ['initials after a bare time, speaking', '10:02 HB: on it\n10:03 TM: I’ll page the DBA\n- 10:04 QV: ack', ['HB', 'TM', 'QV']],
    ['a present participle in alt text', '![Vexmor restarting the pool](x.png)', ['Vexmor']],
    ['in an HTML alt attribute', '<img alt="Zyltrin debugging the cache" src="x.png">', ['Zyltrin']],
  ])('%s', (_, text, names) => {
    expect(people(text)).toEqual(names);
  });

  test('tools after an emoji, public names and English subjects in alt text are no one', () => {
    for (const text of [
      '10:02 LB: drained\n10:03 DB: failover complete\n10:04 LB: I/O errors on the backend\n10:05 LB: ok after restart',
      '10:05 SRE: on it\n10:06 DNS: thanks to the flush, resolving',
      ':eyes: kubelet is looking for the pod',
      ':warning: nginx is checking upstreams',
      ':eyes: someone is looking',
      '![Kubernetes restarting the pod](x.png)',
      '![Grafana showing the spike](x.png)',
      '![The Deployment rolling back](x.png)',
    ]) expect(people(text), text).toEqual([]);
  });
});

describe('hosts whose label says they are internal', () => {
  test.each([
    ['without a scheme', 'Pull from registry.acme-internal.com/pool:1.2', 'registry.acme-internal.com'],
    ['with a scheme', 'See https://intranet.acme.no/pages/x for the runbook.', 'intranet.acme.no'],
    ['a label starting with the word', 'Our tools live on internal-tools.acme.io.', 'internal-tools.acme.io'],
  ])('%s', (_, text, host) => {
    expect(found(text)).toContain(`redact/internal-host:${host}`);
  });

  test('the words in prose, paths, files, packages and placeholder hosts are not', () => {
    for (const text of [
      'Our internal team used the intranet.',
      'Edit `pkg/internal.go` and `src/internal/foo.ts`; see golang.org/x/internal.',
      'The internal.example.com host stands for yours.',
      'The vendor’s privacy-tools.com page.',
    ]) expect(found(text).filter((f) => f.startsWith('redact/internal-host')), text).toEqual([]);
  });
});

describe('self-hosted operations tools written without a scheme', () => {
  const withOrganisation: RedactionOptions = { ...options, orgScopes: ['acme'] };
  const foundForAcme = (text: string) => scanPublicText('post.mdx', text, withOrganisation).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);

  test.each([
    ['a VPN host', 'Connect to vpn.acme.io first.', ['redact/internal-link:vpn.acme.io']],
    ['a dashboard and a deploy tool', 'See grafana.acme.io/d/abc and argocd.acme.io.', ['redact/internal-link:grafana.acme.io/d/abc', 'redact/internal-link:argocd.acme.io']],
  ])('on the organisation\'s domain: %s', (_, text, findings) => {
    expect(foundForAcme(text)).toEqual(findings);
  });

  test('on another domain they are not: an open-source project names its public hosts', () => {
    expect(foundForAcme('Connect to vpn.jenkins.io, then argocd.vexmor.com.').filter((f) => f.startsWith('redact/internal-link'))).toEqual([]);
  });

  test('API groups, annotation keys, files, vendor sites and public page hosts are not', () => {
    for (const text of [
      '```yaml\napiVersion: traefik.containo.us/v1alpha1\nmetadata:\n  annotations:\n    argocd.argoproj.io/sync-wave: "7"\n    vault.hashicorp.com/agent-inject: "true"\n```',
      'Remove `argocd.argoproj.io/sync-wave` from the claim.',
      'Edit vault.config.json and grafana.ini; see grafana.com and jenkins.io.',
      'Docs at prometheus.example.com and vault.example.org/x/y, jenkins.acme.github.io.',
    ]) expect(foundForAcme(text).filter((f) => f.startsWith('redact/internal-link')), text).toEqual([]);
  });
});

describe('npm run redact on the new findings', () => {
  const withOrganisation: RedactionOptions = { ...options, orgScopes: ['acme'] };
  const fix = (source: string) => applyRedactionFixes(source, scanPublicText('post.mdx', source, withOrganisation).findings, { isMdx: true });

  test('alt text and a chat line get a role, hosts are wrapped with their path (since the fifth round), structured output is wrapped', () => {
    const result = fix('![Vexmor restarting the pool](x.png)\n\n<img alt="Zyltrin debugging the cache" src="x.png" />\n\n:eyes: qorvath is looking\n\nPull from registry.acme-internal.com/pool:1.2 after vpn.acme.io.\n\n```json\n{"author": "Vexmor Qalandri"}\n```\n');
    expect(result.source).toBe('![An engineer restarting the pool](x.png)\n\n<img alt="An engineer debugging the cache" src="x.png" />\n\n:eyes: <Internal>qorvath</Internal><PublicOnly>an engineer</PublicOnly> is looking\n\nPull from <Internal>registry.acme-internal.com/pool:1.2</Internal> after<Internal> vpn.acme.io</Internal>.\n\n<Internal>\n```json\n{"author": "Vexmor Qalandri"}\n```\n</Internal>\n');
    expect(result.skipped).toEqual([]);
  });
});
