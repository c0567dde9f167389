import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { join } from 'node:path';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';

/**
 * Names that reached a public site built from an infrastructure team's published work logs and a
 * hub's incident reports (imported, made public, fixed with `npm run redact`, then the built site
 * searched for the repositories' git authors). Every sentence here is our own, modelled on those
 * shapes; no list knows any of the names, so the guard must find them from where they stand.
 */
const options: RedactionOptions = { internalDomains: ['.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
const found = (text: string) => scanPublicText('post.mdx', text, options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);
const people = (text: string) => found(text).filter((f) => /^redact\/(?:possible-)?person:/.test(f)).map((f) => f.replace(/^[^:]+:/, ''));

describe('leaks found on a built public site', () => {
  test('first names in lower case in an Owner column, also where a list of public names knows the word', () => {
    const table = ['|**Action**|**Type**|**Owner**|**Status**|', '| :- | :- | :- | :- |', '|Snapshot the CT|mitigate|charles|**FAILED**|', '|Rebuild the CT|mitigate|charles,stephane|**IN PROGRESS**|', ''].join('\n');
    expect(people(table)).toEqual(['charles', 'charles', 'stephane']);
  });

  test('the other words of a list of people in an Owner cell, English or not, but not teams or roles', () => {
    const table = ['| Action | Owner |', '| --- | --- |', '| Rebuild the CT | charles,stephane,christian |', '| Rotate keys | platform, sre |', '| Page the vendor | charles and the platform team |', ''].join('\n');
    expect(people(table)).toEqual(['charles', 'stephane', 'christian', 'charles']);
  });

  test('the author given to git in a pasted command', () => {
    expect(people('```\ngit commit -a -m "feat: backups" --author "Wendeline Arkwright <w@example.org>"\n```')).toEqual(['Wendeline Arkwright']);
    expect(people('```\ngit commit -m "fix" --author="Wendeline Arkwright …"\n```')).toEqual(['Wendeline Arkwright']);
    expect(people('```\ngit config --global user.name "Wendeline Arkwright"\n```')).toEqual(['Wendeline Arkwright']);
    expect(people('```\ngit config --global --add author.name "Wendeline Arkwright"\n```')).toEqual(['Wendeline Arkwright']);
  });

  test('who took or assigned something, in a field of structured output', () => {
    expect(people('```json\n{ "metadata": { "taken_by": "wendeline", "taken_because": "backup before the upgrade" } }\n```')).toEqual(['wendeline']);
    expect(people('```yaml\nassigned_by: hbrekke\nsort_by: timestamp\n```')).toEqual(['hbrekke']);
  });

  test('someone told, e-mailed or contacted', () => {
    expect(people('I checked, as told by QZarnik, that the search engine was installed.')).toEqual(['QZarnik']);
    expect(people('  - Email to Jean-Yvonnick about the new server.')).toEqual(['Jean-Yvonnick']);
    expect(people('An engineer asks how to contact Zuvimo.')).toEqual(['Zuvimo']);
  });

  test('a name found once is found again as the lower-case handle it is written as', () => {
    expect(people('* thanks to Oriane for the access\n* the old backups of oriane stay in the archive folder')).toEqual(['Oriane', 'oriane']);
  });

  test('a found name is found in capitals too, as code comments and log prefixes write it', () => {
    expect(people('Thanks to Oriane for the patch.\n\n```\n# 2024-03-08 patch from ORIANE\niptables -j LOG --log-prefix "** ORIANE DEBUG **"\n```')).toEqual(['Oriane', 'ORIANE', 'ORIANE']);
    expect(people('The files of /home/wendeline/ moved.\n\n```\n# WENDELINE: keep this\n```')).toEqual(['wendeline', 'WENDELINE']);
  });

  test('a handle found for certain is found wherever else the post writes it', () => {
    expect(people('* create user: wendeline / wendeline\n* the notes of wendeline are in the wiki')).toEqual(['wendeline', 'wendeline', 'wendeline']);
  });

  test('the account a command adds or changes', () => {
    expect(people('Then add my user to the sudoers group: `adduser wendeline sudo`.')).toEqual(['wendeline']);
    expect(people('```\nsudo usermod -aG docker wendeline\nuseradd -m -s /bin/bash -G wheel hbrekke\npasswd hbrekke\n```')).toEqual(['wendeline', 'hbrekke', 'hbrekke']);
    expect(people('```\nadduser --system --group --home /srv/pool pool\nuseradd -r prometheus\nusermod -aG docker $USER\nadduser www-data\nopenssl passwd -5 -stdin -salt xqzzvk\n```')).toEqual([]);
  });

  test('a first name that a word-game dictionary knows too, as a command\'s account and wherever else the post has it', () => {
    expect(people('I also create a user *stephane*:\n\n```\nadduser stephane\n```')).toEqual(['stephane', 'stephane']);
    expect(people('The new user will see the page.\n\n```\nadduser will\n```')).toEqual([]);
  });

  test('an account named before its noun', () => {
    expect(people('After changing the idmap, the wendeline user I had created got another id.')).toEqual(['wendeline']);
    expect(people('The new user, the root user and the deploy account stay.')).toEqual([]);
  });

  test('a name after a paragraph that ends in a product, with no full stop', () => {
    expect(people("It works, but we don't have the NVMe\n\nOriane tried another approach:")).toEqual(['Oriane']);
  });

  test('but not where such words are English or a tool\'s', () => {
    expect(people('Thanks to Oriane for the review; the queue will drain.')).toEqual(['Oriane']);
    expect(people('The change was deployed by Kubernetes and explained by the release notes.')).toEqual([]);
    expect(people('|Action|Owner|\n|---|---|\n|Rotate keys|platform|\n')).toEqual([]);
  });
});

/**
 * Names that reached the public site built from blockchain validators' upgrade postmortems and a
 * chain community's security review (the same procedure, on other collections). Our own
 * sentences, modelled on those shapes.
 */
describe('leaks found on a second built public site', () => {
  test('the other members of a series that holds a person', () => {
    const post = ['10:02 UTC: Yelmar joins the call.', '', '18:30 UTC: Walk through the revival steps with Kestro, Yelmar, and Dev.'].join('\n');
    expect(people(post)).toEqual(['Yelmar', 'Kestro', 'Yelmar', 'Dev']);
    // Not the products, places and words of such a series, nor the role npm run redact wrote:
    // beside places that were taken for a full name and replaced, it made places people.
    expect(people('10:02 UTC: Yelmar joins the call.\n\nYelmar checked Redis, Grafana and Postgres in Frankfurt, Tokyo and Dublin.')).toEqual(['Yelmar', 'Yelmar']);
    expect(people('Power came back at Salal, an engineer, an engineer, Bhakra, Pong and Chibro.')).toEqual([]);
  });

  test('a series of people with their organisations in brackets, wrapped over lines', () => {
    const post = ['10:02 UTC: Yelmar joins the call.', '', '* Help from maintainers such as Yelmar (Quorvo), Kestro (pool.example), Dev (Halvion),', '  qarnoth (Vexa-9), thornBay (Ulmo Labs), Steady Nodes.'].join('\n');
    expect(people(post)).toEqual(['Yelmar', 'Yelmar', 'Kestro', 'Dev', 'qarnoth', 'thornBay']);
  });



  test('a timeline entry whose time has a zone, with more of what people do', () => {
    expect(people('11:00 GST: Quorvin takes various backups to restart the node.')).toEqual(['Quorvin']);
    expect(people('11:00 GST: Quorvin works with validators on the exported state.')).toEqual(['Quorvin']);
    expect(people('11:00 GST: Kubernetes takes over the scheduling.')).toEqual([]);
  });

  test('someone worked with together with the rest of the team', () => {
    expect(people('10:30 GST: Discuss the halt with Quorvin and the wider team and get debugging.')).toEqual(['Quorvin']);
    expect(people('We went through it with **Quorvin** and the rest of the team.')).toEqual(['Quorvin']);
    expect(people('The probe works with Redis and the team dashboards; it ships with Zorblat and the team\'s runbooks.')).toEqual([]);
  });

  test('a machine named in prose where only a machine stands', () => {
    expect(found('- Updated the ubuntu image on Quellbox, which broke the builds in Quellbox.')).toEqual(['redact/internal-host:Quellbox', 'redact/internal-host:Quellbox']);
    expect(found('We ssh\'d into Tovebox and logged into Quellbox.')).toEqual(['redact/internal-host:Tovebox', 'redact/internal-host:Quellbox']);
    expect(found('The image on Docker Hub and the builds on Buildkite and in Kubernetes were fine; images in Europe too.')).toEqual([]);
  });

  test('a security scanner organisation page, whose slug is an account', () => {
    expect(found('The scan results are [here](https://app.snyk.io/org/wendelinex).').some((f) => f.startsWith('redact/internal-link:'))).toBe(true);
    expect(found('See [the Snyk docs](https://docs.snyk.io/scan-with-snyk).')).toEqual([]);
  });
});

describe('npm run redact on a relative link whose text comes first', () => {
  const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
  test('the finding points at the target, so the fix wraps the whole link', () => {
    const file = '/tmp/2025-03-01-p.mdx';
    const source = `${publicProbePost()}The rule — kept for good — is in [\`docs/pickle-rules.md\`](../../docs/pickle-rules.md), which we follow.\n`;
    const result = validatePostmortemSource(file, '2025-03-01-p', source, { vocabulary, knownIds: new Set(['2025-03-01-p']), contentDir: '/tmp' });
    expect(result.data, JSON.stringify(result.findings)).toBeDefined();
    const findings = scanPostmortemForPublication(file, source, result.data!, options).findings.filter((f) => f.rule === 'redact/internal-link');
    expect(findings.map((f) => redactionFindingText(f))).toEqual(['../../docs/pickle-rules.md']);
    const line = source.split('\n')[findings[0].line - 1];
    expect(line.slice(findings[0].column - 1)).toMatch(/^\.\.\/\.\.\/docs\/pickle-rules\.md\)/);
    const fixed = applyRedactionFixes(source, findings, { isMdx: true });
    expect(fixed.skipped).toEqual([]);
    expect(fixed.source).toContain('<Internal>[`docs/pickle-rules.md`](../../docs/pickle-rules.md)</Internal>');
  });
});
