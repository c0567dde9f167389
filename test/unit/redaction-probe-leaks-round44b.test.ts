import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { findOtherLanguageMachineWords } from '../../src/lib/publication/other-language-machine-words.ts';
import { findOtherLanguagePeople } from '../../src/lib/publication/other-language-people.ts';
import { findOtherLanguagePersonCues } from '../../src/lib/publication/other-language-person-cues.ts';
import { fieldProbesRound44b, foundBeforeRound44b, leakProbesRound44b, notLeaksRound44b, stillPublishedRound44b } from '../support/redaction-probes-round44b.ts';

/**
 * The probe round 44b (docs/redaction.md, "Probe round 44b"): machines after the nouns of an
 * instance, a cluster or a node, before their verb's object or a reflexive pronoun, and in Korean,
 * Chinese and Russian; people in the shapes other languages write them (titles, an article before a
 * given name, honorifics, a double surname, a patronymic), in prose, tables, timelines and the
 * public frontmatter fields. Every probe and negative is text of our own writing; no list knows any
 * name.
 */
describeProbeRound({ probes: leakProbesRound44b, foundBefore: foundBeforeRound44b, stillPublished: stillPublishedRound44b, atLeast: { probes: 55, gotThroughBefore: 25 } });

describeProbesThroughPublicBuild(
  'each probe found now is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound44b.filter((p) => !stillPublishedRound44b.has(p.kind)),
);

describeNotLeaks('not findings: machines and people-like words in the same shapes that name no one and nothing internal, without and with the organisation configured', notLeaksRound44b);
describeLeaksGoneAfterRedact(leakProbesRound44b, stillPublishedRound44b);

describe('the public frontmatter fields in those languages: the public build scan finds each leak', () => {
  test.each(fieldProbesRound44b)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

describe('a machine named by one word after its noun (other-language-machine-words.ts, round 44b)', () => {
  const found = (line: string) => findOtherLanguageMachineWords(line, () => false).map((m) => ({ text: m.text, at: line.slice(m.index, m.index + m.text.length) === m.text }));
  test.each([
    ['es: before con', 'El servidor zurbelo con errores siguió aceptando conexiones.', ['zurbelo']],
    ['es: before a reflexive pronoun', 'La instancia mendikoi se quedó sin disco.', ['mendikoi']],
    ['pt: after o cluster, before a plural past', 'Os clientes do cluster jaraquirim ficaram sem acesso.', ['jaraquirim']],
    ['de: after the genitive', 'Ausfall des Knotens felsbrack', ['felsbrack']],
    ['fr: after le conteneur', 'Le conteneur pastiflor a redémarré deux fois.', ['pastiflor']],
    ['de: before mit', 'Der Server quorx mit vollem Datenträger nahm nichts an.', ['quorx']],
    ['nl: after de node', 'De node slootwater viel om 03:00 uit.', ['slootwater']],
    ['ja: after インスタンス', 'インスタンス tsukimiso が停止しました。', ['tsukimiso']],
    ['ko: a particle written onto it', '서버 dalbit가 응답하지 않았습니다.', ['dalbit']],
    ['zh: before a character', '服务器 moqiwen 宕机了。', ['moqiwen']],
    ['zh: before a space and a character', '节点 qinghe 上的 kubelet 停止了。', ['qinghe']],
    ['ru: before a Russian verb', 'Сервер kedrovka перестал отвечать.', ['kedrovka']],
  ])('found: %s', (_, line, names) => {
    const got = found(line);
    expect(got.map((g) => g.text)).toEqual(names);
    expect(got.every((g) => g.at)).toBe(true);
  });
  test.each([
    ['es: a present verb before con', 'El servidor funciona con poca memoria.'],
    ['es: an adjective before con', 'El servidor lleno con disco SSD.'],
    ['es: a feminine adjective before se', 'La instancia pequeña se quedó sin disco.'],
    ['pt: a present verb before com', 'O servidor fica com disco cheio.'],
    ['fr: a present verb before avec', 'Le serveur fonctionne avec peu de mémoire.'],
    ['de: a present verb before mit', 'Der Server startet mit Fehlern.'],
    ['it: a present verb before con', 'Il server risponde con errori.'],
    ['ko: a public product', '서버 nginx가 응답하지 않았습니다.'],
    ['zh: a public product', '服务器 nginx 宕机了。'],
    ['zh: a capitalised state', '节点 NotReady 时驱逐 Pod。'],
    ['ru: a public product', 'Сервер nginx перестал отвечать.'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('people in other languages (other-language-people.ts, other-language-person-cues.ts, round 44b)', () => {
  const people = (line: string) => [...findOtherLanguagePeople(line), ...findOtherLanguagePersonCues(line)].map((m) => m.text);
  test.each([
    ['pt: the article before a given name', 'O Jurandir reiniciou o servidor às 02:40.', 'Jurandir'],
    ['pt: after a timeline time', '- 02:40 Oriana reiniciou o serviço de filas.', 'Oriana'],
    ['es: after a public timeline event time', '- 00:00 Tavish reinició el balanceador.', 'Tavish'],
    ['pl: pan', 'Pan Wróblewicz zrestartował serwer o 02:00.', 'Wróblewicz'],
    ['pl: pani in its genitive', 'Według pani Kozłowskiej dysk był pełny.', 'Kozłowskiej'],
    ['de: von Kollege', 'Der Dienst wurde von Kollege Brandstätter neu gestartet.', 'Brandstätter'],
  ])('found: %s', (_, line, name) => {
    expect(people(line)).toContain(name);
  });
  test.each([
    ['pt: the article before a product', 'O Grafana mostrou o alerta tarde.'],
    ['pt: the team', 'A equipe reiniciou o servidor às 02:40.'],
    ['en: a camera pan', 'Pan Right to follow the graph.'],
    ['en: a time before a role', '- 10:05 On-call reiniciou o serviço.'],
  ])('not found: %s', (_, line) => {
    expect(people(line)).toEqual([]);
  });
});
