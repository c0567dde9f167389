// Bad input, round 38b (docs/rules.md, "Bad input round 38b"): the error TEXT of messages that
// quote what the author wrote. Every message must name the file and the line, and its quotes
// must never cut a character in half (a surrogate pair, a letter and its accent, a family emoji,
// a flag), never run past the line nor print a control or bidi character raw. One helper does
// the quoting (src/lib/quoted-snippet.ts); these inputs go through `validateCorpus`.
import { describe, expect, test } from 'vitest';
import { findingsAfterEditingGoodInput, replacing } from '../support/content-fixture.ts';
import { quoteSnippet, reasonWithWholeCharacter } from '../../src/lib/quoted-snippet.ts';
import { type KbConfigInput } from '../../src/lib/kb-config.ts';
import { configRefusal } from '../support/kb-config-refusal.ts';
import { scanPublicText } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';

/** What a reader sees as one character, each a different way to be cut. */
const characters: Record<string, string> = {
  'an emoji (a surrogate pair)': '\u{1F525}',
  'a family emoji (joined by ZWJ)': '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
  'a flag (two regional indicators)': '\u{1F1E9}\u{1F1EA}',
  'a CJK ideograph beyond the BMP': '\u{20BB7}',
  'a letter and two combining marks': '\u00F0\u0323\u0301',
  'a mathematical bold letter': '\u{1D400}',
  'a Hangul syllable in jamo': '\u1112\u1161\u11AB',
  'a control character (BEL)': '\u0007',
  'a right-to-left override': '\u202E',
};

const body = (text: string) => replacing('A configuration push lowered the pool size.', text);
/** Where a message quotes the author's text, each with 30 of the character (longer than any quote). */
const places: Record<string, (c: string) => (text: string) => string> = {
  'an expression that runs code': (c) => body(`{process.env.POOL + '${c.repeat(30)}'}`),
  'a javascript: link': (c) => body(`[the console](javascript:alert('${c.repeat(30)}'))`),
  'a timeline entry written as text': (c) => (text) => text.replace(/timeline:\n  - at: \S+\n    event: Error-rate alert pages the on-call.\n    kind: detection/, `timeline:\n  - ${c.repeat(30)} paged`),
  'impact written as text': (c) => (text) => text.replace(/impact:\n  description: Some checkout attempts failed.\n  start: \S+\n  end: \S+/, `impact: ${c.repeat(30)} failed`),
  'a title without letters': (c) => replacing('title: Checkout errors after a config push', `title: "= ${c.repeat(30)}"`),
  'a tag name of the character': (c) => body(`The pool <${c}${c}> was lowered.`),
  'an attribute value unquoted': (c) => body(`The pool <b size=${c}${c}>x</b> was lowered.`),
  'a brace meant as text': (c) => body(`The pool {size ${c.repeat(30)} was} lowered.`),
  'a less-than meant as text': (c) => body(`The pool went to a<b${c.repeat(30)} in the end.`),
};

const unshowable = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
/** The text with every whole copy of `c` taken out: what remains must hold none of its code points. */
const brokenPieces = (text: string, c: string) => {
  const rest = text.split(c).join('');
  return [...c].length > 1 || c.codePointAt(0)! > 0xffff ? [...c].filter((point) => point !== '\u200D' && rest.includes(point)) : [];
};

/** What is wrong with the findings' text, empty when each names the file and line and quotes rightly. */
function textProblems(change: (text: string) => string, c: string): string[] {
  const findings = findingsAfterEditingGoodInput(change);
  if (!findings.length) return ['no finding at all'];
  return findings.flatMap((f) => {
    const text = `${f.message} ${f.fix ?? ''}`;
    const problems: string[] = [];
    if (!/\.mdx$/.test(f.file) || !(f.line! > 0)) problems.push(`${f.rule}: no file or line`);
    if (unshowable.test(text)) problems.push(`${f.rule}: a raw line break, control or bidi character, or half a character: ${JSON.stringify(text.slice(0, 200))}`);
    const broken = brokenPieces(text, c);
    if (broken.length) problems.push(`${f.rule}: a character cut apart (${broken.map((p) => p.codePointAt(0)!.toString(16)).join(', ')})`);
    if (/U\+D[89AB][0-9A-F]{2}\b/.test(text)) problems.push(`${f.rule}: names half a character`);
    return problems;
  });
}

describe('messages quoting a post never cut a character, run past the line, or print a control character', () => {
  const cases = Object.entries(places).flatMap(([place, make]) => Object.entries(characters).map(([name, c]) => [place, name, make(c), c] as const));
  test.each(cases)('%s, with %s', (_place, _name, change, c) => {
    expect(textProblems(change, c)).toEqual([]);
  });
});

describe('control: the line and column after a byte-order mark or CRLF line ends are the author\'s (right before and still)', () => {
  const spellings: Record<string, (text: string) => string> = {
    'a byte-order mark': (text) => `\uFEFF${text}`,
    'CRLF line ends': (text) => text.replace(/\n/g, '\r\n'),
    'both': (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`,
  };
  const mistakes: [string, (text: string) => string, string, number, number][] = [
    ['<br> never closed', body('The pool <br> was lowered.'), 'mdx/syntax', 43, 10],
    ['a brace meant as text', body('The pool {a b} was lowered.'), 'mdx/syntax', 43, 10],
    ['a less-than meant as text', body('The pool went a<b in the end.'), 'mdx/syntax', 43, 16],
    ['a severity not allowed', replacing('severity: SEV-2', 'severity: SEV9'), 'schema/invalid-value', 4, 1],
    ['a tab indenting a field', replacing('  detected: 2025', '\tdetected: 2025'), 'frontmatter/yaml', 13, 1],
  ];
  const cases = Object.entries(spellings).flatMap(([spelling, respell]) => mistakes.map(([what, change, rule, line, column]) => [what, spelling, (text: string) => respell(change(text)), rule, line, column] as const));
  test.each(cases)('%s, with %s', (_what, _spelling, change, rule, line, column) => {
    expect(findingsAfterEditingGoodInput(change).map((f) => [f.rule, f.line, f.column])).toEqual([[rule, line, column]]);
  });
});

describe('the quoting helper', () => {
  test('cuts by grapheme and says where it cut', () => {
    expect(quoteSnippet('\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'.repeat(3), 2)).toBe(`${'\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'.repeat(2)}…`);
    expect(quoteSnippet('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301e\u0301…');
    expect(quoteSnippet('short')).toBe('short');
  });
  test('one line: the rest is "…"; controls and bidi characters escaped, tabs as spaces', () => {
    expect(quoteSnippet('foo +\r\n bar')).toBe('foo +…');
    expect(quoteSnippet('a\u0007b\u202Ec\td')).toBe('a\\u0007b\\u202Ec d');
    expect(quoteSnippet('\ud835x')).toBe('\\uD835x');
  });
  test("a parser's reason naming half a character names the whole one", () => {
    expect(reasonWithWholeCharacter('Unexpected character `\uFFFD` (U+D835) before name', 'a <\u{1D400}>', 4)).toBe('Unexpected character `\u{1D400}` (U+1D400) before name');
    expect(reasonWithWholeCharacter('Unexpected character `!` (U+0021) before name', 'a <!>', 4)).toBe('Unexpected character `!` (U+0021) before name');
    expect(reasonWithWholeCharacter('Unexpected character `\u202E` (U+202E) before name', 'a <\u202E>', 4)).toBe('Unexpected character `\\u202E` (U+202E) before name');
    expect(reasonWithWholeCharacter('Unexpected character `e` (U+0065) before name', 'a <e\u0301>', 4)).toBe('Unexpected character `e\u0301` (U+0065 U+0301) before name');
  });
});

describe('the expression quoted in full where it is short, and marked "…" where cut (before: `{import(\'…\').then((c) }`)', () => {
  test('a dynamic import of the settings', () => {
    const messages = findingsAfterEditingGoodInput(body("{import('../../site.config.ts').then((c) => c.default.redaction)}")).map((f) => f.message);
    expect(messages.join('\n')).toContain("{import('../../site.config.ts').then((c)…}");
  });
  test('an expression over two lines is quoted on one', () => {
    const messages = findingsAfterEditingGoodInput(body('{foo +\n bar + baz}')).map((f) => f.message);
    expect(messages.join('\n')).toContain('{foo +…}');
  });
});

describe("internalDomains with an emoji label is taken, matched in both spellings (before: refused with its punycode)", () => {
  const guardHosts = (domain: string, text: string) =>
    scanPublicText('post.mdx', text, { internalDomains: [domain], serviceIds: [], people: [], internalNames: [], peopleIndex: buildPeopleIndex([]) })
      .findings.filter((f) => f.rule === 'redact/internal-host').map((f) => /"([^"]+)"/.exec(f.message)?.[1]);
  test.each(['.\u{1F525}.example', '.xn--4v8h.example'])('%s is taken', (domain) => {
    expect(configRefusal({ redaction: { internalDomains: [domain] } } as Partial<KbConfigInput>)).toBeUndefined();
  });
  test.each([['.\u{1F525}.example', 'db7.xn--4v8h.example'], ['.xn--4v8h.example', 'db7.\u{1F525}.example'], ['.\u{1F525}.example', 'db7.\u{1F525}.example']])('internalDomains %s finds %s', (domain, host) => {
    expect(guardHosts(domain, `The pool on ${host} was lowered.`)).toEqual([host]);
  });
  test('a host whose own label holds an emoji is found whole (before: its ASCII part only)', () => {
    expect(guardHosts('.xn--4v8h.example', 'The pool on db\u{1F525}7.\u{1F525}.example was lowered.')).toEqual(['db\u{1F525}7.\u{1F525}.example']);
  });
  test('control: a family emoji, which has no punycode, is still refused, naming the field', () => {
    expect(configRefusal({ redaction: { internalDomains: ['.\u{1F468}\u200D\u{1F469}\u200D\u{1F467}.example'] } } as Partial<KbConfigInput>)).toContain('redaction.internalDomains[0]');
  });
});
