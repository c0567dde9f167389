// Bad input, round 14: what round 13 left, and inputs of an adopter converting old reports and of
// a careless contributor (docs/rules.md, "Bad input round 14").
import { describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { findingsAfterEditingGoodInput, fixturesDir, goodInputPostmortem, makeContentFromFixture, replacing } from '../support/content-fixture.ts';
import { loaderPublicRefusal, publicGoodInputPost, publicRefusal } from '../support/public-refusal.ts';
import { PublicVariantError } from '../../src/lib/strip-internal.ts';
import { fixtureVocabularySources, vocabularyProblems } from '../support/vocabulary-fixture.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';
import { configRefusalLines } from '../support/kb-config-refusal.ts';
import type { KbConfigInput } from '../../src/lib/kb-config.ts';
import { findFrontmatterLineMistake } from '../../src/lib/frontmatter-line-mistakes.ts';
import { enumSynonym } from '../../src/lib/enum-synonyms.ts';

const errorsAfter = (change: (text: string) => string, name?: string) => findingsAfterEditingGoodInput(change, name).filter((f) => f.severity === 'error');
const body = (text: string) => replacing('A configuration push lowered the pool size.', `A configuration push lowered the pool size.\n\n${text}`);
const good = readFileSync(join(import.meta.dirname, '../fixtures/good-input', goodInputPostmortem), 'utf8');
/** The good-input postmortem as another incident, two days later, titled `title`. */
const anotherIncident = (title: string) => good.replace('title: Checkout errors after a config push', `title: ${title}`)
  .replace(/2025-07-08T/g, '2025-07-10T').replace('drafted: 2025-07-09', 'drafted: 2025-07-11').replace('published: 2025-07-12', 'published: 2025-07-13');
const lint = { config: { rules: {} }, asOf: '2026-06-01', people: [] as string[] };

/** The findings of the good-input fixture with its postmortem saved as `name`, lint rules on. */
function lintedFindingsNamed(name: string, change: (text: string) => string = (text) => text) {
  const dir = makeContentFromFixture('good-input');
  rmSync(join(dir, goodInputPostmortem));
  writeFileSync(join(dir, 'postmortems', name), change(good));
  return validateCorpus(dir, { lint }).findings;
}

describe('round 13 left: an empty folder named like a postmortem (passed in silence)', () => {
  test('postmortems/2025-07-09-x.mdx/, empty, is corpus/not-read naming it, with the fix', () => {
    const dir = makeContentFromFixture('good-input');
    mkdirSync(join(dir, 'postmortems/2025-07-09-db-outage.mdx'));
    const [finding] = validateCorpus(dir).findings;
    expect(finding).toMatchObject({ rule: 'corpus/not-read', severity: 'error', file: join(dir, 'postmortems/2025-07-09-db-outage.mdx') });
    expect(finding.message).toContain('is a folder, not a file, and holds no postmortem');
    expect(finding.fix).toContain('remove the folder, then save the file');
  });

  test('one holding only an image is said too; one holding a postmortem is walked as before', () => {
    const dir = makeContentFromFixture('good-input');
    mkdirSync(join(dir, 'postmortems/shots.md'));
    writeFileSync(join(dir, 'postmortems/shots.md/graph.txt'), 'x');
    mkdirSync(join(dir, 'postmortems/2025.mdx'));
    writeFileSync(join(dir, 'postmortems/2025.mdx/2025-07-10-other.mdx'), anotherIncident('Another incident'));
    expect(validateCorpus(dir).findings.map((f) => `${f.rule} ${f.file.replace(/^.*postmortems\//, '')}`)).toEqual(['corpus/not-read shots.md']);
  });
});

describe('round 13 left: a file named after a day the incident did not happen on (consistency/file-day)', () => {
  test('2024-03-05-db-outage.mdx for an incident of 2025-07-08 is an error at times.started, with the name to use', () => {
    const [finding] = lintedFindingsNamed('2024-03-05-db-outage.mdx').filter((f) => f.rule === 'consistency/file-day');
    expect(finding).toMatchObject({ severity: 'error', line: 12, field: 'times.started' });
    expect(finding.message).toContain('the file name says 2024-03-05, but times.started is 2025-07-08');
    expect(finding.fix).toContain('rename the file to 2025-07-08-db-outage');
  });

  test('the day before the start and the day after the end pass (time zones; a report named by its detection day)', () => {
    for (const name of ['2025-07-07-checkout-config.mdx', '2025-07-09-checkout-config.mdx']) {
      expect(lintedFindingsNamed(name).filter((f) => f.rule === 'consistency/file-day')).toEqual([]);
    }
    expect(lintedFindingsNamed('2025-07-10-checkout-config.mdx').filter((f) => f.rule === 'consistency/file-day')).toHaveLength(1);
  });

  test('a name shaped as a day that is none is said; a historical record gets a warning', () => {
    expect(lintedFindingsNamed('2025-13-40-checkout-config.mdx').find((f) => f.rule === 'consistency/file-day')?.message).toContain('which is no day (there is no month 13)');
    const historical = lintedFindingsNamed('2024-03-05-db-outage.mdx', replacing('related: []', 'related: []\nhistorical: true')).find((f) => f.rule === 'consistency/file-day');
    expect(historical?.severity).toBe('warning');
  });

  test('lint.rules can turn it off (an archive whose addresses are known)', () => {
    const dir = makeContentFromFixture('good-input');
    rmSync(join(dir, goodInputPostmortem));
    writeFileSync(join(dir, 'postmortems/2024-03-05-db-outage.mdx'), good);
    const findings = validateCorpus(dir, { lint: { ...lint, config: { rules: { 'consistency/file-day': 'off' } } } }).findings;
    expect(findings.filter((f) => f.rule === 'consistency/file-day')).toEqual([]);
  });
});

describe('round 13 left: private-use characters and noncharacters (an empty box for every reader)', () => {
  test.each([
    ['\uE0A0', 'U+E0A0, a private-use character', 'Powerline or Nerd Fonts'],
    ['\uF8FF', 'U+F8FF, a private-use character', "Apple's logo"],
    ['\u{F0001}', 'U+F0001, a private-use character', 'Powerline'],
    ['\uFFFE', 'U+FFFE, a noncharacter', 'a byte-order mark read the wrong way round'],
  ])('%j in the body is file/encoding at its line', (character, named, why) => {
    const [error] = errorsAfter(body(`Branch ${character} main was deployed.`));
    expect(error).toMatchObject({ rule: 'file/encoding', line: 45 });
    expect(error.message).toContain(`the file holds ${named}`);
    expect(error.message).toContain(why);
  });

  test('emoji and letters of other scripts pass', () => {
    expect(errorsAfter(body('Die Kasse fiel aus 🔥 — 結帳失敗.'))).toEqual([]);
  });
});

describe('round 13 left: <noscript> and text coloured like the page in public posts (published in the page source)', () => {
  test.each([
    ['<noscript>db-7 failover skipped</noscript>', 'the <noscript> element'],
    ['<span style="color: white">db-7</span>', 'the style "color: white"'],
    ['<span style="color:#FFF">db-7</span>', 'the style "color: #fff"'],
    ['<span style="color: rgb(255, 255, 255)">db-7</span>', 'the style "color: rgb(255, 255, 255)"'],
    ['<span style="color:#123456;background-color:#123456">db-7</span>', 'the style "color: #123456; background: #123456"'],
    ['<font color="#fff">db-7</font>', 'color="#fff", the colour of the page\'s background'],
    ['<span style="font-size:1px">db-7</span>', 'the style "font-size: 1px"'],
    ['<span style="opacity: 0.01">db-7</span>', 'the style "opacity: 0.01"'],
    ['<span style="color: rgba(0,0,0,0)">db-7</span>', 'the style "color: rgba(0,0,0,0)"'],
  ])('.md and .mdx: %s is refused at its line, naming what hides it', (html, how) => {
    for (const isMdx of [false, true]) {
      const refusal = publicRefusal(`Text.\n\n${html}\n`, isMdx);
      expect(refusal).toContain(`x.${isMdx ? 'mdx' : 'md'}:7: `);
      expect(refusal).toContain(`in a public post is hidden by ${how}`);
    }
  });

  test('.mdx style objects too: style={{ color: "white" }}', () => {
    expect(publicRefusal('Text <span style={{ color: "white" }}>db-7</span>.\n', true)).toContain('hidden by the style "color: white"');
  });

  test('what is shown passes: a colour, white on black, a readable size, half opacity, <font color="red">', () => {
    for (const html of ['<span style="color: red">x</span>', '<span style="color: white; background: black">x</span>', '<span style="font-size: 12px">x</span>', '<span style="opacity: 0.5">x</span>', '<font color="red">x</font>']) {
      expect(publicRefusal(`${html}\n`, false)).toBeUndefined();
    }
  });
});

describe('values other tools write for our enums get the value meant (they had a list and no word of which)', () => {
  test.each([
    ['    status: done', '    status: closed', 'write status: done'],
    ['    status: done', '    status: wontfix', 'write status: wont-do'],
    ['    status: done', '    status: "✅"', 'write status: done'],
    ['    status: done', '    status: todo', 'write status: open'],
    ['    status: done', '    status: blocked', 'write status: in-progress'],
    ['    priority: P1', '    priority: High', 'write priority: P1'],
    ['    kind: detection', '    kind: alert', 'write kind: detection'],
    ['status: published', 'status: final', 'write status: published'],
    ['visibility: internal', 'visibility: private', 'write visibility: internal'],
    ['visibility: internal', 'visibility: external', 'write visibility: public'],
  ])('%s written as "%s": %s', (from, to, fix) => {
    const [error] = errorsAfter(replacing(from, to));
    expect(error.rule).toBe('schema/invalid-value');
    expect(error.fix).toContain(fix);
  });

  test('"external" was "did you mean internal", the opposite; a synonym names only values the schema has', () => {
    expect(errorsAfter(replacing('visibility: internal', 'visibility: external'))[0].fix).not.toContain('internal"?');
    expect(enumSynonym('actionItems.status', 'closed', ['open', 'finished'])).toBeUndefined();
    expect(enumSynonym('actionItems.status', 'Won\'t Fix', ['open', 'wont-do'])).toBe('wont-do');
  });

  test('timeline and action-item keys of other tools name the key meant', () => {
    const errors = errorsAfter(replacing('  - at: 2025-07-08T17:49:00Z\n    event: Error-rate', '  - time: 2025-07-08T17:49:00Z\n    description: Error-rate'));
    expect(errors.find((e) => e.rule === 'schema/unknown-key')).toMatchObject({ message: 'unknown key "time": a timeline entry writes it as at.', fix: 'rename time to at.' });
    expect(errorsAfter(replacing('    owner: checkout', '    assignee: checkout')).find((e) => e.rule === 'schema/unknown-key')?.fix).toBe('rename assignee to owner.');
  });

  test('rootCause, lessons and jira at the top say where their text goes', () => {
    expect(errorsAfter(replacing('related: []', 'related: []\nrootCause: A bad push.'))[0].message).toContain('the causes are written in the body');
    expect(errorsAfter(replacing('related: []', 'related: []\nlessons: [a]'))[0].message).toContain('what was learned is written in the body');
    expect(errorsAfter(replacing('related: []', 'related: []\njira: OPS-1'))[0].fix).toContain('Tracked in OPS-123');
  });
});

describe('one frontmatter line\'s mistake said in words (it was the parser\'s "Implicit keys need to be on a single line")', () => {
  test.each([
    ['status: published', 'status:published', 5, 'there is no space after the colon', 'put a space after the colon: status: published.'],
    ['status: published', 'status = published', 5, 'an = sign is read as part of one text', 'write status: published.'],
    ['status: published', 'status\uFF1A published', 5, 'a full-width colon (U+FF1A', 'retype the colon'],
    ['status: published', 'status:\u00A0published', 5, 'a no-break space (U+00A0)', 'retype the colon'],
    ['status: published', ' status: published', 5, 'is indented one space more than severity on line 4, which has a value', 'indent status as severity is (at the start of the line)'],
    ['  detected: 2025-07-08T17:49:00Z', '   detected: 2025-07-08T17:49:00Z', 13, 'indented one space more than started on line 12', 'indent detected as started is (2 spaces)'],
    ['related: []', 'related: []\n<!-- legacy -->', 39, 'is an HTML comment', 'starting with #'],
    ['title: Checkout errors after a config push', 'title:\nCheckout errors after a config push', 3, 'is text at the start of a line, not a field', 'write it after the colon: title: Checkout errors after a config push.'],
  ])('%s written "%s": one error at line %i', (from, to, line, message, fix) => {
    const errors = errorsAfter(replacing(from, to));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'frontmatter/yaml', line });
    expect(errors[0].message).toContain(message);
    expect(errors[0].fix).toContain(fix);
  });

  test('valid frontmatter is never second-guessed; a block scalar\'s lines are text', () => {
    expect(findFrontmatterLineMistake('title: x\nsummary: |\n  note = this\n  a:b\n', 2)).toBeUndefined();
    expect(findFrontmatterLineMistake(good.split('---\n')[1], 2)).toBeUndefined();
  });
});

describe('links without a scheme, to this machine or to nothing (they passed, and led nowhere)', () => {
  test.each([
    ['    verification: CI rejects a pool of 8.', '    verification: CI rejects a pool of 8.\n    link: jira.acme.example/browse/OPS-1', 'has no scheme, so a browser would read it as a path on this site: write "https://jira.acme.example/browse/OPS-1"'],
    ['    verification: CI rejects a pool of 8.', '    verification: CI rejects a pool of 8.\n    link: OPS-123', '"OPS-123" is a ticket\'s key, not its address'],
    ['    verification: CI rejects a pool of 8.', '    verification: CI rejects a pool of 8.\n    link: mailto:ops@acme.example', 'is a mailto: address: only https://'],
    ['related: []', 'related: []\nstatusPage: status.acme.example/incidents/1', 'write "https://status.acme.example/incidents/1"'],
  ])('an action item link or statusPage: %#', (from, to, message) => {
    expect(errorsAfter(replacing(from, to))[0].message).toContain(message);
  });

  test.each([
    ['See [docs](www.acme.example/runbook).', 'has no scheme, so a browser reads it as a path on this site', 'https://www.acme.example/runbook'],
    ['See [docs](docs.acme.example/runbook).', 'has no scheme', 'https://docs.acme.example/runbook'],
    ['See [grafana](http://localhost:3000/d/x).', 'leads to localhost, the computer of whoever opens it', 'write it as code'],
    ['See [log]().', 'the link has no address', 'write the address in the parentheses'],
    ['![graph](./media/my graph.png)', 'is not read as an image: its address holds a space', './media/my%20graph.png'],
    ['See [the earlier one](2025-01-01-db-outage).', 'is read from this page\'s address', 'link to an existing postmortem as /postmortems/<id>/'],
  ])('body: %s is body/link-address at its line', (text, message, fix) => {
    const [error] = errorsAfter(body(text));
    expect(error).toMatchObject({ rule: 'body/link-address', line: 45 });
    expect(error.message).toContain(message);
    expect(error.fix).toContain(fix);
  });

  test('a draft gets a warning; files, pages of this site and http(s) addresses pass', () => {
    const findings = findingsAfterEditingGoodInput((text) => body('See [docs](www.acme.example/x).')(text).replace('status: published', 'status: draft').replace('published: 2025-07-12\n', ''));
    expect(findings.find((f) => f.rule === 'body/link-address')?.severity).toBe('warning');
    expect(errorsAfter(body('See [a](https://acme.example/x), [b](/postmortems/2025-07-08-checkout-config/), [c](#impact), [d](mailto:ops@acme.example).'))).toEqual([]);
  });
});

describe('files of the postmortems folder that were read wrongly or not at all', () => {
  test('README.md among the postmortems is one error saying what to do (it was "rename it to readme.md" and "no frontmatter")', () => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'postmortems/README.md'), '# Postmortems\n\nOne file per incident.\n');
    const findings = validateCorpus(dir).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'corpus/not-read', severity: 'error' });
    expect(findings[0].fix).toContain('rename it _README.md');
  });

  test('x.mdx.bak without its x.mdx is said; beside it, or x.mdx~ beside x.mdx, passes', () => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'postmortems/2025-07-08-checkout-config.mdx~'), good);
    writeFileSync(join(dir, 'postmortems/2025-07-10-other.mdx.bak'), anotherIncident('Other'));
    const findings = validateCorpus(dir).findings;
    expect(findings.map((f) => `${f.rule} ${f.file.replace(/^.*postmortems\//, '')}`)).toEqual(['corpus/not-read 2025-07-10-other.mdx.bak']);
    expect(findings[0].fix).toContain('rename it to');
  });

  test('a sync tool\'s conflicted copy names the postmortem it copies (the fix renamed it into a second one)', () => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, "postmortems/2025-07-08-checkout-config (Alice's conflicted copy 2025-07-10).mdx"), good);
    const error = validateCorpus(dir).findings.find((f) => f.rule === 'file/name');
    expect(error?.message).toContain('is a copy of the postmortem "2025-07-08-checkout-config" that a sync tool or a file manager made');
    expect(error?.fix).toBe('compare it with 2025-07-08-checkout-config.mdx, keep what differs there, and delete this copy.');
  });

  test('the same incident under two names and two titles is corpus/same-incident (it passed in silence)', () => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'postmortems/2025-07-08-checkout-pool.mdx'), good.replace('title: Checkout errors after a config push', 'title: Checkout pool size pushed too low'));
    writeFileSync(join(dir, 'postmortems/2025-07-10-other.mdx'), anotherIncident('Another incident'));
    const findings = validateCorpus(dir).findings;
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.file.replace(/^.*postmortems\//, '')}:${f.line}`)).toEqual(['corpus/same-incident warning 2025-07-08-checkout-pool.mdx:12']);
    expect(findings[0].message).toContain('both record an incident of checkout-api that started at 2025-07-08T17:45Z');
  });

  test('a link in the folder to another postmortem was one postmortem read twice (same title); since round 39 it is refused', () => {
    const dir = makeContentFromFixture('good-input');
    symlinkSync('2025-07-08-checkout-config.mdx', join(dir, 'postmortems/2025-07-08-alias.mdx'));
    expect(validateCorpus(dir).findings.map((f) => f.rule)).toEqual(['corpus/duplicate-id']);
  });
});

describe('vocabularies and site.config.ts', () => {
  test('an empty teams.yaml is one error (it was one per service: "has owner checkout, which is not a team")', () => {
    for (const teams of ['', '# teams\n']) {
      const problems = vocabularyProblems({ teams });
      expect(problems).toHaveLength(1);
      expect(problems[0].message).toContain(`teams.yaml lists no team (it ${teams ? 'holds only comments' : 'is empty'}), but the`);
    }
  });

  test('two services of one name are refused at the second; one publicName shared passes', () => {
    const services = `${fixtureVocabularySources().services}\ncheckout-api-2:\n  name: Checkout API\n  owner: checkout\n  tier: 1\n`;
    const [problem] = vocabularyProblems({ services });
    expect(problem.message).toMatch(/^service "checkout-api-2" is named "Checkout API", as service "checkout-api" is \(line 5\)/);
    const shared = `${fixtureVocabularySources().services}\ncheckout-web:\n  name: Checkout web\n  owner: checkout\n  tier: 1\n  publicName: Checkout\n`;
    expect(() => parseVocabulary(fixtureVocabularySources({ services: shared }))).not.toThrow();
  });

  test('a redaction name written as a pattern is refused (it was looked for as written, and matched nothing)', () => {
    const input = (internalNames: string[]): KbConfigInput => ({
      organisation: 'Acme', sites: { internal: { title: 'KB', url: 'https://kb.acme.internal' }, public: { title: 'History', url: 'https://status.acme.example' } },
      redaction: { people: [], internalNames, internalDomains: ['.internal'], publicNames: [] },
    });
    expect(configRefusalLines(input(['/db-\\d+/']), new Date('2026-06-01T00:00:00Z')).join('\n')).toContain('reads as a regular expression');
    expect(configRefusalLines(input(['db-.*']), new Date('2026-06-01T00:00:00Z')).join('\n')).toContain('names are found as written, not as patterns');
  });
});

describe('headings with no words or a level too deep (they passed)', () => {
  test('## alone is body/empty-heading at its line, an error in a published postmortem', () => {
    expect(errorsAfter(body('##\n\nText.'))).toEqual([expect.objectContaining({
      rule: 'body/empty-heading', line: 45, message: 'the heading `##` has no words: the page would show an empty heading, and screen readers announce it as a heading with nothing in it.',
    })]);
  });

  test('#### under ## and a body starting with ### are body/heading-skip warnings naming the level to write', () => {
    const skipped = findingsAfterEditingGoodInput(body('#### Detail\n\nText.')).filter((f) => f.rule === 'body/heading-skip');
    expect(skipped).toEqual([expect.objectContaining({ severity: 'warning', line: 45, fix: 'write it as ### (sections start at ##, each level under them one # more).' })]);
    const first = findingsAfterEditingGoodInput(replacing('## What happened', '### What happened')).filter((f) => f.rule === 'body/heading-skip');
    expect(first).toEqual([expect.objectContaining({ line: 41, message: expect.stringContaining('this ### heading follows a page title (#): level 2 is skipped') })]);
  });

  test('## then ### then ## then #### passes no level, each heading read against the one before it', () => {
    const findings = findingsAfterEditingGoodInput(body('### One\n\nText.\n\n## Two\n\nText.\n\n### Three\n\nText.\n\n#### Four\n\nText.'));
    expect(findings.filter((f) => f.rule.startsWith('body/heading') || f.rule === 'body/empty-heading')).toEqual([]);
  });
});

test('corpus/same-incident reads drafts without a start or services (a NaN date would have thrown)', () => {
  const dir = makeContentFromFixture('good-input');
  writeFileSync(join(dir, 'postmortems/2025-07-08-draft.mdx'), good
    .replace('status: published', 'status: draft').replace('published: 2025-07-12\n', '').replace('title: Checkout errors after a config push', 'title: A draft')
    .replace(/times:\n(?: {2}\S.*\n)+/, '').replace('services: [checkout-api]\n', ''));
  const result = validateCorpus(dir);
  expect(result.postmortems.find((p) => p.id === '2025-07-08-draft')?.entryData?.times?.started).toBeUndefined();
  expect(result.findings.filter((f) => f.rule === 'corpus/same-incident')).toEqual([]);
});

test('a line mistake below the parser\'s first error does not hide that error (a quote closed mid-title, line 2)', () => {
  const errors = errorsAfter((text) => text.replace('title: Checkout errors after a config push', 'title: "Checkout errors" after a config push').replace('trigger: configuration', 'trigger = configuration'));
  expect(errors[0]).toMatchObject({ rule: 'frontmatter/yaml', line: 2 });
  expect(errors.every((e) => !/an = sign/.test(e.message))).toBe(true);
});

test('a value whose quote or bracket goes on to the next line is not "indented under a key that has a value"', () => {
  expect(findFrontmatterLineMistake('title: "Checkout errors\n  after: a "config" push\n', 2)).toBeUndefined();
  expect(findFrontmatterLineMistake('tags: [config,\n  deploy]\nstatus = x\n', 2)?.message).toContain('an = sign');
});

// Was a public build in test/cli/bad-input-round14.test.ts (suite time, session 50): the build's
// loader refuses the post with this error, and a refusal of its kind stops the public build with
// its message, nothing written (test/cli/bad-input-round12.test.ts, on a build).
describe('a public post holding text coloured as the page (<font color="#fff">), as the public build\'s loader renders it', () => {
  test('refused at its line of the file, with the file named', () => {
    const path = join(fixturesDir, 'good-input', goodInputPostmortem);
    const refusal = loaderPublicRefusal(path, publicGoodInputPost('The pool <font color="#fff">on db-7</font> was too small.'));
    expect(refusal).toBeInstanceOf(PublicVariantError);
    expect((refusal as Error).message).toContain(`${path}:48: <font color="#fff"> in a public post is hidden by color="#fff", the colour of the page's background`);
    // The same post without it renders: the refusal is the hiding's.
    expect(loaderPublicRefusal(path, publicGoodInputPost(''))).toBeUndefined();
  });
});
