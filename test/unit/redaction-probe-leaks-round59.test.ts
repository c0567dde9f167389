import { describe, expect, test } from 'vitest';
import { describeLeaksGoneAfterRedact, describeNotLeaks, describeProbeRound, foundInProbe, publicTextAfterRedact } from '../support/redaction-probe-harness.ts';
import { describeProbesThroughPublicBuild } from '../support/probe-public-build.ts';
import { findActedServiceCompounds } from '../../src/lib/publication/acted-service-compounds.ts';
import { findLowerCaseCyrillicNames } from '../../src/lib/publication/lower-case-cyrillic-names.ts';
import { findStandInLabels, standInLabelSpan } from '../../src/lib/publication/stand-in-labels.ts';
import { foundBeforeRound59, leakProbesRound59, notLeaksRound59, stillPublishedRound59 } from '../support/redaction-probes-round59.ts';

/**
 * The probe round 59 (docs/redaction.md, "Probe round 59"): what round 58 left (a service signed
 * only through the post's other names: a path's first folder, a list, an environment variable; a
 * Russian name declined in lower case; a person's stand-in in a Russian line; a name written after a
 * stand-in as its label), and shapes of chat exports, handoffs, Terraform, Kubernetes and Helm
 * output, alerts, Sentry traces and SQL. Every probe and negative is text of our own writing.
 */
describeProbeRound({ probes: leakProbesRound59, foundBefore: foundBeforeRound59, stillPublished: stillPublishedRound59, atLeast: { probes: 52, gotThroughBefore: 27 } });

describeProbesThroughPublicBuild(
  'each probe the round finds is found through the public build path too, as the body of a public post, with its line',
  leakProbesRound59.filter((p) => !stillPublishedRound59.has(p.kind) && !foundBeforeRound59.has(p.kind)),
);

describeNotLeaks("not findings: a folder of words, English compounds and public tools in lists, settings' variables, a stand-in before prose, Russian words declined as names are, Japanese prose", notLeaksRound59);
describeLeaksGoneAfterRedact(leakProbesRound59, stillPublishedRound59);

describe("a service signed through the post's other names (acted-service-compounds.ts, round 59)", () => {
  const names = (text: string) => findActedServiceCompounds(text.split('\n'), () => false).map((m) => `${m.line}:${m.text}`);
  test.each([
    ["a path's first folder of a process's name", '`kestrin-backend/app/feed.go`', ['0:kestrin-backend']],
    ["a path's first folder written alone too", '`brindle-creator/app/x.py`\nbrindle-creator answered.', ['0:brindle-creator', '1:brindle-creator']],
    ['a list beside a signed member', 'affected: brindle-creator, sorrel-subworker', ['0:brindle-creator', '0:sorrel-subworker']],
    ['a list through a list', 'tarn-fetcher, sorrel-hub\nsorrel-hub / kestrin-backend', ['0:tarn-fetcher', '0:sorrel-hub', '1:sorrel-hub', '1:kestrin-backend']],
    ["an environment variable's name", 'BRINDLE_CREATOR_URL=http://x\nfrom brindle-creator.', ['1:brindle-creator']],
    ["an environment variable's peers", 'P=${FEED_PEERS:-sorrel-facade,kestrin-backend}', ['0:sorrel-facade', '0:kestrin-backend']],
    ["Helm's release", 'helm rollback tarn-fetcher 41 -n feeds', ['0:tarn-fetcher']],
    ["an alert's bare label", 'alertname=HighLatency service=brindle-creator severity=page', ['0:brindle-creator']],
    ['a measure after it', 'brindle-creator p99 above 2s', ['0:brindle-creator']],
    ["a deploy root's folder", 'File "/srv/brindle-creator/app/x.py", line 88', ['0:brindle-creator']],
    ['Chinese, a log after it', '`tarn-fetcher` 日志显示重启成功', ['0:tarn-fetcher']],
    ['Japanese, an endpoint after the particle', 'tarn-fetcher のエンドポイントが 502 を返した。', ['0:tarn-fetcher']],
    ["a monorepo's folder of its own name", '`tarn-fetcher/tarn-fetcher/src/tls.rs`', ['0:tarn-fetcher', '0:tarn-fetcher']],
    ["a variable's peers alone", 'PROXY_ALLOWED_PEERS=tarn-fetcher,sorrel-relay', ['0:tarn-fetcher', '0:sorrel-relay']],
    ['its language in brackets', 'brindle-creator (Python) — calls doubled', ['0:brindle-creator']],
    ["its API's path", 'waited on brindle-creator `/v1/summary/generate`', ['0:brindle-creator']],
    ['its log', 'search-indexer log showed count:20', ['0:search-indexer']],
    ['Japanese, its container with no particle', 'tarn-fetcher コンテナ再起動時に失敗', ['0:tarn-fetcher']],
    ['a signed name again: glued to Japanese, before a port, after service:, as a deeper folder', 'We restarted tarn-fetcher.\n前処理からtarn-fetcherへ\n`tarn-fetcher:9443`\nnetwork_mode: service:tarn-fetcher\n`e2e/hurl/tarn-fetcher/`', ['0:tarn-fetcher', '1:tarn-fetcher', '2:tarn-fetcher', '3:tarn-fetcher', '4:tarn-fetcher']],
  ])('found: %s', (_, text, found) => {
    expect(names(text)).toEqual(found);
  });
  test.each([
    ["a path's first folder of words, written alone too", '`docs-site/guide.md`, the docs-site'],
    ["a path's first folder never written alone", '`brindle-creator/app/x.py`'],
    ['a list with no signed member', 'tarn-fetcher, sorrel-hub'],
    ['a list of English compounds beside a service', 'kestrin-backend, built-in, follow-up'],
    ["an environment variable the prose does not spell", 'BRINDLE_CREATOR_URL=http://x\nfrom the creator.'],
    ["an environment variable of a setting", 'LOG_LEVEL=debug\nthe log-level'],
    ["a public chart's release", 'helm upgrade ingress-nginx ingress-nginx/ingress-nginx'],
    ["a deep folder, not under a deploy root", '/usr/share/brindle-creator/x'],
    ["a public chart installed under its own name", 'helm install gpu-operator nvidia/gpu-operator'],
    ['a folder that holds data, written alone too', 'rm build-cache/taxonomies/README.md\nThe build-cache folder.'],
    ["a deploy root's folder that holds data", '"/opt/rustbert-cache/huggingface/token"'],
    ['a describing prefix before a log', 'no per-container log alarm'],
    ['a library glued after a particle', 'ワーカーのscikit-learnが1.9.0に上がり、エラーが出た。'],
    ['a Chinese log of a name that says nothing of what it does', '# VM 内 cloud-init 日志'],
    ["a signed name in a public repository's address", 'We restarted tarn-fetcher.\nhttps://github.com/acme/tarn-fetcher/issues/28'],
    ["an environment variable's name spelling a word written only in code", '```\nPRIMARY_CLUSTER_ENDPOINT=x\nname = "primary-cluster"\n```'],
  ])('not found: %s', (_, text) => {
    // A line's own sign (the first line of the last cases) is not what is refused.
    const found = findActedServiceCompounds(text.split('\n'), () => false).filter((m) => m.text !== 'kestrin-backend' && !(m.line === 0 && text.startsWith('We restarted')));
    expect(found).toEqual([]);
  });
});

describe("a name written after a stand-in as its label (stand-in-labels.ts, round 59)", () => {
  test.each([
    ['an internal system: ledgerd', 'ledgerd', 'redact/internal-name'],
    ['an internal host (quarrydb)', 'quarrydb', 'redact/internal-host'],
    ['An internal system — `ferrow-backend`', 'ferrow-backend', 'redact/internal-name'],
    ['Перезапустили [внутренняя система]: ledgerd', 'ledgerd', 'redact/internal-name'],
  ])('found: %s', (line, text, rule) => {
    expect(findStandInLabels(line).map((m) => [m.text, m.rule])).toEqual([[text, rule]]);
  });
  test.each([['an internal system: the queue was full'], ['an internal system (see below)'], ['an internal system: Redis']])('not found: %s', (line) => {
    expect(findStandInLabels(line)).toEqual([]);
  });
  test("npm run redact takes the name off with its separator, and a second run finds nothing", () => {
    const source = 'We restarted an internal system: ledgerd at 10:02.';
    expect(standInLabelSpan(source, source.indexOf('ledgerd'), source.indexOf('ledgerd') + 7)).toEqual([source.indexOf(':'), source.indexOf(' at')]);
    for (const [before, after] of [
      [source, 'We restarted an internal system at 10:02.'],
      ['The outage hit an internal host (quarrydb) first.', 'The outage hit an internal host first.'],
      // A name another rule finds was replaced where it stood: "an internal system: an internal system".
      ['We restarted an internal system: ferrow-backend at 10:02.', 'We restarted an internal system at 10:02.'],
    ]) {
      expect(publicTextAfterRedact(before)).toBe(after);
      expect(foundInProbe(after)).toEqual([]);
    }
  });
});

describe('Russian names declined in lower case (lower-case-cyrillic-names.ts, round 59)', () => {
  const names = (line: string) => findLowerCaseCyrillicNames(line).map((m) => m.text);
  test.each([
    ['dative', 'передали ивану петрову', 'ивану петрову'],
    ['instrumental', 'вместе с петром сидоренко', 'петром сидоренко'],
    ['genitive', 'разбудил сергея кузнецова', 'сергея кузнецова'],
    ['feminine instrumental', 'с ольгой тхоржевской', 'ольгой тхоржевской'],
    ['a name in -ия', 'передали марии соколовой', 'марии соколовой'],
  ])('%s', (_, line, name) => {
    expect(names(line)).toEqual([name]);
  });
  test('not everyday words of the same forms, nor a declined name beside a nominative surname', () => {
    expect(names('в свете последних событий отдали кости собакам')).toEqual([]);
    expect(names('про машину петрову забыли')).toEqual([]);
    expect(names('ивану петров')).toEqual([]);
  });
});

describe("a person's placeholder in a Russian line (apply-fixes.ts, round 59)", () => {
  test.each([
    ['a Latin name in a Russian sentence', 'Дежурная Ximena Oyarbide перезапустила базу, очередь разгреблась.', '[Имя удалено] перезапустила базу, очередь разгреблась.'],
    ['a lower-case declined name', 'Смену в 03:00 передали ивану петрову, он откатил релиз.', '[имя удалено]'],
  ])('%s', (_, source, expected) => {
    const after = publicTextAfterRedact(source);
    expect(after).toContain(expected);
    expect(after).not.toMatch(/an engineer/i);
  });
});
