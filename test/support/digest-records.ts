import { join } from 'node:path';
import { expect } from 'vitest';
import { loadVocabulary, vocabularyNames } from '../../src/lib/vocabulary.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import type { PostmortemRecord } from '../../src/lib/browse.ts';
import { fixturesDir } from './content-fixture.ts';
import { fixturePostmortem, type FixturePostmortem } from './git-fixture.ts';

// The postmortems the digest tests share: one before the period, three in it. `sources` keeps each
// one's MDX so a test can commit it to a git checkout.

export const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
export const names = vocabularyNames(vocabulary);

export const item = (id: string, owner: string, due: string, status: string) => `  - id: ${id}
    title: Follow-up ${id} of ${owner}
    owner: ${owner}
    due: ${due}
    priority: P2
    type: prevent
    status: ${status}
    verification: Checked in staging.
`;

export const sources = new Map<string, string>();
export function record(id: string, options: FixturePostmortem): PostmortemRecord {
  sources.set(id, fixturePostmortem(options));
  const { data, findings } = validatePostmortemSource(`${id}.mdx`, id, fixturePostmortem(options), { vocabulary, knownIds: new Set(), contentDir: 'content', frontmatterOnly: true });
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  return { id, data: data! };
}

export const since = '2025-06-01';
export const asOf = '2025-06-30';
export const earlier = (status: string) => record('2025-04-15-earlier', { day: '2025-04-15', actionItems: `actionItems:\n${item('AI-1', 'data', '2025-07-15', 'open')}${item('AI-2', 'checkout', '2025-05-30', status)}` });
export const records = [
  earlier('done'),
  record('2025-06-05-repeat', { day: '2025-06-05', actionItems: `actionItems:\n${item('AI-1', 'checkout', '2025-06-20', 'open')}${item('AI-2', 'platform', '2025-06-25', 'done')}` }),
  record('2025-06-12-caught-early', { day: '2025-06-12', services: ['search-service'], extra: 'nearMiss: true\n' }),
  record('2025-06-20-in-review', { day: '2025-06-20', status: 'in-review', actionItems: `actionItems:\n${item('AI-1', 'identity', '2025-06-21', 'open')}` }),
];
