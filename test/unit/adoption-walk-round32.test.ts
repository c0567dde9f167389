import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { cjkDateLine } from '../../src/lib/import/cjk-date-line.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { publicBodyParses } from '../../src/lib/publication-scan.ts';
import { mostlyWithheldPosts, withheldShare } from '../../src/lib/adoption/withheld-share.ts';

/**
 * Session 32's adoption walk (docs/adopting.md, "Adoption walk, session 32"): a homelab's Chinese
 * postmortems, a validator operator's incident reports, a platform team's Korean and English
 * post-mortems. Fixtures written here, modelled on the shapes met (invented names, systems, days).
 */
const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
const imported = (name: string, text: string) => {
  const result = importReport(name, text, { vocabulary, today: '2026-12-04' });
  return { ...result, frontmatter: parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, any> };
};

describe('the incident day on a Chinese, Japanese or Korean "date" line', () => {
  test.each([
    ['Chinese, bold label and an ASCII colon', '**日期**: 2026-04-03\n**影响**: 队列停滞', '2026-04-03', '日期'],
    ['Japanese, full-width colon, CJK date', '日付：2025年11月5日\n', '2025-11-05', '日付'],
    ['Korean, a key/value table row', '| 항목 | 값 |\n|---|---|\n| 날짜 | 2024-05-02 |\n', '2024-05-02', '날짜'],
    ['Chinese, the day of the fault, slashed', '- 故障日期：2023/12/09\n', '2023-12-09', '故障日期'],
  ])('%s', (_, text, date, label) => {
    expect(cjkDateLine(text)).toEqual({ date, label });
  });

  test.each([
    ['another label', '**影响**: 2026-04-03 之后队列停滞\n'],
    ['a date the story mentions past the header', `${'正文。\n'.repeat(45)}**日期**: 2026-04-03\n`],
    ['a day that does not exist', '**日期**: 2026-02-30\n'],
  ])('not read: %s', (_, text) => {
    expect(cjkDateLine(text)).toBeUndefined();
  });

  test('a report that states its day only so gets it as its incident day, said in its notes', () => {
    const report = '## 队列卡住\n\n**日期**: 2026-04-03\n**影响**: 备份队列长时间停滞。\n\n## 问题\n\n同步任务一直起不来。\n';
    const { fileName, inferred } = imported('007-queue-stuck.md', report);
    expect(fileName.startsWith('2026-04-03-')).toBe(true);
    expect(inferred).toContain('incident day 2026-04-03 from its "Date" line (日期)');
  });

  test('without the label the same report states no day (the premise)', () => {
    const report = '## 队列卡住\n\n**影响**: 备份队列长时间停滞。\n\n## 问题\n\n同步任务一直起不来。\n';
    const { fileName, inferred } = imported('007-queue-stuck.md', report);
    expect(fileName.startsWith('2026-04-03-')).toBe(false);
    expect(inferred.join('\n')).not.toMatch(/incident day/);
  });
});

describe('a person found in a path written in bold', () => {
  const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([{ name: 'Velia Quarnstrom', origin: 'git author' }]) };
  const source = '---\ntitle: Relay stalled\n---\n\n5. **ghcr.io/quarnstrom/relay:1.2 must be pulled before the upgrade**\n';
  const findings = scanPublicText('post.mdx', source, options).findings;
  const fixed = applyRedactionFixes(source, findings, { isMdx: true }).source;

  test('the guard finds the name in the path (the premise)', () => {
    expect(findings.some((f) => /quarnstrom/i.test(f.message))).toBe(true);
  });

  test('the path is wrapped inside the bold, which opens and closes outside the tag', () => {
    expect(fixed).toContain('5. **<Internal>ghcr.io/quarnstrom/relay:1.2</Internal>');
    expect(fixed).toMatch(/must be pulled before the upgrade\*\*\n$/);
  });

  test('the public body is cut without the name', () => {
    expect(publicBodyParses('post.mdx', fixed)).toBe(true);
    const result = toFastMarkdown(fixed, { variant: 'public', isMdx: true, file: 'post.mdx' });
    if (!('markdown' in result)) throw new Error(`the fast path refused the public body: ${result.needsMdx}`);
    expect(result.markdown).not.toMatch(/quarnstrom/i);
  });
});

describe('published posts whose public page withholds most of their text', () => {
  // A post in a script the name check cannot read, every run replaced by a stand-in; and an
  // English post with one name wrapped. Invented text.
  const replaced = '---\ntitle: Sync stalled\n---\n\n**<Internal>日期</Internal><PublicOnly>An engineer</PublicOnly>**: 2026-04-03\n\n<Internal>同步任务一直起不来，队列停滞</Internal><PublicOnly>an engineer</PublicOnly> `relay` <Internal>重启后恢复</Internal><PublicOnly>an engineer</PublicOnly>。\n';
  const english = '---\ntitle: Relay stalled\n---\n\nThe relay stalled after the upgrade and <Internal>Velia</Internal><PublicOnly>an engineer</PublicOnly> restarted it; the queue drained within the hour.\n';

  test('the share counts the letters inside <Internal>, not the stand-ins', () => {
    const { share, wrapped } = withheldShare(replaced);
    expect(wrapped).toBe(3);
    // 20 Han characters withheld (日期 2, 13 in the sentence, 5 after the code); shown: the date's 8 digits and "relay".
    expect(share).toBeCloseTo(20 / (20 + 8 + 5), 5);
    expect(withheldShare(english).share).toBeLessThan(0.1);
  });

  test('only the mostly withheld post is listed', () => {
    expect(mostlyWithheldPosts([{ file: 'b.mdx', source: english }, { file: 'a.mdx', source: replaced }]).map(({ file }) => file)).toEqual(['a.mdx']);
  });
});

describe('an identifier listed with another name in prose', () => {
  // "(Juno + <daemon>)": the daemon's name wrapped bare left "(Juno + )" on the public page.
  const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
  const source = '---\ntitle: Attestations missed\n---\n\n**Affected system:** attestation pipeline (Quorix + velmora-relay-v2)\n\nThree Quorix and velmora-relay-v2 instances sign with the same account.\n';
  const findings = scanPublicText('post.mdx', source, options).findings;
  const fixed = applyRedactionFixes(source, findings, { isMdx: true }).source;

  test('the guard finds the identifier (the premise)', () => {
    expect(findings.filter((f) => f.rule === 'redact/identifier').length).toBe(2);
  });

  test('each place reads a generic phrase on the public page, not an empty slot', () => {
    expect(fixed).toContain('(Quorix + <Internal>velmora-relay-v2</Internal><PublicOnly>');
    expect(fixed).toMatch(/Three Quorix and <Internal>velmora-relay-v2<\/Internal><PublicOnly>[^<]+<\/PublicOnly> instances/);
  });
});

describe('a header of bold labels on lines joined by plain line breaks', () => {
  // "**Date**: …⏎**Impact**: …⏎**Discovered by**: …" with no two spaces at the lines' ends: one
  // paragraph, its lines joined by soft breaks; the impact was not read (a placeholder instead).
  const header = (joint: string) => `# Metrics store wedged\n\n**Date**: 2026-05-10${joint}\n**Impact**: Dashboards and alert rules stopped returning data for about two hours.${joint}\n**Discovered by**: an alert on the query latency\n\n## Problem\n\nThe store's writer held its lock after a panic.\n`;

  test('the impact line is read as with hard breaks', () => {
    for (const joint of ['', '  ']) {
      const { frontmatter } = imported('004-metrics-store-wedged.md', header(joint));
      expect(frontmatter.impact?.description).toBe('Dashboards and alert rules stopped returning data for about two hours.');
    }
  });

  test('a paragraph whose lines are not all labelled stays a paragraph', () => {
    const { frontmatter } = imported('004-metrics-store-wedged.md', '# Metrics store wedged\n\n**Date**: 2026-05-10\nThe store stopped answering.\n**Impact**: Dashboards and alert rules stopped returning data for about two hours.\n');
    expect(frontmatter.impact?.description).toBeUndefined();
  });
});

describe('the impact under a Chinese, Japanese or Korean label', () => {
  test.each([
    ['Chinese, a labelled line', '**影响**: 备份队列停滞两小时，仪表盘没有数据。'],
    ['Japanese, a heading', '## 影響\n\n備考：ダッシュボードが二時間表示されなかった。'],
    ['Korean, a heading', '## 영향\n\n대시보드가 두 시간 동안 표시되지 않았습니다.'],
  ])('%s', (_, text) => {
    const { frontmatter } = imported('009-dashboards-blank.md', `# Dashboards blank\n\n**Date**: 2026-05-10\n\n${text}\n\n## Problem\n\nThe store's writer held its lock.\n`);
    expect(frontmatter.impact?.description).toBeTruthy();
    expect(frontmatter.impact.description).not.toMatch(/writer held its lock/);
  });
});
