import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import type { LintProblem, LintRule } from './types.ts';
import { imagePathOf, isLocalImageUrl } from '../import/report-images.ts';

const isFileOnDisk = (path: string) => existsSync(path) && statSync(path).isFile();

/**
 * A Markdown image whose file does not exist. Astro resolves `![…](./graph.png)` against the
 * postmortem's folder when it builds the page, and a missing file stops the whole build with an
 * error that names no line of ours; this rule names the line and the fix first. Paths starting
 * with `/` are served from `public/` and URLs are remote: neither is checked.
 */
export const missingImageRule: LintRule = {
  id: 'mdx/missing-image',
  level: 'error',
  description: 'A Markdown image (`![…](./media/graph.png)`) whose file does not exist next to the postmortem: the build would stop on it.',
  check({ tree, bodyStartLine, file, isFile = isFileOnDisk }) {
    if (!tree || !file) return [];
    const problems: LintProblem[] = [];
    visit(tree, 'image', (node) => {
      const path = imagePathOf(node.url);
      if (!isLocalImageUrl(node.url) || !path || path.startsWith('/')) return;
      const expected = resolve(dirname(file), path);
      if (isFile(expected)) return;
      problems.push({
        rule: 'mdx/missing-image',
        line: (node.position?.start.line ?? 1) + bodyStartLine - 1,
        column: node.position?.start.column ?? 1,
        message: `the image "${node.url}"${node.alt ? ` (${node.alt})` : ''} does not exist: no file at ${expected}.`,
        fix: 'put the image at that path (beside the postmortem, e.g. media/<id>/), correct the path, or replace the image by its description in words.',
      });
    });
    return problems;
  },
};
