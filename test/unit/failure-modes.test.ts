import { describe, expect, test } from 'vitest';
import { failureModeById, failureModes, recogniseFailureModes } from '../../src/lib/failure-modes.ts';

const ids = (text: string) => recogniseFailureModes(text).map((mode) => mode.id);

describe('recogniseFailureModes', () => {
  test.each([
    ['The wildcard certificate on the edge expired at midnight and handshakes failed', 'certificate-expiry'],
    ['x509: certificate has expired or is not yet valid', 'certificate-expiry'],
    ['Lookups returned SERVFAIL from the internal resolver', 'dns'],
    ['A bad config was pushed to every edge router within seconds', 'configuration-push'],
    ['The feature flag change was propagated to all regions', 'configuration-push'],
    ['The pgbouncer connection pool was exhausted by idle transactions', 'connection-pool'],
    ['The cluster ran out of CPU capacity during the sale', 'capacity-exhaustion'],
    ['No space left on device: the log volume filled up', 'disk-full'],
    ['Our payment provider had an outage for two hours', 'dependency-outage'],
    ['A fiber cut split the two datacenters and caused a network partition', 'network-partition'],
    ['Utility power was lost and one generator failed to start', 'power-cooling'],
    ['The migration ran ALTER TABLE and held a lock for twelve minutes', 'migration-lock'],
    ['The worker had a memory leak and was OOMKilled every hour', 'memory-leak'],
    ['Clients retried without backoff: a retry storm overwhelmed the API', 'retry-storm'],
    ['The leap second made the kernel spin', 'time-clock'],
    ['The API token expired and the sync job stopped', 'credential-expiry'],
    ['Requests were throttled by the quota on the storage API', 'rate-limit'],
    ['Targets were detached from the load balancer target group', 'load-balancer'],
    ['Aggressive CPU throttling from container limits raised latency', 'cpu-throttling'],
    ['The pods hit their CPU limit and responses slowed', 'cpu-throttling'],
    ['A script accidentally deleted the production table', 'data-deletion'],
  ])('%s → %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  test.each([
    ['The maintenance window was moved to Tuesday'],
    ['The team met in the lock screen design review'],
    ['Everything went as planned and the release shipped'],
  ])('says nothing about text with no failure in it: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  test('throttled CPU is no rate limit; throttled requests still are (round 10)', () => {
    expect(ids('Aggressive CPU throttling from container limits raised latency')).not.toContain('rate-limit');
    expect(ids('Involved: CoreDNS, CPU throttling, OOMKill')).toEqual(expect.arrayContaining(['cpu-throttling']));
    expect(ids('Involved: CoreDNS, CPU throttling, OOMKill')).not.toContain('rate-limit');
    expect(ids('We saw heavy throttling of the CPU on every node')).not.toContain('rate-limit');
    expect(ids('The storage API throttled our requests for an hour')).toEqual(['rate-limit']);
  });

  test('gives each mode once, in catalogue order, with the phrase as written', () => {
    const found = recogniseFailureModes('The TLS certificate expired. Later the certificate expired again, and DNS failed.');
    expect(found.map((mode) => mode.id)).toEqual(['certificate-expiry', 'dns']);
    expect(found[0]).toEqual({ id: 'certificate-expiry', label: 'certificate expired', evidence: 'TLS certificate expired' });
  });

  test('every mode has a unique id, a label and a pattern', () => {
    expect(new Set(failureModes.map((mode) => mode.id)).size).toBe(failureModes.length);
    for (const mode of failureModes) {
      expect(mode.label).not.toBe('');
      expect(mode.patterns.length).toBeGreaterThan(0);
      expect(failureModeById(mode.id)).toBe(mode);
    }
  });
});
