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
    ['A `zarnith` DaemonSet runs on every node.\n', 'An internal system DaemonSet runs on every node.'],
    ['It is sometimes blocked by the `zarnith` job.\n', 'It is sometimes blocked by an internal system job.'],
    ['The load hit 90% on the `zarnith`.\n', 'The load hit 90% on an internal system.'],
  ])('in the body: %s', (source, read) => {
    expect(publicText(source).trim()).toBe(read);
    expect(fixed(source)).not.toMatch(/\b(?:the|an?) <Internal>/i);
  });
});

test('brackets that held only an internal name leave no "()"', () => {
  expect(publicText('It moved to the hardened base image (`zarnith:alpine`). Then it failed.\n').trim()).toBe('It moved to the hardened base image. Then it failed.');
  expect(publicText('Fields (`zarnith`, author) were sanitised.\n').trim()).not.toContain('()');
});

describe('a handle used as a label is left out, not replaced by a phrase', () => {
  test('the actor column of a timeline', () => {
    const source = '- **18:53** `@dagfinnh` First report of slow responses\n- **18:58** `@dagfinnh` [status page](https://status.example.org) updated\n';
    expect(publicText(source)).toBe('- **18:53**  First report of slow responses\n- **18:58**  [status page](https://status.example.org) updated\n');
  });
  test('a timeline row that gives its day before the time', () => {
    expect(publicText('- Dec 16th 12:43 `@dagfinnh` First report of media cache misses\n')).toBe('- Dec 16th 12:43  First report of media cache misses\n');
    expect(publicText('- Dec 16th **12:43** `@dagfinnh` First report of media cache misses\n')).toBe('- Dec 16th **12:43**  First report of media cache misses\n');
  });
  test('the owner after an action item\'s heading', () => {
    expect(publicText('##### 1) Alerts configured `@dagfinnh`\n\nText.\n')).toBe('##### 1) Alerts configured \n\nText.\n');
    expect(publicText('##### 2) Fewer threads `@dagfinnh` [repair]\n\nText.\n')).toBe('##### 2) Fewer threads  [repair]\n\nText.\n');
  });
  test('a handle that is a word of its sentence still gets the phrase', () => {
    expect(publicText('- **18:53** We paged `@dagfinnh` at once.\n')).toContain('We paged the responsible team at once.');
    expect(publicText('##### Thanks to `@dagfinnh`\n')).toContain('Thanks to the responsible team');
    expect(publicText('`@dagfinnh` restarted the pool.\n')).toContain('The responsible team restarted the pool.');
    // After a label's colon it is the label's value: left out, the heading would read "Owner:".
    expect(publicText('### Owner: `@dagfinnh`\n\nText.\n')).toContain('### Owner: The responsible team');
  });
});

describe('a public title does not say the day the page shows', () => {
  test.each([
    ['06-05-2026 - Gateway outage — agent incompatible with the base image', 'Gateway outage — agent incompatible with the base image'],
    ['24-10-2024 - All instances not available', 'All instances not available'],
    ['2017-09-27, Hub 403', 'Hub 403'],
    ['2017-11-30 4:23PM PST, OOM (Out of Memory) Proxy', 'OOM (Out of Memory) Proxy'],
    ['2023-01-23 Upgrading ingress-nginx caused a brief outage', 'Upgrading ingress-nginx caused a brief outage'],
    ['Incident report May 12 2025 - Resource provisioning issue', 'Resource provisioning issue'],
    ['2020-08-28 - memory overload on the cluster', 'Memory overload on the cluster'],
  ])('%s', (title, wording) => {
    expect(titleWithoutItsDate(title)).toBe(wording);
  });
  test.each(['Global Outage: 504 Timeouts', '2024-01-05 — Q1', 'Outage on 2024-01-05', '504 errors for 20 minutes', '2024 review of our DNS'])('kept: %s', (title) => {
    expect(titleWithoutItsDate(title)).toBe(title);
  });
  test('npm run fill -- --public writes the title without its day; the internal title keeps it', () => {
    const source = '---\ntitle: "06-05-2026 - Gateway outage"\nsummary: The gateway restarted in a loop.\nstatus: draft\nvisibility: internal\nhistorical: true\n---\n\nText.\n';
    const { text } = fillDraft(source, { makePublic: true });
    expect(text).toContain('public:\n  title: "Gateway outage"\n');
    expect(text).toContain('title: "06-05-2026 - Gateway outage"\n');
  });
});
