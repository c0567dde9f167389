import { describe, expect, it } from 'vitest';
import { findKubeconfigUsers, findPeopleLists } from '../../src/lib/publication/person-patterns.ts';
import { findOnCallListNames } from '../../src/lib/publication/pasted-record-people.ts';
import { mdxExportedMetadata } from '../../src/lib/import/mdx-exported-metadata.ts';

/** Every line of `text` is pasted code here, as the guard's callers mark the lines of a fence. */
const pasted = (text: string) => {
  const lines = text.split('\n');
  return [lines, new Set(lines.map((_line, i) => i))] as const;
};
const found = (matches: Map<number, { text: string }[]>) => [...matches].map(([line, [match]]) => `${line}:${match.text}`);

/**
 * Session 54's review: three finders of people walked pasted YAML lists with a copy each of one
 * loop (pasted-yaml-lists.ts now). Each list's later items and its end are pinned here, which the
 * probe rounds pinned for the owners' list only.
 */
describe('the items of a pasted YAML list, and where it ends', () => {
  it('an on-call list: each item, not a key after the list', () => {
    const [lines, code] = pasted('oncall_schedule:\n  - name: Dagfinn Holmvik\n  - name: Ysolde Brekkan\nnotes:\n  name: Orvel Tandberg');
    expect(found(findOnCallListNames(lines, code))).toEqual(['1:Dagfinn Holmvik', '2:Ysolde Brekkan']);
  });

  it("a kubeconfig's users: each one, not the clusters after them; an RBAC subject anywhere", () => {
    const [lines, code] = pasted('users:\n- name: hbrekkan\n- name: qorvathe\nclusters:\n- name: zyltrine\n---\nsubjects:\n- kind: User\n  name: vexmoraq');
    expect(found(findKubeconfigUsers(lines, code))).toEqual(['1:hbrekkan', '2:qorvathe', '8:vexmoraq']);
  });

  it('a list of owners: each one, until a key back at its indent', () => {
    const [lines, code] = pasted('owners:\n  - qorvathe\n  - zyltrine\nlabels:\n  - vexmoraq');
    expect(found(findPeopleLists(lines, code))).toEqual(['1:qorvathe', '2:zyltrine']);
  });

  it('a line outside the paste ends the list', () => {
    const lines = ['owners:', '  - qorvathe', 'Prose between two fences.', '  - zyltrine'];
    expect(found(findPeopleLists(lines, new Set([0, 1, 3])))).toEqual(['1:qorvathe']);
  });
});

/** The two walks of mdx-exported-metadata.ts became one; the statement's walk now passes over block comments too. */
describe("an MDX export's statement with a block comment", () => {
  it('a bracket inside a block comment does not end the statement early', () => {
    const text = "export const meta = {\n  title: 'Kiln row B stalled',\n  date: '2024-03-02',\n  /* moved from the old site } */\n};\n\n# Kiln row B\n";
    const read = mdxExportedMetadata(text);
    expect(read?.data).toMatchObject({ title: 'Kiln row B stalled', date: '2024-03-02' });
    expect(read?.statement).toMatch(/\};$/);
    expect(read?.markdown).not.toMatch(/^\};/m);
  });

  it('a bracket in a string is passed over', () => {
    const text = "export const meta = {\n  title: 'Kiln (row B',\n  date: '2024-03-02',\n};\n\nBody.\n";
    expect(mdxExportedMetadata(text)?.data).toMatchObject({ title: 'Kiln (row B', date: '2024-03-02' });
  });
});
