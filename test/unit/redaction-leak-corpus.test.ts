import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { vocabularyInternalNames } from '../../scripts/lib/redaction-settings.ts';
import { fixturesDir } from '../support/content-fixture.ts';

/**
 * The leak corpus (test/fixtures/leak) puts a person or an internal system in every public surface:
 * public title and summary, impact, public timeline entries, public action items, opted-in lists,
 * prose, tables (initials and names), attendee and cc lines, code spans and blocks, link text,
 * targets and titles, image alt and title, <PublicOnly>, names spelt to slip past a text search
 * (markup, invisible and look-alike characters, character references), names in scripts other
 * than Latin and a bucket link over https. Each must be flagged at its own line and
 * column in the file, whether a list knows the name or not.
 */
const file = join(fixturesDir, 'leak/postmortems/2025-09-01-leak-corpus.mdx');
const source = readFileSync(file, 'utf8');
const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
const names = vocabularyInternalNames(vocabulary);
const options: RedactionOptions = {
  internalDomains: ['.internal'],
  serviceIds: [...vocabulary.services.keys()],
  people: [],
  peopleIndex: buildPeopleIndex(['Ekaterina Ivanova', 'Jan Kowalski', 'Tomasz Zielinski'].map((name) => ({ name, origin: 'git author' as const }))),
  internalNames: names.internal,
  publicNames: names.public,
  orgScopes: ['acme'],
};

/** [surface, text, rule, which occurrence of the text in the file (1 = first)]. */
const leaks: [string, string, string, number][] = [
  ['impact (folded YAML, second line)', 'Cost-janitor', 'redact/identifier', 1],
  ['public timeline entry', 'Tomasz', 'redact/person', 1],
  ['public timeline entry (quoted)', '#inc-checkout-pool', 'redact/channel', 1],
  ['opted-in contributors', 'ADSync-CI-2', 'redact/identifier', 1],
  ['public action item', 'OPS-4521', 'redact/ticket', 1],
  ['public title', 'Ekaterina Ivanova', 'redact/person', 1],
  ['public summary, thanked', 'Sarika', 'redact/person', 1],
  ['prose, first name of a known person', 'Ekaterina', 'redact/person', 2],
  ['prose, "Jan" the name, not "Jan 14" the date', 'Jan', 'redact/person', 2],
  ['table column of people, initials', 'EC', 'redact/person', 1],
  ['table, a full name no list knows', 'Marta Nowak', 'redact/person', 1],
  ['table column of people, initials', 'MN', 'redact/person', 1],
  ['attendee initials', 'EC', 'redact/person', 2],
  ['attendee initials', 'MM', 'redact/person', 1],
  ['attendee initials', 'SD', 'redact/person', 1],
  ['cc line', 'Priya', 'redact/person', 1],
  ['cc line', 'Oluwaseun', 'redact/person', 1],
  ['a first name doing what people do', 'Jenny', 'redact/person', 1],
  ['the same name elsewhere in the post', 'Jenny', 'redact/person', 2],
  ['code span', 'payments-prod-3', 'redact/identifier', 1],
  ['code block', 'arn:aws:iam::123456789012:role/pool-deployer', 'redact/cloud-account', 1],
  ['link text', 'Ekaterina', 'redact/person', 3],
  ['link target, the organisation\'s repository', 'https://github.com/acme/pool-config/pull/12', 'redact/internal-link', 1],
  ['link title', 'Jan Kowalski', 'redact/person', 1],
  ['image alt', 'pg-orders-01', 'redact/identifier', 1],
  ['image title', 'Tomasz Zielinski', 'redact/person', 1],
  ['private IP', '10.20.30.40', 'redact/ip-address', 1],
  ['internal host', 'db1.acme.internal', 'redact/internal-host', 1],
  ['cloud account', '210987654321', 'redact/cloud-account', 1],
  ['<PublicOnly>', 'Oluwaseun', 'redact/person', 2],
  // Written to slip past a text search; the page shows them plainly.
  ['emphasis inside a name', 'Ekate**rina**', 'redact/person', 1],
  ['a soft hyphen inside a host', 'db2.acme.in\u00adternal', 'redact/internal-host', 1],
  ['a character reference inside a name', 'Zielin&#115;ki', 'redact/person', 1],
  ['a zero-width space inside a name', 'Kowal\u200bski', 'redact/person', 1],
  ['a Cyrillic letter in an identifier', '\u0421ost-janitor', 'redact/identifier', 1],
  // Names in scripts no rule that finds people reads, and a bucket link over https.
  ['a name in Han script', '王秀英', 'redact/possible-person', 1],
  ['a name in Cyrillic script', 'Дмитрий Соколов', 'redact/possible-person', 1],
  ['a bucket link over https', 'https://acme-pool-dumps.s3.eu-west-1.amazonaws.com/2025-09-01/pool.sql.gz', 'redact/cloud-account', 1],
];

/** Line and column (1-based) of the nth occurrence of `text` in the file, as a whole word. */
function positionOf(text: string, nth: number): { line: number; column: number } {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  const match = [...source.matchAll(pattern)][nth - 1];
  if (!match) throw new Error(`"${text}" occurs fewer than ${nth} times in the fixture`);
  const before = source.slice(0, match.index);
  return { line: before.split('\n').length, column: match.index! - before.lastIndexOf('\n') };
}

describe('the leak corpus', () => {
  const validated = validatePostmortemSource('leak.mdx', 'leak', source, { vocabulary, knownIds: new Set(['leak']), contentDir: 'test/fixtures/leak' });
  test('is a valid postmortem', () => {
    expect(validated.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  const { findings } = scanPostmortemForPublication('leak.mdx', source, validated.data!, options);
  test.each(leaks)('%s: "%s" (%s) is an error at its line and column', (_surface, text, rule, nth) => {
    const at = positionOf(text, nth);
    const found = findings.filter((f) => f.line === at.line && f.column === at.column && f.severity === 'error');
    expect(found.map((f) => f.rule), JSON.stringify(findings.filter((f) => f.line === at.line))).toContain(rule);
  });
  test('"Jan 14" the date is not a finding', () => {
    const at = positionOf('Jan', 1);
    expect(findings.filter((f) => f.line === at.line && f.column === at.column)).toEqual([]);
  });
});

describe('false positives modelled on already-published provider reports', () => {
  const text = readFileSync(join(fixturesDir, 'leak/false-positives.md'), 'utf8');
  test('none is an error', () => {
    const errors = scanPublicText('false-positives.md', text, { ...options, orgScopes: ['acme'] }).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([]);
  });
});

describe('allow markers name one span', () => {
  const scan = (text: string) => scanPublicText('post.mdx', text, options).findings.filter((f) => f.severity === 'error').map((f) => redactionFindingText(f));
  test('a marker with a quoted text allows that text only, on its line', () => {
    expect(scan('Tomasz Zielinski and Jan Kowalski wrote it. {/* redaction-allow redact/person "Tomasz Zielinski" -- authors of the public paper */}'))
      .toEqual(['Jan Kowalski']);
    expect(scan('Tomasz Zielinski wrote it.\n{/* redaction-allow redact/person "Tomasz Zielinski" -- on the wrong line */}')).toEqual(['Tomasz Zielinski']);
  });
  test('in frontmatter, a YAML comment on the field allows it at its real position', () => {
    const source = readFileSync(file, 'utf8').replace(
      'title: Checkout unavailable after Ekaterina Ivanova\'s change',
      'title: Checkout unavailable after Ekaterina Ivanova\'s change # redaction-allow redact/person "Ekaterina Ivanova" -- she asked to be named',
    );
    const validated = validatePostmortemSource('leak.mdx', 'leak', source, { vocabulary, knownIds: new Set(['leak']), contentDir: 'x' });
    const titleLine = source.split('\n').findIndex((l) => l.includes('Checkout unavailable after')) + 1;
    const { findings } = scanPostmortemForPublication('leak.mdx', source, validated.data!, options);
    expect(findings.filter((f) => f.line === titleLine)).toEqual([]);
  });
});
