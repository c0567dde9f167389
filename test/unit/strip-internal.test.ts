import { describe, expect, test } from 'vitest';
import type { Root } from 'mdast';
import {
  PublicVariantError,
  prepareBodyForVariant,
  stripInternalBlocks,
  stripInternalFromSource,
} from '../../src/lib/strip-internal.ts';
import { parseBodyTree } from '../../src/lib/body-tree.ts';
import { MdxSyntaxError, parseMdxTree } from '../../src/lib/mdx-tree.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every word written inside an `<Internal>` block in these tests starts with `zqx`, every word
 * that must stay starts with `pub`: a leak is then a substring search, never a judgement call.
 */
const frontmatter = '---\ntitle: zqxfrontmattertitle\nteams: [zqxteam]\n---\n';
const mdx = (body: string) => frontmatter + body;
const lineCount = (text: string) => text.split(/\r\n|\n|\r/).length;

/** Names of the JSX elements left in a tree, in document order. */
function jsxNames(tree: Root): string[] {
  const names: string[] = [];
  const walk = (node: { type: string; name?: string | null; children?: unknown[] }) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') names.push(String(node.name));
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree);
  return names;
}

describe('stripInternalFromSource, public variant', () => {
  // [case, body, texts that must stay]
  const cases: [string, string, string[]][] = [
    ['flow block', 'pubbefore.\n\n<Internal>\nzqxblock text\n</Internal>\n\npubafter.\n', ['pubbefore.', 'pubafter.']],
    ['inline in a paragraph', 'pubstart <Internal>zqxinline words</Internal> pubend.\n', ['pubstart', 'pubend.']],
    ['two inline in one line', 'pubone <Internal>zqxa</Internal> pubtwo <Internal>zqxb</Internal> pubthree\n', ['pubone', 'pubtwo', 'pubthree']],
    ['inline across lines', 'pubstart <Internal>zqxfirst\nzqxsecond</Internal> pubend\n', ['pubstart', 'pubend']],
    ['block with a list', '<Internal>\n- zqxitem one\n- zqxitem two\n  - zqxnested\n</Internal>\n\npubkept\n', ['pubkept']],
    ['block with a table', '<Internal>\n| zqxh | zqxk |\n| - | - |\n| zqxcell | 2 |\n</Internal>\n\npubkept\n', ['pubkept']],
    ['block with fenced code', '<Internal>\n```sql\nSELECT zqxcolumn FROM zqxtable;\n```\n</Internal>\n\npubkept\n', ['pubkept']],
    ['block with a heading and quote', '<Internal>\n## zqxheading\n\n> zqxquote\n</Internal>\n\n## pubheading\n', ['## pubheading']],
    ['adjacent blocks', '<Internal>\nzqxone\n</Internal>\n<Internal>\nzqxtwo\n</Internal>\n\npubshown\n', ['pubshown']],
    ['nested Internal in Internal', '<Internal>\nzqxouter\n\n<Internal>\nzqxinner\n</Internal>\n\nzqxafter\n</Internal>\n\npubshown\n', ['pubshown']],
    ['Internal nested in PublicOnly', '<PublicOnly>\npubsorry\n\n<Internal>\nzqxnested\n</Internal>\n</PublicOnly>\n', ['pubsorry', '<PublicOnly>']],
    ['Internal in a list item', '- pubitem <Internal>zqxitem</Internal>\n- pubsecond\n', ['pubitem', 'pubsecond']],
    ['Internal in a table cell', '| pubh | pubk |\n| - | - |\n| pubcell | <Internal>zqxcell</Internal> |\n', ['pubcell']],
    ['Internal in a blockquote', '> pubquote <Internal>zqxquote</Internal>\n', ['pubquote']],
    ['attribute value', '<Internal reason="zqxreason">\nzqxbody\n</Internal>\n\npubshown\n', ['pubshown']],
    ['expression inside', '<Internal>\n{"zqxexpression"}\n</Internal>\n\npubshown\n', ['pubshown']],
    ['CRLF line endings', 'pubkeep.\r\n\r\n<Internal>\r\nzqxcrlf\r\n\r\n- zqxlist\r\n</Internal>\r\n\r\npubalso.\r\n', ['pubkeep.', 'pubalso.']],
    ['indented inside a list item', '- pubitem\n\n  <Internal>\n  zqxindented\n  </Internal>\n\n- pubnext\n', ['pubitem', 'pubnext']],
    // Odd spellings an adversarial author may try: spaces in the tags, a tag over two lines, a
    // list item in a blockquote. (An empty self-closing tag is refused: below.)
    ['spaces inside the tags', 'pubstart <Internal   >zqxspaced</Internal  > pubend\n', ['pubstart', 'pubend']],
    ['a tag over two lines', '<Internal\n>\nzqxsplit tag\n</Internal>\n\npubshown\n', ['pubshown']],
    ['in a list item in a blockquote', '> - pubone\n>   <Internal>zqxquoted item</Internal>\n> - pubtwo\n', ['pubone', 'pubtwo']],
  ];

  // Canary round 37: an empty self-closing tag hid nothing, and the words the author put after it
  // to be hidden were published; it is refused, naming its line (before: cut as an empty element).
  test.each([
    ['over a paragraph', '<Internal />\nzqx the runbook was used.\n', 5],
    ['inline, before words', 'pubshown <Internal/>zqx the runbook.\n', 5],
    ['with an attribute', '\n<Internal note="zqxnote" />\n\npubshown\n', 6],
  ])('a self-closing <Internal /> %s is refused', (_name, body, line) => {
    expect(() => stripInternalFromSource(mdx(body), { isMdx: true, file: 'x.mdx' })).toThrow(new RegExp(`^x\\.mdx:${line}: "<Internal(?: …)? />" closes itself, so it holds nothing and hides nothing: the words after it are published\\. Fix: write <Internal> before and </Internal> after`));
  });

  test.each(cases)('%s', (_name, body, kept) => {
    const source = mdx(body);
    const output = stripInternalFromSource(source, { isMdx: true });
    expect(output).not.toContain('zqx');
    for (const text of kept) expect(output).toContain(text);
    // Line numbers survive, and what remains still compiles as MDX without any Internal element.
    expect(lineCount(output)).toBe(lineCount(source));
    expect(jsxNames(parseBodyTree(output, true))).not.toContain('Internal');
  });

  test('the variant alone is accepted as the second argument', () => {
    expect(stripInternalFromSource(mdx('pubx <Internal>zqxy</Internal>\n'), 'public')).toBe('\n\n\n\npubx \n');
  });

  test('text outside any block is returned unchanged, byte for byte', () => {
    const body = 'pubplain **bold** and `code` and [a link](https://example.com/).\r\n\r\n| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n';
    expect(stripInternalFromSource(mdx(body), 'public')).toBe('\n\n\n\n' + body);
  });

  test('the frontmatter is blanked but keeps its line count', () => {
    const output = stripInternalFromSource(mdx('pubbody\n'), 'public');
    expect(output).toBe('\n\n\n\npubbody\n');
  });

  test.each([
    ['lower-case block', '<internal>\nzqxlower\n</internal>\n'],
    ['lower-case inline', 'pubx <internal>zqxlower</internal>\n'],
    ['lower-case PublicOnly', '<publiconly>\npubx\n</publiconly>\n'],
    ['upper case', '<INTERNAL>\nzqxupper\n</INTERNAL>\n'],
    ['mixed, closing tag only', '<Internal>\nzqxmixed\n</internal>\n'],
  ])('refuses %s: not the component, and an HTML element would show its text', (_name, body) => {
    expect(() => stripInternalFromSource(mdx(body), { isMdx: true, file: 'x.mdx' })).toThrow(/x\.mdx:\d+: ".*" is not the <Internal> or <PublicOnly> component/);
  });

  test('an <Internal> tag left in a code span fails closed rather than being guessed at, naming its line and the fix', () => {
    const source = mdx('Intro.\n\n```\n<Internal>\nliteral\n```\n');
    const line = source.split('\n').indexOf('<Internal>') + 1;
    expect(() => stripInternalFromSource(source, { isMdx: true, file: 'x.mdx' })).toThrow(PublicVariantError);
    expect(() => stripInternalFromSource(source, { isMdx: true, file: 'x.mdx' })).toThrow(
      new RegExp(`^x\\.mdx:${line}: an <Internal> tag is left after the <Internal> blocks were cut .* Fix: .*without angle brackets`),
    );
    expect(() => stripInternalFromSource(mdx('Wrap it in `<Internal>` tags.\n'), 'public')).toThrow(PublicVariantError);
  });


  test('similar component names are not Internal', () => {
    const output = stripInternalFromSource(mdx('<InternalNote>\npubkept\n</InternalNote>\n'), 'public');
    expect(output).toContain('pubkept');
  });
});

describe('list items the cut leaves without words', () => {
  const source = mdx('\n- **Context**:\n    - pubLeader pod was stuck.\n    - Timeline : <Internal>[zqxdoc](https://docs.example.com/zqx)</Internal>\n    - Slack thread: <Internal>[zqxthread](https://chat.example.com/zqx)</Internal>,\n- **Resolution**: pubRestart.\n\npubAfter the list.\n\n- <Internal>zqxonly</Internal>\n- pubKept <Internal>zqxpart</Internal> pubWords\n\npubEnd.\n');

  test('go whole, marker included ("Slack thread: ," was published), and the list stays tight', () => {
    const body = stripInternalFromSource(source, 'public');
    expect(body).not.toMatch(/zqx|Timeline|Slack thread/);
    expect(body).toContain('    - pubLeader pod was stuck.\n- **Resolution**: pubRestart.\n');
    // The item keeping words is kept; a list item emptied alone leaves no empty bullet.
    expect(body).toContain('- pubKept  pubWords');
    expect(body).not.toMatch(/^\s*-\s*$/m);
    const html = parseMdxTree(splitFrontmatter(body).body);
    const lists = html.children.filter((node) => node.type === 'list');
    expect(lists.every((list) => list.type === 'list' && !list.spread)).toBe(true);
  });

  test('lines after the list keep their numbers; inside it, the items after a removed one move up a line', () => {
    const body = stripInternalFromSource(source, 'public');
    const lineOf = (text: string, word: string) => text.split('\n').findIndex((line) => line.includes(word));
    expect(body.split('\n').length).toBe(source.split('\n').length);
    for (const word of ['pubAfter', 'pubEnd']) expect(lineOf(body, word)).toBe(lineOf(source, word));
    expect(lineOf(body, 'pubKept')).toBe(lineOf(source, 'pubKept') - 1);
  });

  test('an item the cut did not touch is kept, even a label alone; the guard\'s cut (keepColumns) removes nothing more', () => {
    const untouched = mdx('\n- Timeline:\n- pubOther\n');
    expect(stripInternalFromSource(untouched, 'public')).toContain('- Timeline:\n- pubOther');
    const guard = stripInternalFromSource(source, { isMdx: true, keepColumns: true });
    expect(guard.split('\n').map((line) => line.length)).toEqual(source.replace(/^---[\s\S]*?---\n/, (fm) => fm.replace(/[^\n]/g, '')).split('\n').map((line) => line.length));
    expect(guard).toContain('Slack thread:');
  });
});

describe('stripInternalFromSource, internal variant', () => {
  test('cuts PublicOnly blocks and keeps Internal ones', () => {
    const source = mdx('pubshared\n\n<PublicOnly>\nzqxapology\n</PublicOnly>\n\n<Internal>\npubinternal\n</Internal>\n');
    const output = stripInternalFromSource(source, { isMdx: true, variant: 'internal' });
    expect(output).not.toContain('zqxapology');
    expect(output).toContain('<Internal>\npubinternal\n</Internal>');
    expect(lineCount(output)).toBe(lineCount(source));
  });
});

describe('.md sources', () => {
  test.each([
    ['<Internal>', '<Internal>\nzqx\n</Internal>\n'],
    ['<PublicOnly>', '<PublicOnly>\nsorry\n</PublicOnly>\n'],
    ['lower-case <internal>', 'text <internal>zqx</internal>\n'],
  ])('refuse %s: components only work in .mdx', (_name, body) => {
    expect(() => stripInternalFromSource(mdx(body), { isMdx: false, file: 'a.md' })).toThrow(/a\.md uses <Internal> or <PublicOnly>.*rename it to \.mdx/);
  });

  // Markdown copies HTML comments into the page, and Astro renders .md entries without this
  // step, so a public .md post with a comment is refused before the build.
  test.each([
    ['inline', 'pubhello <!-- zqxinline --> pubworld\n', 5],
    ['a block', 'pubkeep\n\n<!--\nzqxblock\n-->\n', 7],
    ['inside raw HTML', 'pubkeep\n\n<div>\n<!-- zqxindiv -->\n<b>pub</b>\n</div>\n', 8],
    ['unterminated', 'pubkeep\n\n<!-- zqxopen\nzqxmore\n', 7],
  ])('an HTML comment (%s) in a public .md post is refused, with its line', (_name, body, line) => {
    expect(() => stripInternalFromSource(mdx(body), { isMdx: false, file: 'a.md' })).toThrow(
      new RegExp(`^a\\.md:${line}: an HTML comment in a public \\.md post is published`),
    );
  });

  test('redaction allow marker comments are cut; comments in code are text, not comments', () => {
    const body = 'Write to help@acme.example <!-- redaction-allow: redact/email -- support address -->\n\nSee `<!-- pubcode -->` and\n\n```html\n<!-- pubfenced -->\n```\n';
    const output = stripInternalFromSource(mdx(body), { isMdx: false });
    expect(output).not.toContain('redaction-allow');
    for (const text of ['help@acme.example', '`<!-- pubcode -->`', '<!-- pubfenced -->']) expect(output).toContain(text);
    expect(lineCount(output)).toBe(lineCount(mdx(body)));
  });

  test('the internal variant keeps the body as written', () => {
    const body = 'pubtext <!-- a note -->\n';
    expect(stripInternalFromSource(mdx(body), { isMdx: false, variant: 'internal' })).toBe('\n\n\n\n' + body);
  });
});

describe('tree steps', () => {
  const source = 'pubshared\n\n<Internal>\nzqxblock\n</Internal>\n\npubinline <Internal>zqxinline</Internal> pubend\n\n<PublicOnly>\npubapology <PublicOnly>pubinner</PublicOnly>\n\n<Internal>\nzqxnested\n</Internal>\n</PublicOnly>\n';
  const tree = parseBodyTree(source, true);

  test('stripInternalBlocks removes every Internal element, flow and text, and keeps PublicOnly', () => {
    const stripped = stripInternalBlocks(tree);
    expect(JSON.stringify(stripped)).not.toContain('zqx');
    expect(jsxNames(stripped)).toEqual(['PublicOnly', 'PublicOnly']);
  });

  test('public: Internal removed, PublicOnly unwrapped at every depth', () => {
    const prepared = prepareBodyForVariant(tree, 'public');
    expect(JSON.stringify(prepared)).not.toContain('zqx');
    expect(jsxNames(prepared)).toEqual([]);
    expect(JSON.stringify(prepared)).toContain('pubapology');
    expect(JSON.stringify(prepared)).toContain('pubinner');
  });

  test('internal: PublicOnly removed, Internal kept for the internal component', () => {
    const prepared = prepareBodyForVariant(tree, 'internal');
    expect(JSON.stringify(prepared)).not.toContain('pubapology');
    expect(jsxNames(prepared)).toEqual(['Internal', 'Internal']);
  });

  test('the input tree is not modified', () => {
    const before = JSON.stringify(tree);
    prepareBodyForVariant(tree, 'public');
    stripInternalBlocks(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });
});

describe('property: no word from inside an Internal block survives, every public word does', () => {
  // Building blocks of a body; `{p}` and `{x}` become numbered public and internal words.
  const publicParts = [
    '{p} plain paragraph {p}.',
    '- {p} item\n- {p} item',
    '## {p} heading',
    '| {p} | {p} |\n| - | - |\n| {p} | 2 |',
    '```\n{p} code\n```',
    '> {p} quoted',
  ];
  const internalParts = [
    '<Internal>\n{x} block {x}.\n</Internal>',
    '<Internal>\n- {x} item\n- {x} item\n</Internal>',
    '<Internal>\n| {x} | {x} |\n| - | - |\n| {x} | 1 |\n</Internal>',
    '<Internal>\n```\n{x} code\n```\n</Internal>',
    '{p} then <Internal>{x} inline</Internal> then {p}.',
    '<PublicOnly>\n{p} apology\n\n<Internal>\n{x} nested\n</Internal>\n</PublicOnly>',
    '<Internal>\n{x} outer\n\n<Internal>\n{x} inner\n</Internal>\n</Internal>',
    '- {p} item <Internal>{x}</Internal>',
  ];

  /** Deterministic bodies: each internal part between two public parts, in LF and CRLF. */
  const fixtures: { name: string; body: string; publicWords: string[]; internalWords: string[] }[] = [];
  internalParts.forEach((internalPart, i) => {
    for (const lineEnding of ['\n', '\r\n']) {
      let counter = 0;
      const publicWords: string[] = [];
      const internalWords: string[] = [];
      const fill = (part: string) =>
        part
          .replace(/\{p\}/g, () => {
            const word = `pubword${counter++}`;
            publicWords.push(word);
            return word;
          })
          .replace(/\{x\}/g, () => {
            const word = `zqxword${counter++}`;
            internalWords.push(word);
            return word;
          });
      const parts = [fill(publicParts[i % publicParts.length]), fill(internalPart), fill(publicParts[(i + 1) % publicParts.length])];
      // Adjacent internal blocks with no blank line between them, too.
      parts.push(`${fill(internalParts[(i + 1) % internalParts.length])}\n${fill(internalParts[(i + 2) % internalParts.length])}`);
      fixtures.push({
        name: `${i} ${lineEnding === '\n' ? 'LF' : 'CRLF'}`,
        body: (parts.join('\n\n') + '\n').replace(/\n/g, lineEnding),
        publicWords,
        internalWords,
      });
    }
  });

  test.each(fixtures)('fixture $name', ({ body, publicWords, internalWords }) => {
    expect(internalWords.length).toBeGreaterThan(0);
    const output = stripInternalFromSource(mdx(body), { isMdx: true });
    for (const word of internalWords) expect(output).not.toContain(word);
    expect(output).not.toContain('zqx');
    for (const word of publicWords) {
      // A public word inside a PublicOnly nested in an Internal block goes with its block.
      if (!body.includes(`<Internal>\n${word}`)) expect(output).toContain(word);
    }
    expect(lineCount(output)).toBe(lineCount(mdx(body)));
    const tree = parseBodyTree(output, true);
    expect(jsxNames(tree)).not.toContain('Internal');
    // The tree step agrees with the source step.
    expect(JSON.stringify(prepareBodyForVariant(parseBodyTree(mdx(body), true), 'public'))).not.toContain('zqx');
  });
});

describe('the public cut parses with satteri (parseMdxTree): the places it cuts are remark-mdx\'s', () => {
  // What the cut reads from the tree: every JSX element, expression, ESM block and link, by
  // type, name, target and source range. An element alone on its line is text to remark and flow
  // to satteri; the cut treats both alike, so the two count as one kind here.
  type Cuttable = { type: string; name?: string | null; url?: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: Cuttable[] };
  const cuttable = (tree: Root) => {
    const found: string[] = [];
    const walk = (node: Cuttable) => {
      // An import or export is only ever refused at its start (mdx/no-imports), never cut, so its end
      // is not compared: satteri's ends after the line's newline, remark-mdx's before it.
      const end = node.type === 'mdxjsEsm' ? '' : node.position?.end.offset;
      if (/^mdx|^link$/.test(node.type)) found.push(`${node.type.replace(/^mdxJsx(Flow|Text)Element$/, 'mdxJsxElement')} ${node.name ?? ''} ${node.url ?? ''} ${node.position?.start.offset}-${end}`);
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree as unknown as Cuttable);
    return found;
  };
  const tricky = mdx([
    'Café – naïve 😀 déjà 🚀🚀 [a link](/postmortems/abc/) and <Internal>zqx 😀</Internal> pubdone.',
    '',
    '<Internal>',
    'zqxblock 🚀 [link](/postmortems/zzz/) **zqx** é.',
    '</Internal>',
    '',
    '> pubquote <Internal>zqxinline 😀</Internal> https://example.com/x www.example.org',
    '- pubitem 😀 [ref][r] <PublicOnly>pubsorry 🙏</PublicOnly>',
    '',
    '[r]: /postmortems/abc/',
    '',
    '| a 😀 | b |',
    '| - | - |',
    '| <Internal>zqx</Internal> | [l](/postmortems/q/) |',
    '',
    '{/* zqxcomment 😀 */}',
    'pubend 𝒳 [x](/tags/foo/) foo@example.com.',
  ].join('\n'));
  // Nesting: block quotes, lists, tables, CRLF, a tag inside a code block, a block ending the file.
  const nested = [
    '> <Internal>\n> zqx\n> </Internal>\n> pub\n',
    '- pub\n  <Internal>\n  zqx\n  </Internal>\n- pub\n',
    '1. pub\n\n   <Internal>zqx</Internal>\n',
    '<Internal>zqx</Internal>\n\n\n',
    'pub\r\n<Internal>\r\nzqx\r\n</Internal>\r\npub [a](/b/)\r\n',
    '<Internal>\n\n```\ncode </Internal>\n```\n\n</Internal>\n',
    '> - <PublicOnly>\n>   pub\n>   </PublicOnly>\n',
    '<Internal>\nzqx\n</Internal>',
  ].map(mdx);
  const dirs = ['content/postmortems', 'test/fixtures'];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      // An import source left malformed on purpose (an unclosed <Internal>, import round 35): remark
      // gives its error no place, so the two parsers' places cannot be compared.
      else if (path.endsWith('.mdx') && path !== join('test/fixtures/import-round35', 'fork-with-internal.mdx')) files.push(path);
    }
  };
  for (const dir of dirs) walk(dir);

  test('same elements, links and ranges for every repository and fixture postmortem, and for non-ASCII text', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const [name, source] of [['tricky', tricky], ...nested.map((source, i) => [`nested ${i}`, source]), ...files.map((file) => [file, readFileSync(file, 'utf8')])]) {
      const body = splitFrontmatter(source).body;
      let remark: Root;
      try {
        remark = parseBodyTree(source, true);
      } catch (error) {
        // A body remark refuses is refused at the same place.
        const place = error as { line: number; column: number };
        expect(() => parseMdxTree(body), name).toThrow(MdxSyntaxError);
        try { parseMdxTree(body); } catch (satteriError) {
          expect({ line: (satteriError as MdxSyntaxError).line, column: (satteriError as MdxSyntaxError).column }, name).toEqual({ line: place.line, column: place.column });
        }
        continue;
      }
      expect(cuttable(parseMdxTree(body)), name).toEqual(cuttable(remark));
    }
  });

  test.each(nested.map((source, i) => [i, source]))('nested case %i: no internal word survives the cut, every public one does', (_i, source) => {
    const cut = stripInternalFromSource(source, 'public');
    expect(cut).not.toMatch(/zqx/);
    expect(cut.match(/pub/g)?.length).toBe(splitFrontmatter(source).body.match(/pub/g)?.length);
  });

  test('the cut of non-ASCII text removes exactly the internal words', () => {
    const cut = stripInternalFromSource(tricky, { isMdx: true, file: 'x.mdx', rewriteLink: (url) => (url.startsWith('/postmortems/') ? null : undefined) });
    // The MDX comment stays for the compiler, which never renders it.
    expect(cut.replace('{/* zqxcomment 😀 */}', '')).not.toMatch(/zqx/);
    for (const word of ['Café – naïve 😀 déjà 🚀🚀 a link and', 'pubdone.', 'pubquote', 'pubsorry 🙏', 'pubend 𝒳 [x](/tags/foo/)', '| l |']) expect(cut).toContain(word);
    expect(lineCount(cut)).toBe(lineCount(tricky));
  });

  test('a body that does not parse names its line and column', () => {
    expect(() => stripInternalFromSource(mdx('pub\n\n<Internal>\nzqx\n</Internl>\n'), 'public')).toThrow(
      expect.objectContaining({ line: 5, column: 1, reason: expect.stringMatching(/^Unexpected closing tag `<\/Internl>`/) }),
    );
  });
});
