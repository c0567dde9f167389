import mammoth from 'mammoth';
import { inflateRawSync } from 'node:zlib';
import { decodeEntities, escapeHtmlContent } from '../html-entities.ts';
import { describeUnreadableWordFile } from './unreadable-source.ts';

/**
 * Word documents (.docx, as Word and Google Docs "Download > Microsoft Word" save them) read as
 * the HTML the importer already reads: mammoth (a pure JavaScript reader of the document's XML)
 * writes headings, bold and italic, lists nested by their level, tables, links and images as
 * plain HTML, without the document's fonts and colours. The rest of the import is the HTML path
 * (src/lib/import/html-exports.ts and source-text.ts).
 */

/** True for the file names read as Word documents. */
export const isWordDocumentName = (name: string): boolean => /\.docx$/i.test(name);

/** True for Word's older binary format, which is not read (it is not XML). */
export const isOldWordDocumentName = (name: string): boolean => /\.doc$/i.test(name);

/** An image held inside the document: the draft shows it by `url`, and the import writes `bytes` beside the draft. */
export interface EmbeddedImage {
  url: string;
  bytes: Uint8Array;
}

export interface WordDocumentHtml {
  /** The document as HTML; with its title property (File > Properties), when it has one, as the page's `<title>`. */
  html: string;
  /** The document's own images, in the order it shows them. */
  images: EmbeddedImage[];
  /** Paragraph and character styles read as plain text (their look is lost, never their words). */
  unreadStyles: string[];
  /**
   * Comments written in the margin (review threads, questions): not part of the report's text and
   * not imported, but counted so the report can say they exist.
   */
  comments: number;
}

/** A document that is not a .docx (another format renamed, a damaged file): a user's mistake, said as such. */
export class WordDocumentError extends Error {}

// Word's "Title" and "Subtitle" styles: the title is the document's first heading (the draft's
// title), the subtitle a paragraph. Google Docs writes the same style names into its .docx.
const styleMap = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

const extensionOf: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/svg+xml': 'svg', 'image/webp': 'webp', 'image/bmp': 'bmp', 'image/tiff': 'tiff', 'image/x-emf': 'emf', 'image/x-wmf': 'wmf' };

/** The URL an embedded image is shown by in the draft before it is copied: a name under `docx-media/`. */
const embeddedImageUrl = (index: number, contentType: string) => `docx-media/image-${index}.${extensionOf[contentType] ?? 'bin'}`;

/** One file of a zip archive (stored or deflated, as Word and Google Docs write them), or undefined. */
function zipEntry(bytes: Buffer, name: string): Buffer | undefined {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length) return undefined;
  let at = bytes.readUInt32LE(end + 16);
  for (let n = bytes.readUInt16LE(end + 10); n > 0 && at + 46 <= bytes.length; n--) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) return undefined;
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    if (bytes.toString('utf8', at + 46, at + 46 + nameLength) === name && local + 30 <= bytes.length) {
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + size);
      try {
        return method === 0 ? data : method === 8 ? inflateRawSync(data) : undefined;
      } catch {
        return undefined;
      }
    }
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return undefined;
}

/**
 * The title the document states in its properties (`docProps/core.xml`), unless it is the title
 * of the template it was made from ("Postmortem template"), which Word copies into every document.
 */
export function wordDocumentTitle(bytes: Uint8Array): string | undefined {
  const core = zipEntry(Buffer.from(bytes), 'docProps/core.xml')?.toString('utf8');
  const written = core && /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1];
  const title = written && decodeEntities(written).replace(/\s+/g, ' ').trim();
  return title && !/\btemplate\b/i.test(title) ? title : undefined;
}


/** Reads a .docx (its bytes) as HTML, with the images it holds. */
export async function wordDocumentToHtml(bytes: Uint8Array): Promise<WordDocumentHtml> {
  const images: EmbeddedImage[] = [];
  let comments = 0;
  // Counted on mammoth's reading of the document (a tree of { type, children }) before it is written as HTML.
  const countComments = (element: { type?: string; children?: unknown[] }) => {
    if (element.type === 'commentReference') comments++;
    for (const child of element.children ?? []) countComments(child as { type?: string; children?: unknown[] });
  };
  let result;
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, {
      styleMap,
      transformDocument: (document: { type?: string; children?: unknown[] }) => {
        countComments(document);
        return document;
      },
      convertImage: mammoth.images.imgElement(async (image) => {
        const url = embeddedImageUrl(images.length + 1, image.contentType);
        images.push({ url, bytes: new Uint8Array(await image.readAsBuffer()) });
        return { src: url };
      }),
    });
  } catch (error) {
    throw new WordDocumentError(describeUnreadableWordFile(bytes, (error as Error).message.replace(/\s+/g, ' ').trim()));
  }
  const unreadStyles = [...new Set(result.messages
    .map((message) => /^Unrecognised (?:paragraph|run|table) style: '([^']+)'/.exec(message.message)?.[1])
    .filter((style): style is string => !!style))].sort();
  const title = wordDocumentTitle(bytes);
  const html = title ? `<!DOCTYPE html><html><head><title>${escapeHtmlContent(title)}</title></head><body>${result.value}</body></html>` : result.value;
  return { html, images, unreadStyles, comments };
}

/** The text of a .docx, paragraph by paragraph, as Word holds it (what no import may lose). */
export async function wordDocumentText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}
