import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { findNamesInFileName, proposedFileName } from '../../src/lib/publication/file-name.ts';

/**
 * False positives of the fourteenth round: a public post's file name holding a service id spelt
 * as the service's public name (an adoption walkthrough), and round 13's leftovers in a project's
 * security advisories. Every text here is our own, shaped like what was found; each negative
 * beside a positive written the same way.
 */
const options: RedactionOptions = { internalDomains: ['.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

/** `rule:text` of every finding. */
const found = (text: string, with_: RedactionOptions = options) => scanPublicText('post.mdx', text, with_).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);

describe('a service id in a file name', () => {
  // As scripts/lib/redaction-check.ts builds them: every id internal, a public name public.
  const services: RedactionOptions = {
    ...options,
    serviceIds: ['status-console', 'ledger-db', 'zorb-api'],
    internalNames: ['status-console', 'ledger-db', 'zorb-api'],
    publicNames: ['Status console', 'Payments', 'Zorb API'],
  };
  const names = (id: string) => findNamesInFileName(id, services).map((f) => `${f.rule}:${f.text}`);

  test('an id whose words are its public name says the public name', () => {
    expect(names('2024-05-02-slow-status-console-after-deploy')).toEqual([]);
    expect(names('2024-05-02-zorb-api-timeouts')).toEqual([]);
  });

  test('an id that is not a public name is still found', () => {
    expect(names('2024-05-02-ledger-db-failover')).toEqual(['redact/service-id:ledger-db']);
    // The same words without a public name of them.
    expect(findNamesInFileName('2024-05-02-slow-status-console', { ...services, publicNames: ['Payments'] }).map((f) => f.text)).toEqual(['status-console']);
    // Part of a public name's words is not the public name.
    expect(findNamesInFileName('2024-05-02-status-console-v2-down', { ...services, serviceIds: ['status-console-v2'], internalNames: [] }).map((f) => f.text)).toEqual(['status-console-v2']);
  });

  test('in the text the id is still the id', () => {
    expect(found('The status-console pods restarted.', services)).toContain('redact/service-id:status-console');
  });
});

describe('the file name npm run redact proposes', () => {
  const publicNameOf = new Map([['ledger-api', 'Payments'], ['status-console', 'Status console']]);

  test('a service id becomes its public name, another name is dropped', () => {
    expect(proposedFileName('2024-05-02-ledger-api-timeouts', ['ledger-api'], publicNameOf)).toBe('2024-05-02-payments-timeouts');
    expect(proposedFileName('2024-05-02-vexdb-7-failover', ['vexdb-7'], publicNameOf)).toBe('2024-05-02-failover');
    expect(proposedFileName('2024-05-02-kasimir-ledger-api-rollback', ['kasimir', 'ledger-api'], publicNameOf)).toBe('2024-05-02-payments-rollback');
  });

  test('no proposal when only the day would be left or nothing changes', () => {
    expect(proposedFileName('2024-05-02-vexdb-7', ['vexdb-7'], publicNameOf)).toBeUndefined();
    expect(proposedFileName('2024-05-02-pool-failover', ['vexdb-7'], publicNameOf)).toBeUndefined();
  });
});
