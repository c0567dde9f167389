import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { cjkWrittenTimes } from '../../src/lib/import/cjk-key-times.ts';
import { cjkDateLine } from '../../src/lib/import/cjk-date-line.ts';
import { namedSummaryHeading, summaryHeadingElsewhere } from '../../src/lib/import/summary-section-names.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { scanPublicText } from '../../src/lib/redaction-guard.ts';
import { publicBodyAfterRedact } from '../support/public-body-after-redact.ts';

/**
 * Round 55's adoption walk (docs/adopting.md, "Walkthrough round 55"): reports written in Japanese,
 * Korean, Chinese, Portuguese and Russian. Reports, services, hosts and values invented here,
 * modelled on what the walk met.
 */

const vocabulary = loadVocabulary(join(resolve(import.meta.dirname, '../..'), 'content'));
const imported = (name: string, report: string) => {
  const result = importReport(name, report, { vocabulary, today: '2026-12-06' });
  const front = parseYaml(splitFrontmatter(result.draft).yaml) as Record<string, unknown> & { times?: Record<string, string> };
  return { result, front, body: splitFrontmatter(result.draft).body };
};

const japanese = `---
title: "ポストモーテム: 署名鍵の期限切れによる通知配信停止"
date: 2026-03-02
tags:
  - postmortem
---

# ポストモーテム: 署名鍵の期限切れによる通知配信停止

## メタデータ

| 項目 | 内容 |
|------|------|
| インシデントID | PM-0301 |
| 発生日時 | 2026-03-02 23:10 (JST)（署名鍵の NotAfter） |
| 検知日時 | 2026-03-02 23:40 頃 (JST)（利用者からの報告） |
| 復旧日時 | 2026-03-03 00:05 (JST)（鍵の再発行後） |
| 重大度 | SEV-2 |
| ステータス | Draft |

## サマリー

2026-03-02 23:10 JST に通知サービスの署名鍵が期限切れとなり、すべてのプッシュ通知の配信が失敗した。鍵を再発行し、約 55 分で復旧した。

## 影響

- 発生時間帯のすべての通知が届かなかった
`;

describe('a Japanese report: the summary section and the key times of its table', () => {
  const { result, front, body } = imported('PM-0301-signing-key-expiry.md', japanese);

  it('the summary is the サマリー section\'s paragraph, not the metadata table read as sentences', () => {
    expect(front.summary).toMatch(/^2026-03-02 23:10 JST に通知サービスの署名鍵が期限切れとなり/);
    expect(String(front.summary)).not.toMatch(/項目|インシデントID/);
  });

  it('the body does not repeat it under its heading (a section named as the summary)', () => {
    expect(body).toContain('The "サマリー" section\'s first paragraph is the summary');
  });

  it('the times of 発生日時, 検知日時 and 復旧日時 written as ISO days, in the report\'s zone', () => {
    expect(front.times).toMatchObject({ started: '2026-03-02T14:10:00Z', detected: '2026-03-02T14:40:00Z', resolved: '2026-03-02T15:05:00Z' });
    expect(result.fileName).toMatch(/^2026-03-02-/);
  });
});

describe('other languages\' summary sections', () => {
  it('Korean: "1. 한 줄 요약", not the header list of 날짜 and 영향', () => {
    const { front } = imported('2026-05-04-quota.md', '# 동기화 할당량 소진으로 전체 기능 중단\n\n- 날짜: 2026-05-04\n- 영향: 모든 화면에서 확장 UI가 나타나지 않음\n- 상태: 해결\n\n## 1. 한 줄 요약\n\n설정을 읽을 때마다 저장소에 다시 쓰는 순환 때문에 시간당 쓰기 할당량이 소진되었다.\n\n## 2. 증상\n\n콘솔에 오류 하나가 남았다.\n');
    expect(front.summary).toBe('설정을 읽을 때마다 저장소에 다시 쓰는 순환 때문에 시간당 쓰기 할당량이 소진되었다.');
  });

  it('Portuguese: "Resumo (TL;DR)", not the bold header of facts', () => {
    const { front } = imported('2026-05-10-latency.md', '# Postmortem: API lenta em produção\n\n**Data do incidente:** 2026-05-10  \n**Duração do impacto:** ~2 dias (degradação gradual)  \n**Severidade:** Alta\n\n---\n\n## Resumo (TL;DR)\n\nA API respondia em 50 ms localmente, mas em produção chegou a 20 s porque o cache estava desligado.\n\n## Causa raiz\n\nO cache da aplicação estava desligado.\n');
    expect(front.summary).toBe('A API respondia em 50 ms localmente, mas em produção chegou a 20 s porque o cache estava desligado.');
  });

  it('Russian: "Описание бага" tells what happened, not the "Дата … Статус" lines', () => {
    const { front } = imported('004-export-hang.md', '# Постмортем: экспорт зависает после завершения\n\n**Дата:** 2026-03-20\n**Severity:** high\n**Статус:** исправлено\n\n## Описание бага\n\nПосле завершения экспорта процесс не завершался, и пользователю приходилось прерывать его вручную.\n\n## Корневая причина\n\nТаймер анимации удерживал цикл событий.\n');
    expect(front.summary).toBe('После завершения экспорта процесс не завершался, и пользователю приходилось прерывать его вручную.');
  });

  it('names: a number before, a gloss after; "what happened" kinds are not named as the summary', () => {
    for (const heading of ['サマリー', '1. 한 줄 요약', 'Resumo (TL;DR)', 'Zusammenfassung', '概要：', 'Краткое описание']) expect(namedSummaryHeading.test(heading), heading).toBe(true);
    for (const heading of ['何が起きたか', 'Описание бага', 'O que aconteceu', '事件经过']) {
      expect(summaryHeadingElsewhere.test(heading), heading).toBe(true);
      expect(namedSummaryHeading.test(heading), heading).toBe(false);
    }
    for (const heading of ['影響', 'タイムライン', 'Causa raiz', 'Корневая причина', 'Resume the replica']) expect(summaryHeadingElsewhere.test(heading), heading).toBe(false);
  });

  it('an English report is read as before', () => {
    const { front } = imported('2026-02-01-queue.md', '# Queue stalled\n\n**Date:** 2026-02-01\n\n## Summary\n\nThe queue stalled for an hour after a broker upgrade.\n');
    expect(front.summary).toBe('The queue stalled for an hour after a broker upgrade.');
  });
});

describe('CJK key times written as ISO days', () => {
  it('"2026-04-15 23:28 (JST)" is a day and a time, as "2026/04/15 23:28" was', () => {
    expect(cjkWrittenTimes('2026-04-15 23:28 (JST)（証明書の NotAfter）')).toEqual([{ date: '2026-04-15', time: '23:28' }]);
    expect(cjkWrittenTimes('2026/04/15 23:28')).toEqual([{ date: '2026-04-15', time: '23:28' }]);
    expect(cjkWrittenTimes('2026-04-14 推定')).toEqual([{ date: '2026-04-14' }]);
  });

  it('発生日時 with a day and no hour gives the incident day', () => {
    expect(cjkDateLine('| 項目 | 内容 |\n|---|---|\n| 発生日時 | 2026-04-16 頃（旧証明書の期限到達時点） |\n')).toEqual({ date: '2026-04-16', label: '発生日時' });
    const { result } = imported('PM-0416-sidecar.md', '# ポストモーテム: サイドカーの古い証明書による停止\n\n| 項目 | 内容 |\n|---|---|\n| 発生日時 | 2026-04-16 頃 |\n\n## サマリー\n\nサイドカーが古い証明書をメモリに保持したまま期限を迎え、レポート生成が失敗した。\n');
    expect(result.fileName).toMatch(/^2026-04-16-/);
  });
});

const scanRedaction = (text: string, options: typeof guardOptions) => scanPublicText('post.mdx', text, options).findings.filter((f) => f.severity === 'error').map((f) => ({ rule: f.rule, text: /"([^"]+)"/.exec(f.message)?.[1] }));
const guardOptions = { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], configuredInternalNames: [] };

describe('an internal zone written with its leading dot', () => {
  it('is found where the line speaks of resolving names, and the public page keeps no part of it', () => {
    for (const line of ['All .office.lan DNS resolution failed for four minutes every hour.', 'The fallback resolver returned NXDOMAIN for `.office.lan`, so every internal name failed.']) {
      const findings = scanRedaction(line, guardOptions);
      expect(findings.map((f) => [f.rule, f.text]), line).toContainEqual(['redact/internal-host', '.office.lan']);
      expect(publicBodyAfterRedact(line, guardOptions), line).not.toMatch(/office\.lan/);
    }
    // The dot goes with the zone: no stray "." is left where it was ("All .an internal host DNS …").
    expect(publicBodyAfterRedact('The fallback resolver returned NXDOMAIN for .office.lan names.', guardOptions)).not.toMatch(/for\s*\.|office/);
  });

  it('a dotfile is no zone, and a line that does not speak of names is left alone', () => {
    expect(scanRedaction('Copy `.env.local` before you start the server.', guardOptions)).toEqual([]);
    expect(scanRedaction('The build wrote `.cache.lan` beside the bundle.', guardOptions).filter((f) => f.rule === 'redact/internal-host')).toEqual([]);
  });
});
