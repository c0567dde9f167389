import { describe, expect, test } from 'vitest';
import { findUnreadableMarkup } from '../../src/lib/publication/unreadable-markup.ts';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

/**
 * Canary round 41's fixes, each on its own (docs/architecture.md, "Canary round 41"). Every
 * finding tested here is one the code before the round did not make: the words reached the public
 * page's source (and, for an id, the search index and the address bar).
 */
const unseen = (body: string, isMdx = true) => findUnreadableMarkup(`We rolled back.\n\n${body}\n`, isMdx).filter((f) => /no reader is shown/.test(f.what)).map((f) => f.text);

describe('canary round 41: attributes no reader is shown, holding words the post does not show', () => {
  test.each([
    ['an element id of plain words', '<span id="ask-margot-on-the-bridge">We rolled back.</span>', true, 'id="…"'],
    ['a raw heading id in a .md post', '<h2 id="ask-margot">What happened</h2>', false, 'id="…"'],
    ['a link to a fragment of plain words', 'See [below](#ask-margot-on-the-bridge).', true, '(#…)'],
    ['an <a href> to a fragment in a .md post', '<a href="#ask-margot">below</a>', false, 'href="…"'],
    ['an <a name> of plain words', '<a name="ask-margot"></a>We rolled back.', true, 'name="…"'],
    ['a <details name> in a .md post', '<details name="ask-margot"><summary>More</summary>We rolled back.</details>', false, 'name="…"'],
    ['a dir holding words in a .md post', '<span dir="ask margot">We rolled back.</span>', false, 'dir="…"'],
    ['a <time dateTime> holding words', '<time dateTime="ask margot">at ten</time>', true, 'dateTime="…"'],
    ['an <ins datetime> holding words in a .md post', '<ins datetime="ask margot">We rolled back.</ins>', false, 'datetime="…"'],
    ['a <data value>', 'We rolled back <data value="ask margot">at ten</data>.', true, 'value="…"'],
    ['an <a download> file name', '<a href="https://status.example.com/r.pdf" download="ask-margot.pdf">the report</a>', true, 'download="…"'],
    ['a rel holding words in a .md post', '<a href="https://status.example.com/" rel="author margot">the status page</a>', false, 'rel="…"'],
    ['a <track srcLang> holding words', '<video src="https://status.example.com/v.mp4"><track kind="captions" srcLang="ask margot" /></video>', true, 'srcLang="…"'],
  ])('%s', (_kind, body, isMdx, finding) => {
    expect(unseen(body, isMdx)).toEqual([finding]);
  });

  test('the finding says what to do with the attribute, and never quotes its value', () => {
    const [finding] = findUnreadableMarkup('We rolled back.\n\n<span id="ask-margot">We rolled back.</span>\n', true);
    expect(finding.fix).toMatch(/^remove the attribute .*words the post shows/);
    expect(JSON.stringify(finding)).not.toContain('margot');
  });

  test('settings, keywords and the words the post shows pass', () => {
    const body = [
      '<span id="what-happened" lang="de" dir="rtl">We rolled back what happened.</span>',
      '<time dateTime="2025-03-01T10:00:00Z">at ten</time> <data value="42">forty-two</data> <time dateTime="PT2H30M">two hours</time>',
      '<a href="https://status.example.com/r.pdf" target="_blank" rel="noopener noreferrer" download>the report</a>',
      'See [the cause](#what-happened). <input type="button" value="Ask margot" />',
      '<img src="https://status.example.com/g.png" alt="graph" title="a tooltip" width="600" loading="lazy" sizes="(max-width: 600px) 100vw" />',
      '<table><tbody><tr><th scope="col" colSpan="2">A</th></tr></tbody></table>',
    ].join('\n\n');
    expect(unseen(body)).toEqual([]);
    expect(unseen(body.replaceAll('dateTime', 'datetime').replaceAll('colSpan', 'colspan'), false)).toEqual([]);
  });
});

describe('canary round 41: a hex run too long to build a pattern of', () => {
  const options: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [], people: [] };
  test('a 40,000-character hex run is a secret finding, not a crash naming no file', () => {
    const rules = scanPublicText('post.md', `<span title="${'a'.repeat(40000)}">We rolled back.</span>`, options).findings.map((f) => f.rule);
    expect(rules).toContain('redact/secret');
  });
  test('a transaction hash repeated by its link\'s words is still no secret', () => {
    const hash = '9f5a'.repeat(16);
    expect(scanPublicText('post.md', `<a href="https://explorer.example.com/txs/${hash}">${hash}</a>`, options).findings.map((f) => f.rule)).not.toContain('redact/secret');
  });
});
