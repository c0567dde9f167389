import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Small Word documents (.docx) for tests, written from their XML: a .docx is a zip of
 * `word/document.xml` and the parts it refers to. Only what the import reads is written: paragraph
 * styles by name (Title, Heading 1-3), bold, italic, links, bullet and numbered lists with levels,
 * tables and embedded images, as Word and Google Docs save them.
 */

export type Run = string | { text: string; bold?: boolean; italic?: boolean; link?: string };
export type Block =
  | { title: string }
  | { heading: 1 | 2 | 3; text: string }
  | { paragraph: Run[] | string }
  | { bullet: Run[] | string; level?: number }
  | { numbered: Run[] | string; level?: number }
  | { table: string[][]; headerRow?: boolean }
  /** A paragraph with a comment in the margin on it, as a reviewer leaves one. */
  | { commented: string; comment: string }
  | { image: { bytes: Uint8Array; alt: string; contentType?: 'image/png' | 'image/jpeg' } };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A zip archive of `files`, stored or compressed (deflate, as Word writes them). */
export function zipArchive(files: Record<string, string | Uint8Array>, { deflate = false } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const data = deflate ? deflateRawSync(raw) : raw;
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const namespaces = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

/** A .docx holding `blocks`, in order; `title` is its title property (File > Properties, docProps/core.xml). */
export function wordDocument(blocks: Block[], { title, deflate = false }: { title?: string; deflate?: boolean } = {}): Buffer {
  const relationships: string[] = [
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
  ];
  const media: Record<string, Uint8Array> = {};
  const comments: string[] = [];
  const runs = (content: Run[] | string) => (typeof content === 'string' ? [content] : content).map((run) => {
    const { text, bold, italic, link } = typeof run === 'string' ? { text: run } : run;
    const properties = `${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}`;
    const xml = `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
    if (!link) return xml;
    const id = `rIdLink${relationships.length}`;
    relationships.push(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(link)}" TargetMode="External"/>`);
    return `<w:hyperlink r:id="${id}">${xml}</w:hyperlink>`;
  }).join('');
  const paragraph = (content: Run[] | string, properties = '') => `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs(content)}</w:p>`;
  const body = blocks.map((block) => {
    if ('title' in block) return paragraph(block.title, '<w:pStyle w:val="Title"/>');
    if ('heading' in block) return paragraph(block.text, `<w:pStyle w:val="Heading${block.heading}"/>`);
    if ('paragraph' in block) return paragraph(block.paragraph);
    if ('bullet' in block) return paragraph(block.bullet, `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${block.level ?? 0}"/><w:numId w:val="1"/></w:numPr>`);
    if ('numbered' in block) return paragraph(block.numbered, `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${block.level ?? 0}"/><w:numId w:val="2"/></w:numPr>`);
    if ('commented' in block) {
      const id = comments.length;
      comments.push(`<w:comment w:id="${id}" w:author="Reviewer" w:initials="R"><w:p><w:r><w:t>${escapeXml(block.comment)}</w:t></w:r></w:p></w:comment>`);
      return `<w:p><w:commentRangeStart w:id="${id}"/>${runs(block.commented)}<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r></w:p>`;
    }
    if ('table' in block) {
      const rows = block.table.map((cells, i) => `<w:tr>${i === 0 && block.headerRow ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((cell) => `<w:tc>${cell.split('\n').map((line) => paragraph(line)).join('')}</w:tc>`).join('')}</w:tr>`);
      return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${rows.join('')}</w:tbl>`;
    }
    const n = Object.keys(media).length + 1;
    const extension = block.image.contentType === 'image/jpeg' ? 'jpeg' : 'png';
    media[`word/media/image${n}.${extension}`] = block.image.bytes;
    relationships.push(`<Relationship Id="rIdImage${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${n}.${extension}"/>`);
    return `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="${n}" name="Picture ${n}" descr="${escapeXml(block.image.alt)}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="${n}" name="image${n}.${extension}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImage${n}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  }).join('');
  const style = (id: string, name: string) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  const levels = (format: string, text: (level: number) => string) => [0, 1, 2].map((level) => `<w:lvl w:ilvl="${level}"><w:numFmt w:val="${format}"/><w:lvlText w:val="${text(level)}"/></w:lvl>`).join('');
  if (comments.length) relationships.push('<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>');
  return zipArchive({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${namespaces}><w:body>${body}</w:body></w:document>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}</Relationships>`,
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${style('Title', 'Title')}${style('Heading1', 'heading 1')}${style('Heading2', 'heading 2')}${style('Heading3', 'heading 3')}${style('ListParagraph', 'List Paragraph')}<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>`,
    'word/numbering.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0">${levels('bullet', () => '•')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${levels('decimal', (level) => `%${level + 1}.`)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
    ...(comments.length && { 'word/comments.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${comments.join('')}</w:comments>` }),
    ...(title !== undefined && { 'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title)}</dc:title></cp:coreProperties>` }),
    ...media,
  }, { deflate });
}

/** A postmortem as teams write them in Word from a usual template (our own text). */
export const replicaLagPostmortem: Block[] = [
  { title: 'Orders replica lag stalls checkout confirmations' },
  { paragraph: [{ text: 'Severity: ', bold: true }, 'SEV-2'] },
  { paragraph: 'Date: 2025-04-08. All times are UTC.' },
  { heading: 1, text: 'Summary' },
  { paragraph: ['A schema migration on the orders database held a lock for 38 minutes, so the read replica fell behind and ', { text: 'order confirmations', italic: true }, ' were shown late.'] },
  { heading: 1, text: 'Impact' },
  { paragraph: 'About 2,400 customers saw a pending order page instead of their confirmation.' },
  { heading: 1, text: 'Timeline' },
  { table: [['Time', 'Event'], ['09:12', 'Migration 0142 started on the primary.'], ['09:19', 'Alert fired: replica lag above 120 seconds, on-call paged.'], ['09:31', 'Migration cancelled and the lock released.'], ['09:50', 'Replica caught up; confirmations back to normal, incident resolved.']] },
  { heading: 1, text: 'Root cause' },
  { paragraph: ['The migration rewrote the ', { text: 'order_items', bold: true }, ' table in one transaction. See the ', { text: 'migration guide', link: 'https://wiki.example.com/migrations' }, '.'] },
  { bullet: 'Contributing factors:' },
  { bullet: 'no lock timeout on migrations', level: 1 },
  { bullet: 'the lag alert paged only after two minutes', level: 1 },
  { heading: 1, text: 'Action items' },
  { table: [['Action', 'Owner', 'Due'], ['Set a lock timeout for every migration', 'platform', '2025-04-30'], ['Page on replica lag after 30 seconds', 'sre', '2025-05-15']] },
];
