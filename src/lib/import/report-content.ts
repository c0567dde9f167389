import { decodeReportBytes } from './report-encoding.ts';
import { isOldWordDocumentName, isWordDocumentName, wordDocumentToHtml, type EmbeddedImage } from './word-document.ts';

/** A report file's content as the importer reads it, and what to say about how it was read. */
export interface ReportContent {
  /** The text `importReport` reads: the file decoded, or a Word document made HTML. */
  text: string;
  /** Images a Word document holds, to be copied beside the draft. */
  images: EmbeddedImage[];
  /** Notes to put before the importer's own (how the bytes were decoded). */
  notesBefore: string[];
  /** Notes to put after them (what of a Word document was not imported). */
  notesAfter: string[];
}

/**
 * Reads one report file's bytes for the importer: a Word document (.docx, a zip of XML) is made
 * HTML with the images it holds; any other file is decoded as text (src/lib/import/report-encoding.ts).
 * `npm run import` and the measuring script read reports through this, so the measure is of what
 * the import does. Throws for a Word 97-2003 `.doc`, with the fix.
 */
export async function readReportContent(name: string, bytes: Uint8Array): Promise<ReportContent> {
  if (isOldWordDocumentName(name)) throw new Error('is a Word 97-2003 document (.doc), which is not read: open it in Word or LibreOffice and save it as .docx, then import that.');
  if (isWordDocumentName(name)) {
    const word = await wordDocumentToHtml(bytes);
    return {
      text: word.html,
      images: word.images,
      notesBefore: [],
      notesAfter: [
        ...(word.comments ? [`the document holds ${word.comments} comment(s) in its margin, not imported (they are not the report's text): copy into the draft any that should stay`] : []),
        ...(word.unreadStyles.length ? [`Word styles read as plain text (their look is not kept, their words are): ${word.unreadStyles.join(', ')}`] : []),
      ],
    };
  }
  const binary = binaryKind(bytes);
  if (binary) throw new Error(`is not text but ${binary}: read as text, it would become a draft of garbled characters. Give the report as text (Markdown, HTML, plain text) or as .docx; export it from the program that made it.`);
  const decoded = decodeReportBytes(bytes);
  return { text: decoded.text, images: [], notesBefore: decoded.note ? [decoded.note] : [], notesAfter: [] };
}

/** Known kinds of file by their first bytes, for the message. */
const magicNumbers: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

/**
 * What a file of bytes that are not text is (`a PDF document`, `binary data`), or undefined for
 * text. Every byte is some character in Windows-1252 (decodeReportBytes), so a PDF, a program or
 * random bytes were imported as a draft of garbage. Text holds no NUL and few control characters;
 * UTF-16 text starts with its byte-order mark, which decodeReportBytes reads.
 */
export function binaryKind(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  const known = magicNumbers.find(([magic]) => magic.every((byte, i) => bytes[i] === byte));
  if (known) return known[1];
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return 'binary data (it holds NUL bytes; UTF-16 text without its byte-order mark is read so too: save it as UTF-8)';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control++;
  }
  return head.length && control / head.length > 0.05 ? 'binary data (control characters no text holds)' : undefined;
}
