import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { readWrittenTime } from '../../src/lib/import/written-time.ts';
import { slashDatesDayFirst } from '../../src/lib/import/slash-dates.ts';
import { bodyReplacesTimeline, timelineHeading } from '../../src/lib/body-timeline.ts';
import { findImpossibleClockTimes } from '../../src/lib/body-clock-times.ts';
import { importRefusal } from '../support/import-refusal.ts';
import { blanksInProseTemplate } from '../../src/lib/import/unfilled-template.ts';
import { instructionPageReason } from '../../src/lib/import/instruction-pages.ts';
import { otherDocumentKind } from '../../src/lib/import/other-document.ts';
import { notReportReason } from '../../src/lib/import/report-files.ts';
import { recogniseFailureModes } from '../../src/lib/failure-modes.ts';
import { viewTemplateEngine } from '../../src/lib/import/view-templates.ts';
import { issueTemplateName } from '../../src/lib/import/issue-template.ts';

// Import round 56 (docs/import.md): timelines under headings in other languages, days written
// without their year, a label naming the impact, a template of sentences with blanks, troubleshooting
// guides, a rollout plan, an agent's instructions, a language model's temperature, ERB. Names and
// texts invented (a glass studio's kiln scheduler); functions only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round56');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const frontmatterOf = (draft: string) => parseYaml(splitFrontmatter(draft).yaml) as Record<string, any>;
const imported = (name: string) => importReport(name, fixture(name), { vocabulary, today: '2026-12-07' });
const rows = (name: string) => (frontmatterOf(imported(name).draft).timeline ?? []) as { at: string; event: string }[];

describe('a timeline under a heading in another language', () => {
  test('the heading is a timeline\'s in Japanese, Chinese, Korean, German, Spanish, Portuguese, French and Russian', () => {
    for (const heading of ['タイムライン', '発生から復旧までのタイムライン', '時系列', '事件时间线', '时间轴', '타임라인', 'Zeitleiste', 'Zeitablauf', 'Chronologie', 'Cronología', 'Línea de tiempo', 'Linha do tempo', 'Хронология событий', '3. Timeline']) {
      expect(timelineHeading.test(heading), heading).toBe(true);
    }
    // Whole words in scripts with spaces: a compound's part is not the name.
    for (const heading of ['Zeitleisten-Widget', 'Resumo', 'Causa raiz', '概要']) expect(timelineHeading.test(heading), heading).toBe(false);
  });
  test("a Japanese report's table under \"## タイムライン\" gives its rows, in JST", () => {
    expect(rows('kiln-queue-ja.md').map((row) => row.at)).toEqual(['2026-05-12T00:40:00Z', '2026-05-12T00:52:00Z', '2026-05-12T01:31:00Z']);
  });
  test('a list of days written without their year ("3/14") over their times gives rows on those days', () => {
    const timeline = rows('kiln-release-ja.md');
    expect(timeline.map((row) => row.at)).toEqual(['2026-03-14T15:00:00Z', '2026-03-14T16:20:00Z', '2026-03-15T10:10:00Z']);
    expect(timeline[0].event).toBe('v2.4 リリース');
  });
  test("a Portuguese table's \"01/07 ~19:17\" is the 1st of July, the day its file name states", () => {
    const timeline = rows('2026-07-01-forno.md');
    expect(timeline.map((row) => row.at)).toEqual(['2026-07-01T00:00:00Z', '2026-07-01T19:17:00Z', '2026-07-01T19:25:00Z']);
  });
  test('the page leaves out its "No timeline recorded." for the body\'s own timeline under such a heading', () => {
    expect(bodyReplacesTimeline('<h2>タイムライン</h2><ul><li>09:40 2.4 をリリース</li></ul>', [])).toBe(true);
    expect(bodyReplacesTimeline('<h2>原因</h2><p>キューの名前</p>', [])).toBe(false);
  });
  test("the check reads a clock time no clock shows under such a heading, as under \"## Timeline\"", () => {
    expect(findImpossibleClockTimes('## Linha do tempo\n\n- 24:10 Migração revertida\n')).toHaveLength(1);
    expect(findImpossibleClockTimes('## Causa raiz\n\n- 24:10 Migração revertida\n')).toHaveLength(0);
  });
});

describe('a day written with slashes and without its year', () => {
  test('read before a time or alone, month first unless it cannot be or the report writes days first', () => {
    expect(readWrittenTime('11/25', { year: 2021 })).toMatchObject({ date: '2021-11-25', consumed: 5 });
    expect(readWrittenTime('01/07 ~19:17 push', { year: 2026, dayFirst: true })).toMatchObject({ date: '2026-07-01', time: '19:17' });
    expect(readWrittenTime('01/07', { year: 2026 })).toMatchObject({ date: '2026-01-07' });
    expect(readWrittenTime('25/11', { year: 2026 })).toMatchObject({ date: '2026-11-25' });
  });
  test('a Japanese time\'s marks are read with it: "頃" (about), "〜" (from); a range\'s end stays in the words', () => {
    expect(readWrittenTime('2026-05-12 09:52 頃 — 検知', { year: 2026 })).toMatchObject({ time: '09:52', approximate: true, consumed: 18 });
    expect(readWrittenTime('2026-05-12 09:40〜 — 発生', { year: 2026 })).toMatchObject({ time: '09:40', approximate: false, consumed: 17 });
    expect(readWrittenTime('2026-05-12 10:30〜11:45 — 対応', { year: 2026 })).toMatchObject({ time: '10:30', consumed: 16 });
  });
  test('a fraction in a sentence is no day', () => {
    expect(readWrittenTime('1/2 of the kilns cooled', { year: 2026 }).consumed).toBe(0);
  });
  test("its order is read from the report's stated day, as a slashed date's with its year", () => {
    expect(slashDatesDayFirst('| 01/07 ~19:17 | push |\n| 02/07 | fix |', '2026-07-01', 7)).toBeDefined();
    expect(slashDatesDayFirst('| 01/07 ~19:17 | push |', '2026-01-07', 7)).toBeUndefined();
    expect(slashDatesDayFirst('| 01/07 ~19:17 | push |', undefined, 7)).toBeUndefined();
  });
});

describe('a label naming the impact is the impact description, not the summary', () => {
  test('a Chinese report\'s "**影响**:" line: the summary is its "## 问题" section', () => {
    const frontmatter = frontmatterOf(imported('kiln-label-zh.md').draft);
    expect(frontmatter.summary).toMatch(/^kiln_tasks\.ps1 以无 BOM 的 UTF-8 保存/);
    expect(frontmatter.impact.description).toMatch(/从未执行/);
  });
  test('with no section saying what happened, the label is still the summary', () => {
    expect(frontmatterOf(imported('kiln-impact-only-zh.md').draft).summary).toMatch(/^值班人员在两个小时内无法登录温控面板/);
  });
});

describe('pages that are no report, refused or passed over with why', () => {
  test('a report template written as sentences with blanks (a notebook export)', async () => {
    expect(blanksInProseTemplate(fixture('monthly-report-notebook.md'))).toMatchObject({ title: 'Glassworks Incident Report (cloned)', count: 7 });
    expect(await importRefusal('monthly-report-notebook.md', fixture('monthly-report-notebook.md'))).toContain('is a report template written as sentences with blanks to fill (7 blanks such as "\\__\\_"');
  });
  test('a report with a blank or two and its day is read', async () => {
    expect(blanksInProseTemplate(fixture('kiln-blanks-report.md'))).toBeUndefined();
    expect(await importRefusal('kiln-blanks-report.md', fixture('kiln-blanks-report.md'))).toBeUndefined();
  });
  test('a troubleshooting guide, by its folder or its name; a report named by its day is not one', () => {
    const reason = 'a troubleshooting guide (how to diagnose a kind of failure, not an incident: by its name or folder)';
    expect(instructionPageReason('guides/troubleshooting/kiln-controller.md')).toBe(reason);
    expect(instructionPageReason('topic-structural-trouble-shooting/01-control-plane/02-etcd.md')).toBe(reason);
    expect(instructionPageReason('03-kiln-trouble-shooting.md')).toBe(reason);
    expect(instructionPageReason('2026-02-03-kiln-controller-troubleshooting.md')).toBeUndefined();
    expect(instructionPageReason('users-having-trouble-connecting.md')).toBeUndefined();
  });
  test('a procedure, by its name (PROC_…) or its title (Déploiement des …, Installation de …)', () => {
    expect(instructionPageReason('docs/01-homelab/PROC_Installation-four.md')).toBe('a runbook, playbook or decision record (instructions, not an incident: by its name or folder)');
    expect(instructionPageReason('docs/procedure-sauvegarde.md')).toBe('a runbook, playbook or decision record (instructions, not an incident: by its name or folder)');
    expect(instructionPageReason('docs/2026-03-02-proc-relais.md')).toBeUndefined();
    expect(otherDocumentKind(fixture('deploiement-certificats.md'))).toMatchObject({ kind: 'a procedure (how to install, deploy or configure something)', title: 'Déploiement des certificats TLS du four (ACME)' });
    // A title naming what broke, or a report's section, keeps the page.
    expect(otherDocumentKind(fixture('installation-relais-panne.md'))).toBeUndefined();
    expect(otherDocumentKind('# How to restart the kiln scheduler\n\n## Steps\n\nStop it, then start it.\n')?.kind).toBe('a procedure (how to install, deploy or configure something)');
  });
  test('a rollout plan, by its title', () => {
    expect(otherDocumentKind(fixture('rollout-glaze-v3.md'))).toMatchObject({ kind: 'a rollout plan', title: 'Rollout Glaze v3 (Staging -> Production)' });
    expect(otherDocumentKind(fixture('rollout-glaze-v3.md').replace('## 1) Prepare the environment', '## Timeline'))).toBeUndefined();
  });
  test('a GitHub issue template, by its frontmatter\'s `name` and `about`; a report\'s frontmatter has no `about`', async () => {
    expect(issueTemplateName(fixture('incident-issue-form.md'))).toBe('Kiln incident');
    expect(await importRefusal('incident.md', fixture('incident-issue-form.md'))).toContain('is a GitHub issue template ("Kiln incident"');
    expect(issueTemplateName('---\nname: Kiln 4 outage\ndate: 2026-03-02\n---\n\nThe kiln stopped.\n')).toBeUndefined();
  });
  test("an agent's instructions, agentic_instructions.md", () => {
    expect(notReportReason('assets/agentic_instructions.md')).toBe("an AI agent's instructions (a skill, AGENTS.md, CLAUDE.md)");
  });
  test("a Rails view's tags are named ERB, an app's `<% _.each %>` still EJS or Underscore", () => {
    expect(viewTemplateEngine(fixture('edit.html.erb'))).toBe('ERB (Ruby on Rails)');
    expect(viewTemplateEngine('<ul><% _.each(kilns, function(k) { %><li><%= k.name %></li><% }) %></ul>')).toBe('EJS or Underscore');
  });
});

describe("a language model's temperature is no sign of cooling", () => {
  test('a setting of 0 to 2, or after a model\'s word, is not; a hall\'s temperature is', () => {
    const modes = (text: string) => recogniseFailureModes(text).map((mode) => mode.id);
    expect(modes('The glaze assistant called the model with temperature: 0.2.')).not.toContain('power-cooling');
    expect(modes('LLM の temperature を 0 に固定した')).not.toContain('power-cooling');
    expect(modes('The sampling temperature was too high, so answers drifted.')).not.toContain('power-cooling');
    expect(modes('The kiln hall temperature rose to 40°C and the racks shut down.')).toContain('power-cooling');
    expect(modes('High temperatures in the data hall tripped the racks.')).toContain('power-cooling');
  });
});
