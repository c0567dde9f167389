import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound17, leakProbesRound17, stillPublishedRound17 } from '../support/redaction-probes-round17.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { findOtherAddressNotations } from '../../src/lib/publication/address-notations.ts';
import { onlyAPersonDoes } from '../../src/lib/publication/people-only-events.ts';

/**
 * The seventeenth probe round (docs/redaction.md, "Seventeenth probe round"): the sixteenth
 * round's leftovers (the fix of "Vexmor 2.1 restarted" leaving its version, a lone word in an
 * Actor column beside an organisation's cell), and postmortems' own shapes no earlier table held
 * (a timeline in prose, lessons learned by a named person, Slack threads in blockquotes, paging
 * and incident tools' exports, GitHub review events, Jira and Linear pastes, Zoom, Meet, WebVTT
 * and subtitle transcripts, pronouns, diacritics, hidden spellings, footnotes, link and reference
 * titles, `<cite>`, MDX strings, the public frontmatter, URLs' fragments and paths, hosts with a
 * trailing dot or other scripts' full stops, IPv6 and other address notations, images' `src` and
 * `srcset`). Every probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound17, foundBefore: foundBeforeRound17, stillPublished: stillPublishedRound17, atLeast: { probes: 60, gotThroughBefore: 36 } });

const people = (text: string) => foundInProbe(text).filter((f) => /person/.test(f));
const rules = (text: string, rule: string) => foundInProbe(text).filter((f) => f.startsWith(`${rule}:`));

const scanPost = scanProbePost;

describeProbesThroughPublicBuild('each probe is found through the public build path too, as the body of a public post', leakProbesRound17);

describe('MDX expression strings are text the guard does not read: the build stops on them', () => {
  test.each([
    ['a string with a full name', 'The failover was run by {"Dagvar Strand"} at 10:05.'],
    ['a template literal with a first name', 'Reviewed by {`Ilsabet`} on the day.'],
    ['a string in an attribute', '<abbr title={"Kasimir Vestre"}>KV</abbr> failed over.'],
  ])('%s', (_, body) => {
    expect(scanPost(publicProbePost({ body })).filter((f) => f.rule === 'redact/hidden-text')).toHaveLength(1);
  });
});

/** A public post whose public title, summary, a public timeline entry, a public action item and an opted-in contributor vary. */
function publicFrontmatterPost({ title = 'Ledger delays', summary = 'Payouts were late for some customers.', event = 'Status page updated.', action = 'Alert on replica lag', contributor = 'A replica had no lag alert.' }) {
  return publicProbePost({ body: 'The ledger was slow.' })
    .replace('timeline: []', `timeline:\n  - at: 2025-03-01T10:06:00Z\n    event: "${event}"\n    kind: communication\n    public: true`)
    .replace('actionItems: []', `actionItems:\n  - id: AI-1\n    title: "${action}"\n    owner: checkout\n    due: 2025-04-01\n    priority: P2\n    type: detect\n    status: open\n    verification: The alert fires in staging.\n    public: true\ncontributors:\n  - "${contributor}"`)
    .replace('public:\n  title: Checkout errors\n  summary: Checkout failed for some customers.', `public:\n  title: "${title}"\n  summary: "${summary}"\n  include: [contributors]`);
}

describe('frontmatter fields that reach the public page', () => {
  test.each([
    ['public.title', { title: 'Ledger delays while Ilsabet (she/her) was on call' }, 'Ilsabet'],
    ['public.summary', { summary: 'Dagvar Strand, Principal Engineer, rolled back the release.' }, 'Dagvar Strand'],
    ['a public timeline entry', { event: 'On-Call Now: Kasimir Vestre (Ledger Primary)' }, 'Kasimir Vestre'],
    ['a public action item', { action: "Ilsabet's takeaway: alert on replica lag" }, 'Ilsabet'],
    ['an opted-in contributor', { contributor: "In Dagvar's words, the runbook was stale." }, 'Dagvar'],
    ['a public summary with an address in hexadecimal', { summary: 'The exporter at 0x0a.0x28.0x02.0x07 stopped.' }, '0x0a.0x28.0x02.0x07'],
  ])('%s', (field, fields, leak) => {
    const found = scanPost(publicFrontmatterPost(fields)).map((f) => `${f.field ?? 'body'}:${redactionFindingText(f)}`);
    const path = { 'public.title': 'public.title', 'public.summary': 'public.summary', 'a public timeline entry': 'timeline.0.event', 'a public action item': 'actionItems.0.title', 'an opted-in contributor': 'contributors.0', 'a public summary with an address in hexadecimal': 'public.summary' }[field];
    expect(found).toContain(`${path}:${leak}`);
  });
});

describe('not findings: public text written the same way', () => {
  test.each([
    ['a role with pronouns', 'The Engineer (she/her) badge is new.'],
    ['a book cited', '> "Hope is not a strategy."\n> <cite>Site Reliability Engineering</cite>'],
    ["a product's takeaway", "Kubernetes's takeaway for us: set requests."],
    ['a team and its products in brackets', 'The platform team (Kubernetes, Terraform) owns it.'],
    ['an organisation before a title', 'Interchain Labs, the lead developer, shipped the patch.'],
    ['a heading in capitals', 'ROOT CAUSE: a missing index\n\nACTION ITEMS: two'],
    ['a subtitle cue of a narrator and a word', '```\n00:00:12,000 --> 00:00:15,000\nNARRATOR: the pool fills\n00:00:15,000 --> 00:00:18,000\nNote: this is a recording\n```'],
    ['a bot acting in GitHub\'s timeline', 'dependabot approved these changes\ngithub-actions added the incident label'],
    ['an escalation level naming a schedule or a team', '```\nLevel 1: Ledger Primary (immediately)\nLevel 2: platform-team\n```'],
    ['system accounts in YAML roles and .pgpass', '```\n*:5432:ledger:postgres:secret\nincident:\n  commander: ledger-oncall\n```'],
    ['a YAML list of services with names', '```yaml\nservices:\n  - name: Ledger Gateway\n    port: 8080\n```'],
    ['a label above a word', 'Owner\nplatform\n\nAssignee\nUnassigned'],
    ['an Actor column of organisations publishing releases', '| Time | Actor | Event |\n| --- | --- | --- |\n| 18:07 | ICL | v23.0.0 is published |\n| 18:55 | Quellnet | upgrade scheduled |'],
  ])('%s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  test('pronouns beside a name in a column of people are no names (they were, and their fix wrote "an engineer" for "he")', () => {
    expect(people('| Role | Who |\n| --- | --- |\n| IC | Kasimir (he/him) |')).toEqual(['redact/person:Kasimir']);
  });

  test.each([
    ['versions and dates with leading zeros', 'Upgrade to 1.02.03.04 on 01.02.2024; the build 0x1f.0x2.0x3.0x4 is public.'],
    ['a public address in hexadecimal', 'curl http://0x08.0x08.0x08.0x08/ and http://134744072/'],
    ['a port and a version after a scheme', 'https://example.com:8443/v2/1.2'],
  ])('%s', (_, text) => {
    expect(rules(text, 'redact/ip-address')).toEqual([]);
  });

  test('a host with other scripts\' full stops only between ASCII letters or digits', () => {
    expect(rules('日本語の文。次の文。', 'redact/internal-host')).toEqual([]);
  });
});

describe('what the new rules read', () => {
  test.each([
    ['0x0a.0x28.0x02.0x07', ['0x0a.0x28.0x02.0x07']],
    ['012.050.02.07', ['012.050.02.07']],
    ['http://170394119/', ['170394119']],
    ['http://0x0a280207:9100/', ['0x0a280207']],
    ['http://10.40.514/', ['10.40.514']],
    ['http://192.168.1/', ['192.168.1']],
    ['http://134744072/', []],
    ['0x08.0x08.0x08.0x08', []],
  ])('%s', (line, texts) => {
    expect(findOtherAddressNotations(line).map((f) => f.text)).toEqual(texts);
  });

  test.each([
    ['acknowledged the page and joined the bridge', true],
    ['was paged', true],
    ['**joined the call**', true],
    ['took over as IC', true],
    ['went back to sleep', true],
    ['v23.0.0 is published', false],
    ['upgrade scheduled', false],
    ['restarted the primary', false],
    ['reports SIGILL', false],
  ])('an event only a person does: %s', (event, expected) => {
    expect(onlyAPersonDoes(event)).toBe(expected);
  });
});

describe('the rules point at the name, not the words around it', () => {
  test.each([
    ['a system with its version', 'At 10:03 Vexmor 2.1 restarted the replica.', ['redact/internal-name:Vexmor 2.1']],
    ['pronouns', 'Comms: Ilsabet (she/her)', ['redact/person:Ilsabet']],
    ["someone's words", "In Dagvar's words, it was stale.", ['redact/possible-person:Dagvar']],
    ['a GitHub event', 'dstrand force-pushed the fix-pool branch', ['redact/possible-person:dstrand']],
    ['a hand-off', 'Handoff from kvestre to dholm at 09:00.', ['redact/possible-person:kvestre', 'redact/possible-person:dholm']],
    ['an IPv4-mapped address', 'From ::ffff:10.40.2.7 on the proxy.', ['redact/ip-address:::ffff:10.40.2.7']],
  ])('%s', (_, text, findings) => {
    expect(foundInProbe(text)).toEqual(findings);
  });
});

describe('npm run redact keeps them off the public page, and leaves readable text', () => {
  test('a system with its version acting: an internal system stands in, the version goes too', () => {
    const result = publicTextAfterRedact('At 10:03 Vexmor 2.1 restarted the replica.\n');
    expect(result).not.toContain('Vexmor');
    expect(result).not.toContain('2.1');
    expect(result.replace(/<\/?PublicOnly>/g, '')).toBe('At 10:03 an internal system restarted the replica.\n');
  });

  test.each([
    ['a lone word paging in an Actor column', '| Time | Actor | Event |\n| --- | --- | --- |\n| 10:01 | QCL | release tagged |\n| 10:02 | Kasimir | acknowledged the page |\n', 'Kasimir'],
    ['pronouns after a name', 'Comms: Ilsabet (she/her), on the bridge.\n', 'Ilsabet'],
    ['a full name before a job title', 'Dagvar Strand, Principal Engineer, wrote this review.\n', 'Dagvar'],
    ['a hand-off', 'Handoff from kvestre to dholm at 09:00.\n', 'kvestre'],
    ['an IPv4-mapped address', 'From ::ffff:10.40.2.7 on the proxy.\n', '::ffff:'],
    ['a GitHub review event', 'kvestre approved these changes on Dec 2\n', 'kvestre'],
  ])('%s', (_, source, leak) => {
    const result = publicTextAfterRedact(source);
    expect(result).not.toBe(source);
    expect(result).not.toContain(leak);
  });
});
