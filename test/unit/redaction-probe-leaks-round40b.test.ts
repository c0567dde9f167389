import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { findLogLineHosts } from '../../src/lib/publication/log-line-hosts.ts';
import { findIrcAddressees } from '../../src/lib/publication/note-shorthand-people.ts';
import { findShorthandPeople } from '../../src/lib/publication/shorthand-people.ts';
import { foundBeforeRound40b, leakProbesRound40b, notLeaksRound40b, stillPublishedRound40b } from '../support/redaction-probes-round40b.ts';

/**
 * The probe round 40b (docs/redaction.md, "Probe round 40b"): people and internal machines inside
 * fenced and indented blocks, as the collections of /work/corpora paste chat logs, shell sessions,
 * git log, who and last, ssh, kubectl and journal output. Every probe and negative is text of our
 * own writing; no list knows any name.
 */
/** An indented block (no fence) holding a `<`: MDX reads it as a tag. */
const tagInIndentedBlock = (text: string) => !text.includes('```') && /^ {4}.*</m.test(text);

describeProbeRound({ probes: leakProbesRound40b, foundBefore: foundBeforeRound40b, stillPublished: stillPublishedRound40b, atLeast: { probes: 34, gotThroughBefore: 15 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  // MDX reads no indented code block: an indented `<nick>` or `<address>` is a tag that does not
  // parse, so the public build stops on those probes before any rule (fail closed; asserted below).
  leakProbesRound40b.filter((p) => !stillPublishedRound40b.has(p.kind) && !tagInIndentedBlock(p.text)),
);

describe('an indented log with a tag-like `<nick>` or `<address>` stops the public build (MDX reads no indented code)', () => {
  test.each(leakProbesRound40b.filter((p) => tagInIndentedBlock(p.text)).map((p) => [p.kind, p] as const))('%s', (_, probe) => {
    expect(() => scanProbePost(publicProbePost({ body: probe.text }))).toThrow(/does not parse/);
  });
});

describeNotLeaks('not findings: placeholders, defaults, domains, public programs and words in the same shapes, without and with the organisation configured', notLeaksRound40b);
describeLeaksGoneAfterRedact(leakProbesRound40b, stillPublishedRound40b);

describe("the host field of a pasted prompt or log line (log-line-hosts.ts, round 40b)", () => {
  const texts = (line: string) => findLogLineHosts(line, () => false).map((m) => m.text);
  test.each([
    ['a prompt of a name made of words', 'root@thunderlake:/var/lib/docker# docker ps', 'thunderlake'],
    ['a bracketed prompt', '[ysolde@vornak-db1 ~]$ df -h', 'vornak-db1'],
    ['a prompt after an environment', '(venv) tavishm@hadrix:~/src$ make', 'hadrix'],
    ['a syslog line', 'Mar 03 14:02:11 paphor sshd[812]: Accepted publickey for root', 'paphor'],
    ['an ISO journal line', '2026-03-03T14:02:11.512+01:00 stormwell kernel: ata3: hard resetting link', 'stormwell'],
    ['a jump host', 'ssh -J admin@thunderlake root@10.0.4.12', 'thunderlake'],
    ['a copy to a host', 'scp dump.sql root@greywater:/tmp/', 'greywater'],
    ['a row of kubectl get nodes', 'thunderlake   NotReady   <none>   91d   v1.29.3', 'thunderlake'],
    ["kubectl describe pod's node", 'Node:         paphor/10.0.4.12', 'paphor'],
  ])('found: %s', (_, line, host) => {
    expect(texts(line)).toEqual([host]);
  });
  test.each([
    ['a host with a domain', 'root@build3.example.net:~# ls'],
    ['a prompt with no sign', 'mail me at tavishm@hadrix or later'],
    ['a login in a sentence with no command', 'as admin@thunderlake says'],
    ['a listed public name', 'root@zarnith:~# ls'],
  ])('not found: %s', (_, line) => {
    expect(findLogLineHosts(line, (name) => name === 'zarnith').map((m) => m.text)).toEqual([]);
  });
});

describe('a chat log in code (note-shorthand-people.ts, shorthand-people.ts, round 40b)', () => {
  test("an IRC line's addressee", () => {
    expect(findIrcAddressees('14:35 <vornakel> tz: is it mounted now?').map((m) => m.text)).toEqual(['tz']);
  });
  test('chat shorthand addressed is no one', () => {
    expect(findIrcAddressees('14:35 <vornakel> fyi: the array is rebuilding')).toEqual([]);
  });
  test.each([
    ['a timed action of any verb', '14:31 * tavishm restarts the bouncer', 'tavishm'],
    ['a join line', '14:30 -!- corvelm [~corvelm@ysgol.example.net] has joined #ops', 'corvelm'],
    ['a quit line', '*** brannoch has quit (Ping timeout)', 'brannoch'],
  ])('found in code: %s', (_, line, name) => {
    expect(findShorthandPeople(line, true).map((m) => m.text)).toEqual([name]);
  });
  test('an untimed action of any verb is not read (a list in code)', () => {
    expect(findShorthandPeople('* tavishm restarts the bouncer', true)).toEqual([]);
  });
});
