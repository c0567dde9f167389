// Bad input, round 44 (docs/rules.md, "Bad input round 44"): links that lead nowhere on the site
// (a path the build does not make, a file of the repository outside the postmortems, a place no
// heading makes), a top-level YAML merge key, follow-ups written as a table of the body, and one
// kind of finding repeated in many files. Each change case passed in silence or was said with a fix
// refused in turn; each now gets one finding naming the link or field and what exists nearby.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findingsAfterEditingGoodInput, replacing } from '../support/content-fixture.ts';
import { postPageIds } from '../../src/lib/link-anchors.ts';
import { formatFindingsText, type Finding } from '../../src/lib/findings.ts';
import { sitePathProblem } from '../../src/lib/site-paths.ts';

const said = (findings: Finding[]) => findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.severity} ${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const saidForEdit = (change: (text: string) => string) => said(findingsAfterEditingGoodInput(change) as Finding[]);
const headings = '\n\n## Root cause\n\nText.\n\n## Notes\n\nA.\n\n## Notes\n\nB.\n\n## The `pool` limit\n\nC.\n\n<a id="raw-anchor"></a>';
const saidForBody = (text: string) => saidForEdit((source) => `${source}\n${text}${headings}\n`);

describe('links to a path of the site the build does not make (before: nothing said)', () => {
  test.each([
    ['/services/nosuch/', /error body\/postmortem-link 45: the link \/services\/nosuch\/ names the service "nosuch", which is not in services\.yaml, so the site makes no page for it: a page not found\..*link to \/services\/ and pick the service there/],
    ['/services/checkout-apl/', /names the service "checkout-apl".*\(did you mean "checkout-api"\?\).*write \/services\/checkout-api\/\./],
    ['/tags/confg/', /names the tag "confg", which is not in tags\.yaml.*write \/tags\/config\/\./],
    ['/severity/SEV-1/', /names the severity "SEV-1", which is none of sev-0 to sev-4.*write \/severity\/sev-1\/\./],
    ['/severity/', /leads to \/severity\/, which has no page of its own on this site \(only its values do, e\.g\. \/severity\/sev-1\/\)/],
    ['/docs/runbooks/pool', /the link \/docs\/runbooks\/pool leads to \/docs\/runbooks\/pool on this site, which makes no such page or file.*full https:\/\/ address/],
    ['/incidents/2025-07-08-checkout-config/', /is an address of the public site.*write \/postmortems\/2025-07-08-checkout-config\/, the internal site's address/],
    ['/logo.png', /leads to \/logo\.png on this site, which makes no such page or file/],
  ])('%s', (url, expected) => {
    const found = saidForBody(`See [the page](${url}).`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test.each(['/services/checkout-api/', '/services/checkout-api/2/', '/tags/', '/severity/sev-1/', '/years/2025/', '/insights/team/checkout/', '/search/?q=pool', '/favicon.svg', '/postmortems.json', '/follow-ups.csv', '/'])('control: %s is a page or file of the site', (url) => {
    expect(saidForBody(`See [the page](${url}).`)).toEqual([]);
  });
  test('control: a path in code is not a link', () => {
    expect(saidForBody('Run `curl /services/nosuch/` to see.\n\n```\n[x](/services/nosuch/)\n```')).toEqual([]);
  });
  test('a reference definition is read as the link it is', () => {
    expect(saidForBody('See [the page][s].\n\n[s]: /services/nosuch/').join('\n')).toMatch(/names the service "nosuch"/);
  });
  test('sitePathProblem: a file of public/ is served from the root', () => {
    expect(sitePathProblem('/favicon.svg', { services: [], tags: [], triggers: [] }, resolve(import.meta.dirname, '../../public'))).toBeUndefined();
    expect(sitePathProblem('/favicon.png', { services: [], tags: [], triggers: [] }, resolve(import.meta.dirname, '../../public'))?.message).toMatch(/makes no such page or file/);
  });
});

describe('links to a file of the repository outside the postmortems (before: nothing, or "no postmortem has the id README")', () => {
  test.each([
    ['../../README.md', /the link \.\.\/\.\.\/README\.md leads out of the postmortems folder to .*README\.md.*so on the site it leads to \/README\.md, a page not found\..*full https:\/\/ address on the repository's host/],
    ['../../src/pool.ts#L10', /the link \.\.\/\.\.\/src\/pool\.ts#L10 leads out of the postmortems folder.*\/src\/pool\.ts, a page not found.*blob\/main\/<path>#L10\), quote the part/],
    ['../../deploy/values.yaml', /leads out of the postmortems folder.*\/deploy\/values\.yaml, a page not found/],
  ])('%s', (url, expected) => {
    const found = saidForBody(`See [the file](${url}).`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test('control: a relative link to a page keeps its message of pages', () => {
    expect(saidForBody('See [the other](../2024-01-16-node-pool/).').join('\n')).toMatch(/is read from this page's address.*which is no postmortem's page/);
  });
  test('a link to a file of the postmortem\'s own media is not this rule\'s (round 45 says it: the site publishes no linked file)', () => {
    expect(saidForBody('See [the trace](./media/trace.png).')).toEqual([expect.stringMatching(/the link \.\/media\/trace\.png names postmortems\/media\/trace\.png, which does not exist/)]);
  });
});

describe('links to a place no heading makes (before: nothing said)', () => {
  test.each([
    ['#root-causee', /warning body\/postmortem-link 45: the link #root-causee names the place #root-causee, which no heading of this page makes.*#root-cause, #notes, #notes-1, #the-pool-limit, #raw-anchor.*\| write #root-cause\./],
    ['#Root-Cause', /names the place #Root-Cause.*\| write #root-cause\./],
    ['#notes-2', /names the place #notes-2.*\| write #notes(-1)?\./],
    ['#action-AI-9', /names the place #action-AI-9/],
    ['/postmortems/2025-07-08-checkout-config/#what-happend', /names the place #what-happend, which no heading of this page makes.*\| write #what-happened/],
  ])('%s', (url, expected) => {
    const found = saidForBody(`See [there](${url}).`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test.each(['#root-cause', '#notes-1', '#the-pool-limit', '#raw-anchor', '#action-AI-1', '#timeline-title', '#top', '#main', 'https://example.com/#nope', '/postmortems/2025-07-08-checkout-config/#what-happened'])('control: %s is a place of the page', (url) => {
    expect(saidForBody(`See [there](${url}).`)).toEqual([]);
  });
  test('a place of another post, read from that post\'s headings', () => {
    const found = findingsAfterEditingGoodInput((source) => `${source}\n\n## Root cause\n\nText.\n`) as Finding[];
    expect(found).toEqual([]);
  });
  test('the page ids listed are the ones the post page writes', () => {
    const dir = resolve(import.meta.dirname, '../../src/lib/post-page');
    const written = new Set(readdirSync(dir).flatMap((name) => [...readFileSync(join(dir, name), 'utf8').matchAll(/\bid="([a-z][a-z-]*)"/g)].map((m) => m[1])));
    expect([...written].sort()).toEqual([...postPageIds].sort());
  });
});

describe('a top-level YAML merge key (before: "move the keys … delete the defaults: line", leaving <<: *defaults an alias to nothing)', () => {
  test('the anchor\'s key and the merge line are said as one merge, both to delete', () => {
    const found = saidForEdit((t) => t.replace('severity: SEV-2\n', '').replace('title: Checkout errors after a config push', 'defaults: &defaults\n  severity: SEV-2\n<<: *defaults\ntitle: Checkout errors after a config push'));
    const merge = found.filter((line) => line.includes('schema/unknown-key'));
    expect(merge).toHaveLength(1);
    expect(merge[0]).toMatch(/unknown key "defaults": it is the anchor of a YAML merge key \(<<: \*…\), which was to copy its fields \(severity\) to the top level.*delete the defaults: line and the <<: line together \(an alias left to an anchor deleted is a YAML error\)/);
  });
  test('a merge of an inline map names the fields it would copy', () => {
    const found = saidForEdit((t) => t.replace('severity: SEV-2\n', '').replace('title: Checkout errors after a config push', '<<: {severity: SEV-2}\ntitle: Checkout errors after a config push'));
    expect(found.join('\n')).toMatch(/a YAML merge key \(<<\) is not supported: the fields it would copy \(severity\) are not read\..*write the fields out in place of the <<: line/);
  });
  test('control: a key holding fields without a merge keeps its message', () => {
    const found = saidForEdit(replacing('title: Checkout errors after a config push', 'params:\n  summary: x\ntitle: Checkout errors after a config push'));
    expect(found.join('\n')).toMatch(/unknown key "params": it holds summary.*delete the params: line/);
  });
});

describe('follow-ups as a table of the body (before: tracked nowhere, nothing said)', () => {
  test('each open row under a heading of follow-ups, with its owner and day', () => {
    const found = saidForEdit((t) => `${t}\n## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Alert on pool saturation | checkout | 2025-08-15 |\n| Add a pool size check | @ana | 2025-08-20 |\n`);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/warning body\/untracked-follow-up 49: this row of a table of follow-ups is a follow-up with its owner \(checkout\) and its due day \(2025-08-15\).*"- id: AI-2", then "title: Alert on pool saturation", "owner: checkout", "due: 2025-08-15"/);
    expect(found[1]).toMatch(/its owner \(@ana\).*"- id: AI-3"/);
  });
  test.each([
    ['a done row', '## Action items\n\n| Action | Owner | Status |\n|---|---|---|\n| Alert on pool saturation | checkout | Done |'],
    ['a table of times', '## Timeline\n\n| Time | Event |\n|---|---|\n| 17:45 | push |'],
    ['a row an action item holds', '## Action items\n\n| Action | Owner |\n|---|---|\n| Validate pool sizes in CI | checkout |'],
  ])('control: %s', (_label, text) => {
    expect(saidForEdit((t) => `${t}\n${text}\n`)).toEqual([]);
  });
});

describe('one kind of finding in many files, said once in the text output (before: every copy, the rarer ones buried)', () => {
  const finding = (index: number, rule = 'schema/required', message = 'required field trigger is missing.'): Finding => ({ file: `content/postmortems/2025-07-${String(index).padStart(2, '0')}-x.mdx`, line: 2, column: 1, rule, severity: 'error', message, fix: 'set the trigger.' });
  test('a repeat of 12 files: its count, first places and fix once; the rare one in full', () => {
    const findings = [...Array.from({ length: 12 }, (_, i) => finding(i + 1)), finding(20, 'schema/invalid-value', 'severity is "SEV-9", which is not allowed.')];
    const text = formatFindingsText(findings, 13);
    expect(text.split('\n').filter((line) => line.includes('required field trigger is missing'))).toHaveLength(1);
    expect(text).toMatch(/content\/postmortems\/2025-07-20-x\.mdx:2:1  error  schema\/invalid-value  severity is "SEV-9"/);
    expect(text).toMatch(/error  schema\/required  ×12 in 12 files, each: required field trigger is missing\.\n    at content\/postmortems\/2025-07-01-x\.mdx:2:1, .*, and 7 more \(--format json lists each\)\n    fix: set the trigger\./);
    expect(text).toMatch(/13 files checked: 13 errors, 0 warnings$/);
  });
  test('messages that differ by their value are one kind, said with the first as an example', () => {
    const text = formatFindingsText(Array.from({ length: 10 }, (_, i) => finding(i + 1, 'vocabulary/unknown', `unknown service "svc-${i}".`)), 10);
    expect(text).toMatch(/×10 in 10 files, each with its own value, e\.g\. unknown service "svc-0"\./);
  });
  test('control: repeats in fewer than 5 files, or fewer than 10 findings, are listed one by one', () => {
    expect(formatFindingsText(Array.from({ length: 12 }, (_, i) => ({ ...finding(i % 4 + 1), line: i + 1 })), 4)).not.toMatch(/×/);
    expect(formatFindingsText(Array.from({ length: 9 }, (_, i) => finding(i + 1)), 9)).not.toMatch(/×/);
  });
});

describe('round 44: severities with a note, empty severities, keys of trackers, MyST fences, a stray closing tag', () => {
  test.each([
    ['Medium (4.2)', /severity is "Medium \(4\.2\)", a word of another tool's severity scale with a note after it \("4\.2"\).*write severity: SEV-3, what "Medium" most often stands for.*Say the note in the summary or the body\./],
    ['""', /severity is empty, which names no level: every postmortem has a severity, a near miss too\..*SEV-4 with nearMiss: true/],
    ['~', /severity is empty, which names no level/],
    ['none', /severity is "none", which names no level/],
  ])('severity: %s (before: the list alone, or "did you mean SEV-0")', (value, expected) => {
    const found = saidForEdit(replacing('severity: SEV-2', `severity: ${value}`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test.each([
    ['priority: P1', /unknown key "priority": how bad an incident was is its severity/],
    ['impact_level: high', /unknown key "impact_level": how bad an incident was is its severity/],
    ['customer_impact: yes', /unknown key "customer_impact": whether and how customers were affected is impact\.description/],
    ['environment: production', /unknown key "environment": where an incident happened is said by its services.*write it in the summary or the body/],
    ['oncall: alice', /unknown key "oncall": people are not listed in a postmortem/],
    ['uuid: 8f14e45f-ceea-467f-a0e6-3c2f1e2d5b6a', /unknown key "uuid": it is metadata of the tool the report came from.*delete it\./],
  ])('%s (before: "did you mean security?", "keep one impact:", or "remove it" and the list of keys)', (line, expected) => {
    const found = saidForEdit(replacing('title: Checkout errors after a config push', `${line}\ntitle: Checkout errors after a config push`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test('control: incident_commander keeps its "did you mean commander"', () => {
    expect(saidForEdit(replacing('title: Checkout errors after a config push', 'incident_commander: Alice Example\ntitle: Checkout errors after a config push')).join('\n')).toMatch(/did you mean "commander"\?/);
  });
  test('a merge of two anchors names both keys to delete', () => {
    const found = saidForEdit((t) => t.replace('severity: SEV-2\n', '').replace('visibility: internal\n', '').replace('title: Checkout errors after a config push', 'a: &a\n  severity: SEV-2\nb: &b\n  visibility: internal\n<<: [*a, *b]\ntitle: Checkout errors after a config push'));
    expect(found.join('\n')).toMatch(/unknown keys "a", "b": they are the anchors of a YAML merge key.*delete the a:, b: lines and the <<: line together/);
  });
  test.each([
    ['```{note}', /the fence "```\{note\}" opens a directive of MyST.*> \*\*Note:\*\* …/],
    ['```{toctree}', /the fence "```\{toctree\}" opens a directive of MyST.*a list of links for a toctree/],
  ])('a MyST directive fence %s (before: shown as a code block, nothing said)', (fence, expected) => {
    const found = saidForEdit((t) => `${t}\n${fence}\nThe pool was full.\n\`\`\`\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });
  test('control: a fence with a language is code', () => {
    expect(saidForEdit((t) => `${t}\n\`\`\`yaml\npool: 8\n\`\`\`\n`)).toEqual([]);
  });
  test('a closing </div> with no <div> (before: MDX\'s words, "Unexpected closing slash")', () => {
    const found = saidForEdit((t) => `${t}\nText.\n\n</div>\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/<\/div> closes no <div>: none is open before it in this paragraph.*delete <\/div>/);
  });
  test('a link to a postmortem no id is close to names the one of the nearest day', () => {
    expect(saidForBody('See [x](/postmortems/2024-01-01-typo/).').join('\n')).toMatch(/which does not exist \(the postmortem of the nearest day is "2025-07-08-checkout-config"\)/);
  });
});
