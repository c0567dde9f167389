import { describe, expect, test } from 'vitest';
import { isPubliclyVisible, publicImpactWindow, toPublicPostmortem, type CustomerImpactLevel } from '../../src/lib/public-projection.ts';
import { postmortemObjectSchema, type Postmortem, type PostmortemInput } from '../../src/lib/postmortem-schema.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';

/**
 * Every internal value in this fixture contains `zqi` (or is a number from `internalNumbers`);
 * every value customers may read contains `pub`. The projection must contain the second kind
 * and none of the first, wherever it might hide in the output object.
 */
const vocabulary = parseVocabulary({
  teams: 'zqiteam: { name: zqi Team Name, handle: "@zqi/handle" }\n',
  services: [
    'zqicheckout-api: { name: zqi Checkout API, owner: zqiteam, tier: 1, publicName: pub Checkout, description: zqi description }',
    'zqiorders-db: { name: zqi Orders DB, owner: zqiteam, tier: 1 }',
    'zqicheckout-web: { name: zqi Checkout Web, owner: zqiteam, tier: 2, publicName: pub Checkout }',
    'zqisearch: { name: zqi Search, owner: zqiteam, tier: 2, publicName: pub Search }',
  ].join('\n'),
  tags: 'zqitag: { description: zqi tag }\n',
  triggers: 'zqitrigger: { name: zqi Trigger }\n',
});

const internalNumbers = [4211, 4212, 4213, 4214, 42.5, 4216];

const input: PostmortemInput = {
  title: 'zqi internal title',
  summary: 'zqi internal summary',
  severity: 'SEV-1',
  status: 'published',
  visibility: 'public',
  services: ['zqicheckout-api', 'zqiorders-db', 'zqicheckout-web', 'zqisearch'],
  teams: ['zqiteam'],
  tags: ['zqitag'],
  trigger: 'zqitrigger',
  times: {
    started: '2025-05-01T09:55:00Z',
    detected: '2025-05-01T10:01:00Z',
    acknowledged: '2025-05-01T10:02:00Z',
    declared: '2025-05-01T10:03:00Z',
    mitigated: '2025-05-01T10:30:00Z',
    resolved: '2025-05-01T11:07:00Z',
  },
  impact: {
    description: 'pub customers could not check out.',
    start: '2025-05-01T10:00:00Z',
    end: '2025-05-01T10:45:00Z',
    usersAffected: 4211,
    failedRequests: 4212,
    failedOrders: 4213,
    downtimeMinutes: 4214,
    errorBudgetBurnedPercent: 42.5,
    slo: 'zqi slo 99.95%',
    revenueLost: 4216,
  },
  drafted: '2025-05-02',
  published: '2025-05-06',
  reviewers: ['zqi reviewer'],
  commander: 'zqi commander',
  statusPage: 'https://zqistatus.example/incidents/1',
  timeline: [
    { at: '2025-05-01T10:01:00Z', event: 'zqi alert fired on zqiorders-db', kind: 'detection' },
    { at: '2025-05-01T10:05:00Z', event: 'pub we posted a status update', kind: 'communication', public: true },
    { at: '2025-05-01T10:20:00Z', event: 'zqi decided to fail over', kind: 'decision', public: false },
    { at: '2025-05-01T10:30:00Z', event: 'pub checkout recovered', kind: 'mitigation', public: true },
  ],
  contributors: ['zqi contributor'],
  mitigators: ['pub mitigator'],
  risks: ['zqi risk'],
  actionItems: [
    {
      id: 'zqi-AI-1', title: 'pub add a safety check', owner: 'zqiteam', due: '2025-06-01', priority: 'P1', type: 'prevent',
      status: 'in-progress', verification: 'zqi verification', link: 'https://zqitracker.example/OPS-1', public: true,
    },
    {
      id: 'zqi-AI-2', title: 'zqi internal action', owner: 'zqiteam', due: '2025-06-02', priority: 'P2', type: 'detect',
      status: 'open', verification: 'zqi verification two',
    },
  ],
  related: ['zqi-related-post'],
  nearMiss: false,
  public: { title: 'pub checkout unavailable', summary: 'pub checkout failed for 45 minutes.', include: ['mitigators'] },
};
const data: Postmortem = postmortemObjectSchema.parse(input);

/** Every key and primitive value in an object graph, however deep. */
function leaves(value: unknown, found: { keys: string[]; strings: string[]; numbers: number[] } = { keys: [], strings: [], numbers: [] }) {
  if (typeof value === 'string') found.strings.push(value);
  else if (typeof value === 'number') found.numbers.push(value);
  else if (Array.isArray(value)) value.forEach((item) => leaves(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      found.keys.push(key);
      leaves(child, found);
    }
  }
  return found;
}

describe('toPublicPostmortem', () => {
  const post = toPublicPostmortem('2025-05-01-pub-post', data, vocabulary);

  test('no internal value appears anywhere in the output, as a key, string or number', () => {
    const { keys, strings, numbers } = leaves(post);
    expect(strings.filter((s) => s.toLowerCase().includes('zqi'))).toEqual([]);
    expect(keys.filter((k) => k.toLowerCase().includes('zqi'))).toEqual([]);
    expect(numbers.filter((n) => internalNumbers.includes(n))).toEqual([]);
    expect(JSON.stringify(post)).not.toMatch(/zqi/i);
    // Internal enums and timestamps that are not part of the public window.
    for (const internal of ['SEV-1', 'P1', 'P2', 'prevent', '2025-06-01', '10:01:00', '10:20:00', '11:07:00', '09:55:00']) {
      expect(JSON.stringify(post)).not.toContain(internal);
    }
  });

  test('holds exactly the allow-listed fields', () => {
    expect(post).toEqual({
      id: '2025-05-01-pub-post',
      title: 'pub checkout unavailable',
      summary: 'pub checkout failed for 45 minutes.',
      impactLevel: 'Major outage',
      impactDescription: 'pub customers could not check out.',
      impactStart: '2025-05-01T10:00:00.000Z',
      impactEnd: '2025-05-01T10:45:00.000Z',
      impactMinutes: 45,
      services: ['pub Checkout', 'pub Search'],
      timeline: [
        { at: '2025-05-01T10:05:00.000Z', event: 'pub we posted a status update', kind: 'communication' },
        { at: '2025-05-01T10:30:00.000Z', event: 'pub checkout recovered', kind: 'mitigation' },
      ],
      actionItems: [{ title: 'pub add a safety check', status: 'in-progress' }],
      mitigators: ['pub mitigator'],
      date: '2025-05-01',
      published: '2025-05-06',
    });
  });

  test('public entries keep their order; each timeline entry has only at, event and kind', () => {
    for (const entry of post.timeline) expect(Object.keys(entry).sort()).toEqual(['at', 'event', 'kind']);
    for (const item of post.actionItems) expect(Object.keys(item).sort()).toEqual(['status', 'title']);
  });

  test('services without a public name are left out, services sharing one are named once', () => {
    expect(post.services).toEqual(['pub Checkout', 'pub Search']);
    const onlyInternal = toPublicPostmortem('x', { ...data, services: ['zqiorders-db'] }, vocabulary);
    expect(onlyInternal.services).toEqual([]);
    const unknown = toPublicPostmortem('x', { ...data, services: ['zqinot-in-vocabulary'] }, vocabulary);
    expect(unknown.services).toEqual([]);
  });

  test.each([
    [[], {}],
    [['contributors'], { contributors: ['zqi contributor'] }],
    [['risks', 'mitigators'], { risks: ['zqi risk'], mitigators: ['pub mitigator'] }],
    [['contributors', 'mitigators', 'risks'], { contributors: ['zqi contributor'], mitigators: ['pub mitigator'], risks: ['zqi risk'] }],
  ] as const)('opt-in lists %j appear and no others', (include, expected) => {
    const projected = toPublicPostmortem('x', { ...data, public: { ...data.public!, include: [...include] } }, vocabulary);
    expect({ contributors: projected.contributors, mitigators: projected.mitigators, risks: projected.risks }).toEqual({
      contributors: undefined, mitigators: undefined, risks: undefined, ...expected,
    });
  });

  test('an opted-in list is a copy: changing it does not reach back into the data', () => {
    const projected = toPublicPostmortem('x', data, vocabulary);
    projected.mitigators!.push('changed');
    expect(data.mitigators).toEqual(['pub mitigator']);
  });

  test.each([
    ['SEV-0', false, 'Major outage'],
    ['SEV-1', false, 'Major outage'],
    ['SEV-2', false, 'Partial outage'],
    ['SEV-3', false, 'Degraded performance'],
    ['SEV-4', false, 'Degraded performance'],
    ['SEV-1', true, 'No customer impact'],
  ] as const)('%s (near-miss %s) is shown as %s', (severity, nearMiss, level: CustomerImpactLevel) => {
    expect(toPublicPostmortem('x', { ...data, severity, nearMiss }, vocabulary).impactLevel).toBe(level);
  });

  test('without an impact window: no window, no duration, dated by the incident start', () => {
    const noWindow = toPublicPostmortem('x', { ...data, nearMiss: true, impact: { description: 'pub no impact' } }, vocabulary);
    expect(noWindow).toMatchObject({ impactLevel: 'No customer impact', impactStart: undefined, impactEnd: undefined, impactMinutes: undefined, date: '2025-05-01' });
  });

  test('refuses a postmortem that is internal or has no public wording', () => {
    expect(() => toPublicPostmortem('x', { ...data, visibility: 'internal' }, vocabulary)).toThrow(/x is not marked public/);
    expect(() => toPublicPostmortem('x', { ...data, public: undefined }, vocabulary)).toThrow(/no public wording/);
  });
});

describe('isPubliclyVisible', () => {
  test.each([
    ['public', 'published', true, true],
    ['public', 'in-review', true, false],
    ['public', 'draft', true, false],
    ['internal', 'published', true, false],
    ['internal', 'draft', false, false],
    ['public', 'published', false, false],
  ] as const)('visibility %s, status %s, wording %s -> %s', (visibility, status, hasWording, expected) => {
    expect(isPubliclyVisible({ visibility, status, public: hasWording ? data.public : undefined })).toBe(expected);
  });
});

describe('publicImpactWindow', () => {
  test.each([
    [{ impactStart: '2025-03-14T09:02:00Z', impactEnd: '2025-03-14T09:40:00Z', impactLevel: 'Partial outage' }, 'window'],
    [{ impactLevel: 'No customer impact' }, 'none'],
    // A historical report that never stated its impact times: an outage, not "none for customers",
    // and nothing said of its window.
    [{ impactLevel: 'Partial outage' }, 'unstated'],
    [{ impactStart: '2025-03-14T09:02:00Z', impactLevel: 'Major outage' }, 'unstated'],
  ] as const)('%j -> %s', (post, expected) => {
    expect(publicImpactWindow(post)).toBe(expected);
  });
});
