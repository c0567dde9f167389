import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';

/**
 * Leaks a tester found by publishing a homelab's incident reports (written by another
 * organisation), each fixed generally. The sentences are of our own writing, modelled on those
 * reports: hosts of one label, host names in capitals, repository names in prose and paths, people
 * and machines named after people.
 */
const noLists: RedactionOptions = { internalDomains: ['.internal', '.lan'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

/** `rule:text` of every error. */
const errors = (text: string, options: RedactionOptions = noLists) =>
  scanPublicText('post.mdx', text, options).findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}:${redactionFindingText(f)}`);

describe('a URL whose host is one label names a host inside a network', () => {
  test.each([
    ['Endpoints now use container names (`http://Tarnow-MCP:6970/mcp`) instead of bridge IPs.', 'http://Tarnow-MCP:6970/mcp', 'Tarnow-MCP'],
    ['The panel at http://grafana:3000/d/x showed the gap.', 'http://grafana:3000/d/x', 'grafana'],
    ['Secrets are read from https://vault/v1/secret at start-up.', 'https://vault/v1/secret', 'vault'],
    ['See [the board](http://kanboard:8080/board/3).', 'http://kanboard:8080/board/3', 'kanboard'],
  ])('%j', (text, link, host) => {
    expect(errors(text)).toEqual([`redact/internal-link:${link}`, `redact/internal-host:${host}`]);
  });

  test('the host after a user and password, in any network scheme', () => {
    expect(errors('It connects to postgres://app:pw@ledgerdb:5432/app and redis://cache:6379.')).toEqual([
      'redact/internal-host:ledgerdb', 'redact/internal-host:cache',
    ]);
  });

  test.each([
    'Open http://localhost:3000/d/x on the box itself.',
    'Point it at http://host:8080/ or http://hostname:8080/, https://your-host/v1, http://HOSTNAME:80.',
    'Replace <host> in http://<host>:3000/ and ${HOST} in http://${HOST}:3000/.',
    'The docs use http://example/ and http://your-server:9000/.',
    'Addresses are fine: http://127.0.0.1:8080/ and http://[::1]:80/.',
    'The clone uses `https://token:<PAT>@github.com/...` URLs.',
    'Read https://prometheus.io/docs/ and https://www.vaultproject.io/.',
  ])('not the loopback name, a placeholder, an address, a user name or a host with a dot: %j', (text) => {
    expect(errors(text).filter((f) => /internal-(?:host|link)/.test(f))).toEqual([]);
  });

  test('a link in a code span ends before the closing backtick, so its fix keeps the span', () => {
    expect(errors('Try `http://db1.acme.internal:8080/x` first.')).toContain('redact/internal-link:http://db1.acme.internal:8080/x');
  });
});

describe('a contraction after "user" is not a user name', () => {
  test.each(['The user shouldn’t have had the permission.', "The user didn't notice; the user wasn't paged."])('%j', (text) => {
    expect(errors(text)).toEqual([]);
  });
  test('a user name still is, also at the end of a sentence', () => {
    expect(errors('The job ran as user jsmith42.')).toEqual(['redact/person:jsmith42']);
  });
});
