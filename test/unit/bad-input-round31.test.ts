// Bad input, round 31 (docs/rules.md, "Bad input round 31"): inputs of kinds no earlier round
// tried. Each test of a change asserts what the commit before did not do; the controls, what was
// said clearly before and still is. In-process only; the commands started are in
// test/cli/bad-input-round31.test.ts.
import { describe, expect, test } from 'vitest';
import { scanPublicText } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { listedNameCharacterProblem } from '../../src/lib/listed-name-characters.ts';
import { findingsAfterEditingGoodInput, replacing } from '../support/content-fixture.ts';
import { configRefusal, minimalKbConfig } from '../support/kb-config-refusal.ts';

const findingsOf = (change: (text: string) => string, name?: string) =>
  findingsAfterEditingGoodInput(change, name).map((f) => ({ rule: f.rule, severity: f.severity, text: `${f.message} ${f.fix ?? ''}` }));
const withBody = (extra: string) => (text: string) => `${text}\n${extra}\n`;

describe('a redaction list entry holding a look-alike, invisible or full-width letter (before: taken, and the name as posts write it went unfound)', () => {
  test.each([
    ['people', 'J\u0430ne Doe', /^redaction\.people\[0\] is "J\u0430ne Doe", which holds "\u0430" \(U\+0430, a Cyrillic letter\) among Latin letters, printed just like one: names are found as written, so "Jane Doe" as the postmortems write it would not be found and would be published\. Retype it: 'Jane Doe'\.$/],
    ['internalNames', '\u043Erion-db', /^redaction\.internalNames\[0\] is "\u043Erion-db", which holds "\u043E" \(U\+043E, a Cyrillic letter\) among Latin letters.* Retype it: 'orion-db'\.$/],
    ['internalNames', 'orion-\u03B4b'.replace('\u03B4', 'd').replace('b', '\u0432'), /Cyrillic letter\) among Latin letters.* Retype it: 'orion-db'\.$/],
    ['people', 'Jane\u200BDoe', /^redaction\.people\[0\] is "Jane\\u200BDoe", which holds the invisible character U\+200B \(zero-width space\).*would not be found and would be published\. Write 'JaneDoe'\.$/],
    ['internalNames', 'orion\u2060-db', /^redaction\.internalNames\[0\] is "orion\\u2060-db", which holds the invisible character U\+2060 .* Write 'orion-db'\.$/],
    ['people', '\uFF2A\uFF41\uFF4E\uFF45 Doe', /^redaction\.people\[0\] is "\uFF2A\uFF41\uFF4E\uFF45 Doe", which holds "\uFF2A" \(U\+FF2A, .*\), a full-width or mathematical form of a letter: names are found as written, so "Jane Doe" .* Write 'Jane Doe'\.$/],
    ['publicNames', 'Acme \u{1D40F}ay', /^redaction\.publicNames\[0\] is .*a full-width or mathematical form of a letter: .* Write 'Acme Pay'\.$/],
  ])('%s: %j', (list, name, words) => {
    const refusal = configRefusal({ redaction: { people: [], internalNames: [], internalDomains: [], publicNames: [], [list]: [name] } });
    expect(refusal).toBeDefined();
    const lines = refusal!.split('\n').slice(1).map((line) => line.replace(/^ {2}- /, ''));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(words);
  });

  test('names written in one script, accents and no-break-free spaces pass (controls)', () => {
    for (const name of ['Jane Doe', 'Иван Петров', 'Ελένη Παπαδοπούλου', 'José Núñez', 'Zoë O\u2019Brien', '李小龍']) {
      expect(listedNameCharacterProblem('people', 0, name), name).toBeUndefined();
    }
    expect(configRefusal({ redaction: { people: ['Jane Doe', 'Иван Петров'], internalNames: ['orion-db'], internalDomains: ['.acme.internal'], publicNames: ['Acme Pay'] } })).toBeUndefined();
  });

  test('why it matters: the guard finds a listed internal name only as listed (before the refusal, "orion-db" was published)', () => {
    // The shape rules off: since probe round 34 a code name and its role (`orion-db`) is a finding by its shape alone; this is about the list.
    const scan = (internalNames: string[]) => scanPublicText('post.mdx', 'The orion-db node failed over.', { internalDomains: [], serviceIds: [], people: [], internalNames, peopleIndex: buildPeopleIndex([]), detectShapes: false })
      .findings.filter((f) => f.rule === 'redact/internal-name');
    expect(scan(['\u043Erion-db'])).toEqual([]);
    expect(scan(['orion-db'])).toHaveLength(1);
  });
});

describe('look-alike, invisible and compatibility letters in a post\'s text are read through by the guard (controls, clear before and after)', () => {
  const options = { internalDomains: ['.internal'], serviceIds: [], people: ['Janek'], internalNames: ['orion-db'], peopleIndex: buildPeopleIndex([{ name: 'Janek', origin: 'configured' as const }]) };
  test.each([
    ['a Cyrillic а', 'Restarted by J\u0430nek at noon.', 'redact/person'],
    ['full-width letters', 'Restarted by \uFF2A\uFF41\uFF4E\uFF45\uFF4B at noon.', 'redact/person'],
    ['mathematical bold letters', 'Restarted by \u{1D409}\u{1D41A}\u{1D427}\u{1D41E}\u{1D424} at noon.', 'redact/person'],
    ['a soft hyphen', 'Restarted by Ja\u00ADnek at noon.', 'redact/person'],
    ['a zero-width joiner', 'Restarted by Ja\u200Dnek at noon.', 'redact/person'],
    ['a zero-width non-joiner', 'Restarted by Ja\u200Cnek at noon.', 'redact/person'],
    ['a left-to-right mark', 'Restarted by Ja\u200Enek at noon.', 'redact/person'],
    ['a combining dot', 'Restarted by Jane\u0307k at noon.', 'redact/person'],
    ['a Greek omicron in a system', 'The \u03BFrion-db node failed.', 'redact/internal-name'],
    ['a full-width system', 'The \uFF4F\uFF52\uFF49\uFF4F\uFF4E-\uFF44\uFF42 node failed.', 'redact/internal-name'],
    ['a Cyrillic а in a host', 'Traffic went to db7.\u0430cme.internal today.', 'redact/internal-host'],
    ['a zero-width joiner in a host', 'Traffic went to db7.ac\u200Dme.internal today.', 'redact/internal-host'],
  ])('%s', (_, text, rule) => {
    const errors = scanPublicText('post.mdx', text, options).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toContain(rule);
  });
});

describe('markup in an MDX body', () => {
  test('<meta httpEquiv="refresh"> (JSX\'s spelling of http-equiv) is refused (before: passed, and the page sent its readers to another site)', () => {
    const found = findingsOf(withBody('<meta httpEquiv="refresh" content="0;url=https://evil.example" />')).filter((f) => f.rule === 'body/active-content');
    expect(found).toEqual([{ rule: 'body/active-content', severity: 'error', text: expect.stringMatching(/^a <meta> element with http-equiv changes how the page loads \(a refresh can send readers elsewhere\)\. remove it/) }]);
  });
  test('<meta name> without http-equiv passes (control)', () => {
    expect(findingsOf(withBody('<meta name="robots" content="noindex" />')).filter((f) => f.rule === 'body/active-content')).toEqual([]);
  });
  test.each([
    ['a vbscript: link', '[x](vbscript:msgbox(1))', /a vbscript: address runs code/],
    ['a data:text/html link', '[x](data:text/html,hello)', /a data: address can hold a page or script/],
    ['an <a href="data:…">', '<a href="data:text/html,hello">x</a>', /<a>: its href: a data: address/],
    ['<base href>', '<base href="https://evil.example/" />', /a <base> element changes where every link/],
    ['<form action>', '<form action="https://evil.example/c"><button>Go</button></form>', /a <form> element sends what readers type/],
    ['<object data>', '<object data="https://evil.example/x.swf"></object>', /an <object> element embeds/],
    ['<embed src>', '<embed src="https://evil.example/x.swf" />', /an <embed> element embeds/],
    ['<link rel=stylesheet href>', '<link rel="stylesheet" href="https://evil.example/x.css" />', /a <link> element with href loads a style sheet/],
    ['javascript&colon;', '[x](javascript&colon;alert(1))', /a javascript: address runs code/],
    ['JaVaScRiPt:', '[x](JaVaScRiPt:alert(1))', /a javascript: address runs code/],
    ['<svg onLoad>', '<svg onLoad="alert(1)" width="1" height="1"></svg>', /<svg>: the onLoad attribute runs code/],
  ])('%s is refused (control)', (_, markup, words) => {
    const found = findingsOf(withBody(markup)).filter((f) => f.rule === 'body/active-content');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].text).toMatch(words);
  });
  test.each([
    ['export const', 'export const secret = 1;', 'mdx/no-imports'],
    ['{process.env.HOME}', 'The home was {process.env.HOME}.', 'mdx/code-expression'],
    ['{new Date().getFullYear()}', 'Year {new Date().getFullYear()}.', 'mdx/code-expression'],
  ])('%s is refused (control)', (_, markup, rule) => {
    expect(findingsOf(withBody(markup)).filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([rule]);
  });
});

describe('frontmatter and file names (controls, clear before and after)', () => {
  test.each([
    ['services: [] on a published post', replacing('services: [checkout-api]', 'services: []'), 'schema/invalid', /services is an empty list/],
    ['times.resolved at times.started', replacing('resolved: 2025-07-08T18:30:00Z', 'resolved: 2025-07-08T17:45:00Z'), 'schema/consistency', /times\.resolved .* is before times\.detected/],
    ['times.mitigated after times.resolved', replacing('mitigated: 2025-07-08T17:55:00Z', 'mitigated: 2025-07-08T19:55:00Z'), 'schema/consistency', /resolved must be at or after mitigated/],
    ['an empty impact window', replacing('end: 2025-07-08T17:55:00Z', 'end: 2025-07-08T17:45:00Z'), 'schema/consistency', /impact\.end .* must be after impact\.start/],
    ['a due day written as a time', replacing('due: 2025-08-01', 'due: 2025-08-01T00:00:00Z'), 'schema/invalid', /is not a date\. Write it as YYYY-MM-DD, e\.g\. 2025-08-01/],
  ])('%s', (_, change, rule, words) => {
    const errors = findingsOf(change).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual([rule]);
    expect(errors[0].text).toMatch(words);
  });
  test.each([
    ['postmortems/con.mdx', /"con" is a device name on Windows/],
    ['postmortems/com1.mdx', /"com1" is a device name on Windows/],
    ['postmortems/x:y.mdx', /characters other than a-z, 0-9 and hyphens \(:\).* rename the file to x-y\.mdx/],
    ['postmortems/x|y.mdx', /\(\|\)/],
    ['postmortems/x .mdx', /has spaces/],
    ['postmortems/x.mdx.mdx', /rename the file to x\.mdx/],
    ['postmortems/X.MDX', /only \.mdx and \.md files \(in lower case\) are/],
  ])('%s', (name, words) => {
    const errors = findingsOf((text) => text, name).filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].text).toMatch(words);
  });
});

describe('site.config.ts (controls, clear before and after)', () => {
  const publicUrl = (url: string) => ({ sites: { ...minimalKbConfig.sites, public: { title: 'Acme History', url } } });
  test.each([
    ['a public address with a query', publicUrl('https://status.acme.example/?ref=x'), /has a query \(\?ref=x\)/],
    ['a public address with a fragment', publicUrl('https://status.acme.example/#top'), /has a fragment \(#top\)/],
    ['a public address on port 99999', publicUrl('https://status.acme.example:99999'), /has the port 99999, and ports run from 1 to 65535/],
    ['a public address with a password', publicUrl('https://u:p@status.acme.example'), /holds a user name or password/],
    ['a public address in a private network', publicUrl('https://10.0.0.5'), /is a private network address \(RFC 1918\)/],
    ['an organisation holding a bidi control', { organisation: 'Acme\u202E' }, /organisation holds the invisible character U\+202E/],
    ['asOf on a day February lacks', { asOf: '2026-02-29' }, /asOf is not a date/],
    ['a lint level in capitals', { lint: { rules: { 'action-item/vague': 'Error' } } }, /the level in other letter case/],
    ['a rule name in capitals', { lint: { rules: { 'Action-Item/Vague': 'error' } } }, /is the rule "action-item\/vague" in other letter case/],
    ['an always-on rule set off', { lint: { rules: { 'schema/required': 'off' } } }, /is a rule that is always on/],
    ['an internal domain with a trailing dot', { redaction: { people: [], internalNames: [], internalDomains: ['acme.internal.'], publicNames: [] } }, /is not a host-name suffix/],
  ])('%s', (_, extra, words) => {
    expect(configRefusal(extra)).toMatch(words);
  });
});
