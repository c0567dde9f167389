import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { findBoundaryViolations, readSourceFiles } from '../support/architecture-boundaries.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the boundaries of src/ (docs/architecture.md)', () => {
  test('nothing in src/ crosses them', () => {
    const files = readSourceFiles(root);
    expect(files.some((file) => file.path === 'src/data/collection.ts')).toBe(true);
    expect(files.filter((file) => file.path.startsWith('src/lib/')).length).toBeGreaterThan(100);
    expect(findBoundaryViolations(files)).toEqual([]);
  });

  test('a page that reads the collection directly is named, with the line and the fix', () => {
    const page = ['---', "import { getCollection } from 'astro:content';", "const all = await getCollection('postmortems');", '---', '<ul>{all.map((pm) => <li>{pm.data.title}</li>)}</ul>'].join('\n');
    expect(findBoundaryViolations([{ path: 'src/pages/by-team.astro', text: page }])).toEqual([
      { path: 'src/pages/by-team.astro', line: 3, message: expect.stringContaining('Call getPostmortemEntries() from src/data/collection.ts instead') },
    ]);
    const entry = "import { getEntry } from 'astro:content';\nexport const first = await getEntry('postmortems', 'a');\n";
    expect(findBoundaryViolations([{ path: 'src/integrations/x.ts', text: entry }]).map((v) => [v.line, v.message.slice(0, 10)])).toEqual([[2, 'getEntry()']]);
  });

  test('the data module itself may read the collection', () => {
    const module = "import { getCollection } from 'astro:content';\nexport const entries = () => getCollection('postmortems');\n";
    expect(findBoundaryViolations([{ path: 'src/data/collection.ts', text: module }])).toEqual([]);
  });

  test('an Astro import in src/lib is named; one in a comment or outside src/lib is not', () => {
    const files = [
      { path: 'src/lib/metrics.ts', text: "// not: import x from 'astro:content'\nimport { z } from 'astro/zod';\n" },
      { path: 'src/lib/badge.ts', text: "/* a component: import Badge from './Badge.astro' */\nconst Badge = await import('../components/Badge.astro');\n" },
      { path: 'src/lib/words.ts', text: "export const product = 'astro';\n" },
      { path: 'src/components/Card.astro', text: "---\nimport Tag from './Tag.astro';\n---\n" },
    ];
    expect(findBoundaryViolations(files).map((v) => `${v.path}:${v.line} ${v.message.split(',')[0]}`)).toEqual([
      "src/lib/metrics.ts:2 src/lib is Astro-free domain logic",
      "src/lib/badge.ts:2 src/lib is Astro-free domain logic",
    ]);
    expect(findBoundaryViolations(files)[0]!.message).toContain("imports 'astro/zod'");
  });
});
