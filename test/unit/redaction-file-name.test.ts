import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { redactionFindingText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { siteText } from '../support/site-variants.ts';

/**
 * A public post's file name is its address on the public site (/incidents/<id>/, the feed, the
 * sitemap, the search index): a person or internal system in it is a leak like one in the text.
 */
const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
const options: RedactionOptions = {
  internalDomains: ['.internal'],
  serviceIds: [...vocabulary.services.keys()],
  people: ['Ekaterina Ivanova'],
  internalNames: ['cost-janitor'],
};

const post = (title: string, marker = '') =>
  publicProbePost({ title, beforePublic: marker, body: 'A configuration change made checkout fail. We rolled it back.\n' });

const scan = (id: string, source: string) => {
  const file = `content/postmortems/${id}.mdx`;
  const result = validatePostmortemSource(file, id, source, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
  expect(result.data, JSON.stringify(result.findings)).toBeDefined();
  return scanPostmortemForPublication(file, source, result.data!, options);
};
const rules = (id: string, source: string) => scan(id, source).findings.map((f) => `${f.rule}:${redactionFindingText(f)}:${f.field}`);

describe('the file name of a public post', () => {
  test('a known person in it is a finding naming the file name and the fix', () => {
    const [finding] = scan('2025-03-01-ekaterina-ivanova-rollback', post('Pool change rolled back')).findings;
    expect(finding).toMatchObject({ rule: 'redact/person', line: 1, column: 1, field: '(file name)', severity: 'error' });
    expect(finding.message).toContain('/incidents/2025-03-01-ekaterina-ivanova-rollback/');
    expect(finding.fix).toMatch(/rename the file/);
  });

  test('a name the internal title gives a person is a finding, though the public text never says it', () => {
    expect(rules('2025-03-01-oluwaseun-rollback', post('Oluwaseun rolled back the pool change, thanks Oluwaseun!')))
      .toContain('redact/person:oluwaseun:(file name)');
  });

  test('an internal service id and an internal name in it are findings, once each', () => {
    expect(rules('2025-03-01-orders-db-failover', post('Failover'))).toEqual(['redact/service-id:orders-db:(file name)']);
    expect(rules('2025-03-01-cost-janitor-run', post('A cleanup job ran'))).toEqual(['redact/internal-name:cost-janitor:(file name)']);
  });

  test('ordinary words, and a service id only as part of a longer word, are not', () => {
    expect(rules('2025-03-01-checkout-pool-saturation', post('Checkout pool saturation'))).toEqual([]);
    expect(rules('2025-03-01-my-orders-dbx-lag', post('Replica lag'))).toEqual([]);
  });

  test('the name of an image the post shows is checked the same way', () => {
    const withImage = (line: string) => publicProbePost({ title: 'Latency', body: `The p99 latency rose.\n\n${line}\n` });
    const findings = scan('2025-03-01-latency', withImage('![Latency of the ledger](./media/orders-db-latency.png)')).findings;
    expect(findings.map((f) => `${f.rule}:${redactionFindingText(f)}`)).toEqual(['redact/service-id:orders-db']);
    expect(findings[0].message).toContain('in the name of the image orders-db-latency.png');
    expect(scan('2025-03-01-latency', withImage('![Latency](./media/OPS-99123_latency.png)')).findings.map((f) => f.rule)).toEqual(['redact/ticket']);
    expect(scan('2025-03-01-latency', withImage('![Latency](./media/checkout-latency.png)')).findings).toEqual([]);
    expect(scan('2025-03-01-latency', withImage('![Latency](./media/orders-db-latency.png) {/* redaction-allow redact/service-id "orders-db" -- renamed in the public docs */}')).findings).toEqual([]);
  });

  test('a ticket or incident id in it is a finding; English words before a number are not', () => {
    expect(rules('2024-09-12-ops-99123-followup', post('Follow-up'))).toEqual(['redact/ticket:ops-99123:(file name)']);
    expect(rules('2024-09-12-inc-2041', post('Checkout outage'))).toEqual(['redact/ticket:inc-2041:(file name)']);
    expect(rules('2024-09-12-mysql-error-1045-on-login', post('Login errors'))).toEqual([]);
    expect(rules('2024-09-12-top-10-pages-slow', post('Slow pages'))).toEqual([]);
    expect(rules('2024-09-12-http-503-storm', post('Errors'))).toEqual([]);
    expect(rules('2024-09-12-postgres-14-upgrade-torbarzil-00042', post('Upgrade'))).toEqual([]);
    expect(rules('2024-09-12-inc0012345-checkout', post('Checkout outage'))).toEqual(['redact/ticket:inc0012345:(file name)']);
  });

  test('npm run redact leaves it to the author, saying to rename the file', () => {
    const source = post('Pool change rolled back');
    const { findings } = scan('2025-03-01-ekaterina-ivanova-rollback', source);
    const result = applyRedactionFixes(source, findings, { isMdx: true });
    expect(result.source).toBe(source);
    expect(result.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/rename the file/)]);
  });

  test('npm run redact leaves the name in the text too while the file name says it, so the check keeps stopping the build', () => {
    const source = publicProbePost({ title: 'Pool change rolled back', body: 'Ekaterina Ivanova rolled the pool change back. The host db7.internal restarted.\n' });
    const { findings } = scan('2025-03-01-ekaterina-ivanova-rollback', source);
    const result = applyRedactionFixes(source, findings, { isMdx: true });
    expect(result.source).toContain('Ekaterina Ivanova rolled the pool change back.');
    expect(result.source).toContain('The host <Internal>db7.internal</Internal> restarted.'); // other findings are still fixed
    const reasons = result.skipped.map((s) => s.reason);
    expect(reasons.filter((reason) => !reason.startsWith('in the file name: rename the file'))).toEqual([
      'the file name says "ekaterina-ivanova" too: rename the file first (git mv), then run npm run redact again',
    ]);
    // Renamed, the same run replaces it.
    const renamed = scan('2025-03-01-pool-rollback', source);
    // Kept for the internal site, off the public one.
    const fixed = applyRedactionFixes(source, renamed.findings, { isMdx: true }).source;
    expect(siteText(fixed, 'public')).not.toContain('Ekaterina');
    expect(siteText(fixed, 'internal')).toContain('Ekaterina Ivanova rolled the pool change back.');
  });

  test('a frontmatter comment allows it, and the built-site scan is told so', () => {
    const marked = post('Failover', '# redaction-allow redact/service-id "orders-db" -- a published permalink\n');
    const result = scan('2025-03-01-orders-db-failover', marked);
    expect(result.findings).toEqual([]);
    expect(result.allowed).toContain('redact/service-id\u0000orders-db');
  });
});

describe('a name the post hides in <Internal> but its file name says', () => {
  const hidden = (internal: string, shown = 'The storage box filled up and uploads failed.') =>
    publicProbePost({ title: 'Uploads failed', body: `${shown}\n\n<Internal>\n\n${internal}\n\n</Internal>\n` });

  test.each([
    ['2025-03-01-nas-prod-full', 'nas-prod', 'nas-prod'], // as npm run redact wraps it, made of ordinary words
    ['2025-03-01-db01-disk-full', 'db01 ran out of inodes.', 'db01'],
    ['2025-03-01-seerr-restart-loop', 'We restarted seerr twice.', 'seerr'],
    ['2025-03-01-vault-sync-stalled', 'The `vault_sync` job stalled.', 'vault-sync'],
  ])('%s: the file name is a finding', (id, internal, text) => {
    expect(rules(id, hidden(internal))).toEqual([`redact/internal-name:${text}:(file name)`]);
  });

  test.each([
    ['ordinary words of the block', '2025-03-01-storage-box-full', 'The storage box of the uploads team filled because rotation stopped.'],
    ['a name the public text says too', '2025-03-01-minio-full', 'The minio bucket filled.', 'Uploads failed when the minio bucket filled up.'],
    ['a name only the block says, not the file name', '2025-03-01-uploads-failed', 'The db01 volume reached 100%.'],
    ['ordinary words joined in prose', '2025-03-01-read-only-volume', 'The read-only volume refused writes.'],
    ['ordinary words of a dotted key in code', '2025-03-01-ingress-class-rename', 'Objects used `kubernetes.io/ingress.class: nginx`.'],
  ])('%s: no finding', (_why, id, internal, shown?: string) => {
    expect(rules(id, hidden(internal, shown))).toEqual([]);
  });

  test('an allow marker in the frontmatter allows it', () => {
    const source = publicProbePost({ title: 'Uploads failed', beforePublic: '# redaction-allow redact/internal-name "nas-prod" -- the appliance\'s public model name\n', body: 'Uploads failed on <Internal>nas-prod</Internal>.\n' });
    expect(rules('2025-03-01-nas-prod-full', source)).toEqual([]);
  });
});
