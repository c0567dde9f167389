// Bad input, round 41 (docs/rules.md, "Bad input round 41"): what an adopter's repository really
// contains. Each change case was published as typed, said with a wrong fix ("remove it" for a key
// holding the facts, "did you mean mitigation?" for `investigation`), said twice, or said with the
// format alone; each now gets one finding with the value to write. Controls are left as they were.
import { describe, expect, test } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsAfterEditingGoodInput, goodInputPostmortem, replacing } from '../support/content-fixture.ts';
import { findingsInGoodInputFolder, secondPostmortem } from '../support/good-input-folder.ts';
import { instantAdvice } from '../../src/lib/instant-advice.ts';

type Finding = { rule: string; message: string; fix?: string; line?: number; severity: string };
const asMd = goodInputPostmortem.replace(/\.mdx$/, '.md');
const said = (findings: Finding[]) => findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
/** What the good-input postmortem gets with `text` appended to its body, as .mdx or .md. */
const saidForBody = (text: string, name = goodInputPostmortem) => said(findingsAfterEditingGoodInput((source) => `${source}\n${text}\n`, name) as Finding[]);
/** What the good-input postmortem gets with its frontmatter edited. */
const saidForEdit = (change: (text: string) => string) => said(findingsAfterEditingGoodInput(change) as Finding[]);

const bodyCases: [string, string, RegExp][] = [
  ['a Pandoc citation', 'As measured before [@smith2020], the pool was 8.', /\[@smith2020\] is a citation of Pandoc.*no bibliography.*write the source itself/],
  ['Pandoc citations with a page', 'Pools run dry under load [@smith2020; @lee2019, p. 4].', /citation of Pandoc \(keys of its bibliography\).*smith2020, lee2019/],
  ['an Org heading of the second level', '* Summary\nThe pool ran dry.\n** Timeline\nAt 17:49 an alert.', /`\*\* Timeline` is a heading in Org-mode markup.*### Timeline/],
  ['an Org heading of a report section, alone', '* Root cause\n\nThe pool was 8.', /`\* Root cause` is a heading in Org-mode markup.*a list of one item.*## Root cause/],
  ['an Org block', '#+BEGIN_SRC sh\nkubectl get pods\n#+END_SRC', /`#\+BEGIN_SRC sh` opens a block of Org mode, closed by #\+END_SRC.*```sh/],
  ['an emoji shortcode round 40b did not know', 'Checkout is back :large_green_circle:', /:large_green_circle: is an emoji shortcode.*write the emoji itself, 🟢/],
  ['a thumbs-up shortcode', 'Rollback approved :+1:', /:\+1: is an emoji shortcode.*👍/],
];

describe('a dialect\'s mark round 40b left is said once, with the Markdown to write (before: published as typed, or said twice)', () => {
  test.each(bodyCases.flatMap(([label, text, expected]) => [[`${label} (.mdx)`, text, expected, goodInputPostmortem], [`${label} (.md)`, text, expected, asMd]] as const))('%s', (_label, text, expected, name) => {
    const found = saidForBody(text, name);
    // The second-level case holds two Org headings, each said once.
    expect(found.filter((f) => /Org|citation|emoji/.test(f))).toHaveLength(/\*\* Timeline/.test(text) ? 2 : 1);
    expect(found.join('\n')).toMatch(expected);
  });
});

describe('controls: written alike, meant as Markdown (left alone)', () => {
  test.each([
    ['a team handle in brackets', 'Paged [@checkout-oncall] at once.'],
    ['an e-mail address in brackets', 'Write to [ops@acme.example].'],
    ['a one-item list that is no section title', 'What we did:\n\n* Rolled back the config.'],
    ['a list whose items are section titles', '* Impact\n* Timeline'],
    ['a thematic break of spaced stars', 'Text.\n\n* * *\n\nMore.'],
    ['bold that starts with a code span', '**`Found` from the cache read** and more.'],
  ])('%s', (_label, text) => {
    expect(saidForBody(text)).toEqual([]);
  });
});

const frontmatterCases: [string, (text: string) => string, RegExp][] = [
  ['severity as a set of keys', replacing('severity: SEV-2', 'severity:\n  level: 2'), /severity is written as a set of keys.*write severity: SEV-2 \(if 2 is what your old scale called SEV-2\)/],
  ['a service as a set of keys', replacing('services: [checkout-api]', 'services:\n  - id: checkout-api\n    impact: major'), /services\[0\] is written as a set of keys.*write - checkout-api \(the other keys, impact/],
  ['an owner as a set of keys', replacing('owner: checkout', 'owner:\n      team: checkout'), /owner is written as a set of keys.*write owner: checkout/],
  ['tags as a map of true', replacing('tags: [config]', 'tags:\n  config: true'), /write it as a list of the ids marked true: tags: \[config\]/],
  ['a summary as a list of sentences', replacing('summary: A configuration push lowered a limit and checkout failed for 10 minutes. Reverting fixed it.', 'summary:\n  - A push lowered a limit.\n  - Reverting fixed it.'), /summary is written as a list \(2 lines.*summary: A push lowered a limit\. Reverting fixed it\./],
  ['a timeline as a map of times to events', (t) => t.replace(/timeline:\n[\s\S]*?actionItems:/, 'timeline:\n  "2025-07-08T17:49:00Z": Alert.\nactionItems:'), /timeline is written as a set of keys, a time for each event.*"- at: 2025-07-08T17:49:00Z", then "event: Alert\."/],
  ['the facts nested under a CMS\'s key', replacing('related: []', 'related: []\nparams:\n  severity: SEV-2'), /unknown key "params": it holds severity, fields of the postmortem itself.*move the keys under params: out to the top level/],
  ['a status page\'s resolved flag', replacing('related: []', 'related: []\nresolved: true'), /unknown key "resolved": whether the incident is over is its times.*times\.resolved/],
  ['a status page\'s components', replacing('related: []', 'related: []\ncomponents:\n  - name: Checkout'), /unknown key "components".*list them as services/],
  ['a CMS\'s thumbnail', replacing('related: []', 'related: []\nthumbnail: /uploads/pool.png'), /unknown key "thumbnail": it is a setting of a CMS or a status page/],
  ['a timeline kind of a run sheet', replacing('kind: detection', 'kind: investigation'), /write kind: other, the value here for what "investigation" says/],
  ['a priority of a five-step scale', replacing('priority: P1', 'priority: P4'), /write priority: P3, the value here for what "P4" says/],
  ['a duration in words with an estimate', replacing('  description: Some checkout attempts failed.', '  description: Some checkout attempts failed.\n  downtimeMinutes: about two hours'), /write 120 \(two hours in minutes\), without quotes; say in the body that it is an estimate/],
  ['the action items as one line', (t) => t.replace(/actionItems:\n[\s\S]*?related:/, 'actionItems: Validate pool sizes in CI\nrelated:'), /actionItems is a line of text \("Validate pool sizes in CI"\), but it is a list of action items.*"- id: AI-1"/],
  ['a day as a list of one', replacing('drafted: 2025-07-09', 'drafted: [2025-07-09]'), /drafted is written as a list \(\["2025-07-09"\]\), but holds one value.*write drafted: 2025-07-09, without the brackets/],
  ['a status page\'s impact level', replacing('impact:\n  description: Some checkout attempts failed.\n  start: 2025-07-08T17:45:00Z\n  end: 2025-07-08T17:55:00Z', 'impact: major'), /impact is "major", a status page's impact level.*write severity: for the level/],
  ['a key beside the one it is meant as', replacing('impact:\n  description: Some checkout attempts failed.', 'impact: major\nimpactDetail:\n  description: Some checkout attempts failed.'), /unknown key "impactDetail".*did you mean "impact"\? This file has impact: already: keep one impact:, with what impactDetail holds in it/],
  ['a day with a zone\'s abbreviation', replacing('drafted: 2025-07-09', 'drafted: 2025-07-09 CET'), /e\.g\. 2025-07-09\. This field is a day, written without a time zone/],
];

describe('frontmatter as other tools write it, said with the value to write (before: "must be text", "remove it", a wrong "did you mean", or the format alone)', () => {
  test.each(frontmatterCases)('%s', (_label, change, expected) => {
    const found = saidForEdit(change);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
});

test('control: a reviewer written as a set of keys with a name is not told to write the name (reviewers are roles)', () => {
  const found = saidForEdit(replacing('related: []', 'related: []\nreviewers:\n  - name: Jane Doe'));
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/reviewers\[0\] is \{"name":"Jane Doe"\}, but must be text/);
  expect(found[0]).not.toMatch(/write - Jane Doe/);
});

describe('a time as a report writes it: the instant to write', () => {
  const valid = () => true;
  test.each([
    ['a word between the day and the time', '2025-07-08 at 17:45 UTC', /"at" between the day and the time is not written.*Write 2025-07-08T17:45:00Z\./],
    ['an h between hours and minutes', '2025-07-08 17h45 UTC', /joined by ":".*Write 2025-07-08T17:45:00Z\./],
    ['a zone in brackets', '2025-07-08 17:45 (CET)', /the zone is written without brackets, \(CET\).*2025-07-08T17:45:00\+01:00/],
    ['a standard time\'s name in summer', '2025-07-08 17:45 PST', /Write 2025-07-08T17:45:00-08:00 if the time was noted at -08:00 \(PST proper\), or 2025-07-08T17:45:00-07:00 if it is the local time of America\/Los_Angeles/],
    ['a summer time\'s name in winter', '2025-01-08 17:45 CEST', /or 2025-01-08T17:45:00\+01:00 if it is the local time of Europe\/Berlin/],
    ['a name of three zones', '2025-07-08 17:45 IST', /Write 2025-07-08T17:45:00\+05:30\. IST is read here as India Standard Time.*Irish Standard Time, \+01:00, and Israel Standard Time/],
  ])('%s', (_label, written, expected) => {
    expect(instantAdvice(written, valid)).toMatch(expected);
  });
  test('control: a standard time\'s name in its season names one reading', () => {
    expect(instantAdvice('2025-01-08 17:45 PST', valid)).toMatch(/Write 2025-01-08T17:45:00-08:00\.$/);
  });
});

/** What validateCorpus says over a copy of the good-input knowledge base after `setup`. */
const saidForFolder = (setup: (postmortems: string, good: string) => void) => said(findingsInGoodInputFolder(setup) as Finding[]);
const second = secondPostmortem;

describe('links, images and links of the file system', () => {
  test('a link to another post by the address a blog gave it: its page named (before: nothing said)', () => {
    const found = saidForFolder((dir, good) => writeFileSync(join(dir, '2025-07-09-checkout-again.mdx'), `${second(good)}\nSee [the first one](/2025/07/08/checkout-config.html).\n`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/body\/postmortem-link .*the link \/2025\/07\/08\/checkout-config\.html is the address a blog .* gave a post, here the postmortem "2025-07-08-checkout-config".*link to its page: \/postmortems\/2025-07-08-checkout-config\//);
  });
  test('an image address in angle brackets with a space, missing: said (before: nothing said); present: nothing said', () => {
    expect(saidForBody('![Pool](<pool graph.png>)').join('\n')).toMatch(/mdx\/missing-image .*the image "pool graph\.png" \(Pool\) does not exist/);
    const present = saidForFolder((dir, good) => {
      writeFileSync(join(dir, '2025-07-08-checkout-config.mdx'), `${good}\n![Pool](<pool graph.png>)\n`);
      writeFileSync(join(dir, 'pool graph.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));
    });
    expect(present).toEqual([]);
  });
  test('a link to a folder that does not exist is warned of (before: nothing said); a link loop is not', () => {
    const found = saidForFolder((dir) => {
      symlinkSync('/nonexistent/old-reports', join(dir, 'archive'));
      mkdirSync(join(dir, '2025'));
      symlinkSync('..', join(dir, '2025', 'up'));
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^corpus\/unreadable-file .*archive is a symbolic link to \/nonexistent\/old-reports, which does not exist.*left out of the sites/);
  });
});
