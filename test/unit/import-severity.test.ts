import { describe, expect, test } from 'vitest';
import { severityFromPriority } from '../../src/lib/draft/severity.ts';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { readWrittenSeverity } from '../../src/lib/import/written-severity.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
const importOf = (source: string) => importReport('report.md', source, { vocabulary, today: '2026-11-30' });
const severityOf = (source: string) => parseYaml(splitFrontmatter(importOf(source).draft).yaml).severity;

// Forms measured on real reports (docs/import.md): bold labels with a priority and a word
// ("**Severity:** P2 Medium"), a "## Severity" section opening with a bold word, "Severity: High".
describe('severity written as a level or a priority maps; a word is a suggestion', () => {
  test.each([
    ['**Severity:** P2 Medium', 'SEV-2', 'priority'],
    ['**Severity:** P0 Critical', 'SEV-0', 'priority'],
    ['Priority: P1', 'SEV-1', 'priority'],
    ['- **Priority:** P3', 'SEV-3', 'priority'],
    ['SEV1 declared at 10:02.', 'SEV-1', 'level'],
    ['Severity: SEV-2', 'SEV-2', 'level'],
    ['Sev 3', 'SEV-3', 'level'],
    ['Severity: 4', 'SEV-4', 'level'],
    ['Severity: High', 'SEV-2', 'word'],
    ['Sev: Critical', 'SEV-1', 'word'],
    ['**Severity:** Medium — one host only', 'SEV-3', 'word'],
    ['## Severity\n\n**Critical** - complete outage for all customers.', 'SEV-1', 'word'],
    ['Severity: major', 'SEV-2', 'word'],
    ['Severity: Minor', 'SEV-3', 'word'],
    ['Severity: low', 'SEV-4', 'word'],
  ])('"%s" -> %s (%s)', (line, severity, readAs) => {
    expect(readWrittenSeverity(`# Queue stalled\n\n${line}\n\nThe queue stalled.\n`)).toMatchObject({ severity, readAs });
  });

  test('the report\'s metadata comes first, a level beats a word further down, SEV-7 and P6 are not levels', () => {
    expect(readWrittenSeverity('Severity: High\n', { severity: 'P2 Medium' })).toMatchObject({ severity: 'SEV-2', readAs: 'priority', written: 'P2 Medium' });
    expect(readWrittenSeverity('Text.\n', { priority: 'P1' })).toMatchObject({ severity: 'SEV-1', readAs: 'priority' });
    expect(readWrittenSeverity('Priority: P6\n')).toEqual({ note: 'severity is written as "P6", which has no SEV level: choose one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4' });
    expect(readWrittenSeverity('Severity: SEV-7\n').severity).toBeUndefined();
    expect(readWrittenSeverity('Severity: Warning\n')).toEqual({ note: 'severity is written as "Warning", which has no SEV level: choose one of SEV-0, SEV-1, SEV-2, SEV-3, SEV-4' });
  });

  test('a priority is read as npm run draft reads a pager\'s: P5, below the lowest level, is SEV-4', () => {
    for (const [written, severity] of [['P0', 'SEV-0'], ['P1', 'SEV-1'], ['P-2', 'SEV-2'], ['p4', 'SEV-4'], ['P5', 'SEV-4']]) {
      expect(readWrittenSeverity(`Priority: ${written}\n`), written).toMatchObject({ severity, readAs: 'priority' });
      expect(severityFromPriority(written), written).toBe(severity);
    }
  });

  test('a vendor ticket\'s severity is not the incident\'s', () => {
    expect(readWrittenSeverity('| 23:20 | A SEV2 support ticket was opened with the cloud provider. |\n').severity).toBeUndefined();
    expect(readWrittenSeverity('We opened a SEV-1 case with the vendor.\n').severity).toBeUndefined();
    expect(readWrittenSeverity('| 10:02 | SEV1 declared. |\n').severity).toBe('SEV-1');
  });

  test('a priority of an action item further down is not the incident\'s', () => {
    const report = `# Queue stalled\n\n${'The queue stalled.\n\n'.repeat(20)}## Action items\n\n- Add an alert on queue age\n  - Priority: P1\n`;
    expect(readWrittenSeverity(report).severity).toBeUndefined();
  });

  test('a level or priority is taken as written; a word is listed as a suggestion to check', () => {
    const fromPriority = importOf('# Proxy down\n\n**Severity:** P2 Medium\n\nThe proxy was down.\n');
    expect(severityOf('# Proxy down\n\n**Severity:** P2 Medium\n\nThe proxy was down.\n')).toBe('SEV-2');
    expect(fromPriority.inferred).toContain('severity SEV-2 from the priority "P2" (P<n> is read as SEV-<n>, P5 as SEV-4)');
    expect(fromPriority.toFill.some((message) => message.startsWith('severity'))).toBe(false);

    const fromWord = importOf('# Proxy down\n\nSeverity: High\n\nThe proxy was down.\n');
    expect(severityOf('# Proxy down\n\nSeverity: High\n\nThe proxy was down.\n')).toBe('SEV-2');
    expect(fromWord.inferred).toContain('suggested severity SEV-2: the report calls it "High", a word, not a level (critical → SEV-1, high or major → SEV-2, medium (med), moderate or minor → SEV-3, low → SEV-4)');
  });
});

// Measured on the Jenkins status page (cState front matter `severity: down/disrupted/notice`) and on
// the states Statuspage gives a component; each maps as Statuspage derives an incident's impact.
describe('a status page\'s state suggests a level; a notice says nothing of the impact', () => {
  test.each([
    ['down', 'SEV-1'],
    ['disrupted', 'SEV-2'],
    ['Major outage', 'SEV-1'],
    ['Partial outage', 'SEV-2'],
    ['Degraded performance', 'SEV-3'],
  ])('metadata severity "%s" -> %s (status)', (written, severity) => {
    expect(readWrittenSeverity('The mirror was slow.\n', { severity: written })).toMatchObject({ severity, readAs: 'status', written });
  });

  test('"Severity: Major outage" is the status page state, not the word "major" (SEV-2)', () => {
    expect(readWrittenSeverity('# Mirror down\n\n**Severity:** Major outage\n\nThe mirror was down.\n')).toMatchObject({ severity: 'SEV-1', readAs: 'status', written: 'Major outage' });
    expect(readWrittenSeverity('Severity: Partial outage\n')).toMatchObject({ severity: 'SEV-2', readAs: 'status' });
    expect(readWrittenSeverity('Severity: major\n')).toMatchObject({ severity: 'SEV-2', readAs: 'word' });
  });

  test('a notice, maintenance or a bare "outage" is not mapped, and the note says why', () => {
    for (const written of ['notice', 'Under maintenance', 'Outage']) {
      const read = readWrittenSeverity('The mirror was moved.\n', { severity: written });
      expect(read.severity, written).toBeUndefined();
      expect(read.note, written).toContain(`severity is written as "${written}", a status page's state that says nothing of the impact`);
    }
  });

  test('a cState issue imported: the state is a suggestion listed to check, a notice a note', () => {
    const issue = (severity: string) => `---\ntitle: Mirror unreachable\ndate: 2024-05-14 10:00:00\nresolved: true\nresolvedWhen: 2024-05-14 12:00:00\nseverity: ${severity}\nsection: issue\n---\n\nThe mirror could not be reached from the build agents.\n`;
    const down = importReport('issue.md', issue('down'), { vocabulary, today: '2026-11-30' });
    expect(parseYaml(splitFrontmatter(down.draft).yaml).severity).toBe('SEV-1');
    expect(down.inferred).toContain('suggested severity SEV-1: the report\'s status page state "down" is a major outage (Statuspage: critical impact) (major outage or down → SEV-1, partial outage, disrupted or degraded availability → SEV-2, degraded performance → SEV-3)');
    const notice = importReport('issue.md', issue('notice'), { vocabulary, today: '2026-11-30' });
    expect(parseYaml(splitFrontmatter(notice.draft).yaml).severity).toBeUndefined();
    expect(notice.notes.some((note) => note.startsWith('severity is written as "notice"'))).toBe(true);
  });
});
