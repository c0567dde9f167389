import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild, scanProbePost } from '../support/probe-public-build.ts';
import { publicProbePostWithField } from '../support/public-probe-post.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { findCodeNameIdentifiers } from '../../src/lib/publication/code-name-identifiers.ts';
import { findAlertAndPageSystems } from '../../src/lib/publication/alert-and-page-systems.ts';
import { findOtherLanguageMachineWords } from '../../src/lib/publication/other-language-machine-words.ts';
import { findOtherLanguagePeople } from '../../src/lib/publication/other-language-people.ts';
import { findBareWordHandles } from '../../src/lib/publication/word-handles-bare.ts';
import { findHandlesInMinutes } from '../../src/lib/publication/handles-in-minutes.ts';
import { looksLikePersonalHandle } from '../../src/lib/publication/person-patterns.ts';
import { fieldProbesRound45, foundBeforeRound45, leakProbesRound45, notLeaksRound45, stillPublishedRound45 } from '../support/redaction-probes-round45.ts';

/**
 * The probe round 45 (docs/redaction.md, "Probe round 45"): round 44's and 44b's leftovers in new
 * sentences (a scoped package, a metric and an alert of a code name alone, a code name in a paging
 * field, a bare handle, a repository under a run-together name, machines after other languages'
 * nouns of a database, a queue, a pod, named by a dictionary word or ending as a present verb), and
 * the shapes of retros no round read before, in English, Spanish, Portuguese, French, German,
 * Italian and Dutch, in the body and the public frontmatter fields. Every probe and negative is
 * text of our own writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound45, foundBefore: foundBeforeRound45, stillPublished: stillPublishedRound45, atLeast: { probes: 82, gotThroughBefore: 59 } });

describeProbesThroughPublicBuild(
  'each probe found now is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound45.filter((p) => !stillPublishedRound45.has(p.kind)),
);

describeNotLeaks('not findings: public packages, metrics, alerts, types, business services, groups, organisations and words in the same shapes, without and with the organisation configured', notLeaksRound45);
describeLeaksGoneAfterRedact(leakProbesRound45, stillPublishedRound45);

describe('the public frontmatter fields: the public build scan finds each leak', () => {
  test.each(fieldProbesRound45)('%s: %s', (field, text, leak) => {
    const found = scanProbePost(publicProbePostWithField(field, text)).map((f) => redactionFindingText(f));
    expect(found.some((t) => t.includes(leak)), JSON.stringify(found)).toBe(true);
  });
});

const never = () => false;

describe('scoped packages, metrics and alerts named by a code name alone (code-name-identifiers.ts)', () => {
  const found = (line: string) => findCodeNameIdentifiers(line, never).map((m) => [m.text, line.slice(m.index, m.index + m.text.length)]);
  test.each([
    ['a scope no widely used package has', 'We pinned @heron/client to 2.3.1.', '@heron/client'],
    ['a package pinned to its version', 'npm install @velmora/retry-policy@1.4.2', '@velmora/retry-policy@1.4.2'],
    ['a metric of a rare word and what metrics measure', 'The heron_queue_depth metric climbed.', 'heron_queue_depth'],
    ['a metric of a coined word', 'kestrith_jobs_pending_total kept growing', 'kestrith_jobs_pending_total'],
    ['an alert of a rare word, a subject and a condition', '- [ ] kvestre to tune MarrowQueueBacklog', 'MarrowQueueBacklog'],
    ['an alert of a coined word', '`ZarnithDiskPressure` for an hour', 'ZarnithDiskPressure'],
  ])('found: %s', (_, line, name) => {
    expect(found(line)).toEqual([[name, name]]);
  });
  test.each([
    ['public scopes', 'We pinned @sentry/node, @types/node and @babel/core.'],
    ['a scoped package on its registry page', 'https://www.npmjs.com/package/@heron/client'],
    ["public exporters' metrics", 'node_filesystem_avail_bytes and http_requests_total and process_cpu_seconds_total'],
    ['a function of a rare word', 'heron_parse_input(raw)'],
    ['a public alert', 'KubePodCrashLooping and TargetDown'],
    ['an everyday word before the alert', 'OrderQueueBacklog'],
    ['a type not ending in a condition', 'HeronQueueConsumer'],
    ["a bundler's alias of a folder", "import Status from '@components/status';"],
    ['an address block after an at sign', 'allow from @10.0.0.0/28 and @mail.example.org/x'],
    ['a setting ending in no unit', 'chunk_limit_size and ramp_up_time and member_queue_limits'],
    ['a metric opening with an adjective', 'communal_nodes_total and inference_requests_total'],
    ['an alert opening with an adjective or a participle', 'ExternalServiceTimeout and AggregatedAPIErrors'],
    ['a configured public name', 'MarrowQueueBacklog', (text: string): boolean => text === 'MarrowQueueBacklog'],
  ] as [string, string, ((text: string) => boolean)?][])('not found: %s', (_, line, isPublic = never) => {
    expect(findCodeNameIdentifiers(line, isPublic)).toEqual([]);
  });
});

describe("a paging field's service named by a rare word (alert-and-page-systems.ts)", () => {
  const found = (line: string) => findAlertAndPageSystems(line, never).map((m) => m.text);
  test.each([
    ['a plain field', 'Service: Tarn Billing', 'Tarn'],
    ['a bold field', '**Service:** Sorrel Payments API', 'Sorrel'],
    ['a schedule', 'Schedule: Marten Primary', 'Marten'],
  ])('found: %s', (_, line, name) => {
    expect(found(line)).toEqual([name]);
  });
  test.each([
    ['a business function', 'Service: Payments API'],
    ['an everyday word', 'Service: Customer Billing'],
    ['one word alone', 'Service: Billing'],
    ['a given name as a word', 'Service: Ledger API'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('machines after more nouns, named by a dictionary word or before avec (other-language-machine-words.ts, round 45)', () => {
  const found = (line: string) => findOtherLanguageMachineWords(line, never).map((m) => m.text);
  test.each([
    ['es: la base de datos', 'La base de datos tolosaldea dejó de aceptar escrituras.', 'tolosaldea'],
    ['fr: la base de données', 'La base de données vauclaire a refusé les connexions.', 'vauclaire'],
    ['it: il database', 'Il database scamorzino ha smesso di rispondere.', 'scamorzino'],
    ['nl: de database', 'De database kribbeweg viel om 02:00 uit.', 'kribbeweg'],
    ['es: el balanceador', 'El balanceador zumaiako dejó de enviar tráfico.', 'zumaiako'],
    ['pt: a fila', 'A fila curimatá acumulou mil mensagens.', 'curimatá'],
    ['es: el pod', 'El pod txingudi se reinició cuarenta veces.', 'txingudi'],
    ['es: a dictionary word', 'La instancia garbanzo se quedó sin memoria.', 'garbanzo'],
    ['pt: a dictionary word ending in -t', 'O servidor marmoset ficou sem disco.', 'marmoset'],
    ['fr: a coined name ending in -e before avec', 'Le serveur corbinande avec son disque plein a cessé.', 'corbinande'],
    ['de: alt text closing after the genitive', '![Auslastung des Servers quorxheim](img/last.png)', 'quorxheim'],
  ])('found: %s', (_, line, name) => {
    expect(found(line)).toEqual([name]);
  });
  test.each([
    ['fr: a present verb before avec', 'Le serveur fonctionne avec peu de mémoire.'],
    ['fr: a present verb of a restart before avec', 'Le serveur redémarre avec des erreurs.'],
    ['es: a present verb before con', 'El servidor funciona con poca memoria.'],
    ['it: a present verb before con', 'Il server risponde con errori.'],
    ['es: the database of production', 'La base de datos principal dejó de aceptar escrituras.'],
    ['es: a role in English', 'El servidor proxy dejó de responder.'],
    ['de: a role in English', 'Der Container backup lief voll.'],
    ['es: a known English word', 'La instancia master se quedó sin memoria.'],
    ['en: a dictionary word after an English article', 'The root cause was a database capacity downgrade.'],
    ['en: a node outage', 'We had a node outage.'],
    ['it: a participle after the server', 'le informazioni del server correlate a qualsiasi richiesta'],
    ['es: a subjunctive before con', 'Esto permite que el servidor responda con el certificado.'],
  ])('not found: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });
});

describe('people in other languages: a responsible label, an action item, thanks listed (other-language-people.ts, round 45)', () => {
  const people = (line: string) => findOtherLanguagePeople(line).map((m) => m.text);
  test.each([
    ['es: a label in brackets', '- [ ] Añadir una alerta de disco (responsable: Aitor)', 'Aitor'],
    ['de: a label after a sentence', 'Alarm einrichten. Verantwortlich: Brandstätter', 'Brandstätter'],
    ['pt: an action item with vai', '- [ ] Jurandir vai revisar os limites de memória', 'Jurandir'],
    ['fr: an action item with doit', '- [ ] Ysoline doit vérifier les quotas', 'Ysoline'],
    ['nl: an action item with gaat', '- [ ] Sjoerd gaat de alarmen nalopen', 'Sjoerd'],
    ['fr: the second name thanked', 'Merci à Ysoline et Gwenaël.', 'Gwenaël'],
    ['es: the third name thanked', 'Gracias a Itziar, Aitor y Nerea.', 'Nerea'],
  ])('found: %s', (_, line, name) => {
    expect(people(line)).toContain(name);
  });
  test.each([
    ['es: a group responsible', 'Responsable: Soporte'],
    ['pt: a team responsible', 'Responsável: Equipe SRE'],
    ['es: a noun in an action item', '- [ ] Documentación va a incluir los límites'],
    ['de: a noun in an action item', '- [ ] Alarmierung wird eingerichtet'],
    ['de: a team thanked', 'Danke an Jonas und das Team.', 'das'],
  ])('not found: %s', (_, line, allowed?: string) => {
    expect(people(line).filter((name) => name !== 'Jonas' || !allowed)).toEqual([]);
  });
});

describe('a mentioned word handle written bare (word-handles-bare.ts, round 45)', () => {
  const bare = (line: string, post: string) => findBareWordHandles(line, post).map((m) => m.text);
  test.each([
    ['a cleft sentence', 'It was orrery who spotted the lag first.', 'Thanks to @orrery.\n\nIt was orrery who spotted the lag first.'],
    ['after a preposition', 'We paired with simulacrum on the rollback.', 'cc @simulacrum\n\nWe paired with simulacrum on the rollback.'],
    ['a table cell', '| quillwort | scribe |', 'Mentioned: @quillwort\n\n| quillwort | scribe |'],
  ])('found: %s', (_, line, post) => {
    expect(bare(line, post)).toHaveLength(1);
  });
  test.each([
    ['after an article', 'We built a simulacrum of the primary.', 'cc @simulacrum\n\nWe built a simulacrum of the primary.'],
    ['after the', 'The orrery in the lobby is broken.', 'cc @orrery\n\nThe orrery in the lobby is broken.'],
    ['before of', 'Each simulacrum of it failed.', 'cc @simulacrum\n\nEach simulacrum of it failed.'],
    ["a field's name inside a log viewer's link", 'we can find the approximate timestamp in the logs', "https://logs.example.org/app#/?sort:!(!('@timestamp',desc))\n\nwe can find the approximate timestamp in the logs"],
  ])('not found: %s', (_, line, post) => {
    expect(bare(line, post)).toEqual([]);
  });
});

describe('a handle acting at a table cell and a first name run into a surname (round 45)', () => {
  test('a timeline row of a handle hard restarting', () => {
    expect(findHandlesInMinutes('| 18:02 | jsnvelk hard restarts a node from the console |').map((m) => m.text)).toEqual(['jsnvelk']);
  });
  test.each([
    ['a machine restarting in a timeline table', '| ~10:12 | k8s01 restarted. Binary now starts |'],
    ['a program restarted in a timeline table', '| ~11:00 | dqlite restarted on three nodes |'],
  ])('not a handle acting: %s', (_, line) => {
    expect(findHandlesInMinutes(line)).toEqual([]);
  });
  test.each(['mirandakovel', 'danielballan'])('a personal handle: %s', (account) => {
    expect(looksLikePersonalHandle(account)).toBe(true);
  });
  test.each(['jenkinsci', 'mattermost', 'maxmind', 'kubernetes', 'victoriametrics', 'rubygems'])('an organisation: %s', (account) => {
    expect(looksLikePersonalHandle(account)).toBe(false);
  });
});
