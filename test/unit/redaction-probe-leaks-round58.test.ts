import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, foundInProbe, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findActedServiceCompounds } from '../../src/lib/publication/acted-service-compounds.ts';
import { findHomeFolderAccounts } from '../../src/lib/publication/home-folder-accounts.ts';
import { findLowerCaseCyrillicNames } from '../../src/lib/publication/lower-case-cyrillic-names.ts';
import { foundBeforeRound58, leakProbesRound58, notLeaksRound58, stillPublishedRound58 } from '../support/redaction-probes-round58.ts';

/**
 * The probe round 58 (docs/redaction.md, "Probe round 58"): what round 57 left (a hyphenated
 * service's name the guard knew only from another post's port, home folders of a handle read as
 * words, a Russian full name in lower case in prose), and shapes of the collections' reports:
 * compose and kubectl operations, runbooks, handoffs, Slack lines, Grafana annotations, Loki and
 * PromQL queries, Japanese and Russian sentences. Every probe and negative is text of our own
 * writing; no list knows any name.
 */
describeProbeRound({ probes: leakProbesRound58, foundBefore: foundBeforeRound58, stillPublished: stillPublishedRound58, atLeast: { probes: 50, gotThroughBefore: 32 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound58.filter((p) => !stillPublishedRound58.has(p.kind) && !foundBeforeRound58.has(p.kind)),
);

describeNotLeaks('not findings: English compounds, public tools, daemons and accounts, examples, policies, versions, folders of words, Russian and Japanese prose', notLeaksRound58);
describeLeaksGoneAfterRedact(leakProbesRound58, stillPublishedRound58);

describe('a hyphenated service read by what the post says of it (acted-service-compounds.ts, round 58)', () => {
  const names = (text: string) => findActedServiceCompounds(text.split('\n'), () => false).map((m) => `${m.line}:${m.text}`);
  test.each([
    ['restarted', 'We restarted ferrow-backend at 10:02.', ['0:ferrow-backend']],
    ['timed out', 'digest-creator timed out.', ['0:digest-creator']],
    ["a service's noun after an agent noun", 'The digest-creator service stopped.', ['0:digest-creator']],
    ['a suffix of a process alone', 'Requests to alt-backend piled up.', ['0:alt-backend']],
    ['a compose command', 'docker compose restart ferrow-backend digest-creator', ['0:ferrow-backend', '0:digest-creator']],
    ['a field', 'container_name: plume-ranker', ['0:plume-ranker']],
    ["kubectl's kind and name", 'kubectl scale deploy plume-ranker --replicas=0', ['0:plume-ranker']],
    ['Japanese', 'plume-rankerを再起動した。', ['0:plume-ranker']],
    ['Russian', 'Перезапустили ferrow-backend.', ['0:ferrow-backend']],
    ["Japanese, an operation's word right after it", '15:10 digest-creator 再起動', ['0:digest-creator']],
    ["an affected services' row", '| 影響サービス | ferrow-backend, digest-creator（間接） |', ['0:ferrow-backend', '0:digest-creator']],
    ["an affected services' label", 'Services affected: plume-ranker, tallow-notifier', ['0:plume-ranker', '0:tallow-notifier']],
    ['a label of the name before a colon and a space', '- alt-backend: `SearchArticles` timed out', ['0:alt-backend']],
  ])('found: %s', (_, text, found) => {
    expect(names(text)).toEqual(found);
  });
  test("the post's other mentions of a name found so, and none of another post's", () => {
    expect(names('We restarted digest-creator at 10:02.\nLater digest-creator recovered.')).toEqual(['0:digest-creator', '1:digest-creator']);
    expect(names('Later digest-creator recovered.')).toEqual([]);
  });
  test.each([
    ['English compounds', 'We deployed the follow-up. The real-time service crashed.'],
    ['a public tool', 'cert-manager failed to start.'],
    ['a daemon of a protocol', 'We restarted nfs-server at 10:02.'],
    ['a public component', 'We restarted application-controller at 10:02.'],
    ['generic words', 'service: production-app'],
    ['a policy of four parts', 'allow-frontend-to-backend'],
    ['a generic first word before -backend', 'The storage-backend option.'],
    ['Japanese without an operation', 'real-time の表示'],
    ['a name in a host', 'We restarted ferrow-backend.lan at 10:02.'],
    ['a name before a port', 'We restarted ferrow-backend:9000 at 10:02.'],
    ["an affected services' label before nouns the compound describes", 'Affected services: Grafana, all homelab-internal endpoints, locally-built images'],
    ["Japanese, an English compound before an operation's word", 'single-feature 停止、fail-fast 停止'],
    ['a name the team lists as public', 'We restarted ferrow-backend at 10:02.'],
  ])('not found: %s', (kind, text) => {
    const isPublic = kind.startsWith('a name the team') ? (name: string) => name === 'ferrow-backend' : () => false;
    expect(findActedServiceCompounds(text.split('\n'), isPublic)).toEqual([]);
  });
});

describe('home folders of a handle read as words (home-folder-accounts.ts, round 58)', () => {
  test.each([['`/home/tokereke/ledger.dmp`'], ['`C:\\Users\\tokereke\\AppData`'], ['/Users/tokereke/Library/Logs']])('found: %s', (line) => {
    expect(findHomeFolderAccounts(line).map((m) => m.text)).toEqual(['tokereke']);
  });
  test.each([['`/home/burpsuitekeystores/keystore.jks`'], ['`/home/ledgerbackup/2026.tar`'], ['`/home/ubuntu/.ssh`']])('not found: %s', (line) => {
    expect(findHomeFolderAccounts(line)).toEqual([]);
  });
});

describe('a Russian full name in lower case (lower-case-cyrillic-names.ts, round 58)', () => {
  const names = (line: string) => findLowerCaseCyrillicNames(line).map((m) => m.text);
  test('a given name of the list and a surname, in either order', () => {
    expect(names('ночью дежурил мирослав тхоржевский до утра')).toEqual(['мирослав тхоржевский']);
    expect(names('откатывала релиз кудряшова ярослава')).toEqual(['кудряшова ярослава']);
    expect(foundInProbe('Смену приняли ночью, дежурил мирослав тхоржевский до утра.')).toContain('redact/possible-person:мирослав тхоржевский');
  });
  test('not a name that is an everyday word, a word of no surname form, or capitals', () => {
    expect(names('роман петров лежал на столе')).toEqual([]);
    expect(names('иван перезапустил базу')).toEqual([]);
    expect(names('логи смотрели в кибане до утра')).toEqual([]);
    expect(names('Мирослав Тхоржевский')).toEqual([]);
  });
});

describe("npm run redact's stand-ins in a Russian line (russian-clauses.ts, generic-phrase-languages.ts, round 58)", () => {
  test.each([
    ['a sentence', 'Перезапустили ferrow-backend, очередь разгреблась.', 'Перезапустили [внутренняя система], очередь разгреблась.'],
    ["a table's Russian cell beside an English one", '| 10:02 | Перезапустили ferrow-backend | We restarted ferrow-backend at 10:02 |', '| 10:02 | Перезапустили [внутренняя система] | We restarted an internal system at 10:02 |'],
    ['an English sentence keeps the English phrase', 'We restarted ferrow-backend at 10:02.', 'We restarted an internal system at 10:02.'],
  ])('%s', (_, source, after) => {
    expect(publicTextAfterRedact(source)).toBe(after);
    // The phrase names nothing: a second run leaves it.
    expect(foundInProbe(after)).toEqual([]);
  });
});
