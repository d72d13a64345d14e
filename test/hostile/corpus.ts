/**
 * A deterministic corpus of malformed and hostile files, generated at test time (never
 * committed): mutated PDFs, DOCX and HTML from the real fixtures, zip bombs, deeply nested
 * markup, huge lines, invalid encodings, and a 200 MB file. Same seed, same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { prng } from '../crash/harness.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'import');

export interface CorpusFile {
  name: string;
  path: string;
  /** What the file is meant to exercise (reported with failures). */
  kind: string;
}

/** A zip with entries whose declared sizes may lie (for bombs and liars). */
export function buildZip(
  entries: Array<{ name: string; data: Buffer; declaredSize?: number; store?: boolean }>,
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const body = entry.store ? entry.data : deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.store ? 0 : 8, 8);
    local.writeUInt32LE(crc32(entry.data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.store ? 0 : 8, 10);
    central.writeUInt32LE(crc32(entry.data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const DOCX_PARTS = (documentXml: string | Buffer) => [
  {
    name: '[Content_Types].xml',
    data: Buffer.from(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
  },
  {
    name: '_rels/.rels',
    data: Buffer.from(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
  },
  { name: 'word/document.xml', data: Buffer.isBuffer(documentXml) ? documentXml : Buffer.from(documentXml) },
];

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docxBody = (inner: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${inner}</w:body></w:document>`;
const docxParagraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

function mutate(bytes: Buffer, random: () => number, flips: number): Buffer {
  const out = Buffer.from(bytes);
  for (let i = 0; i < flips; i++) {
    const at = Math.floor(random() * out.length);
    const op = random();
    if (op < 0.6) out[at] = Math.floor(random() * 256);
    else if (op < 0.8) out[at] = 0;
    else out[at] = (out[at] ?? 0) ^ 0x80;
  }
  return out;
}

function splice(bytes: Buffer, random: () => number): Buffer {
  const a = Math.floor(random() * bytes.length);
  const b = Math.floor(random() * bytes.length);
  const [from, to] = a < b ? [a, b] : [b, a];
  const op = random();
  if (op < 0.33) return bytes.subarray(0, from); // truncated
  if (op < 0.66) return Buffer.concat([bytes.subarray(0, from), bytes.subarray(to)]); // a hole
  return Buffer.concat([bytes.subarray(0, to), bytes.subarray(from, to), bytes.subarray(to)]); // duplicated run
}

export const HUGE_FILE_BYTES = 200 * 1024 * 1024;

/** Writes the corpus into `dir`; returns its files (at least 300). */
export function generateCorpus(dir: string, seed = 7): CorpusFile[] {
  mkdirSync(dir, { recursive: true });
  const random = prng(seed);
  const files: CorpusFile[] = [];
  const add = (name: string, kind: string, data: Buffer | string): void => {
    const path = join(dir, `${String(files.length).padStart(3, '0')}-${name}`);
    writeFileSync(path, data);
    files.push({ name: `${String(files.length).padStart(3, '0')}-${name}`, path, kind });
  };

  const pdf = readFileSync(join(fixtures, 'statement.pdf'));
  const docx = readFileSync(join(fixtures, 'memo.docx'));
  const html = readFileSync(join(fixtures, 'saved-page.html'));
  const text = readFileSync(join(fixtures, 'numbered-communique.txt'));

  // Mutated PDFs: byte noise of growing intensity, and truncations, holes, duplicated runs.
  for (let i = 0; i < 50; i++) add(`mutated-${i}.pdf`, 'pdf: random bytes', mutate(pdf, random, 1 + i * 5));
  for (let i = 0; i < 30; i++) add(`spliced-${i}.pdf`, 'pdf: truncated/hole/duplicate', splice(pdf, random));
  add('header-only.pdf', 'pdf: header only', '%PDF-1.7\n');
  add(
    'endless-objects.pdf',
    'pdf: many empty objects',
    `%PDF-1.4\n${'1 0 obj << /Type /Page >> endobj\n'.repeat(200000)}%%EOF`,
  );
  add(
    'deep-dict.pdf',
    'pdf: deeply nested dictionaries',
    `%PDF-1.4\n1 0 obj ${'<<'.repeat(100000)}${'>>'.repeat(100000)} endobj\n%%EOF`,
  );
  add(
    'javascript.pdf',
    'pdf: /JavaScript action',
    `%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF`,
  );

  // Mutated DOCX: noise in the zip, truncations; then hand-built hostile packages.
  for (let i = 0; i < 40; i++) add(`mutated-${i}.docx`, 'docx: random bytes', mutate(docx, random, 1 + i * 3));
  for (let i = 0; i < 20; i++) add(`spliced-${i}.docx`, 'docx: truncated/hole/duplicate', splice(docx, random));
  const zeros = Buffer.alloc(50 * 1024 * 1024, 0x20);
  add(
    'bomb-ratio.docx',
    'zip bomb: honest header, huge ratio',
    buildZip(DOCX_PARTS(Buffer.concat([Buffer.from(docxBody('')), zeros]))),
  );
  add(
    'bomb-liar.docx',
    'zip bomb: header lies about the size',
    buildZip(DOCX_PARTS(zeros).map((e) => (e.name === 'word/document.xml' ? { ...e, declaredSize: 1000 } : e))),
  );
  add(
    'bomb-many.docx',
    'zip bomb: many 1 MB parts',
    buildZip([
      ...DOCX_PARTS(docxBody(docxParagraph('x'))),
      ...Array.from({ length: 250 }, (_, i) => ({
        name: `word/media/p${i}.xml`,
        data: Buffer.alloc(1024 * 1024, 0x41),
      })),
    ]),
  );
  add(
    'bomb-declared-huge.docx',
    'zip: declared 4 GB',
    buildZip(
      DOCX_PARTS(docxBody(docxParagraph('x'))).map((e) =>
        e.name === 'word/document.xml' ? { ...e, declaredSize: 0xfffffff0 } : e,
      ),
    ),
  );
  add(
    'nested-zip.docx',
    'zip inside zip',
    buildZip([
      ...DOCX_PARTS(docxBody(docxParagraph('outer'))),
      { name: 'word/embeddings/inner.zip', data: buildZip(DOCX_PARTS(zeros.subarray(0, 5_000_000))) },
    ]),
  );
  add(
    'deep-xml.docx',
    'docx: 50 000 nested elements',
    buildZip(
      DOCX_PARTS(
        docxBody(
          `${'<w:sdt><w:sdtContent>'.repeat(50000)}${docxParagraph('deep')}${'</w:sdtContent></w:sdt>'.repeat(50000)}`,
        ),
      ),
    ),
  );
  add(
    'xxe.docx',
    'docx: external entity',
    buildZip(
      DOCX_PARTS(
        `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY y "&x;&x;&x;">]><w:document ${W}><w:body>${docxParagraph('&y;')}</w:body></w:document>`,
      ),
    ),
  );
  add(
    'billion-laughs.docx',
    'docx: entity expansion',
    buildZip(
      DOCX_PARTS(
        `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]><w:document ${W}><w:body>${docxParagraph('&f;&f;&f;&f;&f;&f;')}</w:body></w:document>`,
      ),
    ),
  );
  add(
    'huge-paragraph.docx',
    'docx: one 5 MB paragraph',
    buildZip(DOCX_PARTS(docxBody(docxParagraph('word '.repeat(1_000_000))))),
  );
  add('not-word.zip.docx', 'zip without word/document.xml', buildZip([{ name: 'a.txt', data: Buffer.from('hello') }]));
  add(
    'zip64-marker.docx',
    'zip: zip64 marker',
    Buffer.concat([
      buildZip(DOCX_PARTS(docxBody(''))).subarray(0, -22),
      Buffer.from('504b0506000000000000ffffffffffffffffffff0000', 'hex'),
    ]),
  );

  // HTML: mutations of a real saved page, then hostile shapes.
  for (let i = 0; i < 55; i++) add(`mutated-${i}.html`, 'html: random bytes', mutate(html, random, 1 + i * 20));
  for (let i = 0; i < 15; i++) add(`spliced-${i}.html`, 'html: truncated/hole/duplicate', splice(html, random));
  add(
    'nested-divs.html',
    'html: 200 000 nested divs',
    `<html><body>${'<div>'.repeat(200000)}deep text here${'</div>'.repeat(200000)}</body></html>`,
  );
  add('nested-unclosed.html', 'html: 200 000 unclosed tags', `<html><body>${'<b><i>'.repeat(100000)}text`);
  add(
    'nested-tables.html',
    'html: 20 000 nested tables',
    `<body>${'<table><tr><td>'.repeat(20000)}cell${'</td></tr></table>'.repeat(20000)}`,
  );
  add('huge-line.html', 'html: one 15 MB line', `<html><body><p>${'word '.repeat(3_000_000)}</p></body></html>`);
  add('too-big.html', 'html: over the parser limit', `<p>${'x'.repeat(21 * 1024 * 1024)}</p>`);
  add(
    'many-paragraphs.html',
    'html: 100 000 paragraphs',
    `<body>${'<p>Short paragraph of text.</p>'.repeat(100000)}</body>`,
  );
  add(
    'attribute-flood.html',
    'html: 100 000 attributes',
    `<body><p ${Array.from({ length: 100000 }, (_, i) => `a${i}="${i}"`).join(' ')}>text of the paragraph</p></body>`,
  );
  add('comment-bomb.html', 'html: unterminated comment', `<body><p>before</p><!--${'-'.repeat(5_000_000)}`);
  add(
    'script-only.html',
    'html: scripts and styles only',
    `<html><head><script>${'x=1;'.repeat(100000)}</script><style>${'a{}'.repeat(100000)}</style></head><body><script>alert(1)</script></body></html>`,
  );
  add(
    'meta-charset-lie.html',
    'html: declares a charset it is not',
    Buffer.concat([
      Buffer.from('<meta charset="utf-16"><p>'),
      Buffer.from('Déclaration commune — été', 'latin1'),
      Buffer.from('</p>'),
    ]),
  );
  add(
    'charset-unknown.html',
    'html: unknown charset',
    '<meta charset="x-klingon-9"><p>Text of the statement goes here.</p>',
  );
  add(
    'base-href.html',
    'html: base and meta refresh',
    '<base href="http://evil.example/"><meta http-equiv="refresh" content="0;url=http://evil.example"><p>Statement text with <a href="x">link</a>.</p><img src="http://evil.example/a.png">',
  );
  add(
    'svg-foreign.html',
    'html: svg and math',
    `<body><svg>${'<g>'.repeat(10000)}<foreignObject><p>svg text</p></foreignObject>${'</g>'.repeat(10000)}</svg><math><mtext><p>math text</p></mtext></math></body>`,
  );
  add('entities.html', 'html: entity flood', `<p>${'&amp;&lt;&#x1F600;&#0;&#xD800;'.repeat(200000)}</p>`);

  // Text and encodings.
  for (let i = 0; i < 35; i++) add(`mutated-${i}.txt`, 'text: random bytes', mutate(text, random, 1 + i * 30));
  add(
    'invalid-utf8.txt',
    'text: invalid UTF-8 sequences',
    Buffer.from(
      Array.from({ length: 200000 }, (_, i) => [0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x41, 0x0a][i % 8] as number),
    ),
  );
  add(
    'utf16-odd.txt',
    'text: UTF-16 BOM, odd length',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Statement text', 'utf16le'), Buffer.from([0x41])]),
  );
  add(
    'utf16be-no-bom.txt',
    'text: UTF-16BE without BOM',
    Buffer.from('Joint statement on cooperation.\n\nWe agree.', 'utf16le').swap16(),
  );
  add('utf32.txt', 'text: UTF-32 BOM', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('S\0\0\0t\0\0\0')]));
  add('nul-bytes.txt', 'text: NUL bytes throughout', Buffer.from('Statement\0 on\0 things\0.\n\n'.repeat(1000)));
  add(
    'control-chars.txt',
    'text: control characters',
    Array.from({ length: 5000 }, (_, i) => String.fromCharCode(i % 32) + 'word').join(''),
  );
  add(
    'bidi-override.txt',
    'text: bidi overrides and zero-widths',
    `Title\u202E\u2066 hidden\u200B\u200D\n\n${'\u202Eparagraph\u202C text \uFEFF\n\n'.repeat(500)}`,
  );
  add('lone-surrogates.txt', 'text: lone surrogates (as CESU bytes)', Buffer.from('eda080eda080ed', 'hex'));
  add('huge-line.txt', 'text: one 30 MB line', 'a'.repeat(30 * 1024 * 1024));
  add('many-lines.txt', 'text: 2 million empty lines', '\n'.repeat(2_000_000) + 'text');
  add('long-words.txt', 'text: 1 MB word', `Title\n\n${'x'.repeat(1024 * 1024)}`);
  add(
    'binary-random.bin',
    'random binary',
    Buffer.from(Array.from({ length: 100000 }, () => Math.floor(random() * 256))),
  );
  add('old-word.doc', 'OLE compound file', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]));
  add(
    'png-renamed.txt',
    'PNG named .txt',
    Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(1000, 1)]),
  );
  add('empty.txt', 'empty file', '');
  add('whitespace.txt', 'only whitespace', ' \n\t\r\n'.repeat(1000));
  add('bom-only.txt', 'only a BOM', Buffer.from([0xef, 0xbb, 0xbf]));

  // Markdown: mutations of a real briefing, then hostile shapes.
  const markdown = readFileSync(join(fixtures, 'briefing.md'));
  for (let i = 0; i < 10; i++) add(`mutated-${i}.md`, 'markdown: random bytes', mutate(markdown, random, 1 + i * 10));
  add('nested-quotes.md', 'markdown: 50 000 nested quotes', `${'>'.repeat(50000)} deep quote\n`);
  add(
    'nested-lists.md',
    'markdown: 10 000 nested lists',
    Array.from({ length: 10000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'),
  );
  add(
    'link-flood.md',
    'markdown: 100 000 reference links',
    `# Title\n\n${'[a][b] '.repeat(100000)}\n\n[b]: javascript:alert(1)\n`,
  );
  add('emphasis-bomb.md', 'markdown: pathological emphasis', `# T\n\n${'*a **b '.repeat(50000)}`);
  add(
    'table-huge.md',
    'markdown: 5 000-column table',
    `# T\n\n|${'a|'.repeat(5000)}\n|${'-|'.repeat(5000)}\n|${'x|'.repeat(5000)}\n`,
  );
  add(
    'html-in-md.md',
    'markdown with raw HTML',
    `# Title\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nText paragraph.\n`,
  );

  // The 200 MB file: written in chunks, never held in memory here.
  const hugePath = join(dir, `${String(files.length).padStart(3, '0')}-huge-200MB.txt`);
  const fd = openSync(hugePath, 'w');
  const chunk = Buffer.alloc(8 * 1024 * 1024, 'Declaration paragraph text. ');
  for (let written = 0; written < HUGE_FILE_BYTES; written += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
  files.push({
    name: `${String(files.length).padStart(3, '0')}-huge-200MB.txt`,
    path: hugePath,
    kind: 'a 200 MB file',
  });

  return files;
}
