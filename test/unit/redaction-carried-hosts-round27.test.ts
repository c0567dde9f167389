import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { combinePublicationScans, scanOneForPublication, type PublicationSource } from '../../scripts/lib/redaction-check.ts';
import { redactionFindingText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

/**
 * Carried hosts, round 27 (docs/redaction.md): a bare machine name found where a sign marks it as
 * a host (a shell prompt) is looked for on every line of that post and of every other post of the
 * same scan, with its numbered siblings; each such finding names where the sign was seen. The
 * names are our own (`brx2`, a build farm's machines).
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));

function source(id: string, body: string): PublicationSource {
  const text = publicProbePost({ body });
  const file = `content/postmortems/${id}.mdx`;
  const result = validatePostmortemSource(file, id, text, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
  return { file, source: text, data: result.data! };
}

const prompted = source('2025-03-01-disk-full', 'We logged in and ran `brx2:/srv/artifacts# df -h` to see the disk.\n\nThe artifacts on brx2 were pruned.\n');
const prose = source('2025-03-02-slow-builds', 'Builds were slow because brx2 and brx1 shared one uplink.\n\nThe brx2 uplink was moved; brx7 is next.\n');
const unrelated = source('2025-03-03-cert', 'The certificate of the status page expired.\n');

const hosts = (findings: readonly { rule: string; file: string; line: number; message: string }[], file: string) =>
  findings.filter((f) => f.rule === 'redact/internal-host' && f.file === file).map((f) => `${f.line}:${redactionFindingText(f)}`);
const bodyLine = (post: PublicationSource, text: string) => post.source.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('a host found with a sign is looked for in the whole scan', () => {
  test('on the other lines of the post that shows the sign', () => {
    const { findings } = scanPostmortemForPublication(prompted.file, prompted.source, prompted.data, options);
    expect(hosts(findings, prompted.file)).toEqual([`${bodyLine(prompted, 'brx2:/srv')}:brx2`, `${bodyLine(prompted, 'artifacts on brx2')}:brx2`]);
  });

  test('in every other post of the scan, with its numbered siblings, whatever the order of the posts', () => {
    for (const order of [[prompted, prose, unrelated], [prose, unrelated, prompted]]) {
      const { findings } = combinePublicationScans(order.map((post) => scanOneForPublication(post, options)), order, options);
      expect(hosts(findings, prose.file)).toEqual([
        `${bodyLine(prose, 'because brx2')}:brx2`, `${bodyLine(prose, 'because brx2')}:brx1`,
        `${bodyLine(prose, 'The brx2 uplink')}:brx2`, `${bodyLine(prose, 'The brx2 uplink')}:brx7`,
      ]);
      expect(hosts(findings, unrelated.file)).toEqual([]);
    }
  });

  test('a carried finding names where the sign was seen', () => {
    const { findings } = combinePublicationScans([prompted, prose].map((post) => scanOneForPublication(post, options)), [prompted, prose], options);
    const where = `${prompted.file}:${bodyLine(prompted, 'brx2:/srv')}`;
    const carried = findings.filter((f) => f.file === prose.file && f.rule === 'redact/internal-host');
    expect(carried[0].message).toContain(`found as a host at ${where}`);
    expect(carried.find((f) => redactionFindingText(f) === 'brx1')?.message).toContain(`numbered like the host brx2 found at ${where}`);
  });

  test('without the post that shows the sign, nothing in the others is a host', () => {
    const { findings } = combinePublicationScans([prose, unrelated].map((post) => scanOneForPublication(post, options)), [prose, unrelated], options);
    expect(findings.filter((f) => f.rule === 'redact/internal-host')).toEqual([]);
  });

  test('a marker on the line allows a carried host, and a longer word holding the name is no finding', () => {
    const allowedPost = source('2025-03-04-allowed', 'The brx2 rack is named on the public status page. {/* redaction-allow redact/internal-host "brx2" -- on the status page */}\n\nThe brx2x and brx2-alpha tools are unrelated.\n');
    const { findings, allowed } = combinePublicationScans([prompted, allowedPost].map((post) => scanOneForPublication(post, options)), [prompted, allowedPost], options);
    expect(hosts(findings, allowedPost.file)).toEqual([]);
    expect(allowed.size).toBeGreaterThan(0);
  });

  test('an English word a prompt shows as a host is not carried', () => {
    const backup = source('2025-03-05-backup', 'We ran `backup:/var/log# tail syslog` on the machine.\n\nThe backup finished at noon.\n');
    const { findings } = scanPostmortemForPublication(backup.file, backup.source, backup.data, options);
    expect(hosts(findings, backup.file).filter((h) => h.startsWith(`${bodyLine(backup, 'The backup')}:`))).toEqual([]);
  });
});
