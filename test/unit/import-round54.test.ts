import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importReport } from '../../src/lib/import/import-report.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { notReportReason } from '../../src/lib/import/report-files.ts';
import { readReportContent } from '../../src/lib/import/report-content.ts';
import { importRefusal } from '../support/import-refusal.ts';
import { blankFieldsTemplate, instructionSectionsTemplate } from '../../src/lib/import/unfilled-template.ts';
import { otherDocumentKind, statedDocumentKind } from '../../src/lib/import/other-document.ts';
import { landingPageLayout } from '../../src/lib/import/site-landing-page.ts';
import { controlsPageButtons, scriptDrawnPageLabels } from '../../src/lib/import/unreadable-source.ts';
import { pagesBesideReportFolder } from '../../src/lib/import/instruction-pages.ts';
import { emailAddressesIn } from '../../src/lib/import/draft-email-addresses.ts';
import { formatSummary, summarise, type ImportedFile } from '../../src/lib/import/import-summary.ts';
import { scanPublicText } from '../../src/lib/redaction-guard.ts';

// Import round 54 (docs/import.md): templates known by their blank fields (a handbook generator's
// chapters, a Spanish template titled without a placeholder), pages whose `doc_type` names no
// incident, guides, a site's landing and error pages, a page of an app's controls, `build.sbt` and
// `todo`, dated reports under docs/ beside a folder of reports, and drafts carrying e-mail
// addresses said in the summary. Names and texts invented (a kiln shop); functions only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round54');
const vocabulary = loadVocabulary(join(root, 'content'));
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const refusal = (name: string) => importRefusal(name, fixture(name));

describe('templates known by their blank fields', () => {
  test("a handbook generator's chapter: its head's fields are the engine's variables, though it gives an example's day", async () => {
    const found = blankFieldsTemplate(fixture('handbook-chapter.md'));
    expect(found).toEqual({ title: 'Datensicherung und Wiederherstellung', blank: ['Organisation', 'Verantwortlich', 'Freigabe', 'Revision', 'Status', 'Letzte Änderung'], fields: 7 });
    expect(await refusal('handbook-chapter.md')).toContain('is a template whose fields are left to fill (6 of its 7 fields blank: "Organisation", "Verantwortlich", "Freigabe", "Revision"; titled "Datensicherung und Wiederherstellung")');
  });
  test('a Spanish template titled without a placeholder: date masks, blanks in brackets and instructions in italics', () => {
    const found = blankFieldsTemplate(fixture('plantilla-analisis.md'));
    expect(found?.title).toBe('Informe de Análisis de Incidente');
    expect(found?.blank).toEqual(['Identificador', 'Título', 'Inicio', 'Fin', 'Duración', 'Severidad', '[Hora]', '[Hora]']);
    expect(found?.fields).toBe(10);
  });
  test('a report whose facts are still TBD is kept: it writes its day, and no variable of an engine', () => {
    expect(blankFieldsTemplate(fixture('report-fields-to-fill.md'))).toBeUndefined();
    // The day is what keeps it: the same header over a text that dates nothing is a template.
    expect(blankFieldsTemplate(fixture('report-fields-to-fill.md').replace('On 2026-04-02 the', 'The'))?.blank).toEqual(['Severity', 'Owner', 'Status', 'Reviewers']);
  });
});

describe('a template whose sections hold only their instructions', () => {
  test("a theme's sample post: one section filled, five that say what to write", async () => {
    expect(instructionSectionsTemplate(fixture('sample-post.md'))).toEqual({ title: 'Incident Postmortem - Kiln Booking Outage', sections: ['Lead-Up', 'Fault', 'Impact', 'Detection', 'Lessons Learned'], filled: 1 });
    expect(await refusal('sample-post.md')).toContain('is a report template whose sections still hold only their instructions (5 of its 6 sections: "Lead-Up", "Fault", "Impact", "Detection"');
  });
  test("an export's empty sections are no instructions, and a report's own sections are read", () => {
    const emptyExport = '# Postmortem Report\n\n**Impact time:** May 19 at 10:02 to May 19 at 11:10\n\n' + ['Overview', 'What Happened', 'Resolution', 'Root Causes', 'Impact'].map((heading) => `## ${heading}\n_No comments added_\n`).join('\n');
    expect(instructionSectionsTemplate(emptyExport)).toBeUndefined();
    expect(instructionSectionsTemplate(fixture('firing-failure-steps.md'))).toBeUndefined();
  });
});

describe('what a page says it is', () => {
  test('a `doc_type` that names no incident refuses the page; one that names an incident report does not', async () => {
    expect(statedDocumentKind(fixture('it-plan.md'))).toBe('結合テスト計画');
    expect(await refusal('it-plan.md')).toContain('is a document its metadata names "結合テスト計画" (its `doc_type`), which names no incident');
    expect(statedDocumentKind(fixture('it-incident.md'))).toBeUndefined();
    expect(statedDocumentKind('---\ntitle: Kiln 4 down\ntype: post\n---\n\nKiln 4 stopped.\n')).toBeUndefined();
  });
  test('documentation and how-to guides, by a short title naming them or three numbered steps', () => {
    expect(otherDocumentKind(fixture('security-documentation.md'))).toEqual({ kind: 'documentation or a how-to guide', title: 'Security Documentation' });
    expect(otherDocumentKind(fixture('adding-kiln-drivers.md'))).toEqual({ kind: 'documentation or a how-to guide', title: 'Adding a Kiln Driver' });
    // A report told in steps keeps its timeline, and is read.
    expect(otherDocumentKind(fixture('firing-failure-steps.md'))).toBeUndefined();
    // A notice about the documentation's server is no guide: its title is long, the word joined to another.
    expect(otherDocumentKind('# Kiln booking: update of the booking server for the shop-documentation\n\nThe server is updated tonight.\n')).toBeUndefined();
  });
  test("a site's landing page by its layout, and its error page by its name", async () => {
    expect(landingPageLayout(fixture('dashboard-splash.md'))).toBe('splash');
    expect(landingPageLayout('---\nlayout: post\ntitle: Kiln 4 down\n---\n\nKiln 4 stopped.\n')).toBeUndefined();
    expect(await refusal('dashboard-splash.md')).toContain("is a site's landing or archive page (its frontmatter's `layout: splash`");
    expect(notReportReason('_pages/404.md')).toContain('an error page a web framework or site ships');
    expect(notReportReason('404-errors-on-booking.md')).toBeUndefined();
  });
  test("a page of an app's controls, not a report that has a button or two", async () => {
    expect(controlsPageButtons(fixture('calculators.html'))).toEqual(['Begin', 'Close Windows']);
    expect(await refusal('calculators.html')).toContain('is a page of an app\'s controls (buttons such as "Begin", "Close Windows")');
    expect(controlsPageButtons(fixture('report-with-buttons.html'))).toBeUndefined();
    // The dashboard rule it shares its reading with is unchanged: a page of one sentence and a script is no dashboard.
    expect(scriptDrawnPageLabels(fixture('calculators.html'))).toBeUndefined();
  });
  test('a Scala build definition and a to-do list are passed over by their names', () => {
    expect(notReportReason('build.sbt')).toBe('a dependency list or build file');
    expect(notReportReason('project/plugins.sbt')).toBe('a dependency list or build file');
    expect(notReportReason('todo')).toBe("a project's list of tasks (a to-do list), not a report");
    expect(notReportReason('TODO.md')).toBe("a project's list of tasks (a to-do list), not a report");
    expect(notReportReason('todo-list-outage-2026-05-01.md')).toBeUndefined();
  });
});

describe('a report under docs/ beside a folder of reports', () => {
  const names = ['incidents/2026-01-04-kiln-1-down.md', 'docs/setup.md', 'docs/reports/2026-02-27-glaze-store-incident.md', 'changelog/2026-03-01-firmware-upgrade.md', 'docs/incident-escalation.md'];
  test('a page named by its day is read; the rest of docs/ and a change folder stay passed over', () => {
    expect(pagesBesideReportFolder(names).map((page) => page.file)).toEqual(['docs/setup.md', 'changelog/2026-03-01-firmware-upgrade.md', 'docs/incident-escalation.md']);
  });
  test('without a folder of reports nothing is passed over', () => {
    expect(pagesBesideReportFolder(names.filter((name) => !name.startsWith('incidents/')))).toEqual([]);
  });
});

describe('drafts carrying e-mail addresses', () => {
  test("an export's record keeps its reporter's address in the draft, the summary names the draft, and the guard stops it on publishing", async () => {
    const content = await readReportContent('records-with-addresses.jsonl', bytes(fixture('records-with-addresses.jsonl')));
    const result = importReport('records-with-addresses.jsonl (record 1 of 1)', content.parts![0].text, { vocabulary, today: '2026-12-06', exportKind: content.exportKind });
    expect(emailAddressesIn(result.draft)).toEqual(['wilhelmina.okonkwo@kilnshop.example']);
    const file: ImportedFile = { source: 'records-with-addresses.jsonl', output: 'drafts/2026-07-02-kiln-booking-page-returned-errors.mdx', result, checkErrors: 0, checkWarnings: 0 };
    const totals = summarise([file]);
    expect(totals.emailAddresses).toEqual([{ draft: 'drafts/2026-07-02-kiln-booking-page-returned-errors.mdx', count: 1, first: 'wilhelmina.okonkwo@kilnshop.example' }]);
    const summary = formatSummary(totals, false);
    expect(summary).toContain('E-mail addresses carried from the source in 1 draft(s)');
    expect(summary).toContain('  drafts/2026-07-02-kiln-booking-page-returned-errors.mdx (1: wilhelmina.okonkwo@kilnshop.example)');
    const body = result.draft.slice(result.draft.indexOf('\n---', 3) + 4);
    const rules = scanPublicText('draft.mdx', body, { internalDomains: [], serviceIds: [], people: [] }).findings.map((finding) => finding.rule);
    expect(rules).toContain('redact/email');
  });
  test('a draft without an address adds no line', () => {
    expect(emailAddressesIn('Write to the shift lead; see https://kilnshop.example/a@b for the log.')).toEqual([]);
    expect(formatSummary(summarise([]), false)).not.toContain('E-mail addresses');
  });
});
