import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { findOtherLanguageMachineWords } from '../../src/lib/publication/other-language-machine-words.ts';
import { findOtherLanguagePeople } from '../../src/lib/publication/other-language-people.ts';
import { fieldProbesRound43b, foundBeforeRound43b, leakProbesRound43b, notLeaksRound43b, stillPublishedRound43b } from '../support/redaction-probes-round43b.ts';

/**
 * The probe round 43b (docs/redaction.md, "Probe round 43b"): people, machines, teams and internal
 * tools in reports written in Spanish, Portuguese, French, German, Italian, Dutch, Polish and
 * Japanese, and people, handles, internal hosts and links, tickets and channels in the structured
 * parts a public post shows (its public frontmatter fields, headings, image alt text and captions,
 * link texts, table cells). Every probe and negative is text of our own writing; no list knows any
 * name.
 */
describeProbeRound({ probes: leakProbesRound43b, foundBefore: foundBeforeRound43b, stillPublished: stillPublishedRound43b, atLeast: { probes: 42, gotThroughBefore: 16 } });

describeProbesThroughPublicBuild(
  'each probe found now is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound43b.filter((p) => !stillPublishedRound43b.has(p.kind)),
);

describeNotLeaks('not findings: machines, teams and tools doing or being something in those languages, public products, graphs and trackers in the same structured parts, without and with the organisation configured', notLeaksRound43b);
describeLeaksGoneAfterRedact(leakProbesRound43b, stillPublishedRound43b);

describe('the public frontmatter fields (public title and summary, impact, public action items and timeline events) in those languages: the public build scan finds each leak', () => {
  test.each(fieldProbesRound43b)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

describe('a machine, team or tool named by one word after its noun in another language (other-language-machine-words.ts)', () => {
  const found = (line: string) => findOtherLanguageMachineWords(line, () => false).map((m) => ({ text: m.text, at: line.slice(m.index, m.index + m.text.length) === m.text }));
  test.each([
    ['es: before a conjunction', 'Reiniciamos la máquina zurbelo y volvió el servicio.', ['zurbelo']],
    ['es: before a past tense', 'El servidor carbayón dejó de responder.', ['carbayón']],
    ['pt: before a past tense', 'O servidor tambaqui ficou sem memória.', ['tambaqui']],
    ['fr: before an auxiliary', 'Le serveur brocéliande a redémarré tout seul.', ['brocéliande']],
    ['fr: after a restart, before a preposition', 'Nous avons relancé la machine vorlapin vers midi.', ['vorlapin']],
    ['de: before a weak past', 'Der Server quorx antwortete nicht mehr.', ['quorx']],
    ['de: before a strong past', 'Auf dem Rechner elbgrund lief der Cron doppelt.', ['elbgrund']],
    ['it: closing the sentence', 'Abbiamo riavviato la macchina tortellone.', ['tortellone']],
    ['nl: before a strong past', 'De server vlinderhof gaf geen antwoord meer.', ['vlinderhof']],
    ['pl: before a past tense', 'Serwer krzewina przestał odpowiadać.', ['krzewina']],
    ['ja: before a particle', 'サーバー kagerou が応答しなくなりました。', ['kagerou']],
    ['es: a team', 'El equipo Tramuntana revisó los cambios.', ['Tramuntana']],
    ['pt: an internal tool', 'A ferramenta interna Caruaru mostrou os alertas.', ['Caruaru']],
  ])('found: %s', (_, line, names) => {
    const got = found(line);
    expect(got.map((g) => g.text)).toEqual(names);
    expect(got.every((g) => g.at)).toBe(true);
  });
  test.each([
    ['es: a verb before its object', 'El servidor responde con errores.'],
    ['es: an adjective', 'El servidor principal quedó sin disco.'],
    ['es: a participle', 'La máquina afectada volvió a las 03:00.'],
    ['fr: a verb', 'Le serveur répond de nouveau.'],
    ['fr: an adjective before a preposition, not after a restart', 'La machine distante vers midi.'],
    ['de: a verb', 'Der Server antwortete nicht mehr.'],
    ['de: a strong verb', 'Der Server läuft wieder.'],
    ['it: an adjective', 'Il server nuovo è pronto.'],
    ['nl: a verb', 'De server werkt weer.'],
    ['pl: an adjective', 'Serwer zapasowy przejął ruch.'],
    ['ja: a public product', 'サーバー nginx が応答しません。'],
    ['a code span', 'Der Server `quorx` antwortete nicht mehr.'],
    ['a team after its noun, a function word', "L'équipe Des opérations a validé."],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('a person asked to act in another language (other-language-people.ts)', () => {
  const asked = (line: string) => findOtherLanguagePeople(line).filter((m) => m.why === 'asked to act in another language').map((m) => m.text);
  test.each([
    ['Pedir a Jurandir Maia que revise el runbook', 'Jurandir Maia'],
    ['Demander à Ysoline de vérifier la sauvegarde', 'Ysoline'],
    ['Chiedere a Ilaria di aggiornare il runbook', 'Ilaria'],
    ['Pedir ao Jairo para revisar o alerta', 'Jairo'],
    ['Vragen aan Sjoerd om de schijf te vergroten', 'Sjoerd'],
  ])('found: %s', (line, name) => {
    expect(asked(line)).toEqual([name]);
  });
  test.each(['Pedir a Google que aumente la cuota', 'Demander à Mozilla de publier le correctif', 'Chiedere a Tutti di aggiornare', 'Pedir a Soporte que abra un caso', 'Demander au Fournisseur de confirmer'])('not found: %s', (line) => {
    expect(asked(line)).toEqual([]);
  });
});
