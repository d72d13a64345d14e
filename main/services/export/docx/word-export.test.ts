/**
 * Word export on a real library, read back without Word: the package's XML, python-docx for
 * styles, headers, footers, footnotes and properties, and LibreOffice's layout (PDF, then
 * pdftotext page by page) for what a reader sees on every page.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StructuredDocument } from '../../../../shared/model/index.ts';
import type { SerializedNoteNode } from '../../../../shared/notes/content-schema.ts';
import { headingNode, paragraphNode, textNode } from '../../../../shared/notes/templates.ts';
import { makeApiContext } from '../../../../test/support/api-context.ts';
import { docxPages, docxParts, flat, readDocx } from '../../../../test/support/docx.ts';
import { apiHandlers } from '../../api/handlers.ts';
import { dispatch } from '../../api/dispatch.ts';
import type { ApiChannel, ApiInput, ApiOutput } from '../../../../shared/api/index.ts';
import { storeImportedDocument } from '../../library/store-import.ts';
import { exportWord } from '../export-docx.ts';

let ctx: Awaited<ReturnType<typeof makeApiContext>>;

async function api<C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const result = await dispatch(apiHandlers, ctx.context, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ApiOutput<C>;
}

/** A resolution that prints its own paragraph numbers, preamble included: cited by label. */
const resolution: StructuredDocument = {
  title: 'Resolution on Coastal Resilience',
  kind: 'declaration',
  language: 'en',
  date: '2025-03-14',
  place: 'Halifax',
  issuer: 'Atlantic Ministers',
  sections: [
    {
      heading: null,
      paragraphs: [
        {
          id: 'pp1',
          n: 1,
          label: 'PP1',
          text: 'Recalling the storm seasons of recent years and their cost to coastal towns,',
        },
        { id: 'op1', n: 2, label: '1', text: 'Agree to share flood maps across jurisdictions within one year;' },
      ],
    },
    {
      heading: 'Funding',
      paragraphs: [
        { id: 'op2', n: 3, label: '2', text: 'Commit to a joint fund for seawalls and wetland restoration;' },
        {
          id: 'op2a',
          n: 4,
          label: '2(a)',
          text: 'the fund shall favour nature-based defences where they protect as well;',
        },
      ],
    },
  ],
};

function excerpt(
  documentId: string,
  cited: { id: string; n: number; label?: string },
  text: string,
): SerializedNoteNode {
  return {
    type: 'excerpt',
    version: 1,
    documentId,
    documentTitle: resolution.title,
    documentDate: resolution.date,
    paragraphs: [{ id: cited.id, n: cited.n, ...(cited.label ? { label: cited.label } : {}) }],
    text,
    origin: 'paragraph',
  };
}

const element = (type: string, children: SerializedNoteNode[], extra: Record<string, unknown> = {}) =>
  ({ type, version: 1, format: '', indent: 0, direction: null, children, ...extra }) as SerializedNoteNode;

/** A note with every kind of block the editor makes. */
function richContent(documentId: string): SerializedNoteNode {
  const cell = (text: string, headerState = 0) =>
    element('tablecell', [paragraphNode(text)], { headerState, colSpan: 1, rowSpan: 1 });
  return element('root', [
    headingNode('Purpose', 'h2'),
    element('paragraph', [
      textNode('Flood maps are '),
      textNode('overdue', 1),
      textNode(' in '),
      element('link', [textNode('the provincial portal')], { url: 'https://example.org/maps' }),
      textNode(', '),
      element('link', [textNode('the desk')], { url: 'mailto:desk@example.org' }),
      textNode(' and '),
      element('link', [textNode('the old mirror')], { url: 'http://mirror.example.org/maps' }),
      textNode('.'),
    ]),
    headingNode('Key points', 'h2'),
    headingNode('Money', 'h3'),
    element('list', [element('listitem', [textNode('Seawalls')]), element('listitem', [textNode('Wetlands')])], {
      listType: 'bullet',
      tag: 'ul',
    }),
    element(
      'list',
      [
        element('listitem', [textNode('Map the coast')], { value: 1 }),
        element(
          'listitem',
          [element('list', [element('listitem', [textNode('North shore first')])], { listType: 'number', tag: 'ol' })],
          { value: 2 },
        ),
        element('listitem', [textNode('Fund the works')], { value: 2 }),
      ],
      { listType: 'number', tag: 'ol' },
    ),
    paragraphNode('After the works, the count goes on:'),
    // What the editor makes of "3. " typed at the start of a line: a list that starts at 3.
    element(
      'list',
      [
        element('listitem', [textNode('Consult the towns')], { value: 3 }),
        element('listitem', [textNode('Report in the fall')], { value: 4 }),
      ],
      { listType: 'number', tag: 'ol', start: 3 },
    ),
    element(
      'list',
      [
        element('listitem', [textNode('Brief the deputy')], { checked: true }),
        element('listitem', [textNode('Call the province')], { checked: false }),
      ],
      { listType: 'check', tag: 'ul' },
    ),
    element('table', [
      element('tablerow', [cell('Measure', 1), cell('Cost', 1)]),
      element('tablerow', [cell('Seawall'), cell('$40M')]),
    ]),
    element('quote', [textNode('Water does not stop at a border.')]),
    element('horizontalrule', []),
    paragraphNode('The resolution says:'),
    excerpt(documentId, resolution.sections[1]!.paragraphs[1]!, resolution.sections[1]!.paragraphs[1]!.text),
    { type: 'page-break', version: 1 } as SerializedNoteNode,
    headingNode('Recommendation', 'h2'),
    paragraphNode('That you endorse the joint fund.'),
    { type: 'decision-block', version: 1, decision: 'approved' } as SerializedNoteNode,
  ]);
}

let documentId = '';
let noteId = '';
let packId = '';
const out = () => join(ctx.dir, 'out');

beforeAll(async () => {
  ctx = await makeApiContext({ seed: true });
  // The sample pack quotes the newest declaration: made before the resolution arrives.
  packId = (await api('packs:createSample', { language: 'fr' })).id;
  documentId = storeImportedDocument(
    ctx.context.db,
    { fileName: 'resolution.txt', bytes: new TextEncoder().encode('resolution') },
    { document: resolution, mediaType: 'text/plain' },
  ).document.id;
  const note = await api('notes:create', { template: 'en', title: 'Coastal resilience: the joint fund' });
  noteId = note.id;
  await api('notes:save', {
    id: noteId,
    title: note.title,
    status: 'draft',
    classification: 'protected-b',
    fields: {
      to: 'Minister',
      from: 'Deputy Minister',
      date: '14 March 2025',
      fileNumber: 'CR-2025-7',
      preparedBy: 'A. Analyst',
      approvedBy: 'D. Director',
    },
    content: { root: richContent(documentId) },
  });
  await api('packs:addItem', { packId, spec: { kind: 'note', noteId } });
  await api('packs:addItem', { packId, spec: { kind: 'document', documentId, sections: null } });
  await api('packs:addItem', { packId, spec: { kind: 'excerpt', documentId, paragraphs: [3, 4] } });
  await api('annotations:create', {
    documentId,
    target: { type: 'quote', exact: 'nature-based defences' },
    tags: ['nature'],
  });
  await api('packs:addItem', { packId, spec: { kind: 'annotations', documentId } });
});

afterAll(() => ctx?.close());

describe('a briefing note as a Word file', () => {
  let file = '';
  beforeAll(async () => {
    const made = await exportWord(ctx.context.db, { kind: 'note', id: noteId });
    expect(made.fileName).toBe('Coastal resilience the joint fund.docx');
    file = join(ctx.dir, 'note.docx');
    writeFileSync(file, made.bytes);
  });

  it('writes the note’s blocks in Word’s own styles, in order', () => {
    const docx = readDocx(file);
    const styled = docx.paragraphs.filter((p) => p.text.trim()).map((p) => [p.style, p.text]);
    expect(styled[0]).toEqual(['Title', 'Coastal resilience: the joint fund']);
    const headings = styled.filter(([style]) => /^Heading/.test(style ?? ''));
    expect(headings).toEqual([
      ['Heading 1', 'Purpose'],
      ['Heading 1', 'Key points'],
      ['Heading 2', 'Money'],
      ['Heading 1', 'Recommendation'],
    ]);
    expect(styled).toContainEqual(['List Paragraph', 'Seawalls']);
    expect(styled).toContainEqual(['Quote', 'Water does not stop at a border.']);
    expect(styled).toContainEqual(['Quote', resolution.sections[1]!.paragraphs[1]!.text]);
    // "¶" and its number are kept on one line (a no-break space).
    expect(styled).toContainEqual([
      'Précis Citation',
      '— Resolution on Coastal Resilience (March 14, 2025), ¶\u00a02(a)',
    ]);
    // The header fields and the sign-off are two-column tables.
    expect(docx.tables[0]).toEqual([
      ['To', 'Minister'],
      ['From', 'Deputy Minister'],
      ['Date', '14 March 2025'],
      ['File number', 'CR-2025-7'],
      ['Security classification', 'PROTECTED B'],
    ]);
    expect(docx.tables).toContainEqual([
      ['Measure', 'Cost'],
      ['Seawall', '$40M'],
    ]);
    // The decision block: a Word check box per choice, the one ticked checked, then the lines.
    const last = styled.findIndex(([, text]) => text === 'That you endorse the joint fund.');
    // (The check boxes are Word controls, counted below; the lines are underlined tabs.)
    expect(styled.slice(last + 1, last + 6).map(([, text]) => text?.trim())).toEqual([
      'Approved',
      'Not approved',
      'Discuss',
      'Signature:',
      'Date:',
    ]);
    expect(docx.tables.at(-1)).toEqual([
      ['Prepared by', 'A. Analyst'],
      ['Approved by', 'D. Director'],
    ]);
  });

  it('puts the citation in a footnote too, and the marking and Page X of Y fields on every page', () => {
    const docx = readDocx(file);
    expect(docx.footnotes).toEqual(['Resolution on Coastal Resilience (March 14, 2025), ¶\u00a02(a)']);
    expect(docx.headers[0]).toContain('PROTECTED B / PROTÉGÉ B');
    expect(docx.footers[0]).toContain('PROTECTED B / PROTÉGÉ B');
    const footer = [...docxParts(file)].find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toMatch(/>Page <\/w:t>[\s\S]*PAGE[\s\S]*> of <\/w:t>[\s\S]*NUMPAGES/);
    // Each half of the marking in its own language, for Word's spelling check and screen readers.
    const header = [...docxParts(file)].find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
    for (const part of [header, footer]) {
      expect(part).toMatch(/<w:lang w:val="en-CA"\/><\/w:rPr><w:t[^>]*>PROTECTED B<\/w:t>/);
      expect(part).toMatch(/<w:lang w:val="fr-CA"\/><\/w:rPr><w:t[^>]*>PROTÉGÉ B<\/w:t>/);
    }
  });

  it('marks lists, check boxes, links and page breaks as Word does', () => {
    const body = docxParts(file).get('word/document.xml') ?? '';
    expect(body.match(/<w:numPr>/g)?.length).toBeGreaterThanOrEqual(5);
    // Two in the check list, three in the decision block; one ticked in each.
    expect(body.match(/<w14:checkbox>/g)).toHaveLength(5);
    expect(body.match(/<w14:checked w14:val="1"\/>/g)).toHaveLength(2);
    // The recommendation is kept with its decision block.
    expect(body).toMatch(/<w:keepNext\/>[\s\S]{0,400}That you endorse the joint fund\./);
    expect(body).toContain('<w:br w:type="page"/>');
    const rels = docxParts(file).get('word/_rels/document.xml.rels') ?? '';
    expect(rels).toMatch(/Target="https:\/\/example\.org\/maps" TargetMode="External"/);
    expect(rels).toContain('Target="mailto:desk@example.org"');
    // The PDF's rule: plain http (read in clear by whoever opens the file) keeps its words, not its link.
    expect(rels).not.toContain('mirror.example.org');
    expect(body).toContain('the old mirror');
    // The sign-off stays on one page: its first row keeps with the next, its last does not.
    const signoff = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .map((m) => m[0])
      .find((t) => t.includes('Prepared by'));
    const rows = signoff?.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('<w:keepNext/>');
    expect(rows[1]).not.toContain('<w:keepNext/>');
  });

  it('sets the document’s language and properties', () => {
    const docx = readDocx(file);
    expect(docx.core).toMatchObject({
      title: 'Coastal resilience: the joint fund',
      author: 'A. Analyst',
      subject: 'Minister — PROTECTED B',
      language: 'en-CA',
    });
    expect(docx.core.keywords).toContain('Resolution on Coastal Resilience');
    expect(docxParts(file).get('word/styles.xml')).toMatch(/<w:rPrDefault>[\s\S]*<w:lang w:val="en-CA"\/>/);
  });

  it('reads, laid out, with the marking on every page and the right Page X of Y', () => {
    const { pages } = docxPages(file, out());
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, index) => {
      expect(page.match(/PROTECTED B \/ PROTÉGÉ B/g)?.length, `page ${index + 1}`).toBe(2);
      expect(page, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    const all = flat(pages.join(' '));
    expect(all).toContain(flat(resolution.sections[1]!.paragraphs[1]!.text));
    expect(all).toContain('Resolution on Coastal Resilience (March 14, 2025), ¶ 2(a)');
    // Numbered lists count as the note numbers them: from 1, and from 3 where the note says so.
    expect(all).toMatch(/1\. Map the coast .*a\. North shore first .*2\. Fund the works/);
    expect(all).toMatch(/3\. Consult the towns 4\. Report in the fall/);
    // The page break keeps the recommendation off the page the excerpt is on.
    const last = pages.findIndex((p) => p.includes('Recommendation'));
    const quoted = pages.findIndex((p) => p.includes('nature-based defences'));
    expect(last).toBeGreaterThan(quoted);
  });
});

describe('a French pack as a Word file', () => {
  let file = '';
  let parts: Map<string, string>;
  beforeAll(async () => {
    const made = await exportWord(ctx.context.db, { kind: 'pack', id: packId });
    file = join(ctx.dir, 'pack.docx');
    writeFileSync(file, made.bytes);
    parts = docxParts(file);
  });

  it('has a cover, a table of contents, each item, French labels and fr-CA', () => {
    const docx = readDocx(file);
    const texts = docx.paragraphs.map((p) => p.text);
    // The PROTECTED B note raised the pack's marking.
    expect(texts[0]).toBe('PROTÉGÉ B / PROTECTED B');
    expect(texts).toContain('Table des matières');
    const items = docx.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text);
    expect(items[0]).toMatch(/^Note de breffage/);
    expect(items).toContain('Coastal resilience: the joint fund');
    expect(items).toContain('Annexe A — Canada–France Declaration on a Stronger Defence and Security Partnership');
    expect(items).toContain('Annexe B — Resolution on Coastal Resilience');
    expect(items).toContain('Extrait — Resolution on Coastal Resilience');
    expect(texts).toContain('Source\u00a0: Resolution on Coastal Resilience (14 mars 2025), ¶\u00a02, 2(a)');
    expect(docx.core.language).toBe('fr-CA');
    expect(parts.get('word/styles.xml')).toMatch(/<w:lang w:val="fr-CA"\/>/);
    // The table of contents lists the items and their sections, linked to them.
    const toc = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(parts.get('word/document.xml') ?? '')?.[0] ?? '';
    expect(toc).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(toc).toContain('Objet');
    expect(toc).toContain('Annexe B — Resolution on Coastal Resilience');
  });

  it('numbers annex paragraphs by their printed labels, and citations link to them', () => {
    const docx = readDocx(file);
    const annex = docx.paragraphs.map((p) => p.text);
    expect(annex).toContain('PP1\tRecalling the storm seasons of recent years and their cost to coastal towns,');
    expect(annex).toContain('2(a)\tthe fund shall favour nature-based defences where they protect as well;');
    const body = parts.get('word/document.xml') ?? '';
    const anchors = [...body.matchAll(/<w:hyperlink [^>]*w:anchor="(annex[^"]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(body).toContain(`w:name="${anchor}"`);
    expect(anchors).toContain('annex2_p4');
  });

  it('writes the annotation digest as a table whose ¶ links to the annexed paragraph', () => {
    const docx = readDocx(file);
    const headings = docx.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text);
    expect(headings.at(-1)).toBe('Annotations — Resolution on Coastal Resilience');
    const digest = docx.tables.find((t) => t.some((row) => row[1] === 'nature-based defences'));
    expect(digest?.[0]).toEqual(['¶', 'Passage', 'Signification · Mots-clés', 'Commentaire']);
    expect(digest?.[1]?.slice(0, 2)).toEqual(['¶\u00a02(a)', 'nature-based defences']);
    expect(digest?.[1]?.[2]).toContain('nature');
    const body = parts.get('word/document.xml') ?? '';
    const lastTable = body.slice(body.lastIndexOf('<w:tbl>'));
    expect(lastTable).toMatch(/<w:hyperlink [^>]*w:anchor="annex2_p4"/);
  });

  it('reads, laid out, with the marking and Page X de Y on every page and every excerpt and citation', () => {
    const { pages } = docxPages(file, out());
    expect(pages.length).toBeGreaterThan(8);
    pages.forEach((page, index) => {
      expect(page.match(/PROTÉGÉ B \/ PROTECTED B/g)?.length, `page ${index + 1}`).toBeGreaterThanOrEqual(2);
      expect(page, `page ${index + 1}`).toContain(`Page ${index + 1} de ${pages.length}`);
    });
    const all = flat(pages.join(' '));
    const docx = readDocx(file);
    const quotes = docx.paragraphs.filter((p) => p.style === 'Quote').map((p) => flat(p.text.replace(/^\S+\t/, '')));
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    for (const quote of quotes) expect(all).toContain(quote);
    const citations = docx.paragraphs.filter((p) => p.style === 'Précis Citation').map((p) => flat(p.text));
    for (const citation of citations) expect(all).toContain(citation);
    expect(docx.footnotes).toHaveLength(citations.length);
    // After the cover and the contents, the items' headings come in the pack's order.
    expect(pages[1]).toContain('Table des matières');
    const items = flat(pages.slice(2).join(' '));
    const order = ['Note de breffage', 'Annexe A', 'Coastal resilience', 'Annexe B', 'Extrait —'];
    const positions = order.map((heading) => items.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
