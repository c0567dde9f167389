import { describe, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';

/**
 * The second round of adversarial probes (session 12): a name the public build published because
 * it stood in HTML instead of Markdown (a description list or table under an Owner term), after
 * a hard line break written as a backslash, behind a named character reference or a backslash
 * inside the word, as a task list item's label, before a colon in a heading, in a link's
 * fragment or a footnote label of two words, and in an SVG image's style sheet or script. Every
 * probe and every negative is text of our own writing.
 */
const options: RedactionOptions = { internalDomains: ['.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };

/** `rule:matched text` for every finding, in order. */
const found = (text: string, file = 'post.mdx') =>
  scanPublicText(file, text, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);
const people = (text: string) => found(text).filter((f) => /^redact\/(?:possible-)?person:/.test(f)).map((f) => f.replace(/^[^:]+:/, ''));

describe('people in HTML description lists and tables', () => {
  test.each([
    ['<dl><dt>Owner</dt><dd>qorvath</dd></dl>', ['qorvath']],
    ['<dl>\n  <dt>Owner</dt>\n  <dd>qorvath</dd>\n</dl>', ['qorvath']],
    ['<dl><dt><strong>Assignee</strong></dt><dd>Brannoc</dd></dl>', ['Brannoc']],
    ['<table><tr><th>Owner</th></tr><tr><td>qorvath</td></tr></table>', ['qorvath']],
    ['<table>\n<tr><th>Step</th><th>Who</th></tr>\n<tr><td>drain the pool</td><td>qorvath, zyltrin</td></tr>\n</table>', ['qorvath', 'zyltrin']],
  ])('%s', (text, names) => {
    expect(people(text)).toEqual(names);
  });

  test('other terms and columns, and roles under Owner, are no people', () => {
    expect(found('<dl><dt>Region</dt><dd>qorvath</dd><dt>Owner</dt><dd>the database team</dd></dl>')).toEqual([]);
    expect(found('<table><tr><th>Step</th><th>Owner</th></tr><tr><td>qorvath</td><td>on-call engineer</td></tr></table>')).toEqual([]);
  });
});

describe('a name the source hides from a text search', () => {
  test('after a hard line break written as a backslash', () => {
    expect(people('Thanks to\\\nBrannoc for the fix.')).toEqual(['Brannoc']);
  });

  test.each([
    ['a soft hyphen written as a reference', 'Bran&shy;noc Velquist restarted the pool.', 'Bran&shy;noc Velquist'],
    ['a zero-width joiner written as a reference', 'Bran&zwj;noc Velquist restarted the pool.', 'Bran&zwj;noc Velquist'],
    ['an accented letter written as a reference', 'Br&aacute;nnoc Velquist restarted the pool.', 'Br&aacute;nnoc Velquist'],
    ['a double-struck letter written as a reference', '&Bopf;rannoc Velquist restarted the pool.', '&Bopf;rannoc Velquist'],
    ['a backslash inside the first name', 'Bran\\noc Velquist restarted the pool.', 'Bran\\noc Velquist'],
    ['a backslash before the space', 'Brannoc\\ Velquist restarted the pool.', 'Brannoc\\ Velquist'],
  ])('%s: the finding is the whole name', (_, text, name) => {
    expect(people(text)).toEqual([name]);
  });

  test('a Windows path is still an account, and escapes in prose are no name', () => {
    expect(people('The profile is in C:\\Users\\qorvath\\Desktop.')).toEqual(['qorvath']);
    expect(found('Write \\*literal\\* stars, and a\\_b in the setting.')).toEqual([]);
  });
});

describe('labels that say who', () => {
  test.each([
    ['- [ ] qorvath: rotate the keys', 'qorvath'],
    ['* [x] qorvath: drained the pool', 'qorvath'],
    ['#### qorvath: restarting pods', 'qorvath'],
    ['### Vexmorel: restarting pods', 'Vexmorel'],
  ])('%s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });

  test('task labels and headings of English and public words are no speakers', () => {
    for (const text of ['- [ ] docs: update the runbook', '- [x] terraform: apply the plan', '## Update: all good', '### Root cause: the cache', '### Kafka: consumer lag']) {
      expect(found(text), text).toEqual([]);
    }
  });

  test('a heading label the post uses as a thing is a system, not a speaker', () => {
    expect(found('### Vexmorel: restarting pods\n\nWe restarted the Vexmorel container.')).toEqual([]);
  });

  test('a placeholder after # in a shell comment is no IRC nick', () => {
    expect(found('```bash\ngetent hosts mariadb\n# <db-host-ip>  mariadb\n```')).toEqual([]);
  });
});

describe("names in a link's fragment and in footnote labels", () => {
  test.each([
    ['See [the notes](https://status.example.com/notes#by-brannoc-velquist).', 'brannoc-velquist'],
    ['See https://wiki.example.com/notes#thanks-to-qorvath now.', 'qorvath'],
    ['The pool was resized.[^brannoc-velquist]\n\n[^brannoc-velquist]: Noted afterwards.', 'brannoc-velquist'],
  ])('%s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  test('fragments and labels of English words and terms are no names', () => {
    expect(found('See https://example.com/post#fixed-by-rollback, https://example.com/a#from-scratch and https://x.example/b#by-default.')).toEqual([]);
    expect(found('Typo domains[^typosquatting], the docs[^aws-docs] and limits[^rate-limits].\n\n[^typosquatting]: a.\n[^aws-docs]: b.\n[^rate-limits]: c.')).toEqual([]);
  });
});

describe('SVG images: style sheets and scripts ship as written', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  const frontmatter = publicProbePost();
  const tempDir = temporaryFolders('kb-svg-round2-');
  const scan = (svg: string) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'chart.svg'), svg);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, '2025-03-01-p.mdx');
    const source = `${frontmatter}![Chart](./chart.svg)`;
    const result = validatePostmortemSource(file, '2025-03-01-p', source, { vocabulary, knownIds: new Set(['2025-03-01-p']), contentDir: dir });
    expect(result.data, JSON.stringify(result.findings)).toBeDefined();
    return scanPostmortemForPublication(file, source, result.data!, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);
  };

  test('a comment or a string in a style sheet is read', () => {
    expect(scan('<svg xmlns="http://www.w3.org/2000/svg"><style>/* drawn by Brannoc Velquist */ text { font-family: "Sans"; }</style><text>load</text></svg>'))
      // Since canary round 42 the comment is also words no reader sees (svg-hidden-parts.ts).
      .toEqual(['redact/possible-person:Brannoc Velquist', 'redact/hidden-text:drawn by Brannoc Velquist']);
  });

  test.each([
    ['a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>document.title = "x"</script></svg>'],
    ['an event handler', '<svg xmlns="http://www.w3.org/2000/svg" onload="go()"><text>load</text></svg>'],
    ['generated content', '<svg xmlns="http://www.w3.org/2000/svg"><style>text::after { content: attr(data-n) }</style><text>load</text></svg>'],
  ])('%s is text the guard cannot read', (_, svg) => {
    expect(scan(svg).map((f) => f.split(':')[0])).toEqual(['redact/hidden-text']);
  });

  test('a plain chart has no finding', () => {
    expect(scan('<svg xmlns="http://www.w3.org/2000/svg"><style>text { font: 12px sans-serif; }</style><text>p99 latency</text></svg>')).toEqual([]);
  });
});

describe('accounts in pasted logs, mentions and role lines', () => {
  test.each([
    ['```\nAccepted publickey for qorvath from 192.0.2.5 port 51234 ssh2\n```', 'qorvath'],
    ['```\nMar  1 10:02:11 db7 sudo:  qorvath : TTY=pts/0 ; PWD=/srv ; USER=root\n```', 'qorvath'],
    ['```\nuid=1001(qorvath) gid=1001(qorvath) groups=1001(qorvath)\n```', 'qorvath'],
    ['As [~qorvath] said, the pool was full.', 'qorvath'],
    ['DRI: qorvath', 'qorvath'],
    ['Comms lead: qorvath', 'qorvath'],
    ['Tech lead: Brannoc', 'Brannoc'],
    ['Notes: https://mastodon.example/@qorvath', '/@qorvath'],
  ])('%s', (text, name) => {
    // Every occurrence: `uid=1001(qorvath) gid=1001(qorvath)` names the person three times.
    expect(people(text)).toEqual(Array(text.split(name).length - 1).fill(name));
  });

  test('system accounts in logs and pages of no account are not people', () => {
    expect(found('```\nuid=0(root) gid=0(root)\nAccepted publickey for ubuntu from 192.0.2.5\nsudo:  root : TTY=pts/0\n```')).toEqual([]);
    expect(found('See https://medium.com/@engineering.')).toEqual([]);
    // A Jira account id is one person's, as a Slack user id is: found since the tenth probe round.
    expect(found('As [~accountid:5b10ac8d82e05b22cc7d4ef5] said.')).toEqual(['redact/person:[~accountid:5b10ac8d82e05b22cc7d4ef5]']);
  });
});

describe('more places only a person stands in', () => {
  test.each([
    'h/t Brannoc for the graph.',
    'Credit: Brannoc',
    'Brannoc (SRE) restarted it.',
    'Brannoc, our DBA, restarted it.',
    'Our on-call, Brannoc, was paged.',
    'Brannoc and I drained the pool.',
    'Per Brannoc’s suggestion we drained it.',
    '## Call with Brannoc',
    'A sync with Brannoc followed.',
  ])('%s', (text) => {
    expect(people(text)).toEqual(['Brannoc']);
  });

  test('companies and products in such places are public names', () => {
    for (const text of ['Credit: Cloudflare', 'Postgres and I disagree on defaults.', 'Google (the vendor) helped.', 'We had a call with Cloudflare and a meeting with the Zuvora team.']) expect(found(text), text).toEqual([]);
  });
});

describe("the organisation's managed cloud resources", () => {
  test.each([
    ['The endpoint ledger-prod.c9akciq32xyz.us-east-1.rds.amazonaws.com timed out.', 'redact/internal-host:ledger-prod.c9akciq32xyz.us-east-1.rds.amazonaws.com'],
    ['The balancer internal-ledger-1234567.us-east-1.elb.amazonaws.com drained.', 'redact/internal-host:internal-ledger-1234567.us-east-1.elb.amazonaws.com'],
    ['The cache vexmor-cache.abc123.ng.0001.use1.cache.amazonaws.com filled.', 'redact/internal-host:vexmor-cache.abc123.ng.0001.use1.cache.amazonaws.com'],
    ['The server vexmor-ledger.database.windows.net refused logins.', 'redact/internal-host:vexmor-ledger.database.windows.net'],
    ['Keys are in vexmor.vault.azure.net.', 'redact/internal-host:vexmor.vault.azure.net'],
    ['The context gke_vexmor-prod_us-central1-a_main was selected.', 'redact/cloud-account:gke_vexmor-prod_us-central1-a_main'],
    ['The instance vexmor-prod:us-central1:ledger-db restarted.', 'redact/cloud-account:vexmor-prod:us-central1:ledger-db'],
    ['The image 123456789012.dkr.ecr.us-east-1.amazonaws.com/ledger:1.2 was pulled.', 'redact/cloud-account:123456789012.dkr.ecr.us-east-1.amazonaws.com'],
  ])('%s', (text, finding) => {
    expect(found(text)).toEqual([finding]);
  });

  test('links to self-hosted operations tools on the organisation\'s domain', () => {
    expect(found('See https://argocd.vexmor.io/applications/ledger and https://vault.vexmor.com/ui/.')).toEqual([
      'redact/internal-link:https://argocd.vexmor.io/applications/ledger', 'redact/internal-link:https://vault.vexmor.com/ui/',
    ]);
    expect(found('Read https://prometheus.io/docs/ and https://www.jenkins.io/doc/.')).toEqual([]);
  });

  test('placeholders, the services themselves and ratios are no resource', () => {
    expect(found('Use mydb.123456789012.us-east-1.rds.amazonaws.com or <name>.database.windows.net; rds.amazonaws.com is the service.')).toEqual([]);
    expect(found('Connect to my-project:us-central1:my-instance; the ratio was 3:1:2; config:us-east1:foo is a key.')).toEqual([]);
  });
});

describe('npm run redact on the new findings', () => {
  const fix = (source: string) => applyRedactionFixes(source, scanPublicText('post.mdx', source, options).findings, { isMdx: true });

  test('a heading or a task list item starts with the role in capitals', () => {
    // Since adoption round 63 a heading is written once for each site (heading-variants.ts), as check accepts.
    expect(fix('#### qorvath: restarting pods').source).toBe('<Internal>\n#### qorvath: restarting pods\n</Internal>\n<PublicOnly>\n#### An engineer: restarting pods\n</PublicOnly>');
    expect(fix('- [ ] qorvath: rotate the keys').source).toBe('- [ ] <Internal>qorvath</Internal><PublicOnly>An engineer</PublicOnly>: rotate the keys');
  });

  test('a name in a footnote label is left to the author, who renames the label', () => {
    const source = 'The pool was resized.[^brannoc-velquist]\n\n[^brannoc-velquist]: Noted afterwards.';
    const result = fix(source);
    expect(result.source).toBe(source);
    expect(result.skipped.map((s) => s.reason)).toEqual([expect.stringContaining('in a footnote label'), expect.stringContaining('in a footnote label')]);
  });
});
