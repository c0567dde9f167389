import { describe, expect, test } from 'vitest';
import { postToRedact } from '../support/post-to-redact.ts';
import { probeOptions } from '../support/redaction-probe-harness.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { combinePublicationScans, scanOneForPublication } from '../../scripts/lib/redaction-check.ts';
import { carriedPeopleFindings } from '../../src/lib/publication/carried-people.ts';

/**
 * A handle found as a person in one post, written capitalised in another (adoption round 44: a
 * retrospective listed its responders' handles in lower case, and another one's action item said
 * "Owlish's requirement gathering document": the public page published it).
 */
const responders = postToRedact('2025-04-01-creds', 'The credentials leaked.\n\n## Responders\n\nvelmarik, hollisqu, owlish, trendane\n');
const found = (body: string): string[] => {
  const other = postToRedact('2025-04-02-over', body);
  const order = [responders, other];
  const { findings } = combinePublicationScans(order.map((p) => scanOneForPublication(p, probeOptions)), order, probeOptions);
  return findings.filter((f) => f.file === other.file && (f.rule === 'redact/person' || f.rule === 'redact/possible-person')).map((f) => redactionFindingText(f));
};

describe('a handle carried across posts, capitalised (carried-people.ts)', () => {
  test('a handle no dictionary holds: at the start of a sentence', () => {
    expect(found('The pool drained.\n\nVelmarik restarted the workers.\n')).toContain('Velmarik');
  });
  test('a handle that is a word too: before a possessive, with either apostrophe', () => {
    expect(found('The pool drained.\n\n- [ ] Read Owlish’s requirement gathering document.\n\nSee Owlish\'s notes.\n').filter((t) => t === 'Owlish')).toHaveLength(2);
  });
  test('a handle that is a word too, capitalised with no possessive, is the word', () => {
    expect(found('The pool drained.\n\nOwlish glances at the dashboard told us nothing.\n')).not.toContain('Owlish');
  });
  test('still found written as the handle', () => {
    expect(found('The pool drained (owlish ran out of her time-box).\n')).toContain('owlish');
  });
});

describe("in a public field (an action item's title)", () => {
  const sign: Finding = { file: 'a.mdx', line: 5, column: 1, rule: 'redact/person', severity: 'error', message: 'the name of a person would be published: "owlish".' };
  const posts = [
    { file: 'a.mdx', publicLines: ['x', 'x', 'x', 'x', 'owlish'], sourceLines: ['---', 'title: t', '---', 'x', 'owlish'], findings: [sign] },
    { file: 'b.mdx', publicLines: ['The pool drained.'], sourceLines: ['---', 'actionItems:', '  - title: Read Owlish’s requirements', '---', 'The pool drained.'], findings: [], publicFields: [{ path: ['actionItems', '0', 'title'], text: 'Read Owlish’s requirements' }] },
  ];
  test('found in the field, at its place in the source', () => {
    const [, inField] = carriedPeopleFindings(posts).findings;
    expect(inField.map((f) => [f.field, f.line, redactionFindingText(f)])).toEqual([['actionItems.0.title', 3, 'Owlish']]);
  });
  test('a field where one spelling is found already still reports the other one', () => {
    const text = 'Read Owlish’s notes with owlish';
    const found: Finding = { file: 'b.mdx', line: 3, column: 10, rule: 'redact/person', severity: 'error', field: 'actionItems.0.title', message: 'the name of a person would be published: "Owlish".' };
    const both = [posts[0], { ...posts[1], sourceLines: ['---', 'actionItems:', `  - title: ${text}`, '---', 'The pool drained.'], findings: [found], publicFields: [{ path: ['actionItems', '0', 'title'], text }] }];
    const [, inField] = carriedPeopleFindings(both).findings;
    expect(inField.map((f) => [f.field, redactionFindingText(f)])).toEqual([['actionItems.0.title', 'owlish']]);
  });
});
