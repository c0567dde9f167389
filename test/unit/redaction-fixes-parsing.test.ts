import { describe, expect, test } from 'vitest';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { applyRedactionFixesThatParse } from '../../src/lib/publication/apply-fixes-parsing.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import type { Finding } from '../../src/lib/findings.ts';

const finding = (line: number, column: number, rule: string, text: string): Finding => ({
  file: 'x.mdx', line, column, rule, severity: 'error', message: `something would be published: "${text}".`,
});

const parses = (source: string) => {
  try {
    stripInternalFromSource(source, { isMdx: true, file: 'x.mdx' });
    return true;
  } catch {
    return false;
  }
};

describe('a name the page reads across markup', () => {
  // Modelled on a pasted command whose closing backtick landed inside a node name: the page
  // shows "gke-prod-pool-6hmq" as one word, half of it code.
  const source = ['---', 'title: x', '---', '- `kubectl cordon gke-prod-pool-32-6`hmq and retried', ''].join('\n');
  const name = 'gke-prod-pool-32-6`hmq';
  const found = finding(4, source.split('\n')[3].indexOf('gke') + 1, 'redact/identifier', name);

  test('is wrapped with the whole code span it starts in, and the body still parses', () => {
    const result = applyRedactionFixes(source, [found], { isMdx: true });
    expect(result.source.split('\n')[3]).toBe('- <Internal>`kubectl cordon gke-prod-pool-32-6`hmq</Internal> and retried');
    expect(parses(result.source)).toBe(true);
    expect(stripInternalFromSource(result.source, { isMdx: true })).not.toContain('hmq');
  });
});

describe('applyRedactionFixesThatParse', () => {
  // "after", not "and": two names joined as a list are one fix (replacement-runs.ts).
  const source = ['---', 'title: x', '---', 'Ekaterina restarted `pool-prod-3` after `db-prod-7`.', ''].join('\n');
  const line = source.split('\n')[3];
  const findings = [
    finding(4, 1, 'redact/person', 'Ekaterina'),
    finding(4, line.indexOf('pool-prod-3') + 1, 'redact/identifier', 'pool-prod-3'),
    finding(4, line.indexOf('db-prod-7') + 1, 'redact/identifier', 'db-prod-7'),
  ];

  test('applies every fix when the result parses', () => {
    const result = applyRedactionFixesThatParse(source, findings, { isMdx: true, parses });
    expect(result.applied).toHaveLength(3);
    expect(result.skipped).toEqual([]);
  });

  test('leaves the fix that would break the body to the author and applies the others', () => {
    // A reader that cannot parse one particular wrap stands for markup the fixes did not foresee.
    const refusesDb = (text: string) => parses(text) && !text.includes('<Internal>`db-prod-7`</Internal>');
    const result = applyRedactionFixesThatParse(source, findings, { isMdx: true, parses: refusesDb });
    expect(result.source.split('\n')[3]).toBe('<Internal>Ekaterina</Internal><PublicOnly>An engineer</PublicOnly> restarted <Internal>`pool-prod-3`</Internal><PublicOnly>an internal system</PublicOnly> after `db-prod-7`.');
    expect(result.skipped.map((s) => [s.finding.rule, s.reason])).toEqual([
      ['redact/identifier', expect.stringContaining('would leave a body that does not parse')],
    ]);
    expect(result.skipped[0].finding.column).toBe(findings[2].column);
  });

  test('changes nothing when the fixes parse one by one but not together', () => {
    const refusesBoth = (text: string) => !(text.includes('<Internal>`db-prod-7`') && text.includes('<Internal>`pool-prod-3`'));
    const result = applyRedactionFixesThatParse(source, findings, { isMdx: true, parses: refusesBoth });
    expect(result.source).toBe(source);
    expect(result.applied).toEqual([]);
    expect(result.skipped).toHaveLength(3);
  });
});
