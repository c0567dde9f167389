import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, foundInProbe } from '../support/redaction-probe-harness.ts';
import { findEverydayWordNames } from '../../src/lib/publication/everyday-word-names.ts';
import { findOtherLanguageMachineWords } from '../../src/lib/publication/other-language-machine-words.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { fieldProbesRound48, foundBeforeRound48, leakProbesRound48, notLeaksRound48, stillPublishedRound48 } from '../support/redaction-probes-round48.ts';

/**
 * The probe round 48 (docs/redaction.md, "Probe round 48"): round 47's leftovers in new sentences
 * (a given name the lexicon calls a word before a surname no dictionary knows, French participles
 * of `-ir`/`-re` verbs, repositories under coined handles) and the shapes of retros no round read
 * before (notes left to fill in, in brackets; a surname advising; a member's roommate; owners lists
 * of full names with profile links), in English, Spanish, Portuguese, French, German, Italian, Dutch
 * and Polish. Every probe and negative is text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound48, foundBefore: foundBeforeRound48, stillPublished: stillPublishedRound48, atLeast: { probes: 73, gotThroughBefore: 15 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound48.filter((p) => !stillPublishedRound48.has(p.kind) && !foundBeforeRound48.has(p.kind)),
);

describeNotLeaks('not findings: a modal before a public product, a title run, French participles of -ir/-re verbs, a placeholder to fill in, a system in a possessive', notLeaksRound48);
describeLeaksGoneAfterRedact(leakProbesRound48, stillPublishedRound48);

describe('the public frontmatter fields: the public build scan finds each leak', () => {
  test.each(fieldProbesRound48)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

describe('a given name that is also a word before a surname no dictionary knows (everyday-word-names.ts, round 48)', () => {
  const found = (line: string) => findEverydayWordNames(line).map((m) => m.text);
  test.each([
    ['an attendee list item', '* Rich Drummelow (observing only)', ['Rich Drummelow']],
    ['a table cell', '| 10:02 | Rich Drummelow | paged |', ['Rich Drummelow']],
    ['opening a sentence before a verb in the past', 'Grant Pellvane restarted the pool.', ['Grant Pellvane']],
    ['after thanks', 'Thanks to Mark Quorlind for the fix.', ['Mark Quorlind']],
  ])('found: %s', (_, line, names) => {
    expect(found(line)).toEqual(names);
  });
  test.each([
    ['an imperative before a coined object', 'Grant Quorvalen read access to the bucket.'],
    ['a modal opening a question', 'Will Quorvalen recover on its own?'],
    ['a surname a dictionary knows', '* Rich Text (observing only)'],
    ['a plural', '* Mark Drummelows as read'],
    ['an imperative before a word in -ss', 'Grant Quorvalen access to the bucket.'],
    ['a title run', '## Rich Drummelow Outage Report'],
    ['a month before a number', 'In May Quorvalen 2 was released.'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('French machines beside participles of -ir/-re verbs and before a present or a negation (other-language-machine-words.ts, round 48)', () => {
  const found = (line: string) => findOtherLanguageMachineWords(line, () => false).map((m) => m.text);
  test.each([
    ['a coined word before a negation', 'Le serveur plouvenu ne répond plus.', 'plouvenu'],
    ['a coined word before a present verb', 'Le serveur kerbini redémarre avec un disque plein.', 'kerbini'],
    ['a coined word in -ue after a gateway', 'La passerelle kerdanvue est tombée à 03:10.', 'kerdanvue'],
    ['a coined word in -i before a perfect', 'Le serveur kerbini a planté.', 'kerbini'],
  ])('found: %s', (_, line, name) => {
    expect(found(line)).toEqual([name]);
  });
  test.each([
    ['a chosen server', 'Le serveur choisi a planté.'],
    ['a full disk, feminine plural of the gateway', 'Les passerelles remplies ont saturé.'],
    ['an interrupted service', 'La base de données interrompue est tombée.'],
    ['a main server before a present verb', 'Le serveur principal ne répond plus.'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('a note to fill in, advising, and a roommate (person-patterns.ts, person-clause-forms.ts, round 48)', () => {
  test.each([
    ['a note to fill in, in square brackets', 'The build broke. [Tamsin to fill in the right technical details]', 'Tamsin'],
    ['a note to fill in, in round brackets', 'A dependency broke the image (Tamsin to fill in the details).', 'Tamsin'],
    ['a surname advising', 'Brannagh advises students to use the staging hub.', 'Brannagh'],
    ["someone's roommate", "Kelvaro's roommate notices that his notebooks are gone.", 'Kelvaro'],
  ])('found: %s', (_, text, name) => {
    expect(foundInProbe(text).some((f) => f.endsWith(`:${name}`)), JSON.stringify(foundInProbe(text))).toBe(true);
  });
});
