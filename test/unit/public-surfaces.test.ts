import { describe, expect, test } from 'vitest';
import { toPublicPostmortem } from '../../src/lib/public-projection.ts';
import { publicFrontmatterFields, projectionKeysWithoutAuthorText } from '../../src/lib/publication-scan.ts';
import { postmortemObjectSchema, publicOptInLists, type PostmortemInput } from '../../src/lib/postmortem-schema.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';

/**
 * What the public site shows (the projection) and what the redaction guard scans (the public
 * frontmatter fields) are one list: every text of the projection must be a scanned field. A
 * postmortem with every optional text filled, every list opted in and every entry public, each
 * text unique, makes a field added to the projection but not to the scan fail here.
 */
const vocabulary = parseVocabulary({
  teams: 'team: { name: Team }\n',
  services: 'svc: { name: Service, owner: team, tier: 1, publicName: Public Service }\n',
  tags: 'tag: {}\n',
  triggers: 'trigger: { name: Trigger }\n',
});
let n = 0;
const text = (what: string) => `${what} text ${++n}`;
const input: PostmortemInput = {
  title: text('title'), summary: text('summary'), severity: 'SEV-2', status: 'published', visibility: 'public',
  services: ['svc'], teams: ['team'], tags: ['tag'], trigger: 'trigger',
  times: { started: '2025-05-01T10:00:00Z', detected: '2025-05-01T10:01:00Z', resolved: '2025-05-01T11:00:00Z' },
  impact: { description: text('impact'), start: '2025-05-01T10:00:00Z', end: '2025-05-01T10:30:00Z', slo: text('slo') },
  drafted: '2025-05-02', published: '2025-05-03', reviewers: [text('reviewer')], commander: text('commander'),
  statusPage: 'https://status.example.com/1',
  timeline: [
    { at: '2025-05-01T10:01:00Z', event: text('timeline'), kind: 'detection', public: true },
    { at: '2025-05-01T10:02:00Z', event: text('timeline'), kind: 'decision', public: true },
  ],
  contributors: [text('contributor')], mitigators: [text('mitigator')], risks: [text('risk')],
  actionItems: [{ id: 'AI-1', title: text('action'), owner: 'team', due: '2025-06-01', priority: 'P1', type: 'prevent',
    status: 'open', verification: text('verification'), link: 'https://tracker.example.com/1', public: true }],
  related: [], nearMiss: false,
  public: { title: text('public title'), summary: text('public summary'), include: [...publicOptInLists] },
};
const data = postmortemObjectSchema.parse(input);

/** Every string in the projection, with the key that holds it. */
function projectedTexts(value: unknown, key = ''): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item) => projectedTexts(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => projectedTexts(v, k));
  return [];
}

describe('public surfaces are defined once', () => {
  const projection = toPublicPostmortem('post', data, vocabulary);
  const scanned = new Set(publicFrontmatterFields(data).map((field) => field.text));

  test('every text the public site shows is a field the guard scans', () => {
    const unscanned = projectedTexts(projection).filter(({ key, text }) => !projectionKeysWithoutAuthorText.has(key) && !scanned.has(text));
    expect(unscanned).toEqual([]);
  });

  test('the guard scans no internal-only field (the list is not padded)', () => {
    const shown = new Set(projectedTexts(projection).map(({ text }) => text));
    expect([...scanned].filter((t) => !shown.has(t))).toEqual([]);
  });

  test('keys without author text hold no author text', () => {
    const authored = projectedTexts(projection).filter(({ key, text }) => projectionKeysWithoutAuthorText.has(key) && / text \d+$/.test(text));
    expect(authored).toEqual([]);
  });
});
