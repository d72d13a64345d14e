/**
 * The PDF an office files as is (issue 18), on a real Chromium and read back page by page with
 * pdftotext: citation dates in words in the note's language, the marking once on the cover,
 * template headings left empty not printed, the media-lines table in the note's language,
 * typographic quotes and French spacing, the decision block and the tracking number.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts, pdfPageTexts } from '../../../test/support/pdf.ts';
import { makeTempDir } from '../../../test/support/temp.ts';
import { NBSP, NNBSP } from '../../../shared/i18n/typography.ts';
import type { NoteLanguage } from '../../../shared/model/index.ts';
import type { NoteContent, SerializedNoteNode } from '../../../shared/notes/content-schema.ts';
import { mediaLinesTableFor } from '../../../shared/notes/media-lines-for-note.ts';
import { mediaLinesTableNodes } from '../../../shared/notes/media-lines-table.ts';
import { renderNoteForPackHtml } from '../../../shared/notes/render-html.ts';
import {
  decisionBlockNode,
  noteFromTemplate,
  paragraphNode,
  BRIEFING_SECTIONS,
} from '../../../shared/notes/templates.ts';
import { checkQuotes } from '../../../shared/quotes/check.ts';
import { createChromiumPrinter } from './chromium-printer.ts';
import { printPack } from './export-pack.ts';
import type { PrintPack } from './print-model.ts';
import type { PdfPrinter } from './printer.ts';

/** Our own source text and an article quoting it (one quotation exact, one reworded). */
const SOURCE = {
  en: {
    title: 'Joint Statement on Northern Waters',
    paragraphs: [
      'The two governments will map the northern coastline together before the next shipping season.',
      'They will share ice forecasts with every community that depends on the sea route.',
    ],
    article: 'Officials said they would "share ice forecasts with every community" and "chart the northern coastline".',
    purpose: `To brief you on the statement's "two commitments": are they funded? Not yet!`,
    recommendation: 'That you approve the joint mapping plan.',
  },
  fr: {
    title: 'Déclaration commune sur les eaux du Nord',
    paragraphs: [
      'Les deux gouvernements cartographieront ensemble le littoral nordique avant la prochaine saison de navigation.',
      'Ils partageront les prévisions des glaces avec chaque collectivité qui dépend de la route maritime.',
    ],
    article:
      'Selon les responsables, ils vont « partager les prévisions des glaces avec chaque collectivité » et « dresser la carte du littoral ».',
    purpose: `Vous informer des "deux engagements" de l'énoncé; sont-ils financés? Pas encore! Objet: la note.`,
    recommendation: 'Que vous approuviez le plan de cartographie commun.',
  },
} as const;

function excerptNode(language: NoteLanguage): SerializedNoteNode {
  return {
    type: 'excerpt',
    version: 1,
    documentId: 'decl',
    documentTitle: SOURCE[language].title,
    documentDate: '2024-09-26',
    paragraphs: [{ id: 'p2', n: 2 }],
    // Quoted exactly, straight quote and all: typography never touches an excerpt.
    text: `${SOURCE[language].paragraphs[1]} "as is"`,
    origin: 'paragraph',
  };
}

/** A note made from the template, with Purpose, Current status and Recommendation written, the rest left empty. */
function noteContent(language: NoteLanguage): NoteContent {
  const draft = noteFromTemplate(language);
  const blocks = [...(draft.content.root.children ?? [])];
  const sections = BRIEFING_SECTIONS[language];
  const bodyOf = (heading: string) =>
    blocks.findIndex((b) => b.type === 'heading' && b.children?.[0]?.text === heading) + 1;
  const findings = checkQuotes({ paragraphs: [{ n: 1, text: SOURCE[language].article }] }, [
    {
      id: 'decl',
      title: SOURCE[language].title,
      paragraphs: SOURCE[language].paragraphs.map((text, i) => ({ n: i + 1, text })),
    },
  ]);
  const table = mediaLinesTableNodes(
    mediaLinesTableFor(findings, { decl: SOURCE[language].title }, 'Article', language),
  );
  // Last section first, so the earlier indexes stay right.
  blocks.splice(bodyOf(sections[6] as string), 1, paragraphNode(SOURCE[language].recommendation));
  blocks.splice(bodyOf(sections[3] as string), 1, excerptNode(language), ...table);
  blocks.splice(bodyOf(sections[0] as string), 1, paragraphNode(SOURCE[language].purpose));
  return { root: { ...draft.content.root, children: blocks } };
}

function pack(language: NoteLanguage): PrintPack {
  const fields = {
    to: language === 'fr' ? 'Ministre' : 'Minister',
    from: language === 'fr' ? 'Sous-ministre' : 'Deputy Minister',
    date: '',
    fileNumber: '',
    trackingNumber: 'BN-2024-0917',
    preparedBy: '',
    approvedBy: '',
  };
  const note = {
    title: language === 'fr' ? 'Note sur les "eaux du Nord"' : 'Note on "northern waters"',
    language,
    classification: 'protected-b' as const,
    fields,
    content: noteContent(language),
  };
  return {
    id: `k-${language}`,
    title: language === 'fr' ? 'Dossier : eaux du Nord' : 'Pack: northern waters',
    audience: '',
    date: '2024-10-01',
    language,
    classification: 'protected-b',
    preparedBy: 'Policy',
    pageSize: 'letter',
    items: [
      {
        kind: 'note',
        itemId: 'i1',
        title: note.title,
        classification: 'protected-b',
        language,
        html: renderNoteForPackHtml(note),
        fields,
        content: note.content,
      },
    ],
  };
}

let temp: ReturnType<typeof makeTempDir>;
let printer: PdfPrinter;
const pages: Record<NoteLanguage, string[]> = { en: [], fr: [] };
const fonts: Record<NoteLanguage, string[]> = { en: [], fr: [] };

beforeAll(async () => {
  temp = makeTempDir('precis-office-pdf-');
  printer = await createChromiumPrinter();
  for (const language of ['en', 'fr'] as const) {
    const printed = await printPack(pack(language), printer);
    const file = join(temp.dir, `${language}.pdf`);
    writeFileSync(file, printed.bytes);
    pages[language] = pdfPageTexts(file);
    fonts[language] = pdfFonts(file).map((f) => f.name);
  }
}, 90_000);
afterAll(async () => {
  await printer.close();
  // PRECIS_KEEP_PDF=1 keeps the files, to render and look at them (pdftoppm).
  if (!process.env.PRECIS_KEEP_PDF) temp.cleanup();
});

/** The note's pages as one text, lines joined by spaces. */
const noteText = (language: NoteLanguage) => pages[language].slice(2).join('\n').replace(/\s+/g, ' ');

describe('the PDF an office files as is', () => {
  it('writes citation dates in words in the note’s language, never ISO', () => {
    expect(noteText('en')).toContain('Joint Statement on Northern Waters (September 26, 2024), ¶ 2');
    expect(noteText('fr')).toContain('Déclaration commune sur les eaux du Nord (26 septembre 2024), ¶ 2');
    for (const language of ['en', 'fr'] as const) expect(pages[language].join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('states the marking once on the cover, and at the top and bottom of every other page', () => {
    for (const [language, marking] of [
      ['en', 'PROTECTED B'],
      ['fr', 'PROTÉGÉ B'],
    ] as const) {
      const [cover, ...rest] = pages[language];
      expect(cover?.split(marking).length).toBe(2);
      for (const page of rest) {
        const lines = page.split('\n').filter((l) => l.trim());
        expect(lines[0]).toContain(marking);
        expect(lines.at(-1)).toContain(marking);
      }
    }
  });

  it('prints only the template headings something was written under', () => {
    for (const language of ['en', 'fr'] as const) {
      const text = noteText(language);
      const [purpose, summary, background, status, considerations, nextSteps, recommendation] =
        BRIEFING_SECTIONS[language];
      for (const kept of [purpose, status, recommendation]) expect(text).toContain(kept as string);
      for (const dropped of [summary, background, considerations, nextSteps])
        expect(text).not.toContain(dropped as string);
    }
  });

  it('labels a French note’s media-lines table in French', () => {
    const text = noteText('fr');
    // Headings (a long one wraps in its cell), a fidelity label, French quotation marks.
    expect(text).toMatch(/Citation\s+Source ¶\s+Fidélité/);
    expect(text).toMatch(/Mots\s[\s\S]{0,80}changés/);
    expect(text).toMatch(/Introuvable\s+dans[\s\S]{0,120}les sources/);
    expect(text).toContain('« dresser la carte du littoral »');
    expect(text).not.toMatch(/Changed|Fidelity|Not found|Quote\b|“dresser/);
    const en = noteText('en');
    expect(en).toMatch(/Quote\s+Source ¶\s+Fidelity/);
    expect(en).toContain('“chart the northern coastline”');
  });

  it('prints typographic quotes and French spacing in the author’s words, and the excerpt exactly', () => {
    const en = noteText('en');
    expect(en).toContain('statement’s “two commitments”: are they funded? Not yet!');
    expect(en).toContain('Note on “northern waters”');
    // pdftotext reads the narrow and the plain no-break space as a space: the spaces are there...
    const fr = noteText('fr');
    expect(fr).toContain('des « deux engagements » de l’énoncé ; sont-ils financés ? Pas encore ! Objet : la');
    expect(fr).toContain('Note sur les « eaux du Nord »');
    // ...and the HTML the PDF is printed from says which.
    const html = (pack('fr').items[0] as { html: string }).html;
    expect(html).toContain(`«${NNBSP}deux engagements${NNBSP}» de l’énoncé${NNBSP}; sont-ils financés${NNBSP}?`);
    expect(html).toContain(`Objet${NBSP}: la note`);
    // The excerpt keeps its straight quotes.
    expect(fr).toContain('route maritime. "as is"');
    expect(en).toContain('sea route. "as is"');
  });

  it('prints the decision block under the recommendation and the tracking number in the header', () => {
    const en = noteText('en');
    expect(en).toMatch(/Tracking number\s+BN-2024-0917/);
    expect(en).toMatch(
      // The boxes and the lines to write on are drawn (the embedded fonts have no ☐), so the
      // text reads the choices in order, then the labels of the lines.
      /That you approve the joint mapping plan\.\s+Approved\s+Not approved\s+Discuss\s+Signature:\s+Date:/,
    );
    expect(en).not.toMatch(/_{3}/);
    const fr = noteText('fr');
    expect(fr).toMatch(/Numéro de suivi\s+BN-2024-0917/);
    // Check boxes and narrow no-break spaces need no font but the bundled ones.
    for (const language of ['en', 'fr'] as const)
      for (const font of fonts[language]) expect(font).toMatch(/SourceSerif4|SourceSans3/);
    expect(fr).toMatch(
      /Que vous approuviez le plan de cartographie commun\.\s+Approuvé\s+Non approuvé\s+À discuter\s+Signature\s?:\s+Date\s?:/,
    );
  });

  it('prints the decision block in the note’s language and with the choice ticked, whatever template it came from', () => {
    // A note begun from the English template, then written in French, with "Discuss" ticked.
    const content = noteFromTemplate('en').content;
    const children = (content.root.children ?? []).map((node) =>
      node.type === 'decision-block' ? { ...node, decision: 'discuss' } : node,
    );
    expect(children.filter((node) => node.type === 'decision-block')).toHaveLength(1);
    const html = renderNoteForPackHtml({
      title: 'Note',
      language: 'fr',
      classification: 'unclassified',
      fields: { to: '', from: '', date: '', fileNumber: '', trackingNumber: '', preparedBy: '', approvedBy: '' },
      content: { root: { ...content.root, children: [paragraphNode('Que la ministre approuve.'), ...children] } },
    });
    const block = /<div class="decision-block"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    const ticked = [...block.matchAll(/<li class="(checked|unchecked)">.*?<\/span> ([^<]+)<\/li>/g)].map(
      ([, state, label]) => `${state} ${label}`,
    );
    expect(ticked).toEqual(['unchecked Approuvé', 'unchecked Non approuvé', 'checked À discuter']);
    expect(block).toContain(`Signature${NBSP}:`);
    expect(block).not.toMatch(/Approved|Discuss/);
  });

  it('keeps the recommendation with its decision block at a page break: never a block alone on a page', async () => {
    // Notes that differ by one line of background each, so the block meets the foot of a page
    // in some of them; each note starts a page of its own.
    const filler =
      'The northern sea route stays open longer each year, and the communities along it ask for forecasts.';
    const notes = Array.from({ length: 8 }, (_, k) => {
      const children = [
        ...Array.from({ length: 30 + k }, (_, i) => paragraphNode(`${i + 1}. ${filler}`)),
        paragraphNode(`Recommendation ${k + 1}: that you approve the plan.`),
        decisionBlockNode(),
      ];
      const content: NoteContent = { root: { type: 'root', version: 1, children } as SerializedNoteNode };
      const note = {
        title: `Note ${k + 1}`,
        language: 'en' as const,
        classification: 'unclassified' as const,
        fields: { to: '', from: '', date: '', fileNumber: '', trackingNumber: '', preparedBy: '', approvedBy: '' },
        content,
      };
      return {
        kind: 'note' as const,
        itemId: `n${k}`,
        title: note.title,
        classification: note.classification,
        language: note.language,
        html: renderNoteForPackHtml(note),
        fields: note.fields,
        content,
      };
    });
    const printed = await printPack({ ...pack('en'), classification: 'unclassified', items: notes }, printer);
    const file = join(temp.dir, 'decision-breaks.pdf');
    writeFileSync(file, printed.bytes);
    const texts = pdfPageTexts(file);
    for (let k = 1; k <= notes.length; k++) {
      const page = texts.find((text) => text.includes(`Recommendation ${k}:`)) ?? '';
      // The page with the recommendation has the choices and both lines after it.
      expect(page.replace(/\s+/g, ' '), `note ${k}`).toMatch(
        new RegExp(`Recommendation ${k}: that you approve the plan\\. Approved Not approved Discuss Signature: Date:`),
      );
    }
  }, 90_000);
});
