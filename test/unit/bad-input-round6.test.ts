// Bad input, round 6: each case was passed in silence, a crash, or a message that did not name
// the fix, before this round (docs/rules.md, "Bad input round 6").
import { describe, expect, test } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { contentFolderProblem, filesNotRead, validateCorpus } from '../../src/lib/validate-corpus.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { parseVocabulary } from '../../src/lib/vocabulary.ts';
import { binaryKind, binaryKindOfText } from '../../src/lib/binary-file.ts';
import { readReportContent } from '../../src/lib/import/report-content.ts';
import { importReport } from '../../src/lib/import/import-report.ts';
import { scaffoldDateProblem, scaffoldTitleProblem } from '../../src/lib/scaffold-options.ts';
import { KbConfigError, loadKbConfig } from '../../src/lib/kb-config.ts';
import { findUnclosedBrace } from '../../src/lib/unclosed-brace.ts';
import { findMissingImages, readBodyImages } from '../../src/lib/lint/images.ts';
import { realPathOutsideContentFolder } from '../../src/lib/content-files.ts';
import { describeToJsError, describeYamlError } from '../../src/lib/yaml-errors.ts';
import { errorsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { minimalPublicSource, publicCutRefusal } from '../support/public-probe-post.ts';
import { fixtureVocabularySources, vocabularyProblems } from '../support/vocabulary-fixture.ts';

const file = goodInputPostmortem;
const errorsAfter = errorsAfterEditingGoodInput;

/** A PNG of 4 × 4 pixels. */
const smallPng = Buffer.from('89504e470d0a1a0a0000000d4948445200000004000000040802000000269309290000001549444154789c63606060f8cfc0c0c0c0804f0100610001f7bbda6c0000000049454e44ae426082', 'hex');

describe('images named by an absolute path', () => {
  /** A public folder holding logo.png, and a postmortem folder beside it. */
  function folders() {
    const dir = mkdtempSync(join(tmpdir(), 'abs-image-'));
    mkdirSync(join(dir, 'public/img'), { recursive: true });
    writeFileSync(join(dir, 'public/img/logo.png'), smallPng);
    mkdirSync(join(dir, 'content/postmortems'), { recursive: true });
    return { publicDir: join(dir, 'public'), postmortem: join(dir, 'content/postmortems/x.mdx'), contentDir: join(dir, 'content') };
  }
  const imageFindings = (body: string) => {
    const { publicDir, postmortem, contentDir } = folders();
    return { publicDir, findings: findMissingImages(postmortem, readBodyImages(body), 10, undefined, undefined, contentDir, publicDir) };
  };

  test.each([
    ['![x](/etc/passwd)', '/etc/passwd'],
    ['<img src="/var/secret.png" alt="s" />', '/var/secret.png'],
    ['<img src=/var/secret.png>', '/var/secret.png'],
    ['<IMG alt="s" SRC=\'/var/secret.png\'>', '/var/secret.png'],
    ['<img src={"/var/secret.png"} />', '/var/secret.png'],
    ['<picture><source srcset="/home/me/a.webp 1x, /img/logo.png 2x" /></picture>', '/home/me/a.webp'],
    ['![x](&#47;etc&#47;passwd)', '/etc/passwd'],
    ['![x](\\/etc\\/passwd)', '/etc/passwd'],
    ['![x][graph]\n\n[graph]: /etc/passwd', '/etc/passwd'],
  ])('%s: an error saying the site loads it from public/, where it is not, and that an image must be inside the content folder', (body, url) => {
    const { publicDir, findings } = imageFindings(body);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'mdx/missing-image', severity: 'error', line: 10, column: body.search(/<(?:img|source)|!\[/i) + 1 });
    expect(findings[0].message).toMatch(new RegExp(`^the image "${url}".* starts with /, so the site loads it from its own root, the project's public folder, where there is no file ${join(publicDir, url)}: the page would show a broken image`));
    expect(findings[0].fix).toMatch(/^an image must be inside the content folder or a file of the site: copy it beside the postmortem/);
  });

  test('an image of public/ is taken, and one leaving public/ by ../ is not', () => {
    expect(imageFindings('![logo](/img/logo.png)\n\n<img src="/img/logo.png?v=2" />\n\n<img srcset="/img/logo.png 1x,/img/logo.png 2x" />\n\n<img srcset="data:image/png;base64,iVBORw0KGgo= 1x" />').findings).toEqual([]);
    const [finding] = imageFindings('![x](/img/../../content/postmortems/x.mdx)').findings;
    expect(finding.message).toMatch(/starts with \/, so the site loads it from its own root, the project's public folder, and it leads out of that folder/);
  });

  test('a Windows path (C:\\ or \\\\server) is an error with the fix, not passed over as an address', () => {
    for (const body of ['![g](C:\\Users\\me\\graph.png)', '![g](D:/shots/graph.png)', '<img src="\\\\fileserver\\share\\graph.png">']) {
      const { findings } = imageFindings(body);
      expect(findings, body).toMatchObject([{ rule: 'mdx/missing-image', message: expect.stringMatching(/is a path on a Windows machine/) }]);
    }
  });

  test('in a whole check, and with the project\'s own public folder: /favicon.svg is taken, /etc/hostname is not', () => {
    const errors = errorsAfter((t) => `${t}\n![icon](/favicon.svg)\n\n![host](/etc/hostname)\n`);
    expect(errors.map((e) => [e.rule, e.line])).toEqual([['mdx/missing-image', 47]]);
  });

  test('remote images and images beside the postmortem are still taken', () => {
    const { contentDir, postmortem, publicDir } = folders();
    mkdirSync(join(contentDir, 'postmortems/media'));
    writeFileSync(join(contentDir, 'postmortems/media/g.png'), smallPng);
    expect(findMissingImages(postmortem, readBodyImages('![a](https://example.com/a.png)\n\n![b](./media/g.png)\n\n![c][c]\n\n[c]: ./media/g.png\n'), 1, undefined, undefined, contentDir, publicDir)).toEqual([]);
  });
});

describe('a postmortem file that is a symbolic link', () => {
  test('to a file outside the content folder: refused, naming the file it leads to, and not read', () => {
    const dir = makeContentFromFixture('good-input');
    const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'secret.mdx');
    renameSync(join(dir, file), outside);
    symlinkSync(outside, join(dir, file));
    const result = validateCorpus(dir);
    expect(result.postmortems).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({
      rule: 'corpus/link-outside', severity: 'error', line: 1,
      message: `${join(dir, file)} is, through a symbolic link, the file ${outside}, outside the content folder (${dir}): it is not read, since the sites would publish a file of the machine that builds them that no review of the content folder has seen.`,
      fix: `copy the postmortem into the postmortems folder as a file of its own (cp --remove-destination "${outside}" "${join(dir, file)}"), or delete the link.`,
    })]);
    // The build's validation (frontmatter only) refuses it the same way.
    expect(validateCorpus(dir, { frontmatterOnly: true }).findings.map((f) => f.rule)).toEqual(['corpus/link-outside']);
  });

  test('in a linked folder outside: refused; a link to a file inside the content folder is read', () => {
    const dir = makeContentFromFixture('good-input');
    const shared = mkdtempSync(join(tmpdir(), 'shared-'));
    renameSync(join(dir, file), join(shared, '2025-07-08-checkout-config.mdx'));
    symlinkSync(shared, join(dir, 'postmortems/shared'));
    // Round 21: the linked folder is not walked (one error for the link), so no postmortem is left.
    expect(validateCorpus(dir).findings.map((f) => f.rule)).toEqual(['corpus/link-outside', 'corpus/empty']);

    const inside = makeContentFromFixture('good-input');
    mkdirSync(join(inside, 'drafts'));
    renameSync(join(inside, file), join(inside, 'drafts/a.mdx'));
    symlinkSync(join(inside, 'drafts/a.mdx'), join(inside, file));
    expect(validateCorpus(inside).findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(realPathOutsideContentFolder(join(inside, file), inside)).toBeUndefined();
  });
});

test('a value nested thousands deep is one error, whatever function of the parser the stack ran out in (a second, "Maximum call stack size exceeded", came with it)', () => {
  // Where the stack runs out depends on what the thread ran before: the parser then reports the
  // engine's message under another code, or toJS throws the RangeError itself.
  expect(describeYamlError('BAD_INDENT', 'Maximum call stack size exceeded', '')).toEqual(describeYamlError('RESOURCE_EXHAUSTION', 'Call stack exhausted', ''));
  expect(describeToJsError(new RangeError('Maximum call stack size exceeded')).message).toBe('values are nested too deeply to read (lists or keys inside one another thousands of times).');
  const errors = errorsAfter((t) => t.replace('related: []', `related: ${'['.repeat(3000)}${']'.repeat(3000)}`));
  expect(errors.map((e) => e.message)).toEqual(['frontmatter is not valid YAML: values are nested too deeply to read (lists or keys inside one another thousands of times).']);
});

describe('a public post: <Internal> written with a character reference', () => {
  const publicSource = minimalPublicSource;
  const refusal = publicCutRefusal;

  test.each(['&lt;Internal&gt;db-7&lt;/Internal&gt;', '&#60;Internal>db-7', '&#x3C;internal&#x3E;db-7', '&lt; /Internal&gt;'])('%s is refused at its line (the page read "<Internal>db-7</Internal>")', (text) => {
    expect(refusal(`\nThe pool.\n\n${text}\n`)).toMatch(/^x\.mdx:8: ".*" is read as an <Internal> tag on the page, written with a character reference \(&lt;\): it is no component, so the text after it is published.* Fix: in a public post, name the component without angle brackets/);
  });

  test('the component itself, and &lt; before other words, are not refused; the internal site is not concerned', () => {
    expect(refusal('\n<Internal>\ndb-7\n</Internal>\n\np99 &lt; 200 ms, &lt;NULL&gt;\n')).toBeUndefined();
    expect(stripInternalFromSource(publicSource('\n&lt;Internal&gt;\n'), { isMdx: true, variant: 'internal' })).toContain('&lt;Internal&gt;');
  });
});

describe('line endings', () => {
  test('a carriage return alone in a postmortem is one error at its line (it was "Nested mappings are not allowed in compact mappings")', () => {
    const errors = errorsAfter((t) => t.replace('status: published\n', 'status: published\r'));
    expect(errors).toEqual([expect.objectContaining({
      rule: 'file/encoding', line: 5, column: 18,
      message: 'a line ends with a carriage return alone (U+000D, the line ending of classic Mac OS), which some readers take as a line break and others do not: the fields and lines would be read otherwise than your editor shows them.',
      fix: 'save the file with LF line endings (or CRLF), e.g. your editor\'s "line endings: LF".',
    })]);
  });

  test('CRLF throughout, after a byte-order mark, is read as LF', () => {
    expect(errorsAfter((t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`)).toEqual([]);
  });
});


describe('vocabulary files', () => {
  test('a list of ids, or a line of text, is said as such with the shape to write (there was no fix)', () => {
    expect(vocabularyProblems({ services: '- checkout-api\n- payments-api\n' })).toEqual([{
      file: 'content/services.yaml', line: 1, column: 1,
      message: 'the file is a list (2 items), but must list services by id: each id a key at the start of a line, its fields (name, owner, tier, publicName, description, aliases) indented under it.',
      fix: 'write each entry as "<id>:" with its fields under it, e.g. "checkout-api:" then "  name: ..."; a list item "- id" is no entry.',
    }]);
    expect(vocabularyProblems({ tags: '# our tags\njust text\n' })).toMatchObject([{ line: 2, message: expect.stringMatching(/^the file is the text "just text", but must list tags by id/) }]);
  });

  test('an entry whose value is text says to indent the fields under its id', () => {
    const [problem] = vocabularyProblems({ tags: `${fixtureVocabularySources().tags}newtag: Configuration changes\n` });
    expect(problem.fix).toBe('write the fields indented under "newtag:", one "field: value" per line (e.g. "  description: "Configuration changes"").');
  });

  test('a carriage return alone is refused at its line', () => {
    expect(vocabularyProblems({ tags: 'config:\r  description: x\n' })).toMatchObject([{ line: 1, column: 8, message: expect.stringMatching(/^a line ends with a carriage return alone/) }]);
  });
});

describe('files that are not text', () => {
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]);
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

  test('import: a program, a picture, random bytes or a PDF named .md are not imported (they became drafts of garbled characters)', async () => {
    for (const [bytes, kind] of [[elf, 'a program (ELF)'], [png, 'a PNG image'], [Buffer.from('%PDF-1.7\n%\xe2\xe3'), 'a PDF document'], [Buffer.from([1, 2, 3, 0, 5, 6, 7, 8, 9]), 'binary data']] as const) {
      await expect(readReportContent('report.md', bytes)).rejects.toThrow(new RegExp(`^is not text but ${kind.replace(/[()]/g, '\\$&')}.*Give the report as text`));
    }
    // Text in Windows-1252 or UTF-16 with its byte-order mark is still read.
    expect((await readReportContent('r.md', Buffer.from('# Caf\xe9 outage\n', 'latin1'))).text).toBe('# Café outage\n');
    expect(binaryKind(Buffer.from('\ufeff# Outage', 'utf16le'))).toBeUndefined();
  });

  test('check: a program saved as .mdx is named as one, not as "UTF-16 text"; UTF-16 text still is', () => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'postmortems/2025-07-09-elf.mdx'), elf);
    writeFileSync(join(dir, 'postmortems/2025-07-09-utf16.mdx'), Buffer.from('\ufeff---\ntitle: x\n---\n', 'utf16le'));
    const messages = validateCorpus(dir).findings.map((f) => f.message);
    expect(messages).toEqual([
      'the file is not text but a program (ELF): it is no postmortem, and would be published as garbled characters.',
      'the file is UTF-16 text, not UTF-8.',
    ]);
    expect(binaryKindOfText(`a text with one \u0000 in it. ${'More text. '.repeat(50)}`)).toBeUndefined();
  });
});

describe('import: a report too large for a postmortem', () => {
  const vocabulary = parseVocabulary(fixtureVocabularySources());
  const log = (lines: number) => ['# Queue outage', '', ...Array.from({ length: lines }, (_, i) => `2024-01-02 10:${String(i % 60).padStart(2, '0')} ERROR worker ${i} failed to connect to db-3`)].join('\n');

  test('over 512 KiB as Markdown it is refused from its length, with what to do (16 MB ran for hours, 1 MB for 78 s)', () => {
    expect(() => importReport('log.md', log(12_000), { vocabulary, today: '2026-11-30' })).toThrow(/^is too large to import: its text is \d{3} KiB as Markdown, and a postmortem body holds at most 512 KiB .* Import the account alone: cut the logs out/);
    expect(() => importReport('log.md', 'x'.repeat(9 * 1024 * 1024), { vocabulary, today: '2026-11-30' })).toThrow(/^is too large to import: the file holds 9,216 KiB of text/);
  });

  test('a paragraph over 64 KiB without a blank line (a pasted log: 500 KiB took 136 s, the reader is quadratic in it) is refused with the fix; fenced, it is imported', () => {
    const lines = log(2_000).split('\n');
    expect(() => importReport('log.md', lines.join('\n'), { vocabulary, today: '2026-11-30' })).toThrow(/^has a paragraph of \d+ KiB without a blank line, from line 3 \(a pasted log\?\).* Put the log in a fenced code block/);
    const fenced = [...lines.slice(0, 2), '```', ...lines.slice(2), '```'].join('\n');
    expect(importReport('log.md', fenced, { vocabulary, today: '2026-11-30' }).draft).toContain('```\n2024-01-02 10:00 ERROR worker 0');
  });

  test('a report under it is imported', () => {
    expect(importReport('log.md', log(100), { vocabulary, today: '2026-11-30' }).draft).toMatch(/^---\n/);
  });
});

describe('npm run new', () => {
  test('a title with a line break is refused (it was written as title: "Two\\nlines")', () => {
    expect(scaffoldTitleProblem('Checkout errors\nafter a push')).toBe('--title holds a line break after "Checkout errors": a title is one line on every page, in the feed and in search results. Give what broke and where in one line; the rest goes in the summary. Nothing was written.');
    expect(scaffoldTitleProblem('Checkout errors after a push')).toBeUndefined();
  });

  test('--date days away from the start is refused, naming both (without --started, the start was now)', () => {
    expect(scaffoldDateProblem('2025-09-01', new Date('2026-12-01T13:14:00Z'), false)).toBe('--date 2025-09-01 is given without --started, which would then be now (2026-12-01): give --started with the time the incident began on 2025-09-01 (e.g. --started 2025-09-01T09:00:00Z), or leave --date out. Nothing was written.');
    expect(scaffoldDateProblem('2025-09-01', new Date('2024-09-01T10:00:00Z'), true)).toMatch(/^--date 2025-09-01 is not the day the incident started \(--started is 2024-09-01\)/);
    // 23:30 at -08:00 on the 1st is the 2nd in UTC: a day apart is the same incident day.
    expect(scaffoldDateProblem('2025-09-01', new Date('2025-09-02T07:30:00Z'), true)).toBeUndefined();
  });

  test('run: a content folder that is a file is said as such and nothing is written (it was "services.yaml is missing or empty")', () => {
    const run = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/new.ts'), '--title', 'x', '--service', 'checkout-api'], {
      encoding: 'utf8', input: '', env: { ...process.env, KB_CONTENT_DIR: '/etc/hostname' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('/etc/hostname is not a folder: the content folder (/etc/hostname) must hold the vocabularies and a postmortems/ folder.\n    fix: check KB_CONTENT_DIR, or contentDir in site.config.ts; a new knowledge base starts as a copy of content/ (docs/adopting.md).\nNothing was written.\n');
  });
});

test('a content folder that is missing is a problem for the commands that write into it, one without postmortems/ only for validation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  expect(contentFolderProblem(join(dir, 'nowhere'), undefined, { withPostmortemsFolder: false })?.message).toBe(`${join(dir, 'nowhere')} does not exist: the content folder (${join(dir, 'nowhere')}) must hold the vocabularies and a postmortems/ folder.`);
  expect(contentFolderProblem(dir, undefined, { withPostmortemsFolder: false })).toBeUndefined();
  expect(contentFolderProblem(dir)?.file).toBe(join(dir, 'postmortems'));
});

describe('site.config.ts: site addresses', () => {
  const config = (publicUrl: string) => ({
    organisation: 'Acme',
    sites: { internal: { title: 'I', url: 'https://incidents.acme.internal' }, public: { title: 'P', url: publicUrl } },
    redaction: { internalDomains: ['.internal', 'corp'] },
  });
  const problem = (publicUrl: string) => {
    try {
      loadKbConfig(config(publicUrl), {}, { fileExists: () => false });
    } catch (error) {
      expect(error).toBeInstanceOf(KbConfigError);
      return (error as Error).message;
    }
    return undefined;
  };

  test('a public site at the internal site\'s host, or under an internal domain, is refused (its address is in every public page)', () => {
    expect(problem('https://INCIDENTS.acme.internal/')).toMatch(/sites\.public\.url and sites\.internal\.url name the same host \(incidents\.acme\.internal\): the public site would be deployed over the internal one/);
    expect(problem('https://status.acme.internal')).toContain('sites.public.url (https://status.acme.internal) is a host under the internal domain ".internal" (redaction.internalDomains)');
    expect(problem('https://status.corp')).toContain('under the internal domain "corp"');
    expect(problem('https://status.acme.example')).toBeUndefined();
    expect(problem('https://status.acme.example.corporate.com')).toBeUndefined();
  });
});

describe('links and expressions', () => {
  test('a link to a file: address or a Windows path is an error on a published post, a warning on a draft', () => {
    const errors = errorsAfter((t) => `${t}\nSee [the log](file:///var/log/syslog), [the dump](C:\\dumps\\pool.txt) and [docs](https://example.com/file:x).\n`);
    expect(errors.map((e) => [e.rule, e.line, e.column])).toEqual([['body/file-link', 45, 5], ['body/file-link', 45, 40]]);
    expect(errors[0].message).toBe('the link file:///var/log/syslog names a file on the machine it was written on: readers\' browsers do not open it from the site, so it leads nowhere, and every reader is shown that machine\'s path.');
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8').replace('status: published', 'status: draft').replace('published: 2025-07-12\n', '')}\n[log](file:///var/log/syslog)\n`);
    expect(validateCorpus(dir).findings.filter((f) => f.rule === 'body/file-link').map((f) => f.severity)).toEqual(['warning']);
  });

  test('an expression or comment never closed is reported where its { opens (it was the end of the file), with the fix', () => {
    const errors = errorsAfter((t) => t.replace('## What happened', '{/* draft note\n\n## What happened') + '\nMore.\n\nText \\{ and `{code` are not braces.\n');
    expect(errors).toEqual([expect.objectContaining({ rule: 'mdx/syntax', line: 41, column: 1, fix: 'close it with } (a comment {/* ... */} ends with */}), or write \\{ if the brace is text.' })]);
    expect(errors[0].message).toMatch(/\(the \{ opened here is never closed\)$/);
    expect(findUnclosedBrace('a {1} b {c}\n```\n{\n```\n')).toBeUndefined();
    expect(findUnclosedBrace('a {1}\n\nb {c')).toEqual({ line: 3, column: 3 });
  });
});

test('files that gave no postmortem (a link outside, unreadable) are listed for the commands that read postmortems (follow-ups, digest passed them over)', () => {
  const dir = makeContentFromFixture('good-input');
  const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'x.mdx');
  copyFileSync(join(dir, file), outside);
  symlinkSync(outside, join(dir, 'postmortems/2025-07-09-linked.mdx'));
  symlinkSync(join(dir, 'nowhere.mdx'), join(dir, 'postmortems/2025-07-10-dangling.mdx'));
  expect(filesNotRead(validateCorpus(dir, { frontmatterOnly: true })).map((f) => f.file.replace(/^.*postmortems\//, ''))).toEqual(['2025-07-09-linked.mdx', '2025-07-10-dangling.mdx']);
  expect(existsSync(outside)).toBe(true);
});

describe('named pipes (mkfifo) where a file is expected: reading one waits for a writer for good', () => {
  const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

  test('a postmortem, a vocabulary file and compliance.yaml that are pipes are errors naming them (check and build hung)', async () => {
    const dir = makeContentFromFixture('good-input');
    mkfifo(join(dir, 'postmortems/2025-07-09-pipe.mdx'));
    expect(validateCorpus(dir, { frontmatterOnly: true }).findings).toEqual([expect.objectContaining({
      rule: 'corpus/unreadable-file', file: join(dir, 'postmortems/2025-07-09-pipe.mdx'),
      message: `${join(dir, 'postmortems/2025-07-09-pipe.mdx')} is a named pipe (FIFO), not a file: it is not read (reading a named pipe or a device may never end: the check or build would wait for good).`,
    })]);
    const vocabulary = makeContentFromFixture('good-input');
    renameSync(join(vocabulary, 'tags.yaml'), join(vocabulary, 'tags.old'));
    mkfifo(join(vocabulary, 'tags.yaml'));
    expect(validateCorpus(vocabulary).findings).toMatchObject([{ rule: 'vocabulary/file', message: 'is a named pipe (FIFO), not a YAML file, and is not read (reading it would wait for good); make it a YAML file.' }]);
    const compliance = makeContentFromFixture('good-input');
    mkfifo(join(compliance, 'compliance.yaml'));
    const { loadComplianceConfig } = await import('../../src/lib/compliance-config.ts');
    expect(() => loadComplianceConfig(compliance)).toThrow(/compliance\.yaml: is a named pipe \(FIFO\), not a YAML file/);
  });

  test('npm run draft: a record file that is a pipe is refused naming the option (draft waited for good)', async () => {
    const { readRecordFile } = await import('../../src/lib/draft/load.ts');
    const pipe = join(mkdtempSync(join(tmpdir(), 'pipe-')), 'chat.json');
    mkfifo(pipe);
    expect(() => readRecordFile(pipe, 'chat')).toThrow(`--chat ${pipe}: is a named pipe (FIFO), not a file; give the exported file --chat reads`);
  });

  test('an image that is a pipe is said to be one', () => {
    const dir = makeContentFromFixture('good-input');
    mkdirSync(join(dir, 'postmortems/media'));
    mkfifo(join(dir, 'postmortems/media/g.png'));
    const path = join(dir, file);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n![g](./media/g.png)\n`);
    expect(validateCorpus(dir, { frontmatterOnly: true }).findings.map((f) => f.message)).toEqual([`the image "./media/g.png" (g) does not exist: ${join(dir, 'postmortems/media/g.png')} is a named pipe (FIFO), not a file.`]);
  });
});

test('a list of 20,000 risks is checked, a repeated one named at its index (each entry was compared with every other: 60,000 did not check in two minutes)', () => {
  // Short entries: 20,000 of them stay under the frontmatter's 256 KiB (round 21), past which none is read.
  const risks = Array.from({ length: 20_000 }, (_, i) => `  - R${i}\n`).join('');
  const errors = errorsAfter((t) => t.replace('related: []', `related: []\nrisks:\n${risks}  - R7\n`));
  expect(errors.map((e) => [e.rule, e.message])).toEqual([['schema/consistency', 'risks lists "R7" twice (risks[7] and risks[20000]); remove this one.']]);
});

test('npm run dev: a saved postmortem linked from outside, or a named pipe, is refused by the one-file validation too', async () => {
  const { KbSession } = await import('../../src/integrations/kb-session.ts');
  const dir = makeContentFromFixture('good-input');
  const session = new KbSession({ variant: 'internal', server: 'dev', contentDir: dir });
  const outside = join(mkdtempSync(join(tmpdir(), 'outside-')), 'x.mdx');
  copyFileSync(join(dir, file), outside);
  symlinkSync(outside, join(dir, 'postmortems/2025-07-09-linked.mdx'));
  await expect(session.validateFile(join(dir, 'postmortems/2025-07-09-linked.mdx'))).rejects.toThrow(`is, through a symbolic link, the file ${outside}, outside the content folder`);
  const pipe = join(dir, 'postmortems/2025-07-10-pipe.mdx');
  expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
  await expect(session.validateFile(pipe)).rejects.toThrow('is a named pipe (FIFO), not a file: it is not read.');
  expect((await session.validateFile(join(dir, file))).findings.filter((f) => f.severity === 'error')).toEqual([]);
});
