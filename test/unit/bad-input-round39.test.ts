// Bad input, round 39 (docs/rules.md, "Bad input round 39"): what an adopter's repository really
// holds. Each test of a change asserts what the commit before did not say (or took silently); the
// controls, what was right before and still is. In-process only; the command started is in
// test/cli/bad-input-round39.test.ts.
import { describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCorpus } from '../../src/lib/validate-corpus.ts';
import { findImageContentProblem } from '../../src/lib/image-content.ts';
import { findLeftoverConflictMarker, findMergeConflict } from '../../src/lib/pasted-text.ts';
import { findingsAfterEditingGoodInput, goodInputPostmortem, makeContentFromFixture, replacing } from '../support/content-fixture.ts';
import { configRefusal } from '../support/kb-config-refusal.ts';

const said = (findings: { rule: string; message: string; fix?: string; line?: number; severity: string }[]) =>
  findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.line}: ${f.message} | ${f.fix ?? ''}`);
const errorsAfter = (change: (text: string) => string) => said(findingsAfterEditingGoodInput(change));
const appended = (text: string) => (source: string) => `${source}\n${text}\n`;
const asPublic = (source: string) => source.replace('visibility: internal', 'visibility: public')
  .replace('related: []', 'related: []\npublic:\n  title: Checkout errors\n  summary: Checkout failed for ten minutes; we reverted the change.');
/** The errors of the good-input fixture after `arrange` lays out more files in its content folder. */
function errorsOfFolder(arrange: (contentDir: string, postmortems: string, good: string) => void) {
  const contentDir = makeContentFromFixture('good-input');
  try {
    const postmortems = join(contentDir, 'postmortems');
    arrange(contentDir, postmortems, readFileSync(join(contentDir, goodInputPostmortem), 'utf8'));
    const result = validateCorpus(contentDir);
    return { errors: said(result.findings), ids: result.postmortems.map((p) => p.id) };
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
}
const lfsPointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 2841\n';

describe('a Git LFS pointer in place of its file is said as one, with git lfs pull (before: "no frontmatter block", "export the image again", "the file is the text version https://…")', () => {
  test('a postmortem', () => {
    const errors = errorsAfter(() => lfsPointer);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^file\/lfs-pointer 1: the file is a Git LFS pointer \(three lines naming the real file, 2,841 bytes\)/);
    expect(errors[0]).toContain('git lfs pull');
  });
  test('an image it shows (PNG and SVG)', () => {
    for (const name of ['errors.png', 'errors.svg']) {
      const { errors } = errorsOfFolder((_, postmortems) => {
        writeFileSync(join(postmortems, '2025-07-08-checkout-config.mdx'), `${readFileSync(join(postmortems, '2025-07-08-checkout-config.mdx'), 'utf8')}\n![Error rate](./media/${name})\n`);
        mkdirSync(join(postmortems, 'media'));
        writeFileSync(join(postmortems, 'media', name), lfsPointer);
      });
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^mdx\/bad-image .*the file is a Git LFS pointer/);
      expect(errors[0]).toContain('git lfs pull');
    }
    expect(findImageContentProblem(new TextEncoder().encode(lfsPointer), lfsPointer.length)?.fix).toContain('git lfs install');
  });
  test('a vocabulary file', () => {
    const { errors } = errorsOfFolder((contentDir) => writeFileSync(join(contentDir, 'services.yaml'), lfsPointer));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^vocabulary\/file 1: the file is a Git LFS pointer/);
  });
  test('control: a text image still says what it starts with', () => {
    expect(findImageContentProblem(new TextEncoder().encode('hello, not a picture'), 20)?.message).toContain('the file is text, not a');
  });
});

describe('one conflict marker left after a conflict settled by hand is file/merge-conflict at its line (before: five YAML errors, or MDX\'s advice for a < meant as text)', () => {
  test.each([
    ['>>>>>>> in the frontmatter', replacing('severity: SEV-2\n', 'severity: SEV-2\n>>>>>>> fix-pool\n'), 5, '>>>>>>> fix-pool', ' (in the frontmatter it is no YAML)'],
    ['<<<<<<< HEAD in the body', appended('<<<<<<< HEAD\nThe pool was 8.'), 45, '<<<<<<< HEAD', ''],
    ['||||||| base in the body', appended('The pool was 8.\n||||||| base'), 46, '||||||| base', ''],
    ['a marker of eight signs (conflict-marker-size)', appended('<<<<<<<< HEAD\nA\n========\nB\n>>>>>>>> other'), 45, '<<<<<<<< HEAD', ''],
  ])('%s', (_label, change, line, marker, where) => {
    expect(errorsAfter(change)).toEqual([`file/merge-conflict ${line}: line ${line}, \`${marker}\`, is a marker git writes around a merge conflict (<<<<<<< opens it, ||||||| marks the common base, ======= parts the two sides, >>>>>>> closes it), left behind when the conflict was settled by hand: it would be published as it is${where}. | delete the marker line, and check that the lines around it hold the side you mean (and nothing of the other side).`]);
  });
  test('in a vocabulary file', () => {
    const { errors } = errorsOfFolder((contentDir) => writeFileSync(join(contentDir, 'tags.yaml'), `${readFileSync(join(contentDir, 'tags.yaml'), 'utf8')}\n>>>>>>> main\n`));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^vocabulary\/file \d+: line \d+, `>>>>>>> main`, is a marker git writes/);
  });
  test('controls: a whole conflict is said as before; markers in fenced code, a setext heading and a quote are text', () => {
    expect(findMergeConflict('a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> main\n')).toEqual({ startLine: 2, endLine: 6 });
    expect(findLeftoverConflictMarker('```\n<<<<<<< HEAD\n```\n')).toBeUndefined();
    expect(findLeftoverConflictMarker('Title\n=======\n')).toBeUndefined();
    expect(findLeftoverConflictMarker('> > quoted\n>>> nested\n')).toBeUndefined();
    expect(findLeftoverConflictMarker(`${'>'.repeat(500)} deep\n`)).toBeUndefined();
  });
});

describe('file names and folders an adopter\'s repository holds', () => {
  test.each(['BACKUP', 'BASE', 'LOCAL', 'REMOTE'])('git mergetool\'s %s side beside the post is said as such, not renamed into a second postmortem (before: "capital letters", fix: rename it)', (side) => {
    const { errors } = errorsOfFolder((_, postmortems, good) => writeFileSync(join(postmortems, `2025-07-08-checkout-config_${side}_12345.mdx`), good));
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^file/name 1: file name "2025-07-08-checkout-config_${side}_12345" is the ${side} side of "2025-07-08-checkout-config" that git mergetool writes .* \\| check that 2025-07-08-checkout-config.mdx holds the merge you mean, then delete this file`))]);
  });
  test('control: a name in capitals that is no mergetool side is still said as capitals', () => {
    const { errors } = errorsOfFolder((_, postmortems, good) => writeFileSync(join(postmortems, '2025-07-09-Checkout_BACKUP.mdx'), good.replaceAll('2025-07-08', '2025-07-09').replace('title: Checkout errors after a config push', 'title: Checkout errors again')));
    expect(errors.some((e) => e.includes('it has capital letters'))).toBe(true);
  });
  test('a page bundle, <id>/index.mdx, is refused with the move to make (before: published as the postmortem "index")', () => {
    const { errors, ids } = errorsOfFolder((_, postmortems, good) => {
      rmSync(join(postmortems, '2025-07-08-checkout-config.mdx'));
      mkdirSync(join(postmortems, '2025-07-08-checkout-config'));
      writeFileSync(join(postmortems, '2025-07-08-checkout-config', 'index.mdx'), good);
    });
    expect(ids).toEqual(['index']);
    expect(errors).toEqual([expect.stringMatching(/^file\/name 1: .*2025-07-08-checkout-config\/index\.mdx is read as the postmortem "index" \(its address \/postmortems\/index\/\): a postmortem's id is its file name, not the name of its folder, "2025-07-08-checkout-config", as in Hugo's or Astro's page bundles\. \| move it beside the folder as 2025-07-08-checkout-config\.mdx \(git mv 2025-07-08-checkout-config\/index\.mdx 2025-07-08-checkout-config\.mdx\)/)]);
  });
  test('a postmortem that is a symbolic link to another is refused (before: published twice, under two addresses, with a warning of the same title)', () => {
    const { errors } = errorsOfFolder((_, postmortems) => symlinkSync('2025-07-08-checkout-config.mdx', join(postmortems, '2025-07-08-checkout-errors.mdx')));
    expect(errors).toEqual([expect.stringMatching(/^corpus\/duplicate-id 1: .*2025-07-08-checkout-errors\.mdx is a symbolic link to the postmortem .*2025-07-08-checkout-config\.mdx: the same postmortem would be published twice, under two addresses \(\/postmortems\/2025-07-08-checkout-errors\/ and \/postmortems\/2025-07-08-checkout-config\/\)/)]);
  });
  test('control: a subfolder\'s postmortem and a _template.mdx are read as before', () => {
    const { errors, ids } = errorsOfFolder((_, postmortems, good) => {
      mkdirSync(join(postmortems, '2025'));
      writeFileSync(join(postmortems, '2025', '2025-07-09-other.mdx'), good.replaceAll('2025-07-08', '2025-07-09').replace('title: Checkout errors after a config push', 'title: Checkout errors again'));
      writeFileSync(join(postmortems, '_template.mdx'), '---\ntitle: TODO\n---\n');
    });
    expect(errors).toEqual([]);
    expect(ids.sort()).toEqual(['2025-07-08-checkout-config', '2025-07-09-other']);
  });
});

describe('an .mdx body a teammate\'s editor "fixed"', () => {
  test.each([
    ['<Internal reason=“names a host”>', '<Internal reason=“names a host”>\n\nThe pool on db7.corp was lowered.\n\n</Internal>', 48, 'Internal', 'reason', '“ (U+201C)', 'write reason="names a host" with straight quotes'],
    ["<Callout type=’warning’>", "<Callout type=’warning’>\n\nCareful.\n\n</Callout>", 48, 'Callout', 'type', '’ (U+2019)', 'write type="warning" with straight quotes'],
    ['<img src=“./media/g.png” />', '<img src=“./media/g.png” alt=“graph” />', 48, 'img', 'src', '“ (U+201C)', 'write src="./media/g.png" with straight quotes'],
    ['<Chart data=“{series}” />', '<Chart data=“{series}” />', 48, 'Chart', 'data', '“ (U+201C)', 'write data={series}, without quotes'],
    ['<Callout type="warning”> (opened straight, closed smart)', '<Callout type="warning”>\n\nCareful.\n\n</Callout>', 48, 'Callout', 'type', '” (U+201D)', 'write type="warning" with straight quotes'],
  ])('an attribute in smart quotes, %s, is said at its line with the attribute to write (before: the parser\'s words and the fix for every MDX error)', (_label, body, line, tag, name, quote, fix) => {
    const errors = errorsAfter((t) => `${asPublic(t)}\n${body}\n`).filter((e) => e.startsWith('mdx/syntax'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`mdx/syntax ${line}: the MDX body does not parse: <${tag}>'s attribute ${name} is quoted with ${quote}, a word processor's quote`);
    expect(errors[0]).toContain(fix);
  });
  test.each(['—', '–'])('<!%s … %s>, an HTML comment whose hyphens became a dash, says so (before: "Unexpected character `!`" and the fix for every MDX error)', (dash) => {
    expect(errorsAfter(appended(`<!${dash} reviewer note ${dash}>\nText.`))).toEqual([expect.stringMatching(new RegExp(`^mdx/syntax 45: the MDX body does not parse: <!${dash} is an HTML comment whose two hyphens an editor's smart punctuation turned into a dash`))]);
  });
  test('a list item indented with no-break spaces is said (before: published as text joined to the item above)', () => {
    expect(errorsAfter(appended('- One\n\u00a0\u00a0- Two'))).toEqual(['body/foreign-markup 46: `- Two` is indented with no-break spaces (U+00A0), not spaces: Markdown reads no list item there, and shows the line as text joined to the line above it. | retype the indentation before it as plain spaces (two for each level of the list).']);
  });
  test('controls: straight quotes, an {expression} and a real HTML comment are said or taken as before', () => {
    expect(errorsAfter(appended('<div className="note">Careful.</div>'))).toEqual([]);
    expect(errorsAfter(appended('<!-- note -->'))[0]).toContain('an HTML comment (<!-- … -->) is not read in an .mdx body');
    expect(errorsAfter(appended('- One\n  - Two'))).toEqual([]);
  });
});

describe('a frontmatter a word processor or a chat touched', () => {
  test.each([['\u00a0\u00a0', 'a no-break space, U+00A0'], ['\u3000', "an ideographic space (a CJK input method's), U+3000"]])('times.started indented with %j is said as such (before: "text at the start of a line", fix: join it to times)', (indent, name) => {
    expect(errorsAfter(replacing('  started:', `${indent}started:`))).toEqual([`frontmatter/yaml 12: line 12 (\`started: 2025-07-08T17:45:00Z\`) is indented with ${name}, not with spaces: YAML indents with plain spaces only, so it reads the line as text, not as a field. | retype the indentation of line 12 as plain spaces, as the lines around it are (a paste from a web page, a document or a chat brings such spaces).`]);
  });
  test.each([
    ['summary', replacing('summary: A configuration push lowered a limit and checkout failed for 10 minutes. Reverting fixed it.', 'summary: ‘A configuration push lowered a limit.’'), 3, 'summary is wrapped in quotes (‘…’)', 'write it without them: summary: "A configuration push lowered a limit."'],
    ['a timeline event', replacing('event: Config reverted.', 'event: “Config reverted.”'), 27, 'timeline[1].event is wrapped in quotes (“…”)', 'write it without them: event: "Config reverted."'],
  ])('%s wrapped in smart quotes is refused as the title was (before: published with the quotes)', (_label, change, line, message, fix) => {
    const errors = errorsAfter(change);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`schema/plain-text ${line}: ${message}, which every page and the feed would show`);
    expect(errors[0]).toContain(`| ${fix}.`);
  });
  test.each([
    // Round 48: the quotes lead, the format left out (the value is right but for them).
    ['“2025-07-08T17:45:00Z”', 'is in typographic quotes (“ ”), which an editor or a chat app typed for straight ones: YAML reads only " and \' as quotes, so these are part of the value, and it is not read as a date-time. Write 2025-07-08T17:45:00Z, without them'],
    ['~2025-07-08T17:45:00Z', 'Here a time takes no sign of estimate (say in the body that it is approximate). Write 2025-07-08T17:45:00Z.'],
    ['2025-07-08T17.45.00Z', 'Here the hours, minutes and seconds are joined by ":". Write 2025-07-08T17:45:00Z.'],
  ])('times.started: %s gets the value to write (before: the format alone)', (value, advice) => {
    const errors = errorsAfter(replacing('  started: 2025-07-08T17:45:00Z', `  started: ${value}`));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(advice);
  });
  test('a form feed in the frontmatter is said as such (before: "Implicit map keys need to be followed by map values")', () => {
    expect(errorsAfter(replacing('severity: SEV-2\n', 'severity: SEV-2\n\f\n'))).toEqual(['file/encoding 5: the frontmatter has a form feed (U+000C, the page break of older editors), which YAML reads as part of the line around it, not as the blank line it shows as. | delete it: a blank line, or nothing, goes there.']);
  });
  test.each([['\u0085', '…', '85'], ['\u0093', '“', '93']])('a Latin-1 control character (%j) is said with the Windows-1252 character meant (before: U+0085 was "the body holds no account", U+0093 passed)', (control, meant, byte) => {
    expect(errorsAfter(appended(`We waited${control} then`))).toEqual([`file/encoding 45: the file has the control character U+00${byte}, which no reader sees: it is what Windows-1252's ${meant} (the byte 0x${byte}) becomes when a file is read as Latin-1 (ISO-8859-1), so ${meant} was lost in a conversion. | write ${meant} there, and look for others: convert the original again from Windows-1252 (iconv -f WINDOWS-1252 -t UTF-8), not from Latin-1.`]);
  });
  test('control: UTF-8 garbled as Latin-1 ("â\\u0080\\u0099") is still said as the garbled ’', () => {
    expect(errorsAfter(appended('The team\u00e2\u0080\u0099s change.'))[0]).toContain('which is "’" garbled');
  });
});

describe('site.config.ts: contentDir as a shell or Windows writes it', () => {
  test.each([
    ['$HOME/content', '$HOME is not read as the environment variable HOME here (only a shell expands it)'],
    ['%USERPROFILE%/kb', '%USERPROFILE% is not read as the environment variable USERPROFILE here'],
    ['content\\postmortems', 'a path written with Windows\' backslashes, which name no folder on macOS or Linux (a clone there, and CI, would read a folder called "content\\\\postmortems"). Write it with /, which Windows reads too: "content/postmortems".'],
    ['C:\\kb\\content', 'Write it with /, which Windows reads too: "C:/kb/content".'],
  ])('contentDir: %s is refused with the path to write (before: taken, and the folder "did not exist")', (contentDir, words) => {
    expect(configRefusal({ contentDir })).toContain(words);
  });
  test('control: a relative and an absolute path are taken', () => {
    expect(configRefusal({ contentDir: '../kb/content' })).toBeUndefined();
    expect(configRefusal({ contentDir: '/srv/kb/content' })).toBeUndefined();
  });
});
