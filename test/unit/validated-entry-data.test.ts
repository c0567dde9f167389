import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { createPostmortemSchema } from '../../src/lib/postmortem-schema.ts';
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

// The content loader stores `entryData` instead of parsing the frontmatter a second time, so it
// must be what Astro's schema would have produced, for exactly the files that schema accepts.
const contentDir = resolve(import.meta.dirname, '../../content');
const id = '2025-03-14-orders-migration-lock';
const source = readFileSync(resolve(contentDir, 'postmortems', `${id}.mdx`), 'utf8');
const vocabulary = loadVocabulary(contentDir);
const knownIds = new Set([id]);
const validate = (text: string) => validatePostmortemSource(`${id}.mdx`, id, text, { vocabulary, knownIds, contentDir: 'content', frontmatterOnly: true });
const schema = createPostmortemSchema({ vocabulary, knownIds, contentDir: 'content' });
const throughSchema = (text: string) => schema.safeParse(parseYaml(splitFrontmatter(text).yaml));

describe('entryData: the validated frontmatter the content loader stores', () => {
  const withoutSeverity = source.replace(/^severity: SEV-1\n/m, '');
  test.each([
    ['a complete published postmortem', source, true],
    ['a draft that still lacks a review fact', withoutSeverity.replace('status: published', 'status: draft'), true],
    ['an in-review postmortem that lacks one', withoutSeverity.replace('status: published', 'status: in-review'), false],
    ['an unknown service', source.replace('services: [checkout-api, orders-db]', 'services: [checkout-ap, orders-db]'), false],
  ])('%s', (_name, text, accepted) => {
    const validated = validate(text);
    const parsed = throughSchema(text);
    expect(parsed.success).toBe(accepted);
    expect(validated.entryData !== undefined).toBe(accepted);
    if (accepted) expect(validated.entryData).toEqual(parsed.data);
  });
});
