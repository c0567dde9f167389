import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { joinNamesWithTheirAddresses, type StandInKind } from '../../src/lib/publication/person-address-runs.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { manyPostsFrom, withPublicNamesAdviceForNamesInManyPosts } from '../../src/lib/publication/names-in-many-posts.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { postToRedact } from '../support/post-to-redact.ts';
import { publicBodyAfterRedact as redactedBody } from '../support/public-body-after-redact.ts';
import { scanSourcesForPublication } from '../../scripts/lib/redaction-check.ts';

/**
 * Round 46's adoption walk (docs/adopting.md, "Walkthrough round 46"). Names, addresses and posts
 * invented here.
 */
const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
const options: RedactionOptions = {
  internalDomains: ['.internal'], serviceIds: [], people: [],
  peopleIndex: buildPeopleIndex([{ name: 'Torvald Quennec', origin: 'git author' }, { name: 'Ilsa Varga', origin: 'git author' }]),
};

/** The public page's body of `body` after `npm run redact`'s rounds (test/support/public-body-after-redact.ts). */
const publicBodyAfterRedact = (body: string, ext: 'mdx' | 'md' = 'mdx') => redactedBody(body, options, ext);

/**
 * Session 45: `npm run redact` replaced a name and the address after it each by a role, so an
 * author line read "Author: An engineer an engineer" on the public page (the mail link under the
 * name is a person's too), or "An engineer (the responsible team)". One person, one stand-in, in
 * each language the stand-ins are written in; two people the text names stay two.
 */
describe('a name and its address are one person\'s stand-in', () => {
  const lead = 'The wiki served a bad link for an hour.\n\n';
  it.each([
    ['a mail link after the name', 'Author: Torvald Quennec [tq@acme.example](mailto:tq@acme.example)', 'Author: An engineer'],
    ['an address in escaped angle brackets', 'Author: Torvald Quennec \\<tq@acme.example\\>', 'Author: An engineer'],
    ['an address in brackets', 'Written by Torvald Quennec (tq@acme.example) for the team.', 'Written by an engineer for the team.'],
    ['a handle after the name', 'Author: Torvald Quennec @tquennec', 'Author: An engineer'],
    ['two people, each with an address', 'Reviewed by Torvald Quennec (@tquennec) and Ilsa Varga (@ivarga).', 'Reviewed by two engineers.'],
  ])('%s', (_, line, expected) => {
    expect(publicBodyAfterRedact(lead + line)).toBe(`${lead.trim()}\n\n${expected}`);
  });

  it('in a .md body, where the stand-ins are plain words', () => {
    expect(publicBodyAfterRedact(`${lead}Written by Torvald Quennec (tq@acme.example) for the team.`, 'md')).toMatch(/\n\nWritten by an engineer for the team\.$/);
  });

  it('on a line of another language: one placeholder for the person, two for two people', () => {
    const body = 'Der Link im Wiki war defekt, und die Seite war für alle Nutzer nicht erreichbar.\n\n'
      + 'Torvald und Ilsa haben den Pool neu gestartet, und die Seite war wieder erreichbar.\n\n'
      + 'Geschrieben von Torvald Quennec (tq@acme.example) für das Team.';
    const page = publicBodyAfterRedact(body);
    expect(page).toContain('[Name entfernt] und [Name entfernt] haben den Pool neu gestartet');
    expect(page).toContain('Geschrieben von [Name entfernt] für das Team.');
  });

  it('a list of a name and another\'s handle stays a list of two', () => {
    expect(publicBodyAfterRedact(`${lead}cc Torvald, @ivarga`)).toMatch(/cc an engineer, the responsible team$/);
  });
});

describe('joinNamesWithTheirAddresses', () => {
  const edit = (source: string, text: string, stand: string, kind: StandInKind) => ({ start: source.indexOf(text), end: source.indexOf(text) + text.length, text: stand, kind });
  const kindOf = (e: { kind: StandInKind }) => e.kind;
  it.each([
    ['Torvald Quennec (tq@acme.example) wrote', 'an engineer wrote'],
    ['Torvald Quennec <tq@acme.example> wrote', 'an engineer wrote'],
    ['Torvald Quennec tq@acme.example wrote', 'an engineer wrote'],
    ['Torvald Quennec, tq@acme.example wrote', 'an engineer, the responsible team wrote'],
    ['Torvald Quennec - tq@acme.example wrote', 'an engineer - the responsible team wrote'],
  ])('%s', (source, expected) => {
    const address = /tq@acme\.example/.exec(source)![0];
    const edits = [edit(source, 'Torvald Quennec', 'an engineer', 'name'), edit(source, address, 'the responsible team', 'address')];
    const joined = joinNamesWithTheirAddresses(source, edits, kindOf);
    let result = source;
    for (const e of [...joined].reverse()) result = result.slice(0, e.start) + e.text + result.slice(e.end);
    expect(result).toBe(expected);
    expect(joined.flatMap((e) => e.joined)).toHaveLength(2);
  });

  it('never joins two names, nor an address before a name', () => {
    const source = 'Torvald Quennec Ilsa Varga; tq@acme.example Ilsa Varga';
    const edits = [
      edit(source, 'Torvald Quennec', 'an engineer', 'name'), edit(source, 'Ilsa Varga', 'an engineer', 'name'),
      edit(source, 'tq@acme.example', 'an engineer', 'address'), { ...edit(source, 'Ilsa Varga', 'an engineer', 'name'), start: source.lastIndexOf('Ilsa'), end: source.length },
    ];
    expect(joinNamesWithTheirAddresses(source, edits, kindOf)).toHaveLength(4);
  });
});

/**
 * Round 46's walk: a status post's "Our Slack remains available" and "join our Slack" were held
 * back as a person, the names list holding a git author "… Slack" ("Orla Slack" here). After "our",
 * "your" or "their" a listed part that is an English word names the organisation's thing.
 */
describe('a listed part that is a word, after "our", "your" or "their"', () => {
  const listed: RedactionOptions = { internalDomains: [], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([{ name: 'Orla Slack', origin: 'git author' }]) };
  const found = (line: string) => scanPublicText('x.mdx', line, listed).findings.filter((f) => f.rule.startsWith('redact/person') || f.rule === 'redact/possible-person').map((f) => f.message);
  it.each(['Our Slack remains available for questions.', 'Please join our Slack, or write to us.', 'Ask in your Slack workspace.', 'Their Slack was down too.'])('"%s" is no person', (line) => {
    expect(found(line)).toEqual([]);
  });
  it.each(['Slack restarted the pool at 10:05.', 'Thanks to Slack for the quick fix.', 'Orla Slack restarted the pool.', 'Our Orla Slack restarted the pool.'])('"%s" is still the person', (line) => {
    expect(found(line).join('\n')).toMatch(/"(?:Orla )?Slack"/);
  });
});

/**
 * Round 46 (left by session 45): a homelab's deploy tool, a public product, was found as an
 * internal system's code name 62 times in 25 posts, each fix saying "list it in publicNames" with
 * no word of where that list is or that one entry allows every use.
 */
describe('a guess found in many posts', () => {
  const finding = (file: string, text: string, rule = 'redact/internal-name'): Finding => ({
    file, line: 3, column: 1, severity: 'error', rule,
    message: `the name of an internal system, team or tool (a code name before a system noun) would be published: "${text}".`,
    fix: `Move "${text}" into <Internal>…</Internal> or describe it generically, or list it in publicNames.`,
  });
  it('says the one redaction.publicNames entry in site.config.ts, with the count of posts', () => {
    const posts = Array.from({ length: manyPostsFrom }, (_, i) => `content/postmortems/p${i}.mdx`);
    const advised = withPublicNamesAdviceForNamesInManyPosts([...posts.map((file) => finding(file, 'Vantoro')), finding(posts[0], 'vantoro'), finding(posts[1], 'Quellfin')]);
    expect(advised[0].fix).toBe(`"Vantoro" is found in ${manyPostsFrom} posts. If it is a public name (a product or vendor you use, your organisation), list it once in redaction.publicNames in site.config.ts (publicNames: ["Vantoro"]): one entry allows it in every post. If it is your own system's or a person's, move "Vantoro" into <Internal>…</Internal> or describe it generically, or list it in publicNames.`);
    expect(advised[manyPostsFrom].fix).toMatch(/^"vantoro" is found in 3 posts\./);
    expect(advised.at(-1)!.fix).toMatch(/^Move "Quellfin"/);
  });
  it('is what npm run check and the public build\'s scan say of a code name in three posts', () => {
    const posts = [0, 1, 2].map((i) => postToRedact(`2025-03-0${i + 1}-deploy`, `The Zarnith service dropped a queued deploy ${i + 1} time(s).\n`));
    const { findings } = scanSourcesForPublication(posts.map((p) => ({ ...p, id: p.file, findings: [] })) as never, options);
    const vantoro = findings.filter((f) => /"Zarnith"/.test(f.message));
    expect(vantoro).toHaveLength(3);
    for (const f of vantoro) expect(f.fix).toMatch(/^"Zarnith" is found in 3 posts\. .*redaction\.publicNames in site\.config\.ts \(publicNames: \["Zarnith"\]\)/);
  });
  it('leaves a name in fewer posts, and a person found by a list or a full name, as they were', () => {
    const few = Array.from({ length: manyPostsFrom - 1 }, (_, i) => finding(`p${i}.mdx`, 'Vantoro'));
    const people = Array.from({ length: manyPostsFrom + 2 }, (_, i) => finding(`p${i}.mdx`, 'Orla Slack', 'redact/person'));
    expect(withPublicNamesAdviceForNamesInManyPosts(few)).toEqual(few);
    expect(withPublicNamesAdviceForNamesInManyPosts(people)).toEqual(people);
  });
});
