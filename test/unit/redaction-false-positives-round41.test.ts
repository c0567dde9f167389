import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

/**
 * Round 41 of false positives (docs/redaction.md): what a demanding adopter's first public build
 * held back in public collections (an HPC cluster's incident log, a chat community's post-mortems,
 * a vulnerability database's post-mortems, reading lists, a CI's chat log, a platform team's
 * timeline). Every line is our own, modelled on what those posts hold; beside each relaxation, a
 * near miss written the same way is still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const post = (body: string) => `# Outage\n\nThe storage pool lost a disk and the team rebuilt it.\n\n${body}\n`;
const found = (body: string, extra: Partial<RedactionOptions> = {}) =>
  scanPublicText('post.md', post(body), { ...options, ...extra }).findings.map((f) => `${f.rule} ${redactionFindingText(f)}`);
const foundText = (body: string, extra: Partial<RedactionOptions> = {}) => found(body, extra).map((f) => f.slice(f.indexOf(' ') + 1));

describe("a language registry's package on an install line", () => {
  test.each([
    ['an ESLint plugin from npm', 'We ran `npm install --save-dev eslint-plugin-react` on the runner.', 'eslint-plugin-react'],
    ['a plugin added with yarn', 'Then `yarn add eslint-plugin-react` fixed the lint job.', 'eslint-plugin-react'],
    ["a product's plugin SDK from PyPI with a pinned version", 'The worker needed `pip install grafana-plugin-sdk==1.2.0` first.', 'grafana-plugin-sdk'],
    ["a gem's plugin", 'We ran `gem install sidekiq-plugin-redis` on the box.', 'sidekiq-plugin-redis'],
  ])('is no identifier: %s', (_, line, name) => {
    expect(foundText(line)).not.toContain(name);
  });

  test.each([
    ['a coined part on a pip line', 'The worker needed `pip install kelpworks-ledger-cli` first.', 'kelpworks-ledger-cli'],
    ["a private index named on the line", 'We ran `npm install --registry https://registry.npmjs.org/ eslint-plugin-ledgerkeep` on the runner.', 'eslint-plugin-ledgerkeep'],
    ['a public package name outside an install line', 'The lint job loads `eslint-plugin-quorvane` on every run.', 'eslint-plugin-quorvane'],
  ])('a near miss is still found: %s', (_, line, text) => {
    expect(foundText(line)).toContain(text);
  });

  test("a private index's own option keeps a name of public words found", () => {
    // Without the option the same line publishes the plugin (above); with it the line proves nothing.
    expect(foundText('We ran `npm install --registry https://npm.kelpworks.internal/ eslint-plugin-react` on the runner.')).toContain('eslint-plugin-react');
  });
});

describe("a span of a year's quarters", () => {
  test.each([
    ['a summary heading', '### Operational summary for 2024 Q1-Q2'],
    ['a fiscal quarter', 'The migration slipped from FY25-Q3 to the next plan.'],
    ['a quarter and its year', 'Downtime in Q4-2025 was under two hours.'],
  ])('is no identifier: %s', (_, line) => {
    expect(found(line).filter((f) => f.startsWith('redact/identifier'))).toEqual([]);
  });

  test.each([
    ['a quarter that does not exist', 'The Q5-Q7 cluster went down at noon.', 'Q5-Q7'],
    ['letters before a quarter', 'We paged the QX-Q4 owners at noon.', 'QX-Q4'],
  ])('a near miss is still found: %s', (_, line, text) => {
    expect(found(line)).toContain(`redact/identifier ${text}`);
  });
});

describe("the authors of a work cited by its publisher's link", () => {
  test.each([
    ['a book on a bookseller', '* [Resilience in Practice](https://www.amazon.com/dp/0000000000) (Marguerite Olsteen)', 'Marguerite Olsteen'],
    ['a paper with two authors and a title', '* [Slow Drift](https://doi.org/10.0000/example) (Dr. Anselm Quibery, Rosalind Tarvenor)', 'Anselm Quibery'],
    ['a talk in quotes', '* "[Traps in Review](https://www.youtube.com/watch?v=abc)" (Johan Vellström)', 'Johan Vellström'],
    ["the author's own site", '* [The Field Notes](https://oskarbrandlie.com/notes/) (Oskar Brandlie)', 'Oskar Brandlie'],
  ])('is no person: %s', (_, line, name) => {
    expect(foundText(line).filter((t) => t.includes(name.split(' ').at(-1)!))).toEqual([]);
  });

  test.each([
    ["a colleague's runbook on a code host", '* [Ledger failover](https://github.com/kelpworks/runbooks/blob/main/ledger.md) (Marguerite Olsteen)', 'Marguerite Olsteen'],
    ['a name in brackets with no link', '* Resilience in Practice (Marguerite Olsteen)', 'Marguerite Olsteen'],
  ])('a near miss is still found: %s', (_, line, text) => {
    expect(foundText(line)).toContain(text);
  });

  test('a listed person is found after a publisher\'s link too', () => {
    expect(foundText('* [Resilience in Practice](https://www.amazon.com/dp/0000000000) (Marguerite Olsteen)', { people: ['Marguerite Olsteen'] })).toContain('Marguerite Olsteen');
  });
});

describe('a sentence after a word a code span starts', () => {
  test('"`502`ing. First …" is no title before a name', () => {
    expect(found('Some pages were `502`ing. First alert arrived via chat at 16:03.').filter((f) => f.startsWith('redact/person'))).toEqual([]);
  });

  test("a near miss is still found: Italian's title as a word of its own", () => {
    expect(foundText("Poi abbiamo chiamato l'ing. Ferraresi per il database.")).toContain('Ferraresi');
  });
});

describe("a CI job's name in a link's owner parameter", () => {
  test('is no person', () => {
    expect(found('The error read "Post http://leases.example.com/acquire?type=gce-project&owner=pull-ledger-e2e-gce" again.').filter((f) => f.startsWith('redact/person'))).toEqual([]);
  });

  test.each([
    ["a person's account", 'The error read "Post http://leases.example.com/acquire?type=gce-project&owner=tkaragianni" again.', 'tkaragianni'],
    ['a handle with a short code', 'The error read "Post http://leases.example.com/acquire?type=gce-project&owner=tavish-k" again.', 'tavish-k'],
  ])('a near miss is still found: %s', (_, line, text) => {
    expect(found(line)).toContain(`redact/person ${text}`);
  });
});

describe('a public term misspelt where the post spells it right', () => {
  test('is no internal system', () => {
    expect(foundText('- 10:03: The team restarted the promethues-operator pods\n- 12:03: The newer prometheus-operator drops fewer samples')).not.toContain('promethues-operator');
  });

  test.each([
    ['the misspelling alone', '- 10:03: The team restarted the promethues-operator pods', 'promethues-operator'],
    ['a numbered instance of a compound the post writes', 'We restarted the docker-prod-2 box after docker-prod filled up.', 'docker-prod-2'],
    ['a listed internal name one slip away', '- 10:03: The team restarted the fluent-bot pods\n- 12:03: The newer fluent-bit drops fewer logs', 'fluent-bot', { internalNames: ['fluent-bot'] }],
  ])('a near miss is still found: %s', (_, line, text, extra?: Partial<RedactionOptions>) => {
    expect(foundText(line, extra ?? {})).toContain(text);
  });
});

describe('a coined town after a preposition of place', () => {
  test('is no person', () => {
    expect(foundText('Every Queue down in Bufferville liked ActivityPub a lot.')).not.toContain('Bufferville');
  });

  test.each([
    ['the same word acting', 'Then Bufferville restarted twice.', 'Bufferville'],
    ['a coined word without a town ending', 'Every Queue down in Bufferkeep liked ActivityPub a lot.', 'Bufferkeep'],
  ])('a near miss is still found: %s', (_, line, text) => {
    expect(foundText(line)).toContain(text);
  });
});

describe("a chat line's speaker the post gives as a product", () => {
  test("is no person when a field names it the product", () => {
    expect(foundText('> Vendor: ACME\n> Product: Quillsoft\n\nThe advisory went on:\n\n> Quillsoft: All versions prior to v8.0')).not.toContain('Quillsoft');
  });

  test.each([
    ["a product owner's field", 'Product owner: Quillsoft\n\n> Quillsoft: I restarted it at noon'],
    ['no field at all', 'The advisory went on:\n\n> Quillsoft: I restarted it at noon'],
  ])('a near miss is still found: %s', (_, body) => {
    expect(foundText(body)).toContain('Quillsoft');
  });
});

describe("a public product's own tool and a parallel file system", () => {
  test.each([
    ["the file system's control tool", 'We can use `beegfs-ctl --serverstats` to see the queue.'],
    ["the scheduler restarted", 'We restarted Slurm twice before the jobs ran.'],
  ])('is no identifier or system: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });

  test('a near miss is still found: a coined tool', () => {
    expect(found('We can use `zarnith-ctl --serverstats` to see the queue.')).toContain('redact/identifier zarnith-ctl');
  });
});

describe("a hardware maker's model codes", () => {
  test('are no numbered machines', () => {
    expect(found('A flaw in Cisco Small Business RV016, RV042, RV042G and RV082 Routers allows it.').filter((f) => f.startsWith('redact/identifier'))).toEqual([]);
  });

  test.each([
    ["a machine after a maker's product", 'The Cisco switch in front of WEB01 dropped packets.', 'WEB01'],
    ['a machine with no maker', 'We moved WEB01 and WEB02 behind the new switch.', 'WEB02'],
  ])('a near miss is still found: %s', (_, line, text) => {
    expect(found(line)).toContain(`redact/identifier ${text}`);
  });
});

describe("a file named by an id and words, and Kubernetes' token volume", () => {
  test.each([
    ['a raw list named after its CVE', 'See `CVE-2022-missing-affected-version-raw-list.txt` for the list.'],
    ["the service account's token volume", '    Mounts: /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-q7x2m (ro)'],
  ])('is no secret or identifier: %s', (_, line) => {
    expect(found(line)).toEqual([]);
  });

  test.each([
    ['key material before words', 'The key was `Zk3qP9vLmT7xR2bN8cW4yH6jD1sF5gA0-affected-version-list` there.', 'redact/secret Zk3qP9vLmT7xR2bN8cW4yH6jD1sF5gA0-affected-version-list'],
    ["an organisation's volume named the same way", '    Mounts: /data from ledger-api-access-q7x2m (ro)', 'redact/identifier ledger-api-access-q7x2m'],
  ])('a near miss is still found: %s', (_, line, finding) => {
    expect(found(line)).toContain(finding);
  });
});

describe('the reason a held name is given', () => {
  const messages = (body: string) => scanPublicText('post.md', post(body), options).findings.map((f) => `${redactionFindingText(f)}: ${f.message}`);

  test('a name found where it is written once is not said to be named elsewhere', () => {
    const held = messages('* [Blame and language](https://blog.example.org/2015/blame/) (Lindsay Orrell)').filter((m) => m.startsWith('Lindsay Orrell'));
    expect(held).toHaveLength(1);
    expect(held[0]).not.toContain('named elsewhere');
  });

  test('a near miss still says so: a place only the other finding names', () => {
    expect(messages('* [Blame and language](https://blog.example.org/2015/blame/) (Lindsay Orrell)\n\n| owner |\n| --- |\n| the orrell notes |')).toContainEqual(expect.stringMatching(/^orrell: .*named elsewhere in this post/));
  });
});
