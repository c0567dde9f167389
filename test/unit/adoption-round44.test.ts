import { describe, expect, test } from 'vitest';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import type { RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { placeholderImpact } from '../../src/lib/adoption/placeholder-facts.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { carriedScanOptions, postToRedact } from '../support/post-to-redact.ts';
import { applyRedactionFixesThatParse } from '../../src/lib/publication/apply-fixes-parsing.ts';
import { publicBodyParses } from '../../src/lib/publication-scan.ts';

/**
 * Round 44's adoption walk (docs/adopting.md, "Adoption walkthrough round 44").
 */
const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
const id = '2025-03-01-probe';
const file = `content/postmortems/${id}.mdx`;
const personTexts = (source: string, options: RedactionOptions) => {
  const data = validatePostmortemSource(file, id, source, { vocabulary, knownIds: new Set([id]), contentDir: 'content' }).data!;
  return scanPostmortemForPublication(file, source, data, options).findings.filter((f) => f.rule === 'redact/person' || f.rule === 'redact/possible-person').map((f) => f.message);
};

/**
 * The names a walk lists as people (`--names`: every git author's full name of the fetched
 * repositories, as a team's members) held an account named "Not Applicable". Its first word is a
 * listed part, and the measurement's impact placeholder opened with it: the guard took it for a
 * person and `npm run redact` published every report without a stated impact as "An engineer
 * stated in the original report".
 */
describe('the measurement\'s impact placeholder', () => {
  const listed: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([{ name: 'Not Applicable', origin: 'git author' }, { name: 'Orla Brennick', origin: 'git author' }]) };

  test('names no listed person, even with a listed account whose words are everyday words', () => {
    expect(personTexts(publicProbePostWithField('impact', placeholderImpact), listed)).toEqual([]);
  });

  test('the list is still read: a listed name in the same field is found', () => {
    expect(personTexts(publicProbePostWithField('impact', `${placeholderImpact} Orla Brennick saw it first.`), listed).join('\n')).toMatch(/Orla Brennick/);
  });
});

/**
 * A homelab's status notes link a provider's profile as the words that name it: "at my [CDN
 * provider](<a social network's profile address>)". The guard reads a profile's address as a
 * person (a handle), and `npm run redact` put a role in place of the link's destination:
 * `[CDN provider](<Internal>…</Internal><PublicOnly>an engineer</PublicOnly>)`, no link in MDX, and
 * the page showed "[CDN provider](an engineer)". Provider and handle invented here.
 */
describe('a person found as the whole address of a link', () => {
  test('is withheld with its link, whose words stay public', () => {
    const post = postToRedact('2025-04-02-dns-down', 'An incident at my [CDN provider](https://twitter.com/QuarvelCDN) affected their DNS resolution.\n');
    const findings = scanPostmortemForPublication(post.file, post.source, post.data, carriedScanOptions).findings;
    expect(findings.map((f) => f.rule)).toContain('redact/person');
    const fixed = applyRedactionFixesThatParse(post.source, findings, { isMdx: true, parses: (text) => publicBodyParses(post.file, text), servicePublicNames: new Map() }).source;
    expect(fixed).toContain('at my <Internal>[CDN provider](https://twitter.com/QuarvelCDN)</Internal><PublicOnly>CDN provider</PublicOnly> affected');
  });
});

/**
 * A German status page's impact opened with a listed name ("<Name> meldete, …"): `npm run redact`
 * wrote the German stand-in "[Name entfernt]" at the start of the plain YAML value, which YAML
 * reads as a list, and `npm run check` then refused the file (`frontmatter/yaml`): 33 of 62 posts
 * of the walk's status pages were held for it. Name and wording invented here.
 */
describe('a stand-in in brackets opening a frontmatter value', () => {
  test('is written in a quoted value, which parses and keeps the rest of the words', () => {
    const options: RedactionOptions = { ...carriedScanOptions, peopleIndex: buildPeopleIndex([{ name: 'Orla Brennick', origin: 'git author' }]) };
    const source = publicProbePostWithField('impact', 'Orla Brennick meldete, dass die Anmeldung für alle Kunden fehlschlug und die Seite nicht erreichbar war.');
    const data = validatePostmortemSource(file, id, source, { vocabulary, knownIds: new Set([id]), contentDir: 'content' }).data!;
    const findings = scanPostmortemForPublication(file, source, data, options).findings;
    const fixed = applyRedactionFixesThatParse(source, findings, { isMdx: true, parses: (text) => publicBodyParses(file, text), servicePublicNames: new Map() }).source;
    const description = (parseYaml(splitFrontmatter(fixed).yaml) as { impact: { description: string } }).impact.description;
    expect(description).toBe('[Name entfernt] meldete, dass die Anmeldung für alle Kunden fehlschlug und die Seite nicht erreichbar war.');
  });
});
