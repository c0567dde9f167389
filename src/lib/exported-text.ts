import { decodeReportBytes } from './import/report-encoding.ts';

/**
 * The text of an export another program wrote (a tracker's JSON or CSV, a chat or pager export),
 * in the encodings such programs write: Windows PowerShell's `gh issue list --json … > issues.json`
 * writes UTF-16 with a byte-order mark, PowerShell 7's `-Encoding utf8BOM` UTF-8 with one. Read as
 * UTF-8, both were "not valid JSON (Unexpected token '﻿')" or "none of: gh issue list JSON, …",
 * naming no encoding. UTF-32 is refused, said as such.
 */
export function decodeExportedText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    throw new Error('is UTF-32 text, which is not read: save it as UTF-8 (iconv -f UTF-32 -t UTF-8) and give it again.');
  }
  return decodeReportBytes(bytes).text.replace(/^\uFEFF/, '');
}
