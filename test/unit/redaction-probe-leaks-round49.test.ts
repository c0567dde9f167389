import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { findMachinesOnLine } from '../../src/lib/publication/named-machines.ts';
import { findOtherLanguageMachineWords } from '../../src/lib/publication/other-language-machine-words.ts';
import { findOtherLanguagePersonCues } from '../../src/lib/publication/other-language-person-cues.ts';
import { isCoinedRepositoryOwner } from '../../src/lib/publication/coined-repository-owners.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { fieldProbesRound49, foundBeforeRound49, leakProbesRound49, notLeaksRound49, stillPublishedRound49 } from '../support/redaction-probes-round49.ts';

/**
 * The probe round 49 (docs/redaction.md, "Probe round 49"): round 48's leftovers in new sentences
 * (repositories under coined handles, a coined machine before a verb in the present in French and
 * English) and the shapes of retros no round read before (bold authors' labels of handles, a
 * contact under an emoji, relative-time timelines, the writer's company in other languages), in
 * English, French, Spanish, Portuguese, German, Italian, Dutch, Polish, Russian and Japanese. Every
 * probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound49, foundBefore: foundBeforeRound49, stillPublished: stillPublishedRound49, atLeast: { probes: 64, gotThroughBefore: 20 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound49.filter((p) => !stillPublishedRound49.has(p.kind) && !foundBeforeRound49.has(p.kind)),
);

describeNotLeaks('not findings: a machine noun before its kind, French adjectives after the noun, organisations named with a kind, after their repository or with their site', notLeaksRound49);
describeLeaksGoneAfterRedact(leakProbesRound49, stillPublishedRound49);

describe('the public frontmatter fields: the public build scan finds each leak', () => {
  test.each(fieldProbesRound49)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

describe('a coined word after "the"/"our" and a machine noun before a verb in the present (named-machines.ts, round 49)', () => {
  const found = (line: string) => findMachinesOnLine(line, () => false).map((m) => m.text);
  test.each([
    ['hangs', 'The host minasward hangs during the copy.', 'minasward'],
    ['crashes', 'The server minasward crashes every night.', 'minasward'],
    ['is', 'Our box quellbrand is out of disk.', 'quellbrand'],
  ])('found: %s', (_, line, name) => {
    expect(found(line)).toEqual([name]);
  });
  test.each([
    ['a dictionary word', 'The host machine hangs during the copy.'],
    ['a word in -s that is no verb form of a word', 'The host minasward lens was dirty.'],
    ['no article before the noun', 'Each host minasward hangs.'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('a French coined machine before any first-group verb in the present (other-language-machine-words.ts, round 49)', () => {
  const found = (line: string) => findOtherLanguageMachineWords(line, () => false).map((m) => m.text);
  test.each([
    ['a singular present', 'Le serveur kerbini ronronne depuis minuit.', 'kerbini'],
    ['a plural present', 'Les disques du serveur plouzanet clignotent.', 'plouzanet'],
  ])('found: %s', (_, line, name) => {
    expect(found(line)).toEqual([name]);
  });
  test.each([
    ['an adjective in -if', 'Le serveur applicatif chauffe beaucoup.'],
    ['an adjective in -ant', 'Le serveur défaillant clignote.'],
    ['a conjunction in -e', 'Le serveur kerbini comme avant.'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('a repository under a coined account (coined-repository-owners.ts, round 49)', () => {
  test.each([
    ['a coined account', 'velmorastin', 'ci-tools', ''],
    ['a coined account with digits', 'quorbelsky42', 'hubforge', ''],
    ["a profile's repository of its own name", 'dravenholt', 'dravenholt', ''],
  ])('may be a person: %s', (_, owner, repo, post) => {
    expect(isCoinedRepositoryOwner(owner, repo, post)).toBe(true);
  });
  test.each([
    ['an English word', 'kernel', 'tools', ''],
    ['English words run together', 'tendermint', 'spn', ''],
    ["an organisation's kind ending it", 'quarkusio', 'quarkus', ''],
    ['a repository named after it', 'rustls', 'rustls-ffi', ''],
    ['its name opening with the repository', 'gopasspw', 'gopass', ''],
    ['a site of its name in the post', 'velmorastin', 'ci-tools', 'Read https://velmorastin.net/blog first.'],
    ['five letters', 'quorv', 'tools', ''],
    ['a hyphen (the personal-handle rules read it)', 'velmo-rastin', 'tools', ''],
    ['written as a tool in the prose', 'samtavio', 'htslib', 'Then run samtavio sort on the file.'],
    ['written as a name in the prose', 'quorvane', 'quorvane', 'The Quorvane service failed.'],
  ])('not one: %s', (_, owner, repo, post) => {
    expect(isCoinedRepositoryOwner(owner, repo, post)).toBe(false);
  });
  test("a personal site's repository under the account is no sign of an organisation", () => {
    expect(isCoinedRepositoryOwner('velmorastin', 'velmorastin.github.io', '')).toBe(true);
  });
});

describe("the writer's company in other languages (other-language-person-cues.ts, round 49)", () => {
  const found = (line: string) => findOtherLanguagePersonCues(line).map((m) => m.text);
  test.each([
    ['fr', 'Korvane et moi avons relancé le service.', 'Korvane'],
    ['es', 'Ulloa y yo reiniciamos el balanceador.', 'Ulloa'],
    ['de', 'Ich und Hollberger haben die Warteschlange neu gestartet.', 'Hollberger'],
    ['it', 'Io e Brambilla abbiamo riavviato il nodo.', 'Brambilla'],
    ['pt', 'Eu e Joaquina reiniciamos o cluster.', 'Joaquina'],
  ])('found: %s', (_, line, name) => {
    expect(found(line)).toContain(name);
  });
  test.each([
    ['a public product', 'Docker et moi, une longue histoire.'],
    ['an English word', 'Ich und Server haben nichts gemeinsam.'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});
