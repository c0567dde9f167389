import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { isLatinLookAlike, readingView } from '../../src/lib/publication/reading-view.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { join } from 'node:path';

/**
 * Adversarial spellings of names and internal systems: the source hides them from a text search,
 * the page shows them. Each must be a finding at its place in the source (the probe classes of
 * docs/redaction.md, "Written to slip past").
 */
const options: RedactionOptions = {
  internalDomains: ['.internal'],
  serviceIds: ['orders-db'],
  people: ['Ekaterina Ivanova'],
  detectUnlistedPeople: true,
};

/** `rule:text as written:line:column` for every finding. */
const found = (text: string, opts: RedactionOptions = options) =>
  scanPublicText('post.mdx', text, opts).findings.map((f) => `${f.rule}:${redactionFindingText(f)}:${f.line}:${f.column}`);

describe('what the page shows is found however the source spells it', () => {
  test.each([
    ['a zero-width space inside a known name', 'Pool restarted by Eka\u200Bterina.', 'redact/person:Eka\u200Bterina:1:19'],
    ['a soft hyphen inside a host', 'The pool on db7.acme.in\u00ADternal failed.', 'redact/internal-host:db7.acme.in\u00ADternal:1:13'],
    ['a zero-width space inside a service id', 'The orders\u200B-db pool.', 'redact/service-id:orders\u200B-db:1:5'],
    ['a Cyrillic look-alike letter', 'Pool restarted by \u0415katerina.', 'redact/person:\u0415katerina:1:19'],
    ['a Cyrillic letter in a host', 'The pool on db7.acme.\u0456nternal failed.', 'redact/internal-host:db7.acme.\u0456nternal:1:13'],
    ['full-width letters', 'Pool restarted by \uFF25\uFF4B\uFF41\uFF54\uFF45\uFF52\uFF49\uFF4E\uFF41.', 'redact/person:\uFF25\uFF4B\uFF41\uFF54\uFF45\uFF52\uFF49\uFF4E\uFF41:1:19'],
    ['full-width digits in a private address', 'Traffic to \uFF11\uFF10.1.2.3 stopped.', 'redact/ip-address:\uFF11\uFF10.1.2.3:1:12'],
    ['mathematical letters', 'Pool restarted by \u{1D404}katerina.', 'redact/person:\u{1D404}katerina:1:19'],
    ['a decimal character reference', 'Pool restarted by &#69;katerina.', 'redact/person:&#69;katerina:1:19'],
    ['hexadecimal references in a host', 'The pool on db7&#x2E;acme&#46;internal failed.', 'redact/internal-host:db7&#x2E;acme&#46;internal:1:13'],
    ['a named reference in a host', 'The pool on db7.acme&period;internal failed.', 'redact/internal-host:db7.acme&period;internal:1:13'],
    ['emphasis inside a name', 'Pool restarted by Ekate**rina**.', 'redact/person:Ekate**rina**:1:19'],
    ['strike-through and code inside a name', 'Pool restarted by Ek~~ate~~ri`na`.', 'redact/person:Ek~~ate~~ri`na`:1:19'],
    ['emphasis inside a host', 'The pool on db7.acme.*internal* failed.', 'redact/internal-host:db7.acme.*internal*:1:13'],
    ['inline HTML inside a name', 'Pool restarted by Ekate<b>rina</b>.', 'redact/person:Ekate<b>rina</b>:1:19'],
    ['SVG text spans inside a name', '<svg><text>Ekat<tspan>erina</tspan></text></svg>', 'redact/person:Ekat<tspan>erina</tspan>:1:12'],
    ['tags between two parts of a name', 'Pool restarted by Ekat<span></span>erina.', 'redact/person:Ekat<span></span>erina:1:19'],
    ['a combining mark inside a name', 'Pool restarted by Ekate\u0301rina.', 'redact/person:Ekate\u0301rina:1:19'],
    // One finding for the whole double-barrelled spelling, so its fix leaves no part of the name.
    ['percent-escapes in a link', 'See [the notes](https://status.example.com/%45katerina-%49vanova).', 'redact/person:%45katerina-%49vanova:1:44'],
  ])('%s', (_, text, finding) => {
    expect(found(text)).toContain(finding);
  });

  test('a name no list knows, split by emphasis, is found as when written plainly', () => {
    const plain = found('That evening Yuvi completed a stress test.', { ...options, people: [] });
    expect(plain).toEqual(['redact/possible-person:Yuvi:1:14']);
    expect(found('That evening Yu*vi* completed a stress test.', { ...options, people: [] })).toEqual(['redact/possible-person:Yu*vi*:1:14']);
    expect(found('That evening Yu\u200Bvi completed a stress test.', { ...options, people: [] })).toEqual(['redact/possible-person:Yu\u200Bvi:1:14']);
  });

  test('one finding for the whole text, not its part before the hidden character', () => {
    expect(found('Coordination moved to #inc\u200B-probe-room.')).toEqual(['redact/channel:#inc\u200B-probe-room:1:23']);
    expect(found('Write to ops\u200B.team@acme.example today.').filter((f) => f.startsWith('redact/email'))).toEqual(['redact/email:ops\u200B.team@acme.example:1:10']);
  });

  test('the message says what the page shows and how the source hides it', () => {
    const [finding] = scanPublicText('post.mdx', 'Pool restarted by Eka\u200Bterina.', options).findings;
    expect(finding.message).toContain('reads “Ekaterina” on the page');
    expect(finding.message).toContain('U+200B');
  });

  test('an allow marker naming the text as the page shows it allows it', () => {
    expect(found('Cited from Eka\u200Bterina. {/* redaction-allow redact/person "Ekaterina" -- cited */}')).toEqual([]);
  });

  test('line numbers do not move: an encoded line break is not decoded', () => {
    expect(found('First line &#10; still first.\nPool restarted by Ekat&#101;rina.')).toContain('redact/person:Ekat&#101;rina:2:19');
  });
});

describe('ordinary text reads as written', () => {
  test.each([
    'Plain ASCII prose with `code`, **bold** and _emphasis_.',
    'Typography: it’s “quoted” – and … ellipses, café, naïve.',
    'Greek and Cyrillic words stay: Ελλάδα, Москва.',
    'A note (**bold**) and `foo`, then `bar`.',
  ])('%j', (text) => {
    expect(readingView(text)).toBeUndefined();
  });

  // readingView decides "reads as written" from the folded text alone, and makes positions only
  // when some line folds (docs/performance.md, session 31): a line that folds to itself must then
  // still map its pieces as a whole, not character by character.
  test('beside a line that folds, a line that reads as written keeps its pieces\' positions', () => {
    const view = readingView('A **note** here.\nPool restarted by Eka\u200Bterina.')!;
    expect(view.text).toBe('A **note** here.\nPool restarted by Ekaterina.');
    // `**` is one piece of two characters: both stand for the whole of it.
    expect(view.starts[0].slice(2, 4)).toEqual([2, 2]);
    expect(view.ends[0].slice(2, 4)).toEqual([4, 4]);
    expect(view.starts[0].slice(4, 8)).toEqual([4, 5, 6, 7]);
    // The zero-width space is gone: "t" (index 21 of the folded line) comes from index 22.
    expect(view.starts[1][21]).toBe(22);
  });

  test('no ASCII character is a look-alike (a line of ASCII skips the look-alike fold)', () => {
    for (let code = 0; code < 128; code++) expect(isLatinLookAlike(String.fromCharCode(code))).toBe(false);
  });

  test('public prose with typographic characters has no finding', () => {
    expect(found('It’s “fixed” – see the café’s naïve retry… at 10:25.')).toEqual([]);
  });
});

describe('what the page computes, runs or reverses is hidden text (redact/hidden-text)', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  const frontmatter = publicProbePost({ summary: 'Internal summary.' });
  const bodyLine = frontmatter.split('\n').length;
  const scan = (body: string, file = 'post.mdx') => {
    const source = frontmatter + body;
    const result = validatePostmortemSource(file, 'post', source, { vocabulary, knownIds: new Set(['post']), contentDir: 'content' });
    expect(result.data, JSON.stringify(result.findings)).toBeDefined();
    return scanPostmortemForPublication(file, source, result.data!, options).findings.map((f) => `${f.rule}:${f.line}:${f.column}`);
  };

  test.each([
    ['an expression that joins strings', "{'Ekat' + 'erina'} restarted the pool.", 1],
    ['an expression that decodes character codes', '{String.fromCharCode(69, 107)} restarted it.', 1],
    ['an expression after a comment', "{/* note */ 'Ekat' + 'erina'} restarted it.", 1],
    ['an expression inside a host', "The pool on {'db7'}.acme.internal failed.", 13],
    ['an attribute computed by an expression', '<abbr title={"db7.acme" + ".internal"}>db</abbr> failed.', 1],
    ['a script', "<script>{\"document.title = atob('RWthdGVyaW5h')\"}</script>", 1],
    ['a style sheet', '<style>{"p::after { content: \'x\' }"}</style>', 1],
    ['an event handler', '<span onmouseover="this.textContent = atob(\'RWth\')">hover</span>', 1],
    ['a data URL image', '![chart](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)', 1],
    ['a javascript link', "[status](javascript:alert('x'))", 1],
    ['a data URL in a style attribute', '<span style="background: url(data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)">chart</span>', 1],
    ['a <bdo> element that reverses a name', '<bdo dir="rtl">anirétakE</bdo> approved the change.', 1],
    ['a bidi override in a style', 'Approved by <span style="direction: rtl; unicode-bidi: bidi-override">anireta</span>.', 13],
  ])('%s, in .mdx', (_, body, column) => {
    expect(scan(body)).toContain(`redact/hidden-text:${bodyLine}:${column}`);
  });

  test.each([
    ['a script', "<script>document.title = atob('RWthdGVyaW5h')</script>", 1],
    ['an event handler', '<p onclick="alert(1)">Pool restarted.</p>', 3],
    ['a data URL in a style attribute', '<div style="background: url(data:image/png;base64,iVBORw0KGgo=)">chart</div>', 6],
    ['a <bdo> element that reverses a name', 'Approved by <bdo dir="rtl">anirétakE</bdo> today.', 13],
  ])('%s, in .md', (_, body, column) => {
    expect(scan(body, 'post.md')).toContain(`redact/hidden-text:${bodyLine}:${column}`);
  });

  test('comments, plain elements and ordinary links are not hidden text', () => {
    expect(scan('Text {/* a comment */} with <abbr title="Domain Name System">DNS</abbr> and [docs](https://example.com).\n\n<br />')).toEqual([]);
    expect(scan('<abbr title="Metrics data: five minutes">5m</abbr> of data: none lost.', 'post.md')).toEqual([]);
  });

  test('an expression inside <Internal> is cut before the scan', () => {
    expect(scan("<Internal>{'Ekat' + 'erina'}</Internal> Pool restarted.")).toEqual([]);
  });

  test('in a .md body, an allow marker comment allows the text, though the public cut removes the comment', () => {
    expect(scan('Ekaterina cited the paper. <!-- redaction-allow redact/person "Ekaterina" -- she asked to be named -->', 'post.md')).toEqual([]);
    expect(scan('Ekaterina cited the paper.', 'post.md')).toEqual([`redact/person:${bodyLine}:1`]);
  });

  test('an allow marker on the line allows it', () => {
    expect(scan("{'{'} is a brace. {/* redaction-allow redact/hidden-text -- a literal brace */}")).toEqual([]);
  });

  test.each([
    ['a relative link', 'See [the earlier outage](../2024-01-01-orion-meltdown/).', 'post.mdx'],
    ['a protocol-relative link', 'See [the earlier outage](//postmortems/2024-01-01-orion-meltdown/).', 'post.mdx'],
    ['a section in another case', 'See [the earlier outage](/Postmortems/2024-01-01-orion-meltdown/).', 'post.mdx'],
    ['a path through ..', 'See [the earlier outage](/incidents/../postmortems/2024-01-01-orion-meltdown/).', 'post.mdx'],
    ['a reference-style link', 'See [the earlier outage][o].\n\n[o]: /postmortems/2024-01-01-orion-meltdown/', 'post.mdx'],
    ['an HTML link', 'See <a href="/postmortems/2024-01-01-orion-meltdown/">the earlier outage</a>.', 'post.mdx'],
    ['a link in a .md post, which is not rewritten', 'See [the earlier outage](/postmortems/2024-01-01-orion-meltdown/).', 'post.md'],
  ])('%s into the internal site is an internal link, at the source', (_, body, file) => {
    const source = frontmatter + body;
    const result = validatePostmortemSource(file, 'post', source, { vocabulary, knownIds: new Set(['post']), contentDir: 'content' });
    const findings = scanPostmortemForPublication(file, source, result.data!, options).findings;
    expect(findings.map((f) => f.rule)).toContain('redact/internal-link');
    expect(findings.find((f) => f.rule === 'redact/internal-link')?.message).toContain('2024-01-01-orion-meltdown');
  });

  test('an inline link of an .mdx post to another postmortem is rewritten by the build, not a finding', () => {
    expect(scan('See [the earlier outage](/postmortems/2024-01-01-orion-meltdown/) and [a section](#timeline).')).toEqual([]);
  });

  test('a body that does not parse is a finding naming file, line and fix, not a crash', () => {
    expect(() => scan('<!-- Ekaterina -->')).toThrow(new RegExp(`post\\.mdx:${bodyLine}:1: the MDX body does not parse .*Close every tag`));
  });
});

describe('an allow marker customers would read stops the build', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  const scan = (body: string, file = 'post.mdx', summary = 'Internal summary.') => {
    const source = publicProbePost({ summary }) + body;
    const result = validatePostmortemSource(file, 'post', source, { vocabulary, knownIds: new Set(['post']), contentDir: 'content' });
    expect(result.data, JSON.stringify(result.findings)).toBeDefined();
    return scanPostmortemForPublication(file, source, result.data!, options).findings.filter((f) => f.rule === 'redact/hidden-text').map((f) => f.message);
  };
  const marker = 'redaction-allow redact/person "Ekaterina" -- cited';

  test.each([
    ['in a code span', `Our process: \`{/* ${marker} */}\` was written by Ekaterina.`, 'post.mdx'],
    ['in fenced code', `\`\`\`text\nreviewed by Ekaterina {/* ${marker} */}\n\`\`\``, 'post.mdx'],
    ['as MDX comment syntax in a .md body, where it is text', `Ekaterina cited it. {/* ${marker} */}`, 'post.md'],
    ['in plain text', `Ekaterina cited it. ${marker}`, 'post.mdx'],
  ])('%s', (_name, body, file) => {
    expect(scan(body, file)).toEqual([expect.stringMatching(/an allow marker outside a comment would be published as text/)]);
  });

  test('inside a public field\'s text', () => {
    const source = publicProbePost({ summary: 'Internal summary.' }).replace(/^(\s+title: )(.*)$/m, `$1"Checkout failed # ${marker.replace(/"/g, '\\"')}"`);
    const result = validatePostmortemSource('post.mdx', 'post', source, { vocabulary, knownIds: new Set(['post']), contentDir: 'content' });
    expect(result.data?.public?.title).toContain('redaction-allow');
    const messages = scanPostmortemForPublication('post.mdx', source, result.data!, options).findings.filter((f) => f.rule === 'redact/hidden-text').map((f) => f.message);
    expect(messages).toEqual([expect.stringMatching(/inside the text of public\.title/)]);
  });

  test('in a comment it allows, and is not published', () => {
    expect(scan(`Ekaterina cited the paper. {/* ${marker} */}`)).toEqual([]);
    expect(scan(`Ekaterina cited the paper. <!-- ${marker} -->`, 'post.md')).toEqual([]);
  });
});
