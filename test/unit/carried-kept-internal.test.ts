import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/lib/findings.ts';
import { carriedHostFindings, type ScannedPost } from '../../src/lib/publication/carried-hosts.ts';
import { carriedPeopleFindings } from '../../src/lib/publication/carried-people.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';

// Adoption round 46 (the lead's): after `npm run redact` had wrapped what one post marked as a
// host or a person, the sign was gone, and the other posts published the same host and the same
// person's account written bare (an infrastructure team's reports, a working group's notes).

function post(file: string, lines: string[], findings: Finding[] = []): ScannedPost {
  // The public reading: what <Internal> keeps is not shown, what <PublicOnly> says is.
  const publicLines = lines.map((line) => line.replace(/<Internal>[\s\S]*?<\/Internal>/g, '').replace(/<\/?PublicOnly>/g, ''));
  return { file, publicLines, sourceLines: lines, findings };
}

const personFinding = (file: string, line: number, name: string): Finding => ({
  file, line, column: 3, rule: 'redact/person', severity: 'error', message: `The name of a person would be published: "${name}".`,
});

const texts = (findings: readonly Finding[]) => findings.map((f) => `${f.field ?? f.line}:${redactionFindingText(f)}`);

describe('a numbered machine kept inside <Internal> is carried as a host to every post of the scan', () => {
  const wrapped = post('postmortems/2023-11-28-disk-errors.mdx', [
    'The sync on <Internal>vorn3</Internal><PublicOnly>an internal host</PublicOnly> stalled.',
  ]);
  const other = post('postmortems/2024-03-17-vorn1-down.mdx', [
    'We had an alert because vorn1 disk was above 80%, sent by mail on saturday.',
    'The database on vorn3 was not touched; postgres kept running.',
  ]);

  test('the host itself, its numbered siblings, and the address of a post named after one', () => {
    const { findings } = carriedHostFindings([wrapped, other]);
    expect(findings[0]).toEqual([]);
    expect(texts(findings[1])).toEqual(['(file name):vorn1', '1:vorn1', '2:vorn3']);
    expect(findings[1].every((f) => f.rule === 'redact/internal-host' && f.message.includes('2023-11-28-disk-errors.mdx:1'))).toBe(true);
  });

  test('a numbered machine is found as a label of a hyphenated or dotted name too, and so are its siblings but for a hyphen before the number', () => {
    const names = post('postmortems/c.mdx', [
      'Yearly disk graph: `../img/2023-07-26-munin-vorn3-df-yearly.png`; an A record `vorn3-proxy.example.org`.',
      'As done for the proxy in 2023-03-14-vorn1-reinstall.md, but not vorn3x or the take-vorn-2 plan.',
    ]);
    const { findings } = carriedHostFindings([wrapped, names]);
    expect(texts(findings[1])).toEqual(['1:vorn3', '1:vorn3', '2:vorn1']);
  });

  test('a word kept internal without a number, or a sentence kept internal, is no host sign', () => {
    const words = post('postmortems/a.mdx', ['The <Internal>postgres</Internal><PublicOnly>database</PublicOnly> cluster.', '<Internal>We asked vorn3 about it.</Internal>']);
    const { findings } = carriedHostFindings([words, post('postmortems/b.mdx', ['postgres and vorn1 were fine.'])]);
    expect(findings.flat()).toEqual([]);
  });
});

describe("an account written beside a person's name is that person's, and carried bare", () => {
  const notes = (file: string, bare: string) => post(file, [`* ${bare}`]);

  test('after `npm run redact` replaced the name and the account', () => {
    const redacted = post('postmortems/2024-04-23-meeting.mdx', [
      '* <Internal>Teodor Vasquell</Internal><PublicOnly>An engineer</PublicOnly> (<Internal>@tvasq</Internal><PublicOnly>the responsible team</PublicOnly>)',
    ]);
    const { findings } = carriedPeopleFindings([redacted, notes('postmortems/2018-02-27-meeting.mdx', 'Worked on the canary scripts with tvasq')]);
    expect(texts(findings[1])).toEqual(['1:tvasq']);
  });

  test('before: a person found by name, their account after a colon, in brackets or a space', () => {
    for (const written of ['Teodor Vasquell: @tvasq', 'Teodor Vasquell (@tvasq)', 'Teodor Vasquell @tvasq', 'Teodor Vasquell (@nsait-lin)']) {
      const handle = /@([\w-]+)/.exec(written)![1];
      const listed = post('postmortems/a.mdx', [`* ${written}`], [personFinding('postmortems/a.mdx', 1, 'Teodor Vasquell')]);
      const { findings } = carriedPeopleFindings([listed, notes('postmortems/b.mdx', `Paired with ${handle} on the release`)]);
      expect(texts(findings[1]), written).toEqual([`1:${handle}`]);
    }
  });

  test('an account joined to others by slashes, on its own, but not inside an address or a path', () => {
    const listed = post('postmortems/a.mdx', ['* Teodor Vasquell (@tvasq)'], [personFinding('postmortems/a.mdx', 1, 'Teodor Vasquell')]);
    const joined = notes('postmortems/b.mdx', 'tvasq/dholtz has made progress; see gist.github.io/tvasqx/notes and /srv/tvasq-data');
    const { findings } = carriedPeopleFindings([listed, joined]);
    expect(texts(findings[1])).toEqual(['1:tvasq']);
  });

  test('not an account after a comma (someone else), nor one beside a name no finding says is a person', () => {
    const comma = post('postmortems/a.mdx', ['* cc Teodor Vasquell, @dholtz'], [personFinding('postmortems/a.mdx', 1, 'Teodor Vasquell')]);
    const unfound = post('postmortems/c.mdx', ['* Release Notes (@relbot)']);
    const { findings } = carriedPeopleFindings([comma, unfound, notes('postmortems/b.mdx', 'dholtz and relbot replied')]);
    expect(findings.flat()).toEqual([]);
  });
});
