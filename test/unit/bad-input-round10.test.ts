// Bad input, round 10: further inputs tried against every entry point (docs/rules.md, "Bad input round 10").
import { describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture, replacing } from '../support/content-fixture.ts';
import { contentFolderProblem, validateCorpus } from '../../src/lib/validate-corpus.ts';
import { readReportContent } from '../../src/lib/import/report-content.ts';
import { computeDurations } from '../../src/lib/durations.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { decodeExportedText } from '../../src/lib/exported-text.ts';
import { readTrackerExport } from '../../src/lib/tracker/import.ts';
import { listPostmortemsFolder } from '../../src/lib/content-files.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';
import { parseComplianceConfig } from '../../src/lib/compliance-config.ts';
import { KbConfigError, loadKbConfig } from '../../src/lib/kb-config.ts';
import { fixtureVocabularySources, vocabularyProblems } from '../support/vocabulary-fixture.ts';

const errorsAfter = errorsAfterEditingGoodInput;

describe('hidden characters written as escapes in quoted frontmatter values and keys', () => {
  test('a lone surrogate ("\\uD800") in the title is file/encoding at the field (it passed and was published as U+FFFD)', () => {
    expect(errorsAfter(replacing('title: Checkout errors after a config push', 'title: "Checkout \\uD800 errors"'))).toEqual([expect.objectContaining({
      rule: 'file/encoding', field: 'title', line: 2,
      message: 'title holds, written as an escape in quotes (\\uD800), half of a character, the lone surrogate U+D800, which no page can show (it would be published as \uFFFD).',
      fix: 'write the character itself, or both halves of its pair (\\uD83D\\uDD25 is 🔥); remove \\uD800 if it is a slip.',
    })]);
  });

  test('a right-to-left override written "\\u202E" in the title is refused like a raw one (it passed: only raw ones were seen)', () => {
    expect(errorsAfter(replacing('title: Checkout errors after a config push', 'title: "Checkout \\u202Eerrors"'))).toEqual([expect.objectContaining({
      rule: 'file/encoding', field: 'title',
      message: expect.stringMatching(/^title holds, written as an escape in quotes \(\\u202E\), the invisible character U\+202E \(right-to-left override\), which changes the direction/),
    })]);
  });

  test('in a key, the key is shown with the escape, once (it was an unknown key printed reversed)', () => {
    const errors = errorsAfter(replacing('severity: SEV-2', '"sev\\u202Eerity": SEV-2'));
    expect(errors.map((e) => [e.rule, e.message])).toEqual([['file/encoding', expect.stringMatching(/^sev\\u202Eerity holds, written as an escape in quotes \(\\u202E\)/)]]);
    expect(JSON.stringify(errors)).not.toContain('\u202E');
  });

  test('a zero-width space escape in an action item title, a lone low surrogate in an id: each at its field', () => {
    expect(errorsAfter(replacing('title: Validate pool sizes in CI', 'title: "Validate pool\\u200B sizes in CI"')).map((e) => [e.field, e.message]))
      .toEqual([['actionItems[0].title', expect.stringMatching(/^actionItems\[0\]\.title holds, written as an escape in quotes \(\\u200B\), the invisible character U\+200B \(zero-width space\)/)]]);
    expect(errorsAfter(replacing('id: AI-1', 'id: "AI-\\uDC01"')).map((e) => [e.rule, e.field])).toEqual([['file/encoding', 'actionItems[0].id']]);
  });

  test('an emoji written as its surrogate pair, and a raw bidi character, are not said twice', () => {
    expect(errorsAfter(replacing('title: Checkout errors after a config push', 'title: "Checkout errors \\uD83D\\uDD25"'))).toEqual([]);
    expect(errorsAfter(replacing('title: Checkout errors after a config push', 'title: Checkout \u202Eerrors')).map((e) => e.rule)).toEqual(['file/encoding']);
  });
});

describe('action item ids', () => {
  const withId = (id: string) => replacing('id: AI-1', `id: ${id}`);

  test('a Cyrillic А beside a Latin AI-1 is refused, naming the letter and the id meant (two items looked like one id)', () => {
    expect(errorsAfter(withId('АI-1'))).toEqual([expect.objectContaining({
      rule: 'schema/invalid', field: 'actionItems[0].id', line: 30,
      message: 'actionItems[0].id is "АI-1", which holds "А" (U+0410, a Cyrillic letter): an action item id is made of the letters a-z and A-Z, digits, ".", "_" and "-" (AI-1, OPS-123), since it is the item\'s link (#action-<id>) and the mark that ties a ticket to it. Retype it as "AI-1" (the letters of another script look like Latin ones, but make another id).',
    })]);
  });

  test.each([
    ['AI/../1', '"/" (U+002F, a sign)'],
    ['"AI 1"', '" " (U+0020, an invisible character or space)'],
    ['"🔥"', '"🔥" (U+1F525, a sign)'],
    ['"AI#1"', '"#" (U+0023, a sign)'],
  ])('%s is refused naming %s (it passed and was written into the item\'s link)', (id, named) => {
    expect(errorsAfter(withId(id)).map((e) => e.message)).toEqual([expect.stringContaining(`, which holds ${named}: an action item id is made of`)]);
  });

  test('ticket keys and ids with dots and underscores pass', () => {
    for (const id of ['OPS-123', 'ai_1', 'AI-1.2', 'JIRA2']) expect(errorsAfter(withId(id))).toEqual([]);
  });
});

describe('npm run check given the same file twice, or a folder holding node_modules', () => {
  test('a file named twice (and through ./) is checked once: it was counted twice and said to share its title with itself', () => {
    const dir = makeContentFromFixture('good-input');
    const file = join(dir, goodInputPostmortem);
    const result = validateCorpus(dir, { onlyFiles: [file, `${dir}/./${goodInputPostmortem}`, join(dir, 'postmortems')] });
    expect(result.postmortems).toHaveLength(1);
    expect(result.findings).toEqual([]);
  });

  test('node_modules under a folder named is not walked (`check .` read the packages\' 636 READMEs)', () => {
    const dir = makeContentFromFixture('good-input');
    mkdirSync(join(dir, 'postmortems/node_modules/pkg'), { recursive: true });
    writeFileSync(join(dir, 'postmortems/node_modules/pkg/README.md'), '# pkg\n');
    expect(listPostmortemsFolder(dir).postmortems).toEqual([goodInputPostmortem]);
  });
});

describe('vocabulary files', () => {
  const services = fixtureVocabularySources().services;
  const tags = fixtureVocabularySources().tags;
  const servicesWith = (from: string, to: string) => ({ services: replacing(from, to)(services) });
  const oneProblem = (changes: Parameters<typeof vocabularyProblems>[0]) => {
    const problems = vocabularyProblems(changes);
    expect(problems).toHaveLength(1);
    return problems[0];
  };

  test('%YAML 1.1 before the entries is refused at its line (it was taken: `no` would be false, 010 would be 8)', () => {
    expect(oneProblem({ services: `%YAML 1.1\n---\n${services}` })).toEqual(expect.objectContaining({
      file: 'content/services.yaml', line: 1,
      message: '%YAML 1.1: a YAML directive (a line starting with %, such as %YAML 1.1) is not read here.',
      fix: 'delete the line: under %YAML 1.1, yes, no, on and off would be read as true and false, and 010 as 8, not as written.',
    }));
  });

  test('a second document after `---` is said in our words (it was the library\'s "please use YAML.parseAllDocuments()")', () => {
    const problem = oneProblem({ tags: `${tags}---\nextra:\n  description: x\n` });
    expect(problem.message).toBe('not valid YAML: a second YAML document starts at this `---` line: the file is one document, and what follows the line would not be read as the rest of it.');
    expect(problem.line).toBe(tags.split('\n').length);
    expect(JSON.stringify(problem)).not.toContain('parseAllDocuments');
  });

  test('an id with a Cyrillic letter names it and the id meant (the fix dropped it: "сonfig" was to be renamed "onfig")', () => {
    expect(oneProblem({ tags: `${tags}\nсonfig:\n  description: again\n` })).toEqual(expect.objectContaining({
      message: 'id "сonfig" holds "с" (U+0441, a Cyrillic letter), which looks like a Latin letter but makes another id: it is the id "config" (line 18) written with it, the same tag twice.',
      fix: 'merge its fields into "config" and delete "сonfig".',
    }));
    expect(oneProblem({ tags: `${tags}\nрool:\n  description: pools\n` }).fix).toBe('retype it as "pool", and use that id in the postmortems.');
  });

  test.each([
    ['a bidi control written as an escape', 'publicName: "Check\\u202Eout"', 'checkout-api.publicName holds, written as an escape in quotes (\\u202E), the invisible character U+202E (right-to-left override)'],
    ['a lone surrogate written as an escape', 'publicName: "Check\\uD800out"', 'checkout-api.publicName holds, written as an escape in quotes (\\uD800), half of a character, the lone surrogate U+D800'],
    ['a control character written as an escape', 'publicName: "Check\\aout"', 'checkout-api.publicName holds, written as an escape in quotes (\\u0007), the control character U+0007'],
    ['an HTML tag', 'publicName: "<b>Checkout</b>"', 'checkout-api.publicName is "<b>Checkout</b>", which holds <b>: the sites show a name as text'],
    ['a line break', 'publicName: "Check\\nout"', 'checkout-api.publicName is "Check\\nout", more than one line'],
    ['marks only', 'publicName: "---"', 'checkout-api.publicName is "---", which has no letter or digit: it would name the service to customers by marks.'],
  ])('a public name with %s is refused at its line (it was taken and shown on the public site)', (_what, line, message) => {
    const problem = oneProblem(servicesWith('publicName: Checkout\n', `${line}\n`));
    expect(problem).toEqual(expect.objectContaining({ file: 'content/services.yaml', line: 8 }));
    expect(problem.message.startsWith(message)).toBe(true);
  });

  test('a name of 5,400 characters is refused; an emoji beside words, and an accented name, pass', () => {
    expect(oneProblem(servicesWith('name: Checkout API\n', `name: ${'Checkout '.repeat(600)}\n`)).message)
      .toBe('checkout-api.name is 5,399 characters long; at most 200 are allowed (a paste gone wrong, shown on every page that names it).');
    expect(() => parseVocabulary(fixtureVocabularySources(servicesWith('publicName: Checkout\n', 'publicName: Caisse 🛒 Café\n')))).not.toThrow();
  });

  test('a UTF-16 services.yaml is named so (it was "bytes that are not UTF-8 text")', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(services, 'utf16le')]).toString('utf8');
    expect(oneProblem({ services: utf16 })).toEqual(expect.objectContaining({ message: 'the file is UTF-16 text, not UTF-8: its ids and names would not be read.', fix: 'save it as UTF-8 (your editor\'s "Save with encoding").' }));
  });
});

describe('UTF-32 postmortems', () => {
  test.each([['little', 'LE'], ['big', 'BE']])('a %s-endian UTF-32 file is named so (it was "not text but binary data: it is no postmortem")', (_endian, order) => {
    const dir = makeContentFromFixture('good-input');
    const path = join(dir, goodInputPostmortem);
    const text = `\uFEFF${readFileSync(path, 'utf8')}`;
    const bytes = Buffer.alloc(text.length * 4);
    [...text].forEach((character, i) => (order === 'LE' ? bytes.writeUInt32LE(character.codePointAt(0)!, i * 4) : bytes.writeUInt32BE(character.codePointAt(0)!, i * 4)));
    writeFileSync(path, bytes);
    expect(validateCorpus(dir).findings).toEqual([expect.objectContaining({ rule: 'file/encoding', message: 'the file is UTF-32 text, not UTF-8.', fix: 'save it as UTF-8 (your editor\'s "Save with encoding").' })]);
  });
});

describe('compliance.yaml', () => {
  const regime = (hours: string, name = 'Early warning') => `regimes:\n  nis2:\n    name: NIS2\n    deadlines:\n      - id: early\n        name: ${name}\n        hours: ${hours}\n        notification: earlyWarning\n`;
  const refusal = (source: string) => {
    try {
      parseComplianceConfig(source);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected compliance.yaml to be refused');
  };

  test.each([
    ['1e9', 'regimes.nis2.deadlines.0.hours is over a year (8,760 hours): a deadline never due. Write the hours from awareness (72 is three days) (got 1000000000).'],
    ['0.0001', 'regimes.nis2.deadlines.0.hours is under an hour: no regulation sets a deadline that short (hours, not days: 72 is three days) (got 0.0001).'],
    ['.inf', 'regimes.nis2.deadlines.0.hours must be a number of hours, not .inf.'],
  ])('hours: %s is refused in words (1e9 and 0.0001 were taken; .inf was "got null")', (hours, message) => {
    expect(refusal(regime(hours))).toBe(`content/compliance.yaml is not valid (each setting is described in docs/compliance.md):\n  - ${message}`);
  });

  test('1 and 8,760 hours, and 1.5, are taken', () => {
    for (const hours of ['1', '8760', '1.5']) expect(parseComplianceConfig(regime(hours)).regimes.find((r) => r.id === 'nis2')!.deadlines[0].hours).toBe(Number(hours));
  });

  test('UTF-16 text, a NUL, a raw and an escaped bidi control are each said with the line or the setting (garbage, an unseen character, or nothing before)', () => {
    expect(refusal(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('timeZone: Europe/Berlin\n', 'utf16le')]).toString('utf8')))
      .toBe('content/compliance.yaml: the file is UTF-16 text, not UTF-8 YAML. Fix: save it as UTF-8 text (your editor\'s "Save with encoding").');
    expect(refusal('timeZone: Europe/Berlin\u0000\n')).toBe('content/compliance.yaml:1: the control character U+0000, which no reader can see. Fix: retype the text there, or save the file as UTF-8.');
    expect(refusal(regime('24', 'Early \u202Ewarning'))).toMatch(/^content\/compliance\.yaml:6: the file has the invisible character U\+202E \(right-to-left override\)/);
    expect(refusal(regime('24', '"Early \\u202Ewarning"'))).toMatch(/^content\/compliance\.yaml: regimes\.nis2\.deadlines\.0\.name holds, written as an escape in quotes \(\\u202E\), the invisible character U\+202E/);
  });

  test('%YAML 1.1 is refused at its line', () => {
    expect(refusal('%YAML 1.1\n---\ntimeZone: UTC\n')).toBe('content/compliance.yaml:1: %YAML 1.1: a YAML directive (a line starting with %, such as %YAML 1.1) is not read here. Fix: delete the line: under %YAML 1.1, yes, no, on and off would be read as true and false, and 010 as 8, not as written.');
  });

  test('an annual review dated after today, or recorded twice, is refused (both were taken; the future one was passed over)', () => {
    const review = (date: string) => `  - date: ${date}\n    scope: Process review\n    reviewers: [CISO]\n`;
    expect(refusal(`annualReviews:\n${review('2998-02-10')}`)).toBe('content/compliance.yaml: annualReviews.0.date is 2998-02-10, after today: a review is recorded once it is done. Fix: check the year and the month.');
    expect(refusal(`annualReviews:\n${review('2025-02-10')}${review('2025-02-10')}`)).toBe('content/compliance.yaml: annualReviews.1 is annualReviews.0 again (2025-02-10, "Process review"). Fix: delete one of the two.');
    expect(parseComplianceConfig(`annualReviews:\n${review('2025-02-10')}${review('2026-02-10')}`).annualReviews.map((r) => r.date)).toEqual(['2026-02-10', '2025-02-10']);
  });
});

describe('site.config.ts', () => {
  const settings = () => ({
    organisation: 'Acme', contentDir: 'content',
    sites: { internal: { title: 'Acme Incident Knowledge Base', url: 'https://incidents.acme.internal' }, public: { title: 'Acme Incident History', url: 'https://status.acme.example' } },
    redaction: { people: [] as string[], internalNames: [] as string[], internalDomains: ['.internal'], publicNames: [] as string[] },
  });
  const refusal = (change: (config: ReturnType<typeof settings>) => void) => {
    const config = settings();
    change(config);
    try {
      loadKbConfig(config, {}, { fileExists: () => false });
    } catch (error) {
      expect(error).toBeInstanceOf(KbConfigError);
      return (error as Error).message.split('\n').slice(1);
    }
    throw new Error('expected the configuration to be refused');
  };

  test.each([
    ['http://localhost:4321', 'this machine (localhost)'],
    ['http://127.0.0.1', 'this machine (a loopback address)'],
    ['https://10.0.0.5', 'a private network address (RFC 1918)'],
    ['https://192.168.1.20', 'a private network address (RFC 1918)'],
    ['https://[::1]', 'this machine (a loopback address)'],
    ['https://status', 'a name of one label, which only a local network resolves'],
  ])('sites.public.url %s is refused (it was written into every public page, the feed and the sitemap)', (url, why) => {
    expect(refusal((c) => { c.sites.public.url = url; })).toEqual([`  - sites.public.url (${url}) is ${why}: customers cannot reach it, and it is written into every public page's links, the feed and the sitemap. Give the address customers open, e.g. "https://status.example.com" (a preview's address is set by npm run preview, not here).`]);
  });

  test('the internal site may be on a private address; a public host with a port or a trailing dot is taken', () => {
    for (const [internal, published] of [['http://10.0.0.5', 'https://status.acme.example:8443'], ['http://localhost:4321', 'https://status.acme.example.']]) {
      const config = settings();
      config.sites.internal.url = internal;
      config.sites.public.url = published;
      expect(() => loadKbConfig(config, {}, { fileExists: () => false })).not.toThrow();
    }
  });

  test('a host with a Cyrillic letter is refused with the host meant (it was published as xn--cme-5cd)', () => {
    expect(refusal((c) => { c.sites.public.url = 'https://status.аcme.example'; })).toEqual(['  - sites.public.url (https://status.аcme.example) holds "а" (U+0430, a Cyrillic letter) in its host, which looks like a Latin letter but names another host (status.xn--cme-5cd.example). Retype it: https://status.acme.example.']);
  });

  test.each([
    ['organisation', (c: ReturnType<typeof settings>) => { c.organisation = 'Acme\u202E'; }, '  - organisation holds the invisible character U+202E (right-to-left override), which changes the direction of the text after it: the page would show it in another order than the file and the review read it ("Acme\\u202E"); remove \\u202E from it.'],
    ['a title with a control character', (c: ReturnType<typeof settings>) => { c.sites.public.title = 'History\u0007'; }, '  - sites.public.title holds the control character U+0007, which no reader can see; it would be published as it is ("History\\u0007"); remove \\u0007 from it.'],
    ['a title of two lines', (c: ReturnType<typeof settings>) => { c.sites.public.title = 'History\nof incidents'; }, '  - sites.public.title ("History\\nof incidents") is more than one line: the header, the browser tab and the feed show it on one. Write it on one line.'],
    ['a title with HTML', (c: ReturnType<typeof settings>) => { c.sites.internal.title = '<b>KB</b>'; }, '  - sites.internal.title ("<b>KB</b>") holds <b>: every page prints it as text, as typed. Write it without HTML (a character such as & as itself).'],
    ['a title of 5,000 characters', (c: ReturnType<typeof settings>) => { c.sites.public.title = 'H'.repeat(5000); }, '  - sites.public.title is 5,000 characters long; at most 120 are allowed (it is in every header and browser tab). Shorten it.'],
    ['a content folder with a NUL', (c: ReturnType<typeof settings>) => { c.contentDir = 'con\u0000tent'; }, '  - contentDir holds the character U+0000 ("con\\u0000tent"), which no folder\'s name is written with; write the folder\'s name, e.g. "content".'],
    ['a person of one letter', (c: ReturnType<typeof settings>) => { c.redaction.people = ['A']; }, '  - redaction.people[0] is "A": a name of fewer than two letters or digits would be found in every postmortem (as the word "a", or any mark). Write the whole name.'],
    ['an internal name of marks', (c: ReturnType<typeof settings>) => { c.redaction.internalNames = ['.*']; }, '  - redaction.internalNames[0] is ".*": a name of fewer than two letters or digits would be found in every postmortem (as the word "a", or any mark). Write the whole name.'],
  ])('%s is refused (it was taken)', (_what, change, message) => {
    expect(refusal(change)).toEqual([message]);
  });

  test('names in other scripts and two-letter names are taken', () => {
    const config = settings();
    config.organisation = 'Société Générale';
    config.sites.public.title = 'История инцидентов';
    config.redaction.people = ['Li', '王伟'];
    expect(loadKbConfig(config, {}, { fileExists: () => false }).organisation).toBe('Société Générale');
  });
});

describe('frontmatter opened by `----` or TOML\'s `+++`', () => {
  test('`----` says a dash too many (it was "the file has no frontmatter block")', () => {
    expect(errorsAfter((t) => t.replace(/^---\n/, '----\n'))).toEqual([expect.objectContaining({
      rule: 'frontmatter/missing', line: 1,
      message: 'line 1 is `----` (4 dashes): frontmatter opens with a line of exactly three, `---`, so these fields would be shown as text.',
      fix: 'make line 1, and the line that closes the fields, exactly `---`.',
    })]);
  });

  test('`+++` says TOML is not read', () => {
    expect(errorsAfter(() => '+++\ntitle = "Checkout errors"\n+++\n\nBody.\n')).toEqual([expect.objectContaining({
      rule: 'frontmatter/missing',
      message: 'line 1 is `+++`, which opens TOML frontmatter: only YAML frontmatter, between two `---` lines, is read, so these fields would be shown as text.',
    })]);
  });

  test('%YAML 1.1 before the fields is said as a directive (it was "Missing directives-end indicator line")', () => {
    expect(errorsAfter((t) => t.replace('---\ntitle', '---\n%YAML 1.1\n---\ntitle')).map((e) => [e.rule, e.message])).toEqual([
      ['frontmatter/yaml', 'frontmatter is not valid YAML: a YAML directive (a line starting with %, such as %YAML 1.1) is not read here.'],
    ]);
  });
});

describe('raw HTML of a .md body that a browser reads otherwise than the file', () => {
  const asMd = 'postmortems/2025-07-08-checkout-config.md';
  const mdWith = (body: string) => errorsAfter((t) => t.replace('A configuration push lowered the pool size.', body), asMd);

  test('<span> nested 10,000 deep is refused at the 257th (it passed check in 4 s and built; round 9 left it)', () => {
    expect(mdWith(`${'<span>'.repeat(10000)}deep${'</span>'.repeat(10000)}`)).toEqual([expect.objectContaining({
      rule: 'body/nesting-depth', line: 43, column: 256 * '<span>'.length + 1,
      message: 'HTML elements nested 10,000 levels deep (the deepest from line 43); at most 256 levels are allowed: a browser stops nesting at 512 and puts the rest beside, so the page would not be what the file says.',
    })]);
  });

  test('256 levels, <p> and <li> left open, <br> and <img> pass', () => {
    expect(mdWith(`${'<span>'.repeat(256)}deep${'</span>'.repeat(256)}`)).toEqual([]);
    expect(mdWith(`${'<p>para '.repeat(400)}\n\n${'<br>'.repeat(400)}`)).toEqual([]);
  });

  test.each([
    ['Set the <title> tag of the page.', '<title>', 'a browser reads everything after it as text, to the end of the page (its footer and scripts included), so the page would end in raw text.'],
    ['Type it in the <textarea> box.', '<textarea>', 'a browser reads everything after it as text'],
    ['<noscript>Enable scripts.', '<noscript>', 'a browser reads everything after it as hidden text, to the end of the page (its footer and scripts included), so the page would show nothing more.'],
  ])('%j: never closed, is body/unclosed-html at the tag (it passed: the rest of the page was text)', (body, tag, said) => {
    const errors = mdWith(body);
    expect(errors).toEqual([expect.objectContaining({ rule: 'body/unclosed-html', line: 43 })]);
    expect(errors[0].message).toContain(`${tag} is never closed with </${tag.slice(1)}: ${said}`);
    expect(errors[0].fix).toBe(`write the tag as code (\`${tag}\`) or escape it (\\${tag}) if it is text about the tag; else close it with </${tag.slice(1)}.`);
  });

  test('<plaintext> anywhere is refused: nothing closes it', () => {
    expect(mdWith('Old <plaintext> output.').map((e) => e.message)).toEqual(['<plaintext> makes a browser show everything after it as text, to the end of the page (its footer and scripts included): nothing closes it.']);
  });

  test('a stray </div> (an export\'s leftover) closes the page\'s own: refused; a closed <div>, </body>, tags in code spans and code blocks pass', () => {
    expect(mdWith('Text.\n\n</div></main>\n\nMore text.')).toEqual([expect.objectContaining({ rule: 'body/unclosed-html', line: 45, column: 1,
      message: '</div> closes an element no tag of the body opened: a browser closes the page\'s own <div> there, and lays out the rest of the page (the rest of the report, the links around it) outside it.' })]);
    expect(mdWith('<div class="note">\n\nText.\n\n</div>\n\nSet `<title>` and `</div>`.\n\n```html\n<textarea>\n</div>\n```\n\nA \\<title> too. Old export end: </body></html>')).toEqual([]);
  });

  test('an .mdx body is not concerned (MDX refuses what it cannot parse itself)', () => {
    expect(errorsAfter((t) => t.replace('A configuration push lowered the pool size.', 'Set the `<title>` tag.'))).toEqual([]);
  });
});

describe('further inputs', () => {
  test('KB_CONTENT_DIR set to the postmortems folder itself names its parent (it said only that postmortems/postmortems does not exist)', () => {
    const dir = makeContentFromFixture('good-input');
    expect(contentFolderProblem(join(dir, 'postmortems'))?.fix).toBe(`${join(dir, 'postmortems')} is the postmortems folder itself: the content folder is the one that holds it and the vocabularies. Set KB_CONTENT_DIR (or contentDir in site.config.ts) to ${dir}.`);
  });

  test('npm run import of a UTF-32 report refuses it as UTF-32 (it was read as UTF-16 and imported garbled)', async () => {
    const text = '\uFEFF# Checkout errors\n\nCheckout failed for ten minutes.\n';
    const bytes = Buffer.alloc(text.length * 4);
    [...text].forEach((character, i) => bytes.writeUInt32LE(character.codePointAt(0)!, i * 4));
    await expect(readReportContent('report.md', bytes)).rejects.toThrow('is UTF-32 text, which is not read: save it as UTF-8 (your editor\'s "Save with encoding", or iconv -f UTF-32 -t UTF-8) and import it again.');
    await expect(readReportContent('report.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(1), 'utf16le')]))).resolves.toEqual(expect.objectContaining({ text: expect.stringContaining('Checkout failed for ten minutes.') }));
  });

  // Since round 23 a start before 1970, or at the epoch, is refused unless the record is historical.
  test('an incident at 1970-01-01T00:00:00Z (the epoch, time 0) of a historical record is taken and its durations counted (0 is no missing time)', () => {
    const epoch = (t: string) => t.replace('severity: SEV-2', 'severity: SEV-2\nhistorical: true').replace(/2025-07-08T/g, '1970-01-01T').replace('drafted: 2025-07-09', 'drafted: 1970-01-02').replace('published: 2025-07-12', 'published: 1970-01-05').replace('due: 2025-08-01', 'due: 1970-02-01').replace('started: 1970-01-01T17:45:00Z', 'started: 1970-01-01T00:00:00Z').replace('start: 1970-01-01T17:45:00Z', 'start: 1970-01-01T00:00:00Z');
    expect(errorsAfter(epoch)).toEqual([]);
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, goodInputPostmortem), epoch(readFileSync(join(dir, goodInputPostmortem), 'utf8')));
    const [pm] = validateCorpus(dir).postmortems;
    expect(computeDurations(pm.data!)).toEqual(expect.objectContaining({ timeToDetect: 17 * 60 + 49, timeToResolve: 18 * 60 + 30, customerImpact: 17 * 60 + 55, timeToPublishDays: 4 }));
  });

  test('<Internal> inside a table cell or a heading of an .mdx public post is cut there, its text published nowhere', () => {
    const source = '---\ntitle: x\n---\n\n| a | b |\n| - | - |\n| <Internal>db-7 secret</Internal> | y |\n\n## Cause <Internal>db-7</Internal> here\n';
    const cut = stripInternalFromSource(source, 'public');
    expect(cut).not.toContain('db-7');
    expect(cut).toContain('|  | y |');
    expect(cut).toContain('## Cause  here');
  });
});

describe('tracker and chat exports written by Windows PowerShell', () => {
  const issues = '[{"number":12,"title":"Validate pool sizes","state":"CLOSED","url":"https://github.com/acme/kb/issues/12","body":"<!-- postmortem-kb:2025-07-08-x#AI-1 -->"}]';

  test.each([
    ['UTF-16 with its byte-order mark (`gh issue list … > issues.json` in Windows PowerShell)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(issues, 'utf16le')])],
    ['UTF-8 with a byte-order mark (PowerShell 7, -Encoding utf8BOM)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(issues)])],
  ])('%s is read as the export it is (it was "none of: gh issue list JSON…" / "Unexpected token")', (_what, bytes) => {
    const exported = readTrackerExport(decodeExportedText(bytes), 'issues.json');
    expect(exported.tickets.map((t) => [t.key, t.status])).toEqual([['#12', 'done']]);
  });

  test('UTF-32 is refused as such', () => {
    expect(() => decodeExportedText(Buffer.from([0xff, 0xfe, 0, 0, 0x5b, 0, 0, 0, 0x5d, 0, 0, 0]))).toThrow('is UTF-32 text, which is not read: save it as UTF-8 (iconv -f UTF-32 -t UTF-8) and give it again.');
  });
});
