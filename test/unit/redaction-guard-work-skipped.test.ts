import { afterEach, describe, expect, test, vi } from 'vitest';
import * as internalSystems from '../../src/lib/publication/internal-systems.ts';
import { cuedGuardLinePatterns, internalHostPatterns, reservedInternalDomains, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

// Work the guard skips since session 50 (docs/performance.md), each test failing where it is done
// again; and the findings it still makes.

// The guard's import of internalNamePattern, counted (the real function runs).
vi.mock('../../src/lib/publication/internal-systems.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/lib/publication/internal-systems.ts')>();
  return { ...original, internalNamePattern: vi.fn(original.internalNamePattern) };
});

/**
 * Session 50 (docs/performance.md): each post's scan prepares options of its own that share the
 * build's lists; the internal names' pattern is made once for the same lists, and each post's
 * scan still finds the names.
 */
describe("the internal names' pattern", () => {
  const base: RedactionOptions = { internalDomains: [], serviceIds: [], people: [], internalNames: ['zorblat-ledger', 'Quillfeather queue'], publicNames: ['Acme'], detectUnlistedPeople: false };
  const made = vi.mocked(internalSystems.internalNamePattern);

  test('is made once for posts whose options share the lists, and finds the names in each', () => {
    made.mockClear();
    const first = scanPublicText('a.mdx', 'The zorblat_ledger job stalled.', { ...base, postText: 'a' });
    const second = scanPublicText('b.mdx', 'Then the Quillfeather queue backed up, and ZorblatLedger again.', { ...base, postText: 'b' });
    expect(made).toHaveBeenCalledTimes(1);
    expect(first.findings.map((f) => f.message)).toEqual([expect.stringContaining('zorblat_ledger')]);
    expect(second.findings.map((f) => f.message)).toEqual([expect.stringContaining('Quillfeather queue'), expect.stringContaining('ZorblatLedger')]);
  });

  test('is made again for other lists, and for the first lists after them', () => {
    scanPublicText('a.mdx', 'The zorblat_ledger job stalled.', { ...base, postText: 'c' });
    made.mockClear();
    const other = scanPublicText('b.mdx', 'The brindlewick cache and zorblat_ledger.', { ...base, internalNames: ['brindlewick cache'], postText: 'd' });
    expect(made).toHaveBeenCalledTimes(1);
    expect(other.findings.map((f) => f.message)).toEqual([expect.stringContaining('brindlewick cache')]);
    const again = scanPublicText('c.mdx', 'The zorblat_ledger job stalled.', { ...base, postText: 'e' });
    expect(made).toHaveBeenCalledTimes(2);
    expect(again.findings.map((f) => f.message)).toEqual([expect.stringContaining('zorblat_ledger')]);
  });
});

/**
 * Session 50 (docs/performance.md): two host patterns of the guard run only on a line holding
 * what every match of theirs writes. That the cues hold for every match is checked in
 * redaction-cue-implication.test.ts; here, that they are applied (the pattern is not run on a
 * line without its cue) and that a host is still found where the cue holds.
 */
const options: RedactionOptions = { internalDomains: ['.corp'], serviceIds: [], people: [], detectUnlistedPeople: false };
/** A line with no `.svc` and no internal suffix, long enough that a pattern tried from each word would show. */
const plainLine = 'The ingress controller restarted twice and the checkout queue drained after the rollback. '.repeat(4);

/** The sources of the expressions `RegExp.prototype.exec` runs during `run`. */
function expressionsRun(run: () => void): Set<string> {
  const exec = vi.spyOn(RegExp.prototype, 'exec');
  run();
  const sources = new Set(exec.mock.contexts.map((expression) => (expression as RegExp).source));
  exec.mockRestore();
  return sources;
}

afterEach(() => vi.restoreAllMocks());

describe("the guard's host cues", () => {
  const clusterServiceHost = cuedGuardLinePatterns.find((p) => p.name === "a cluster's service host")!.pattern;
  const { internalHost } = internalHostPatterns([...options.internalDomains, ...reservedInternalDomains]);

  test('neither host pattern runs on a line without its cue', () => {
    const run = expressionsRun(() => scanPublicText('post.mdx', plainLine, options));
    expect(run.has(clusterServiceHost.source)).toBe(false);
    expect(run.has(internalHost.source)).toBe(false);
  });

  test('each runs, and finds its host, on a line with its cue', () => {
    const line = 'Requests to ledger.payments.svc timed out, then db7.corp answered again.';
    let findings: ReturnType<typeof scanPublicText>['findings'] = [];
    const run = expressionsRun(() => (findings = scanPublicText('post.mdx', line, options).findings));
    expect(run.has(clusterServiceHost.source)).toBe(true);
    expect(run.has(internalHost.source)).toBe(true);
    expect(findings.filter((f) => f.rule === 'redact/internal-host').map((f) => f.message)).toEqual([
      expect.stringContaining('ledger.payments.svc'),
      expect.stringContaining('db7.corp'),
    ]);
  });
});
