import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { findNonLatinText } from '../../src/lib/publication/non-latin-text.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { siteText } from '../support/site-variants.ts';

/**
 * Names written in a script other than Latin. Every rule that finds people reads Latin script, so
 * such text stops the public build (`redact/possible-person`, naming the script) until it is
 * replaced or allowed. Latin with diacritics, symbols, emoji, punctuation and a Greek letter used
 * as a symbol are not such text. The names are made up or common ones, of our own writing.
 */
const noLists: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

/** `rule:text` of every error. */
const errors = (text: string, options = noLists) =>
  scanPublicText('post.mdx', text, options).findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}:${redactionFindingText(f)}`);

describe('a name in another script is an error naming the script', () => {
  test.each([
    ['The pool was restarted by 王秀英 at 10:25.', '王秀英', 'Han'],
    ['田中太郎 confirmed the replica was healthy.', '田中太郎', 'Han'],
    ['The on-call engineer was Иван Петров.', 'Иван Петров', 'Cyrillic'],
    ['Γιώργος Παπαδόπουλος approved the rollback.', 'Γιώργος Παπαδόπουλος', 'Greek'],
    ['The page went to محمد علي first.', 'محمد علي', 'Arabic'],
    ['김민준 rolled the config back.', '김민준', 'Hangul'],
    ['The ticket was filed by דוד לוי.', 'דוד לוי', 'Hebrew'],
    ['राहुल शर्मा restarted the workers.', 'राहुल शर्मा', 'Devanagari'],
    ['ジョン・スミス joined the call.', 'ジョン・スミス', 'Katakana'],
    ['Reviewed with Анна-Мария today.', 'Анна-Мария', 'Cyrillic'],
  ])('%j', (text, name, script) => {
    const findings = scanPublicText('post.mdx', text, noLists).findings;
    expect(findings.map((f) => `${f.rule}:${redactionFindingText(f)}`)).toEqual([`redact/possible-person:${name}`]);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toContain(`text in ${script} script: the name check reads only Latin script`);
    expect(findings[0].fix).toContain(`redaction-allow redact/possible-person "${name}"`);
  });

  test('a name mixing scripts is one finding that names each', () => {
    const [found] = findNonLatinText('Paged 田中たろう twice.');
    expect(found).toEqual({ text: '田中たろう', index: 6, scripts: ['Han', 'Hiragana'] });
    expect(scanPublicText('post.mdx', 'Paged 田中たろう twice.', noLists).findings[0].message).toContain('text in Han and Hiragana script');
  });

  test('a capitalised Cyrillic or Greek name no phrasing surrounds is found by its script', () => {
    // "Мария" alone, after a word that introduces no one, and in a list cell: no Latin-script rule reads these.
    // ("Escalation:" introduces people since the third probe round, and is found as a person.)
    for (const [text, name] of [['The rota had Мария on it.', 'Мария'], ['| 10:25 | Ελένη |', 'Ελένη'], ['Fallback: Дмитрий.', 'Дмитрий']]) {
      const findings = scanPublicText('post.mdx', text, noLists).findings.filter((f) => f.rule === 'redact/possible-person');
      expect(findings.map((f) => redactionFindingText(f)), text).toEqual([name]);
    }
  });

  test('a Latin word with one letter of another script is found whole, so its fix leaves nothing of it', () => {
    const source = 'Alert routed to ekaterinд first.';
    const { findings } = scanPublicText('post.mdx', source, noLists);
    expect(findings.map((f) => `${f.rule}:${redactionFindingText(f)}`)).toEqual(['redact/possible-person:ekaterinд']);
    expect(applyRedactionFixes(source, findings, { isMdx: true }).source).toBe('Alert routed to <Internal>ekaterinд</Internal><PublicOnly>an engineer</PublicOnly> first.');
  });

  test('without the unlisted-people rules (the built pages) it is not looked for', () => {
    expect(errors('王秀英', { ...noLists, detectUnlistedPeople: false })).toEqual([]);
  });
});

describe('every surface customers read', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  const scanPost = (source: string, file = 'post.mdx') => {
    const result = validatePostmortemSource(file, 'post', source, { vocabulary, knownIds: new Set(['post']), contentDir: 'content' });
    expect(result.data, JSON.stringify(result.findings)).toBeDefined();
    return scanPostmortemForPublication(file, source, result.data!, noLists).findings;
  };
  const body = [
    '## Handover to 王秀英',
    '',
    '| Time | Event |',
    '| ---- | ----- |',
    '| 10:25 | Pool restarted by 田中太郎 |',
    '',
    '![Dashboard of Иван Петров](/images/pool.png)',
    '',
    'See [notes of 김민준](https://example.com/notes).',
    '',
    'Ran `restart --by 李娜` then:',
    '',
    '```sh',
    'echo "王伟 restarted it"',
    '```',
  ].join('\n');
  const source = publicProbePost({ body });
  const bodyStart = source.split('\n').length - body.split('\n').length;

  test.each([
    ['heading', '王秀英', 1],
    ['table cell', '田中太郎', 5],
    ['image alt', 'Иван Петров', 7],
    ['link text', '김민준', 9],
    ['code span', '李娜', 11],
    ['fenced code', '王伟', 14],
  ])('%s', (_surface, name, bodyLine) => {
    const findings = scanPost(source).filter((f) => f.line === bodyStart + bodyLine);
    expect(findings.map((f) => `${f.rule}:${redactionFindingText(f)}`)).toContain(`redact/possible-person:${name}`);
  });

  test('the public title and summary', () => {
    const titled = source.replace('  title: Checkout errors', '  title: Checkout errors after 王秀英\'s change').replace('  summary: Checkout failed for some customers.', '  summary: Иван Петров rolled it back.');
    const found = scanPost(titled).filter((f) => f.field).map((f) => `${f.field}:${redactionFindingText(f)}`);
    expect(found).toEqual(['public.title:王秀英', 'public.summary:Иван Петров']);
  });

  test('npm run redact replaces each with a role where a role can stand, and keeps code internal', () => {
    const findings = scanPost(source);
    const fixed = applyRedactionFixes(source, findings, { isMdx: true });
    // In code a role cannot stand ("restart --by an engineer"): the code goes inside <Internal>.
    expect(fixed.skipped).toEqual([]);
    expect(fixed.source).toContain('<Internal>`restart --by 李娜`</Internal>');
    expect(fixed.source).toMatch(/<Internal>\n```[^\n]*\n[^`]*王伟/);
    // Off the public site, kept on the internal one.
    for (const name of ['王秀英', '田中太郎', 'Иван', 'Петров', '김민준']) expect(siteText(fixed.source, 'public'), name).not.toContain(name);
    for (const name of ['王秀英', '田中太郎', '김민준']) expect(siteText(fixed.source, 'internal'), name).toContain(name);
    expect(siteText(fixed.source, 'public')).toContain('## Handover to an engineer');
    // Alt text is a string, where no component can stand: the plain role.
    expect(fixed.source).toContain('![Dashboard of an engineer](/images/pool.png)');
    expect(scanPost(fixed.source).filter((f) => f.severity === 'error').map((f) => redactionFindingText(f))).toEqual([]);
  });
});

describe('allowed like any other finding', () => {
  test('a marker naming the text allows it on its line, and only it', () => {
    expect(errors('We opened a store in 東京. {/* redaction-allow redact/possible-person "東京" -- a city, public */}')).toEqual([]);
    expect(errors('We opened stores in 東京 and 大阪. {/* redaction-allow redact/possible-person "東京" -- a city, public */}'))
      .toEqual(['redact/possible-person:大阪']);
    expect(errors('We opened a store in 東京.\n{/* redaction-allow redact/possible-person "東京" -- on the wrong line */}'))
      .toEqual(['redact/possible-person:東京']);
  });

  test('a marker for a full name allows its parts on the line', () => {
    expect(errors('Иван Петров wrote the paper; Иван cited it.')).not.toEqual([]);
    expect(errors('Иван Петров wrote the paper; Иван cited it. {/* redaction-allow redact/possible-person "Иван Петров" -- public author */}')).toEqual([]);
  });

  test('in a .md body as an HTML comment, and in frontmatter as a YAML comment', () => {
    const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
    const source = publicProbePost({ body: 'Our shop in 東京 reopened. <!-- redaction-allow redact/possible-person "東京" -- a city -->\n' })
      .replace('  title: Checkout errors', '  title: Checkout errors in 大阪 # redaction-allow redact/possible-person "大阪" -- a city');
    const scan = (text: string) => {
      const result = validatePostmortemSource('post.md', 'post', text, { vocabulary, knownIds: new Set(['post']), contentDir: 'content' });
      return scanPostmortemForPublication('post.md', text, result.data!, noLists).findings.map((f) => redactionFindingText(f));
    };
    expect(scan(source)).toEqual([]);
    expect(scan(source.replace(/ (?:<!-- |# )redaction-allow[^\n]*/g, ''))).toEqual(['大阪', '東京']);
  });

  test('a name in publicNames is public', () => {
    expect(errors('The Москва region recovered first.')).toEqual(['redact/possible-person:Москва']);
    expect(errors('The Москва region recovered first.', { ...noLists, publicNames: ['Москва'] })).toEqual([]);
  });
});

describe('not text in another script', () => {
  test.each([
    // Latin letters with diacritics are Latin script.
    'The café’s naïve retry hit the façade; smørrebrød, łódka, straße, señor, Ærø, mañana.',
    'The error read: người dùng không thể đăng nhập.',
    // Symbols, emoji, arrows, maths and punctuation, CJK punctuation included.
    'Latency rose → 5 s ⇒ alerts ✓ ★ 😀 👍🏽 ∑ ∞ ≤ ± ° € ¥ £ © ™ † ‰ 「」『』。、・〜（）',
    // A Greek letter alone is a symbol of maths and units; µ (the micro sign) is not Greek.
    'p99 was 250 μs (250 µs), π ≈ 3.14, Δt = 4 s, the λ function, 5 kΩ, σ = 2.',
  ])('%j', (text) => {
    expect(errors(text)).toEqual([]);
  });

  test('names written in Latin with diacritics are left to the Latin rules, never reported for their script', () => {
    const text = 'Nguyễn Văn Hùng, Łukasz Żółć and Søren Ørsted restarted it. Tiếng Việt: người dùng.';
    expect(findNonLatinText(text)).toEqual([]);
    expect(scanPublicText('post.mdx', text, noLists).findings.filter((f) => f.message.includes('script'))).toEqual([]);
  });

  test('a Latin word spelt with look-alike letters is read as the word it shows, not as Cyrillic', () => {
    const findings = scanPublicText('post.mdx', 'Pool restarted by \u0415katerina; the \u0421ost-janitor job stayed.', { ...noLists, people: ['Ekaterina Ivanova'], peopleIndex: undefined }).findings;
    expect(findings.filter((f) => f.message.includes('script'))).toEqual([]);
    expect(findings.map((f) => `${f.rule}:${redactionFindingText(f)}`)).toContain('redact/person:\u0415katerina');
  });
});
