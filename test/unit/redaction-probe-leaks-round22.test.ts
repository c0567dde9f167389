import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound22, leakProbesRound22, stillPublishedRound22 } from '../support/redaction-probes-round22.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';

/**
 * The twenty-second probe round (docs/redaction.md, "Twenty-second probe round"): the two leaks
 * the twenty-first round left, and names and internal systems written where an attacker who
 * knows the rules would put them: outside prose, split across lines or markup, in accented and
 * non-Latin script, obfuscated, or as internal hosts in forms no earlier round held. Every probe
 * and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound22, foundBefore: foundBeforeRound22, stillPublished: stillPublishedRound22, atLeast: { probes: 73, gotThroughBefore: 31 } });

describeProbesThroughPublicBuild('each probe is found through the public build path too, as the body of a public post, with its line', leakProbesRound22);

const people = (text: string) => foundInProbe(text).filter((f) => /person/.test(f));
const rule = (text: string, name: string) => foundInProbe(text).filter((f) => f.startsWith(`${name}:`));

describe('the public frontmatter is read the same way', () => {
  test.each([
    ['a public title', 'title', 'Caoimhe Brenne stayed on the bridge', 'Caoimhe Brenne', 'public.title'],
    ['a public summary', 'summary', 'Tadhg failed over the primary at 10:12.', 'Tadhg', 'public.summary'],
    ["the impact's description", 'impact', 'Requests to http://ledger-writer.payments:8080 failed.', 'ledger-writer.payments', 'impact.description'],
  ] as const)('%s', (_, field, text, leak, path) => {
    const findings = scanProbePost(publicProbePostWithField(field, text));
    expect(findings.filter((f) => f.field === path).map(redactionFindingText)).toContain(leak);
  });
});

describe('not findings: public text written the same way', () => {
  test.each([
    ['a system failing over a stretch of time', 'Zarnith failed over the weekend.'],
    ['a system failing over to a replica', 'Zarnith failed over to the replica at 10:02.'],
    ["a system's name alone in a table cell", '| Component | Zarnith Proxy |'],
    ['a plural second word waiting', 'Velkanor Streams waited for the broker.'],
    ['a passive after a name-shaped pair', 'Brathmoor Crane deployed by the pipeline.'],
    ['a team in a data attribute', '<div data-owner="data-platform">Steps</div>'],
    ['a system account in an attribute', '<Terminal user="root" />'],
    ["a code fence's title of a task", '```sh title="Restart the ledger"\nsystemctl restart ledger\n```'],
    ['two capitals and a word acting', 'DB Backup restarted at 10:02.'],
    ["a product's picture", '![Grafana Cloud showing the spike](./spike.png)'],
    ["a product's picture in a caption", '<figcaption>Grafana Cloud showing the spike</figcaption>'],
    ["products' names as link texts", 'See [Grafana Cloud](https://grafana.com/) and [Zarnith Proxy](https://example.com/zp).'],
    ['a product wrapped over a line break', 'The Grafana\nCloud dashboard showed the lag.'],
    ['a label of people with a team after it', 'Escalated to: the database team'],
    ["a page's description in a meta element", '<meta name="description" content="Caoimhe Brenne" />'],
    ["a system's name after an emoji", ':tada: Zarnith Proxy'],
  ])('%s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  test.each([
    ['public hosts with ports', 'See http://example.com:8080/x, http://status.example.io:3000 and http://foo.test:80.'],
    ['a host and port without a scheme', 'ledger-writer.payments:8080 answered.'],
  ])('%s: no internal host', (_, text) => {
    expect(rule(text, 'redact/internal-host')).toEqual([]);
  });

  test('the word "slack" with a colon is no link', () => {
    expect(rule('Checked the slack: channel for reports.', 'redact/internal-link')).toEqual([]);
  });
});

describe('the rules point at the whole name', () => {
  test.each([
    ['initials with spaces', 'J. R. Quillan rolled back the deploy.', ['redact/possible-person:J. R. Quillan']],
    ['initials run together', 'AJ Okafor paged the database team.', ['redact/possible-person:AJ Okafor']],
    ['a sentence opening before the name', 'Later Caoimhe Brenne stayed on the bridge.', ['redact/possible-person:Caoimhe Brenne']],
    ['a series after a label', 'Interviewed: Eskil Marsh, Tadhg Crane', ['redact/possible-person:Eskil Marsh', 'redact/possible-person:Tadhg Crane']],
    ['a surname first, before a comma', 'Brenne, Caoimhe restarted the pool.', ['redact/possible-person:Brenne, Caoimhe']],
    ['not a common word before a comma', 'Yesterday, Caoimhe restarted the pool.', ['redact/possible-person:Caoimhe']],
    ['not a role in capitals', 'SRE Caoimhe restarted the pool.', ['redact/possible-person:Caoimhe']],
    ['each part of a name cut by a line break, on its line', 'The pool was drained by\nCaoimhe\nBrenne, who stayed on.', ['redact/possible-person:Caoimhe Brenne', 'redact/possible-person:Brenne']],
  ])('%s', (_, text, findings) => {
    expect(people(text)).toEqual(findings);
  });
});

test('npm run redact keeps the names off the public page', () => {
  const source = 'Caoimhe Brenne stayed on the bridge. Tadhg failed over the primary.\n\n| Step | Hands on keyboard |\n| --- | --- |\n| Failover | Eskil Marsh |\n';
  const result = publicTextAfterRedact(source);
  for (const name of ['Caoimhe Brenne', 'Tadhg', 'Eskil Marsh']) expect(result).not.toContain(name);
});
