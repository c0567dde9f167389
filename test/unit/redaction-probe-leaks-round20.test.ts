import { describe, expect, test } from 'vitest';
import { describeProbeRound, foundInProbe, probeOptions, probeOptionsWithOrganisation, publicTextAfterRedact, scanProbe } from '../support/redaction-probe-harness.ts';
import { foundBeforeRound20, leakProbesRound20, stillPublishedRound20 } from '../support/redaction-probes-round20.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { redactionFindingText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { minimalPublicSource } from '../support/public-probe-post.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';

/**
 * The twentieth probe round (docs/redaction.md, "Twentieth probe round"): the two leaks the
 * nineteenth round left (a code name acting with no system's noun, a full name of everyday words
 * after a verb of meeting or calling), a given name before a surname that is a word, and names
 * and systems in timelines' shorthand, chat actions, RACI lines, emoji, meetings, charts,
 * certificates, Mc/Mac surnames, locked channels and the organisation's zone domains. Every probe
 * and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound20, foundBefore: foundBeforeRound20, stillPublished: stillPublishedRound20, atLeast: { probes: 60, gotThroughBefore: 23 } });

/** LaTeX's braces: MDX reads them as an expression, so the public build refuses the post. */
const latex = (text: string) => text.includes('\\text{');
describeProbesThroughPublicBuild('each probe is found through the public build path too, as the body of a public post, with its line', leakProbesRound20.filter((p) => !stillPublishedRound20.has(p.kind) && !latex(p.text)));

test.each(leakProbesRound20.filter((p) => latex(p.text)).map((p) => [p.kind, p.text] as const))('the public cut of an MDX post refuses %s', (_, text) => {
  expect(() => stripInternalFromSource(minimalPublicSource(text), { isMdx: true, file: 'x.mdx' })).toThrow(/does not parse|expression/i);
});

const found = (text: string, pattern: RegExp, options?: RedactionOptions) => foundInProbe(text, options).filter((f) => pattern.test(f));
const people = (text: string) => found(text, /person/);
const systems = (text: string) => found(text, /internal-name|internal-host|channel/);

describe('not findings: public text written the same way', () => {
  test.each([
    ['a status in brackets after a time', '- 10:04 [Resolved] the writer is back'],
    ['an IRC action of a tool in prose list form', '* nginx is restarting after the config change'],
    ['a RACI line of teams', 'RACI: R = SRE, A = Platform'],
    ['an emoji before a product acting', ':rocket: Kubernetes upgraded the nodes overnight.'],
    ['a stock emoji of words', 'The change got a :thumbsup: and a :white_check_mark:.'],
    ['a meeting organised by a team', 'The review was organised by Platform Engineering.'],
    ['a gantt section of a phase', '```mermaid\ngantt\n  section Mitigation\n  Failover :a1, 10:04, 6m\n```'],
    ["a certificate authority's subject", '```\nissuer=CN = Sectigo RSA, O = Sectigo Limited\n```'],
    ['a company with a Mc name after a word', 'We ordered from McDonalds during the bridge.'],
    ['a person calling a tool by its name', 'A tool called Rich Text renders the page.'],
    ['a title of capitalised words after "met"', '## Requirements Met Will Price Targets'],
  ])('%s', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  test.each([
    ["a vendor's product shown by its link", 'Tarsnap returned errors for an hour (https://www.tarsnap.com/).'],
    ["a vendor's product run in lower case", 'Tarsnap timed out.\n\n```\ntarsnap --list-archives\n```'],
    ['a known product acting', 'Kubernetes restarted the pod; Postgres crashed at 10:02; Cloudflare returned 503s.'],
    ['a word made of English words acting', 'Quellmar timed out at 10:02.'],
    ['a lock before words in prose', 'The lock emoji 🔒 Settings page was fine.'],
  ])('%s', (_, text) => {
    expect(systems(text)).toEqual([]);
  });

  test('a public site of the organisation under its joined name is not internal', () => {
    expect(found('See https://www.acme-ops.net/ and https://status.acme-prod.com/.', /internal-host/, probeOptionsWithOrganisation)).toEqual([]);
  });
});

describe('the rules point at the name, not the words around it', () => {
  test.each([
    ['a code name acting', 'Zarnith returned 503s for eleven minutes.', ['redact/internal-name:Zarnith']],
    ['a code name acting, then named again', 'Brathmoor fell over at 10:02. We restarted Brathmoor at 10:09.', ['redact/internal-name:Brathmoor', 'redact/internal-name:Brathmoor']],
    ['a full name after "met"', 'At 11:00 we met Will Price to plan the rollback.', ['redact/possible-person:Will Price']],
    ['a given name and a word surname', 'Sigrun Stone paged the DBA at 03:10.', ['redact/possible-person:Sigrun Stone']],
    ['a bracketed actor', '- 10:04 [Eskil] restarted the writer', ['redact/possible-person:Eskil']],
    ['a Mc surname', 'Caoimhe McAteer restarted the pool at 10:06.', ['redact/possible-person:Caoimhe McAteer']],
    ['a locked channel', 'We moved to 🔒ledger-war-room at 10:10.', ['redact/channel:ledger-war-room']],
  ])('%s', (_, text, findings) => {
    expect(foundInProbe(text).filter((f) => !f.startsWith('redact/identifier'))).toEqual(findings);
  });

  test('the zone domain of the organisation, with the organisation configured', () => {
    expect(found('The image was pulled from docker.acme-ops.net:5000/ledger:1.4.', /internal-host/, probeOptionsWithOrganisation)).toEqual(['redact/internal-host:docker.acme-ops.net']);
    expect(found('The image was pulled from docker.acme-ops.net:5000/ledger:1.4.', /internal-host/, probeOptions)).toEqual([]);
  });
});

describe('npm run redact keeps them off the public page', () => {
  test.each([
    ['a code name acting, twice', 'Brathmoor fell over at 10:02. We restarted Brathmoor at 10:09.\n', 'Brathmoor'],
    ['a full name after "met"', 'At 11:00 we met Will Price to plan the rollback.\n', 'Will Price'],
    ['a bracketed actor', '- 10:04 [Eskil] restarted the writer\n', 'Eskil'],
    ['a RACI line', 'RACI: R = Ingvild, A = Eskil\n', 'Ingvild'],
  ])('%s', (_, source, leak) => {
    const result = publicTextAfterRedact(source);
    expect(result).not.toBe(source);
    expect(result).not.toContain(leak);
  });
});

test('each finding of a probe is reported where its text is', () => {
  for (const p of leakProbesRound20) {
    const options = p.org ? probeOptionsWithOrganisation : probeOptions;
    for (const f of scanProbe(p.text, options)) expect(p.text.split('\n')[f.line - 1].slice(f.column - 1), p.kind).toContain(redactionFindingText(f).split('\n')[0].slice(0, 3));
  }
});
