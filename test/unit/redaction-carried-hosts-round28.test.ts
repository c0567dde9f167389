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
 * Carried hosts in frontmatter (docs/redaction.md, "Twenty-eighth probe round"): a host found with
 * a sign is looked for in the frontmatter fields the public page shows (its public title and
 * summary), not only in bodies, and not in the internal fields. Our own names (`brx2`).
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));

function source(id: string, body: string, { publicTitle = 'Checkout errors', publicSummary = 'Checkout failed for some customers.', title = 'Probe' } = {}): PublicationSource {
  const text = publicProbePost({ body, title }).replace('public:\n  title: Checkout errors\n  summary: Checkout failed for some customers.', `public:\n  title: ${publicTitle}\n  summary: ${publicSummary}`);
  const file = `content/postmortems/${id}.mdx`;
  const result = validatePostmortemSource(file, id, text, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
  if (!result.data) throw new Error(`fixture ${id} does not validate`);
  return { file, source: text, data: result.data };
}

const prompted = source('2025-03-01-disk-full', 'We logged in and ran `brx2:/srv/artifacts# df -h` to see the disk.\n');
const lineOf = (post: PublicationSource, text: string) => post.source.split('\n').findIndex((line) => line.includes(text)) + 1;
const hostsIn = (findings: readonly { rule: string; file: string; line: number; field?: string }[], file: string) =>
  findings.filter((f) => f.rule === 'redact/internal-host' && f.file === file).map((f) => `${f.line}:${f.field ?? 'body'}:${redactionFindingText(f as never)}`);

describe('a carried host is looked for in the public frontmatter fields', () => {
  test("in another post's public title and summary, at the field's line, whatever the order", () => {
    const titled = source('2025-03-02-slow-builds', 'Builds were slow for an hour.\n', { publicTitle: 'Slow builds on brx2', publicSummary: 'The uplink of brx1 was saturated.' });
    for (const order of [[prompted, titled], [titled, prompted]]) {
      const { findings } = combinePublicationScans(order.map((post) => scanOneForPublication(post, options)), order, options);
      expect(hostsIn(findings, titled.file)).toEqual([
        `${lineOf(titled, 'title: Slow builds on brx2')}:public.title:brx2`,
        `${lineOf(titled, 'summary: The uplink of brx1')}:public.summary:brx1`,
      ]);
    }
  });

  test("in the same post's public summary, when its body shows the sign", () => {
    const post = source('2025-03-03-disk', 'We ran `brx2:/srv# df -h` on the machine.\n', { publicSummary: 'The disk of brx2 filled up.' });
    const { findings } = scanPostmortemForPublication(post.file, post.source, post.data, options);
    expect(hostsIn(findings, post.file)).toContain(`${lineOf(post, 'summary: The disk of brx2')}:public.summary:brx2`);
  });

  test('not in the internal title, which the public page does not show', () => {
    const internal = source('2025-03-04-internal', 'Builds were slow for an hour.\n', { title: 'Slow builds on brx2' });
    const { findings } = combinePublicationScans([prompted, internal].map((post) => scanOneForPublication(post, options)), [prompted, internal], options);
    expect(hostsIn(findings, internal.file)).toEqual([]);
  });

  test('a YAML comment marker on the field allows it', () => {
    const allowed = source('2025-03-05-allowed', 'Builds were slow for an hour.\n', { publicTitle: 'Slow builds on brx2 # redaction-allow redact/internal-host "brx2" -- the public rack name' });
    const scan = combinePublicationScans([prompted, allowed].map((post) => scanOneForPublication(post, options)), [prompted, allowed], options);
    expect(hostsIn(scan.findings, allowed.file)).toEqual([]);
  });
});

describe('a host named by an English word is carried only where a host stands', () => {
  test('into a code span of it alone, after ssh and before a port, not into prose', () => {
    const shown = source('2025-03-06-backup', 'The queue is at http://backup:8080/status for now.\n');
    const other = source('2025-03-07-ledger', 'Restart it on `backup` first.\n\nThen ssh ops@backup and check backup:8200 again.\n\nThe backup of the ledger was sealed.\n');
    const { findings } = combinePublicationScans([shown, other].map((post) => scanOneForPublication(post, options)), [shown, other], options);
    expect(hostsIn(findings, other.file)).toEqual([
      `${lineOf(other, 'Restart it on')}:body:backup`,
      `${lineOf(other, 'Then ssh')}:body:backup`,
    ]);
    // The login's host after ssh (`ops@backup`) is a machine of a log line's shape since probe
    // round 40b (docs/redaction.md), found there as an internal name; the carried rule does not
    // say it twice. The prose line ("The backup of the ledger") stays unflagged.
    const loginHost = findings.filter((f) => f.file === other.file && f.rule === 'redact/internal-name' && f.line === lineOf(other, 'Then ssh'));
    expect(loginHost.map((f) => redactionFindingText(f as never))).toEqual(['backup']);
    expect(findings.filter((f) => f.file === other.file && f.line === lineOf(other, 'The backup of'))).toEqual([]);
  });
});

