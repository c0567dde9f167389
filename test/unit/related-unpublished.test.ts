import { expect, test } from 'vitest';
import { findRelatedNotPublished } from '../../src/lib/validate-corpus.ts';

type Status = 'draft' | 'in-review' | 'published';
const postmortem = (id: string, status: Status, related: string[], source: string) =>
  ({ id, file: `${id}.mdx`, source, entryData: { status, related } as never });

test('a published postmortem whose related names a draft or one in review warns at the id\'s line; published, unknown and draft-to-draft links do not', () => {
  const found = findRelatedNotPublished([
    postmortem('a', 'published', ['b', 'c', 'd', 'zz'], '---\ntitle: A\nrelated:\n  - b\n  - c\n  - d\n  - zz\n---\n'),
    postmortem('b', 'draft', ['a'], '---\nrelated: [a]\n---\n'),
    postmortem('c', 'in-review', [], '---\n---\n'),
    postmortem('d', 'published', ['c'], '---\ntitle: D\nrelated: [c]\n---\n'),
    postmortem('e', 'draft', ['b'], '---\nrelated: [b]\n---\n'),
    postmortem('oom', 'draft', [], '---\n---\n'),
    postmortem('oom-again', 'published', [], '---\n---\n'),
    postmortem('f', 'published', ['oom-again', 'oom'], '---\nrelated:\n  - oom-again\n  - oom\n---\n'),
  ]);
  expect(found.map((f) => [f.file, f.line, f.column, f.field, f.severity])).toEqual([
    ['a.mdx', 4, 5, 'related[0]', 'warning'],
    ['a.mdx', 5, 5, 'related[1]', 'warning'],
    ['d.mdx', 3, 11, 'related[0]', 'warning'],
    ['f.mdx', 4, 5, 'related[1]', 'warning'],
  ]);
  expect(found[0].message).toBe('related postmortem "b" is not published (status: draft): the site shows no link to it until it is.');
  expect(found[1].message).toContain('(status: in-review)');
  expect(found[0].fix).toBe('publish b first, or remove it from related until it is.');
});
