import { describe, expect, test } from 'vitest';
import { orgToMarkdown } from '../../src/lib/import/light-markup.ts';
import { asciidocToMarkdown } from '../../src/lib/import/asciidoc-markup.ts';
import { htmlToMarkdown } from '../../src/lib/import/source-text.ts';
import { readIssueExport } from '../../src/lib/import/issue-exports.ts';
import { fillDraft } from '../../src/lib/fill-drafts.ts';
import { findHiddenHtmlTag } from '../../src/lib/hidden-html.ts';
import { findUnreadableMarkup } from '../../src/lib/publication/unreadable-markup.ts';
import { findMarkup } from '../../src/lib/plain-text-fields.ts';
import { hiddenPostIdFindings } from '../../src/lib/publication/hidden-post-ids.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { publicCutRefusal } from '../support/public-probe-post.ts';

/**
 * Canary round 39's fixes, each on its own (docs/architecture.md, "Canary round 39"). Every test
 * here fails on the code before the round: the marker reached the draft's text, or nothing
 * refused it.
 */
const m = 'zvk00x the runbook';

describe('canary round 39: what a report hides stays out of sight in its draft', () => {
  /** The lines of `markdown` that show `m` as text (not inside an HTML comment, not in the front matter). */
  const shown = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--[\s\S]*?-->/g, '').split('\n').filter((line) => line.includes('zvk00x'));

  test.each([
    ['a comment line', `#+TITLE: T\n\n* Summary\nText.\n\n# ${m}\n`],
    ['a comment block', `#+TITLE: T\n\n* Summary\nText.\n\n#+BEGIN_COMMENT\n${m}\n#+END_COMMENT\n`],
    ['a :noexport: section', `#+TITLE: T\n\n* Summary\nText.\n\n* Notes :noexport:\n${m}\n\n* Timeline\n- 10:00 began\n`],
    ['a COMMENT heading', `#+TITLE: T\n\n* COMMENT Notes\n${m}\n* Timeline\n- 10:00 began\n`],
  ])('Org: %s is kept as a comment', (_kind, org) => {
    const markdown = orgToMarkdown(org);
    expect(shown(markdown)).toEqual([]);
    expect(markdown).toContain('zvk00x');
  });

  test('Org: the document\'s keywords (#+AUTHOR:) are its metadata, the rest of the report unchanged', () => {
    const markdown = orgToMarkdown(`#+TITLE: T\n#+AUTHOR: ${m}\n\n* Summary\nText.\n`);
    expect(markdown).toMatch(/^---\n# #\+AUTHOR: zvk00x the runbook\nauthor: "zvk00x the runbook"\n---\n/);
    expect(markdown).toContain('# T\n\n## Summary\nText.');
  });

  test.each([
    ['a comment line', `= T\n\n== Summary\n\nText.\n\n// ${m}\n`],
    ['a comment block', `= T\n\n== Summary\n\nText.\n\n////\n${m}\n////\n`],
  ])('AsciiDoc: %s is kept as a comment', (_kind, adoc) => {
    const markdown = asciidocToMarkdown(adoc);
    expect(shown(markdown)).toEqual([]);
    expect(markdown).toContain('zvk00x');
  });

  test('AsciiDoc: the header\'s author and revision lines are its metadata', () => {
    const markdown = asciidocToMarkdown(`= T\n${m}\nv1.0, 2025-03-01\n:description: D\n\n== Summary\n\nText.\n`);
    expect(shown(markdown)).toEqual([]);
    expect(markdown).toMatch(/^---\n# zvk00x the runbook\n# v1\.0, 2025-03-01\n# :description: D\nauthor: "zvk00x the runbook"\nrevision: "v1\.0, 2025-03-01"\ndescription: "D"\n---\n/);
  });

  test.each([
    ['display: none', `<div style="display:none">${m}</div>`],
    ['visibility: hidden', `<span style="color: red; visibility: hidden">${m}</span>`],
    ['the hidden attribute', `<p hidden>${m}</p>`],
  ])('HTML: an element hidden by %s is kept as a comment', (_kind, html) => {
    const { markdown } = htmlToMarkdown(`<html><body><h1>T</h1><p>Text.</p>${html}<p>More.</p></body></html>`);
    expect(shown(markdown)).toEqual([]);
    expect(markdown).toContain('<!-- zvk00x the runbook -->');
    expect(markdown).toContain('More.');
  });

  test.each([
    ['a Jira comment restricted to a role', { issues: [{ key: 'INC-1', fields: { summary: 'T', created: '2025-03-01T10:00:00.000+0000', comment: { comments: [{ created: '2025-03-01T10:05:00.000+0000', body: m, visibility: { type: 'role', value: 'Administrators' } }, { created: '2025-03-01T10:20:00.000+0000', body: 'Rolled back.' }] } } }] }],
    ['an internal note of Jira Service Management', { issues: [{ key: 'INC-1', fields: { summary: 'T', created: '2025-03-01T10:00:00.000+0000', comment: { comments: [{ created: '2025-03-01T10:05:00.000+0000', body: m, jsdPublic: false }, { created: '2025-03-01T10:20:00.000+0000', body: 'Rolled back.' }] } } }] }],
    ['a minimized GitHub comment', [{ number: 1, title: 'T', body: 'Text.', createdAt: '2025-03-01T10:00:00Z', comments: [{ createdAt: '2025-03-01T10:05:00Z', body: m, isMinimized: true }, { createdAt: '2025-03-01T10:20:00Z', body: 'Rolled back.' }] }]],
  ])('%s is written inside <Internal>, not in the timeline', (_kind, data) => {
    const text = readIssueExport(data)!.reports[0].text;
    const timeline = /## Timeline\n\n([\s\S]*?)(?:\n\n|$)/.exec(text)![1];
    expect(timeline).toContain('Rolled back.');
    expect(timeline).not.toContain('zvk00x');
    expect(text).toMatch(/<Internal>\n\n## Comments not shown to everyone in the tracker\n\n- 2025-03-01 10:05 UTC zvk00x the runbook\n\n<\/Internal>/);
  });

  test.each(['private: true', 'visibility: internal', 'published: false', 'classification: Confidential'])('fill --public leaves internal a draft whose report says "%s"', (line) => {
    const draft = `---\ntitle: T\nsummary: S.\nstatus: draft\nvisibility: internal\n---\n\nText.\n\n<Internal>\n\n## Imported metadata\n\nThe original report's own frontmatter, kept as written:\n\n\`\`\`yaml\ntitle: T\n${line}\n\`\`\`\n\n</Internal>\n`;
    const filled = fillDraft(draft, { makePublic: true });
    expect(filled.notMadePublic).toContain(line);
    expect(filled.text || draft).not.toContain('visibility: public');
    // A report that says nothing of it is made public, as before.
    expect(fillDraft(draft.replace(`title: T\n${line}\n`, 'title: T\n'), { makePublic: true }).text).toContain('visibility: public');
  });
});

describe('canary round 39: the public cut and the guard refuse what no reader sees', () => {
  test.each([
    ['a <canvas>\'s fallback', `<canvas width="10" height="10">${m}</canvas>`],
    ['a <video>\'s fallback', `<video src="https://status.example.com/v.mp4">${m}</video>`],
    ['a <datalist>\'s options', `<input list="d" aria-label="p" /><datalist id="d"><option value="${m}" /></datalist>`],
    ['SVG text in <defs>', `<svg width="10" height="10"><defs><text>${m}</text></defs></svg>`],
    ['SVG text of fillOpacity 0 without a stroke', `<svg width="10" height="10"><text fillOpacity="0">${m}</text></svg>`],
  ])('.mdx: %s', (_kind, body) => {
    expect(publicCutRefusal(`We rolled back.\n\n${body}\n`)).toMatch(/^x\.mdx:7: .* in a public post is hidden by /);
  });

  test('.mdx: a <video> without fallback text, and SVG text drawn with a stroke, are shown', () => {
    expect(publicCutRefusal('<video src="https://status.example.com/v.mp4" controls />\n\n<svg width="10" height="10"><text fillOpacity="0" stroke="black">A</text></svg>\n')).toBeUndefined();
  });

  test.each([
    ['<noembed>', `<noembed>${m}</noembed>`],
    ['<noframes>', `<noframes>${m}</noframes>`],
    ['SVG text of font-size 0', `<svg><text font-size="0">${m}</text></svg>`],
    ['a <datalist> option', `<datalist id="d"><option value="${m}"></datalist>`],
  ])('.md HTML: %s', (_kind, html) => {
    expect(findHiddenHtmlTag(html)?.index).toBe(html.indexOf('<', html.startsWith('<svg') ? 1 : 0));
  });

  test('.md: an inline <noembed> in a paragraph (its text in the nodes after its tag)', () => {
    expect(() => stripInternalFromSource(`---\ntitle: x\nvisibility: public\n---\nWe rolled back <noembed>${m}</noembed> at ten.\n`, { isMdx: false, variant: 'public', file: 'x.md' })).toThrow(/^x\.md:5: <noembed> in a public post is hidden by the <noembed> element/);
  });

  test('.md and .mdx: a CSS custom property holding words is a finding, named by the property and not its value', () => {
    for (const [text, isMdx] of [[`<span style="--note: '${m}'">We rolled back.</span>`, false], [`<span style="--note: &quot;${m}&quot;; color: red">x</span>`, false]] as const) {
      const found = findUnreadableMarkup(text, isMdx);
      expect(found.map((f) => f.what)).toContain('a CSS custom property holding words (published in the page source, never shown on the page)');
      expect(found.map((f) => f.text).join(' ')).not.toContain('zvk00x');
    }
    expect(findUnreadableMarkup('<span style="--gap: 4px">We rolled back.</span>', false)).toEqual([]);
  });

  test.each([
    ['a percent-encoded <Internal>', `Checkout failed. %3CInternal%3E${m}%3C/Internal%3E`, '%3CInternal%3E'],
    ['a data: address', `Checkout failed. data:text/plain;base64,${Buffer.from(m).toString('base64')}`, `data:text/plain;base64,${Buffer.from(m).toString('base64')}`],
  ])('a plain-text field holding %s is refused', (_kind, text, markup) => {
    expect(findMarkup(text)).toBe(markup);
  });

  test('a public post whose own id holds the id of a post customers do not see is refused at its first line', () => {
    const hidden = '2025-03-02-payroll-leak';
    const post = (file: string) => ({ file, publicLines: ['We rolled back.'], sourceLines: ['---', '---', 'We rolled back.'], findings: [] });
    const [found] = hiddenPostIdFindings([post(`postmortems/${hidden}-follow-up.mdx`)], [hidden]);
    expect(found.map((f) => [f.line, f.rule, f.fix])).toEqual([[1, 'redact/internal-name', `rename the file (git mv) to a name of its own that does not hold "${hidden}".`]]);
    expect(hiddenPostIdFindings([post(`postmortems/${hidden}.mdx`), post('postmortems/2025-03-03-payroll.mdx')], [hidden]).flat()).toEqual([]);
  });
});
