import { describe, expect, test } from 'vitest';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { collectReviewTerms } from '../../src/lib/publication/review-report.ts';
import type { Finding } from '../../src/lib/findings.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';

const finding = (line: number, column: number, rule: string, text: string): Finding => ({
  file: 'x.mdx', line, column, rule, severity: 'error', message: `something would be published: "${text}".`,
});

const source = [
  '---',
  'public:',
  '  title: Outage after Ekaterina changed Cost-janitor',
  '---',
  'Ekaterina restarted it; see `kubectl -n payments-prod-3 get pods`.',
  '',
  '```sh',
  'curl http://10.1.2.3/health',
  '```',
  'Open [the fix](https://github.com/acme/pool/pull/1) now.',
].join('\n');

/** A finding for the first occurrence of `text` on a line, at its real column. */
const at = (line: number, rule: string, text: string) => finding(line, source.split('\n')[line - 1].indexOf(text) + 1, rule, text);

describe('applyRedactionFixes', () => {
  const findings = [
    at(3, 'redact/person', 'Ekaterina'),
    at(3, 'redact/identifier', 'Cost-janitor'),
    at(5, 'redact/person', 'Ekaterina'),
    at(5, 'redact/identifier', 'payments-prod-3'),
    at(8, 'redact/ip-address', '10.1.2.3'),
    at(10, 'redact/internal-link', 'https://github.com/acme/pool/pull/1'),
  ];

  test('.mdx: roles for people, <Internal> around code spans, code blocks and links, generic words in frontmatter', () => {
    const result = applyRedactionFixes(source, findings, { isMdx: true });
    expect(result.skipped).toEqual([]);
    expect(result.source.split('\n')).toEqual([
      '---',
      'public:',
      '  title: Outage after an engineer changed an internal system',
      '---',
      '<Internal>Ekaterina</Internal><PublicOnly>An engineer</PublicOnly> restarted it; see <Internal>`kubectl -n payments-prod-3 get pods`</Internal>.',
      '',
      '<Internal>',
      '```sh',
      'curl http://10.1.2.3/health',
      '```',
      '</Internal>',
      // Its words say where it led, so they stay, unlinked (redact round 36, withheld-links.ts).
      'Open <Internal>[the fix](https://github.com/acme/pool/pull/1)</Internal><PublicOnly>the fix</PublicOnly> now.',
    ]);
    expect(result.applied.map((a) => a.rule)).toEqual(findings.map((f) => f.rule));
  });

  test('.md: generic words instead of components; a code block is left to the author', () => {
    const result = applyRedactionFixes(source, findings, { isMdx: false });
    expect(result.source).toContain('see `kubectl -n an internal system get pods`');
    expect(result.skipped.map((s) => s.finding.rule)).toEqual(['redact/ip-address']);
  });

  test('a finding whose text is not at its place is skipped, not guessed', () => {
    const result = applyRedactionFixes(source, [finding(5, 2, 'redact/person', 'Ekaterina')], { isMdx: true });
    expect(result.source).toBe(source);
    expect(result.skipped).toHaveLength(1);
  });

  test('a name folded over two lines of a YAML value is replaced whole', () => {
    const folded = ['---', 'timeline:', '  - event: commit 80487b9 upgraded the chart, merged by Ben', '      Smith.', '---', ''].join('\n');
    const result = applyRedactionFixes(folded, [finding(3, 57, 'redact/person', 'Ben Smith')], { isMdx: true });
    expect(result.skipped).toEqual([]);
    expect(result.source).toContain('merged by an engineer.');
    expect(result.source).not.toMatch(/Ben|Smith/);
  });
});

describe('collectReviewTerms', () => {
  test('lists proper nouns, identifiers and code customers will read, not sentence starts, dates or known public names', () => {
    const terms = collectReviewTerms([
      { text: 'Checkout failed.', line: 3 },
      { text: 'The Orion cluster and pool-7 failed on Tuesday, 14 March.\nWe restarted `pgbouncer` for Checkout.\n<PublicOnly>Sorry.</PublicOnly>', line: 10 },
    ], ['Checkout']);
    expect(terms.map((t) => [t.term, t.line, t.kind])).toEqual([
      ['Orion', 10, 'proper noun'],
      ['pool-7', 10, 'identifier'],
      ['`pgbouncer`', 11, 'code'],
    ]);
  });
});

describe('collectReviewTerms with one-word internal names', () => {
  test('every use of a one-word vocabulary name is listed, in any case', () => {
    const terms = collectReviewTerms([{ text: 'Mail from notifications was late; Notifications recovered.', line: 5 }], [], ['notifications']);
    expect(terms.filter((t) => t.kind === 'internal word').map((t) => [t.term, t.count, t.line])).toEqual([['notifications', 2, 5]]);
  });
});

describe('a person is not replaced where a role cannot stand', () => {
  /** Applies one finding for the first `name` of the line holding `marker`, in an .mdx post. */
  const fix = (lines: string[], marker: string, name: string, rule = 'redact/possible-person') => {
    const line = lines.findIndex((l) => l.includes(marker)) + 1;
    return applyRedactionFixes(lines.join('\n'), [finding(line, lines[line - 1].indexOf(name) + 1, rule, name)], { isMdx: true });
  };
  const post = (...body: string[]) => ['---', 'timeline:', '  - event: Restore test initiated against ab_20260613_050001/Tarvos.tar.gz', "public:", "  title: 'Backup Hardening: Skip List Audit, WAL Fix, and First Restore Test'", '---', '', ...body];

  test.each([
    [['Restoring the Tarvos container took ten minutes.'], 'Restoring', 'Tarvos', 'after "the"'],
    [['The skill is now installed in Claude Code and runs daily.'], 'installed', 'Claude Code', 'after "in"'],
    // With a machine's word in the line ("… hardcodes the container IP") the name is a machine's,
    // "on an internal host" (adoption round 50, machine-named-like-people.ts).
    [['- `mcp-tunnel.mjs` on Gertrude hardcodes the IP'], 'mcp-tunnel', 'Gertrude', 'after "on"'],
    [['- Skip list fully audited against all containers.'], 'list fully', 'Skip', 'before "list"'],
    [['Skip lists should be audited for accuracy.'], 'lists should', 'Skip', 'before "lists"'],
    [['The Tarvos test revealed the archive structure was correct.'], 'test revealed', 'Tarvos', 'after "The"'],
    [['Then Tarvos test revealed the archive structure was correct.'], 'test revealed', 'Tarvos', 'before "test"'],
  ])('%j', (body, marker, name, reason) => {
    const result = fix(post(...body), marker, name);
    expect(result.applied).toEqual([]);
    expect(result.skipped.map((s) => s.reason).join()).toContain(reason);
  });

  // A role cannot stand in code, but in an .mdx body the code goes inside <Internal>: left to the
  // author, it was published once the other mentions that made it findable had become roles.
  test.each([
    [['```bash', 'docker stop Tarvos', '```'], 'docker stop', 'Tarvos', '<Internal>\n```bash\ndocker stop Tarvos\n```\n</Internal>'],
    [['Run `docker start Tarvos` again.'], 'docker start', 'Tarvos', 'Run <Internal>`docker start Tarvos`</Internal> again.'],
    [['Extracted `/mnt/backup/Tarvos.tar.gz` first.'], 'mnt', 'Tarvos', 'Extracted <Internal>`/mnt/backup/Tarvos.tar.gz`</Internal> first.'],
    // A path in prose too, since the seventh probe round (a person's image namespace, `ghcr.io/hbrekke/app:1.2`).
    [['Extracted /mnt/backup/Tarvos.tar.gz first.'], 'mnt', 'Tarvos', 'Extracted <Internal>/mnt/backup/Tarvos.tar.gz</Internal> first.'],
    // With a stand-in of the path's kind since false positives round 54 (person-path-stand-ins.ts).
    [['The image was ghcr.io/tarvos/app:1.2 for now.'], 'ghcr', 'tarvos', 'The image was <Internal>ghcr.io/tarvos/app:1.2</Internal><PublicOnly>a container image</PublicOnly> for now.'],
  ])('in code or a path of an .mdx body: %j', (body, marker, name, fixed) => {
    const result = fix(post(...body), marker, name);
    expect(result.skipped).toEqual([]);
    expect(result.source).toContain(fixed);
  });

  test('in a path of an .md body, the author rewrites it', () => {
    const lines = post('Extracted /mnt/backup/Tarvos.tar.gz first.');
    const line = lines.findIndex((l) => l.includes('mnt')) + 1;
    const result = applyRedactionFixes(lines.join('\n'), [finding(line, lines[line - 1].indexOf('Tarvos') + 1, 'redact/possible-person', 'Tarvos')], { isMdx: false });
    expect(result.applied).toEqual([]);
    expect(result.skipped[0].reason).toContain('part of a path or file name');
  });

  test('in code of an .md body, the author rewrites it', () => {
    const lines = post('Run `docker start Tarvos` again.');
    const line = lines.findIndex((l) => l.includes('docker start')) + 1;
    const result = applyRedactionFixes(lines.join('\n'), [finding(line, lines[line - 1].indexOf('Tarvos') + 1, 'redact/possible-person', 'Tarvos')], { isMdx: false });
    expect(result.applied).toEqual([]);
    expect(result.skipped[0].reason).toContain('inside inline code');
  });

  test('in frontmatter: a file name in a timeline entry, a name in a title in title case', () => {
    const lines = post('Body.');
    expect(fix(lines, 'ab_2026', 'Tarvos').skipped[0].reason).toContain('part of a path or file name');
    expect(fix(lines, 'Skip List', 'Skip List Audit', 'redact/person').skipped[0].reason).toContain('in a title in title case');
  });

  test.each([
    [['Michael restarted it.'], 'restarted', 'Michael', 'An engineer restarted it.'],
    [['**Incident Lead:** Michael (Operator) / the SysOps agent'], 'Lead', 'Michael', '**Incident Lead:** an engineer (Operator) / the SysOps agent'],
    [['| ~13:40 | Tarvos restored the service |'], '13:40', 'Tarvos', '| ~13:40 | An engineer restored the service |'],
    [["- **Offsite backup (Pi at Zuriah's)**: deferred."], 'Offsite', 'Zuriah', "- **Offsite backup (Pi at an engineer's)**: deferred."],
    [['The rollback was approved by Gertrude after a review.'], 'approved', 'Gertrude', 'The rollback was approved by an engineer after a review.'],
    [['Gertrude notes that the pool is full.'], 'notes', 'Gertrude', 'An engineer notes that the pool is full.'],
    [['## Follow-up with Gertrude'], 'Follow', 'Gertrude', '## Follow-up with an engineer'],
    [['The lead called the vendor with Gertrude and explained the situation.'], 'vendor', 'Gertrude', 'The lead called the vendor with an engineer and explained the situation.'],
    [['Gertrude then restarted the pool.'], 'restarted', 'Gertrude', 'An engineer then restarted the pool.'],
  ])('a name in prose still becomes a role on the public site, and stays on the internal one: %j', (body, marker, name, expected) => {
    const result = fix(post(...body), marker, name);
    expect(result.skipped).toEqual([]);
    // Each site as its build cuts it (strip-internal.ts), the kept component's tags then rendered as their text.
    // Its last line of text: a heading is written as a heading for each site, each block on lines of their own (adoption round 63).
    const site = (variant: 'public' | 'internal') => stripInternalFromSource(result.source, { isMdx: true, variant }).replace(/<\/?(?:Internal|PublicOnly)>/g, '').split('\n').filter((line) => line.trim()).at(-1);
    expect(site('public')).toBe(expected);
    expect(site('public')).not.toContain(name);
    expect(site('internal')).toBe(body[0]);
  });
});

describe('a code span that names an internal system inside a sentence', () => {
  const listed = ['---', 'title: x', '---', 'Proxmox containers `web-net`, `queue-net`, `queue-dev` and `db-dev` were unreachable.', '', '- `queue-net`', '', '`queue-dev` restarted first.'].join('\n');
  const findingsAt = (text: string) => listed.split('\n').flatMap((line, i) => [...line.matchAll(new RegExp(`(?<=\`)${text}(?=\`)`, 'g'))].map((m) => finding(i + 1, m.index! + 1, 'redact/identifier', text)));
  const result = applyRedactionFixes(listed, [...findingsAt('queue-net'), ...findingsAt('queue-dev')], { isMdx: true });

  test('reads as a generic phrase on the public site, not as a gap between commas', () => {
    // The public site renders <PublicOnly> as its text.
    const publicBody = stripInternalFromSource(result.source, { isMdx: true }).replace(/<\/?PublicOnly>/g, '');
    // Two wrapped names in a row say their phrase once, counted (replacement-runs.ts).
    expect(publicBody).toContain('Proxmox containers `web-net`, two internal systems and `db-dev` were unreachable.');
    expect(publicBody).not.toMatch(/, ,/);
    // At a sentence's start the phrase is capitalised.
    expect(publicBody).toContain('An internal system restarted first.');
  });

  test('keeps the name for internal readers, and adds nothing where the span stands alone', () => {
    const internalBody = stripInternalFromSource(result.source, { isMdx: true, variant: 'internal' });
    expect(internalBody).toContain('`queue-net`');
    expect(internalBody).not.toContain('an internal system');
    expect(result.source).toContain('- <Internal>`queue-net`</Internal>\n');
  });

  test('a command or a path in code is wrapped without a stand-in: it does not read as a name', () => {
    const command = applyRedactionFixes('Run `kubectl -n queue-net get pods` again.', [finding(1, 17, 'redact/identifier', 'queue-net')], { isMdx: true });
    expect(command.source).toBe('Run <Internal>`kubectl -n queue-net get pods`</Internal> again.');
  });
});
