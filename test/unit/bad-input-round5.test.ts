// Bad input, round 5: each case was a crash, a hang, a page showing other than what was written,
// or a command that passed what another refuses, before this round (docs/rules.md).
import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { RefusedMarkupError, toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { errorsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';

const file = goodInputPostmortem;

const errorsAfter = errorsAfterEditingGoodInput;

/** What the build's renderer refuses in `body` (after a frontmatter of four lines), or undefined. */
function refusedByBuild(body: string, isMdx = true): RefusedMarkupError | undefined {
  for (const variant of ['internal', 'public'] as const) {
    try {
      toFastMarkdown(`---\ntitle: x\nvisibility: public\n---\n${body}`, { variant, isMdx, file: isMdx ? 'x.mdx' : 'x.md' });
    } catch (error) {
      if (error instanceof RefusedMarkupError) return error;
      throw error;
    }
  }
  return undefined;
}

const secondActionItem = (id: string) => `  - id: ${id}\n    title: Alert on pool size changes\n    owner: checkout\n    due: 2025-08-01\n    priority: P2\n    type: detect\n    status: done\n    verification: An alert fires when the pool size changes.\nrelated: []`;

describe('left over from round 4', () => {
  test('action-item ids differing only in letter case are one id twice, with a free id as the fix', () => {
    const errors = errorsAfter((t) => t.replace('related: []', secondActionItem('ai-1')));
    expect(errors).toEqual([expect.objectContaining({
      rule: 'schema/consistency', line: 38,
      message: 'action item id "ai-1" is actionItems[0]\'s "AI-1" in other letter case: a reader, a follow-up list or a ticket naming one cannot tell which is meant. Give every action item its own id (next free one, e.g. "AI-2").',
    })]);
    expect(errorsAfter((t) => t.replace('related: []', secondActionItem('AI-2')))).toEqual([]);
  });

  test('a reference link whose label is not defined is an error at its place, in .mdx and .md; defined, escaped and code ones are not', () => {
    const body = '\nSee the [runbook][rb], the [dashboard][] and [the graph][Graph].\n\nNot \\[a link][x], nor `[code][x]`.\n\n[graph]: https://example.com/graph\n';
    for (const name of [file, 'postmortems/2025-07-08-checkout-config.md']) {
      const errors = errorsAfter((t) => t + body, name);
      expect(errors.map((e) => [e.rule, e.line, e.column])).toEqual([['body/undefined-reference', 45, 9], ['body/undefined-reference', 45, 28]]);
      expect(errors[0].message).toBe('the link [runbook][rb] names the label "rb", which no "[rb]: <address>" line defines: it is shown as text, brackets included, and links nowhere.');
      expect(errors[0].fix).toMatch(/^add a line "\[rb\]: https:\/\/\.\.\." below the paragraph, write the link inline as \[text\]\(https:\/\/\.\.\.\)/);
    }
  });

  test.each([true, false])('the build refuses a heading of seven # and an undefined reference at their lines (mdx: %s)', (isMdx) => {
    expect(refusedByBuild('\nText.\n\n####### Deep\n', isMdx)).toMatchObject({ line: 8, column: 1, rule: 'body/heading-depth' });
    expect(refusedByBuild('\nText.\n\n- ####### In a list\n', isMdx)).toMatchObject({ line: 8, rule: 'body/heading-depth' });
    expect(refusedByBuild('\nText.\n\nSee [the runbook][rb].\n', isMdx)).toMatchObject({ line: 8, column: 5, rule: 'body/undefined-reference' });
    // Not taken: six #, seven in code, a defined reference.
    expect(refusedByBuild('\n###### Six\n\n```\n####### code\n[a][b]\n```\n\nSee [the runbook][rb].\n\n[rb]: https://example.com\n', isMdx)).toBeUndefined();
  });

  test('npm run review stops on a compliance.yaml that does not parse, as npm run check does (it printed a checklist, status 0)', () => {
    const dir = makeContentFromFixture('good-input');
    writeFileSync(join(dir, 'compliance.yaml'), 'regimes:\n  x: [\n');
    const run = spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/review.ts'), join(dir, file)], { encoding: 'utf8', env: { ...process.env, KB_CONTENT_DIR: dir } });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    // Round 46: the unclosed [ is said as such, at its line, not in the parser's words ("… at line 3, column 1.").
    expect(run.stderr).toMatch(new RegExp(`^${join(dir, 'compliance.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: not valid YAML: a list opened with \\[ on a line above is never closed with \\]`));
  });
});

/** A PNG of 4 × 4 pixels. */
const smallPng = Buffer.from('89504e470d0a1a0a0000000d4948445200000004000000040802000000269309290000001549444154789c63606060f8cfc0c0c0c0804f0100610001f7bbda6c0000000049454e44ae426082', 'hex');

describe('images', () => {
  /** The image errors of the fixture showing `markdown`, with `prepare` run on its folder first. */
  function imageErrors(markdown: string, prepare: (dir: string) => void = () => {}) {
    const dir = makeContentFromFixture('good-input');
    prepare(dir);
    const path = join(dir, file);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n${markdown}\n`);
    return { dir, errors: validateCorpus(dir, { frontmatterOnly: true }).findings.filter((f) => f.severity === 'error') };
  }

  test('an image path leaving the content folder (../../etc) is refused in the build\'s validation, naming the file it reaches', () => {
    const { dir, errors } = imageErrors('![p](../../../../../../../../etc/hostname)');
    expect(errors).toEqual([expect.objectContaining({
      rule: 'mdx/bad-image', line: 45, column: 1,
      message: `the image "../../../../../../../../etc/hostname" (p) is outside the content folder (${dir}): it names /etc/hostname, and the site would publish a file of the machine that builds it.`,
      fix: 'copy the image into the content folder beside the postmortem (e.g. media/<id>/) and write the path from there, without ../ leaving the folder.',
    })]);
  });

  test('an image reached through a symbolic link to a folder outside is refused too; one inside the folder is published', () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'secret.png'), smallPng);
    const { errors } = imageErrors('![p](./media/secret.png)', (dir) => symlinkSync(outside, join(dir, 'postmortems/media')));
    expect(errors).toMatchObject([{ rule: 'mdx/bad-image', message: expect.stringContaining(`it names ${join(outside, 'secret.png')} (through a symbolic link)`) }]);
    expect(imageErrors('![p](../media/ok.png)', (dir) => { mkdirSync(join(dir, 'media')); writeFileSync(join(dir, 'media/ok.png'), smallPng); }).errors).toEqual([]);
  });

  test('a file: address is an error with the fix (the page showed a broken image)', () => {
    expect(imageErrors('![graph](file:///home/me/graph.png)').errors).toMatchObject([{ rule: 'mdx/missing-image', line: 45,
      message: expect.stringMatching(/^the image "file:\/\/\/home\/me\/graph\.png" \(graph\) is a file: address/), fix: expect.stringMatching(/^copy the image beside the postmortem/) }]);
  });

  test.each([
    ['<image href="https://tracker.example/p.png" width="1" height="1"/>'],
    ['<use xlink:href="//cdn.example/s.svg#x"/>'],
    ['<style>rect { fill: url(https://example.com/p.svg#g) }</style>'],
    ['<style>@import "https://fonts.example/a.css";</style>'],
    ['<foreignObject><iframe src="https://example.com"></iframe></foreignObject>'],
  ])('an SVG loading from another site is refused: %s', (inner) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${inner}</svg>`;
    const { errors } = imageErrors('![p](./media/a.svg)', (dir) => { mkdirSync(join(dir, 'postmortems/media')); writeFileSync(join(dir, 'postmortems/media/a.svg'), svg); });
    expect(errors).toMatchObject([{ rule: 'mdx/bad-image', message: expect.stringMatching(/the SVG holds .*from another site|the SVG holds a stylesheet @import/) }]);
  });

  test('an SVG with a link, a namespace and an embedded picture is published', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><a href="https://example.com/runbook"><text>runbook</text></a><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/><use href="#x"/></svg>';
    expect(imageErrors('![p](./media/a.svg)', (dir) => { mkdirSync(join(dir, 'postmortems/media')); writeFileSync(join(dir, 'postmortems/media/a.svg'), svg); }).errors).toEqual([]);
  });
});

describe('links to other postmortems', () => {
  const withSecond = (dir: string) => {
    const text = readFileSync(join(dir, file), 'utf8').replace(/2025-07-08T/g, '2025-07-09T').replace('title: Checkout', 'title: Again, checkout');
    writeFileSync(join(dir, 'postmortems/2025-07-09-checkout-again.mdx'), text);
  };
  /** The body/postmortem-link findings of the fixture with `markdown` added, beside a second postmortem. */
  function linkFindings(markdown: string, change: (text: string) => string = (t) => t) {
    const dir = makeContentFromFixture('good-input');
    withSecond(dir);
    const path = join(dir, file);
    writeFileSync(path, `${change(readFileSync(path, 'utf8'))}\n${markdown}\n`);
    return validateCorpus(dir).findings.filter((f) => f.rule === 'body/postmortem-link');
  }

  test('a page link to an id no postmortem has, and a link to a postmortem\'s file, are errors with the page to link to', () => {
    const found = linkFindings('See [the retry](/postmortems/2025-07-09-checkout-agian/), [the file](./2025-07-09-checkout-again.mdx) and [a runbook](../runbooks/pool.md#limits).');
    expect(found.map((f) => [f.severity, f.line, f.column])).toEqual([['error', 45, 5], ['error', 45, 59], ['error', 45, 107]]);
    expect(found[0].message).toBe('the link /postmortems/2025-07-09-checkout-agian/ names the postmortem "2025-07-09-checkout-agian", which does not exist (did you mean "2025-07-09-checkout-again"?): the page would link to a page not found.');
    expect(found[1].message).toBe('the link ./2025-07-09-checkout-again.mdx names the file of the postmortem "2025-07-09-checkout-again": the site publishes no .mdx or .md file, so it would lead to a page not found.');
    expect(found[1].fix).toBe('link to its page: /postmortems/2025-07-09-checkout-again/.');
    // Round 44: said as the file of the repository outside the postmortems that it is.
    expect(found[2].message).toMatch(/^the link \.\.\/runbooks\/pool\.md#limits leads out of the postmortems folder to .*runbooks\/pool\.md, which does not exist either: .*the site publishes the postmortems' pages alone/);
  });

  test('links that work are not flagged; on a draft or an imported report a broken one is a warning', () => {
    // Round 44: `#timeline` is no place of that page (its timeline's heading is #timeline-title), and is said now.
    expect(linkFindings('See [the retry](/postmortems/2025-07-09-checkout-again/#what-happened), [docs](https://example.com/README.md) and [x](#what-happened).')).toEqual([]);
    expect(linkFindings('See [the file](./other.md).', (t) => t.replace('status: published', 'status: draft').replace('published: 2025-07-12\n', '')).map((f) => f.severity)).toEqual(['warning']);
    expect(linkFindings('See [the file](./other.md).', (t) => t.replace('related: []', 'related: []\nhistorical: true')).map((f) => f.severity)).toEqual(['warning']);
  });
});

test('two postmortems with the same title (case and spaces aside) are a warning at the later title, naming the other', () => {
  const dir = makeContentFromFixture('good-input');
  const text = readFileSync(join(dir, file), 'utf8').replace(/2025-07-08T/g, '2025-07-09T');
  writeFileSync(join(dir, 'postmortems/2025-07-09-again.mdx'), text.replace('title: Checkout errors after a config push', 'title: checkout errors  after a config push'));
  const found = validateCorpus(dir).findings.filter((f) => f.rule === 'corpus/same-title');
  expect(found).toEqual([expect.objectContaining({
    file: join(dir, 'postmortems/2025-07-09-again.mdx'), line: 2, severity: 'warning',
    message: `the title "checkout errors  after a config push" is also the title of ${join(dir, file)}: lists, search results and the feed would show two entries no reader can tell apart.`,
  })]);
  writeFileSync(join(dir, 'postmortems/2025-07-09-again.mdx'), text.replace('title: Checkout errors after a config push', 'title: Checkout errors after a second config push'));
  expect(validateCorpus(dir).findings.filter((f) => f.rule === 'corpus/same-title')).toEqual([]);
});

test('a long report is written whole into a pipe that is read late (process.exit cut it at 64 KiB: npm run check | less lost the rest)', async () => {
  // The child writes 1 MB, says so on stderr, then exits through exitAfterOutput; its stdout is
  // read only after that, so what the pipe holds (64 KiB) is all a process.exit would leave.
  const script = `import { exitAfterOutput } from ${JSON.stringify(resolve(import.meta.dirname, '../../scripts/lib/exit-after-output.ts'))};
process.stdout.write('x'.repeat(1_000_000) + '\\n');
process.stderr.write('exiting\\n');
await exitAfterOutput(3);`;
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pause();
  let length = 0;
  child.stdout.on('data', (chunk: Buffer) => { length += chunk.length; });
  child.stderr.on('data', (chunk: Buffer) => { if (chunk.toString().includes('exiting')) child.stdout.resume(); });
  const code = await new Promise((done) => child.on('close', done));
  expect(code).toBe(3);
  expect(length).toBe(1_000_001);
});

test('a body over 512 KiB (a table of 500 columns and 1,000 rows took 38 s and 3.4 GB) is refused unread, in the build\'s validation too; one under it is read', () => {
  const header = `|${Array.from({ length: 500 }, (_, i) => `c${i}`).join('|')}|\n|${'---|'.repeat(500)}\n`;
  const row = `|${Array.from({ length: 500 }, (_, i) => i).join('|')}|\n`;
  const errors = errorsAfter((t) => `${t}\n${header}${row.repeat(300)}`);
  expect(errors).toEqual([expect.objectContaining({ rule: 'body/too-large', line: 40, column: 1, message: expect.stringMatching(/^the body is 5\d\d KiB; at most 512 KiB is read/) })]);
  const dir = makeContentFromFixture('good-input');
  writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}\n${header}${row.repeat(300)}`);
  const [validated] = validateCorpus(dir, { frontmatterOnly: true }).postmortems;
  expect(validated.findings.map((f) => f.rule)).toEqual(['body/too-large']);
  expect(validated.data).toBeUndefined();
  expect(errorsAfter((t) => `${t}\n${header}${row.repeat(200)}`)).toEqual([]);
});

test('an id with a Cyrillic letter that looks Latin names the letter, where the message read as "checkout-api" is unknown, did you mean "checkout-api"', () => {
  const errors = errorsAfter((t) => t.replace('services: [checkout-api]', 'services: [checkout-\u0430pi]').replace('    owner: checkout\n', '    owner: ch\u0435ckout\n'));
  expect(errors.map((e) => [e.line, e.message])).toEqual([
    [7, 'unknown service "checkout-\u0430pi": it holds "\u0430" (U+0430, a Cyrillic letter), not among the a-z, 0-9 and hyphens ids are made of, though it may look like one. Did you mean "checkout-api"? Retype the id from ' + errors[0].message.split('Retype the id from ')[1]],
    [32, expect.stringMatching(/^unknown team "ch\u0435ckout": it holds "\u0435" \(U\+0435, a Cyrillic letter\),.* Did you mean "checkout"\? Retype the id from .*teams\.yaml\.$/)],
  ]);
  expect(errors[0].message).toMatch(/Retype the id from .*services\.yaml\.$/);
});

describe('folders given in the environment', () => {
  const build = (env: Record<string, string>) => spawnSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/build.ts')], { encoding: 'utf8', env: { ...process.env, ...env } });

  test('KB_OUT_DIR with an unexpanded ~ or empty is refused before anything is built (~ made a folder named "~" in the project; empty named the project)', () => {
    const tilde = build({ KB_OUT_DIR: '~/site' });
    expect(tilde.status).toBe(2);
    expect(tilde.stderr).toBe('Not building into ~/site: "~" is not your home folder here (a shell expands it only unquoted). Write the path without it, e.g. $HOME/site unquoted, or in full (--out DIR or KB_OUT_DIR).\n');
    const empty = build({ KB_OUT_DIR: '' });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toBe('KB_OUT_DIR is set but empty (an unset shell variable?). Unset it to build into dist/, or give the folder the site goes into.\n');
  });

  test('a content folder written with ~ says that ~ is not expanded there', () => {
    const [finding] = validateCorpus('~/kb-content').findings;
    expect(finding).toMatchObject({ rule: 'corpus/content-folder', fix: '"~" is not your home folder here (it is expanded only unquoted in a shell): write the path without it, e.g. $HOME/kb-content unquoted, or in full.' });
  });
});

describe('footnotes', () => {
  const body = '\nThe pool was lowered.[^cause] See also [^nope].\n\n[^cause]: Set by the config push.\n\n[^vendor]: The vendor confirmed the limit, ticket VND-4411.\n';

  test('a footnote never referred to (left out of the page) and one never defined (shown as text) are errors at their lines, in .mdx and .md', () => {
    for (const name of [file, 'postmortems/2025-07-08-checkout-config.md']) {
      const errors = errorsAfter((t) => t + body, name);
      expect(errors.map((e) => [e.rule, e.line, e.column, e.message])).toEqual([
        ['body/footnote', 45, 40, 'the footnote [^nope] has no definition: it is shown as text, brackets included.'],
        ['body/footnote', 49, 1, 'the footnote [^vendor] is defined but no text refers to it: the page leaves it out, and its text is shown nowhere.'],
      ]);
    }
    expect(errorsAfter((t) => `${t}\nThe pool was lowered.[^cause] Not a note: \\[^x].\n\n[^cause]: Set by the config push.\n`)).toEqual([]);
  });

  test.each([true, false])('the build refuses them at their lines (mdx: %s)', (isMdx) => {
    expect(refusedByBuild(body, isMdx)).toMatchObject({ line: 6, column: 40, rule: 'body/footnote' });
    expect(refusedByBuild('\nText.[^a]\n\n[^a]: A note.\n', isMdx)).toBeUndefined();
  });

  test('on the public site a definition cut with an <Internal> block is refused, saying the pair may be split by the cut', () => {
    let refused: unknown;
    try {
      toFastMarkdown('---\ntitle: x\nvisibility: public\n---\n\nThe pool was lowered.[^cause]\n\n<Internal>\n\n[^cause]: Set by a push of db-7.\n\n</Internal>\n', { variant: 'public', isMdx: true, file: 'x.mdx' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(RefusedMarkupError);
    expect((refused as RefusedMarkupError).reason).toMatch(/^the footnote \[\^cause\] has no definition: .* \(on the public site, read after the <Internal> blocks are cut: one of the pair may be inside one; put both in, or both out\); add a line/);
  });
});

test('on a draft (not shown by the site; an imported report may carry one) a footnote or reference problem is a warning', () => {
  const dir = makeContentFromFixture('good-input');
  const path = join(dir, file);
  writeFileSync(path, `${readFileSync(path, 'utf8').replace('status: published', 'status: draft').replace('published: 2025-07-12\n', '')}\nSee [the runbook][rb], a mark [^x] and\n\n[^orphan] without its colon.\n`);
  expect(validateCorpus(dir).findings.filter((f) => f.rule.startsWith('body/')).map((f) => [f.rule, f.severity])).toEqual([
    ['body/footnote', 'warning'], ['body/footnote', 'warning'], ['body/undefined-reference', 'warning'],
  ]);
});

test('a link label defined twice with two addresses is an error at the second (every link went to the first)', () => {
  const errors = errorsAfter((t) => `${t}\nSee [the runbook][rb].\n\n[rb]: https://runbooks.example.com/a\n[RB]: https://runbooks.example.com/b\n[rb]: https://runbooks.example.com/a\n`);
  expect(errors).toEqual([expect.objectContaining({
    rule: 'body/duplicate-definition', line: 48, column: 1,
    message: 'the link label [RB] is defined again here, as https://runbooks.example.com/b; every link to it goes to the address of its first definition (line 47), https://runbooks.example.com/a, and this one is used nowhere.',
  })]);
});

test('a PNG whose header says 100,000 × 100,000 pixels (published as an empty .webp, width="100000") is refused; 4 × 4 is not', async () => {
  const { findImageContentProblem, maxImagePixels } = await import('../../src/lib/image-content.ts');
  const huge = Buffer.from(smallPng);
  huge.writeUInt32BE(100_000, 16);
  huge.writeUInt32BE(100_000, 20);
  expect(findImageContentProblem(huge, huge.length)?.message).toBe(`the image is 100000 × 100000 pixels, more than the build's image optimizer takes (${maxImagePixels.toLocaleString('en')} pixels): the site would show an empty file in its place, 100000 pixels wide`);
  expect(findImageContentProblem(smallPng, smallPng.length)).toBeUndefined();
  const wideGif = Buffer.from('GIF89a\xff\xff\xff\xff\x00\x00\x00', 'latin1');
  expect(findImageContentProblem(wideGif, wideGif.length)?.message).toMatch(/^the image is 65535 × 65535 pixels/);
});
