import { describe, expect, test } from 'vitest';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { servicePublicNames, withFixGuidance } from '../../src/lib/redaction-fix-guidance.ts';

const guidance = { servicePublicNames: servicePublicNames([
  { id: 'search-service', name: 'Search service', publicName: 'Product search' },
  { id: 'orders-db', name: 'Orders database' },
]) };
const options = (publicNames: string[] = []): RedactionOptions => ({
  people: [], internalDomains: [], serviceIds: ['search-service', 'orders-db'], internalNames: ['search-service', 'Search service', 'orders-db', 'Orders database'],
  publicNames: ['Product search', ...publicNames], orgScopes: ['pypi'],
});
const scan = (text: string, publicNames: string[] = []) => scanPublicText('post.mdx', text, options(publicNames)).findings.map((f) => withFixGuidance(f, guidance));

describe('redaction fixes said for this knowledge base (round 21 of adoption)', () => {
  test('a service with a public name: the fix is that name, and writing it passes', () => {
    const findings = scan('A deployment of search-service rebuilt the index.');
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding.fix).toContain('write "Product search", the name customers know it by');
    expect(scan('A deployment of Product search rebuilt the index.')).toEqual([]);
  });

  test('a service without a public name keeps the guard\'s fix', () => {
    const [finding] = scan('The orders-db primary failed over.');
    expect(finding.fix).toContain('into <Internal>');
    expect(finding.fix).not.toContain('the name customers know it by');
  });

  test('a link into the organisation\'s repository names the repository to list, and listing it passes every link into it', () => {
    const text = 'See https://github.com/pypi/warehouse/issues/14010 and https://github.com/pypi/warehouse/pull/18427 for the fix.';
    const findings = scan(text);
    expect(findings.map((f) => f.rule)).toEqual(['redact/internal-link', 'redact/internal-link']);
    expect(findings[0].fix).toContain('list "github.com/pypi/warehouse" in redaction.publicNames');
    expect(scan(text, ['github.com/pypi/warehouse'])).toEqual([]);
    // The organisation alone, which the old fix's wording suggested, allows nothing.
    expect(scan(text, ['github.com/pypi'])).toHaveLength(2);
  });

  test('an e-mail address: the marker it names allows it, and publicNames is no longer offered', () => {
    const [finding] = scan('Write to security@pypi.org to report abuse.');
    expect(finding.rule).toBe('redact/email');
    expect(finding.fix).not.toContain('publicNames');
    const marker = /\{\/\* redaction-allow redact\/email "security@pypi\.org" -- reason \*\/\}/.exec(finding.fix!)![0];
    expect(scan(`Write to security@pypi.org to report abuse. ${marker.replace('reason', 'our public contact address')}`)).toEqual([]);
  });

  test('other findings keep their fix', () => {
    const [finding] = scanPublicText('post.mdx', 'Ask in #inc-search-2041 for details.', options()).findings;
    expect(withFixGuidance(finding, guidance)).toBe(finding);
  });
});
