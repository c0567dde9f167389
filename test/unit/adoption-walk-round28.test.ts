import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fillDraft } from '../../src/lib/fill-drafts.ts';
import { fillPlaceholderFacts } from '../../src/lib/adoption/placeholder-facts.ts';
import { draftScanView } from '../../src/lib/publication/draft-scan-view.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter-split.ts';
import type { RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { fixturesDir } from '../support/content-fixture.ts';

/**
 * Session 28's adoption walk (docs/adopting.md, "Adoption walk, session 28"): the steps that were
 * silent or refused when followed in the documented order. Fixtures written here, modelled on
 * imported drafts (other names, other systems).
 */
const draft = (frontmatter: string, body = 'The queue filled up and the workers stalled.\n') =>
  `---\ntitle: "Queue workers stalled"\n${frontmatter}status: draft\nhistorical: true\nvisibility: internal\n---\n\n${body}`;

describe('fill --public says which files it leaves internal, and why', () => {
  test('a report without a summary is named with the field and the fix', () => {
    const result = fillDraft(draft(''), { makePublic: true });
    expect(result.filled).not.toContain('visibility');
    expect(result.notMadePublic).toMatch(/no summary/);
    expect(result.notMadePublic).toMatch(/write summary:/);
  });
  test('a report with its own public: block is named, and not replaced', () => {
    const result = fillDraft(draft('summary: "It stalled."\npublic:\n  title: "Delays"\n  summary: "Jobs were slow."\n'), { makePublic: true });
    expect(result.filled).toEqual([]);
    expect(result.notMadePublic).toMatch(/public: block/);
  });
  test('a report with a summary is made public, with nothing to say', () => {
    const result = fillDraft(draft('summary: "It stalled for an hour."\n'), { makePublic: true });
    expect(result.filled).toContain('visibility');
    expect(result.notMadePublic).toBeUndefined();
  });
  test('without --public nothing is said', () => {
    expect(fillDraft(draft(''), { severity: 'SEV-3' }).notMadePublic).toBeUndefined();
  });
});

describe('placeholder times never contradict the times the import found', () => {
  const timesOf = (text: string) => (parseYaml(splitFrontmatter(text).yaml) as { times: Record<string, unknown> }).times;
  const instant = (value: unknown) => (value instanceof Date ? value.getTime() : Date.parse(String(value)));

  test('started is no later than a detected time earlier than the timeline', () => {
    const source = draft('summary: "s"\ntimes:\n  detected: 2024-05-01T09:00:00Z\n  mitigated: 2024-05-01T11:30:00Z\ntimeline:\n  - at: 2024-05-01T10:00:00Z\n    event: "Workers restarted"\n');
    const { text, filled } = fillPlaceholderFacts(source, '2024-05-01-queue');
    expect(filled).toEqual(expect.arrayContaining(['times.started', 'times.resolved']));
    const times = timesOf(text);
    expect(instant(times.started)).toBeLessThanOrEqual(instant(times.detected));
    expect(instant(times.resolved)).toBeGreaterThanOrEqual(instant(times.mitigated));
  });
  test('started is no later than the impact the report says began earlier', () => {
    const source = draft('summary: "s"\nimpact:\n  start: 2024-05-01T08:15:00Z\n  description: "Jobs were late."\ntimeline:\n  - at: 2024-05-01T10:00:00Z\n    event: "Workers restarted"\n');
    const times = timesOf(fillPlaceholderFacts(source, '2024-05-01-queue').text);
    expect(instant(times.started)).toBeLessThanOrEqual(Date.parse('2024-05-01T08:15:00Z'));
  });
});

describe('redact reads a public draft that still lacks review facts', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  const options: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [...vocabulary.services.keys()], people: ['Ingrid Solberg'], internalNames: [] };
  test('its names are found without times, impact or summary', () => {
    const id = '2024-05-01-queue';
    const file = `content/postmortems/${id}.mdx`;
    const source = draft('public:\n  title: "Delayed jobs"\n  summary: "Jobs ran late for an hour."\n', 'Ingrid Solberg restarted the workers.\n').replace('visibility: internal', 'visibility: public');
    const result = validatePostmortemSource(file, id, source, { vocabulary, knownIds: new Set([id]), contentDir: 'content' });
    // The draft as npm run redact gets it: valid, without the facts a review needs.
    expect(result.data).toBeUndefined();
    expect(result.entryData).toBeDefined();
    const { findings } = scanPostmortemForPublication(file, source, draftScanView(result.entryData!), options);
    expect(findings.some((f) => f.rule === 'redact/person' && f.severity === 'error')).toBe(true);
  });
});
