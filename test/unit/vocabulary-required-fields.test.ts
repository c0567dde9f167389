import { describe, expect, test } from 'vitest';
import { vocabularyProblems } from '../support/vocabulary-fixture.ts';

// An adopting team wrote its own services.yaml with a name and an owner per service, and got
// "add `tier:` under dns." once per service: the fix now says what the field holds.
describe('a missing required field of a vocabulary entry: the fix says what to write', () => {
  test('a service without tier, owner or name', () => {
    const problems = vocabularyProblems({ services: 'dns:\n  name: DNS\n  owner: platform\nlogging:\n  tier: 2\n' });
    expect(problems.map((p) => [p.message, p.fix])).toEqual([
      ['dns: required field "tier" is missing.', 'add `tier:` under dns: 1, 2 or 3, e.g. "tier: 2" (1 is the customer-critical path, 3 internal tooling).'],
      ['logging: required field "name" is missing.', 'add `name:` under logging: the name people know it by, e.g. "name: Checkout API".'],
      ['logging: required field "owner" is missing.', 'add `owner:` under logging: the id of the team (from teams.yaml) that owns it, e.g. "owner: platform".'],
    ]);
  });

  test('a trigger without a name', () => {
    const problems = vocabularyProblems({ triggers: 'change:\n  description: A change we made.\n' });
    expect(problems[0].fix).toBe('add `name:` under change: the name people know it by, e.g. "name: Checkout API".');
  });
});
