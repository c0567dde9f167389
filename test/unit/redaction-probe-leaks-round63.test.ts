import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { join } from 'node:path';
import { describeProbesThroughPublicBuild, probePostFile } from '../support/probe-public-build.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { probeOptions } from '../support/redaction-probe-harness.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { PublicVariantError } from '../../src/lib/strip-internal.ts';
import { findOtherLanguagePersonCues } from '../../src/lib/publication/other-language-person-cues.ts';
import { findAttributionsAndSpeakers, findPeopleLists, findTranscriptInitials, withFrontMatterLines } from '../../src/lib/publication/person-patterns.ts';
import { findInitialNames } from '../../src/lib/publication/initial-names.ts';
import { findLinkPathPeople } from '../../src/lib/publication/link-path-people.ts';
import { findCommentAuthorLines } from '../../src/lib/publication/comment-author-lines.ts';
import { foundBeforeRound63, leakProbesRound63, notLeaksRound63, stillPublishedRound63 } from '../support/redaction-probes-round63.ts';

/**
 * The probe round 63 (docs/redaction.md, "Probe round 63"): French, Dutch, Swedish and Japanese
 * prose, footnotes, alt text and link titles, HTML comments and summaries, captions, front matter
 * lists, names split by a line break, initials, names in URLs, mentions and invitations. Text of
 * our own writing.
 */
describeProbeRound({ probes: leakProbesRound63, foundBefore: foundBeforeRound63, stillPublished: stillPublishedRound63, atLeast: { probes: 46, gotThroughBefore: 10 } });

/**
 * Two of the round's shapes are no public post's body: MDX refuses an HTML comment (the public
 * build fails closed on it), and a front matter is the post's own, whose unknown keys the schema
 * refuses; each is asserted so below.
 */
const noBody = new Set(["an HTML comment's reviewer login", 'a front matter list of attendee logins']);
describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound63.filter((p) => !stillPublishedRound63.has(p.kind) && !foundBeforeRound63.has(p.kind) && !noBody.has(p.kind)),
);

describe('the shapes no public body holds fail closed in the public build', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  const validate = (source: string) => validatePostmortemSource(probePostFile, '2025-03-01-probe', source, { vocabulary, knownIds: new Set(['2025-03-01-probe']), contentDir: 'content' });
  test("a public post's HTML comment stops the public build", () => {
    const source = publicProbePost({ body: '<!-- reviewed-by: dmontavesk -->' });
    expect(() => scanPostmortemForPublication(probePostFile, source, validate(source).data!, probeOptions)).toThrow(PublicVariantError);
  });
  test("a post's front matter of an unknown list of people is refused", () => {
    expect(validate(publicProbePost({ beforePublic: 'attendees:\n  - qobelvane\n', body: 'The replay finished.' })).data).toBeUndefined();
  });
});

describeNotLeaks("not findings: products, notes, tags, teams, roles, components and organisations where the round's rules look", notLeaksRound63);
describeLeaksGoneAfterRedact(leakProbesRound63, stillPublishedRound63);

const texts = (matches: readonly { text: string; guess?: boolean }[]) => matches.map((m) => `${m.text}${m.guess ? '?' : ''}`);
const byLine = (found: ReadonlyMap<number, readonly { text: string; index: number }[]>) => [...found].flatMap(([i, ms]) => ms.map((m) => `${i}:${m.index}:${m.text}`));

describe('a name acting after a time in French, Dutch and Swedish, and a participle\'s agent (other-language-person-cues.ts)', () => {
  test.each([
    ['fr, an auxiliary and a participle', 'À 10h14, Quenrith a redémarré le service.', ['Quenrith?']],
    ['nl, the verb before the name', 'Om 10:14 heeft Quenrith de dienst herstart.', ['Quenrith?']],
    ['sv, a past in -ade before the name', 'Kl. 10:14 startade Quenrith om tjänsten.', ['Quenrith?']],
    ['fr, "pris en charge par" and a full name', "L'incident a été pris en charge par Dariela Montavesk.", ['Dariela Montavesk?']],
    ['es, a participle and "por"', 'El incidente fue gestionado por Dariela Montavesk.', ['Dariela Montavesk?']],
  ])('found: %s', (_, line, found) => {
    expect(texts(findOtherLanguagePersonCues(line))).toEqual(found);
  });
  test.each([
    ['fr, a product after a time', 'À 10h14, Kubernetes a redémarré le pod.'],
    ['fr, a noun after "a" that is no participle', 'À 10h14, Quenrith a faim.'],
    ['nl, a lower-case subject after the verb', 'Om 10:14 heeft de monitor gewaarschuwd.'],
    ['sv, a product after the verb', 'Kl. 10:14 startade Kubernetes om podden.'],
    ['fr, a product of two words as the agent', 'Le certificat est signé par Google Trust.'],
    ['fr, a single word as the agent', 'Le certificat est signé par Quenrith.'],
    ['de, a noun public text cites after "laut", added to the list', 'Laut Tacho war der Wagen zu schnell.'],
    ['de, another', 'Laut Fußnote war die Klappe nicht bestellbar.'],
  ])('not found: %s', (_, line) => {
    expect(findOtherLanguagePersonCues(line)).toEqual([]);
  });
});

describe('an attribution line inside an HTML comment (person-patterns.ts)', () => {
  test.each([
    ['a reviewer login', '<!-- reviewed-by: dmontavesk -->', ['dmontavesk']],
    ['an author full name', '<!-- Author: Teodrin Haskemar -->', ['Teodrin Haskemar']],
  ])('found: %s', (_, line, found) => {
    expect(texts(findAttributionsAndSpeakers(line))).toEqual(found);
  });
  test('an editorial note is none', () => {
    expect(findAttributionsAndSpeakers('<!-- TODO: add the graph of the queue -->')).toEqual([]);
  });
});

describe("a front matter's lists of people (person-patterns.ts, withFrontMatterLines)", () => {
  const lists = (text: string) => {
    const lines = text.split('\n');
    return byLine(findPeopleLists(lines, withFrontMatterLines(lines, new Set())));
  };
  test('the logins under attendees, in the front matter only', () => {
    expect(lists('---\ntitle: Ledger replay\nattendees:\n  - qobelvane\n  - dmontavesk\n---\n\nattendees:\n  - hbrekke')).toEqual(['3:4:qobelvane', '4:4:dmontavesk']);
  });
  test.each([
    ['tags and a team', '---\ntags:\n  - postgres\nauthors:\n  - platform-team\n---'],
    ['no front matter: a list in prose', 'attendees:\n  - qobelvane'],
    ['a front matter never closed', '---\nattendees:\n  - qobelvane'],
  ])('none: %s', (_, text) => {
    expect(lists(text)).toEqual([]);
  });
});

describe("an incident role's initial and surname (initial-names.ts)", () => {
  test.each([
    ['a role and an initial', 'Incident commander: T. Haskemar', ['T. Haskemar?']],
    ['handed over to an initial and a surname', 'handed over to J.R. Vik at 06:00', ['J.R. Vik?']],
    ['a role and initials, as before', 'IC: JS', ['JS?']],
  ])('found: %s', (_, line, found) => {
    expect(texts(findInitialNames(line))).toEqual(found);
  });
  test("a role's acronym is none", () => {
    expect(findInitialNames('Incident commander: SRE')).toEqual([]);
  });
});

describe("a code host's namespace of a dotted name (link-path-people.ts)", () => {
  test('a GitLab namespace of two name words', () => {
    expect(texts(findLinkPathPeople('Merged as https://gitlab.com/iskarn.velloway/relay-fix/-/merge_requests/3.'))).toEqual(['iskarn.velloway?']);
  });
  test.each([
    ['an organisation of words', 'https://gitlab.com/gitlab-org/gitlab/-/issues/3'],
    ['a dotted group of English words', 'https://gitlab.com/fdroid.data/fdroiddata'],
    ['a repository, not a namespace', 'https://github.com/vellmoor/iskarn.velloway'],
  ])('none: %s', (_, line) => {
    expect(findLinkPathPeople(line)).toEqual([]);
  });
});

describe("a comment's author above its time (comment-author-lines.ts)", () => {
  test.each([
    ['Google Docs', 'Dariela Montavesk\n10:14 AM Today\nShould we roll back first?', ['0:0:Dariela Montavesk']],
    ['a date after the time', '  Quenrith Obelvane\n9:03 PM Mar 4\nok', ['0:2:Quenrith Obelvane']],
  ])('found: %s', (_, text, found) => {
    expect(byLine(findCommentAuthorLines(text.split('\n')))).toEqual(found);
  });
  test.each([
    ['a heading of English words', 'Root Cause\n10:14 AM\nThe queue filled.'],
    ['a name not above a time', 'Dariela Montavesk\nrolled back at 10:14 AM'],
    ['a time line saying more', 'Dariela Montavesk\n10:14 AM the relay stalled'],
  ])('none: %s', (_, text) => {
    expect(byLine(findCommentAuthorLines(text.split('\n')))).toEqual([]);
  });
});

describe("a transcript's initials (person-patterns.ts, findTranscriptInitials)", () => {
  const initials = (text: string) => byLine(findTranscriptInitials(text.split('\n')));
  test('a run where one label speaks as a person does', () => {
    expect(initials('10:14 QO: restarting the relay now\n10:15 DM: ack')).toEqual(['0:6:QO', '1:6:DM']);
  });
  test.each([
    ['no label speaks', '10:02 LB: drained\n10:03 DB: failover done'],
    ['only a role speaks', '10:02 LB: drained\n10:03 DB: failover done\n10:04 IC: ack'],
    ['one line alone', '10:15 DM: ack'],
    ['lines apart', '10:14 QO: restarting the relay now\n\n10:15 DM: ack'],
  ])('none: %s', (_, text) => {
    expect(initials(text)).toEqual([]);
  });
});
