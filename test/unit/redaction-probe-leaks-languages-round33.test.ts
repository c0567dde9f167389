import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { fixturesDir } from '../support/content-fixture.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { describeProbeRound, foundInProbe, probeOptions, probeOptionsWithOrganisation, publicTextAfterRedact, publishedOccurrences } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { findOtherLanguagePersonCues } from '../../src/lib/publication/other-language-person-cues.ts';
import { findOtherLanguageSystemNouns } from '../../src/lib/publication/other-language-system-nouns.ts';
import { foundBeforeLanguagesRound33, leakProbesLanguagesRound33, stillPublishedLanguagesRound33 } from '../support/redaction-probes-languages-round33.ts';

/**
 * The probe round 33 (docs/redaction.md, "Probe round 33: other languages"): postmortem sentences
 * in German, French, Spanish, Portuguese, Dutch and Italian naming people and internal systems,
 * and names in the public frontmatter fields in English. Text of our own writing.
 */
describeProbeRound({ probes: leakProbesLanguagesRound33, foundBefore: foundBeforeLanguagesRound33, stillPublished: stillPublishedLanguagesRound33, atLeast: { probes: 81, gotThroughBefore: 24 } });

describeProbesThroughPublicBuild(
  'each probe is found through the public build path too, as the body of a public post, with its line',
  leakProbesLanguagesRound33.filter((p) => !stillPublishedLanguagesRound33.has(p.kind)),
);

/** `npm run redact` replaces or removes each leak, or leaves it for the author, when the scan still finds it and the build stops. */
describe('after npm run redact, each leak is gone or still stops the public build', () => {
  test.each(leakProbesLanguagesRound33.filter((p) => !stillPublishedLanguagesRound33.has(p.kind)).map((p) => [p.kind, p] as const))('%s', (_, probe) => {
    const options = probe.org ? probeOptionsWithOrganisation : probeOptions;
    const after = publicTextAfterRedact(probe.text, options);
    expect(publishedOccurrences({ ...probe, text: after })).toEqual([]);
  });
});

describe('not findings: text of those languages written the same way about things', () => {
  test.each([
    ['es: Sr. and a job title', 'El Sr. Engineer de guardia aprobó el rollback.'],
    ['fr: "then" and a noun', 'Ensuite, le service a redémarré.'],
    ['de: a public tool after der Dienst', 'Danach lief der Dienst node-exporter wieder.'],
    ['nl: volgens and a plan', 'Volgens de planning was de migratie om 04:00 klaar.'],
  ])('%s', (_, text) => {
    expect(foundInProbe(text)).toEqual([]);
    expect(foundInProbe(text, probeOptionsWithOrganisation)).toEqual([]);
  });
});

describe('a person after a title, "according to" or "then" in another language', () => {
  test.each([
    ['Wir haben Frau Kübler um 11:00 informiert.', 'Kübler'],
    ['dhr. de Wijngaarden heeft de rollback goedgekeurd.', 'de Wijngaarden'],
    ['La Dott.ssa Capodicasa ha analizzato i log.', 'Capodicasa'],
    ['M. Dupréval a validé le retour arrière.', 'Dupréval'],
    ['Der Fehler lag laut Henning Ostwald an einem Zertifikat.', 'Henning Ostwald'],
    ['Secondo Ilaria, il disco era pieno.', 'Ilaria'],
    ['Depois, Thaís Albuquerque reiniciou o banco de dados.', 'Depois, Thaís Albuquerque'],
    ['Luego Iñaki Berrocal revirtió el cambio.', 'Luego Iñaki Berrocal'],
  ])('found: %s', (line, name) => {
    expect(findOtherLanguagePersonCues(line).map((m) => m.text)).toEqual([name]);
  });
  test.each([
    'Laut Handbuch ist das normal.',
    'Sr. Engineer on call approved it.',
    'Prof. Engineering signed off.',
    'Ensuite, le service a redémarré.',
    'Volgens de planning was het klaar.',
  ])('not found: %s', (line) => {
    expect(findOtherLanguagePersonCues(line)).toEqual([]);
  });
});

describe('a system named after its kind in another language', () => {
  const none = () => false;
  test.each([
    ['Ab 09:15 antwortete der Dienst zahlungs-api nicht mehr.', 'zahlungs-api'],
    ['La file factures-sortantes a débordé.', 'factures-sortantes'],
    ['A fila pedidos-pendentes acumulou mensagens.', 'pedidos-pendentes'],
    ['De dienst betaal-api gaf time-outs.', 'betaal-api'],
  ])('found: %s', (line, name) => {
    expect(findOtherLanguageSystemNouns(line, none).map((m) => m.text)).toEqual([name]);
  });
  test.each([
    'Der Dienst `zahlungs-api` lief.',
    'Der Dienst läuft unter https://x.example/zahlungs-api/ wieder.',
    'Die Warteschlange lief voll.',
    'El servicio de pagos falló.',
  ])('not found: %s', (line) => {
    expect(findOtherLanguageSystemNouns(line, none)).toEqual([]);
  });
  test('a public name the team lists is not read', () => {
    expect(findOtherLanguageSystemNouns('Der Dienst zahlungs-api lief.', (name) => name === 'zahlungs-api')).toEqual([]);
  });
});

/** Ten probes of names in the public frontmatter fields, in English: the public build's scan must find each. */
describe('names in the public frontmatter fields are found by the public build scan', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  const withOwner = (owner: string) => publicProbePostWithField('action', 'Add a disk alert').replace('owner: checkout', `owner: ${owner}`);
  test.each([
    ['title', 'Marguerite Oyelaran restarted the ledger', 'Marguerite Oyelaran'],
    ['title', "Outage after Tobiah Wrenfield's config change", 'Tobiah Wrenfield'],
    ['summary', 'Ingrith Falkvang rolled back the deploy at 10:20.', 'Ingrith Falkvang'],
    ['summary', 'Paged on-call (Dmitri Sokolovsky) approved the failover.', 'Dmitri Sokolovsky'],
    ['impact', 'Customers of Halvard Brennick were told by e-mail.', 'Halvard Brennick'],
    ['impact', 'Thanks to Oluwaseun Adebanjo, nobody lost data.', 'Oluwaseun Adebanjo'],
    ['action', 'Ask Priyanka Venkataraman to review the runbook', 'Priyanka Venkataraman'],
    ['action', "Fix Corentin Laborie's cron job", 'Corentin Laborie'],
  ] as const)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
  // An owner must be a team of content/teams.yaml: a person there stops the check before any redaction rule reads it.
  test.each(['Wendeline Abernathy-Cole', 'kvasquez'])('action owner: %s', (owner) => {
    const found = validatePostmortemSource('content/postmortems/2025-03-01-probe.mdx', '2025-03-01-probe', withOwner(owner), { vocabulary, knownIds: new Set(['2025-03-01-probe']), contentDir: 'content' }).findings;
    expect(found.some((f) => f.severity === 'error' && f.field === 'actionItems[0].owner' && f.message.includes(owner)), JSON.stringify(found)).toBe(true);
  });
});
