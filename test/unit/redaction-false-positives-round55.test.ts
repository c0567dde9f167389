import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';

/**
 * Round 55 of false positives and wrong stand-ins (docs/redaction.md): session 54's leftovers. A
 * vendor's name before its product's read as a full name ("an engineer 4"), a verb and its
 * particle before a workload's kind read as a workload's name, a table header of field labels
 * read as names, a person's web address mid-sentence left a hole ("See  for the fix."), and
 * another language's one-word labels read as chat speakers. Every line is our own; beside each
 * relaxation, a near miss written the same way.
 */
const options: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
const post = (body: string) => `# Outage\n\nThe kiln controller stalled twice.\n\n${body}\n`;
const findingsOf = (source: string) => scanPublicText('post.mdx', source, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);
const findings = (body: string) => findingsOf(post(body));
const publicText = (body: string) => {
  const source = post(body);
  const fixed = applyRedactionFixes(source, scanPublicText('post.mdx', source, options).findings, { isMdx: true }).source;
  return stripInternalFromSource(fixed, 'public').replace(/<\/?PublicOnly>/g, '').trim().split('\n').slice(4).join('\n');
};

describe("a vendor's name before its product's is no person", () => {
  test.each([
    'Though the drafting was manual, Anthropic Claude 4 was used to proofread the report.',
    // Found by no rule before either (pinned).
    'Though the drafting was manual, Google Gemini 2 was used to proofread the report.',
  ])('%s', (body) => {
    expect(findings(body)).toEqual([]);
    expect(publicText(body)).toBe(body);
  });
  test.each([
    // A given name first: a person with a brand's surname.
    ['Thanks to Marta Claude 4 times over.', 'redact/person:Marta Claude'],
    // No brand first.
    ['Thanks to Zorvex Claude 4 times over.', 'redact/person:Zorvex Claude'],
  ])('near miss, still found: %s', (body, found) => {
    expect(findings(body)).toContain(found);
  });
});

describe('a verb and its particle before a workload\'s kind describe it', () => {
  test.each([
    'We validated seven fixes for scale-out deployment of the kiln apps.',
    'The tool is production-ready for fail-over deployment.',
  ])('%s', (body) => {
    expect(findings(body)).toEqual([]);
  });
  test.each([
    ['The ledger-out deployment failed twice.', 'redact/internal-name:ledger-out'],
    // In a code span the author marked it as a name: still one.
    ['The `scale-out` deployment failed twice.', 'redact/internal-name:scale-out'],
  ])('near miss, still found: %s', (body, found) => {
    expect(findings(body)).toContain(found);
  });
});

describe('a table header that labels a column of people holds labels, not names', () => {
  test('a German table of duties', () => {
    const body = '| Rolle | Verantwortung | Person | Kontakt |\n| --- | --- | --- | --- |\n| Betrieb | Betrieb des Ofens | Leitung | Telefon |';
    const found = findings(body);
    for (const label of ['Rolle', 'Verantwortung', 'Kontakt']) expect(found.some((f) => f.endsWith(`:${label}`))).toBe(false);
  });
  test('near miss: a rota heads its people\'s columns with "Role"', () => {
    const found = findings('| Role | Quenby | Ardwen |\n| --- | --- | --- |\n| IC | yes | no |');
    expect(found).toEqual(expect.arrayContaining(['redact/possible-person:Quenby', 'redact/possible-person:Ardwen']));
  });
});

describe("a person's web address mid-sentence keeps the sentence's object", () => {
  test.each([
    ['See https://github.com/zorvexk/quellnet for the fix.', 'See a repository for the fix.'],
    ['https://github.com/zorvexk/quellnet/pull/12 fixed it in March.', 'A pull request fixed it in March.'],
    ['Tracked in https://github.com/zorvexk/quellnet/issues/7 until March.', 'Tracked in an issue until March.'],
  ])('%s', (body, read) => {
    expect(publicText(body)).toBe(read);
  });
  test('where it ends its clause, withheld with its preposition, as before', () => {
    expect(publicText('The fix is at https://github.com/zorvexk/quellnet.')).toBe('The fix is.');
  });
});

describe("another language's one-word label is no chat line's speaker", () => {
  const germanPost = (lines: string) => `# Störung\n\nDer Ofen war nicht erreichbar, und die Ursache war eine fehlerhafte Konfiguration der Datenbank.\n\n${lines}\n`;
  test('a template of labels in a German post: the nouns go, a label of no noun ending stays', () => {
    const found = findingsOf(germanPost('```\nPriorität: [P1/P2/P3]\nBeginn: [Zeitstempel]\nAuswirkung: [Beschreibung]\n```\n\nDie Priorität ergibt sich aus der Auswirkung.'));
    expect(found.filter((f) => /Priorität|Auswirkung/.test(f))).toEqual([]);
    // "Beginn" ends as no abstract noun does: one word is how a chat line names its speaker.
    expect(found).toContain('redact/person:Beginn');
  });
  test('near miss: in an English post the label is read as before, and a speaker is one', () => {
    expect(findings('Priorität: P1\nKvorst: restarted it.')).toEqual(expect.arrayContaining(['redact/person:Kvorst']));
  });
});
