import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { statedDone } from '../../src/lib/import/done-in-report.ts';
import { declaredServices } from '../../src/lib/import/suggest-classification.ts';
import { proposeVocabulary } from '../../src/lib/vocabulary-proposal.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const vocabulary = loadVocabulary(resolve('content'));
const today = '2026-12-02';

// A homelab's report in the shape found in round 23 (the wording here is ours): a "Remediation"
// list of the steps taken, then a "Prevention" list of what is still to do.
const report = `# Wiki lost its database after a container was recreated

**Date:** 2026-06-20
**Severity:** P2 Medium

## Summary

The wiki could not reach its database for forty minutes after its container was recreated without its second network.

## Remediation

1. Ran an audit of every container's networks against the expected attachments.
2. Reattached the network to the running container.
3. Restarted the container so that it resolved the database's name again.
4. Verified that the wiki loaded.

## Prevention

- Add a scheduled check that compares each container's networks with the expected ones.
- The rotation script was changed to sweep stale tokens from every checkout.
- Open follow-up: the reattach script was written for array start only; run it on every recreate.
`;

function importDraft(text: string) {
  const result = importReport('2026-06-20-wiki-database.md', text, { vocabulary, today });
  return { result, data: parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any> };
}

describe('steps a report states as taken are done, not open follow-ups', () => {
  test('a "Remediation" list in the past tense: each step done; the plans beside it stay without a status', () => {
    const { result, data } = importDraft(report);
    expect(data.actionItems.map((item: { title: string; status?: string }) => [item.title.split(' ')[0], item.status ?? 'none'])).toEqual([
      ['Ran', 'done'], ['Reattached', 'done'], ['Restarted', 'done'], ['Verified', 'done'],
      ['Add', 'none'],
      // A passive clause says it was done, in a list of plans too.
      ['The', 'done'],
      // Labelled as still to do: not done, whatever verbs follow.
      ['Open', 'none'],
    ]);
    expect(result.notes.join('\n')).toMatch(/AI-1, AI-2, AI-3, AI-4: status done, as the report states them in the past tense \("Ran an audit of …"\) under "Remediation": steps taken, not follow-ups still to do/);
    // "## Prevention" is a follow-up section (the heading was not read as one before round 23).
    expect(result.notes.join('\n')).toMatch(/AI-6: status done, as the report states it in the past tense \("The rotation script was …"\) under "Prevention"/);
  });

  test('a list of plans with one item opening like a past form keeps it open', () => {
    expect(statedDone(['Improved monitoring of disk usage on every host', 'Add an alert on inode use', 'Document the restore path'])).toEqual([false, false, false]);
    expect(statedDone(['Need a second reviewer for config changes', 'Proceed with the migration once tested'])).toEqual([false, false]);
    expect(statedDone(['The alert will be added next sprint', 'The key was not rotated yet'])).toEqual([false, false]);
    // A verb whose past is its present is a plan when it opens the item; a fact of the incident is no step.
    // (Two of three would open in the past tense if "Run" and "Set" counted: the list would read as done.)
    expect(statedDone(['Run the tests on every commit', 'Set up notifications of failed builds', 'Added a smoke test'])).toEqual([false, false, false]);
    expect(statedDone(['Nobody was paged: the alert went to a channel', 'The tests were run again after the fix'])).toEqual([false, true]);
  });
});

describe('a report\'s "**Affected:**" line names its services', () => {
  test('read like "Affected services:", without the note in brackets', () => {
    expect(declaredServices('**Date:** 2026-06-20\n**Affected:** Nextcloud, MariaDB (tier3_backend)\n', undefined)).toEqual(['Nextcloud', 'MariaDB']);
  });

  test('the import suggests the known service it names', () => {
    const { data } = importDraft(report.replace('**Severity:** P2 Medium', '**Severity:** P2 Medium\n**Affected:** Auth service (its session store)'));
    expect(data.services).toEqual(['auth-service']);
  });

  test('npm run fill -- --vocabularies proposes the services two drafts or more name there, not a phrase', () => {
    const draft = (affected: string) => ({ text: 'x', body: `**Severity:** P2\n**Affected:** ${affected}\n\n## Summary\n\nx`, hasTrigger: true });
    const drafts = [draft('Nextcloud, MariaDB'), draft('Nextcloud, 25 Komodo-managed stack checkouts'), draft('Grafana'), draft('Nextcloud (audited alongside)'), draft('Loki')];
    const proposal = proposeVocabulary(drafts, vocabulary);
    expect(proposal.services.map((entry) => [entry.id, entry.drafts, entry.from])).toEqual([['nextcloud', 3, 'the reports\' "Affected:" or "Services:" lines']]);
    expect(proposal.single.services).toBe(3);
  });
});
