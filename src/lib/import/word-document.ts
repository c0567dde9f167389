import mammoth from 'mammoth';

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
    throw new WordDocumentError(`is not a Word document that can be read (${(error as Error).message.replace(/\s+/g, ' ').trim()}): open it in Word or Google Docs and save it again as .docx, or export it as HTML (.html) and import that.`);
  }
  const unreadStyles = [...new Set(result.messages
    .map((message) => /^Unrecognised (?:paragraph|run|table) style: '([^']+)'/.exec(message.message)?.[1])
    .filter((style): style is string => !!style))].sort();
  return { html: result.value, images, unreadStyles, comments };
}

/** The text of a .docx, paragraph by paragraph, as Word holds it (what no import may lose). */
export async function wordDocumentText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}
