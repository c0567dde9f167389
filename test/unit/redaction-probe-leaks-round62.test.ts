import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findSqlOutputPeople } from '../../src/lib/publication/sql-output-people.ts';
import { findOtherLanguagePersonCues } from '../../src/lib/publication/other-language-person-cues.ts';
import { findToolActivityPeople } from '../../src/lib/publication/tool-activity-people.ts';
import { findSignOffs } from '../../src/lib/publication/person-patterns.ts';
import { foundBeforeRound62, leakProbesRound62, notLeaksRound62, stillPublishedRound62 } from '../support/redaction-probes-round62.ts';

/**
 * The probe round 62 (docs/redaction.md, "Probe round 62"): mail threads, git log and blame,
 * CODEOWNERS, on-call schedules, Terraform plans, Kubernetes events, a database client's output,
 * and Spanish, Portuguese, Italian, Polish and German prose. Text of our own writing.
 */
describeProbeRound({ probes: leakProbesRound62, foundBefore: foundBeforeRound62, stillPublished: stillPublishedRound62, atLeast: { probes: 50, gotThroughBefore: 12 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound62.filter((p) => !stillPublishedRound62.has(p.kind) && !foundBeforeRound62.has(p.kind)),
);

describeNotLeaks("not findings: system roles, tables, tools, products and German nouns where the round's rules look", notLeaksRound62);
describeLeaksGoneAfterRedact(leakProbesRound62, stillPublishedRound62);

const allCode = (lines: readonly string[]) => new Set(lines.keys());

describe("a database client's tables and statements (sql-output-people.ts)", () => {
  const people = (text: string, code = true) => {
    const lines = text.split('\n');
    return [...findSqlOutputPeople(lines, code ? allCode(lines) : new Set())].flatMap(([i, ms]) => ms.map((m) => `${i}:${m.index}:${m.text}`));
  };
  test.each([
    ["psql's user column", ' id | username  | role\n----+-----------+-------\n 41 | hvorlane  | admin', ['2:6:hvorlane']],
    ["MySQL's name column of a full name", '+----+-------------------+\n| id | name              |\n+----+-------------------+\n| 41 | Quenrith Obelvane |\n+----+-------------------+', ['3:7:Quenrith Obelvane']],
    ['a statement assigning a full name', "UPDATE accounts SET owner = 'Teodrin Haskemar' WHERE id = 41;", ['0:29:Teodrin Haskemar']],
  ])('found: %s', (_, text, found) => {
    expect(people(text)).toEqual(found);
  });
  test.each([
    ['outside code', ' id | username\n----+----------\n 41 | hvorlane', false],
    ['a column no person is put in', ' id | state\n----+--------\n 41 | hvorlane', true],
    ['a login under a name column', ' id | name\n----+----------\n 41 | hvorlane', true],
    ["a row of another table's width", ' id | username\n----+----------\n 41 | hvorlane | extra', true],
  ])('not read: %s', (_, text, code) => {
    expect(people(text, code)).toEqual([]);
  });
});

describe('a name acting after a time, and after German "laut" (other-language-person-cues.ts)', () => {
  const cues = (line: string) => findOtherLanguagePersonCues(line).map((m) => `${m.text}${m.guess ? '?' : ''}`);
  test.each([
    ['es', 'A las 10:20, Iskarn aplicó el rollback.', ['Iskarn?']],
    ['pt, an article before the name', 'Às 10:20 o Teodrin reverteu o deploy.', ['Teodrin?']],
    ['it, a known given name', 'Alle 10:14 Lorenzo ha riavviato il servizio.', ['Lorenzo']],
    ['pl', 'O 10:14 Teodrin zrestartował usługę.', ['Teodrin?']],
    ['es, a full name opening a sentence', 'Quenrith Obelvane reinició el servicio a las 10:14.', ['Quenrith Obelvane?']],
    ['de, "laut" and a verb', 'Laut Quenrith war der Speicher voll.', ['Quenrith?']],
    ['de, "laut" and a comma', 'Laut Quenrith, der Speicher war voll.', ['Quenrith?']],
  ])('found: %s', (_, line, found) => {
    expect(cues(line)).toEqual(found);
  });
  test.each([
    ['a public product after a time', 'A las 10:20, Kubernetes reinició el pod.'],
    ['a lower-case subject after a time', 'Às 10:20 o serviço foi reiniciado.'],
    ['a full name of a known word', 'Base Datos reinició el servicio.'],
    ['"gemäß" cites documents', 'Gemäß Quenrith war der Speicher voll.'],
    ['a cited noun of the list', 'Laut Ticket war der Speicher voll.'],
    ["a compound ending in a cited noun", 'Laut Kundenvertrag war der Speicher voll.'],
    ['a plural or dative in -en', 'Laut Vorschriften war der Speicher voll.'],
    ['a long compound', 'Laut Speicherstatistik war der Speicher voll.'],
    ['a noun after an article on the line', 'Laut Quenrith war der Speicher voll, sagt das Quenrith.'],
    ['no verb after the word', 'Eskalation laut Quenrith 3.'],
  ])('not found: %s', (_, line) => {
    expect(cues(line)).toEqual([]);
  });
});

describe("a deploy's act and \"by\", and a closing with a dash before the name", () => {
  test('a rollback by a full name in code', () => {
    const lines = ['7         rollback by Teodrin Haskemar after the relay stalled'];
    expect([...findToolActivityPeople(lines, allCode(lines))].flatMap(([, ms]) => ms.map((m) => m.text))).toEqual(['Teodrin Haskemar']);
  });
  test.each([
    ['a dash and a given name', 'Thanks, —Teodrin', ['0:Teodrin']],
    ['a hyphen and a handle', 'Cheers - tovem', ['0:tovem']],
    ['no closing before the dash', 'Queue drained —Teodrin', []],
    ['a phrase after a closing word', 'Best - effort delivery is the default.', []],
  ])('%s', (_, line, found) => {
    expect([...findSignOffs([line], new Set())].flatMap(([i, ms]) => ms.map((m) => `${i}:${m.text}`))).toEqual(found);
  });
});
