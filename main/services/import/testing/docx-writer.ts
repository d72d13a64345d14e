/**
 * Test support only: a minimal DOCX (a zip of WordprocessingML parts, stored uncompressed) with
 * real Word numbering: numbered paragraphs point at a list (`numId`) and a level, and
 * `numbering.xml` says how each level counts ("decimal", "lowerLetter", "lowerRoman"), so the
 * import's reading of Word's own numbers can be tested without a word processor.
 */
import { crc32 } from 'node:zlib';

export interface DocxParagraph {
  text: string;
  /** Heading level (Heading1…), or none. */
  heading?: number;
  /** A numbered paragraph: its list instance and level (0-based). */
  numbered?: { numId: number; level: number };
}

export interface DocxList {
  numId: number;
  abstractId: number;
  /** Level formats, outermost first: "decimal", "lowerLetter", "lowerRoman", "bullet". */
  formats: string[];
  /** A list instance that restarts a level at this number the first time it is used. */
  startOverride?: { level: number; start: number };
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function documentXml(paragraphs: readonly DocxParagraph[]): string {
  const body = paragraphs
    .map((p) => {
      const style = p.heading ? `<w:pStyle w:val="Heading${p.heading}"/>` : '';
      const num = p.numbered
        ? `<w:numPr><w:ilvl w:val="${p.numbered.level}"/><w:numId w:val="${p.numbered.numId}"/></w:numPr>`
        : '';
      return `<w:p><w:pPr>${style}${num}</w:pPr><w:r><w:t xml:space="preserve">${escape(p.text)}</w:t></w:r></w:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
}

function numberingXml(lists: readonly DocxList[]): string {
  const abstracts = [...new Map(lists.map((l) => [l.abstractId, l])).values()]
    .map(
      (l) =>
        `<w:abstractNum w:abstractNumId="${l.abstractId}">${l.formats
          .map(
            (f, i) =>
              `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${f}"/><w:lvlText w:val="${f === 'decimal' ? `%${i + 1}.` : `(%${i + 1})`}"/></w:lvl>`,
          )
          .join('')}</w:abstractNum>`,
    )
    .join('');
  const nums = lists
    .map(
      (l) =>
        `<w:num w:numId="${l.numId}"><w:abstractNumId w:val="${l.abstractId}"/>${
          l.startOverride
            ? `<w:lvlOverride w:ilvl="${l.startOverride.level}"><w:startOverride w:val="${l.startOverride.start}"/></w:lvlOverride>`
            : ''
        }</w:num>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${abstracts}${nums}</w:numbering>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${[1, 2, 3]
  .map(
    (n) =>
      `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`,
  )
  .join('')}</w:styles>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

/** A zip of stored (uncompressed) files. */
function zip(files: ReadonlyArray<[string, string]>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

export function writeDocx(paragraphs: readonly DocxParagraph[], lists: readonly DocxList[]): Uint8Array {
  return zip([
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', ROOT_RELS],
    ['word/_rels/document.xml.rels', DOC_RELS],
    ['word/document.xml', documentXml(paragraphs)],
    ['word/numbering.xml', numberingXml(lists)],
    ['word/styles.xml', STYLES],
  ]);
}
