import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { computePublicDiff, formatPublicDiffMarkdown, type ContentSnapshot } from '../../src/lib/public-diff.ts';
import { vocabularyFiles, type VocabularyKind } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

/**
 * Canary round 34, the public diff (`npm run public-diff`): changes that round 32 did not try
 * (YAML aliases into public fields, internal-only fields of the schema, opted-in lists, unseen
 * attributes, lookalike component names, `.md` posts) must not put internal text in the diff's
 * Markdown or JSON, on either side of the change.
 */
const vocabulary = Object.fromEntries(Object.entries(vocabularyFiles).map(([kind, file]) => [kind, readFileSync(join(fixturesDir, 'vocabulary', file), 'utf8')])) as Record<VocabularyKind, string>;
const snapshot = (posts: Record<string, string>): ContentSnapshot => ({ postmortems: new Map(Object.entries(posts)), vocabulary });
const options = { contentDir: 'content', redaction: { internalDomains: ['.internal'], people: [] } };
const post = (body = '') => publicProbePost({ body: `We rolled back the change.\n\n${body}\n` });
const withField = (text: string, before: string, field: string) => text.replace(before, `${field}\n${before}`);
const optInRisks = (text: string, risks: string) => text.replace('related: []', `related: []\nrisks: ${risks}`).replace('  summary: Checkout failed for some customers.\n---', '  summary: Checkout failed for some customers.\n  include: [risks]\n---');

/** Each probe: the post's file at the base and at the head of the change, the marker that must not show. */
const probes: { kind: string; base?: string; head?: string; file?: string; marker: string }[] = [
  { kind: 'the internal title aliased as the public title', base: post(), head: post().replace('title: Probe', 'title: &t zrd01x pool ran dry').replace('  title: Checkout errors', '  title: *t'), marker: 'zrd01x' },
  { kind: 'a public title aliased at the base, removed at the head', base: post().replace('title: Probe', 'title: &t zrd11x pool ran dry').replace('  title: Checkout errors', '  title: *t'), head: post().replace('visibility: public', 'visibility: internal'), marker: 'zrd11x' },
  { kind: 'a signal aliased as an opted-in risk', base: post(), head: optInRisks(withField(post(), 'drafted:', 'signals: [&s "zrd02x CheckoutPoolExhausted"]'), '[*s]'), marker: 'zrd02x' },
  { kind: '<Internal> in an opted-in risk', base: post(), head: optInRisks(post(), '["No alert yet. <Internal>zrd03x the runbook</Internal>"]'), marker: 'zrd03x' },
  { kind: 'signals, statusPage and the SLO edited', base: post(), head: withField(post(), 'drafted:', 'signals: ["zrd04x"]\nstatusPage: https://status.example.com/zrd04x').replace('  description: Some customers could not check out.', '  description: Some customers could not check out.\n  slo: zrd04x availability'), marker: 'zrd04x' },
  { kind: 'risks edited but not opted in', base: withField(post(), 'drafted:', 'risks: ["zrd05a no alert"]'), head: withField(post(), 'drafted:', 'risks: ["zrd05b no alert"]'), marker: 'zrd05' },
  { kind: 'a data- attribute added', base: post(), head: post('<span data-note="zrd06x the runbook">Recovered.</span>'), marker: 'zrd06x' },
  { kind: 'a Greek iota in <Internal>', base: post(), head: post('<\u0399nternal>zrd07x the runbook</\u0399nternal>'), marker: 'zrd07x' },
  { kind: 'numeric entities for the tags in a .md post', base: post(), head: post('&#60;Internal&#62;zrd08x the runbook&#60;/Internal&#62;'), file: '2025-03-01-probe.md', marker: 'zrd08x' },
  { kind: 'a non-public timeline entry\'s source and event', base: post(), head: post().replace('timeline: []', 'timeline:\n  - at: 2025-03-01T10:05:00Z\n    event: zrd09x paged the lead.\n    kind: escalation\n    source: zrd09x-pagerduty'), marker: 'zrd09x' },
  { kind: 'a non-public action item\'s title aliased as a public one\'s', base: post(), head: post().replace('actionItems: []', 'actionItems:\n  - id: AI-1\n    title: &ai zrd10x rotate the bridge password\n    owner: checkout\n    due: 2025-04-01\n    priority: P1\n    type: prevent\n    status: open\n    verification: Reviewed.\n  - id: AI-2\n    title: *ai\n    owner: checkout\n    due: 2025-04-01\n    priority: P1\n    type: prevent\n    status: open\n    verification: Reviewed.\n    public: true'), marker: 'zrd10x' },
];

describe('canary round 34: the public diff shows no internal text', () => {
  test.each(probes.map((p) => [p.kind, p] as const))('%s', (_, probe) => {
    const file = probe.file ?? '2025-03-01-probe.mdx';
    const diff = computePublicDiff(
      snapshot(probe.base ? { [file]: probe.base } : {}),
      snapshot(probe.head ? { [file]: probe.head } : {}),
      options,
    );
    const shown = `${formatPublicDiffMarkdown(diff, { base: 'main' })}\n${JSON.stringify(diff)}`;
    expect(shown).not.toContain(probe.marker);
  });
});
