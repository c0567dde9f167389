import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/lib/findings.ts';
import { applyRedactionFixesThatParse } from '../../src/lib/publication/apply-fixes-parsing.ts';
import { escapeAwareSpan } from '../../src/lib/publication/escaped-markup-span.ts';
import { isMailLinkUnderName } from '../../src/lib/publication/mail-link-names.ts';
import { redactionFindingText, scanPublicText } from '../../src/lib/redaction-guard.ts';
import { publicBodyParses } from '../../src/lib/publication-scan.ts';

/**
 * Round 40's adoption walk (docs/adopting.md, "Adoption walkthrough round 40"): incident reports
 * exported from Google Docs as Markdown escape `#`, `[` and `]` in prose. `npm run redact` wrapped a
 * channel or a ticket from the `#` or the link, leaving the backslash before `<Internal>`; the body
 * no longer parsed, the fix was refused, and the post was held. Channel, ticket and people invented here.
 */
const source = [
  '---',
  'title: Ordering API degraded',
  '---',
  '',
  '| When | Note |',
  '| :---- | :---- |',
  '| 2026-02-21 23:44 | An engineer posts in the \\#ops-alerts channel that the Ordering API is down |',
  '',
  '| Ticket \\+ Status | Context |',
  '| :---- | :---- |',
  '| \\[[OPS-481](https://tracker.example.com/browse/)\\] Status: Done | add a memory alarm |',
  '',
].join('\n');

const finding = (rule: string, text: string, at: string): Finding => {
  const lines = source.split('\n');
  const line = lines.findIndex((l) => l.includes(at)) + 1;
  return { file: 'ordering.mdx', line, column: lines[line - 1]!.indexOf(at) + 1, rule, severity: 'error', message: `a thing would be published: "${text}".` };
};
const fix = (f: Finding) => applyRedactionFixesThatParse(source, [f], { isMdx: true, parses: (text) => publicBodyParses('ordering.mdx', text) });

describe('an escaped channel or ticket of a Google Docs export', () => {
  test('a channel after an escaped # is wrapped with its backslash, and the body still parses', () => {
    const result = fix(finding('redact/channel', '#ops-alerts', '#ops-alerts'));
    expect(result.skipped).toEqual([]);
    expect(result.source).toContain('posts in the <Internal>\\#ops-alerts</Internal> channel');
  });

  test('a ticket link in escaped brackets is wrapped with both brackets', () => {
    const result = fix(finding('redact/ticket', 'OPS-481', 'OPS-481'));
    expect(result.skipped).toEqual([]);
    expect(result.source).toContain('| <Internal>\\[[OPS-481](https://tracker.example.com/browse/)\\]</Internal> Status: Done |');
  });

  test('after an escaped backslash the # is no escape: the span stays as found', () => {
    const text = 'Posted in C:\\\\#ops-alerts at noon.';
    const at = text.indexOf('#');
    expect(escapeAwareSpan(text, at, at + '#ops-alerts'.length)).toEqual([at, at + '#ops-alerts'.length]);
    expect(escapeAwareSpan('a \\#ops-alerts b', 3, 14)).toEqual([2, 14]);
  });
});

describe('a mail link under a person\'s name', () => {
  const timeline = ['---', 'title: Symbol server outage', '---', '', '* **16:52** \\- [Oriel](mailto:oriel@example.com) posts a message about the outage.', ''].join('\n');
  const line = timeline.split('\n')[4]!;
  const email: Finding = { file: 'symbols.mdx', line: 5, column: line.indexOf('oriel@') + 1, rule: 'redact/email', severity: 'error', message: 'an e-mail address would be published: "oriel@example.com".' };

  test('is withheld with a person\'s role standing in, so the sentence keeps its subject', () => {
    const result = applyRedactionFixesThatParse(timeline, [email], { isMdx: true, parses: (text) => publicBodyParses('symbols.mdx', text) });
    expect(result.source.split('\n')[4]).toBe('* **16:52** \\- <Internal>[Oriel](mailto:oriel@example.com)</Internal><PublicOnly>an engineer</PublicOnly> posts a message about the outage.');
  });

  test('only a mail link to the address found is one', () => {
    expect(isMailLinkUnderName('[Oriel](mailto:oriel@example.com)', 'oriel@example.com')).toBe(true);
    expect(isMailLinkUnderName('[Oriel](https://example.com/oriel)', 'oriel@example.com')).toBe(false);
    expect(isMailLinkUnderName('[Oriel](mailto:team@example.com)', 'oriel@example.com')).toBe(false);
  });
});

describe('an identifier as the login of user@host', () => {
  const options = { internalDomains: ['.internal'], serviceIds: [], people: [] };
  const found = (text: string) => scanPublicText('nodes.mdx', text, options).findings.map((f) => `${f.rule} ${redactionFindingText(f)}`);

  test('is found as it is alone: the guard withheld it on one line and published it on the next', () => {
    expect(found('ssh key for kvm-7c1e09ab43d2f0 is present on all nodes')).toEqual(['redact/identifier kvm-7c1e09ab43d2f0']);
    expect(found('verified by attempting to ssh to `kvm-7c1e09ab43d2f0@a.b.c.d` from outside the cluster')).toEqual(['redact/identifier kvm-7c1e09ab43d2f0']);
  });

  test('a mail address stays the e-mail rule\'s alone', () => {
    expect(found('write to ops-desk@example.com or ops-desk@mail.example.co.uk')).toEqual(['redact/email ops-desk@example.com', 'redact/email ops-desk@mail.example.co.uk']);
  });
});
