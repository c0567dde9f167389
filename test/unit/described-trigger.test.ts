import { describe, expect, test } from 'vitest';
import { describedTrigger } from '../../src/lib/described-trigger.ts';

const known = new Set(['configuration', 'certificate', 'dns', 'dependency']);

describe('describedTrigger (npm run fill -- --trigger-from-text)', () => {
  test('the one trigger the title or summary states, with the words it was read from', () => {
    expect(describedTrigger('Route Planner latency - configuration change\nCustomers saw errors.', '', known))
      .toEqual({ trigger: 'configuration', evidence: 'configuration change', from: 'title or summary' });
  });

  test('the title and summary win over the rest of the text', () => {
    const found = describedTrigger('Login failures after the TLS certificate expired', 'Earlier a bad configuration change had been rolled back.', known);
    expect(found.trigger).toBe('certificate');
  });

  test('the whole text when the title and summary name none', () => {
    expect(describedTrigger('Payments errors\nPayments failed.', 'u_root_cause: DNS record deleted; NXDOMAIN for the API host.', known))
      .toMatchObject({ trigger: 'dns', from: 'text' });
  });

  test('two triggers named, or none, give no trigger but the candidates', () => {
    expect(describedTrigger('A bad configuration change was pushed while the TLS certificate expired', '', known))
      .toEqual({ candidates: ['certificate', 'configuration'] });
    expect(describedTrigger('Payments slow', 'Nobody knows why.', known)).toEqual({ candidates: [] });
  });

  test('only triggers the vocabulary holds', () => {
    expect(describedTrigger('Checkout errors after the TLS certificate expired', '', new Set(['configuration']))).toEqual({ candidates: [] });
  });
});
