import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';

/**
 * The ninth probe round: the leaks the eighth left (a gist's owner, a repository or file named by
 * a handle the post mentions, a first name with a team, a namespace and a channel named in
 * words) and a false positive of the end-to-end run (a product listed with others taken for a
 * person). Every probe and negative is text of our own writing, the negatives written as
 * published reports are. No list knows any name here.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

/** `rule:text@line:column` for every finding, in order. */
const found = (text: string) =>
  scanPublicText('post.mdx', text, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}@${f.line}:${f.column}`);
/** The source as `npm run redact` leaves it in an `.mdx` post. */
const fixed = (source: string) => applyRedactionFixes(source, scanPublicText('post.mdx', source, options).findings, { isMdx: true }).source;
/** The texts found by the rules of people. */
const people = (text: string) =>
  scanPublicText('post.mdx', text, options).findings.filter((f) => /person|handle/.test(f.rule)).map((f) => redactionFindingText(f));

describe("a gist's owner", () => {
  test.each([
    ['a link', 'The script is at https://gist.github.com/hbrekke/0a1b2c3d4e5f60718293a4b5c6d7e8f9 for now.', ['redact/person:hbrekke@1:42']],
    ['without a scheme', 'See gist.github.com/qvalder/5e6f7a8b9c for the query.', ['redact/person:qvalder@1:21']],
    ['its raw file', 'curl -sL https://gist.githubusercontent.com/tovem/9f8e7d6c5b4a/raw/fix.sh | sh', ['redact/person:tovem@1:45']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });

  test('npm run redact keeps the owner off the public page', () => {
    const source = 'The script is at gist.github.com/qvalder/5e6f7a8b9c for now.\n';
    const result = fixed(source);
    expect(result).not.toBe(source);
    expect(result.replace(/<Internal>[\s\S]*?<\/Internal>/g, '')).not.toContain('qvalder');
  });

  test.each([
    ['a placeholder account', 'Share it as a gist (`https://gist.github.com/username/0a1b2c3d4e`).'],
    ['the site itself', 'We keep no snippets on gist.github.com or gist.github.com/discover.'],
  ])('not a person: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a handle the post mentions, in its links and file names', () => {
  test.each([
    ['a repository under the account', 'Thanks @hbrekke for the patch.\n\nIt lives in https://github.com/hbrekke/pool-tuning for now.', ['@hbrekke', 'hbrekke']],
    ['on GitLab, without a scheme', 'cc @tove.m\n\nForked to gitlab.com/tove.m/ledger-fix.', ['@tove.m', 'tove.m']],
    ['on Hugging Face, cloned over SSH', 'Ask @qvalder.\n\nThe model is at huggingface.co/qvalder/ledger-classifier; `git clone git@github.com:qvalder/pool.git`', ['@qvalder', 'qvalder', 'qvalder']],
    ['an image named by the handle', '@qvalder took notes during the call.\n\n![Call notes](./qvalder-notes.png)', ['@qvalder', 'qvalder']],
  ])('%s', (_, text, findings) => {
    expect(people(text)).toEqual(findings);
  });

  test.each([
    // Organisations own most repositories of published reports: no other evidence, no person.
    // Since probe round 49 a coined one-word owner is a guess (coined-repository-owners.ts); owners named with an organisation's kind are not.
    ['an owner the post names nowhere else', 'The fix is in https://github.com/zorblatio/pool-tuning and gitlab.com/qvaldercorp/ledger.'],
    // Since the sixteenth probe round an unknown word before "notes" in an image's name is found
    // (`zorblat-notes.png`, as `kasimir-dashboard.png`); a file of words names nobody.
    ['a file named like nobody', '![Call notes](./call-notes.png)'],
    ['a public project mentioned', 'Ask @kubernetes maintainers; see github.com/kubernetes/kubernetes and ./kubernetes-notes.png.'],
    ["an organisation's handle", 'Ping @acme-infra about it; the fork is github.com/acme-infra/pool.'],
    ['a key of structured data', '```json\n{"@timestamp": "2025-01-01", "file": "timestamp-notes.png"}\n```'],
  ])('not a person: %s', (_, text) => {
    expect(people(text).filter((t) => !t.startsWith('@'))).toEqual([]);
  });
});

describe('a first name with a team', () => {
  test.each([
    ['from a team', 'Hallvard from Platform restarted the pool at 10:02.', ['redact/possible-person:Hallvard@1:1']],
    ['from an acronym', 'Then Ilsabet from SRE rolled back the deploy.', ['redact/possible-person:Ilsabet@1:6']],
    ['of the team (found before too)', 'Quorvex of the Payments team reran the migration.', ['redact/person:Quorvex@1:1']],
    ['in brackets (found before too)', 'Hallvard (Platform) restarted it.', ['redact/possible-person:Hallvard@1:1']],
    ['on a team (found before too)', 'Hallvard on the SRE team restarted it.', ['redact/person:Hallvard@1:1']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });

  test.each([
    ['traffic from a place', 'Traffic from Europe dropped by half.'],
    ['requests from a company failing', 'Requests from Cloudflare failed for ten minutes.'],
    ['a system crashing', 'Ledgerd from Platform crashed twice.'],
    ['a source no team', 'Alerts from Zuvora fired at 10:02.'],
  ])('not a person: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a namespace and a channel in words', () => {
  test.each([
    ['a namespace after -n', 'Run `kubectl -n ledgerd-prod get pods` first.', ['redact/identifier:ledgerd-prod@1:17']],
    ['after --namespace=', '`kubectl rollout restart deploy/api --namespace=zorblat`', ['redact/identifier:zorblat@1:49']],
    ['with helm', '`helm upgrade pool ./chart -n qvaldr-payments`', ['redact/identifier:qvaldr-payments@1:31']],
    ['a channel after "in the"', 'We posted in the ops-incidents channel at 10:02.', ['redact/channel:ops-incidents@1:18']],
    ['after "channel"', 'Updates went to the Slack channel ops-ledger.', ['redact/channel:ops-ledger@1:35']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });

  test.each([
    ["tools' own namespaces", '`kubectl -n kube-system get pods`, `kubectl -n cert-manager logs deploy/cert-manager`, `helm install -n ingress-nginx`, `kubectl -n monitoring get pods`, `kubectl -n default get svc`'],
    // A namespace of an English word (`kubectl -n payments`) is found since probe round 30: a team's system's.
    ['environments', '`kubectl -n prod get pods`, `kubectl -n staging get pods`'],
    ['release channels and English words', 'We moved to the nightly-build channel. Ask in the general channel. The beta-release channel is out.'],
  ])('not internal: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('products listed with products', () => {
  test.each([
    // A newspaper's analytics tools, listed with an acronym of another one.
    ['a list with an acronym', '- Graph Ophan, Omniture and OAS page impressions in CloudWatch.\n- Log a pixel outside of Ophan and Omniture.'],
    ['a list with a public name', 'We compared Zuvora, Grafana and Kibana.'],
  ])('not a person: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  test('npm run redact leaves the list of tools as it was written', () => {
    const source = '- Graph Ophan, Omniture and OAS page impressions in CloudWatch.\n- Log a pixel outside of Ophan and Omniture.\n';
    expect(fixed(source)).toBe(source);
  });

  test.each([
    ['a series of names alone', 'We met Vexmor and Qalandri after the call.', ['redact/possible-person:Vexmor@1:8', 'redact/possible-person:Qalandri@1:19']],
    ['a first name listed with a team', 'Thanks to Sarah, Tove and the SRE team.', ['redact/person:Sarah@1:11', 'redact/possible-person:Tove@1:18']],
  ])('%s', (_, text, findings) => {
    expect(found(text)).toEqual(findings);
  });
});
