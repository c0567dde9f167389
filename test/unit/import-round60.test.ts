import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importRefusal } from '../support/import-refusal.ts';
import { docsSitePageTitle, knowledgeBaseNoteTitle, otherDocumentKind } from '../../src/lib/import/other-document.ts';
import { notReportReason, passedOverIsSaid } from '../../src/lib/import/report-files.ts';
import { fileKindByExtension } from '../../src/lib/import/file-kind-by-extension.ts';
import { SourceCopies } from '../../src/lib/import/source-copies.ts';
import { detectFormat } from '../../src/lib/import/source-text.ts';
import { signInPageHeading } from '../../src/lib/import/unreadable-source.ts';

// Import round 60 (docs/import.md): a team wiki's service pages, a documentation site's pages, an
// API's note glossed with an incident word, a design, someone's notes and an inventory refused or
// passed over with why and what to do; files passed over by their extension said as what they are;
// copies of files that are no report said as such. Names and texts invented (a ferry operator's
// ticket gates); functions only, no command is run.
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/import/round60');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

describe('pages that are no report, refused with what to do; reports beside them read', () => {
  test('a wiki\'s service page (overview, specifications, backup, troubleshooting) is refused; a report with the same sections and a timeline is read', async () => {
    expect(otherDocumentKind(fixture('service-page-fr.md'))).toMatchObject({ kind: "a service's page (what it is and how it is run)", title: 'CT 310 - Passerelle Billetterie' });
    const refusal = await importRefusal('services/ct-310.md', fixture('service-page-fr.md'));
    expect(refusal).toContain("is a service's page (what it is and how it is run) (\"CT 310 - Passerelle Billetterie\")");
    expect(refusal).toContain('If it tells one incident, import the report written of it');
    expect(otherDocumentKind(fixture('service-incident-fr.md'))).toBeUndefined();
    expect(await importRefusal('services/ct-310-panne.md', fixture('service-incident-fr.md'))).toBeUndefined();
    // One section of a service beside the overview is not enough to say so.
    const oneSection = fixture('service-page-fr.md').replace(/## 💾 Sauvegarde[\s\S]*$/, '');
    expect(otherDocumentKind(oneSection)?.kind).not.toBe("a service's page (what it is and how it is run)");
  });

  test('a documentation site\'s page naming no incident is refused; the site\'s incident report is read', async () => {
    expect(docsSitePageTitle(fixture('docs-page-ja.md'))).toBe('翻訳リソースの更新');
    const refusal = await importRefusal('docs/development/strings.md', fixture('docs-page-ja.md'));
    expect(refusal).toContain('is a page of a documentation site ("翻訳リソースの更新": its frontmatter\'s `type: docs`');
    expect(refusal).toContain('give it a title that says what happened or a section such as "## Timeline"');
    expect(docsSitePageTitle(fixture('docs-report-ja.md'))).toBeUndefined();
    expect(await importRefusal('report/accident-v230.md', fixture('docs-report-ja.md'))).toBeUndefined();
    // Without `type: docs` the page is not judged as a documentation site's.
    expect(docsSitePageTitle(fixture('docs-page-ja.md').replace('type: docs\n', ''))).toBeUndefined();
  });

  test("a documentation site's page whose title names no incident but whose headings are a report's is read", () => {
    const page = (headings: string) => `---\ntitle: "v4.1.0の更新で改札アプリが開かなくなった件"\ntype: docs\n---\n\n${headings}\n`;
    // Its sections say it: the failure's content, its cause, when it recovered.
    expect(docsSitePageTitle(page('## 障害の内容\n改札アプリが起動しなかった。'))).toBeUndefined();
    expect(docsSitePageTitle(page('## 原因\n設定の移行が古い形式を読めなかった。'))).toBeUndefined();
    expect(docsSitePageTitle(page('### 復旧日時\n2026年3月2日午前9時'))).toBeUndefined();
    // A contribution page's headings name none of these.
    expect(docsSitePageTitle(page('## 翻訳の手順\nリソースを更新する。'))).toBe('翻訳の手順');
  });

  test('an API\'s note is judged by its head, not by an incident word in its gloss; a note of an incident is read', async () => {
    expect(knowledgeBaseNoteTitle(fixture('api-note-zh.md'))).toBe('闸机告警接口（v2：事件化告警 + 版本化规则）');
    expect(await importRefusal('docs/api/06-gate-alerts.md', fixture('api-note-zh.md'))).toContain('is a note of a knowledge base');
    expect(knowledgeBaseNoteTitle(fixture('gate-event-note-zh.md'))).toBeUndefined();
    // A head that names no interface keeps the whole title, its 事件 included.
    expect(knowledgeBaseNoteTitle(fixture('api-note-zh.md').replace('闸机告警接口（', '闸机告警（'))).toBeUndefined();
  });

  test('a title closing on "Design" is a design; one naming what broke is a report\'s', () => {
    expect(otherDocumentKind(fixture('automation-design.md'))).toMatchObject({ kind: 'a specification or a design', title: 'Ticket Gate Automation Design' });
    expect(otherDocumentKind('# Ticket gates down after the reader design change\n\nGates stopped at 07:10.\n')).toBeUndefined();
    expect(otherDocumentKind('# Design flaw took the ticket gates offline\n\nGates stopped at 07:10.\n')).toBeUndefined();
  });
});

describe('files passed over by their names, said as what they are', () => {
  test('someone\'s notes to themselves and an inventory\'s pages are passed over and said', () => {
    for (const name of ['docs/mythoughts.md', 'ideas.txt', 'notes/questions.md', 'scratchpad.md']) {
      expect(notReportReason(name)).toContain("someone's notes to themselves");
      expect(passedOverIsSaid(name, notReportReason(name)!)).toBe(true);
    }
    expect(notReportReason('inventory/infrastructure.md')).toContain('a page of an inventory');
    expect(notReportReason('ops/inventories/hosts.md')).toContain('a page of an inventory');
    // Reports named for their incident, or kept outside an inventory, are read.
    for (const name of ['postmortems/thoughts-on-the-gate-outage.md', 'postmortems/2026-03-02-inventory-db-outage.md', 'inventory-sync-failure.md']) expect(notReportReason(name)).toBeUndefined();
  });

  test('each file passed over by its extension is said as its kind; only pictures are pictures', () => {
    const expected: [string, string][] = [
      ['ansible/ansible.cfg', 'a settings file'],
      ['k8s/apps/gates/kustomization.yaml', 'a settings file'],
      ['scripts/link-health-check.ps1', 'code'],
      ['k8s/apps/memos/resource/sqlite.load', 'code'],
      ['contracts/LedgerVault.sol', 'code'],
      ['docs/runbook.pdf', 'a document (PDF)'],
      ['logs/maintenance.log', 'a log'],
      ['diagrams/flow.mmd', "a diagram's source"],
      ['prisma/schema.prisma', 'a schema or a query'],
      ['data/gates.csv', 'data'],
      ['certs/gate.pem', 'a key or certificate'],
      ['media/board.png', 'a picture'],
    ];
    for (const [name, kind] of expected) {
      expect(notReportReason(name)).toBe(fileKindByExtension(name));
      expect(fileKindByExtension(name)!.startsWith(kind)).toBe(true);
    }
    expect(expected.filter(([name]) => notReportReason(name) === 'a picture').map(([name]) => name)).toEqual(['media/board.png']);
    // No reason names every kind at once any more.
    expect(expected.some(([name]) => /picture, document, data or code/.test(notReportReason(name)!))).toBe(false);
  });

  test('every extension passed over before round 60 still is (none becomes a report)', () => {
    const before = 'png|jpeg|jpg|gif|svg|webp|pdf|zip|gz|json|yaml|yml|css|js|mjs|cjs|ts|tsx|jsx|lock|py|ipynb|rb|go|rs|java|kt|scala|swift|cs|cpp|cc|hpp|php|pl|sh|bash|ps1|sql|prisma|mmd|mermaid|puml|plantuml|dot|drawio|cff|lua|sol|vy|move|cairo|c|h|hs|ex|exs|erl|clj|dart|zig|nim|tf|hcl|proto|graphql|gql|vue|svelte|scss|sass|less|kts|gradle|groovy|fs|csv|tsv|toml|ini|cfg|atom|rss|log|gemspec|podspec|jsonl|ndjson|properties|bat|cmd|patch|diff|cnf|conf|pp|pm|psgi|ru|neon|dist|csproj|fsproj|vbproj|sln|config|pub|pem|key|crt|cer|csr|p12|mgc|service|socket|timer|wt|pyc|class|jar|war|xsd|resx|tmpl|tpl|nix|component.html|module|install|inc|theme|gitignore|dockerignore|editorconfig|htaccess|excalidraw|rules|jsonc|json5|ix|bru'.split('|');
    expect(before.filter((extension) => fileKindByExtension(`gates/file.${extension}`) === undefined)).toEqual([]);
    // A report's own extensions are not among them.
    for (const name of ['gate-outage.md', 'gate-outage.txt', 'gate-outage.html', 'gate-outage.docx']) expect(fileKindByExtension(name)).toBeUndefined();
  });
});

describe('copies of files that are no report', () => {
  const bytes = new TextEncoder().encode('resources:\n  - gate-reader.yaml\n');
  test('a copy of a file refused as no report is passed over as such, not as a second draft of an incident', () => {
    const copies = new SourceCopies();
    expect(copies.copyOf('k8s/gates/kustomization.yaml', bytes)).toBeUndefined();
    copies.refusedAsNoReport('k8s/gates/kustomization.yaml');
    const first = copies.copyOf('k8s/pier/kustomization.yaml', bytes)!;
    expect(first).toBe('k8s/gates/kustomization.yaml');
    const why = copies.copyNotImported('k8s/pier/kustomization.yaml', first);
    expect(why).toEqual({ passedOver: expect.stringContaining('a copy (the same bytes) of another file of this import that is no report either') });
    // A copy of that copy is one too.
    expect(copies.copyNotImported('k8s/dock/kustomization.yaml', 'k8s/pier/kustomization.yaml')).toHaveProperty('passedOver');
  });
  test('a copy of a report is still said as a second draft of the same incident', () => {
    const copies = new SourceCopies();
    copies.copyOf('reports/gate-outage.md', bytes);
    expect(copies.copyNotImported('old/gate-outage.md', 'reports/gate-outage.md')).toEqual({ said: expect.stringContaining('this copy was a second draft of the same incident') });
  });
});

describe('a web page saved as text', () => {
  const loginPage = '<!DOCTYPE html><html lang="en"><head><title>Pier Desk</title></head><body><h1>Staff Sign in</h1><form><label>Email</label><input type="email"/><label>Password</label><input type="password"/><button>Sign in</button></form><footer><p>Tickets for every crossing of the bay, sold at the pier and online.</p><p>Questions about a sailing go to the harbour office at the gate.</p></footer></body></html>';
  test('a .txt holding a whole page is read as HTML; a text naming a tag is text', () => {
    expect(detectFormat('saved/login_page.txt', `\uFEFF${loginPage}`)).toBe('html');
    expect(detectFormat('notes/gate-outage.txt', 'The gates stopped at 07:10; the reader showed <html> in its log.')).toBe('text');
  });
  test('an app\'s sign-in page is refused as part of the app; a report of sign-in failures is read', async () => {
    expect(signInPageHeading(loginPage)).toBe('Staff Sign in');
    expect(await importRefusal('saved/login_page.txt', loginPage)).toContain("is an app's sign-in page (\"Staff Sign in\"");
    const report = '<html><body><h1>Sign in failures at the ticket desk</h1><p>On 2026-03-02 from 07:10 staff could not sign in to the ticket desk for 25 minutes.</p><h2>Timeline</h2><p>07:10 first failed sign-in</p></body></html>';
    expect(signInPageHeading(report)).toBeUndefined();
    expect(await importRefusal('reports/sign-in.html', report)).toBeUndefined();
  });
});
