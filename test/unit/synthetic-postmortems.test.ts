import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSyntheticCorpus, writeSyntheticCorpus } from '../../scripts/lib/synthetic-postmortems.ts';
import { redactionOptions, scanSourcesForPublication } from '../../scripts/lib/redaction-check.ts';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

const projectContent = resolve(import.meta.dirname, '../../content');
const vocabulary = loadVocabulary(projectContent);
const scratch = mkdtempSync(join(tmpdir(), 'kb-synthetic-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(['mdx', 'md'] as const)('synthetic .%s postmortems', (format) => {
  const dir = join(scratch, format);
  const posts = writeSyntheticCorpus(dir, 40, { format, vocabularyDir: projectContent, seed: 7 });
  const validation = validateCorpus(dir, { cwd: dir });

  test('form a complete content folder that validates with zero errors', () => {
    expect(readdirSync(dir).sort()).toEqual(['postmortems', 'services.yaml', 'tags.yaml', 'teams.yaml', 'triggers.yaml']);
    expect(validation.postmortems).toHaveLength(40);
    expect(validation.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('public posts pass the redaction guard of the public build', () => {
    expect(posts.some((p) => p.isPublic)).toBe(true);
    expect(scanSourcesForPublication(validation.postmortems, redactionOptions(vocabulary)).findings).toEqual([]);
  });

  test(`use .${format} files, with <Internal> blocks only in .mdx public posts`, () => {
    expect(posts.every((p) => p.fileName.endsWith(`.${format}`))).toBe(true);
    const withInternal = posts.filter((p) => p.source.includes('<Internal>'));
    if (format === 'md') expect(withInternal).toEqual([]);
    else expect(withInternal.map((p) => p.id)).toEqual(posts.filter((p) => p.isPublic).map((p) => p.id));
  });
});

describe('generated corpus', () => {
  const posts = generateSyntheticCorpus(200, vocabulary, { seed: 11 });
  const data = validateCorpus(join(scratch, 'mdx')).postmortems; // parsed sample for field checks

  test('is the same for the same seed and differs for another seed', () => {
    expect(generateSyntheticCorpus(20, vocabulary, { seed: 11 })).toEqual(posts.slice(0, 20));
    expect(generateSyntheticCorpus(20, vocabulary, { seed: 12 })[0].source).not.toBe(posts[0].source);
  });

  test('posts are about 1,500 words of body text', () => {
    const words = posts.map((p) => splitFrontmatter(p.source).body.split(/\s+/).filter(Boolean).length);
    expect(Math.min(...words)).toBeGreaterThan(1200);
    expect(Math.max(...words)).toBeLessThan(1900);
  });

  test('vary in services, severities, triggers, years, timelines and action items', () => {
    const field = (name: string) => new Set(posts.map((p) => new RegExp(`^${name}: (.*)$`, 'm').exec(p.source)?.[1]));
    expect(field('severity').size).toBe(5);
    expect(field('trigger').size).toBeGreaterThan(8);
    expect(new Set(posts.map((p) => p.id.slice(0, 4))).size).toBeGreaterThanOrEqual(5);
    expect(new Set(posts.map((p) => /^services: \[([^,\]]+)/m.exec(p.source)![1])).size).toBeGreaterThan(10);
    expect(new Set(data.map((p) => p.data!.timeline.length)).size).toBeGreaterThan(2);
    expect(new Set(data.map((p) => p.data!.actionItems.length)).size).toBeGreaterThan(2);
    expect(new Set(posts.map((p) => p.id)).size).toBe(posts.length);
  });
});
