import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';

/**
 * The fifth round of adversarial probes (session 15): the fourth round's leftovers (YAML
 * `owner:`, a handle after a bare "by", a tool host and one path segment, "X Y dashboard") and
 * places not tried before (JQL, e-mail To/Cc headers, `git config user.name`, kubectl contexts,
 * hosts named by connection errors, Slack's channel references, GitHub team handles and pages,
 * SaaS tenants without a configured organisation, machines under an environment's label), with
 * negatives shaped like the published reports of the measured corpora. Every probe and every
 * negative is text of our own writing. No list knows any name here.
 */
const options: RedactionOptions = { internalDomains: ['.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
const withOrganisation: RedactionOptions = { ...options, orgScopes: ['acme'] };

/** `rule:text@line:column` for every finding, in order. */
const found = (text: string, settings = options) =>
  scanPublicText('post.mdx', text, settings).findings.map((f) => `${f.rule}:${redactionFindingText(f)}@${f.line}:${f.column}`);

describe('people in structured output, headers and queries', () => {
  test.each([
    ['YAML owner in code', '```yaml\nservice: ledger\nowner: qorvath\n```', ['redact/person:qorvath@3:8']],
    ['a frontmatter-like snippet with an assignee', '```\n---\ntitle: Pool exhaustion\nassignee: qorvath\n---\n```', ['redact/person:qorvath@4:11']],
    ['YAML owner as a full name', '```yaml\nowner: Vexmor Qalandri\n```', ['redact/person:Vexmor Qalandri@2:8']],
    ['a YAML list of owners', '```yaml\nowners:\n  - qorvath\n  - zyltrin\n```', ['redact/person:qorvath@3:5', 'redact/person:zyltrin@4:5']],
    ['an on-call rota', '```yaml\noncall:\n  primary: qorvath\n  secondary: zyltrin\n```', ['redact/person:qorvath@3:12', 'redact/person:zyltrin@4:14']],
    ['a Kubernetes label', '```yaml\nmetadata:\n  labels:\n    owner: qorvath\n```', ['redact/person:qorvath@4:12']],
    ['a Terraform tag', '```hcl\ntags = {\n  Owner = "qorvath"\n}\n```', ['redact/person:qorvath@3:12']],
    ['an AWS CLI tag', '```\naws ec2 create-tags --tags Key=Owner,Value=qorvath\n```', ['redact/person:qorvath@2:44']],
    ['a JSON assignee', '```json\n{"state": "open", "assignee": "Vexmor Qalandri"}\n```', ['redact/person:Vexmor Qalandri@2:32']],
    ['a JQL filter', '```\nproject = OPS AND assignee = qorvath ORDER BY created\n```', ['redact/person:qorvath@2:30']],
    ['a JQL list', '```\nreporter in (qorvath, zyltrin)\n```', ['redact/person:qorvath@2:14', 'redact/person:zyltrin@2:23']],
    ['e-mail Cc header with names beside addresses', '```\nCc: qorvath@acme.io, Zyltrin Moss <zm@acme.io>\n```', ['redact/email:qorvath@acme.io@2:5', 'redact/person:Zyltrin Moss@2:22', 'redact/email:zm@acme.io@2:36']],
    ['e-mail To header', 'To: Vexmor Qalandri', ['redact/person:Vexmor Qalandri@1:5']],
    ['GitHub\'s /cc convention', '/cc qorvath zyltrin', ['redact/person:qorvath@1:5', 'redact/person:zyltrin@1:13']],
    ['git config', '```\ngit config --global user.name "Vexmor Qalandri"\n```', ['redact/person:Vexmor Qalandri@2:32']],
    ['git author in the environment', '```\nexport GIT_AUTHOR_NAME="Vexmor Qalandri"\n```', ['redact/person:Vexmor Qalandri@2:25']],
    ['a mail spool', '```\n-rw------- 1 root mail 0 Mar  1 /var/mail/qorvath\n```', ['redact/person:qorvath@2:43']],
    ['a user crontab', 'The job lived in /var/spool/cron/crontabs/qorvath.', ['redact/person:qorvath@1:43']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });
});

describe('a handle after "by"', () => {
  test.each([
    ['after a pull request', 'Fixed in acme/pool#1234 by qorvath.', ['redact/person:qorvath@1:28']],
    ['after an issue number', 'Fixed in #1234 by qorvath.', ['redact/person:qorvath@1:19']],
    ['after a commit', 'Reverted in 3f2a9c1 by qorvath.', ['redact/person:qorvath@1:24']],
    ['merged by', 'The revert was merged by qorvath at 10:40.', ['redact/person:qorvath@1:26']],
    ['rolled back by', 'It was rolled back by zyltrin.', ['redact/person:zyltrin@1:23']],
    ['with an at sign', 'Fixed in acme/pool#1234 by @qorvath.', ['redact/handle:@qorvath@1:28']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });
});

describe('a full name in a link\'s path', () => {
  test('a first name and an unknown surname in a link\'s path', () => {
    expect(found('Notes: https://wiki.example.com/display/ENG/sarah-qalandri-notes')).toEqual(['redact/possible-person:sarah-qalandri@1:45']);
    expect(found('See https://files.example.com/sarah_qalandri/pool.txt')).toEqual(['redact/possible-person:sarah_qalandri@1:31']);
    // A scheme with `+` (pip's `git+https://`) is a link too, read to its path.
    expect(found('```\npip install git+https://github.com/sarah-qalandri/pool-tuner.git\n```')).toEqual(['redact/possible-person:sarah-qalandri@2:36']);
  });
});

describe('links, hosts and names of internal systems', () => {
  test.each([
    ['a Grafana Cloud stack', 'See https://acme.grafana.net/d/pool/ledger for the graph.', ['redact/internal-link:https://acme.grafana.net/d/pool/ledger@1:5']],
    ['a Grafana Cloud stack without a scheme', 'See acme.grafana.net/d/pool for the graph.', ['redact/internal-link:acme.grafana.net/d/pool@1:5']],
    ['a Zendesk ticket', 'Reported in https://vexmor.zendesk.com/agent/tickets/4512.', ['redact/internal-link:https://vexmor.zendesk.com/agent/tickets/4512@1:13']],
    ['an Okta tenant', 'Sign in at vexmor.okta.com first.', ['redact/internal-link:vexmor.okta.com@1:12']],
    ['a ServiceNow instance', 'Change https://vexmor.service-now.com/change_request.do?sys_id=1 was approved.', ['redact/internal-link:https://vexmor.service-now.com/change_request.do?sys_id=1@1:8']],
    ['an incident tool', 'Declared in https://app.incident.io/vexmor/incidents/42.', ['redact/internal-link:https://app.incident.io/vexmor/incidents/42@1:13']],
    ['a GitHub team page', 'Ask https://github.com/orgs/acme/teams/ledger-oncall for access.', ['redact/internal-link:https://github.com/orgs/acme/teams/ledger-oncall@1:5']],
    ['a GitHub team handle', 'Escalated to @acme/sre-oncall.', ['redact/handle:@acme/sre-oncall@1:14']],
    ['a Slack channel reference', 'Posted in <#C024BE7LH|inc-ledger>.', ['redact/channel:<#C024BE7LH|inc-ledger>@1:11']],
    ['a kubectl context', '```\nkubectl config use-context payments-prod\n```', ['redact/identifier:payments-prod@2:28']],
    ['a kubeconfig\'s current context', '```yaml\ncurrent-context: payments-prod\n```', ['redact/identifier:payments-prod@2:18']],
    ['a cluster of gcloud', '```\ngcloud container clusters get-credentials ledger-main --zone europe-west1-b\n```', ['redact/identifier:ledger-main@2:43']],
    ['a Redis connection error', '```\nredis.exceptions.ConnectionError: Error 111 connecting to ledgercache:6379. Connection refused.\n```', ['redact/internal-host:ledgercache@2:59']],
    ['Go\'s resolver', '```\ndial tcp: lookup ledgerdb on 10.0.0.2:53: no such host\n```', ['redact/internal-host:ledgerdb@2:18', 'redact/ip-address:10.0.0.2@2:30']],
    ['Node\'s resolver', '```\nError: getaddrinfo ENOTFOUND ledgerdb\n```', ['redact/internal-host:ledgerdb@2:30']],
    ['Java\'s resolver', '```\njava.net.UnknownHostException: ledgerdb: Name or service not known\n```', ['redact/internal-host:ledgerdb@2:32']],
    ['libpq', '```\npsycopg2.OperationalError: could not translate host name "ledgerdb" to address\n```', ['redact/internal-host:ledgerdb@2:59']],
    ['Python requests', '```\nHTTPConnectionPool(host=\'ledgerdb\', port=8080): Max retries exceeded\n```', ['redact/internal-host:ledgerdb@2:26']],
    ['a machine under an environment\'s label', '```\nHTTPSConnectionPool(host=\'ledger-01.prod.acme.io\', port=443)\n```', ['redact/internal-host:ledger-01.prod.acme.io@2:27']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });

  test.each([
    ['a tool host and one path segment', 'Sync it from argocd.acme.io/applications now.', ['redact/internal-link:argocd.acme.io/applications@1:14']],
    ['Gerrit', 'Reviewed-on: https://gerrit.acme.io/c/pool/+/1234', ['redact/internal-link:https://gerrit.acme.io/c/pool/+/1234@1:14']],
    ['Gerrit without a scheme', 'See gerrit.acme.io/c/pool/+/1234', ['redact/internal-link:gerrit.acme.io/c/pool/+/1234@1:5']],
  ])('with the organisation configured: %s', (_, text, findings) => {
    expect(found(text, withOrganisation)).toEqual(findings);
  });

  test('an API group and an annotation key on the organisation\'s domain are still no tool page', () => {
    expect(found('```yaml\napiVersion: vault.acme.io/v1beta1\nmetadata:\n  annotations:\n    argocd.acme.io/sync-wave: "7"\n```', withOrganisation)).toEqual([]);
  });
});

describe('found before this round, probed again', () => {
  test.each([
    ['a Slack archive link', 'See https://acme-corp.slack.com/archives/C024BE7LH/p1700000000 for the thread.', 'redact/internal-link:https://acme-corp.slack.com/archives/C024BE7LH/p1700000000@1:5'],
    ['a Datadog dashboard with an owner', 'The board https://app.datadoghq.com/dashboard/abc-123?owner=qorvath showed it.', 'redact/internal-link:https://app.datadoghq.com/dashboard/abc-123?owner=qorvath@1:11'],
    ['a Jira tenant', 'Tracked at https://acme.atlassian.net/browse/OPS-1234.', 'redact/internal-link:https://acme.atlassian.net/browse/OPS-1234@1:12'],
    ['a PagerDuty tenant', 'https://acme.pagerduty.com/incidents/Q1W2E3', 'redact/internal-link:https://acme.pagerduty.com/incidents/Q1W2E3@1:1'],
    ['an Opsgenie tenant', 'https://acme.app.opsgenie.com/alert/detail/abc', 'redact/internal-link:https://acme.app.opsgenie.com/alert/detail/abc@1:1'],
    ['an image under a namespace named internal', 'Pull docker.io/acme-internal/pool-tuner:1.2 first.', 'redact/internal-link:docker.io/acme-internal/pool-tuner@1:6'],
    ['a Slack user id', 'Then <@U024BE7LH> restarted it.', 'redact/handle:@U024BE7LH@1:7'],
    ['a commit trailer of a handle', '```\nCo-authored-by: qorvath <qorvath@users.noreply.github.com>\n```', 'redact/person:qorvath@2:17'],
    ['an e-mail local part without a domain', 'Mail went to qorvath@mailhub and bounced.', 'redact/person:qorvath@1:14'],
    ['a one-word footnote label that is a first name and nothing else', 'The pool was drained.[^marta]\n\n[^marta]: see the thread.', 'redact/possible-person:marta@1:24'],
    // The language model reads a first name it knows and a surname as a person before a noun too.
    ['a known first name and a surname before "dashboard"', 'We watched the Sarah Qalandri dashboard.', 'redact/person:Sarah Qalandri@1:16'],
  ])('%s', (_, text, finding) => {
    expect(found(text)).toContain(finding);
  });
});

describe('known limits: still published, asserted as they are', () => {
  test.each([
    // A person's namespace has the shape of every public image (`bitnami/redis`, `linuxserver/…`);
    // since the seventh round one is found when it reads as a personal handle (`jsmith`) or the
    // post gives the person's name, and "qorvath" does neither.
    ['an image under a person\'s namespace on GHCR', 'The image ghcr.io/qorvath/pool-tuner:latest was stale.'],
    ['an image under a person\'s namespace on Docker Hub', '```\ndocker pull docker.io/qorvath/pool-tuner:latest\n```'],
    // Only a first name that is nothing else makes the pair a name: "tove" is in no lexicon.
    ['a name in a link\'s path with a first name no lexicon knows', 'Notes: https://wiki.example.com/display/ENG/tove-qalandri-notes'],
    // A handle after "run by" is a guess since the seventh round (redaction-probe-leaks-round7.test.ts).
    // Two words no dictionary knows before a noun of things read as a product ("Zuvora Kite app").
    ['two unknown words before "dashboard"', 'We watched the Tove Qalandri dashboard.'],
    // Labels of published reports are such words too (`[^typosquatting]`). "tove" is found since
    // the nineteenth probe round (a given name of another language), and the public site numbers
    // every label (public-footnote-labels.ts); a made-up one is still no finding.
    ['a footnote label no list or dictionary knows', 'The pool was drained.[^qalvor]\n\n[^qalvor]: see the thread.'],
    // Without the organisation a host of a tool and a path looks like a vendor's page.
    ['Gerrit without the organisation', 'Reviewed-on: https://gerrit.vexmor.com/c/pool/+/1234'],
  ])('%s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('shaped like published reports: not findings', () => {
  test.each([
    ['owners that are teams', '```yaml\nowner: payments-team\nmaintainer: sre\nowners:\n  - platform-team\n  - data_eng\n```'],
    ['primary and secondary that are no one', '```yaml\nprimary: yes\nsecondary: postgres\nprimary: "true"\n```'],
    ['owner in a sentence', 'The owner: the on-call engineer of the week.'],
    ['JQL of the signed-in user', '```\nassignee = currentUser() AND reporter is EMPTY\n```'],
    ['Cc and To of teams', 'Cc: Customer Support\nTo: All Engineering'],
    ['connecting to things in prose', 'The user had connected to wifi. Operators could not connect to datacenter racks; a protocol error in connection to gcr.io:443; the API connection to stunnel.'],
    ['a lookup table', 'We added a lookup table for zones.'],
    ['local clusters and environments', '```\nkubectl --context minikube get pods\nkubectl config use-context kind-kind\nkubectl --context prod get nodes\nkubectl config use-context my-cluster\n```'],
    ['scoped packages', 'We upgraded @types/node, @nestjs/platform-express and @octokit/rest.'],
    ['bots after "by"', 'Merged by bors. Fixed in #1234 by dependabot[bot], merged by renovate[bot].'],
    ['English after "by"', 'Fixed by upgrading the driver; merged by hand; reverted by default.'],
    ['placeholder and vendor tenants', 'Their runbook https://example.okta.com/help, https://www.okta.com/ and https://developer.okta.com/docs are public; so is grafana.com/docs.'],
    ['a LinkedIn article named after its author', 'Read https://www.linkedin.com/pulse/outage-lessons-sarah-qalandri for the background.'],
    ['words of a path', 'See https://github.com/grafana/loki/blob/main/docs/sources/operations/storage.md and https://example.com/2020/01/sarah.html'],
    ['a public CDN\'s environment label', 'Assets from cdn.prod.website-files.com failed to load.'],
    ['a public host in a connection error', '```\nError: getaddrinfo ENOTFOUND registry.npmjs.org\nconnecting to localhost:6379\n```'],
  ])('%s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('npm run redact fixes the whole address, not its host alone', () => {
  const fix = (source: string, isMdx: boolean) => applyRedactionFixes(source, scanPublicText(isMdx ? 'post.mdx' : 'post.md', source, withOrganisation).findings, { isMdx }).source;

  test('in an .mdx body the path, port and query are wrapped with the host', () => {
    expect(fix('Pull from registry.acme-internal.com/pool:1.2 first.\n', true)).toBe('Pull from <Internal>registry.acme-internal.com/pool:1.2</Internal> first.\n');
    expect(fix('The resolver at 10.0.0.2:53 timed out.\n', true)).toBe('The resolver at <Internal>10.0.0.2:53</Internal> timed out.\n');
    // Before a comma the space before it goes too ("Open , then retry" before redact round 36).
    expect(fix('Open db7.corp/admin?tab=locks, then retry.\n', true)).toBe('Open<Internal> db7.corp/admin?tab=locks</Internal>, then retry.\n');
  });

  test('a scheme and a user before a host of one label are part of its address', () => {
    const result = fix('Point it at postgres://app@ledgerdb:5432/ledger again.\n', true);
    expect(result).toBe('Point it at <Internal>postgres://app@ledgerdb:5432/ledger</Internal> again.\n');
  });

  test('in a .md body the whole address becomes the generic phrase', () => {
    expect(fix('Pull from registry.acme-internal.com/pool:1.2 first.\n', false)).toBe('Pull from an internal host first.\n');
    expect(fix('The resolver at 10.0.0.2:53 timed out.\n', false)).toBe('The resolver at an internal host timed out.\n');
  });

  test('a host without a path is wrapped alone, and a sentence\'s full stop stays outside', () => {
    // At the sentence's end its preposition goes with it: "Connect to ." before redact round 36.
    expect(fix('Connect to vpn.acme.io.\n', true)).toBe('Connect<Internal> to vpn.acme.io</Internal>.\n');
    expect(fix('See registry.acme-internal.com/pool.\n', true)).toBe('See<Internal> registry.acme-internal.com/pool</Internal>.\n');
  });
});
