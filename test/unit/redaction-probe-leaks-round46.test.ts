import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, foundInProbe } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { findCodeNameIdentifiers } from '../../src/lib/publication/code-name-identifiers.ts';
import { findOtherLanguageMachineWords } from '../../src/lib/publication/other-language-machine-words.ts';
import { findOtherLanguagePeople } from '../../src/lib/publication/other-language-people.ts';
import { findUnownedCodeNames } from '../../src/lib/publication/unowned-code-names.ts';
import { fieldProbesRound46, foundBeforeRound46, leakProbesRound46, notLeaksRound46, stillPublishedRound46 } from '../support/redaction-probes-round46.ts';

/**
 * The probe round 46 (docs/redaction.md, "Probe round 46"): round 45's leftovers in new sentences
 * (an alert or metric of a given name, machines of other languages before a finite verb whatever
 * their ending, a German strong past, a customer's hub, a code name of two words run together),
 * and the shapes of retros no round read before (Responders lists and Author headings, owner
 * columns of lower-case first names, anchors of a member's section, reporters thanked, chat quotes
 * with French spacing, timelines in the present under clock headings, "made/reported by" in other
 * languages), in English, Spanish, Portuguese, French, German, Italian and Dutch, in the body and
 * the public frontmatter fields. Every probe and negative is text of our own writing; no list
 * knows any name.
 */
describeProbeRound({ probes: leakProbesRound46, foundBefore: foundBeforeRound46, stillPublished: stillPublishedRound46, atLeast: { probes: 88, gotThroughBefore: 32 } });

describeProbesThroughPublicBuild(
  'each probe found now is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound46.filter((p) => !stillPublishedRound46.has(p.kind)),
);

describeNotLeaks('not findings: roles, public alerts, projects and products, plain hubs, and modifiers agreeing with their machine, without and with the organisation configured', notLeaksRound46);
describeLeaksGoneAfterRedact(leakProbesRound46, stillPublishedRound46);

describe('the public frontmatter fields: the public build scan finds each leak', () => {
  test.each(fieldProbesRound46)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

const never = () => false;

describe('machines of other languages before a finite verb (other-language-machine-words.ts, round 46)', () => {
  const found = (line: string) => findOtherLanguageMachineWords(line, never).map((m) => m.text);
  test.each([
    ['de: a German strong past', 'Der Loadbalancer heidekamp verwarf die Anfragen.', 'heidekamp'],
    ['de: a strong past with a prefix', 'Der Server brakwasser verlor die Verbindung.', 'brakwasser'],
    ['de: a word ending in -e before a strong past', 'Die Datenbank moorweide lief voll.', 'moorweide'],
    ['de: a word ending in -e closing a genitive', '![Speicher der Datenbank moorweide](img/db.png)', 'moorweide'],
    ['pt: a verb-like ending before a past', 'O banco de dados jabuticaba ficou sem espaço.', 'jabuticaba'],
    ['es: a plural after a singular article', 'La máquina virtual arrozales se reinició dos veces.', 'arrozales'],
    ['it: a plural participle ending after a singular article', "L'istanza pomegranate è caduta alle 04:00.", 'pomegranate'],
  ])('found: %s', (_, line, name) => {
    expect(found(line)).toEqual([name]);
  });
  test.each([
    ['es: an agreeing participle', 'La base de datos replicada falló a las 03:00.'],
    ['es: an agreeing adjective in -a', 'La base de datos nueva dejó de responder.'],
    ['pt: an agreeing participle', 'O servidor dedicado ficou sem espaço.'],
    ['it: an agreeing adjective', 'Il server principale ha smesso di rispondere.'],
    ['fr: an agreeing participle', 'Le serveur dédié a perdu la moitié des backends.'],
    ['de: an adverb after the noun', 'Die Datenbank selbst lief voll.'],
    ['it: a participle of an earlier plural before a preposition', 'le informazioni del server correlate a qualsiasi richiesta'],
    ['pt: a participle of an earlier plural before a preposition', 'informações do servidor relacionadas a quaisquer pedidos'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('alerts and metrics opening with a given name (code-name-identifiers.ts, round 46)', () => {
  const found = (line: string) => findCodeNameIdentifiers(line, never).map((m) => m.text);
  test.each([
    ['an alert', 'We silenced GarnetDiskPressure for the night.', 'GarnetDiskPressure'],
    ['an alert of another given name', '| OttoReplicaLagHigh | 7 |', 'OttoReplicaLagHigh'],
    ['a metric', 'The rosalind_queue_depth gauge kept climbing.', 'rosalind_queue_depth'],
  ])('found: %s', (_, line, name) => {
    expect(found(line)).toEqual([name]);
  });
  test.each([
    ['a given name that is an everyday word', 'MaxQueueBacklog and WillDiskPressure and RoseReplicaLagHigh'],
    ['a public alert', 'KubePodCrashLooping and TargetDown'],
    ['a configured public name', 'GarnetDiskPressure', (text: string): boolean => text === 'Garnet'],
  ] as [string, string, ((text: string) => boolean)?][])('not found: %s', (_, line, isPublic = never) => {
    expect(findCodeNameIdentifiers(line, isPublic)).toEqual([]);
  });
});

describe("a customer's hub and a code name run together from two words (unowned-code-names.ts, round 46)", () => {
  const found = (text: string) => findUnownedCodeNames(text.split('\n'), text, never).map((m) => m.text);
  test.each([
    ['a hub in a heading', '## Memory overload on the quillmere hub', 'quillmere'],
    ['a hub in prose', 'Users of the brackwater hub could not start.', 'brackwater'],
    ['two words run together before API', 'the Marrowgate API timed out', 'Marrowgate'],
    ['two words run together before runbook', 'Follow the Brackenholt failover runbook.', 'Brackenholt'],
  ])('found: %s', (_, text, name) => {
    expect(found(text)).toEqual([name]);
  });
  test.each([
    ['a plain word before hub', 'Users of the staging hub could not start.'],
    ['a public product before hub', 'The cosmos hub halted.'],
    ['a public product run together', 'the Filestore API and the Firestore service'],
    ['a hub shown as a public product', 'The quillmere hub is at https://quillmere.org.'],
  ])('not found: %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('people of other languages: thanks, made or reported by, acting after a time (other-language-people.ts, round 46)', () => {
  const found = (line: string) => findOtherLanguagePeople(line).map((m) => m.text);
  test.each([
    ['pt: agradecemos a', 'Agradecemos a Iracema Guaporé por reportar a falha.', 'Iracema Guaporé'],
    ['de: wir danken', 'Wir danken Wendelin Hochstätter für den Hinweis.', 'Wendelin Hochstätter'],
    ['pt: made by', '![Gráfico de erros feito por Iracema](img/erros.png)', 'Iracema'],
    ['es: made by', '![Gráfico hecho por Ainhoa](img/g.png)', 'Ainhoa'],
    ['it: reported by', 'Il ritardo segnalato da Ottavio Scarabelli durante il test.', 'Ottavio Scarabelli'],
    ['fr: a clock heading over a name acting in the present', '### 14:24 — Gwenaël relance le répartiteur', 'Gwenaël'],
    ['es: a table cell of a time before a name acting', '| 14:24 | Ainhoa reinicia el balanceador |', 'Ainhoa'],
  ])('found: %s', (_, line, name) => {
    expect(found(line)).toEqual([name]);
  });
  test.each([
    ['de: thanking the reader', 'Wir danken Ihnen für Ihr Verständnis.'],
    ['pt: a public product made it', 'Gráfico feito por Grafana.'],
    ['fr: a public product acting after a time', '### 14:24 — Kubernetes relance le pod'],
    ['es: a present verb without a time', 'Ainhoa reinicia el balanceador'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('a French chat speaker with a space before the colon, a given name opening an anchor, a participle before a particle (the scan, round 46)', () => {
  test.each([
    ['a bold speaker before a spaced colon', '> **Gwenaël** : je redémarre le répartiteur', 'Gwenaël'],
    ['a bold speaker before a no-break space and a colon', '> **Gwenaël**\u00a0: je redémarre', 'Gwenaël'],
    ["an anchor of a member's section", 'See [the process](#lukas-rebuilding-the-update-channel).', 'lukas'],
    ['it: reported by, opening a footnote', '[^1]: Segnalato da Ottavio Scarabelli durante il test.', 'Ottavio Scarabelli'],
    ['pt: a name with its particle, whose given name ends as a participle does', 'Renato da Silva reiniciou o servidor.', 'Renato da Silva'],
  ])('found: %s', (_, text, name) => {
    expect(foundInProbe(text).some((f) => f.endsWith(`:${name}`)), JSON.stringify(foundInProbe(text))).toBe(true);
  });
  test.each([
    ['a label before a spaced colon, not bold', 'Note : le serveur a redémarré.'],
    ['an anchor of a word', 'See [the limits](#max-connections) and [grace](#grace-period).'],
    ['an anchor of a public term', 'See [the upgrade](#jenkins-upgrade).'],
  ])('not found: %s', (_, text) => {
    expect(foundInProbe(text)).toEqual([]);
  });
});
