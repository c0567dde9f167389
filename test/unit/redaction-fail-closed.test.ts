import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { findTaggedPeople } from '../../src/lib/publication/person-patterns.ts';
import { isPublicNameAt, isPublicTerm } from '../../src/lib/publication/public-terms.ts';

/**
 * Public posts fail closed: a guess that a word names a person stops the public build like a
 * certain finding does. These sentences are of our own writing, modelled on what real reports
 * showed (docs/redaction.md, "Measurements"): names no list knows, in the places other teams'
 * reports put them, and the public names of provider reports that must not be taken for people.
 */
const noLists: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

const errors = (text: string) =>
  scanPublicText('post.mdx', text, noLists).findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}:${redactionFindingText(f)}`);

describe('names no list knows stop the public build', () => {
  test.each([
    ['That evening Yuvi completed a stress test of the new node pool.', 'Yuvi'],
    ['Later Mette restarted the ingestion workers by hand.', 'Mette'],
    ['The hotfix was approved by Willi after a short review.', 'Willi'],
    ['The cluster was restarted by Travis yesterday.', 'Travis'],
    ['At 14:05 Hugo deployed the fix to every region.', 'Hugo'],
    ['Kasimir noted that the queue kept growing.', 'Kasimir'],
    ['| Tue | Feb 01 | 19:12 | The card issuer had no record of the charge. Justin is going to reach out to the vendor. |', 'Justin'],
    ['Justin will follow up with the vendor tomorrow.', 'Justin'],
    ["Priya's laptop had the only copy of the key.", 'Priya'],
    ['Spoke with Emeka about the rollback.', 'Emeka'],
    ['Asked Kofi to check the replica.', 'Kofi'],
    ['The on-call engineer (Tomasz) was paged at 02:00.', 'Tomasz'],
    ['Root cause identified by Rahul.', 'Rahul'],
    ['At 10:02 Björn ran the failover script.', 'Björn'],
    ['Ms. Okafor from support relayed the complaint.', 'Ms. Okafor'],
    ['The bug was found by Dr. Thomas R. Nicely in October 1994. It spread fast.', 'Dr. Thomas R. Nicely'],
    ['Nat Welch wrote up the outage the same week.', 'Nat Welch'],
    // Two capitalised words no dictionary knows, where the language model sees no person.
    ["![Oluwaseun Adeyemi's dashboard](/images/chart.png)", 'Oluwaseun Adeyemi'],
    ['The chart from Oluwaseun Adeyemi shows the drop.', 'Oluwaseun Adeyemi'],
    ['Screenshot: <img src="/x.png" alt="Grafana panel, Oluwaseun Adeyemi" />', 'Oluwaseun Adeyemi'],
    ['Reviewed with Mette Frederiksen the next day.', 'Mette Frederiksen'],
    ['The latency graph was drawn by Oluwaseun.', 'Oluwaseun'],
    // The whole name, not only the word before the verb: replacing "Adeyemi" alone would leave "Oluwaseun".
    ['Oluwaseun Adeyemi restarted the pool.', 'Oluwaseun Adeyemi'],
    ['The packet capture was taken by Kasimir during the second spike.', 'Kasimir'],
    // A paragraph wrapped over lines reads as one line on the page.
    ['The dashboard by Oluwaseun\nAdeyemi shows the drop.', 'Oluwaseun Adeyemi'],
    ['Our thanks go to\nKasimir for the quick fix.', 'Kasimir'],
  ])('%j', (text, name) => {
    const found = errors(text);
    expect(found.some((f) => f.endsWith(`:${name}`)), found.join(', ')).toBe(true);
  });

  test('a section of people and a series of names: every name, not the role beside it', () => {
    const text = '## Responders\n\n- Angus\n- Georgiana (IC)\n\n## Timeline\n\nAngus, Georgiana and Yuvi joined.\n\nAWS, Google and Azure were fine; Kafka and Redis too.';
    expect(errors(text)).toEqual(['redact/person:Angus', 'redact/person:Georgiana', 'redact/person:Angus', 'redact/person:Georgiana', 'redact/possible-person:Yuvi']);
  });

  test('the language model reads text with runs of spaces, and its names are placed in the text as written', () => {
    // The tagger reads the lines with each run of spaces made one; its offsets are moved back.
    const lines = ['The deploy failed.   The   queue grew.', '', 'Several     customers wrote in.   Later that day   John   Smith    restarted the pool.', 'Capacity was added.      Then Sarah    Miller reviewed it.'];
    const found = [...findTaggedPeople(lines, new Set())].flatMap(([line, matches]) => matches.map((m) => [line, m.index, m.text]));
    expect(found).toEqual([
      [2, lines[2].indexOf('John'), 'John   Smith'],
      [3, lines[3].indexOf('Sarah'), 'Sarah    Miller'],
    ]);
  });

  test('a guess is an error, reported as a guess so the author knows what to check', () => {
    const [finding] = scanPublicText('post.mdx', 'That evening Yuvi completed a stress test.', noLists).findings;
    expect(finding).toMatchObject({ rule: 'redact/possible-person', severity: 'error', line: 1, column: 14 });
    expect(finding.fix).toContain('redaction-allow redact/possible-person "Yuvi"');
  });

  test('a name found once is found everywhere in the post', () => {
    const text = 'Yuvi completed the migration.\n\nThe next morning the dashboards were checked by the team and Yuvi was told.';
    const lines = scanPublicText('post.mdx', text, noLists).findings.filter((f) => /"Yuvi"/.test(f.message)).map((f) => f.line);
    expect(lines).toEqual([1, 3]);
  });

  test('a name with a particle is one finding ("Sarika de Bruyn"), so its fix is one role', () => {
    const text = 'First reports arrive from Sarika de Bruyn.\n\nLater Sarika de Bruyn reports that users cannot log in.';
    const names = scanPublicText('post.mdx', text, noLists).findings.map((f) => redactionFindingText(f));
    expect(names).toEqual(['Sarika de Bruyn', 'Sarika de Bruyn']);
  });

  test('the allow marker lets a guess through, on its line only', () => {
    const text = 'That evening Yuvi completed a stress test. {/* redaction-allow redact/possible-person "Yuvi" -- our mascot, public */}';
    expect(errors(text)).toEqual([]);
  });
});

describe('public names of provider reports are not taken for people', () => {
  test.each([
    'Builds on Travis CI failed for two hours while the Homebrew bottles were rebuilt.',
    'The Cassandra cluster in Northern Virginia lost quorum; Sydney was not affected.',
    'Ground software provided by Lockheed Martin calculated the impulse in the wrong unit.',
    'Evidence suggested a password reused from another site.',
    'A Slack-webhook relayed the alerts, and on Wednesday-afternoon a Docker-in-EC2 runner stalled.',
    'The old PDP-11 kept the tally.',
    'Three lines (Harding–Chamberlin at 15:05, Hanna–Juniper at 15:32) tripped.',
    'While Amazon Data Firehose experienced increased latency, the Roblox client retried; Roblox players saw errors.',
    'The incident began when Zuvora experienced a surge of orders at the Zuvora checkout.',
    'We reached out to Cloudflare support, and Google\'s change was rolled back.',
    'The Zuvora Kite users were fine; Zuvora Kite is our trading app.',
    'Kubernetes Ingress and Terraform Cloud were not involved.',
    'The certificate was rotated by Vault and the change applied by Terraform.',
  ])('%j', (text) => {
    expect(errors(text)).toEqual([]);
  });
});

describe('names someone made up, in code', () => {
  test('a lower-case compound with a part that is neither English nor public is an identifier in code', () => {
    expect(errors('The `nfs-share-creator` job blocked the deploy.')).toEqual(['redact/identifier:nfs-share-creator']);
  });
  test.each(['Restart `kube-proxy` on each node.', 'Run `git-svn` and `aws-cli` again.', 'The `read-only` flag was set.'])('public tools and English are not: %j', (text) => {
    expect(errors(text)).toEqual([]);
  });
});

describe('public-terms', () => {
  test('single words and phrases, any case', () => {
    expect(isPublicTerm('Kubernetes')).toBe(true);
    expect(isPublicTerm("Cloudflare's")).toBe(true);
    expect(isPublicTerm('Yuvi')).toBe(false);
    expect(isPublicNameAt('Builds on Travis CI failed', 10, 'Travis')).toBe(true);
    expect(isPublicNameAt('Lockheed Martin calculated it', 9, 'Martin')).toBe(true);
    expect(isPublicNameAt('Yuvi restarted it', 0, 'Yuvi')).toBe(false);
  });
});
