import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';

/**
 * People's names an adversarial tester got onto the public site past the guard (the public build
 * succeeded). Each sentence is of our own writing, with made-up names; each must now stop the
 * build, with one finding covering the whole name so that `npm run redact` replaces all of it.
 */
const noLists: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

const errors = (text: string, options = noLists) =>
  scanPublicText('post.mdx', text, options).findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}:${redactionFindingText(f)}`);
const personTexts = (text: string, options = noLists) =>
  scanPublicText('post.mdx', text, options).findings.filter((f) => f.rule.endsWith('person')).map((f) => redactionFindingText(f));

describe('double-barrelled surnames are one finding, the whole name', () => {
  test.each([
    ['Aurelio Zanetti-Broglio restarted the pool.', 'Aurelio Zanetti-Broglio'],
    ['We confirmed what Mbali Dlamini-Nkosi saw.', 'Mbali Dlamini-Nkosi'],
    ['Notes from Kwasi Boateng-Mensah were attached.', 'Kwasi Boateng-Mensah'],
    ['The change was approved by Mbali Dlamini-Nkosi.', 'Mbali Dlamini-Nkosi'],
    // A first name only the word-game dictionary knows ("yaw"), after a word that introduces a person.
    ['Notes from Yaw Darko were attached.', 'Yaw Darko'],
  ])('%j', (text, name) => {
    expect(personTexts(text)).toEqual([name]);
  });

  test('a known part of the name grows to the whole name, and the fix replaces all of it', () => {
    const source = '- [x] Fenwick Aldersgate-Moore to rotate the keys';
    for (const known of ['Moore', 'Jane Moore', 'Fenwick Moore']) {
      const options = { ...noLists, peopleIndex: buildPeopleIndex([{ name: known, origin: 'git author' }]) };
      const { findings } = scanPublicText('post.mdx', source, options);
      expect(findings.map((f) => redactionFindingText(f)), known).toEqual(['Fenwick Aldersgate-Moore']);
      expect(applyRedactionFixes(source, findings, { isMdx: true }).source).toBe('- [x] <Internal>Fenwick Aldersgate-Moore</Internal><PublicOnly>An engineer</PublicOnly> to rotate the keys');
    }
  });

  test('provider names of the same shape are not taken for people', () => {
    expect(errors('Sun Microsystems Enterprise server cache memory flaw.')).toEqual([]);
    expect(errors('The outage came from a Flexential Power Failure at the site.')).toEqual([]);
  });
});

describe('attribution lines name people, in prose and in fenced code', () => {
  test.each([
    ['```\nSigned-off-by: Aurelio Zanetti-Broglio <a@b.c>\n```', 'Aurelio Zanetti-Broglio'],
    ['Co-authored-by: Kwasi Boateng-Mensah', 'Kwasi Boateng-Mensah'],
    ['Author: Thandiwe Ngcobo-Mahlangu', 'Thandiwe Ngcobo-Mahlangu'],
    ['```text\nReviewed-by: Tavita Leota\n```', 'Tavita Leota'],
    ['-- approved by Mbali Dlamini-Nkosi', 'Mbali Dlamini-Nkosi'],
  ])('%j', (text, name) => {
    expect(personTexts(text)).toContain(name);
  });

  test('an attribution to a team or a role is not a person', () => {
    expect(errors('Author: the platform team\n\nReviewed-by: SRE')).toEqual([]);
  });
});

describe('speakers of a chat transcript are people', () => {
  test.each([
    ['Tavake: restarting now', 'Tavake'],
    ['> **kwabena**: looking', 'kwabena'],
    ['```\n<tsvetelina> restarting\n```', 'tsvetelina'],
    ['[10:02] Radek: on it', 'Radek'],
    ['```\n10:02 <wiremu> failing over\n```', 'wiremu'],
  ])('%j', (text, name) => {
    expect(personTexts(text)).toEqual([name]);
  });

  test('ordinary labels, timeline entries, YAML keys and markup are not speakers', () => {
    const text = [
      'Note: the pool was full.', 'Impact: checkout failed.', 'Status: resolved', 'Update: restarted', 'Root cause: a full disk.',
      'Q: why?', 'A: the disk.', '14:05 UTC: the pool was restarted.', '**Impact**: none', '> **Update**: fixed',
      '```yaml', 'metadata: pool', 'replicas: 3', 'Server: nginx', '```', '<details> more </details>',
    ].join('\n\n');
    expect(errors(text)).toEqual([]);
  });
});

describe('phrasings that name people', () => {
  test.each([
    ['According to Oyelaran, the pool was full.', 'Oyelaran'],
    ['The queue was drained per Radek.', 'Radek'],
    ['The DBA (Radek) restarted it.', 'Radek'],
    ['Thanks all.\n\n-- Tavita', 'Tavita'],
    ['Approved by J.K.', 'J.K.'],
    ['Reviewed by JK before the rollout.', 'JK'],
    ["It was on wiremu's laptop.", 'wiremu'],
    ['HENRIETTA LOCKSWORTH-PRYCE restarted it.', 'HENRIETTA LOCKSWORTH-PRYCE'],
  ])('%j', (text, name) => {
    expect(personTexts(text)).toEqual([name]);
  });

  test('the same shapes with public names, roles, units and English words are not people', () => {
    const text = [
      'According to AWS, the region recovered.', 'Billing is per GB and per Kubernetes node.', 'The DBA (on call) restarted it.',
      'Approved by IT and reviewed by QA.', "The kernel's password file was fine.", 'ROOT CAUSE ANALYSIS', 'AWS LAMBDA THROTTLING',
      '-- The team',
    ].join('\n\n');
    expect(errors(text)).toEqual([]);
  });
});

describe("a person's account: home directories and user arguments, also in code", () => {
  test.each([
    ['```\nls /home/bvanderhoek/.ssh\n```', 'bvanderhoek'],
    ['The notes were in `/Users/ttrzebiatowski/notes`.', 'ttrzebiatowski'],
    ['```\nC:\\Users\\ttrzebiatowski\\Desktop\n```', 'ttrzebiatowski'],
    ['`kubectl --as=rquispehuaman get pods`', 'rquispehuaman'],
    ['The job ran as user jsmith42.', 'jsmith42'],
  ])('%j', (text, name) => {
    expect(personTexts(text)).toEqual([name]);
  });

  test('system accounts, placeholders and English are not people', () => {
    const text = [
      '```', 'ssh ubuntu@host', 'ls /home/ubuntu /home/ec2-user /home/runner /Users/admin /home/postgres', 'sudo -u www-data id',
      'kubectl --as=deploy get pods', 'cat /home/burpsuitekeystores/es.keystore', '```', 'Each user check-in read the user data.',
    ].join('\n');
    expect(personTexts(text)).toEqual([]);
  });
});

describe('personal profile links', () => {
  test.each([
    'See https://github.com/kwamemensah-dev for the script.',
    '[profile](https://www.linkedin.com/in/kwame-mensah-123)',
    'Posted at https://twitter.com/kwamem and https://x.com/kwamem.',
  ])('%j', (text) => {
    const found = personTexts(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.startsWith('https://'))).toBe(true);
  });

  test('repositories, organisations and public pages are not profiles', () => {
    const text = [
      'The fix is in https://github.com/bottlerocket-os/bottlerocket/pull/1 by https://github.com/bottlerocket-os.',
      'See https://github.com/kubernetes-sigs and https://github.com/kubernetes and https://github.com/features.',
      'Our own org: https://github.com/acme.',
    ].join('\n\n');
    expect(scanPublicText('post.mdx', text, { ...noLists, orgScopes: ['acme'] }).findings.filter((f) => f.rule.endsWith('person'))).toEqual([]);
  });
});

describe('words that are names elsewhere but not here', () => {
  test.each([
    'Grace periods for sessions were extended.',
    'Customers in Georgia and Victoria were affected.',
    'Chelsea and Brooklyn stores were closed.',
  ])('%j', (text) => {
    expect(errors(text)).toEqual([]);
  });

  test('the same words as people are still found', () => {
    expect(personTexts('Grace notes that the pool is full.')).toEqual(['Grace']);
    expect(personTexts('Later Chelsea restarted the pool.')).toEqual(['Chelsea']);
  });
});
