// Bad input, round 17: import sources, command-line values and site.config.ts mistakes no earlier
// round tried (docs/rules.md, "Bad input round 17").
import { describe, expect, test } from 'vitest';
import { NotAReportError, readReportContent } from '../../src/lib/import/report-content.ts';
import { describeUnreadableJson, describeUnreadableWordFile, titleOfHtmlWithoutText, zipEntryNames } from '../../src/lib/import/unreadable-source.ts';
import { readCsvTable, sheetShapeProblem } from '../../src/lib/import/csv-table.ts';
import { wordDocumentToHtml } from '../../src/lib/import/word-document.ts';
import { KbConfigError, loadKbConfig } from '../../src/lib/kb-config.ts';
import { parseArgsOnce } from '../../scripts/lib/command-line.ts';
import { errorsAfterEditingGoodInput, replacing } from '../support/content-fixture.ts';
import { wordDocument, zipArchive } from '../support/word-document.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a .docx that is no Word document is said as what it is', () => {
  test('a zip of other files names them', async () => {
    await expect(wordDocumentToHtml(zipArchive({ 'hello.txt': 'hi' }))).rejects.toThrow('is a zip archive, not a Word document: it holds no word/document.xml (it holds hello.txt).');
  });

  test('a document cut short (a copy that stopped part way) says so, not "Corrupted zip: can\'t find end of central directory"', async () => {
    const whole = wordDocument([{ title: 'Disk filled' }, { paragraph: 'The disk of the primary database filled at 09:12.' }]);
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    expect(zipEntryNames(cut)).toBeUndefined();
    await expect(wordDocumentToHtml(cut)).rejects.toThrow(`is a Word document cut short (${cut.length.toLocaleString('en-US')} bytes; its zip archive has no end), as a copy or a download that stopped part way leaves it: copy or download it again whole.`);
  });

  test('a PDF, a workbook and random bytes named .docx', () => {
    expect(describeUnreadableWordFile(bytes('%PDF-1.4\n1 0 obj'), 'x')).toBe('is not a Word document but a PDF document, named .docx: save the PDF as text or HTML (a PDF reader\'s "Save as text", or pdftotext) and import that.');
    expect(describeUnreadableWordFile(zipArchive({ 'xl/workbook.xml': '<workbook/>' }), 'x')).toBe('is not a Word document but an Excel workbook (.xlsx), named .docx: save the sheet as .csv and import that.');
    expect(describeUnreadableWordFile(new Uint8Array([1, 0, 2, 0, 3]), 'x')).toMatch(/^is not a Word document but binary data, named \.docx: give the report itself/);
    expect(describeUnreadableWordFile(new Uint8Array(), 'x')).toContain('the file is empty (0 bytes)');
  });

  test('a real Word document still reads', async () => {
    const html = await wordDocumentToHtml(wordDocument([{ title: 'Disk filled' }, { paragraph: 'The disk filled.' }]));
    expect(html.html).toContain('The disk filled.');
  });
});

describe('JSON, XML and HTML that hold no report', () => {
  test('JSON cut short is "not valid JSON", not "JSON but not an export of incidents"', async () => {
    expect(describeUnreadableJson('{"incidents": [{"name": "x"')).toBe('is not valid JSON: it ends at line 1 inside an unclosed object, as a file cut short does (a download or a copy that stopped part way). Export it again whole.');
    await expect(readReportContent('incidents.json', bytes('[{"name": "x"},\n{"name": '))).rejects.toThrow('is not valid JSON: it ends at line 2 inside an unclosed');
  });

  test('an empty list, and a status page export of no incident, say there is none', async () => {
    await expect(readReportContent('incidents.json', bytes('[]'))).rejects.toThrow('is an empty JSON list ([]): it holds no incident to import.');
    await expect(readReportContent('incidents.json', bytes('{"incidents": []}'))).rejects.toThrow(/^is a Statuspage incidents export holding no incident, so there is nothing to import/);
    await expect(readReportContent('incidents.json', bytes('{"incidents": []}'))).rejects.toBeInstanceOf(NotAReportError);
  });

  test('XML of no known kind is refused (it was imported as a draft of its markup); Confluence storage format still reads', async () => {
    await expect(readReportContent('page.xml', bytes('<root><thing/></root>'))).rejects.toThrow(/^is XML but neither a Confluence page in its storage format/);
    const confluence = await readReportContent('page.xml', bytes('<h1>DB outage</h1><p>The database was down.</p><ac:structured-macro ac:name="info"/>'));
    expect(confluence.text).toContain('The database was down.');
  });

  test('an HTML page of a title only is refused (it became a "valid draft" of a title and no report)', async () => {
    expect(titleOfHtmlWithoutText('<html><head><title>DB outage</title></head><body>\n</body></html>')).toBe('DB outage');
    expect(titleOfHtmlWithoutText('<html><body><script>document.write("x")</script></body></html>')).toBe('');
    expect(titleOfHtmlWithoutText('<html><head><title>DB outage</title></head><body><p>The database was down.</p></body></html>')).toBeUndefined();
    await expect(readReportContent('outage.html', bytes('<html><head><title>DB outage</title></head></html>'))).rejects.toThrow('holds no text but its title ("DB outage"): the page\'s body is empty');
  });
});

describe('spreadsheets whose rows cannot all be read', () => {
  test('a quote never closed names its row (the rows after it were swallowed into one cell)', async () => {
    const sheet = 'Title,Date,Severity,Summary\nDB outage,2024-03-05,SEV-2,"The database\nCache outage,2024-04-05,SEV-3,Cache was down.\n';
    expect(sheetShapeProblem(readCsvTable('log.csv', sheet))).toMatch(/^row 2 opens a quoted cell \(".*\) that no quote closes/);
    await expect(readReportContent('log.csv', bytes(sheet))).rejects.toThrow('is a spreadsheet whose rows cannot all be read: row 2 opens a quoted cell');
  });

  test('a row with cells past the last column names them (they were dropped)', () => {
    const sheet = 'Title,Date,Severity,Summary\nDB outage,2024-03-05,SEV-2,The database was down, then up,again\nCache outage,2024-04-05,SEV-3,Cache was down.\n';
    expect(sheetShapeProblem(readCsvTable('log.csv', sheet))).toBe('row 2 has 6 cells where the table has 4 columns: "then up", "again" past the last column would be lost. A "," inside a cell splits it unless the cell is in double quotes: quote that cell, or export the sheet again.');
  });

  test.each([
    ['a byte-order mark', '\uFEFFTitle,Date,Severity\nDB outage,2024-03-05,SEV-2\n'],
    ['semicolons', 'Title;Date;Severity\nDB outage;2024-03-05;SEV-2\n'],
    ['a quoted cell of two lines, CRLF', 'Title,Date,Summary\r\n"DB outage",2024-03-05,"The database\r\nwas down."\r\n'],
    ['a short row and empty trailing cells', 'Title,Date,Severity\nDB outage,2024-03-05\nCache,2024-04-05,SEV-3,,\n'],
  ])('%s is read as it is', (_name, sheet) => {
    expect(sheetShapeProblem(readCsvTable('log.csv', sheet))).toBeUndefined();
  });

  test('an empty .csv is "empty", not "no rows under its header"', async () => {
    await expect(readReportContent('log.csv', bytes(''))).rejects.toThrow('the file is empty (no text to import)');
  });
});

describe('site.config.ts', () => {
  const base = () => ({
    organisation: 'Acme',
    sites: { internal: { title: 'KB', url: 'https://incidents.acme.internal' }, public: { title: 'History', url: 'https://status.acme.example' } },
    redaction: { people: [] as unknown, internalNames: [] as unknown, internalDomains: ['.internal'] as unknown, publicNames: [] as unknown },
  });
  const refusal = (change: (config: ReturnType<typeof base> & Record<string, unknown>) => void, fileExists: (path: string) => boolean = () => false) => {
    const config = base() as ReturnType<typeof base> & Record<string, unknown>;
    change(config);
    try {
      loadKbConfig(config, {}, { fileExists, now: new Date('2026-12-02T00:00:00Z') });
    } catch (error) {
      expect(error).toBeInstanceOf(KbConfigError);
      return (error as Error).message.split('\n').slice(1).join('\n');
    }
    return 'accepted';
  };

  test('a names file written where the names go: the path was looked for as a name, and the names it holds published', () => {
    expect(refusal((c) => { c.redaction.people = ['./names.txt']; })).toBe(`  - redaction.people[0] is "./names.txt", a file's path, not a name: the names are listed here, not read from a file, so the guard would look for the text "./names.txt" and publish the names the file holds. List the names themselves (['Jane Doe', 'Sam Lee']) (and there is no file ./names.txt in the project's folder either).`);
    expect(refusal((c) => { c.redaction.people = ['people.yaml']; }, (path) => path === 'people.yaml')).toContain(`or read the file in site.config.ts: readFileSync("people.yaml", 'utf8')`);
    expect(refusal((c) => { c.redaction.people = 'people.txt'; })).toMatch(/^ {2}- redaction\.people is "people\.txt", a file's path, not a name/);
    expect(refusal((c) => { c.redaction.people = ['names/*.txt']; })).toContain('a file\'s pattern, not a name');
    // An internal name may be a path customers must not see: only a file that is there is taken for a names file.
    expect(refusal((c) => { c.redaction.internalNames = ['acme/payments-infra', 'deploy/values.yaml']; })).toBe('accepted');
    expect(refusal((c) => { c.redaction.internalNames = ['internal-names.txt']; }, (path) => path === 'internal-names.txt')).toContain('redaction.internalNames[0] is "internal-names.txt", a file\'s path');
  });

  test('names joined by commas in one entry: none of them was found', () => {
    expect(refusal((c) => { c.redaction.internalNames = ['hydra-cluster, pagerbot']; })).toBe(`  - redaction.internalNames[0] "hydra-cluster, pagerbot" holds 2 names joined by commas, but each entry is found as written, whole, so none of the 2 would be found and each would be published. Write each as an entry of its own, in its place: 'hydra-cluster', 'pagerbot'.`);
    expect(refusal((c) => { c.redaction.people = ['Jane Doe, Sam Lee']; })).toContain("'Jane Doe', 'Sam Lee'");
    expect(refusal((c) => { c.redaction.people = ['Doe, Jane']; c.redaction.publicNames = ['Acme, Inc.']; })).toBe('accepted');
  });

  test('an option in the wrong section is sent where it goes (linkBy at the top got "did you mean lint?")', () => {
    expect(refusal((c) => { c.linkBy = 'cause'; })).toBe('  - "linkBy" is an option of similarity, not of the top level: move it to similarity.linkBy.');
    expect(refusal((c) => { (c.redaction as Record<string, unknown>).linkBy = 'cause'; })).toBe('  - "linkBy" is an option of similarity, not of redaction: move it to similarity.linkBy.');
    expect(refusal((c) => { c.lint = { 'action-item/vague': 'error' }; })).toBe("  - \"action-item/vague\" is a lint rule: its level goes under lint.rules, as lint: { rules: { 'action-item/vague': ... } }.");
    expect(refusal((c) => { c.peple = ['x']; })).toContain('unknown option(s) "peple"');
  });

  test('values of the wrong type get the value to write', () => {
    expect(refusal((c) => { c.asOf = new Date('2026-01-31T00:00:00Z'); })).toBe(`  - asOf must be a day in quotes, as YYYY-MM-DD (got "2026-01-31T00:00:00.000Z"): write asOf: '2026-01-31'.`);
    expect(refusal((c) => { c.asOf = 20260131; })).toBe(`  - asOf must be a day in quotes, as YYYY-MM-DD (got 20260131): write asOf: '2026-01-31'.`);
    expect(refusal((c) => { c.redaction.internalDomains = '.corp, .lan'; })).toBe(`  - redaction.internalDomains must be a list (got ".corp, .lan"): write internalDomains: ['.corp', '.lan'].`);
    expect(refusal((c) => { c.lint = { rules: 'strict' }; })).toBe(`  - lint.rules must be an object of names and values, e.g. { 'action-item/vague': 'error' } (got "strict").`);
  });
});

describe('command-line values', () => {
  const options = { out: { type: 'string' }, 'dry-run': { type: 'boolean' } } as const;
  const mistake = (args: string[]) => {
    try {
      parseArgsOnce({ args, options, allowPositionals: true });
    } catch (error) {
      return (error as Error).message;
    }
    return 'accepted';
  };

  test('an option left without its value, and a value given to a switch, in words with the fix', () => {
    expect(mistake(['reports', '--out'])).toBe('--out is the last word of the command, so it has no value: write its value after it (--out VALUE), or leave --out out.');
    expect(mistake(['reports', '--dry-run=yes'])).toBe('--dry-run takes no value: it is on when given and off when left out. Write --dry-run alone, or leave it out.');
    expect(mistake(['reports', '--out', 'drafts', '--dry-run'])).toBe('accepted');
  });
});

test('a count of users written "about 2,000" gets the number to write (it got "write a number")', () => {
  const [error] = errorsAfterEditingGoodInput(replacing('  description: Some checkout attempts failed.', '  description: Some checkout attempts failed.\n  usersAffected: "about 2,000"'));
  expect(`${error.message} | ${error.fix}`).toBe('impact.usersAffected is written "about 2,000", which YAML reads as text: the field holds a number alone, without a sign of estimate. | write 2000, without quotes; say in the body that it is an estimate.');
});
