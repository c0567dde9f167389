import { describe, expect, test } from 'vitest';
import { fillPlaceholderFacts, placeholderImpact } from '../../src/lib/adoption/placeholder-facts.ts';
import { groupHeldBack, type CheckedFinding } from '../../src/lib/adoption/held-back.ts';
import { findLeaks, guardFlaggedTerms, internalHostsIn, listedPeopleTeam, parseNameList, uniqueTerms, type LeakTerm } from '../../src/lib/adoption/leak-search.ts';
import { batchFactSets } from '../../src/lib/adoption/batch-defaults.ts';
import { formatAdoptionFigures, type AdoptionFigures } from '../../src/lib/adoption/adoption-figures.ts';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter-split.ts';

const frontmatterOf = (text: string) => parse(splitFrontmatter(text).yaml) as Record<string, any>;

describe('placeholders for the facts each report decides (scripts/measure-adoption.ts)', () => {
  const body = '\n## What happened\n\nThe ledger queue stalled at 09:12.\n';
  test('a draft without times or impact: started and resolved from its timeline, the impact marked as a placeholder, the body unchanged', () => {
    const source = `---\ntitle: Ledger queue stalled\n# a comment the import wrote\nstatus: draft\ntimeline:\n  - at: 2025-03-14T09:12:00Z\n    event: Alert fired.\n  - at: 2025-03-14T10:40:00Z\n    event: Queue drained.\n---${body}`;
    const result = fillPlaceholderFacts(source, '2025-03-14-ledger-queue-stalled');
    expect(result.filled).toEqual(['times.started', 'times.resolved', 'impact.description']);
    const data = frontmatterOf(result.text);
    expect(data.times).toEqual({ started: '2025-03-14T09:12:00Z', resolved: '2025-03-14T10:40:00Z' });
    expect(data.impact).toEqual({ description: placeholderImpact });
    expect(result.text).toContain('# a comment the import wrote');
    expect(result.text.endsWith(`---${body}`)).toBe(true);
  });

  test('what the draft states is kept; resolved is the latest time it states (a mitigation after the last timeline entry)', () => {
    const source = `---\ntitle: Ledger queue stalled\ntimes:\n  started: 2025-03-14T09:00:00Z\n  mitigated: 2025-03-14T11:05:00Z\nimpact:\n  description: Payments were delayed.\ntimeline:\n  - at: 2025-03-14T09:12:00Z\n    event: Alert fired.\n---${body}`;
    const result = fillPlaceholderFacts(source, '2025-03-14-ledger-queue-stalled');
    expect(result.filled).toEqual(['times.resolved']);
    const data = frontmatterOf(result.text);
    expect(data.times).toEqual({ started: '2025-03-14T09:00:00Z', mitigated: '2025-03-14T11:05:00Z', resolved: '2025-03-14T11:05:00Z' });
    expect(data.impact.description).toBe('Payments were delayed.');
  });

  test('no time anywhere: the day the id starts with, at midnight UTC', () => {
    const result = fillPlaceholderFacts(`---\ntitle: Ledger queue stalled\n---${body}`, '2024-02-29-ledger-queue-stalled');
    expect(frontmatterOf(result.text).times).toEqual({ started: '2024-02-29T00:00:00Z', resolved: '2024-02-29T00:00:00Z' });
  });

  test.each([
    ['a complete draft is returned as it is', `---\ntitle: A\ntimes:\n  started: 2025-03-14T09:00:00Z\n  resolved: 2025-03-14T10:00:00Z\nimpact:\n  description: Slow pages.\n---${body}`, '2025-03-14-a', undefined],
    ['no frontmatter', body, '2025-03-14-a', 'it has no frontmatter'],
    ['frontmatter that is not YAML', `---\ntitle: [unclosed\n---${body}`, '2025-03-14-a', 'its frontmatter is not valid YAML (npm run check says where)'],
    ['no time and an id without a day', `---\ntitle: A\n---${body}`, 'ledger-queue-stalled', 'it states no time and its id starts with no day (YYYY-MM-DD)'],
  ])('%s', (_, source, id, skipped) => {
    const result = fillPlaceholderFacts(source, id);
    expect(result.text).toBe(source);
    expect(result.filled).toEqual([]);
    expect(result.skipped).toBe(skipped);
  });
});

const finding = (file: string, rule: string, message: string, severity = 'error'): CheckedFinding => ({ file, rule, severity, message });

describe('what the check holds back, by rule and file', () => {
  test('errors only; a file with any guard error is held by the guard; rules counted per file, most first', () => {
    const held = groupHeldBack([
      finding('/kb/content/postmortems/b.mdx', 'schema/too-long', 'actionItems[0].title is 271 characters long; at most 200 are allowed.'),
      finding('/kb/content/postmortems/b.mdx', 'schema/too-long', 'actionItems[1].title is 225 characters long; at most 200 are allowed.'),
      finding('/kb/content/postmortems/a.mdx', 'redact/person', 'the name of a person would be published: "Vexmor Qalandri".'),
      finding('/kb/content/postmortems/a.mdx', 'schema/too-long', 'actionItems[0].title is 230 characters long; at most 200 are allowed.'),
      finding('/kb/content/postmortems/c.mdx', 'draft/fill-before-review', 'fill before review: impact.description', 'warning'),
    ], (file) => file.replace('/kb/content/', ''));
    expect(held).toEqual({
      files: [
        { file: 'postmortems/a.mdx', rules: ['redact/person', 'schema/too-long'], firstMessage: 'the name of a person would be published: "Vexmor Qalandri".' },
        { file: 'postmortems/b.mdx', rules: ['schema/too-long'], firstMessage: 'actionItems[0].title is 271 characters long; at most 200 are allowed.' },
      ],
      byRule: [{ rule: 'schema/too-long', files: 2 }, { rule: 'redact/person', files: 1 }],
      byGuard: 1,
      byOtherRules: 1,
    });
  });

  test('no error: nothing held', () => {
    expect(groupHeldBack([finding('a.mdx', 'body/heading-skip', 'a gap', 'warning')])).toEqual({ files: [], byRule: [], byGuard: 0, byOtherRules: 0 });
  });
});

describe('the leak search over the public site', () => {
  const term = (text: string, kind: LeakTerm['kind'] = 'person'): LeakTerm => ({ term: text, kind, origin: 'test' });

  test('a name list: one a line, blank lines and comments skipped', () => {
    expect(parseNameList('# staff of the reports\nVexmor Qalandri\r\n\n  Ilsabet Tovenild  \n')).toEqual(['Vexmor Qalandri', 'Ilsabet Tovenild']);
  });

  test('the people and internal hosts the guard found before redaction, without markup, once each; other rules and initials are left out', () => {
    const findings = [
      finding('a.mdx', 'redact/person', 'the name of a person would be published: "**Vexmor Qalandri**".'),
      finding('b.mdx', 'redact/possible-person', 'a possible name of a person (a guess) would be published: "vexmor qalandri".'),
      finding('a.mdx', 'redact/handle', 'a handle would be published: "@hbrekke".'),
      finding('a.mdx', 'redact/internal-host', 'an internal host name would be published: "db7.ledger.internal".'),
      finding('a.mdx', 'redact/ticket', 'a ticket id would be published: "OPS-1301".'),
      finding('a.mdx', 'redact/person', 'the name of a person would be published: "GK".'),
    ];
    expect(guardFlaggedTerms(findings)).toEqual([
      { term: 'db7.ledger.internal', kind: 'host', origin: 'guard before redaction' },
      { term: 'hbrekke', kind: 'person', origin: 'guard before redaction' },
      { term: 'Vexmor Qalandri', kind: 'person', origin: 'guard before redaction' },
    ]);
    // One word the guard took for a person is left out: in other posts it is most often a product's name.
    expect(guardFlaggedTerms([finding('a.mdx', 'redact/possible-person', 'a possible name of a person would be published: "Radarr".')])).toEqual([]);
  });

  test('listed names become a team\'s members, the guard\'s list of people: quoted, once each, none it would refuse', () => {
    expect(listedPeopleTeam(['Vexmor Qalandri', 'vexmor  qalandri', 'J', "Ilsabet O'Tovenild"])).toBe(
      '\n# The adoption measurement\'s listed names, as a team lists its people: the guard refuses them in public text.\nadoption-measurement-people:\n  name: People the reports name\n  members:\n    - "Vexmor Qalandri"\n    - "Ilsabet O\'Tovenild"\n',
    );
    expect(listedPeopleTeam(['J'])).toBe('');
  });

  test('a term is found whole, in any letter case; a full name counts as itself, not as its first name too', () => {
    const files = [
      { file: 'incidents/b/index.html', text: '<p>An engineer (VEXMOR QALANDRI) rolled back; Vexmor said so.</p>' },
      { file: 'incidents/a/index.html', text: '<p>Vexmor Qalandri restarted db7.ledger.internal; alanine levels.</p>' },
      { file: 'pagefind/fragment/x.pf_fragment', text: '{"content":"Vexmor Qalandri"}' },
    ];
    expect(findLeaks([term('Vexmor'), term('Vexmor Qalandri'), term('Alan'), term('db7.ledger.internal', 'host')], files)).toEqual([
      { term: 'db7.ledger.internal', kind: 'host', origin: 'test', occurrences: 1, files: ['incidents/a/index.html'] },
      { term: 'Vexmor', kind: 'person', origin: 'test', occurrences: 1, files: ['incidents/b/index.html'] },
      { term: 'Vexmor Qalandri', kind: 'person', origin: 'test', occurrences: 3, files: ['incidents/a/index.html', 'incidents/b/index.html', 'pagefind/fragment/x.pf_fragment'] },
    ]);
    expect(findLeaks([], files)).toEqual([]);
  });

  test('terms of fewer than three letters are dropped, duplicates kept once with their first origin', () => {
    expect(uniqueTerms([{ term: 'Ilsabet', kind: 'person', origin: 'known-names.txt of a' }, { term: 'ilsabet', kind: 'person', origin: 'redaction.people' }, term('HB'), term('J.K.')])).toEqual([
      { term: 'Ilsabet', kind: 'person', origin: 'known-names.txt of a' },
    ]);
  });

  test('internal hosts: under a configured or reserved suffix, also inside a longer name; not a public host or a sentence\'s full stop', () => {
    const text = 'Failover from db7.ledger.internal to db8.corp.acme.com. The CDN at cdn.acme.example and pay-01.ledger.internal. stayed up.';
    expect(internalHostsIn(text, ['.internal', '.corp'])).toEqual(['db7.ledger.internal', 'db8.corp.acme.com', 'pay-01.ledger.internal']);
    expect(internalHostsIn(text, [])).toEqual([]);
    // Kubernetes' own name for any cluster's services, in a runbook's advice.
    expect(internalHostsIn('Use full names (<service>.<namespace>.svc.cluster.local) in URLs.', ['.cluster.local'])).toEqual([]);
  });
});

describe('the batch facts given npm run fill', () => {
  const vocabulary = { services: new Map([['ledger-api', {}], ['orders-db', {}]]), triggers: new Map([['configuration', {}]]) } as never;
  test('defaults from the vocabularies\' first entries and the day; an override replaces its field', () => {
    expect(batchFactSets(vocabulary, '2026-12-02', [])).toEqual({ sets: ['severity=SEV-3', 'services=ledger-api', 'trigger=configuration', 'drafted=2026-12-02', 'actionItems.status=open'] });
    expect(batchFactSets(vocabulary, '2026-12-02', ['severity=SEV-2', 'tags=legacy'])).toEqual({ sets: ['severity=SEV-2', 'services=ledger-api', 'trigger=configuration', 'drafted=2026-12-02', 'actionItems.status=open', 'tags=legacy'] });
  });
  test.each([
    [['severity'], '--set severity: write FIELD=VALUE, e.g. --set severity=SEV-2.'],
    [['severity= '], '--set severity: has no value; give one, e.g. --set severity=…'],
  ])('%j is refused', (overrides, problem) => {
    expect(batchFactSets(vocabulary, '2026-12-02', overrides)).toEqual({ problem });
  });
  test('an empty vocabulary of services is said', () => {
    expect(batchFactSets({ services: new Map(), triggers: new Map([['dns', {}]]) } as never, '2026-12-02', [])).toEqual({ problem: '--set services: has no value (the vocabulary of services is empty); give one, e.g. --set services=…' });
  });
});

describe('the figures as printed', () => {
  test('every figure on its line, held files and leak hits listed', () => {
    const figures: AdoptionFigures = {
      folders: ['/corpora/a', '/corpora/b'],
      day: '2026-12-02',
      steps: [{ step: 'import', exitCode: 0 }, { step: 'build:public', exitCode: 0 }],
      reportsIn: 12, draftsWritten: 12, importFailed: 0, draftsValid: 11,
      placeholders: { 'times.resolved': 4, 'impact.description': 5 },
      leftInternal: 1,
      published: 10,
      mostlyWithheld: [{ file: 'postmortems/c.mdx', share: 0.874, wrapped: 31 }],
      held: { files: [{ file: 'postmortems/a.mdx', rules: ['redact/person'], firstMessage: 'the name of a person would be published: "Vexmor Qalandri".' }], byRule: [{ rule: 'redact/person', files: 1 }], byGuard: 1, byOtherRules: 0 },
      internalPages: 10, publicPages: 9,
      leaks: { listedTerms: 3, flaggedTerms: 2, filesSearched: 40, listed: [], flagged: [{ term: 'Vexmor', kind: 'person', origin: 'guard before redaction', occurrences: 2, files: ['incidents/b/index.html'] }] },
    };
    expect(formatAdoptionFigures(figures).split('\n')).toEqual([
      'Adoption measured on 2 folders (/corpora/a, /corpora/b), day 2026-12-02',
      'reports in: 12; drafts written: 12; drafts valid: 11',
      'placeholders written (facts each report decides): impact.description 5, times.resolved 4',
      'published: 10; left internal (no summary to publish): 1',
      'published with at least half of their text withheld from the public page: 1',
      '  postmortems/c.mdx: 87% withheld, in 31 <Internal> spans',
      'held back (not published): 1 (1 by the redaction guard, 0 by other rules only)',
      '  redact/person: 1 file',
      '  postmortems/a.mdx: redact/person: the name of a person would be published: "Vexmor Qalandri".',
      'built: internal 10 postmortem pages, public 9',
      'exit codes: import 0, build:public 0',
      'leaks in the public site (40 files, search index decompressed): listed names and internal hosts 3, none found; full names, @handles and hosts the guard flagged before redaction 2, 1 found, 2 times',
      '  person "Vexmor" (guard before redaction): 2 times in incidents/b/index.html',
    ]);
  });
});
