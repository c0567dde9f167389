import { describe, expect, test } from 'vitest';
import { createPostmortemSchema } from '../../src/lib/postmortem-schema.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';

const vocabulary = parseVocabulary({
  teams: 'checkout: { name: Checkout }\nsre: { name: SRE }\n',
  services: 'checkout-api: { name: Checkout API, owner: checkout, tier: 1, publicName: Checkout }\n',
  tags: 'config: {}\ntimeout: {}\n',
  triggers: 'configuration: { name: Configuration change }\n',
});
const schema = createPostmortemSchema({ vocabulary, knownIds: new Set(['2025-01-01-earlier']) });

const valid = {
  title: 'Checkout errors',
  summary: 'A push lowered a limit. Reverting fixed it.',
  severity: 'SEV-2',
  status: 'published',
  visibility: 'internal',
  services: ['checkout-api'],
  teams: ['checkout'],
  tags: ['config'],
  trigger: 'configuration',
  times: { started: '2025-07-08T17:45:00Z', detected: '2025-07-08T17:49:00Z', resolved: '2025-07-08T18:30:00Z' },
  impact: { description: 'Some checkouts failed.', start: '2025-07-08T17:45:00Z', end: '2025-07-08T17:55:00Z' },
  drafted: '2025-07-09',
  published: '2025-07-12',
};
const withChange = (change: Record<string, unknown>) => ({ ...valid, ...change });

describe('valid and coerced frontmatter', () => {
  test.each([
    ['minimal published postmortem', valid],
    ['YAML Date objects (unquoted timestamps) normalise to ISO strings', withChange({ times: { started: new Date('2025-07-08T17:45:00Z') }, nearMiss: true, impact: { description: 'None.' } })],
    ['+00:00 offset is UTC', withChange({ times: { started: '2025-07-08T17:45:00+00:00', resolved: '2025-07-08T18:00:00Z' } })],
    ['a draft needs no published date', withChange({ status: 'draft', published: undefined })],
    ['public post with wording', withChange({ visibility: 'public', public: { title: 'Checkout errors', summary: 'Some failed.' } })],
    ['related id that exists', withChange({ related: ['2025-01-01-earlier'] })],
  ])('%s', (_name, input) => {
    const result = schema.safeParse(input);
    expect(result.success, JSON.stringify(!result.success && result.error.issues)).toBe(true);
  });

  test('defaults and normalisation', () => {
    const data = schema.parse(valid);
    expect(data.times.started).toBe('2025-07-08T17:45:00.000Z');
    expect(data).toMatchObject({ timeline: [], actionItems: [], related: [], nearMiss: false, reviewers: [] });
    const fromDate = schema.parse(withChange({ drafted: new Date('2025-07-09T00:00:00Z') }));
    expect(fromDate.drafted).toBe('2025-07-09');
  });
});

describe('invalid frontmatter, with the message', () => {
  test.each([
    ['unknown key', withChange({ severty: 'SEV-2' }), [], /Unrecognized key/],
    ['bad severity', withChange({ severity: 'SEV-9' }), ['severity'], /SEV-0/],
    ['local time without Z', withChange({ times: { started: '2025-07-08T17:45:00' } }), ['times', 'started'], /not an ISO-8601 UTC date-time/],
    ['impossible date', withChange({ drafted: '2025-02-30' }), ['drafted'], /not a date/],
    ['detected before started', withChange({ times: { started: '2025-07-08T17:45:00Z', detected: '2025-07-08T17:40:00Z', resolved: '2025-07-08T18:30:00Z' } }), ['times', 'detected'], /times\.detected \(2025-07-08T17:40:00\.000Z\) is before times\.started/],
    ['resolved before mitigated', withChange({ times: { started: '2025-07-08T17:45:00Z', mitigated: '2025-07-08T18:00:00Z', resolved: '2025-07-08T17:50:00Z' } }), ['times', 'resolved'], /before times\.mitigated/],
    ['impact window backwards', withChange({ impact: { description: 'x', start: '2025-07-08T18:00:00Z', end: '2025-07-08T17:00:00Z' } }), ['impact', 'end'], /must be after impact\.start/],
    ['impact start without end', withChange({ impact: { description: 'x', start: '2025-07-08T18:00:00Z' } }), ['impact', 'end'], /give both impact\.start and impact\.end/],
    ['public without wording', withChange({ visibility: 'public' }), ['public'], /customer-facing wording is required/],
    ['published without date', withChange({ published: undefined }), ['published'], /publication day is required/],
    ['published without resolution', withChange({ times: { started: '2025-07-08T17:45:00Z' } }), ['times', 'resolved'], /needs times\.resolved/],
    ['unknown service with suggestion', withChange({ services: ['checkout'] }), ['services', 0], /unknown service "checkout".*Did you mean "checkout-api"\?/],
    ['unknown team', withChange({ teams: ['payments'] }), ['teams', 0], /unknown team "payments"/],
    ['dangling related', withChange({ related: ['2025-01-02-nope'] }), ['related', 0], /does not exist/],
    ['timeline out of order', withChange({ timeline: [{ at: '2025-07-08T18:00:00Z', event: 'b', kind: 'mitigation' }, { at: '2025-07-08T17:50:00Z', event: 'a', kind: 'detection' }] }), ['timeline', 1, 'at'], /oldest first/],
    ['bad timeline kind', withChange({ timeline: [{ at: '2025-07-08T18:00:00Z', event: 'b', kind: 'fix' }] }), ['timeline', 0, 'kind'], /detection/],
    ['empty services', withChange({ services: [] }), ['services'], /at least one affected service/],
  ])('%s', (_name, input, path, message) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(issue, JSON.stringify(result.error!.issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
  });
});

describe('offsets, missing fields and drafts', () => {
  test.each([
    ['+01:00 (CET)', '2025-07-08T18:45:00+01:00', '2025-07-08T17:45:00.000Z'],
    ['+02:00 (CEST), across midnight', '2025-07-09T00:30:00+02:00', '2025-07-08T22:30:00.000Z'],
    ['-0800 without colon (PST)', '2025-07-08T09:45:00-0800', '2025-07-08T17:45:00.000Z'],
  ])('an ISO-8601 offset is accepted and stored as UTC: %s', (_name, written, stored) => {
    // The impact window moves with the start: it may not begin before the incident does.
    const data = schema.parse(withChange({ times: { started: written, resolved: '2025-07-09T23:00:00Z' }, impact: { description: 'Some checkouts failed.', start: written, end: '2025-07-09T22:00:00Z' } }));
    expect(data.times.started).toBe(stored);
  });

  test.each([
    ['a year typed short', { times: { started: '0025-07-08T17:45:00Z' } }, /"0025-07-08T17:45:00Z" is in the year 25: check the year/],
    ['a year a millennium off', { times: { started: '1025-07-08T17:45:00Z' } }, /is in the year 1025/],
    ['a far-future day', { drafted: '3025-07-09' }, /"3025-07-09" is in the year 3025/],
    ['an unquoted YAML timestamp', { times: { started: new Date('0001-07-08T17:45:00Z') } }, /is in the year 1: check the year/],
  ])('%s is refused, not published as an incident centuries long', (_name, change, message) => {
    const result = schema.safeParse(withChange(change));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join(' | ')).toMatch(message);
  });

  test('a report from the 1980s is accepted', () => {
    expect(schema.safeParse(withChange({ times: { started: '1986-03-21T09:00:00Z', resolved: '1986-03-21T12:00:00Z' }, impact: { description: 'x', start: '1986-03-21T09:00:00Z', end: '1986-03-21T10:00:00Z' }, drafted: '1986-04-01', published: '1986-04-10' })).success).toBe(true);
  });

  test('an impossible clock time with an offset is refused', () => {
    const result = schema.safeParse(withChange({ times: { started: '2025-07-08T25:10:00+01:00' } }));
    expect(result.success).toBe(false);
  });

  test.each([['drafted', /drafted is not filled in yet: add the day .* YYYY-MM-DD/], ['times', /times\.started is not filled in yet/]])(
    'a missing %s says what to write, not "Invalid input"',
    (field, message) => {
      const { [field]: _removed, ...rest } = valid as Record<string, unknown>;
      const result = schema.safeParse(rest);
      expect(result.success).toBe(false);
      const text = result.error!.issues.map((i) => i.message).join(' | ');
      expect(text).not.toMatch(/Invalid input/);
      expect(text).toMatch(message);
    },
  );

  test('a draft may leave review facts out; in review they are required', () => {
    const draft = { title: 'Imported report', status: 'draft', visibility: 'internal', historical: true,
      actionItems: [{ id: 'AI-1', title: 'Alert on queue depth' }],
      imported: { source: 'old/report.md', format: 'markdown', on: '2026-11-30' } };
    expect(schema.safeParse(draft).success).toBe(true);
    const inReview = schema.safeParse({ ...draft, status: 'in-review' });
    expect(inReview.success).toBe(false);
    const paths = inReview.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['severity', 'services', 'trigger', 'times.started', 'drafted', 'actionItems.0']));
    expect(inReview.error!.issues.find((i) => i.path.join('.') === 'severity')!.message).toMatch(/severity is not filled in yet: set one of SEV-0/);
  });
});

test('a timeline entry without its time says what to write', () => {
  const result = schema.safeParse(withChange({ timeline: [{ event: 'Paged', kind: 'detection' }] }));
  expect(result.error!.issues[0]).toMatchObject({ path: ['timeline', 0, 'at'], message: expect.stringMatching(/is missing: add it, written as an ISO-8601 date-time/) });
});
