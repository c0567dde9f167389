import { describe, expect, test } from 'vitest';
import { discoverCodeNames, findNamedSystems, namedSystemsMemo } from '../../src/lib/publication/named-systems.ts';

/**
 * A post's lines are read twice for the systems they name (its code names, without the
 * organisation's scopes, then its findings, with them), and the posts repeat lines: what a line
 * names before the organisation's repositories is kept by the line for the scan's list of public
 * names (docs/performance.md, session 43). The answers must be those of a line read afresh.
 */
const publicNames = ['Grafana'];
const isPublicName = (text: string) => publicNames.some((name) => name.toLowerCase() === text.toLowerCase());
const line = 'Project Falconridge wrote to acme/ledger-writer after the deploy.';

describe("a line's named systems, kept by the line", () => {
  test("the organisation's repository is found with its scopes after the line was read without them", () => {
    const memo = namedSystemsMemo(publicNames);
    const fresh = findNamedSystems(line, isPublicName, new Set(['acme']));
    expect(fresh.map((m) => m.text)).toEqual(['Falconridge', 'acme/ledger-writer']);
    expect(discoverCodeNames([line], isPublicName, memo)).toEqual(new Set(['falconridge']));
    expect(findNamedSystems(line, isPublicName, new Set(), memo).map((m) => m.text)).toEqual(['Falconridge']);
    expect(findNamedSystems(line, isPublicName, new Set(['acme']), memo)).toEqual(fresh);
  });

  test('a finding the caller changes leaves the next answer as it was', () => {
    const memo = namedSystemsMemo(publicNames);
    const [first] = findNamedSystems(line, isPublicName, new Set(), memo);
    first.text = 'changed';
    expect(findNamedSystems(line, isPublicName, new Set(), memo)[0].text).toBe('Falconridge');
  });

  test('each list of public names has its own answers', () => {
    const withFalconridge = ['Grafana', 'Falconridge'];
    expect(findNamedSystems(line, isPublicName, new Set(), namedSystemsMemo(publicNames)).map((m) => m.text)).toEqual(['Falconridge']);
    expect(findNamedSystems(line, (text) => ['grafana', 'falconridge'].includes(text.toLowerCase()), new Set(), namedSystemsMemo(withFalconridge))).toEqual([]);
  });
});
