import { describe, expect, test } from 'vitest';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { fillDraft } from '../../src/lib/fill-drafts.ts';
import { titleWithoutItsDate } from '../../src/lib/public-title.ts';

// How a customer reads a public post after `npm run fill -- --public` and `npm run redact`, as
// found on a public site of 31 imported reports (docs/architecture.md, "Session 28"). The systems
// and handles here are invented.
const options: RedactionOptions = {
  internalDomains: ['.internal'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]),
  internalNames: ['zarnith'], configuredInternalNames: ['zarnith'],
};
const fixed = (source: string) => applyRedactionFixes(source, scanPublicText('post.mdx', source, options).findings, { isMdx: true }).source;
/** What the public page reads: the body with `<Internal>` removed and `<PublicOnly>` shown. */
const publicText = (source: string) => stripInternalFromSource(fixed(source), 'public').replace(/<\/?PublicOnly>/g, '');

describe('a generic phrase after an article takes the article in', () => {
  test('in the public title: no "the an internal system"', () => {
    const source = '---\ntitle: x\npublic:\n  title: Zarnith on the Zarnith\n  summary: It slowed down.\n---\n\nText.\n';
    expect(fixed(source)).toContain('  title: An internal system on an internal system\n');
  });
  test.each([
    // A system's part after the name reads so too since false positives round 53 ("an internal
    // sidecar"; system-nouns.ts' isSystemPartNoun): "an internal system sidecar" until then.
    ['A `zarnith` sidecar runs beside each ledger pod.\n', 'An internal sidecar runs beside each ledger pod.'],
    // Before a system's noun the name's place says what it is: "an internal job", not "an internal
    // system job" (session 28's wording until session 52, which made a code span and a bare name
    // read alike; name-before-system-noun.ts).
    ['Renewals wait for the `zarnith` job.\n', 'Renewals wait for an internal job.'],
    ['Memory use doubled on the `zarnith`.\n', 'Memory use doubled on an internal system.'],
  ])('in the body: %s', (source, read) => {
    expect(publicText(source).trim()).toBe(read);
    expect(fixed(source)).not.toMatch(/\b(?:the|an?) <Internal>/i);
  });
});

describe('an internal name before a system\'s noun reads "internal", in a code span or not (session 52)', () => {
  test.each([
    ['Renewals wait for the `zarnith` service.\n', 'Renewals wait for an internal service.'],
    ['Renewals wait for the zarnith service.\n', 'Renewals wait for an internal service.'],
    ['The zarnith service and the `zarnith` job failed.\n', 'An internal service and an internal job failed.'],
    ['Our zarnith pipeline stalled.\n', 'Our internal pipeline stalled.'],
    ['Then the `zarnith` workers stalled.\n', 'Then the internal workers stalled.'],
  ])('%s', (source, read) => {
    expect(publicText(source).trim()).toBe(read);
  });
  test('an .md body, where the name is replaced, reads the same', () => {
    const source = 'Renewals wait for the zarnith service.\n';
    expect(applyRedactionFixes(source, scanPublicText('post.md', source, options).findings, { isMdx: false }).source).toBe('Renewals wait for an internal service.\n');
  });
  test('no noun of a system after it: the phrase, as before', () => {
    expect(publicText('Memory use doubled on the zarnith.\n').trim()).toBe('Memory use doubled on an internal system.');
    // "sidecar" is a system's part since false positives round 53; "shim" is no noun of the lists.
    expect(publicText('A `zarnith` shim runs beside each ledger pod.\n').trim()).toBe('An internal system shim runs beside each ledger pod.');
  });
});

test('brackets that held only an internal name leave no "()"', () => {
  expect(publicText('The ledger now builds on a slimmer image (`zarnith:slim`). Then it stalled.\n').trim()).toBe('The ledger now builds on a slimmer image. Then it stalled.');
  expect(publicText('Values (`zarnith`, region) were checked.\n').trim()).not.toContain('()');
});

describe('a handle used as a label is left out, not replaced by a phrase', () => {
  test('the actor column of a timeline', () => {
    const source = '- **09:14** `@dagfinnh` Ledger latency alert fired\n- **09:20** `@dagfinnh` [status page](https://status.example.org) posted a notice\n';
    expect(publicText(source)).toBe('- **09:14**  Ledger latency alert fired\n- **09:20**  [status page](https://status.example.org) posted a notice\n');
  });
  test('a timeline row that gives its day before the time', () => {
    expect(publicText('- Mar 3rd 07:05 `@dagfinnh` Queue depth passed its limit\n')).toBe('- Mar 3rd 07:05  Queue depth passed its limit\n');
    expect(publicText('- Mar 3rd **07:05** `@dagfinnh` Queue depth passed its limit\n')).toBe('- Mar 3rd **07:05**  Queue depth passed its limit\n');
  });
  test('the owner after an action item\'s heading', () => {
    // Since adoption round 63 the heading is written once for each site: the blank lines of the internal one stay.
    const shown = (text: string) => text.replace(/\n{3,}/g, '\n\n').trim();
    expect(shown(publicText('##### 1) Ledger alert added `@dagfinnh`\n\nText.\n'))).toBe('##### 1) Ledger alert added \n\nText.');
    expect(shown(publicText('##### 2) Pool resized `@dagfinnh` [mitigate]\n\nText.\n'))).toBe('##### 2) Pool resized  [mitigate]\n\nText.');
  });
  test('a handle that is a word of its sentence still gets the phrase', () => {
    expect(publicText('- **09:14** We paged `@dagfinnh` at once.\n')).toContain('We paged the responsible team at once.');
    expect(publicText('##### Thanks to `@dagfinnh`\n')).toContain('Thanks to the responsible team');
    expect(publicText('`@dagfinnh` restarted the pool.\n')).toContain('The responsible team restarted the pool.');
    // After a label's colon it is the label's value: left out, the heading would read "Owner:".
    // (A template's "Owner:" heading is not published at all: template-internal-sections.ts.)
    expect(fixed('### Owner: `@dagfinnh`\n\nText.\n')).toContain('<Internal>\n### Owner: `@dagfinnh`\n</Internal>\n<PublicOnly>\n### Owner: The responsible team\n</PublicOnly>');
    expect(publicText('### Reviewer: `@dagfinnh`\n\nText.\n')).toContain('### Reviewer: The responsible team');
    expect(publicText('### Owner: `@dagfinnh`\n\nText.\n')).not.toContain('Owner');
    // Session 63: the template's "Owner:" section is cut when its heading is the <PublicOnly> one redact wrote.
    expect(publicText('### Owner: `@dagfinnh`\n\nText.\n\n## Next\n\nMore.\n').trim()).toBe('## Next\n\nMore.');
  });
});

describe('a public title does not say the day the page shows', () => {
  test.each([
    ['14-02-2025 - Ledger outage — sidecar crash after an image change', 'Ledger outage — sidecar crash after an image change'],
    ['03-09-2024 - Checkout unavailable in two regions', 'Checkout unavailable in two regions'],
    ['2019-04-02, Login 500', 'Login 500'],
    ['2019-06-11 9:05AM EST, Proxy ran out of memory', 'Proxy ran out of memory'],
    ['2021-05-20 Upgrading the load balancer dropped sessions', 'Upgrading the load balancer dropped sessions'],
    ['Incident report March 3 2024 - Slow queue consumers', 'Slow queue consumers'],
    ['2022-01-09 - disk full on the search nodes', 'Disk full on the search nodes'],
  ])('%s', (title, wording) => {
    expect(titleWithoutItsDate(title)).toBe(wording);
  });
  test.each(['Ledger Outage: 502 Errors', '2024-01-05 — Q1', 'Outage on 2024-01-05', '504 errors for 20 minutes', '2024 review of our DNS'])('kept: %s', (title) => {
    expect(titleWithoutItsDate(title)).toBe(title);
  });
  test('npm run fill -- --public writes the title without its day; the internal title keeps it', () => {
    const source = '---\ntitle: "14-02-2025 - Ledger outage"\nsummary: The ledger restarted in a loop.\nstatus: draft\nvisibility: internal\nhistorical: true\n---\n\nText.\n';
    const { text } = fillDraft(source, { makePublic: true });
    expect(text).toContain('public:\n  title: "Ledger outage"\n');
    expect(text).toContain('title: "14-02-2025 - Ledger outage"\n');
  });
});

describe('a run of replaced names reads as one phrase, and a possessive keeps its owner', () => {
  const people: RedactionOptions = { ...options, people: ['Ilsa Varga', 'Dagfinn Holt'], peopleIndex: undefined };
  const fixedFor = (source: string, isMdx: boolean) => applyRedactionFixes(source, scanPublicText(isMdx ? 'post.mdx' : 'post.md', source, people).findings, { isMdx }).source;
  test('handles in a list: "the responsible team" once', () => {
    const read = publicText('Reviewed by @ilsav, @dagfinnh, @quorra and @tovel last week.\n').trim();
    expect(read).toBe('Reviewed by the responsible team last week.');
  });
  test('two people: "Two engineers noticed"', () => {
    for (const isMdx of [true, false]) {
      const out = fixedFor('Ilsa Varga and Dagfinn Holt noticed the stall.\n', isMdx);
      // In an .mdx body the names stay for the internal site, one <Internal> around the whole run.
      const read = isMdx ? stripInternalFromSource(out, 'public').replace(/<\/?PublicOnly>/g, '') : out;
      expect(read).not.toMatch(/engineer and an engineer/i);
      expect(read).toContain('Two engineers noticed the stall.');
      if (isMdx) expect(out).toBe('<Internal>Ilsa Varga and Dagfinn Holt</Internal><PublicOnly>Two engineers</PublicOnly> noticed the stall.\n');
    }
  });
  test('names not joined by a list stay apart', () => {
    expect(fixedFor('Ilsa Varga paged. Dagfinn Holt answered.\n', false)).toBe('An engineer paged. An engineer answered.\n');
  });
  test('an internal name with a possessive: the phrase owns the noun', () => {
    const read = publicText('Later, Zarnith’s cache stopped syncing.\n').trim();
    expect(read).toBe('Later, an internal system’s cache stopped syncing.');
  });
});

test('a phrase for many: counted up to five, "the …" stays one whole', async () => {
  const { phraseForMany } = await import('../../src/lib/publication/replacement-runs.ts');
  expect(phraseForMany('An engineer', 2)).toBe('Two engineers');
  expect(phraseForMany('an internal host', 3)).toBe('three internal hosts');
  expect(phraseForMany('a tracked issue', 7)).toBe('tracked issues');
  expect(phraseForMany('the responsible team', 4)).toBe('the responsible team');
});
