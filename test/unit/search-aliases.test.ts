import { describe, expect, test } from 'vitest';
import { builtInAliasGroups, findAliases } from '../../src/lib/search-aliases.ts';

describe('findAliases', () => {
  test.each([
    ['Kubernetes evicted the pods', 'k8s'],
    ['The PostgreSQL primary', 'pg'],
    ['The TLS certificate expired', 'ssl'],
    ['pods were OOMKilled', 'out of memory'],
    ['users could not sign in', 'login'],
    ['the job was stuck for hours', 'stalled'],
    ['customers were charged twice', 'duplicate'],
    ['HTTP 503 for ten minutes', '5xx'],
  ])('%s → also %s', (text, alias) => {
    expect(findAliases(text)).toContain(alias);
  });

  test('adds only the spellings the text lacks, and nothing for unrelated text', () => {
    expect(findAliases('k8s and kubernetes')).toEqual(['kube']);
    expect(findAliases('The meeting moved to Tuesday.')).toEqual([]);
  });

  test('matches whole words: "pg" is not found inside "upgrade", "db" not inside "dbt"', () => {
    expect(findAliases('the upgrade of dbt models')).toEqual([]);
  });

  test('vocabulary groups add their own aliases', () => {
    const aliases = findAliases('checkout-api timed out', [['checkout-api', 'Checkout API', 'cart service']]);
    expect(aliases).toEqual(expect.arrayContaining(['cart service', 'timeout']));
    // "Checkout API" is the same words as the id the text holds.
    expect(aliases).not.toContain('Checkout API');
  });

  test('every built-in group has at least two spellings', () => {
    for (const group of builtInAliasGroups) expect(group.length).toBeGreaterThanOrEqual(2);
  });
});
