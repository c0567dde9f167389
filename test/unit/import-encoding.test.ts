import { describe, expect, test } from 'vitest';
import { decodeReportBytes } from '../../src/lib/import/report-encoding.ts';

describe('decodeReportBytes: a report read as the text its author wrote', () => {
  test('UTF-8 is read as it is, with no note; its byte-order mark is dropped', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Café outage\n\nThe “queue” stalled.\n')]);
    expect(decodeReportBytes(bytes)).toEqual({ text: '# Café outage\n\nThe “queue” stalled.\n', encoding: 'utf-8' });
  });

  test('UTF-16 with its byte-order mark, either byte order', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Søk nede\n', 'utf16le')]);
    const big = Buffer.from(little.subarray(2)).swap16();
    expect(decodeReportBytes(little)).toEqual({ text: '# Søk nede\n', encoding: 'utf-16le' });
    expect(decodeReportBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), big]))).toEqual({ text: '# Søk nede\n', encoding: 'utf-16be' });
  });

  test('bytes that are not UTF-8 are Windows-1252: accents and curly quotes kept, and a note names the first line to check', () => {
    // "Résumé", then a line with ’ and “ ” as Word on Windows saves them (0x92, 0x93, 0x94).
    const bytes = Buffer.concat([Buffer.from('# Outage\n\nR'), Buffer.from([0xe9]), Buffer.from('sum'), Buffer.from([0xe9]), Buffer.from(' of the day.\nWe'), Buffer.from([0x92]), Buffer.from('ll fix the '), Buffer.from([0x93]), Buffer.from('retry'), Buffer.from([0x94]), Buffer.from(' loop.\n')]);
    const decoded = decodeReportBytes(bytes);
    expect(decoded.text).toBe('# Outage\n\nRésumé of the day.\nWe’ll fix the “retry” loop.\n');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.note).toMatch(/^read as Windows-1252: the file is not UTF-8 \(line 3 is the first/);
    expect(decoded.text).not.toContain('\uFFFD');
  });
});
