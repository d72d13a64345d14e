/**
 * Document metadata Chromium does not write: author, subject, keywords, creator, and the
 * viewer preference to show the title (not the file name) in the window, which PDF/UA asks
 * for. Chromium maps only <title> (Title) and <html lang> (Lang), so we append a standard PDF
 * incremental update: a new Info dictionary and catalog, a small xref section pointing at
 * them, and a trailer chaining to the original one. The printed pages are not touched, and
 * no PDF library is needed on the user's machine.
 */

export interface PdfInfo {
  /**
   * The text of every heading in document order. Chromium's bookmark titles lose the space
   * at a line wrap and sometimes repeat a heading's text; given these, every bookmark (one
   * per heading, in the same order) gets its heading's exact text.
   */
  outlineTitles?: readonly string[];
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  /** BCP 47 language, set on the catalog when Chromium did not. */
  language: string;
}

const latin1 = new TextDecoder('latin1');

/** A PDF text string: UTF-16BE with a byte-order mark, as hex (safe for any character). */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function pdfDate(date: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `(D:${p(date.getUTCFullYear(), 4)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z)`;
}

interface Xref {
  offsets: Map<number, { offset: number; generation: number }>;
  trailer: string;
}

function parseClassicXref(text: string, at: number): Xref | undefined {
  if (!text.startsWith('xref', at)) return undefined;
  const offsets = new Map<number, { offset: number; generation: number }>();
  const trailerAt = text.indexOf('trailer', at);
  if (trailerAt < 0) return undefined;
  const lines = text
    .slice(at + 4, trailerAt)
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  let i = 0;
  while (i < lines.length) {
    const header = /^(\d+) (\d+)$/.exec(lines[i] as string);
    if (!header) return undefined;
    const start = Number(header[1]);
    const count = Number(header[2]);
    for (let k = 0; k < count; k++) {
      const entry = /^(\d{10}) (\d{5}) ([nf])$/.exec(lines[i + 1 + k] ?? '');
      if (!entry) return undefined;
      if (entry[3] === 'n') offsets.set(start + k, { offset: Number(entry[1]), generation: Number(entry[2]) });
    }
    i += 1 + count;
  }
  const end = text.indexOf('startxref', trailerAt);
  return { offsets, trailer: text.slice(trailerAt + 'trailer'.length, end < 0 ? undefined : end) };
}

function ref(trailer: string, key: string): { num: number; gen: number } | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+(\\d+)\\s+R`).exec(trailer);
  return match ? { num: Number(match[1]), gen: Number(match[2]) } : undefined;
}

/** The dictionary text of object `num` (`<< … >>`), or undefined if it is not a plain dictionary. */
function objectDictionary(text: string, offset: number): string | undefined {
  const objAt = text.indexOf('obj', offset);
  const endAt = text.indexOf('endobj', objAt);
  if (objAt < 0 || endAt < 0) return undefined;
  const body = text.slice(objAt + 3, endAt).trim();
  if (!body.startsWith('<<') || !body.endsWith('>>') || body.includes('stream')) return undefined;
  return body;
}

/** End of the PDF string token (literal or hex) starting at `at`. */
function stringTokenEnd(text: string, at: number): number {
  if (text[at] === '<') return text.indexOf('>', at) + 1;
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

function replaceTitle(dict: string, title: string): string | undefined {
  const match = /\/Title\s*/.exec(dict);
  if (!match) return undefined;
  const start = match.index + match[0].length;
  const end = stringTokenEnd(dict, start);
  if (end <= start) return undefined;
  return `${dict.slice(0, start)}${pdfTextString(title)}${dict.slice(end)}`;
}

/** Bookmark objects in reading order (pre-order), by object number. */
function outlineItems(
  text: string,
  xref: Xref,
  catalog: string,
): Array<{ num: number; gen: number; dict: string }> | undefined {
  const items: Array<{ num: number; gen: number; dict: string }> = [];
  const read = (r: { num: number; gen: number } | undefined) => {
    const entry = r ? xref.offsets.get(r.num) : undefined;
    return entry ? objectDictionary(text, entry.offset) : undefined;
  };
  const root = read(ref(catalog, 'Outlines'));
  if (!root) return undefined;
  const visit = (first: { num: number; gen: number } | undefined, depth: number): boolean => {
    let current = first;
    let guard = 0;
    while (current) {
      const dict = read(current);
      if (!dict || depth > 32 || ++guard > 100_000) return false;
      items.push({ num: current.num, gen: current.gen, dict });
      if (!visit(ref(dict, 'First'), depth + 1)) return false;
      current = ref(dict, 'Next');
    }
    return true;
  };
  return visit(ref(root, 'First'), 0) ? items : undefined;
}

/**
 * Returns the PDF with `info` written into it, or the bytes unchanged (and `false`) when the
 * file is not laid out as Chromium writes it (a classic xref table).
 */
export function withPdfInfo(
  bytes: Uint8Array,
  info: PdfInfo,
  now = new Date(),
): { bytes: Uint8Array; written: boolean } {
  const text = latin1.decode(bytes);
  const startxrefAt = text.lastIndexOf('startxref');
  const previous = startxrefAt < 0 ? NaN : Number(/^startxref\s+(\d+)/.exec(text.slice(startxrefAt))?.[1]);
  const xref = Number.isFinite(previous) ? parseClassicXref(text, previous) : undefined;
  const root = xref ? ref(xref.trailer, 'Root') : undefined;
  const size = xref ? Number(/\/Size\s+(\d+)/.exec(xref.trailer)?.[1]) : NaN;
  if (!xref || !root || !Number.isFinite(size)) return { bytes, written: false };
  const rootEntry = xref.offsets.get(root.num);
  const catalog = rootEntry ? objectDictionary(text, rootEntry.offset) : undefined;
  if (!catalog) return { bytes, written: false };

  const oldInfo = ref(xref.trailer, 'Info');
  const oldInfoEntry = oldInfo ? xref.offsets.get(oldInfo.num) : undefined;
  const oldInfoDict = oldInfoEntry ? (objectDictionary(text, oldInfoEntry.offset) ?? '') : '';
  const created = /\/CreationDate\s*(\([^)]*\))/.exec(oldInfoDict)?.[1] ?? pdfDate(now);
  const producer = /\/Producer\s*(\([^)]*\)|<[0-9A-Fa-f]*>)/.exec(oldInfoDict)?.[1];

  const infoNum = oldInfo?.num ?? size;
  const infoGen = oldInfo?.gen ?? 0;
  let newCatalog = catalog.slice(0, -2).trimEnd();
  if (!/\/ViewerPreferences/.test(newCatalog)) newCatalog += '\n/ViewerPreferences << /DisplayDocTitle true >>';
  if (!/\/Lang/.test(newCatalog) && info.language) newCatalog += `\n/Lang ${pdfTextString(info.language)}`;
  newCatalog += '\n>>';
  const infoDict = [
    '<<',
    `/Title ${pdfTextString(info.title)}`,
    info.author ? `/Author ${pdfTextString(info.author)}` : '',
    info.subject ? `/Subject ${pdfTextString(info.subject)}` : '',
    info.keywords ? `/Keywords ${pdfTextString(info.keywords)}` : '',
    `/Creator ${pdfTextString(info.creator)}`,
    producer ? `/Producer ${producer}` : '',
    `/CreationDate ${created}`,
    `/ModDate ${pdfDate(now)}`,
    '>>',
  ]
    .filter(Boolean)
    .join('\n');

  // Every byte below is ASCII: lengths in characters are lengths in bytes.
  const objects = [
    { num: root.num, gen: root.gen, body: newCatalog },
    { num: infoNum, gen: infoGen, body: infoDict },
  ];
  const bookmarks = info.outlineTitles ? outlineItems(text, xref, catalog) : undefined;
  if (bookmarks && info.outlineTitles && bookmarks.length === info.outlineTitles.length) {
    bookmarks.forEach((bookmark, i) => {
      const body = replaceTitle(bookmark.dict, info.outlineTitles?.[i] ?? '');
      if (body) objects.push({ num: bookmark.num, gen: bookmark.gen, body });
    });
  }
  objects.sort((a, b) => a.num - b.num);
  let appended = text.endsWith('\n') ? '' : '\n';
  const offsets: number[] = [];
  for (const object of objects) {
    offsets.push(bytes.byteLength + appended.length);
    appended += `${object.num} ${object.gen} obj\n${object.body}\nendobj\n`;
  }
  const xrefAt = bytes.byteLength + appended.length;
  appended += 'xref\n';
  objects.forEach((object, i) => {
    appended += `${object.num} 1\n${String(offsets[i]).padStart(10, '0')} ${String(object.gen).padStart(5, '0')} n \n`;
  });
  const id = /\/ID\s*\[[^\]]*\]/.exec(xref.trailer)?.[0];
  appended += `trailer\n<< /Size ${Math.max(size, infoNum + 1)} /Root ${root.num} ${root.gen} R /Info ${infoNum} ${infoGen} R /Prev ${previous}${id ? ` ${id}` : ''} >>\nstartxref\n${xrefAt}\n%%EOF\n`;

  const tail = new TextEncoder().encode(appended);
  const out = new Uint8Array(bytes.byteLength + tail.byteLength);
  out.set(bytes, 0);
  out.set(tail, bytes.byteLength);
  return { bytes: out, written: true };
}
