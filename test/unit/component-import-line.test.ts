import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importsUsedComponent } from '../../src/lib/import/component-import-line.ts';
import { importReport } from '../../src/lib/import/import-report.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

// Invented notice, shaped as a status site that writes MDX in `.md` files (session 32).
const notice = "---\ntitle: Geocoder slow\ndate: 2024-02-07T16:05:00.000Z\nseverity: partial-outage\nresolved: true\n---\n\nimport Update from '@components/status/Update.astro';\n\nThe geocoding service answers slowly. We are looking into it.\n\n<Update date=\"2024-02-07T17:10:00.000Z\">The cache was warmed again; answers are fast.</Update>\n";

describe('importsUsedComponent', () => {
  it('is true of an import whose name the text opens as a tag', () => {
    expect(importsUsedComponent("import Update from '@components/Update.astro';", '<Update date="x">y</Update>')).toBe(true);
    expect(importsUsedComponent('import { Note, Update as Step } from "./parts";', 'a <Step/> b')).toBe(true);
  });
  it('is false of an import the text never uses, and of a line that is no import', () => {
    expect(importsUsedComponent("import x from 'y';", 'import x from \'y\';\n<x>')).toBe(false);
    expect(importsUsedComponent("import Update from './u';", 'An <Updates> list, an Update.')).toBe(false);
    expect(importsUsedComponent('import the data from the old system', '<Update/>')).toBe(false);
  });
});

describe("a Markdown notice's MDX import line", () => {
  it('is not its summary, nor its text', () => {
    const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
    const result = importReport('2024-02-07-geocoder-slow.md', notice, { vocabulary, today: '2026-12-04' });
    const { yaml, body } = splitFrontmatter(result.draft) as unknown as { yaml: string; body: string };
    const data = parseYaml(yaml) as Record<string, any>;
    expect(data.summary).toBe('The geocoding service answers slowly. We are looking into it.');
    expect(result.draft).not.toMatch(/^import Update/m);
    expect(data.timeline[0]).toMatchObject({ at: '2024-02-07T17:10:00Z' });
  });
});
