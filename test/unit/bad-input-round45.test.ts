// Bad input, round 45 (docs/rules.md, "Bad input round 45"): round 44's leftovers (links to files
// beside the postmortems, follow-up lists without boxes, MyST roles, the place of a link naming a
// post otherwise than by its page) and what contributors write, after /work/corpora: status pages'
// severities and states, their keys, a task box left in an action item's title, `<img>` left open
// in `<p>`, tags with a prefix, go/ links, a link to #12, mentions of action items the post lacks,
// Mermaid fences. Each change case passed in silence or was said without its fix; each is now one
// finding naming the field or link and what to write.
import { describe, expect, test } from 'vitest';
import { findingsAfterEditingGoodInput, goodInputPostmortem, replacing } from '../support/content-fixture.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { findUntrackedFollowUps } from '../../src/lib/body-follow-ups.ts';
import { findMystRoles } from '../../src/lib/foreign-markup.ts';
import { findUnknownActionItemMentions } from '../../src/lib/action-item-mentions.ts';
import { severityBeyondScale, severityForWord, severityMeant } from '../../src/lib/enum-synonyms.ts';

const dnsOutage = `---
title: DNS outage in eu-west
summary: A resolver change broke name lookups in eu-west for 20 minutes. Rolling it back fixed it.
severity: SEV-2
status: published
visibility: internal
services: [dns]
teams: [checkout]
tags: [dns]
trigger: configuration
times:
  started: 2025-03-02T10:00:00Z
  detected: 2025-03-02T10:04:00Z
  mitigated: 2025-03-02T10:15:00Z
  resolved: 2025-03-02T10:20:00Z
impact:
  description: Lookups failed in eu-west.
drafted: 2025-03-03
published: 2025-03-05
timeline:
  - at: 2025-03-02T10:04:00Z
    event: Lookup alert pages the on-call.
    kind: detection
actionItems: []
related: []
---

## Timeline of events

Text.

## Root cause

The resolver config.
`;
const beside = { 'postmortems/2025-03-02-dns-outage.mdx': dnsOutage, 'postmortems/media/graph.png': '\x89PNG\r\n\x1a\n' };

/** The findings (severity, rule, line, message, fix) of the good-input fixture after `change`, with `extra` files beside it. */
const saidAfter = (change: (text: string) => string, extra: Record<string, string> = beside, name = goodInputPostmortem): string[] =>
  (findingsAfterEditingGoodInput(change, name, extra) as Finding[]).map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const saidForBody = (body: string, name?: string) => saidAfter((source) => `${source}\n${body}\n`, beside, name);

describe('a link (not an image) to a file beside the postmortems (before: nothing said)', () => {
  test.each([
    ['./media/trace.png', /error body\/postmortem-link 45: the link \.\/media\/trace\.png names postmortems\/media\/trace\.png, which does not exist \(that folder has graph\.png\); and even if it did, the site publishes a file of the postmortems folder only as an image.*\/postmortems\/2025-07-08-checkout-config\/media\/trace\.png, a page not found\..*show it as an image: !\[<what it shows>\]\(\.\/media\/graph\.png\)/],
    ['media/x.pdf', /the link media\/x\.pdf names postmortems\/media\/x\.pdf, which does not exist.*by its full https:\/\/ address, or remove the link/],
    ['./media/x.pdf#page=2', /the link \.\/media\/x\.pdf#page=2 names postmortems\/media\/x\.pdf, which does not exist/],
    ['./media/graph.png', /the link \.\/media\/graph\.png names postmortems\/media\/graph\.png, a file beside the postmortem: the site publishes .* only as an image a page shows.*show it as an image: !\[<what it shows>\]\(\.\/media\/graph\.png\)/],
    ['go/pool-runbook', /the link go\/pool-runbook is an intranet's short link \(go\/…\) written without its http:\/\/.*write http:\/\/go\/pool-runbook/],
    ['docs/runbooks/pool', /the link docs\/runbooks\/pool has no scheme and no leading \/, so a browser reads it from this page's address: \/postmortems\/2025-07-08-checkout-config\/docs\/runbooks\/pool/],
  ])('%s', (url, expected) => {
    const found = saidForBody(`See [it](${url}).`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test.each(['./media/graph.png', 'http://go/pool-runbook', 'https://docs.acme.example/runbooks/pool', 'mailto:sre@acme.example'])('control: %s (an image shown, or a full address)', (url) => {
    expect(saidForBody(url === './media/graph.png' ? `![graph](${url})` : `See [it](${url}).`).filter((line) => !line.includes('mdx/bad-image'))).toEqual([]);
  });
});

describe('follow-ups written as a list without boxes (before: nothing said)', () => {
  test('an item with its owner and day under "Corrective and Preventative Measures", then one for the items without', () => {
    const found = saidForBody('## Corrective and Preventative Measures\n\n* Alert on pool saturation (checkout, 2025-08-15)\n* Add a pool size check to CI\n* Document the pool limit');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/warning body\/untracked-follow-up 47: this item of a list of follow-ups is a follow-up with its owner \(checkout\) and its due day \(2025-08-15\).*"title: Alert on pool saturation", "owner: checkout", "due: 2025-08-15"/);
    expect(found[1]).toMatch(/48: this item of a list of follow-ups is a follow-up with no owner, under the heading "Corrective and Preventative Measures".*\(nor are the other items of this list that no action item holds\).*"title: Add a pool size check to CI".*and so for each item of the list/);
  });
  test.each([
    ['## Action Items\n\n1. Alert on pool saturation\n2. Add a pool size check to CI', /under the heading "Action Items"/],
    ['## Preventive actions\n\n- Alert on pool saturation', /under the heading "Preventive actions"/],
    ['## Remediation\n\n- Add a pool size check (owner: checkout)', /with its owner \(checkout\)/],
    ['TODO: alert on pool saturation (checkout, 2025-08-15)', /this TODO line is a follow-up with its owner \(checkout\) and its due day \(2025-08-15\)/],
  ])('%s', (body, expected) => {
    const found = saidForBody(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test.each([
    ['work done, under "Remediation"', '## Remediation\n\n- Stopped the restart loop\n- Pinned the image'],
    ['work done, a verb in the past', '## Action items\n\n- Re-pinned the image to its digest'],
    ['links and tickets alone', '## Follow-up\n\n- https://tracker.example.com/OPS-12\n- #2213'],
    ['names alone', '## Action items\n\n* jhford\n* ana'],
    ['an item an action item holds', '## Action items\n\n- Validate pool sizes in CI'],
    ['lessons', '## Lessons learned\n\n- Limits need checks\n- Reverts work'],
    ['steps under a task item', '## Action items\n\n- [x] Alert on pool saturation\n  - write the rule\n  - test it'],
    ['a TODO note to the writer', 'TODO: confirm the count of failed orders.'],
  ])('control: %s', (_name, body) => {
    expect(saidForBody(body)).toEqual([]);
  });
  test('findUntrackedFollowUps: one finding per section for items without owner or day', () => {
    const found = findUntrackedFollowUps('## Next steps\n\n- Alert on pool saturation\n- Add a pool size check\n\n## Improvements\n\n- Page on saturation', [], (i) => `AI-${i + 1}`, { handles: new Map() });
    expect(found.map((f) => f.line)).toEqual([3, 8]);
  });
});

describe('MyST roles (before: "{ref} is read as JavaScript", or in .md nothing)', () => {
  test.each([
    ['{ref}`the limits <pool-limits>`', /error mdx\/code-expression 45: \{ref\}`the limits <pool-limits>` is a cross-reference to the label pool-limits in MyST \(Sphinx's Markdown\), which this site does not run: in an \.mdx body \{ref\} is read as JavaScript.*write a link to the heading: \[the limits\]\(#pool-limits\)/],
    ['{doc}`runbooks/pool`', /is a link to the document runbooks\/pool in MyST.*\[runbooks\/pool\]\(\/postmortems\/<id>\/\)/],
    ['{term}`SLO`', /is a term of the glossary \(SLO\).*write the words themselves: SLO\./],
  ])('%s', (role, expected) => {
    const found = saidForBody(`See ${role}.`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test('in a .md body, where it was published as typed', () => {
    const found = saidForBody('See {ref}`pool-limits`.', 'postmortems/2025-07-08-checkout-config.md');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/body\/foreign-markup 45: \{ref\}`pool-limits` is a cross-reference.*the page shows it as typed/);
  });
  test('findMystRoles: code is left alone; {user} alone keeps its own message', () => {
    expect(findMystRoles('```\n{ref}`x`\n```\n\n    {ref}`y`', true)).toEqual([]);
    expect(saidForBody('Hello {user}.').join('\n')).toMatch(/\{user\} is read as JavaScript, the value of a variable user/);
  });
});

describe('the place of a link naming a post otherwise than by its page (before: unchecked, and the fix dropped it)', () => {
  test.each([
    ['/incidents/2025-03-02-dns-outage/#root-cause', /is an address of the public site.*\| write \/postmortems\/2025-03-02-dns-outage\/#root-cause, the internal site's address/],
    ['/incidents/2025-03-02-dns-outage/#root-causee', /Its place #root-causee is no heading of that page either: it has #timeline-of-events, #root-cause\..*write \/postmortems\/2025-03-02-dns-outage\/#root-cause,/],
    ['/postmortems/dns-outage-in-eu-west/#root-causee', /is made of the title of the postmortem 2025-03-02-dns-outage.*Its place #root-causee is no heading.*\/postmortems\/2025-03-02-dns-outage\/#root-cause\./],
    ['./2025-03-02-dns-outage.mdx#root-cause', /names the file of the postmortem "2025-03-02-dns-outage".*link to its page: \/postmortems\/2025-03-02-dns-outage\/#root-cause\./],
    ['/2025/03/02/dns-outage.html#root-causee', /the address a blog.*Its place #root-causee is no heading.*\/postmortems\/2025-03-02-dns-outage\/#root-cause\./],
    ['/postmortems/2025-03-02-DNS-outage/#root-cause', /did you mean "2025-03-02-dns-outage"\?.*Write \/postmortems\/2025-03-02-dns-outage\/#root-cause\./],
    ['2025-03-02-dns-outage#root-causee', /body\/link-address.*Its place #root-causee is no heading.*link to its page: \/postmortems\/2025-03-02-dns-outage\/#root-cause\./],
  ])('%s', (url, expected) => {
    const found = saidForBody(`See [the DNS outage](${url}).`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test('a link to #12 is said as the issue number it reads as', () => {
    expect(saidForBody('See [PR #12](#12).')).toEqual([expect.stringMatching(/warning body\/postmortem-link 45: the link #12 reads as the issue or pull request #12.*https:\/\/github\.com\/<org>\/<repository>\/pull\/12/)]);
  });
});

describe('front matter as status pages and trackers write it (before: the list of values alone, or a wrong "did you mean")', () => {
  test.each([
    ['severity: major outage', /severity is "major outage", a word of another tool's severity scale.*write severity: SEV-1/],
    ['severity: partial outage', /write severity: SEV-2/],
    ['severity: degraded performance', /write severity: SEV-3/],
    ['severity: notice', /write severity: SEV-4/],
    ['severity: sev-two', /did you mean "SEV-2"\?/],
    ['severity: SEV-5', /severity is "SEV-5", a level beyond this scale.*SEV-0 the worst and SEV-4 the least.*write severity: SEV-4 if it was the least level of your old scale/],
    ['severity: -1', /severity is -1, a level beyond this scale.*write severity: SEV-0 if it was the worst/],
  ])('%s', (line, expected) => {
    const found = saidAfter(replacing('severity: SEV-2', line));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test.each([
    ['status: resolved', /status is "resolved", a state of the incident as a status page or a tracker writes it; here status is the postmortem's own state.*when the incident ended goes in times\.resolved/],
    ['status: investigating', /status is "investigating", a state of the incident/],
    ['status: archived', /write status: published, the value here for what "archived" says/],
  ])('%s', (line, expected) => {
    expect(saidAfter(replacing('status: published', line))).toEqual([expect.stringMatching(expected)]);
  });
  test.each([
    ['resolvedWhen: 2025-07-08 18:30:00', /unknown key "resolvedWhen": when the incident ended is times\.resolved/],
    ['section: issue', /unknown key "section": it is a setting of a status page, blog or CMS/],
    ['outage_duration: 45 minutes', /unknown key "outage_duration": durations are not written/],
    ['sla_breach: true', /unknown key "sla_breach": the SLO or SLA an incident touched is impact\.slo/],
    ['link: https://status.example.com/incidents/abc', /unknown key "link": a postmortem's own links are statusPage/],
  ])('%s', (line, expected) => {
    const found = saidAfter(replacing('title: Checkout errors after a config push', `${line}\ntitle: Checkout errors after a config push`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test('an action item\'s title that kept its task box (before: published with the box)', () => {
    expect(saidAfter(replacing('    title: Validate pool sizes in CI', '    title: "[ ] Validate pool sizes in CI"'))).toEqual([
      expect.stringMatching(/error schema\/plain-text 31: actionItems\[0\]\.title begins with the box of a task list \(\[ \]\).*write title: "Validate pool sizes in CI"\./),
    ]);
  });
  test('enum-synonyms: the lookups alone', () => {
    const options = ['SEV-0', 'SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'];
    expect(severityForWord('Major Outage', options)).toBe('SEV-1');
    expect(severityMeant('SEV THREE', options)).toEqual({ id: 'SEV-3' });
    expect([severityBeyondScale('SEV-7', options), severityBeyondScale(-1, options), severityBeyondScale('SEV-2', options), severityBeyondScale('P9', options)]).toEqual([7, -1, undefined, undefined]);
  });
});

describe('markup of other tools in an .mdx body', () => {
  test('<img> left open inside <p> (before: the generic fix)', () => {
    expect(saidForBody('<p align="center"><img src="https://img.example/b.svg" alt="b"></p>')).toEqual([
      expect.stringMatching(/mdx\/syntax 45: .*\(the <img> opened here is never closed: MDX closes no element by itself.*close it in the tag itself: <img \/>/),
    ]);
  });
  test.each([
    ['<svelte:head><title>x</title></svelte:head>', /<svelte:head> is a tag with a prefix \(svelte:\).*delete <svelte:head> and <\/svelte:head> with what they hold/],
    ['Text<o:p></o:p>', /<o:p> is a tag with a prefix \(o:\), as Word writes its HTML/],
  ])('%s (before: nothing said)', (body, expected) => {
    expect(saidForBody(body)).toEqual([expect.stringMatching(expected)]);
  });
  test('a Mermaid fence (before: published as its source)', () => {
    expect(saidForBody('```mermaid\ngraph TD; A-->B\n```')).toEqual([expect.stringMatching(/body\/foreign-markup 45: this fence holds a Mermaid diagram.*export the diagram as an SVG or PNG/)]);
  });
  test('a mention of an action item the post does not have (before: nothing said)', () => {
    expect(saidForBody('Tracked as AI-3.')).toEqual([expect.stringMatching(/warning body\/unknown-action-item 45: the body names AI-3, but this postmortem has no action item AI-3 \(its items are AI-1\)/)]);
  });
  test('findUnknownActionItemMentions: known ids, another post\'s, scales and code are left', () => {
    expect(findUnknownActionItemMentions('AI-1 is done. The May postmortem listed it as AI-6.\nStill open: AI-6.\n`AI-9` and SEV-2, CVE-2021-3807.', ['AI-1', 'SEV-1'])).toEqual([]);
    expect(findUnknownActionItemMentions('See OPS-4.', ['OPS-1']).map((f) => f.mistake.message)).toEqual([expect.stringMatching(/names OPS-4/)]);
  });
});

describe('a reference definition to a file beside the postmortems', () => {
  test('used by a link: said; used by an image: left to the image checks', () => {
    expect(saidForBody('See [the trace][t].\n\n[t]: ./media/trace.png')).toEqual([expect.stringMatching(/body\/postmortem-link 47: the link \.\/media\/trace\.png names postmortems\/media\/trace\.png, which does not exist/)]);
    expect(saidForBody('![graph][g]\n\n[g]: ./media/graph.png').filter((line) => !line.includes('mdx/bad-image'))).toEqual([]);
  });
});
