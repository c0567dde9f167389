import { describe, expect, test } from 'vitest';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { referenceDefinitionAt } from '../../src/lib/publication/reference-definitions.ts';
import { redactionFindingText } from '../../src/lib/redaction-guard.ts';
import { scanProbe } from '../support/redaction-probe-harness.ts';

/**
 * Session 31's adoption walk (docs/adopting.md, "Adoption walk, session 31"); fixtures invented,
 * modelled on the shapes met. An infrastructure team's report had a footnote whose text held a
 * link the guard flagged; `npm run redact` read the footnote's definition as a link reference
 * definition, wrote `<Internal>[^note](the footnote's text)</Internal>` and took the definition
 * out, so the internal build stopped on `body/footnote` for the whole knowledge base.
 */
const frontmatter = '---\ntitle: Queue stalled\n---\n';
const body = [
  'I raised the heap in `/etc/quorix/heap.conf` [^heap] and restarted it.',
  '',
  'The next day it held.',
  '',
  '[^heap]: the setting was ignored at first, see https://builds.velmora-ops.corp/job/heap-check/7 for the run that showed it.',
  '',
].join('\n');

describe('a finding in a footnote definition', () => {
  const source = frontmatter + body;
  const findings = scanProbe(source).filter((f) => f.line >= 4);
  const fixed = applyRedactionFixes(source, findings, { isMdx: true }).source;

  test('the guard finds the internal link in the footnote (the premise)', () => {
    expect(findings.some((f) => f.line === 8)).toBe(true);
  });

  test('a footnote definition is no link reference definition', () => {
    const at = source.indexOf('[^heap]:');
    expect(referenceDefinitionAt(source, at)).toBeUndefined();
    expect(referenceDefinitionAt('[notes]: https://example.org/n\n', 0)?.label).toBe('notes');
  });

  test('the footnote keeps its mark and its definition; the link is wrapped where it stands', () => {
    expect(fixed).toContain('`/etc/quorix/heap.conf` [^heap] and restarted');
    expect(fixed).toMatch(/^\[\^heap\]: the setting was ignored at first, see <Internal>https:\/\/builds\.velmora-ops\.corp\/job\/heap-check\/7<\/Internal>/m);
    expect(fixed).not.toContain('[^heap](');
  });

  test('both sites render it, the public one without the internal host', () => {
    for (const variant of ['internal', 'public'] as const) {
      const result = toFastMarkdown(fixed, { variant, isMdx: true, file: 'post.mdx' });
      if (!('markdown' in result)) throw new Error(`the fast path refused the ${variant} body: ${result.needsMdx}`);
      if (variant === 'public') expect(result.markdown).not.toMatch(/velmora-ops/);
      else expect(result.markdown).toContain('builds.velmora-ops.corp');
    }
  });
});

/**
 * A Ruby object dump in a report's log excerpt (`#<Result:0x… @success=false, @body=nil>`): each
 * `@name=` was taken for a chat handle, the whole excerpt withheld, and the measurement counted the
 * words "body", "code", "data" as leaks on every page (1,527 times over three collections).
 */
describe('an instance variable given its value is no @handle', () => {
  const handles = (text: string) => scanProbe(`---\ntitle: Search down\n---\n${text}\n`).filter((f) => f.rule === 'redact/handle').map((f) => redactionFindingText(f));

  test('an object dump in a log excerpt: no handle', () => {
    expect(handles('```\n#<Fetcher::Result:0x00005f3a @success=false, @body=nil, @data=nil, @code=0, @error="refused">\n```')).toEqual([]);
  });

  test('mentions are still found, a comparison too', () => {
    expect(handles('Paged @zorvik, then @qelmar restarted it.')).toEqual(['@zorvik', '@qelmar']);
    expect(handles('The check `@zorvik == owner` failed.').length).toBeGreaterThan(0);
  });
});
