import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { modulesLoadedBy as loadedBy } from '../support/modules-loaded.ts';

// Session 31 (docs/performance.md): the build's worker validates the frontmatter only, but
// validate-postmortem.ts and import/report-images.ts imported remark at the top, so every build
// loaded its ~230 modules (~0.15 s of the worker's CPU) for bodies it never parsed with it.
const root = fileURLToPath(new URL('../../', import.meta.url));

const modulesLoadedBy = (script: string) => loadedBy(script, root);

const isRemark = (url: string) => /\/node_modules\/(?:remark-parse|remark-mdx|remark-gfm|unified|micromark)\//.test(url);

describe('what validating the frontmatter loads', () => {
  test('validating the example content frontmatter-only loads no remark module', () => {
    const loaded = modulesLoadedBy(`
      const { validateCorpus } = await import(${JSON.stringify(`${root}src/lib/validate-corpus.ts`)});
      const result = validateCorpus(${JSON.stringify(`${root}content`)}, { frontmatterOnly: true });
      if (!result.postmortems.length) throw new Error('nothing validated');`);
    expect(loaded.some((url) => url.endsWith('/src/lib/validate-postmortem.ts'))).toBe(true);
    expect(loaded.filter(isRemark)).toEqual([]);
  });

  test('a body parsed for the checks still gets remark, loaded then', () => {
    const loaded = modulesLoadedBy(`
      const { parseBodyText } = await import(${JSON.stringify(`${root}src/lib/body-tree.ts`)});
      const tree = parseBodyText('# Summary\\n\\n| a | b |\\n| - | - |\\n| 1 | 2 |\\n\\n<Internal>\\nx\\n</Internal>\\n', true);
      if (tree.children.map((node) => node.type).join() !== 'heading,table,mdxJsxFlowElement') throw new Error(JSON.stringify(tree.children.map((node) => node.type)));`);
    expect(loaded.some(isRemark)).toBe(true);
  });
});
