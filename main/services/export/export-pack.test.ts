/**
 * The print pipeline on a real Chromium: a French pack with a note whose citations point into
 * an annex, read back with poppler and pdf.js.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfCatalog, pdfFonts, pdfInfo, pdfPageTexts } from '../../../test/support/pdf.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { createChromiumPrinter } from './chromium-printer.ts';
import { printPack, type PrintedPack } from './export-pack.ts';
import type { PrintNote, PrintPack } from './print-model.ts';
import type { PdfPrinter } from './printer.ts';
import type { SerializedNoteNode } from '../../../shared/notes/content-schema.ts';
import { renderNoteForPackHtml, type RenderableNote } from '../../../shared/notes/render-html.ts';
import { headingNode, paragraphNode } from '../../../shared/notes/templates.ts';

const doc = {
  id: 'decl1',
  title: 'Déclaration commune',
  date: '2024-09-26',
  place: 'Ottawa',
  issuer: 'Cabinet',
  language: 'fr',
};
const paragraphs = Array.from({ length: 40 }, (_, i) => ({
  id: `p${i + 1}`,
  n: i + 1,
  label: String(i + 1),
  text: `Paragraphe ${i + 1} : les deux pays s’engagent à coopérer « étroitement » sur la défense, l’Arctique et la cybersécurité. `.repeat(
    3,
  ),
}));

function excerpt(documentId: string, documentTitle: string, n: number): SerializedNoteNode {
  return {
    type: 'excerpt',
    version: 1,
    documentId,
    documentTitle,
    documentDate: '2024-09-26',
    paragraphs: [{ id: `p${n}`, label: String(n) }],
    text: `Paragraphe ${n} cité.`,
    origin: 'paragraph',
  };
}

/** A note item as resolve-pack makes it: the content, and its HTML from the notes renderer. */
function noteItem(note: RenderableNote): Pick<PrintNote, 'html' | 'fields' | 'content'> {
  return { html: renderNoteForPackHtml(note), fields: note.fields, content: note.content };
}

const pack: PrintPack = {
  id: 'k1',
  title: 'Dossier d’information : coopération en matière de défense',
  audience: 'Pour la ministre',
  date: '2024-10-01',
  language: 'fr',
  classification: 'protected-b',
  preparedBy: 'Direction des politiques <Europe> & Arctique',
  pageSize: 'a4',
  items: [
    {
      kind: 'note',
      itemId: 'i1',
      title: 'Note de breffage',
      classification: 'protected-b',
      language: 'fr',
      // The notes feature's own renderer: header fields, headings, excerpts with citations.
      ...noteItem({
        title: 'Note de breffage',
        language: 'fr',
        classification: 'protected-b',
        fields: {
          to: 'Ministre',
          from: 'Sous-ministre',
          date: '1 octobre 2024',
          fileNumber: 'DOS-42',
          preparedBy: 'Agent',
          approvedBy: 'Directrice',
        },
        content: {
          root: {
            type: 'root',
            children: [
              headingNode('Contexte', 'h2'),
              paragraphNode('La déclaration prévoit une coopération accrue :'),
              excerpt('decl1', 'Déclaration commune', 33),
              excerpt('other', 'Autre document', 2),
            ],
          },
        },
      }),
    },
    { kind: 'excerpt', itemId: 'i2', heading: 'Engagements', document: doc, paragraphs: paragraphs.slice(2, 4) },
    {
      kind: 'annex',
      itemId: 'i3',
      document: doc,
      whole: true,
      sections: [
        { heading: null, paragraphs: paragraphs.slice(0, 20) },
        { heading: 'Arctique', paragraphs: paragraphs.slice(20) },
      ],
    },
    { kind: 'annotations', itemId: 'i4', document: doc, annotations: [] },
  ],
};

let temp: ReturnType<typeof makeTempDir>;
let printer: PdfPrinter;
let printed: PrintedPack;
let file: string;
let pages: string[];

beforeAll(async () => {
  temp = makeTempDir();
  printer = await createChromiumPrinter();
  printed = await printPack(pack, printer);
  file = join(temp.dir, 'fr.pdf');
  writeFileSync(file, printed.bytes);
  pages = pdfPageTexts(file);
}, 60_000);
afterAll(async () => {
  await printer.close();
  temp.cleanup();
});

describe('printing a French pack', () => {
  it('marks every page in French: PROTÉGÉ B top and bottom, "Page X de Y"', () => {
    expect(printed.pageCount).toBe(pages.length);
    pages.forEach((text, i) => {
      const lines = text.split('\n').filter((l) => l.trim());
      expect(lines.slice(0, 3).join(' ')).toContain('PROTÉGÉ B');
      expect(lines.at(-1)).toContain('PROTÉGÉ B');
      expect(lines.at(-1)).toContain(`Page ${i + 1} de ${pages.length}`);
    });
    expect(pages[1]).toContain('Table des matières');
    expect(pages[0]).toContain('1 octobre 2024');
  });

  it('writes French metadata and keeps markup in text as text', () => {
    const info = pdfInfo(file);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(pack.title);
    expect(info.Author).toBe('Direction des politiques <Europe> & Arctique');
    expect(info.Subject).toBe('Pour la ministre — PROTÉGÉ B');
    expect(info['Page size']).toContain('(A4)');
    expect(pdfCatalog(file).lang).toBe('fr');
    expect(pages[0]).toContain('Direction des politiques <Europe> & Arctique');
    expect(pdfFonts(file).every((f) => f.embedded)).toBe(true);
    // qpdf finds the incremental update well-formed.
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(
      /No syntax or stream encoding errors/,
    );
  });

  it('links a citation in the note to the cited paragraph in the annex, and only there', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(printed.bytes));
    const notePage = pages.findIndex((p, i) => i > 1 && p.includes('Note de breffage') && p.includes('Contexte'));
    // The note's header fields print with their French labels.
    const note = (pages[notePage] as string).replace(/\s+/g, ' ');
    for (const field of ['Destinataire Ministre', 'Expéditeur Sous-ministre', 'Numéro de dossier DOS-42'])
      expect(note).toContain(field);
    expect(note).toContain('Classification de sécurité PROTÉGÉ B');
    expect(note).toContain('Préparé par Agent');
    expect(note).toContain('Approuvé par Directrice');
    expect(note).toContain('Déclaration commune (2024-09-26), ¶ 33');
    expect(notePage).toBeGreaterThan(1);
    const annotations = (await (await pdf.getPage(notePage + 1)).getAnnotations()) as Array<{
      subtype: string;
      dest?: unknown;
      url?: string;
    }>;
    const links = annotations.filter((a) => a.subtype === 'Link');
    expect(links).toHaveLength(1); // the citation of a document not in the pack is not a link
    const link = links[0] as { dest: unknown };
    const dest = typeof link.dest === 'string' ? await pdf.getDestination(link.dest) : (link.dest as unknown[]);
    const target = await pdf.getPageIndex(
      (dest as Array<{ num: number; gen: number }>)[0] as { num: number; gen: number },
    );
    // The page the link goes to shows ¶ 33 in the annex.
    expect(pages[target]).toMatch(/^\s*33\s+Paragraphe 33/m);
    await pdf.destroy();
  });

  it('fills the table of contents with the pages the headings landed on', () => {
    const entries = [...(pages[1] as string).matchAll(/^\s*(\S.*?\S)\s{2,}(\d+)\s*$/gm)].map((m) => ({
      text: m[1] as string,
      page: Number(m[2]),
    }));
    expect(entries.map((e) => e.text)).toEqual([
      'Note de breffage',
      'Contexte',
      'Extrait — Engagements',
      'Annexe A — Déclaration commune',
      'Arctique',
      'Annotations — Déclaration commune',
    ]);
    for (const entry of entries) expect(pages[entry.page - 1]).toContain(entry.text);
    expect(pages[entries[5]!.page - 1]).toContain('Ce document n’a pas d’annotations.');
  });
});
