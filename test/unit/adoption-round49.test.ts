import { describe, expect, it } from 'vitest';
import { addressStandIn } from '../../src/lib/publication/address-stand-ins.ts';
import { astroMistakesForInside } from '../../scripts/lib/outside-output-lock.ts';
import { listedPeopleProbe } from '../support/listed-people-probe.ts';
import { hiddenPostIdFindings, hiddenPostIdsIn } from '../../src/lib/publication/hidden-post-ids.ts';

/**
 * Round 49's adoption walk (docs/adopting.md, "Walkthrough round 49"). Names, addresses, tables
 * and posts invented here, modelled on what the walk met.
 */
const { peopleFound, publicLine } = listedPeopleProbe(['Odile Lord', 'Grace Thornbury', 'Lin Wei', 'Ray Oddvar', 'Ilsa Varga', 'Edna Marlow']);

/** Left by session 48: listed parts that are a work's title, a unit or a word held posts back. */
describe('a listed part where a title, a unit or a word stands', () => {
  it.each([
    ['a work\'s title in a heading, two small words before its next title word', '# Host names (Lord of the Rings)'],
    ['the title opening a sentence with its article', 'The Lord of the Rings theme names every host.'],
    ['a listed given name that is a word, in lower case', 'The files were deleted despite the stated 30 day grace period.'],
    ['a listed part in lower case closing "in" (a unit)', 'The refunds are listed in wei.'],
    ['a listed part in lower case after a quantity (a unit)', 'Each call costs 2000 wei at most.'],
    ['a listed part after one capital and a hyphen (a product)', 'CloudWatch, X-Ray, New Relic'],
  ])('%s is no person', (_, line) => {
    expect(peopleFound(line)).toEqual([]);
  });

  it('a column of labels in capitals holds no initials (a "Name" column of VLANs)', () => {
    const table = ['| VLAN ID | Name | Purpose |', '|---:|---|---|', '| 10 | MGMT | Management |', '| 20 | SERVERS | Application servers |', '| 50 | IOT | Untrusted devices |', '| 60 | GUEST | Guest access |'].join('\n');
    expect(peopleFound(table)).toEqual([]);
  });

  it.each([
    ['the person of a team after "of the"', 'Thanks to Lord of the Platform team for the fix.', 'Lord'],
    ['a lower-case name thanked', 'thanks grace for the fix', 'grace'],
    ['a lower-case name speaking', 'grace: restarting the pool now', 'grace'],
    ['a lower-case name that is no word, acting', 'wei restarted the pool.', 'wei'],
    ['a lower-case name paged', 'ping wei about the pool', 'wei'],
    ['a listed part that is an everyday word, acting', 'Ray restarted the X-Ray daemon.', 'Ray'],
  ])('%s is still the person', (_, line, name) => {
    expect(peopleFound(line)).toContain(name);
  });

  it('initials in a column with one word in capitals are still people', () => {
    const table = ['| Who | Task |', '| --- | --- |', '| DONE | restart |', '| EV | rotate keys |'].join('\n');
    expect(peopleFound(table)).toContain('EV');
  });
});

/** Left by session 48: an address replaced by a team's phrase read "contact us via email at the responsible team". */
describe('the stand-in of a withheld mail address', () => {
  it.each([
    ['a support mailbox after "at"', 'Please contact us via email at support@acme-help.example in case of any issues.', 'Please contact us via email at our support address in case of any issues.'],
    ['a security mailbox', 'Report it to security@acme-help.example within a day.', 'Report it to our security address within a day.'],
    ['a person\'s address after "at"', 'The on-call engineer is reachable at iv@acme-help.example today.', 'The on-call engineer is reachable at the responsible team\'s address today.'],
  ])('%s reads as English (.mdx and .md)', (_, line, expected) => {
    expect(publicLine(line)).toBe(expected);
    expect(publicLine(line, 'md')).toBe(expected);
  });

  it('elsewhere a person\'s address keeps the team\'s phrase', () => {
    expect(publicLine('Mail iv@acme-help.example for access.')).toBe('Mail the responsible team for access.');
    const source = 'cc: iv@acme-help.example';
    expect(addressStandIn(source, 4, source.length)).toBeUndefined();
  });
});

/** The walk's runs stopped at the builds: a work folder named after the checkout's path. */
describe('an output folder whose path begins with the checkout\'s', () => {
  it('is said before the build, with a name that works', () => {
    const why = astroMistakesForInside('/srv/kb-run/dist.staging', '/srv/kb');
    expect(why).toContain('/srv/kb/node_modules');
    expect(why).toContain('/srv/kb-run renamed /srv/run-kb');
  });

  it.each([['/srv/run/dist.staging'], ['/srv/kb/dist.staging'], ['/srv/kb/../other/dist.staging']])('%s is no such folder', (out) => {
    expect(astroMistakesForInside(out, '/srv/kb')).toBeUndefined();
  });
});

/** The walk's chaos experiments: a hidden `exp.mdx` held 23 public posts, each saying "experienced". */
describe('the id of a hidden post inside a longer word', () => {
  const found = (publicLines: string[], hidden: string) => hiddenPostIdFindings([{ file: 'p.mdx', publicLines, sourceLines: ['---', '---', ...publicLines], findings: [], publicFields: [{ path: ['public', 'summary'], text: publicLines[0] }] }], [hidden])[0]
    .map((f) => [f.field ?? f.line, f.column]);

  it('is not the id', () => {
    expect(found(['The site experienced a 7 minute outage; the expected fix came later.'], 'exp')).toEqual([]);
    expect(hiddenPostIdsIn('<svg><text>experienced</text></svg>', ['exp'])).toEqual([]);
  });

  it('a post\'s own id in its own words is no other post\'s (a public draft, hidden until published)', () => {
    expect(hiddenPostIdFindings([{ file: 'content/postmortems/exp.mdx', publicLines: ['Notes of exp, the first run.'], sourceLines: ['---', '---', 'x'], findings: [], publicFields: [{ path: ['public', 'title'], text: 'exp' }] }], ['exp'])[0]).toEqual([]);
  });

  it('in a public post\'s file name, only standing apart', () => {
    const inFileName = (file: string) => hiddenPostIdFindings([{ file, publicLines: [], sourceLines: ['---', '---'], findings: [] }], ['exp'])[0].length;
    expect([inFileName('2023-02-28-tls-expires-media.mdx'), inFileName('chaos-experiments.mdx'), inFileName('exp-notes.mdx')]).toEqual([0, 0, 1]);
  });

  it('a dated id glued to other letters is still found', () => {
    expect(found(['See x2024-01-05-db-notes.'], '2024-01-05-db')).toEqual([[1, 6], ['public.summary', expect.any(Number)]]);
  });

  it('standing apart, at its own place, it still is', () => {
    expect(found(['The site experienced an outage (see exp and /postmortems/exp-notes/).'], 'exp')).toEqual([[1, 37], ['public.summary', expect.any(Number)]]);
    expect(hiddenPostIdsIn('<a href="/postmortems/exp/">x</a>', ['exp'])).toEqual(['exp']);
  });
});

/** hachyderm's "Hello <community>ians!" was published as "Hello an engineer!". */
describe('a greeting to a community\'s members', () => {
  it('is no person', () => {
    expect(peopleFound('Hello Quillarians! There has been a lot of confusion this week.')).toEqual([]);
    expect(publicLine('Hello Quillarians! There has been a lot of confusion this week.')).toBe('Hello Quillarians! There has been a lot of confusion this week.');
  });
  it('a greeting to one person still names them', () => {
    expect(peopleFound('Hello Tamsin! The pool is back.')).toContain('Tamsin');
  });
});
