/** Reading a PDF back with poppler and qpdf, as the export tests do. */
import { execFileSync } from 'node:child_process';

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[(match[1] as string).trim()] = (match[2] as string).trim();
  }
  return info;
}

/** The text of each page (1-based index 0 = page 1), reading order kept. */
export function pdfPageTexts(file: string): string[] {
  const pages = Number(pdfInfo(file).Pages);
  const texts: string[] = [];
  for (let page = 1; page <= pages; page++) {
    texts.push(
      execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }),
    );
  }
  return texts;
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, then emb sub uni as yes/no columns
    const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line.trim());
    return { name: match?.[1] ?? line, type: match?.[2] ?? '', embedded: match?.[4] === 'yes' };
  });
}

export interface Bookmark {
  title: string;
  page: number;
  kids: Bookmark[];
}

export function pdfOutline(file: string): Bookmark[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' })) as {
    outlines: Array<{ title: string; destpageposfrom1: number; kids: unknown[] }>;
  };
  const map = (items: Array<{ title: string; destpageposfrom1: number; kids: unknown[] }>): Bookmark[] =>
    items.map((item) => ({
      title: item.title,
      page: item.destpageposfrom1,
      kids: map(item.kids as Array<{ title: string; destpageposfrom1: number; kids: unknown[] }>),
    }));
  return map(json.outlines);
}

export function flattenOutline(bookmarks: readonly Bookmark[]): Bookmark[] {
  return bookmarks.flatMap((b) => [b, ...flattenOutline(b.kids)]);
}

/** The catalog's /Lang and whether the viewer shows the document title, via qpdf's JSON. */
export function pdfCatalog(file: string): { lang: string | undefined; displayDocTitle: boolean } {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=qpdf', file], { encoding: 'utf8' })) as {
    qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>];
  };
  const objects = json.qpdf[1];
  for (const object of Object.values(objects)) {
    const value = object.value;
    if (value?.['/Type'] === '/Catalog') {
      const prefs = value['/ViewerPreferences'] as Record<string, unknown> | undefined;
      const lang = value['/Lang'] as string | undefined;
      return { lang: lang?.replace(/^u:/, ''), displayDocTitle: prefs?.['/DisplayDocTitle'] === true };
    }
  }
  return { lang: undefined, displayDocTitle: false };
}
