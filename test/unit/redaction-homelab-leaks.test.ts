import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { join } from 'node:path';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

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

describe('a host name in capitals is an identifier, as its lower-case spelling is', () => {
  test.each([
    ['*Environment: TARNOWS-SERVER (Unraid) · SWAG · Authelia*', 'TARNOWS-SERVER'],
    ['Copied the key from TARNOWS-SERVER to the Pi.', 'TARNOWS-SERVER'],
    ['The share on `TARNOWS-SERVER` was read-only.', 'TARNOWS-SERVER'],
    ['Backups ran from EDITH-PC overnight.', 'EDITH-PC'],
    ['Backups ran from EDITHS-LAPTOP overnight.', 'EDITHS-LAPTOP'],
  ])('%j', (text, name) => {
    expect(errors(text)).toContain(`redact/identifier:${name}`);
  });

  test('public upper-case compounds, acronyms and tickers are not', () => {
    const text = 'A SEV-1 and a P1; UTF-8, CVE-2021-44228, X-FORWARDED-FOR, TLS-1.3, COVID-19, AWS-SDK, HTTP-200, RFC-7231, ' +
      'ISO-8601, NO-OP, READ-ONLY, PHP-FPM, JSON-RPC, the KHYPE-USDC pool, US-EAST, WORK-AROUND, FOLLOW-UP, ROOT-CAUSE.';
    expect(errors(text)).toEqual([]);
  });
});

describe('a compound identifier in a path, a file name, and wherever else the post names it', () => {
  test.each([
    ['The script wrote to `repos/tarnow-infra/stacks/observability/secrets/`.', 'tarnow-infra'],
    ['The script wrote to repos/tarnow-infra/stacks/observability/secrets/ instead.', 'tarnow-infra'],
    ['```\ncd /mnt/cache/appdata/komodo/repos/tarnow-infra\n```', 'tarnow-infra'],
    ['The remote is `tarnow-infra.git` on the forge.', 'tarnow-infra'],
    ['Edited the tarnow-infra.yaml file.', 'tarnow-infra'],
  ])('%j', (text, name) => {
    expect(errors(text)).toContain(`redact/identifier:${name}`);
  });

  test('shown in code once, the same name is found in prose, a table cell and any letter case', () => {
    const text = [
      '**Affected:** SWAG, `tarnow-infra` git repository',
      '',
      'The private tarnow-infra repository could not be cloned.',
      '',
      '| 07-02 | Commit pushed to tarnow-infra |',
      '',
      '## Tarnow-Infra clone',
    ].join('\n');
    const lines = scanPublicText('post.mdx', text, noLists).findings.filter((f) => f.rule === 'redact/identifier').map((f) => `${f.line}:${redactionFindingText(f)}`);
    expect(lines).toEqual(['1:tarnow-infra', '3:tarnow-infra', '5:tarnow-infra', '7:Tarnow-Infra']);
  });

  test('shown in code in the body, the name in the public title is found too', () => {
    const id = '2025-03-01-clone-failure';
    const source = publicProbePost({ body: 'The clone of `repos/tarnow-infra` failed.\n' }).replace('title: Checkout errors', 'title: The tarnow-infra clone failed');
    const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
    const file = `content/postmortems/${id}.mdx`;
    const result = validatePostmortemSource(file, id, source, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
    const titleLine = source.split('\n').findIndex((line) => line.includes('The tarnow-infra clone')) + 1;
    const { findings } = scanPostmortemForPublication(file, source, result.data!, noLists);
    expect(findings.filter((f) => f.rule === 'redact/identifier').map((f) => `${f.line}:${f.field ?? 'body'}`)).toEqual([`${titleLine}:public.title`, `${source.split('\n').length - 1}:body`]);
  });

  test('not in prose alone: compounds of jargon a dictionary lacks read as English there', () => {
    expect(errors('A datacenter-scale outage; stdout-only logging and a grep-based check missed the tarnow-infra repository.')).toEqual([]);
  });

  test.each([
    'A contributor to Tarnow-Network/tarnow-chain opened the pull request.',
    'The file `/etc/tarnow-agent/settings.json` is root-owned, as is /usr/share/tarnow-agent.',
    'See https://github.com/kubernetes-sigs/tarnow-operator and github.com/acme/tarnow-infra, and @tarnow/ui-kit.',
    '```\nStream closed EOF for ps-xxxxxxxx-prod/logs\n```',
  ])('not a repository named as code hosts name it, an installed package\'s folder, a link, a package or a placeholder: %j', (text) => {
    expect(errors(text).filter((f) => f.startsWith('redact/identifier'))).toEqual([]);
  });
});

describe('a first name on its own, and someone\'s place, name a person', () => {
  test.each([
    // A machine named after a person names the person.
    ['*Environment: Gertrude (Claude Code sandbox, Debian 12, uid 1000, no docker socket) ·', 'Gertrude'],
    ['System: Dell XPS 13 9310 "Winifred" — Zorin OS 18.1 Pro, LUKS full-disk encryption', 'Winifred'],
    ['- `mcp-tunnel.mjs` on Winifred hardcodes the container IP', 'Winifred'],
    ['The key was copied from Mildred before the rebuild.', 'Mildred'],
    // A possessive that stands for where someone lives.
    ["- **Offsite backup (Pi at Zuriah's)**: Still deferred, single point of failure.", 'Zuriah'],
    ['The spare disk stays at Zuriah’s for now.', 'Zuriah'],
    ["We left the Pi in Zuriah's garage.", 'Zuriah'],
  ])('%j', (text, name) => {
    expect(errors(text)).toContain(`redact/possible-person:${name}`);
  });

  test('the name alone, not the bracket and product the language model read with it', () => {
    expect(errors('*Environment: Gertrude (Claude Code sandbox, Debian 12) ·').filter((f) => f.includes('person'))).toEqual(['redact/possible-person:Gertrude']);
  });

  test.each([
    "The power failure at Zorbex's data center; Quorvex's API froze and Hermes's config file was read.",
    'Quorvex’s memory was unavailable; the Quorvex’s cache recovered.',
    'A patient in Hamilton, Ontario was burnt; the Tyler, Texas site too.',
    'Three lines (Harding–Chamberlin at 15:05, Hanna–Juniper at 15:32) tripped.',
    'The Chelsea store reopened.',
  ])('not what companies and products own, nor a town, a line or a store: %j', (text) => {
    expect(errors(text).filter((f) => f.includes('person'))).toEqual([]);
  });
});
