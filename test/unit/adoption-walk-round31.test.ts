import { describe, expect, test } from 'vitest';
import { firstScansWithCarriedFindings } from '../../scripts/lib/redact-carried-hosts.ts';
import { carriedScanOptions, postToRedact } from '../support/post-to-redact.ts';
import { applyRedactionFixesThatParse } from '../../src/lib/publication/apply-fixes-parsing.ts';
import { publicBodyParses, scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
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

/**
 * `npm run redact` scanned each post alone, so a bare machine name another post showed with a sign
 * (a prompt `` `qvx3:/var/log#` ``) was left in prose ("0 change(s), 0 left for you") while
 * `npm run check`, scanning them together, held the post back: 9 of one team's 20 reports.
 */
describe('redact finds the hosts other posts showed with a sign, as check does', () => {
  const options = carriedScanOptions;
  const post = postToRedact;
  const prompted = post('2025-04-01-search-down', 'The logs said so: `qvx3:/var/log# grep refused mongod.log`.\n');
  const prose = post('2025-04-02-disk-errors', 'The disk of qvx2 threw errors; qvx3 took its load.\n');

  test('alone the prose post has nothing to change (the premise)', () => {
    const alone = scanPostmortemForPublication(prose.file, prose.source, prose.data, options).findings;
    expect(alone.filter((f) => f.rule === 'redact/internal-host')).toEqual([]);
  });

  test('scanned with the others, its hosts are found and the fixes wrap them', () => {
    const first = firstScansWithCarriedFindings([prompted, prose], options).get(prose.file)!;
    const fixed = applyRedactionFixesThatParse(prose.source, [...first.findings, ...first.carried], { isMdx: true, parses: (text) => publicBodyParses(prose.file, text), servicePublicNames: new Map() });
    expect(fixed.applied.map((a) => a.before)).toEqual(['qvx2', 'qvx3']);
    expect(fixed.source).toMatch(/The disk of <Internal>qvx2<\/Internal>/);
    const again = scanPostmortemForPublication(prose.file, fixed.source, prose.data, options).findings;
    const carriedAgain = firstScansWithCarriedFindings([prompted, { ...prose, source: fixed.source }], options).get(prose.file)!.carried;
    expect([...again, ...carriedAgain].filter((f) => f.severity === 'error')).toEqual([]);
  });
});

/**
 * Once redact wrapped a carried host in the body, the post was published under a file name that
 * says it (`…-dataset-full-on-off1`: the URL, the feed, the search index). The file name is searched
 * for carried hosts too, as a file-name finding: check holds the post, `redact --rename` renames it.
 */
describe('a carried host in the file name', () => {
  const options = carriedScanOptions;
  const post = postToRedact;
  const prompted = post('2025-04-01-search-down', 'The logs said so: `qvx3:/var/log# grep refused mongod.log`.\n');
  const named = post('2025-04-03-dataset-full-on-qvx1', 'The dataset filled up.\n');
  const plain = post('2025-04-04-dataset-full', 'The dataset filled up.\n');

  test('is a file-name finding that names the address; a name without it has none', () => {
    const scans = firstScansWithCarriedFindings([prompted, named, plain], options);
    const inName = scans.get(named.file)!.carried.filter((f) => f.field === '(file name)');
    expect(inName.map((f) => redactionFindingText(f))).toEqual(['qvx1']);
    expect(inName[0].message).toContain('/incidents/2025-04-03-dataset-full-on-qvx1/');
    expect(scans.get(plain.file)!.carried).toEqual([]);
  });
});
