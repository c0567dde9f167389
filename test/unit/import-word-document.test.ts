import { describe, expect, test } from 'vitest';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importReport } from '../../src/lib/import/import-report.ts';
import { readSource } from '../../src/lib/import/source-text.ts';
import { placeImages } from '../../src/lib/import/report-images.ts';
import { findLostSentences } from '../../src/lib/import/kept-text.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import { WordDocumentError, wordDocumentText, wordDocumentToHtml } from '../../src/lib/import/word-document.ts';
import { replicaLagPostmortem, wordDocument, zipArchive } from '../support/word-document.ts';

const root = resolve(import.meta.dirname, '../..');
const vocabulary = loadVocabulary(join(root, 'content'));
// A 1×1 PNG: the bytes the draft's copy must hold.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function importWord(name: string, bytes: Buffer) {
  const word = await wordDocumentToHtml(bytes);
  return { word, result: importReport(name, word.html, { vocabulary, today: '2026-12-01' }) };
}

describe('Word documents (.docx)', () => {
  test('a postmortem written in Word: title, severity, day, summary, impact, timeline table and action-item table', async () => {
    const { word, result } = await importWord('reports/replica-lag.docx', wordDocument(replicaLagPostmortem));
    const { yaml, body } = splitFrontmatter(result.draft);
    const data = parseYaml(yaml);
    expect(result.format).toBe('html');
    expect(result.inferred[0]).toMatch(/^read as a Word document \(\.docx\)/);
    expect(data.title).toBe('Orders replica lag stalls checkout confirmations');
    expect(data.severity).toBe('SEV-2');
    expect(data.summary).toBe('A schema migration on the orders database held a lock for 38 minutes, so the read replica fell behind and order confirmations were shown late.');
    expect(data.impact).toEqual({ description: 'About 2,400 customers saw a pending order page instead of their confirmation.', usersAffected: 2400 });
    expect(data.timeline.map((row: { at: Date; kind: string }) => [new Date(row.at).toISOString(), row.kind])).toEqual([
      ['2025-04-08T09:12:00.000Z', 'other'],
      ['2025-04-08T09:19:00.000Z', 'detection'],
      ['2025-04-08T09:31:00.000Z', 'other'],
      ['2025-04-08T09:50:00.000Z', 'resolution'],
    ]);
    expect(new Date(data.times.detected).toISOString()).toBe('2025-04-08T09:19:00.000Z');
    expect(data.actionItems.map((item: { title: string; owner: string; due: Date }) => [item.title, item.owner, new Date(item.due).toISOString().slice(0, 10)])).toEqual([
      ['Set a lock timeout for every migration', 'platform', '2025-04-30'],
      ['Page on replica lag after 30 seconds', 'sre', '2025-05-15'],
    ]);
    expect(result.fileName).toBe('2025-04-08-orders-replica-lag-stalls-checkout-confirmations.mdx');
    // The look of the document as Markdown: sections under the title, emphasis, the link, a nested list, tables.
    expect(body).not.toMatch(/^# /m);
    expect(body).toContain('## Timeline\n\n| Time | Event |\n| --- | --- |\n| 09:12 | Migration 0142 started on the primary. |');
    expect(body).toContain('**Severity:** SEV-2');
    // Its "Summary" section, under the Severity and Date lines, is the lead (round 13): the italic
    // words are still emphasis in the document as read.
    expect(body).toContain('{/* The "Summary" section\'s first paragraph is the summary');
    expect(readSource('reports/replica-lag.docx', word.html).markdown).toContain('*order confirmations*');
    expect(body).toContain('**order\\_items**');
    expect(body).toContain('[migration guide](https://wiki.example.com/migrations)');
    expect(body).toMatch(/^- +Contributing factors:\n {4}- +no lock timeout on migrations$/m);
    expect(body).toContain('| Set a lock timeout for every migration | platform | 2025-04-30 |');
    const check = validatePostmortemSource('replica-lag.mdx', result.fileName.replace(/\.mdx$/, ''), result.draft, { vocabulary, knownIds: new Set(), contentDir: join(root, 'content') });
    expect(check.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  test('every sentence of the document (paragraphs and table cells) is in the draft; one dropped is found', async () => {
    const bytes = wordDocument(replicaLagPostmortem);
    const { result } = await importWord('replica-lag.docx', bytes);
    const text = await wordDocumentText(bytes);
    expect(text).toContain('Page on replica lag after 30 seconds');
    expect(findLostSentences(text, 'text', result.draft)).toEqual([]);
    const withoutRow = result.draft.replace('| 09:31 | Migration cancelled and the lock released. |\n', '');
    expect(findLostSentences(text, 'text', withoutRow)).toEqual(['09 31', 'migration cancelled and the lock released']);
  });

  test.each([
    ['no Title style: the title property is the title', [{ heading: 2 as const, text: 'Summary' }, { paragraph: 'Logins failed for 12 minutes.' }], 'Login outage of March 3', 'Login outage of March 3', 'the document\'s title property'],
    ['a Title style beats the title property', [{ title: 'Token refresh storm' }, { paragraph: 'Logins failed.' }], 'Login outage of March 3', 'Token refresh storm', 'its first heading'],
    ['the title of the template the document was made from is not its title', [{ paragraph: 'Logins failed for 12 minutes after a token change.' }], 'Postmortem Template', 'login outage', 'its file name'],
  ])('%s', async (_case, blocks, property, title, from) => {
    // Deflated, as Word and Google Docs write a .docx.
    const { result } = await importWord('reports/login-outage.docx', wordDocument(blocks, { title: property, deflate: true }));
    expect(result.title).toBe(title);
    expect(result.inferred).toContain(`title from ${from}`);
    expect(splitFrontmatter(result.draft).body).not.toContain(property);
  });

  test('numbered lists keep their levels', async () => {
    const { result } = await importWord('steps.docx', wordDocument([
      { title: 'Cache node replaced' },
      { heading: 1, text: 'Resolution' },
      { numbered: 'Drained the node.' },
      { numbered: 'Checked the hit rate.', level: 1 },
      { numbered: 'Replaced the node.' },
    ]));
    expect(splitFrontmatter(result.draft).body).toMatch(/^1\. +Drained the node\.\n {4}1\. +Checked the hit rate\.\n2\. +Replaced the node\.$/m);
  });

  test('an image inside the document is copied beside the draft from its bytes, with its description', async () => {
    const { word, result } = await importWord('graphs.docx', wordDocument([
      { title: 'Disk filled on the log host' },
      { paragraph: 'The disk filled at 03:10.' },
      { image: { bytes: png, alt: 'Disk usage climbing to 100%' } },
      { image: { bytes: png, alt: 'Second graph', contentType: 'image/jpeg' } },
    ]));
    expect(word.images.map((image) => image.url)).toEqual(['docx-media/image-1.png', 'docx-media/image-2.jpg']);
    const placed = placeImages(result.draft, { sourceFile: '/reports/graphs.docx', sourceRoot: '/reports', outDir: '/kb/postmortems', draftId: 'disk-filled', isFile: () => false, embedded: word.images });
    expect(placed.missing).toEqual([]);
    expect(placed.copies.map(({ from, to, bytes }) => [from, to, Buffer.from(bytes!).equals(png)])).toEqual([
      ['/reports/graphs.docx#docx-media/image-1.png', '/kb/postmortems/media/disk-filled/image-1.png', true],
      ['/reports/graphs.docx#docx-media/image-2.jpg', '/kb/postmortems/media/disk-filled/image-2.jpg', true],
    ]);
    expect(splitFrontmatter(placed.draft).body).toContain('![Disk usage climbing to 100%](./media/disk-filled/image-1.png)');
  });

  test('without the document\'s images, an image is kept as text, not pointed at nothing', async () => {
    const { result } = await importWord('graphs.docx', wordDocument([{ title: 'Disk filled' }, { image: { bytes: png, alt: 'Disk usage' } }]));
    const placed = placeImages(result.draft, { sourceFile: '/reports/graphs.docx', sourceRoot: '/reports', outDir: '/kb/postmortems', draftId: 'disk-filled', isFile: () => false });
    expect(placed.copies).toEqual([]);
    expect(splitFrontmatter(placed.draft).body).toContain('[Image not found when imported: Disk usage (`docx-media/image-1.png`)]');
  });

  test('comments in the margin are counted, not imported as the report\'s text', async () => {
    const { word, result } = await importWord('commented.docx', wordDocument([
      { title: 'Queue consumer stuck' },
      { commented: 'The consumer stopped acknowledging messages at 11:02.', comment: 'Was it 11:02 or 11:20?' },
    ]));
    expect(word.comments).toBe(1);
    expect(result.draft).toContain('The consumer stopped acknowledging messages at 11:02.');
    expect(result.draft).not.toContain('Was it 11:02 or 11:20?');
  });

  // Said as what the file is (bad input round 17): the reader's own words named no fix.
  test.each([
    ['a text file renamed .docx', Buffer.from('Outage notes\n'), 'is not a Word document but text, named .docx: rename it after what it is (.md, .html, .txt) and import it again.'],
    ['a zip without a Word document in it', zipArchive({ 'notes.txt': 'Outage notes' }), 'is a zip archive, not a Word document: it holds no word/document.xml (it holds notes.txt). Unzip it and import the report it holds, or open it in Word or Google Docs and save it again as .docx, or export it as HTML (.html) and import that.'],
  ])('%s is an error that says what to do', async (_name, bytes, message) => {
    const error = await wordDocumentToHtml(bytes).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WordDocumentError);
    expect((error as Error).message).toBe(message);
  });
});
