// Bad input, round 6: each case was passed in silence, a crash, or a message that did not name
// the fix, before this round (docs/rules.md, "Bad input round 6").
import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { findMissingImages } from '../../src/lib/lint/images.ts';
import { realPathOutsideContentFolder } from '../../src/lib/content-files.ts';
import { describeToJsError, describeYamlError } from '../../src/lib/yaml-errors.ts';
import { errorsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';

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
    return { publicDir, findings: findMissingImages(postmortem, body, 10, undefined, undefined, contentDir, publicDir) };
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
    expect(imageFindings('![logo](/img/logo.png)\n\n<img src="/img/logo.png?v=2" />').findings).toEqual([]);
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
    expect(findMissingImages(postmortem, '![a](https://example.com/a.png)\n\n![b](./media/g.png)\n\n![c][c]\n\n[c]: ./media/g.png\n', 1, undefined, undefined, contentDir, publicDir)).toEqual([]);
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
    expect(validateCorpus(dir).findings.map((f) => f.rule)).toEqual(['corpus/link-outside']);

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
