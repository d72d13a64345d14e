/**
 * Test and benchmark support only (not used by the import itself).
 *
 * A tiny PDF writer for tests and benchmarks: Helvetica (standard font, WinAnsi encoding), text
 * placed line by line, optional running header and footer, and image-like pages without any text
 * (a "scan"). Enough to exercise the PDF reader's line, paragraph and header/footer logic without
 * LibreOffice.
 */
import iconv from 'iconv-lite';

export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  /** A footnote call set after the text, raised and smaller (the PDF text rise), as word processors do. */
  call?: string;
}

export interface PdfPage {
  lines: PdfLine[];
  /** Draw a filled grey rectangle, as a scanned page's image would cover the page. */
  scan?: boolean;
}

const WIDTH = 595;
const HEIGHT = 842;

function pdfString(text: string): string {
  const bytes = iconv.encode(text, 'windows-1252');
  let out = '';
  for (const b of bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b < 0x20 || b > 0x7e) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(b);
  }
  return `(${out})`;
}

/** Serializes pages into a PDF file. */
export function writePdf(pages: readonly PdfPage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    let stream = page.scan ? `0.6 g 40 40 ${WIDTH - 80} ${HEIGHT - 80} re f\n` : '';
    for (const line of page.lines) {
      const call = line.call
        ? ` /F1 ${(line.size * 0.6).toFixed(1)} Tf ${(line.size * 0.35).toFixed(1)} Ts ${pdfString(line.call)} Tj 0 Ts`
        : '';
      stream += `BT /${line.bold ? 'F2' : 'F1'} ${line.size} Tf 1 0 0 1 ${line.x} ${line.y} Tm ${pdfString(line.text)} Tj${call} ET\n`;
    }
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}endstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let file = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(file, 'latin1'));
    file += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(file, 'latin1');
  file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) file += `${String(offset).padStart(10, '0')} 00000 n \n`;
  file += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(file, 'latin1'));
}

export interface FlowBlock {
  text: string;
  heading?: boolean;
}

export interface FlowOptions {
  header?: string;
  footer?: (page: number, total: number) => string;
  /** Characters per line at 11 pt; Helvetica averages about 0.5 em per character. */
  wrap?: number;
}

/** Lays blocks out on A4 pages: wrapped 11 pt body text, 14 pt bold headings, blank line between. */
export function flowPdf(blocks: readonly FlowBlock[], options: FlowOptions = {}): Uint8Array {
  const wrap = options.wrap ?? 90;
  const top = HEIGHT - 90;
  const bottom = 80;
  const pages: PdfLine[][] = [[]];
  let y = top;
  const newPage = (): void => {
    pages.push([]);
    y = top;
  };
  for (const b of blocks) {
    const size = b.heading ? 14 : 11;
    const lines = b.heading ? [b.text] : wrapText(b.text, wrap);
    if (b.heading && y - size * 4 < bottom) newPage();
    for (const text of lines) {
      if (y < bottom) newPage();
      pages.at(-1)?.push({ text, x: 72, y, size, bold: b.heading ?? false });
      y -= size * 1.3;
    }
    y -= size * 0.9;
  }
  const total = pages.length;
  return writePdf(
    pages.map((lines, i) => ({
      lines: [
        ...(options.header ? [{ text: options.header, x: 72, y: HEIGHT - 50, size: 9 }] : []),
        ...lines,
        ...(options.footer ? [{ text: options.footer(i + 1, total), x: 270, y: 40, size: 9 }] : []),
      ],
    })),
  );
}

function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
