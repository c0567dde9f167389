import { describe, expect, it, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport, unparsedDraftError } from '../../src/lib/import/import-report.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fenceUnparsedParagraphs, makeMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { notReportReason } from '../../src/lib/import/report-files.ts';
import { readmeIncidentHeading, readmeIncidents } from '../../src/lib/import/readme-report.ts';
import { dataMayHoldIncident, instructionPageReason, pagesBesideReportFolder } from '../../src/lib/import/instruction-pages.ts';

// Import round 48 (docs/import.md): runbooks, playbooks and decision records beside the reports,
// a collection's docs/ and changelog/ beside its incidents/ folder, Solidity sources, incidents kept
// as data of another schema said rather than passed over silently, makeMdxSafe's own parse the only
// one. Names and texts invented; functions only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round48');
const vocabulary = loadVocabulary(join(root, 'content'));

describe('runbooks, playbooks and decision records are no reports', () => {
  it.each([
    ['a runbooks folder', 'ops/runbooks/restore-ledger-replica.md'],
    ['a playbooks folder', 'playbooks/rotate-edge-certificates.md'],
    ['a decision record folder', 'docs/adr/0004-queue-per-tenant.md'],
    ['a runbook by its name', 'runbook-drain-kiln-worker.md'],
    ['a playbook by its name', 'kiln-failover_playbook.md'],
  ])('%s', (_name, path) => {
    expect(notReportReason(path)).toMatch(/runbook, playbook or decision record/);
  });
  it.each([
    ['a report named by its day', 'runbooks/2025-03-02-runbook-script-wiped-cache.md'],
    ['a report whose name holds the word inside another', 'incidents/playbooking-service-outage.md'],
    ['a report in a folder of reports', 'postmortems/kiln-outage.md'],
    ['a word that only starts like one', 'adrenaline-deploy-freeze.md'],
  ])('%s is still read', (_name, path) => {
    expect(instructionPageReason(path)).toBeUndefined();
    expect(notReportReason(path)).toBeUndefined();
  });
});

describe('a collection keeping its reports in a folder named for them: its docs and changes beside it are passed over, said', () => {
  const names = ['README.md', 'incidents/2026-01-04-kiln-crash.md', 'incidents/2026-02-11-dns-loop.md', 'docs/naming.md', 'docs/archive/old-network.md', 'changelog/2026-01-02-add-vlan.md', 'garden-notes.md'];
  test('each page of docs/ and changelog/ is named with its folder and the reports\' folder', () => {
    expect(pagesBesideReportFolder(names)).toEqual([
      { file: 'docs/naming.md', why: 'a page of the docs/ folder beside the reports in incidents/ (documentation or a planned change, not an incident)' },
      { file: 'docs/archive/old-network.md', why: 'a page of the docs/ folder beside the reports in incidents/ (documentation or a planned change, not an incident)' },
      { file: 'changelog/2026-01-02-add-vlan.md', why: 'a page of the changelog/ folder beside the reports in incidents/ (documentation or a planned change, not an incident)' },
    ]);
  });
  test('without a folder named for reports, docs/ may be where the team keeps them', () => {
    expect(pagesBesideReportFolder(['docs/2026-01-04-kiln-crash.md', 'docs/naming.md'])).toEqual([]);
  });
  test('a folder of reports kept as data names it too', () => {
    expect(pagesBesideReportFolder(['docs/curation.md', 'ROADMAP.md'], ['docs/curation.md', 'ROADMAP.md', 'incidents/2025-kiln-agent.yaml'])).toEqual([
      { file: 'docs/curation.md', why: 'a page of the docs/ folder beside the reports in incidents/ (documentation or a planned change, not an incident)' },
    ]);
  });
  test('a docs folder inside the reports\' folder is theirs', () => {
    expect(pagesBesideReportFolder(['postmortems/docs/2026-01-04-kiln-crash.md', 'postmortems/2026-02-11-dns-loop.md'])).toEqual([]);
  });
});

describe('code and data beside the reports', () => {
  it.each(['contracts/LedgerVault.sol', 'src/test/Exploit.t.sol', 'contracts/pool.vy', 'infra/main.tf'])('%s is code', (path) => {
    expect(notReportReason(path)).toBe("code (a program's source, a script or a loader's commands)");
  });
  test('a template named without a separator, and a Prisma schema, are no reports', () => {
    expect(notReportReason('post-mortems/postmortemtemplate.md')).toBe('a report template');
    expect(notReportReason('incidenttemplate.md')).toBe('a report template');
    expect(notReportReason('broken-email-template.md')).toBeUndefined();
    expect(notReportReason('prisma/schema.prisma')).toBe('a schema or a query (SQL, Prisma, GraphQL, protobuf)');
  });
  it.each(['diagrams/network.mmd', 'CITATION.cff', 'LICENSE-DATA', 'ROADMAP.md', 'GOVERNANCE.md'])('%s is no report', (path) => {
    expect(notReportReason(path)).toBeDefined();
  });
  test('a Foundry project\'s remappings.txt is a build file', () => {
    expect(notReportReason('remappings.txt')).toBe('a dependency list or build file');
    expect(notReportReason('remapping-outage.txt')).toBeUndefined();
  });
  it.each([
    ['in a folder of incidents', 'incidents/kiln-agent-deleted-volume.yaml', true],
    ['named by its day', 'catalogue/2025-07-18-kiln-agent.yaml', true],
    ['named by its year', 'catalogue/2025-kiln-agent.yaml', true],
    ['a site\'s configuration', 'site/config.yaml', false],
    ['a schema', 'schema/incident.schema.json', false],
  ])('data %s may hold an incident: %s', (_name, path, may) => {
    expect(dataMayHoldIncident(path)).toBe(may);
  });
});

describe('makeMdxSafe says whether its result parsed: the import parses each draft once', () => {
  test('a text made safe parses, and says nothing more', () => {
    expect(makeMdxSafe('The <b>kiln</b> stopped at {noon} <3.').unparsed).toBeUndefined();
  });
  test('when the last resort gives up, where MDX still stops is said', () => {
    // A line opening with backticks that is no fence (a backtick in its info) and an open brace: the
    // last resort does not fence a paragraph that looks fenced already, and says where MDX stops.
    expect(fenceUnparsedParagraphs('Intro.\n\n```kiln`cfg {').unparsed).toMatchObject({ line: 3, reason: expect.stringMatching(/closing brace/) });
    expect(fenceUnparsedParagraphs('Intro.\n\nsee https://kiln.example.dev/#\\</b> and').unparsed).toBeUndefined();
  });
  test('the draft refused names the report, the line and the parser\'s words', () => {
    expect(unparsedDraftError('kiln/outage.md', { line: 7, column: 3, reason: 'Unexpected character' }).message).toBe('the draft made from it does not parse as MDX (line 7 of its body: Unexpected character): nothing was written for it. Copy this report by hand (npm run new) and report kiln/outage.md as a bug of the import');
  });
});

describe('a program\'s README titled with the word "postmortem" is no report', () => {
  const prose = 'The kiln tool compares two builds of a firmware image and lists the functions that changed between them, so that a reviewer can see what a vendor patched without reading the whole binary by hand. It keeps its findings in a local folder and prints a short table for each build it compares, with the address and the size of every function that moved. It was written for a small lab that reviews vendor patches each month and wanted one page per build rather than a spreadsheet passed around by mail.';
  test('installation and usage sections, no section of a report: a README', () => {
    expect(readmeIncidentHeading(`# Kiln Postmortem\n\n${prose}\n\n## Installation\n\nRun the installer.\n\n## Usage\n\nRun it on two builds.\n`)).toBeUndefined();
  });
  test('the same README with a timeline is a report', () => {
    expect(readmeIncidentHeading(`# Kiln Postmortem\n\n${prose}\n\n## Setup\n\nThe lab's bench.\n\n## Timeline\n\n- 09:10 the bench lost power.\n`)).toBe('Kiln Postmortem');
  });
});

describe('a generated report: a timeline table under its metadata, HIGH / MED / LOW, "Recovery confirmed"', () => {
  const path = 'tool-failures/cluster-kiln-timeout.md';
  const result = importReport(path, readFileSync(join(fixtures, path), 'utf8'), { vocabulary, today: '2026-12-06' });
  const frontmatter = parseYaml(splitFrontmatter(result.draft).yaml) as { summary?: string; severity?: string; times?: Record<string, string>; timeline?: { event: string; kind: string }[] };
  test('the timeline\'s table is not the summary', () => {
    expect(frontmatter.summary ?? '').not.toMatch(/Event: Failure detected/);
  });
  test('"MED" suggests SEV-3', () => {
    expect(frontmatter.severity).toBe('SEV-3');
    expect(result.inferred.join('\n')).toContain('the report calls it "MED"');
  });
  test('"Recovery confirmed" is the resolution: the end of the incident', () => {
    expect(frontmatter.timeline?.find((row) => row.event === 'Recovery confirmed')?.kind).toBe('resolution');
    expect(frontmatter.times?.resolved).toBe('2026-03-01T14:09:00Z');
  });
});

test('a README titled as the process of writing postmortems is not split into incidents', () => {
  const section = (name: string) => `## ${name}\n\nWhen the kiln controller failed last spring the team wrote down what broke, how long the outage lasted and what was restored first, then met to agree on the follow-ups. This section says how such a write-up is run, who is invited, and which failures deserve one; an error that paged nobody may still be worth a page of notes.\n`;
  const text = (title: string) => `# ${title}\n\n${['Postmortems at the studio', 'Failure is a lesson', 'Finding what broke'].map(section).join('\n')}`;
  expect(readmeIncidents(text('Post Mortems Process'))).toBeUndefined();
  expect(readmeIncidents(text('Post Mortems'))?.incidents).toHaveLength(3);
});
