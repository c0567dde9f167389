import { describe, expect, it } from 'vitest';
import { fenceOpening } from '../../src/lib/fence-opening.ts';
import { makeMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { linesOutsideFences } from '../../src/lib/lines-outside-fences.ts';
import { rewriteImageReferences } from '../../src/lib/import/report-images.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { findUnreadableMarkup } from '../../src/lib/publication/unreadable-markup.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { svgHiddenParts } from '../../src/lib/publication/svg-hidden-parts.ts';
import { resolve, join } from 'node:path';
import { importReport } from '../../src/lib/import/import-report.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { escapeUndefinedReferences } from '../../src/lib/import/undefined-reference-marks.ts';
import { parseMarkdown } from '../../src/lib/import/report-structure.ts';
import { findUndefinedReferences } from '../../src/lib/undefined-references.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { carriedPeopleFindings } from '../../src/lib/publication/carried-people.ts';
import { isCapitalsOfListedPart } from '../../src/lib/publication/listed-name-acronyms.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { publicBodyAfterRedact } from '../support/public-body-after-redact.ts';
import type { ScannedPost } from '../../src/lib/publication/carried-hosts.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';

/**
 * Round 52's adoption walk (docs/adopting.md, "Walkthrough round 52"). Reports, paths and values
 * invented here, modelled on what the walk and session 51's leftovers met.
 */

const draft = (body: string) => `---\ntitle: Queue stall\nstatus: draft\nvisibility: public\n---\n\n${body}\n`;

/** Left by session 51: a lone `<br>` after a line that is one code span was shown as "\<br>". */
describe('a line of backticks holding another backtick is a code span, not a fence', () => {
  it.each([
    ['```( Queue is Ingest AND ( Depth Above 500 ) )```', undefined],
    ['  ``` `inline` ```', undefined],
    ['```yaml', '```'],
    ['````', '````'],
    ['~~~ with `ticks` after tildes', '~~~'],
    ['    ```indented four spaces', undefined],
  ])('%s', (line, marker) => {
    expect(fenceOpening(line)).toBe(marker);
  });

  it('the import closes a lone <br> after such a line, as it does elsewhere', () => {
    const report = 'Pick the criteria:\n\n```( Queue is Ingest AND ( Depth Above 500 ) )```\n\n<br>\nFor the alert view, choose the group.\n\nA {brace} after it.\n';
    const { mdx, escapedAtError } = makeMdxSafe(report);
    expect(mdx).toContain('\n<br />\nFor the alert view');
    expect(mdx).not.toContain('\\<br>');
    // The text after the span is prose again: its brace is escaped, as any stray brace is.
    expect(mdx).toContain('A \\{brace\\} after it.');
    expect(escapedAtError).toBe(0);
  });

  it('a real fence still keeps its lines as code', () => {
    const { mdx } = makeMdxSafe('Before.\n\n```\n<br>\n{x}\n```\n\nAfter <br> here.\n');
    expect(mdx).toContain('```\n<br>\n{x}\n```');
    expect(mdx).toContain('After <br /> here.');
  });

  it('a check reading lines outside fences reads the lines after such a line', () => {
    const lines = [...linesOutsideFences('```( a AND b )```\nafter one\n```\ncode\n```\nafter two')].map((l) => l.line);
    expect(lines).toEqual(['```( a AND b )```', 'after one', 'after two']);
  });
});

/** Left by session 51: "[Image not found when imported: …]" was on public pages. */
describe('an image the import could not find is a note for the team only', () => {
  const placed = rewriteImageReferences(draft('The queue grew:\n\n![Queue depth during the stall](../../assets/queue-depth.png)\n\nIt drained by noon.'), () => ({ kind: 'missing' }));

  it('the note keeps the description and the path inside <Internal>', () => {
    expect(placed.draft).toContain('<Internal>[Image not found when imported: Queue depth during the stall (`../../assets/queue-depth.png`)]</Internal>');
  });

  it('the internal page shows it, the public page leaves it out', () => {
    expect(stripInternalFromSource(placed.draft, 'internal')).toContain('[Image not found when imported: Queue depth during the stall');
    const publicText = stripInternalFromSource(placed.draft, 'public');
    expect(publicText).not.toMatch(/Image not found|queue-depth\.png|when imported/);
    expect(publicText).toContain('The queue grew:');
    expect(publicText).toContain('It drained by noon.');
  });

  it('in a table cell too', () => {
    const cell = rewriteImageReferences(draft('| step | graph |\n| --- | --- |\n| drain | ![g](q.png) |'), () => ({ kind: 'missing' }));
    expect(stripInternalFromSource(cell.draft, 'public')).toContain('| drain |  |');
  });

  it('the import still keeps every sentence of the report', () => {
    const source = '# Queue stall\n\nThe queue grew:\n\n![Queue depth during the stall](../../assets/queue-depth.png)\n\nIt drained by noon.\n';
    expect(findLostSentences(source, 'markdown', placed.draft)).toEqual([]);
  });
});

/** Left by session 51: a slide deck's data-file attributes were told to remove "an MDX expression, script, direction override or data URL". */
describe('a data- attribute holding words: what to do, without its value', () => {
  it('in an .mdx post: the attribute, its element and the value\'s length', () => {
    const [found] = findUnreadableMarkup('<section data-file="graphs/ingest-queue-depth.html">\n\nThe queue grew.\n\n</section>\n', true);
    expect(found.text).toBe('data-file="…"');
    expect(found.fix).toContain('take the data-file attribute out of the <section> element on this line');
    expect(found.fix).toContain('its value, 30 characters');
    expect(found.fix).toContain('{/* redaction-allow redact/hidden-text -- reason */}');
    expect(found.fix).not.toContain('ingest-queue');
  });

  it('in a .md post: the HTML element and an HTML comment to allow it', () => {
    const [found] = findUnreadableMarkup('<div class="slide" data-note=\'the ingest runbook\'>Recovered.</div>\n', false);
    expect(found.text).toBe('data-note="…"');
    expect(found.fix).toContain('take the data-note attribute out of the <div> element on this line');
    expect(found.fix).toContain('<!-- redaction-allow redact/hidden-text -- reason -->');
    expect(found.fix).not.toContain('runbook');
  });
});

/** Read on the walk: a drawing tool's SVG charts held their post, every label "drawn with font-size=0". */
describe('an SVG element is undrawn by a zero, not by any size or opacity', () => {
  const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" width="400" height="200">${inner}</svg>`;
  const found = (inner: string) => svgHiddenParts(svg(inner)).map((part) => part.what);

  it.each([
    '<text x="60" y="10" font-family="Helvetica, sans-serif" font-size="12px" fill="#1e1e1e" text-anchor="middle">ingest queue outage</text>',
    '<text x="60" y="30" font-size="16">drain</text>',
    '<rect x="1" y="1" width="50" height="20" opacity="0.5"></rect><text x="5" y="15">lag</text>',
    '<text x="60" y="50" opacity="0.05">faint but drawn</text>',
    '<metadata></metadata><text x="60" y="70">empty metadata ships nothing</text>',
  ])('%s holds nothing hidden', (inner) => {
    expect(found(inner)).toEqual([]);
  });

  it.each([
    ['<text x="60" y="10" font-size="0">db-7</text>', 'an element drawn with font-size="0"'],
    ["<text x='60' y='10' font-size='0px'>db-7</text>", 'an element drawn with font-size="0"'],
    ['<text x="60" y="10" opacity=0>db-7</text>', 'an element drawn with opacity="0"'],
    ['<text x="60" y="10" opacity="00.00%">db-7</text>', 'an element drawn with opacity="0"'],
    ['<metadata>scene of db-7</metadata>', 'a <metadata> element'],
  ])('%s is still found', (inner, what) => {
    expect(found(inner)).toContain(what);
  });
});

/** Read on the walk: an issue's title quoted with its tags held the post as an undefined reference link. */
describe('a report\'s [text][label] with no definition is imported as the text it showed', () => {
  const root = resolve(import.meta.dirname, '../..');
  const report = '# Relay package compromise\n\nThe report began with an issue titled *"[SECURITY][REPORT] relay-ipc@4.0.1 bundle carries a payload."* on 14 May.\n\nSee the [advisory][adv] and the [tracker][].\n\n[adv]: https://advisories.example.org/relay\n[tracker]: https://tracker.example.org/\n';

  it('escapes its first bracket: the same text on the page, no link for the check to miss', () => {
    const { draft, notes } = importReport('relay-compromise.md', report, { vocabulary: loadVocabulary(join(root, 'content')), today: '2026-12-06' });
    expect(draft).toContain('*"\\[SECURITY][REPORT] relay-ipc@4.0.1 bundle');
    const body = splitFrontmatter(draft).body;
    expect(findUndefinedReferences(parseMarkdown(body), body)).toEqual([]);
    expect(notes.join('\n')).toContain('1 reference link(s) whose label no "[label]: <address>" line defines kept as text');
    // Defined references stay links.
    expect(draft).toContain('See the [advisory][adv] and the [tracker][].');
  });

  it('leaves a body without one as it is', () => {
    expect(escapeUndefinedReferences('See the [advisory][adv].\n\n[adv]: https://a.example/\n')).toEqual({ body: 'See the [advisory][adv].\n\n[adv]: https://a.example/\n', escaped: 0 });
    expect(escapeUndefinedReferences('Tags [a][b] and [c][d].').body).toBe('Tags \\[a][b] and \\[c][d].');
  });
});

/** The leak of the walk: a person's profile in a reference definition, its handle (words run together) the link's words. */
describe('a profile\'s handle of words run together is carried to the post\'s other places', () => {
  const post = (file: string, lines: string[], profiles: [number, string][] = []): ScannedPost => ({
    file, sourceLines: lines, publicLines: lines,
    findings: profiles.map(([line, address]) => ({ file, line, column: 21, rule: 'redact/person', severity: 'error' as const, message: `the name of a person would be published: "${address}".` })),
  });
  const texts = (findings: readonly { line: number; message: string }[]) => findings.map((f) => `${f.line}:${redactionFindingText(f)}`);

  it('in the post whose definition names the profile, and in another post', () => {
    const lines = ['- 01:39: [QuietTalvenor] joins into the operations channel', '- 02:03: [QuietTalvenor] restarted the web server', '', '[QuietTalvenor]: https://github.com/QuietTalvenor'];
    const { findings } = carriedPeopleFindings([
      post('postmortems/a.mdx', lines, [[4, 'https://github.com/QuietTalvenor']]),
      post('postmortems/b.mdx', ['Thanks to QuietTalvenor and to quietTalvenor-bot for the fix.']),
    ]);
    expect(texts(findings[0])).toEqual(['1:QuietTalvenor', '2:QuietTalvenor', '4:QuietTalvenor']);
    // In its own case, as a word on its own.
    expect(texts(findings[1])).toEqual(['1:QuietTalvenor']);
  });

  it('a lower-case profile handle is carried as before; a product\'s name or one capitalised word is not', () => {
    const { findings } = carriedPeopleFindings([
      post('postmortems/a.mdx', ['See https://github.com/GitHub and https://github.com/Talvenor.', 'GitHub and Talvenor shipped it.'], [[1, 'https://github.com/GitHub'], [1, 'https://github.com/Talvenor']]),
    ]);
    expect(texts(findings[0])).toEqual([]);
  });
});

/** Read on the walk: a listed "… Dai" made a DeFi report's total "146,576.43 an engineer". */
describe('a listed part in capitals right after an amount is its unit', () => {
  const noName = () => false;
  const capitals = (line: string, word: string) => isCapitalsOfListedPart(line, line.indexOf(word), word, 'Dai', noName);
  it.each([
    'Total received on Ethereum: **146,576.43 DAI**.',
    '| 5,284.54 → 5,283.93 DAI |',
    'Bridged 1,427 DAI ahead of the attack.',
  ])('%s', (line) => {
    expect(capitals(line, 'DAI')).toBe(true);
  });

  it('not after a word, where the rule of capitals in prose decides as before', () => {
    expect(capitals('Total received on Ethereum: DAI.', 'DAI')).toBe(false);
  });
});

/** Read on the walk: a person's profile as a reference definition's address left "[an engineer]: an engineer" on the page. */
describe('a person\'s profile in a reference definition', () => {
  const options = { internalDomains: ['.internal'], serviceIds: [], people: [], configuredInternalNames: [], peopleIndex: buildPeopleIndex([{ name: 'Tobiah Quarrel', origin: 'vocabulary' as const }]) };
  const lead = 'The docs site went down at 01:38.';
  const afterRedact = (body: string) => publicBodyAfterRedact(`${lead}\n\n${body}`, options).slice(lead.length).trim();

  it('the links to it read a role where their words are the account, the definition goes', () => {
    const page = afterRedact('- 01:39: [QuietTalvenor] joins the operations channel\n- 02:03: [QuietTalvenor] restarted the web server\n\n[QuietTalvenor]: https://github.com/QuietTalvenor\n');
    expect(page).toBe('- 01:39: An engineer joins the operations channel\n- 02:03: An engineer restarted the web server');
  });

  it('other words of a link to it stay', () => {
    const page = afterRedact('Read [the write-up][wu] first.\n\n[wu]: https://github.com/QuietTalvenor\n');
    expect(page).toBe('Read the write-up first.');
  });
});
