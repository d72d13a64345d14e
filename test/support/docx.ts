/**
 * Reading a .docx back without Word, as the Word export tests do: its zip parts, python-docx
 * (Debian `python3-docx`) for styles, headers, footers, footnotes and properties, and LibreOffice
 * headless (Debian `libreoffice-writer-nogui`) to lay it out as PDF, read then page by page with
 * pdftotext (test/support/pdf.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { pdfPageTexts } from './pdf.ts';

/** The system Python with Debian's python-docx (a pyenv `python3` on PATH may not have it). */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** Every part of the package, as text. */
export function docxParts(file: string): Map<string, string> {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  return new Map(Object.entries(parts).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

export interface DocxFacts {
  /** Each body paragraph: its style's name and its text. */
  paragraphs: Array<{ style: string; text: string }>;
  /** The text of each table cell, row by row, table by table. */
  tables: string[][][];
  /** Texts of the headers and footers of each section (default ones). */
  headers: string[];
  footers: string[];
  /** The footnotes' texts, separators left out. */
  footnotes: string[];
  /** Names of every style the document defines. */
  styles: string[];
  core: { title: string; subject: string; author: string; keywords: string; language: string };
  /** Pictures the package holds (header logos…). */
  images: number;
}

const SCRIPT = String.raw`
import json, sys, docx
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
def text_of(element):
    # Every w:t, links included (python-docx's own .text leaves out text inside w:hyperlink),
    # with tabs as \t.
    out = []
    for node in element.iter(qn('w:t'), qn('w:tab')):
        out.append('\t' if node.tag == qn('w:tab') else (node.text or ''))
    return ''.join(out)
foot = []
for rel in d.part.rels.values():
    if rel.reltype.endswith('/footnotes'):
        from lxml import etree
        root = etree.fromstring(rel.target_part.blob)
        for note in root.findall(qn('w:footnote')):
            if note.get(qn('w:type')) in (None, 'normal'):
                foot.append(text_of(note).strip())
cp = d.core_properties
print(json.dumps({
  'paragraphs': [{'style': p.style.name if p.style is not None else '', 'text': text_of(p._p)} for p in d.paragraphs],
  'tables': [[['\n'.join(text_of(q) for q in c._tc.iter(qn('w:p'))) for c in r.cells] for r in t.rows] for t in d.tables],
  'headers': ['\n'.join(text_of(p._p) for p in s.header.paragraphs) for s in d.sections],
  'footers': ['\n'.join(text_of(p._p) for p in s.footer.paragraphs) for s in d.sections],
  'footnotes': foot,
  'styles': [s.name for s in d.styles],
  'core': {'title': cp.title, 'subject': cp.subject, 'author': cp.author, 'keywords': cp.keywords, 'language': cp.language},
  'images': sum(1 for p in d.part.package.parts if p.partname.startswith('/word/media/')),
}))
`;

/** What python-docx reads in the file (it fails on a file Word could not open either). */
export function readDocx(file: string): DocxFacts {
  return JSON.parse(execFileSync(PYTHON, ['-c', SCRIPT, file], { encoding: 'utf8' })) as DocxFacts;
}

/**
 * The file laid out by LibreOffice as PDF (beside it, same name), and each page's text. Each
 * call uses its own LibreOffice profile, so conversions running at once do not collide.
 */
export function docxPages(file: string, outDir: string): { pdf: string; pages: string[] } {
  mkdirSync(outDir, { recursive: true });
  const profile = join(outDir, `.lo-profile-${process.pid}-${Date.now()}`);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const pdf = join(outDir, basename(file).replace(/\.docx$/i, '.pdf'));
  return { pdf, pages: pdfPageTexts(pdf) };
}

/** Text with its line breaks and runs of spaces made single spaces, for phrase checks across lines. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
