import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';

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

  test('a handle found for certain is found wherever else the post writes it', () => {
    expect(people('* create user: wendeline / wendeline\n* the notes of wendeline are in the wiki')).toEqual(['wendeline', 'wendeline', 'wendeline']);
  });

  test('the account a command adds or changes', () => {
    expect(people('Then add my user to the sudoers group: `adduser wendeline sudo`.')).toEqual(['wendeline']);
    expect(people('```\nsudo usermod -aG docker wendeline\nuseradd -m -s /bin/bash -G wheel hbrekke\npasswd hbrekke\n```')).toEqual(['wendeline', 'hbrekke', 'hbrekke']);
    expect(people('```\nadduser --system --group --home /srv/pool pool\nuseradd -r prometheus\nusermod -aG docker $USER\nadduser www-data\nopenssl passwd -5 -stdin -salt xqzzvk\n```')).toEqual([]);
  });

  test('but not where such words are English or a tool\'s', () => {
    expect(people('Thanks to Oriane for the review; the queue will drain.')).toEqual(['Oriane']);
    expect(people('The change was deployed by Kubernetes and explained by the release notes.')).toEqual([]);
    expect(people('|Action|Owner|\n|---|---|\n|Rotate keys|platform|\n')).toEqual([]);
  });
});
