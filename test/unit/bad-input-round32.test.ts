// Bad input, round 32 (docs/rules.md, "Bad input round 32"): inputs of kinds no earlier round
// tried. Each test of a change asserts what the commit before did not do; the controls, what was
// said clearly before and still is. In-process only; the commands started are in
// test/cli/bad-input-round32.test.ts.
import { afterEach, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { scanPublicText } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { missingPathWords } from '../../src/lib/missing-path-words.ts';
import { imagesChangedSince, snapshotImages } from '../../src/lib/image-snapshot.ts';
import { loadKbConfig } from '../../src/lib/kb-config.ts';
import { findingsAfterEditingGoodInput, replacing } from '../support/content-fixture.ts';
import { configRefusal } from '../support/kb-config-refusal.ts';
import { requireBrowserProblem } from '../support/browser.ts';
import { ownerFile, staleTestRuns, testRunPrefix, unownedRunAge } from '../support/stale-test-runs.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-round32-'));
  made.push(dir);
  return dir;
};
const errorsOf = (change: (text: string) => string, name?: string) =>
  findingsAfterEditingGoodInput(change, name).filter((f) => f.severity === 'error').map((f) => ({ rule: f.rule, text: `${f.message} ${f.fix ?? ''}` }));
const withBody = (extra: string) => (text: string) => `${text}\n${extra}\n`;
const title = 'title: Checkout errors after a config push';
const summary = 'summary: A configuration push lowered a limit and checkout failed for 10 minutes. Reverting fixed it.';
const secondAction = (id: string) => `actionItems:\n  - id: ${id}\n    title: Alert on pool size\n    owner: checkout\n    due: 2025-08-01\n    priority: P2\n    type: detect\n    status: done\n    verification: The alert fires in staging.\n  - id: AI-1`;

describe('a listed internal name in the other Unicode form than the post writes it (before: not found, and published)', () => {
  const composed = 'ori\u00F3n-db';
  const decomposed = 'orio\u0301n-db';
  const internalNameFindings = (listed: string, written: string) => scanPublicText('post.mdx', `The ${written} node failed over.`, { internalDomains: [], serviceIds: [], people: [], internalNames: [listed], peopleIndex: buildPeopleIndex([]) })
    .findings.filter((f) => f.rule === 'redact/internal-name' && f.severity === 'error');
  test.each([
    ['listed composed (NFC), written decomposed (NFD)', composed, decomposed],
    ['listed decomposed (NFD), written composed (NFC)', decomposed, composed],
  ])('%s', (_, listed, written) => {
    expect(internalNameFindings(listed, written)).toHaveLength(1);
  });
  test('each form found as written, and a listed person in either form (controls)', () => {
    expect(internalNameFindings(composed, composed)).toHaveLength(1);
    expect(internalNameFindings(decomposed, decomposed)).toHaveLength(1);
    const person = 'Zoe\u0308 Lindqvist';
    const found = scanPublicText('post.mdx', 'Restarted by Zo\u00EBe Lindqvist at noon.'.replace('\u00EBe', '\u00EB'), { internalDomains: [], serviceIds: [], people: [person], internalNames: [], peopleIndex: buildPeopleIndex([{ name: person, origin: 'configured' as const }]) }).findings;
    expect(found.map((f) => f.rule)).toContain('redact/person');
  });
});

describe('a file named on the command line that is there but cannot be opened (before: "there is no file")', () => {
  test('a symbolic link leading to itself', () => {
    const dir = folder();
    symlinkSync(join(dir, 'loop.mdx'), join(dir, 'loop.mdx'));
    expect(missingPathWords(join(dir, 'loop.mdx'), 'loop.mdx')?.message).toMatch(/^loop\.mdx is a symbolic link that leads back to itself \(a loop: /);
  });
  test('a symbolic link to a file moved away', () => {
    const dir = folder();
    symlinkSync(join(dir, 'gone.mdx'), join(dir, 'link.mdx'));
    expect(missingPathWords(join(dir, 'link.mdx'), 'link.mdx')?.message).toMatch(/^link\.mdx is a symbolic link to .*gone\.mdx, which is not there/);
  });
  test('a name whose bytes were not UTF-8 (Node passes U+FFFD)', () => {
    const words = missingPathWords('/nowhere/\uFFFD.mdx', '\uFFFD.mdx');
    expect(words?.message).toMatch(/holds "\uFFFD" \(U\+FFFD\), which stands for a byte that is not UTF-8/);
    expect(words?.fix).toMatch(/^rename the file/);
  });
  test('a path that is simply not there says nothing more (control)', () => {
    expect(missingPathWords(join(folder(), 'absent.mdx'), 'absent.mdx')).toBeUndefined();
  });
});

describe('an image changed or removed while the build ran (round 24\'s leftover: before, not caught)', () => {
  const contentWithImage = () => {
    const dir = folder();
    mkdirSync(join(dir, 'postmortems', 'media'), { recursive: true });
    writeFileSync(join(dir, 'postmortems', 'media', 'graph.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>');
    writeFileSync(join(dir, 'postmortems', 'notes.txt'), 'not an image');
    return dir;
  };
  test('an image saved anew is named, with what to do', () => {
    const dir = contentWithImage();
    const before = snapshotImages(dir);
    const image = join(dir, 'postmortems', 'media', 'graph.svg');
    writeFileSync(image, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    utimesSync(image, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    expect(imagesChangedSince(before, dir)).toEqual([expect.stringMatching(/^postmortems\/media\/graph\.svg changed while the build ran: the image the site would publish is not the one validation checked .* Nothing was published\. Build again/)]);
  });
  test('an image removed', () => {
    const dir = contentWithImage();
    const before = snapshotImages(dir);
    rmSync(join(dir, 'postmortems', 'media', 'graph.svg'));
    expect(imagesChangedSince(before, dir)).toEqual([expect.stringMatching(/^postmortems\/media\/graph\.svg was removed while the build ran/)]);
  });
  test('images left alone, a file that is no image changed, and an image added pass (controls)', () => {
    const dir = contentWithImage();
    const before = snapshotImages(dir);
    expect([...before.keys()]).toEqual([join(dir, 'postmortems', 'media', 'graph.svg')]);
    writeFileSync(join(dir, 'postmortems', 'notes.txt'), 'changed text');
    writeFileSync(join(dir, 'postmortems', 'media', 'new.png'), 'x');
    expect(imagesChangedSince(before, dir)).toEqual([]);
  });
});

describe('test runs killed before their end (before: their folders stayed in /tmp for good)', () => {
  const run = (tmp: string, name: string, owner?: string) => {
    const dir = join(tmp, `${testRunPrefix}${name}`);
    mkdirSync(dir);
    if (owner !== undefined) writeFileSync(join(dir, ownerFile), owner);
    return dir;
  };
  test('a run whose process ended is stale; a running one, a recent unowned one and other folders are not', () => {
    const tmp = folder();
    const ended = run(tmp, 'ended', '999999');
    run(tmp, 'running', String(process.pid));
    const old = run(tmp, 'old');
    utimesSync(old, new Date(Date.now() - unownedRunAge - 60_000), new Date(Date.now() - unownedRunAge - 60_000));
    run(tmp, 'recent');
    mkdirSync(join(tmp, 'kb-something-else'));
    const running = (pid: number) => pid === process.pid;
    expect(staleTestRuns(tmp, Date.now(), running).sort()).toEqual([ended, old].sort());
  });
});

describe('frontmatter (each said clearly before and after: controls of kinds no round tried)', () => {
  test.each([
    ['an anchor reused under another key', replacing('tags: [config]', 'tags: &t [config]\nlabels: *t'), 'schema/unknown-key', /unknown key "labels"/],
    ['visibility: no (a YAML 1.1 boolean)', replacing('visibility: internal', 'visibility: no'), 'schema/invalid-value', /visibility is "no".*write visibility: internal/],
    ['status: on (a YAML 1.1 boolean)', replacing('status: published', 'status: on'), 'schema/invalid-value', /status is "on".*draft, in-review, published/],
    ['severity: 2', replacing('severity: SEV-2', 'severity: 2'), 'schema/invalid-value', /did you mean "SEV-2"/],
    ['severity: .nan', replacing('severity: SEV-2', 'severity: .nan'), 'schema/invalid-value', /severity is \.nan/],
    ['title: 404 (a number)', replacing(title, 'title: 404'), 'schema/type', /reads as the number 404.*"404"/],
    ['tags as text', replacing('tags: [config]', 'tags: config'), 'schema/type', /tags is "config", but must be a list.*tags: \[config\]/],
    ['a list inside tags', replacing('tags: [config]', 'tags: [[config]]'), 'schema/type', /tags\[0\] is \["config"\], but must be text/],
    ['one tag 10,000 times', replacing('tags: [config]', `tags: [${Array.from({ length: 10_000 }, () => 'config').join(', ')}]`), 'schema/consistency', /tags lists "config" 10,000 times .* keep tags\[0\] and remove the other 9,999/],
    ['a tag twice', replacing('tags: [config]', 'tags: [config, config]'), 'schema/consistency', /tags lists "config" twice/],
    ['a key twice inside times', replacing('  detected: 2025-07-08T17:49:00Z', '  detected: 2025-07-08T17:49:00Z\n  detected: 2025-07-08T17:48:00Z'), 'frontmatter/yaml', /the key "detected" appears twice .* keep one "detected:"/],
    ['an unknown key one letter off', replacing('related: []', 'related: []\nseverityy: SEV-1'), 'schema/unknown-key', /did you mean "severity"/],
    ['!!binary', replacing(title, 'title: !!binary aGVsbG8='), 'frontmatter/yaml', /the YAML tag !!binary is not allowed/],
    ['!!js/function', replacing(title, 'title: !!js/function "function(){}"'), 'frontmatter/yaml', /the YAML tag !!js\/function is not allowed/],
    ['a tag of its own (!secret)', replacing(title, 'title: !secret Checkout errors'), 'frontmatter/yaml', /the YAML tag !secret is not allowed/],
    ['started in the year 0', replacing('started: 2025-07-08T17:45:00Z', 'started: 0000-07-08T17:45:00Z'), 'schema/invalid', /is in the year 0/],
    ['resolved in the year 9999', replacing('resolved: 2025-07-08T18:30:00Z', 'resolved: 9999-12-31T23:59:59Z'), 'schema/invalid', /is in the year 9999/],
    ['an impact ending in 9999 (a duration of millennia)', replacing('end: 2025-07-08T17:55:00Z', 'end: 9999-07-08T17:55:00Z'), 'schema/invalid', /impact\.end: .* is in the year 9999/],
    ['a local time in the night clocks skipped, no zone', replacing('started: 2025-07-08T17:45:00Z', 'started: 2025-03-30T02:30:00'), 'schema/invalid', /Here it has no zone/],
    ['an offset of +24:00', replacing('started: 2025-07-08T17:45:00Z', 'started: 2025-07-08T17:45:00+24:00'), 'schema/invalid', /\+24:00 is no offset from UTC/],
    ['detected before started', replacing('detected: 2025-07-08T17:49:00Z', 'detected: 2025-07-08T17:40:00Z'), 'schema/consistency', /times\.detected .* is before times\.started/],
    ['a timeline out of order', replacing('  - at: 2025-07-08T17:55:00Z', '  - at: 2025-07-08T17:48:00Z'), 'schema/consistency', /List timeline entries oldest first/],
    ['drafted before the incident', replacing('drafted: 2025-07-09', 'drafted: 2025-07-01'), 'schema/consistency', /drafted \(2025-07-01\) is before the incident started/],
    ['a due day in the year 0', replacing('due: 2025-08-01', 'due: 0000-08-01'), 'schema/invalid', /is in the year 0/],
    ['a due day of a five-digit year', replacing('due: 2025-08-01', 'due: 10000-08-01'), 'schema/invalid', /its year, 10000, has 5 digits/],
    ['two action items of one id', replacing('actionItems:\n  - id: AI-1', secondAction('AI-1')), 'schema/consistency', /action item id "AI-1" is already used by actionItems\[0\]/],
    ['priority P9', replacing('priority: P1', 'priority: P9'), 'schema/invalid-value', /P0, P1, P2, P3/],
    ['priority 1', replacing('priority: P1', 'priority: 1'), 'schema/invalid-value', /did you mean "P1"/],
    ['an owner of no team', replacing('owner: checkout', 'owner: nobody-team'), 'vocabulary/unknown', /unknown team "nobody-team"/],
    ['a team one word off', replacing('teams: [checkout]', 'teams: [checkout, platform-x]'), 'vocabulary/unknown', /Did you mean "platform"\?/],
    ['related: itself', replacing('related: []', 'related: [2025-07-08-checkout-config]'), 'corpus/related', /lists this postmortem itself/],
    ['related: a postmortem not there', replacing('related: []', 'related: [2019-01-01-nothing]'), 'corpus/related', /"2019-01-01-nothing" does not exist/],
    ['related: a path out of the folder', replacing('related: []', 'related: [../../etc/passwd]'), 'corpus/related', /holds "\.".*ids are a-z, 0-9 and hyphens/],
    ['a summary of one 200,000-character line', replacing(summary, `summary: ${'word '.repeat(40_000)}`), 'schema/too-long', /summary is 199,999 characters long; at most 2,000/],
    ['a right-to-left override in the title', replacing(title, 'title: Checkout errors \u202Ehsup gifnoc'), 'file/encoding', /U\+202E \(right-to-left override\)/],
    ['a private-use character in the summary', replacing(summary, 'summary: A \uE000configuration push lowered a limit. Reverting fixed it.'), 'file/encoding', /U\+E000, a private-use character/],
  ])('%s', (_, change, rule, words) => {
    const errors = errorsOf(change);
    expect(errors.map((e) => e.rule)).toContain(rule);
    expect(errors.find((e) => e.rule === rule)!.text).toMatch(words);
  });
  test.each([
    ['an anchor with no alias', replacing('services: [checkout-api]', 'services: &s [checkout-api]')],
    ['times as a flow mapping', replacing('times:\n  started: 2025-07-08T17:45:00Z\n  detected: 2025-07-08T17:49:00Z\n  mitigated: 2025-07-08T17:55:00Z\n  resolved: 2025-07-08T18:30:00Z', 'times: {started: 2025-07-08T17:45:00Z, detected: 2025-07-08T17:49:00Z, mitigated: 2025-07-08T17:55:00Z, resolved: 2025-07-08T18:30:00Z}')],
    ['a folded title of one line', replacing(title, 'title: >\n  Checkout errors after a config push')],
    ['an offset of -00:00', replacing('started: 2025-07-08T17:45:00Z', 'started: 2025-07-08T17:45:00-00:00')],
    ['an MDX comment naming a host', withBody('{/* db-7 was the primary */}')],
  ])('%s is taken (control)', (_, change) => {
    expect(errorsOf(change)).toEqual([]);
  });
});

describe('bodies (controls of kinds no round tried)', () => {
  test.each([
    ['a list 300 levels deep', withBody(Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')), 'body/nesting-depth', /nested 300 levels deep/],
    ['a quote 500 levels deep', withBody(`${'>'.repeat(500)} deep`), 'body/nesting-depth', /nested 500 levels deep/],
    ['a body of one 1 MB line', withBody('x'.repeat(1_000_000)), 'body/too-large', /at most 512 KiB is read/],
    ['<Internal> left open in a list item', withBody('- <Internal>db-7 failed'), 'mdx/syntax', /Expected a closing tag for `<Internal>`/],
    ['<PublicOnly> inside <Internal>', withBody('<Internal>\n<PublicOnly>x</PublicOnly>\n</Internal>'), 'mdx/shown-nowhere', /shown on neither site/],
    ['<img onError>', withBody('<img src="https://example.com/x.png" onError="alert(1)" />'), 'body/active-content', /the onError attribute runs code/],
    ['<iframe srcDoc>', withBody('<iframe srcDoc="<script>alert(1)</script>"></iframe>'), 'body/active-content', /the srcDoc attribute inserts markup/],
    ['dangerouslySetInnerHTML', withBody('<div dangerouslySetInnerHTML={{__html: "x"}} />'), 'body/active-content', /dangerouslySetInnerHTML attribute inserts markup/],
    ['a file:/// link', withBody('[x](file:///etc/passwd)'), 'body/file-link', /names a file on the machine it was written on/],
    ['a heading of a # alone', withBody('#'), 'body/empty-heading', /has no words/],
    ['a footnote mark with no note', withBody('See[^9].'), 'body/footnote', /\[\^9\] has no definition/],
    ['a component of no one\'s', withBody('<Chart data={[1, 2]} />'), 'mdx/unknown-component', /unknown component <Chart>/],
  ])('%s', (_, change, rule, words) => {
    const errors = errorsOf(change).filter((e) => e.rule === rule);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((e) => e.text).join('\n')).toMatch(words);
  });
});

describe('file names', () => {
  test.each([
    ['postmortems/.mdx'],
    ['postmortems/.md'],
  ])('%s, a name of an extension alone, is said (before: hidden, left out without a word)', (name) => {
    const errors = errorsOf((text) => text, name);
    expect(errors).toEqual([{ rule: 'corpus/not-read', text: expect.stringMatching(/has no name before its extension .* the sites would leave it out without a word\. name it after the incident, its day first \(e\.g\. .*2025-03-14-checkout-errors\.mdx?\)/) }]);
  });
  test.each([
    ['postmortems/-x.mdx', /it has a hyphen first/],
    ['postmortems/2025-07-08-Checkout-Config.mdx', /it has capital letters/],
    ['postmortems/2025-07-08-caf\u00E9.mdx', /\(é\).*rename the file to 2025-07-08-cafe\.mdx/],
    ['postmortems/2025-07-08-cafe\u0301.mdx', /\(U\+0301\).*rename the file to 2025-07-08-cafe\.mdx/],
    ['postmortems/nul.md', /"nul" is a device name on Windows/],
  ])('%s (control)', (name, words) => {
    const errors = errorsOf((text) => text, name);
    expect(errors.map((e) => e.rule)).toEqual(['file/name']);
    expect(errors[0].text).toMatch(words);
  });
});

describe('site.config.ts and the environment (controls of kinds no round tried)', () => {
  const sites = { internal: { title: 'Acme KB', url: 'https://incidents.acme.internal' }, public: { title: 'Acme History', url: 'https://status.acme.example' } };
  const redaction = (lists: object) => ({ redaction: { people: [], internalNames: [], internalDomains: [], publicNames: [], ...lists } });
  test.each([
    ['an organisation of 500 letters', { organisation: 'A'.repeat(500) }, /organisation is 500 characters long; at most 120/],
    ['contentDir: 1', { contentDir: 1 }, /contentDir must be text in quotes \(got 1\)/],
    ['an ftp: internal address', { sites: { ...sites, internal: { title: 'x', url: 'ftp://kb.acme.internal' } } }, /sites\.internal\.url is not an absolute http\(s\) URL/],
    ['both sites at one address', { sites: { internal: { title: 'x', url: 'https://kb.acme.example' }, public: { title: 'y', url: 'https://kb.acme.example' } } }, /name the same host \(kb\.acme\.example\)/],
    ['an empty public title', { sites: { ...sites, public: { title: '', url: 'https://status.acme.example' } } }, /sites\.public\.title is empty/],
    ['a public title that is a number', { sites: { ...sites, public: { title: 7, url: 'https://status.acme.example' } } }, /sites\.public\.title must be text in quotes \(got 7\)/],
    ['sites.public.base (an Astro option)', { sites: { ...sites, public: { ...sites.public, base: '/kb' } } }, /sites\.public has unknown option\(s\) "base"/],
    ['lint: []', { lint: [] }, /lint must be an object of options/],
    ['lint.rules as a list', { lint: { rules: ['blameless/person-blame'] } }, /lint\.rules must be an object of names and values/],
    ['a rule set to true', { lint: { rules: { 'action-item/vague': true } } }, /is true, a switch, .* write 'error' or 'warning'/],
    ['a rule name with two letters swapped', { lint: { rules: { 'action-item/vauge': 'error' } } }, /did you mean "action-item\/vague"/],
    ['lint.level', { lint: { rules: {}, level: 'strict' } }, /lint has unknown option\(s\) "level"/],
    ['a person who is a number', redaction({ people: [42] }), /redaction\.people\[0\] must be text in quotes \(got 42\)/],
    ['a person listed twice', redaction({ people: ['Jane Doe', 'Jane Doe'] }), /redaction\.people\[1\] "Jane Doe" is redaction\.people\[0\] \("Jane Doe"\) again/],
    ['an empty person', redaction({ people: [''] }), /holds an empty name/],
    ['a person of one letter', redaction({ people: ['J'] }), /fewer than two letters or digits/],
    ['an internal name with a wildcard', redaction({ internalNames: ['db-*'] }), /holds the wildcard \*/],
    ['an internal domain of a dot alone', redaction({ internalDomains: ['.'] }), /is not a host-name suffix/],
    ['redaction: null', { redaction: null }, /redaction must be an object of options/],
    ['linkBy: 1', { similarity: { linkBy: 1 } }, /similarity\.linkBy is not a choice/],
    ['similarity.threshold', { similarity: { linkBy: 'blend', threshold: 0.5 } }, /similarity has unknown option\(s\) "threshold"/],
    ['asOf as a number', { asOf: 20260101 }, /write asOf: '2026-01-01'/],
  ])('%s', (_, extra, words) => {
    expect(configRefusal(extra)).toMatch(words);
  });
  test.each([
    ['KB_AS_OF=2026-13-01', { KB_AS_OF: '2026-13-01' }],
    ['KB_AS_OF=2026-02-29', { KB_AS_OF: '2026-02-29' }],
  ])('%s is refused (control)', (_, env) => {
    expect(() => loadKbConfig({ organisation: 'Acme', sites }, env, { fileExists: () => false })).toThrow(/KB_AS_OF is "2026-(13-01|02-29)", which is not a date \(2026-(13-01|02-29) is no day: .*\)\. Set it as YYYY-MM-DD/);
  });
});

describe('KB_REQUIRE_BROWSER of a value other than 1 or 0 (before: browser tests skipped in silence where CI meant to require them)', () => {
  test.each([['true'], ['yes'], ['2']])('%s', (value) => {
    expect(requireBrowserProblem(value)).toMatch(/^KB_REQUIRE_BROWSER is ".+": set it to 1 to make browser tests fail when .* is missing, or to 0 \(or unset it\) to let them skip\.$/);
  });
  test('1, 0, empty and unset are taken (controls)', () => {
    for (const value of ['1', '0', '', undefined]) expect(requireBrowserProblem(value)).toBeUndefined();
  });
});
