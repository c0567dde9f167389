import { describe, expect, test } from 'vitest';
import { findInternalSystems } from '../../src/lib/publication/internal-systems.ts';

// The built pages' scan looks for no identifier, channel or ticket shapes (`detectShapes: false`):
// since session 36 those rules are not run there at all (`shapes: false`), instead of run and
// their matches dropped. The other rules must find the same, in the same order, as before.
const shapeRules = new Set(['redact/identifier', 'redact/channel', 'redact/ticket']);
const lines: [string, boolean][] = [
  ['Role arn:aws:iam::123456789012:role/deployer on ledger-worker-02 (OPS-4521), paged in #inc-ledger.', false],
  ['The Quarrytide export to gs://quarrytide-ledger-backups failed; see `quarrytide-sync` and INC0012345.', false],
  ['az group show --name /subscriptions/3f2504e0-4f89-11d3-9a0c-0305e82c3301/resourceGroups/ledger-rg-prod', true],
  ['gcloud config set project ledger-prod-123456 && kubectl -n ledgerd-prod get pods # Quarrytide', true],
  ['AWS account 123456789012 owns s3://quarrytide-audit-logs/2024/ and the Slack channel inc-quarrytide-db.', false],
  ['Tracked as PLAT1207 beside https://quarrytide-exports.s3.amazonaws.com/daily/ and db-07.', false],
];

describe('findInternalSystems without the shapes (built pages)', () => {
  const options = { internalNamePattern: /(?<![\p{L}\p{N}_-])Quarrytide(?![\p{L}\p{N}_])/gu, publicNames: new Set<string>() };

  test.each(lines)('%s: the same other matches as with the shapes, none of theirs', (line, code) => {
    const withShapes = findInternalSystems(line, options, code);
    expect(findInternalSystems(line, { ...options, shapes: false }, code)).toEqual(withShapes.filter((m) => !shapeRules.has(m.rule)));
  });

  // The lines above are worth testing only if they hold both kinds.
  test('the lines hold shapes, internal names and cloud accounts', () => {
    const rules = new Set(lines.flatMap(([line, code]) => findInternalSystems(line, options, code).map((m) => m.rule)));
    expect([...rules].sort()).toEqual(['redact/channel', 'redact/cloud-account', 'redact/identifier', 'redact/internal-name', 'redact/ticket']);
  });
});
