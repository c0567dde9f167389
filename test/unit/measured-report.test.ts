import { describe, expect, test } from 'vitest';
import { isMeasuredReport, measuredText } from '../../scripts/lib/measured-report.ts';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';

const options: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
/** Line and column of every finding, as `npm run measure:redaction -- --list` prints them. */
const places = (source: string) => scanPublicText('report.md', measuredText(source), options).findings.map((f) => `${f.line}:${f.column} ${f.rule}`);

describe('the reports measure:redaction reads', () => {
  test.each(['a.md', 'b.markdown', 'c.mdx', 'd.mkd', 'e.txt', 'sub/f.markdown', '2022-10-31-Android-Phone-Incident'])('%s is a report', (name) => {
    expect(isMeasuredReport(name)).toBe(true);
  });
  test.each(['README.md', 'README-corpus.txt', 'LICENSE', 'x.py', 'x.json', '.github/x.md'])('%s is not', (name) => {
    expect(isMeasuredReport(name)).toBe(false);
  });
});

describe('findings are at the file\'s own line and column', () => {
  test('a report without frontmatter: line 3 is line 3', () => {
    expect(places('# Outage\n\nThe host db1.acme.internal failed.')).toEqual(['3:10 redact/internal-host']);
  });

  test('a report with frontmatter: body lines, and the title and summary at their own lines', () => {
    const source = [
      '---',
      "title: 'Failover of db1.acme.internal'",
      'date: 2024-01-01',
      'summary: >-',
      '  The replica db2.acme.internal',
      '  took over.',
      'owner: db7.acme.internal',
      '---',
      '',
      'Later db3.acme.internal was rebuilt.',
    ].join('\n');
    expect(places(source)).toEqual(['2:21 redact/internal-host', '5:15 redact/internal-host', '10:7 redact/internal-host']);
  });

  test('a report opening with a rule and holding another is text, as the import reads it', () => {
    const source = ['---', '', '# Boot failure', '**Severity:** P2', 'System: laptop db4.acme.internal', '', '---', '', 'Fixed.'].join('\n');
    expect(places(source)).toEqual(['5:16 redact/internal-host']);
  });

  test('line ends written CRLF count as the file\'s lines', () => {
    expect(places('---\r\ntitle: Outage\r\n---\r\n\r\nThe host db1.acme.internal failed.')).toEqual(['5:10 redact/internal-host']);
  });
});
