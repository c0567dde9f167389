import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

/**
 * Round 40b of false positives (docs/redaction.md): a disk's `/dev/disk/by-id` name read as key
 * material, and a public project's tracker on its own domain read as an organisation's Jira. Every
 * line is our own, modelled on what a non-profit's infrastructure journal holds; beside each, a near
 * miss written the same way is still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const post = (line: string) => `# Outage\n\nThe storage pool lost a disk and the team rebuilt it.\n\n${line}\n`;
const found = (line: string, extra: Partial<RedactionOptions> = {}) =>
  scanPublicText('post.md', post(line), { ...options, ...extra }).findings.map((f) => `${f.rule} ${redactionFindingText(f)}`);

describe("a disk's name in /dev/disk/by-id", () => {
  test.each([
    ['a mirror of two SATA disks by path', 'We ran `zpool create tank mirror /dev/disk/by-id/ata-HGST_HUS726T4TALA6L4_V6KX3B7R-part3 /dev/disk/by-id/ata-HGST_HUS726T4TALA6L4_V6KX9QPL-part3`.'],
    ['an NVMe log device by name', 'Then `zpool add tank log nvme-Samsung_SSD_980_PRO_1TB_S5GXNF0R812345K` brought the log back.'],
    ['a maker whose model holds an underscore', 'The spare was `nvme-WD_BLACK_SN850X_2000GB_23415A801234`.'],
  ])('is no secret: %s', (_, line) => {
    expect(found(line).filter((f) => f.startsWith('redact/secret'))).toEqual([]);
  });

  test.each([
    ['no maker after the bus', 'The key was `nvme-Zk3qP9vLmT7xR2bN8cW4yH6jD1sF5gA0` in the old script.', 'nvme-Zk3qP9vLmT7xR2bN8cW4yH6jD1sF5gA0'],
    ['a key under a made-up maker', 'We rotated `ata-QvX7mP2kR9tL4wZ8_nB3cJ6hF1dS5gY0aE-part1` after the leak.', 'ata-QvX7mP2kR9tL4wZ8_nB3cJ6hF1dS5gY0aE-part1'],
    ['a maker alone, then key material with no model', 'The token read `Zk3qP9vLmT7xR2bN8cW4yH6jD1sF5gA0SAMSUNG` in the log.', 'Zk3qP9vLmT7xR2bN8cW4yH6jD1sF5gA0SAMSUNG'],
  ])('a near miss is still found: %s', (_, line, text) => {
    expect(found(line)).toContain(`redact/secret ${text}`);
  });
});

describe("a public project's tracker on its own domain", () => {
  test.each([
    ["the database's server bug", 'The crash matched https://jira.mongodb.org/browse/SERVER-81234 upstream.'],
    ["another database's bug", 'MariaDB had the same issue, see https://jira.mariadb.org/browse/MDEV-31234 for it.'],
  ])('is no internal link: %s', (_, line) => {
    expect(found(line).filter((f) => f.startsWith('redact/internal-link'))).toEqual([]);
  });

  test.each([
    ['a coined domain', 'The crash matched https://jira.kelpworks.org/browse/OPS-81 in our tracker.', 'https://jira.kelpworks.org/browse/OPS-81'],
    ["the post's own organisation, though a public term", 'The crash matched https://jira.mongodb.org/browse/OPS-81 in our tracker.', 'https://jira.mongodb.org/browse/OPS-81', { orgScopes: ['mongodb'] }],
    ['a tracker under a public term on a longer host', 'The crash matched https://jira.eu.mongodb.org/browse/OPS-81 in our tracker.', 'https://jira.eu.mongodb.org/browse/OPS-81'],
  ])('a near miss is still found: %s', (_, line, text, extra?: { orgScopes: string[] }) => {
    expect(found(line, (extra ?? {}) as Partial<RedactionOptions>)).toContain(`redact/internal-link ${text}`);
  });
});

describe("a distribution's package of a public project on an install line", () => {
  test.each([
    ["Perl modules' packages", 'Then `apt install -y libyaml-tiny-perl libtemplate-perl libmath-round-perl` on the new box.', ['libyaml-tiny-perl', 'libtemplate-perl', 'libmath-round-perl']],
    ["a public product's packages", '`sudo apt-get install mongodb-org prometheus-nginx-exporter` and the exporter came up.', ['mongodb-org', 'prometheus-nginx-exporter']],
    ["a C library's headers", 'We ran `apt install libboost-regex-dev` before building.', ['libboost-regex-dev']],
  ])('is no identifier: %s', (_, line, names) => {
    const identifiers = found(line).filter((f) => f.startsWith('redact/identifier'));
    for (const name of names) expect(identifiers).not.toContain(`redact/identifier ${name}`);
  });

  test.each([
    ['a coined part in a Perl module', 'Then `apt install libkelpworks-ledger-perl` on the new box.', 'libkelpworks-ledger-perl'],
    ["an organisation's agent", 'Then `apt install kelpworks-agent` on the new box.', 'kelpworks-agent'],
    ["a coined part beside a public product", 'Then `apt install prometheus-zarnith-exporter` on the new box.', 'prometheus-zarnith-exporter'],
    ['another manager, whose packages are not named so', 'Then `pip install libyaml-tiny-perl` on the new box.', 'libyaml-tiny-perl'],
    ['a short code alone in a module', 'Then `apt install libklp-perl` on the new box.', 'libklp-perl'],
    ['the same name outside an install line', 'We copied `libtemplate-perl` to the box.', 'libtemplate-perl'],
  ])('a near miss is still found: %s', (_, line, text) => {
    expect(found(line)).toContain(`redact/identifier ${text}`);
  });
});

describe("a database driver's socket in a connection string", () => {
  test("`@unix(` is no login's host", () => {
    expect(found('```conf\nDATA_SOURCE_NAME="exporter:secretless@unix(/run/mysqld/mysqld.sock)/"\n```').filter((f) => f.startsWith('redact/internal-name'))).toEqual([]);
  });

  test.each([
    ['a coined host before brackets', '```conf\nDATA_SOURCE_NAME="exporter:secretless@zarnith(/run/mysqld/mysqld.sock)/"\n```', 'zarnith'],
    ['a login on a coined host', 'We ran `scp dump.sql root@zarnith:/tmp` before the restore.', 'zarnith'],
  ])('a near miss is still found: %s', (_, line, text) => {
    expect(found(line)).toContain(`redact/internal-name ${text}`);
  });
});
