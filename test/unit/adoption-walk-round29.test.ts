import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { PlannedWorkError } from '../../src/lib/import/planned-work.ts';
import { withinFieldLimit } from '../../src/lib/import/within-field-limit.ts';
import { formatFileReport, formatSummary, summarise, type ImportedFile } from '../../src/lib/import/import-summary.ts';
import { triggersReadHeading } from '../../src/lib/adoption/triggers-read-heading.ts';
import { summaryMaxLength } from '../../src/lib/postmortem-schema.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

/**
 * Session 29's adoption walk (docs/adopting.md, "Adoption walk, session 29"): 41 imported reports
 * of six collections taken through adoption. Fixtures written here, modelled on the shapes found
 * (other systems, other words).
 */
const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
const imported = (name: string, text: string, keepPlannedWork = false) => {
  const result = importReport(name, text, { vocabulary, today: '2026-12-03', keepPlannedWork });
  return { ...result, frontmatter: parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any> };
};

describe('an impact longer than publishing allows is cut to whole sentences, none lost', () => {
  // An "Impact" table of many rows, each read as one sentence "Service: …; Impact: …; Duration: …".
  const rows = Array.from({ length: 16 }, (_, i) => `| Ledger shard ${i + 1} (region ${String.fromCharCode(97 + i)}) | Writes queued; reads served from the replica while the primary recovered | about ${10 + i} min (replica promoted, then the shard rebuilt) |`);
  const report = `# Ledger shards stalled during the storage upgrade\n\nOn 2025-09-14 at 08:10 UTC the ledger shards stopped taking writes.\n\n## Impact\n\n| Service | Impact | Duration |\n| --- | --- | --- |\n${rows.join('\n')}\n\n## Timeline\n\n- 08:10 UTC writes stalled\n- 09:30 UTC all shards writing again\n`;

  test('the description is at most the limit, its first whole sentences, and the inferred line says so', () => {
    const result = imported('ledger-shards.md', report);
    const description = result.frontmatter.impact.description as string;
    expect([...description].length).toBeLessThanOrEqual(summaryMaxLength);
    expect(description).toMatch(/^Service: Ledger shard 1 \(region a\)/);
    expect(description).toMatch(/\)\.$/);
    expect(result.inferred.join('\n')).toMatch(/impact description from the "Impact" section: its first \d+ of 16 sentences, since a description is at most 2,000 characters/);
    // The table stays whole in the body: its last row is there.
    expect(splitFrontmatter(result.draft).body).toContain('Ledger shard 16 (region p)');
  });
  test('a text within the limit is kept as it is; one whose first sentence is too long is not cut', () => {
    expect(withinFieldLimit('Checkout failed. It recovered.', 2000)).toEqual({ text: 'Checkout failed. It recovered.', kept: 2, of: 2 });
    expect(withinFieldLimit(`${'word '.repeat(500)}end.`, 2000)).toBeUndefined();
    expect(withinFieldLimit('One two three. Four five six.', 20)).toEqual({ text: 'One two three.', kept: 1, of: 2 });
  });
  test('a draft the publish step would refuse for a length is not counted valid by the import', () => {
    const result = imported('short.md', '# Cache misses after deploy\n\nOn 2025-01-02 at 10:00 UTC the cache missed.\n');
    const file: ImportedFile = { source: 'short.md', output: 'out/short.mdx', result, checkErrors: 0, checkWarnings: 1, tooLongToPublish: ['summary is 2,400 characters long; at most 2,000 are allowed.'] };
    const totals = summarise([file]);
    expect(totals.validDrafts).toBe(0);
    expect(formatSummary(totals, false)).toMatch(/0 valid drafts \(0 errors from npm run check, none too long to publish\)/);
    expect(formatFileReport(file)).toMatch(/summary is 2,400 characters long.*an error once published/);
    expect(summarise([{ ...file, tooLongToPublish: [] }]).validDrafts).toBe(1);
  });
});

describe('planned maintenances are refused, incidents that mention one are not', () => {
  const notice = (severity: string, title: string, text: string) => `---\ntitle: ${title}\ndate: '2024-03-02T21:00:00.000Z'\nseverity: ${severity}\naffectedsystems:\n  - gateway\nresolved: true\n---\n${text}\n`;
  const maintenance = notice('under-maintenance', 'Gateway certificate rotation', 'We will rotate the gateway certificates at 22:00 UTC. A few seconds of reconnects are expected.');

  test('a notice its metadata marks as maintenance is refused, with the reason and how to keep it', () => {
    let error: unknown;
    try { imported('2024-03-02_rotation.md', maintenance); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(PlannedWorkError);
    expect((error as Error).message).toMatch(/is a planned maintenance \("Gateway certificate rotation"\), not an incident: its metadata says `severity: under-maintenance`/);
    expect((error as Error).message).toMatch(/--maintenances/);
  });
  test('with --maintenances it is a draft, listed at the end', () => {
    const result = imported('2024-03-02_rotation.md', maintenance, true);
    expect(result.plannedWork).toBe('severity: under-maintenance');
    expect(result.notes.join('\n')).toMatch(/planned maintenance, not an incident/);
  });
  test('an incident whose title or text mentions maintenance is imported', () => {
    const outage = imported('2024-03-02_outage.md', notice('major-outage', 'Gateway down after scheduled maintenance', 'The certificate rotation left the gateway without its chain; every request failed for 20 minutes.'));
    expect(outage.plannedWork).toBeUndefined();
    const review = imported('upgrade-review.md', '# Review: storage upgrade went wrong\n\n**Severity:** High (planned maintenance; unexpected cascade across three nodes)\n\nOn 2025-06-01 at 09:00 UTC the planned upgrade of the storage nodes began and two nodes stopped serving.\n');
    expect(review.plannedWork).toBeUndefined();
  });
});

describe('a start read from the opening sentence alone dates the file name', () => {
  test('no date line, no timeline: the opening sentence\'s day names the draft', () => {
    const result = imported('verifier-backlog.md', '# Verifier Backlog\n\nOn the evening of Mar 3, 2024 the validators fell behind.\n\n### What happened?\n\nOn Mar 3, 2024 at around 10pm UTC a token launch sent many signature checks, and blocks slowed for two days.\n');
    expect(String(result.frontmatter.times.started)).toBe('2024-03-03T22:00:00Z');
    expect(result.fileName).toBe('2024-03-03-verifier-backlog.mdx');
  });
});

describe('fill --trigger-from-text says what its count means', () => {
  test('after the import suggested most triggers, the line says so instead of "(0)"', () => {
    const line = triggersReadHeading({ files: 41, read: 0, alreadySet: 31 });
    expect(line).not.toMatch(/\(0\)/);
    expect(line).toMatch(/31 of 41 file\(s\) already had a trigger/);
    expect(line).toMatch(/of the 10 without one, 0 set from their own words\./);
  });
  test('files read are counted, and their list is announced', () => {
    expect(triggersReadHeading({ files: 5, read: 3, alreadySet: 0 })).toMatch(/no file had a trigger yet; of the 5 without one, 3 set from their own words; review each in git diff:/);
    expect(triggersReadHeading({ files: 4, read: 0, alreadySet: 4 })).toMatch(/nothing to read/);
  });
});

describe('the teams the import set are listed with the words that named them', () => {
  const report = '# Queue consumers stalled\n\nOn 2025-02-10 at 14:00 UTC the consumers of the order queue stopped.\n\nThe Messaging dashboards showed the backlog growing while the consumers restarted.\n';
  test('each draft\'s team, with the words around its name, in the import summary', () => {
    const result = imported('queue-stall.md', report);
    expect(result.teamsSet).toEqual([{ id: expect.any(String), from: expect.stringContaining('"Messaging" in "…') }]);
    expect(result.inferred.join('\n')).toMatch(/team \S+: named in the report, "Messaging" in "….*dashboards showed/);
    const summary = formatSummary(summarise([{ source: 'queue-stall.md', output: 'out/2025-02-10-queue.mdx', result, checkErrors: 0, checkWarnings: 0 }]), false);
    expect(summary).toMatch(/Teams set from the reports' own words \(1; check each/);
    expect(summary).toMatch(/ {2}out\/2025-02-10-queue\.mdx: team \S+, from "Messaging" in "…[^"]*Messaging dashboards showed/);
  });
  test('a team set by --set is not listed as read from the words', () => {
    const result = importReport('plain.md', '# Disk filled\n\nOn 2025-02-10 at 14:00 UTC the disk filled.\n', { vocabulary, today: '2026-12-03', batchFacts: { teams: [[...vocabulary.teams.keys()][0]] } });
    expect(result.teamsSet).toEqual([]);
  });
});
