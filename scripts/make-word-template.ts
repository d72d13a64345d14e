/**
 * Makes resources/templates/precis-neutral.dotx, the neutral Word template that comes with
 * Précis: a mark in the header with the classification, the title and date above the body, the
 * classification, title and "Page X of Y" in the footer, and styles of its own (the mapping file
 * beside it, precis-neutral.styles.json, points Précis's blocks at them). It has no words of its
 * own — every label is a placeholder Précis fills in the export's language — so it serves English
 * and French alike.
 *
 *   node scripts/make-word-template.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import {
  CONTENT_TYPES,
  partText,
  readWordPackage,
  setPartText,
  writeWordPackage,
} from '../main/services/export/docx/word-package.ts';

const dir = join(import.meta.dirname, '..', 'resources', 'templates');
const FONT = 'Arial';
const INK = '1B2631';
const ACCENT = '27465F';
const TEXT_WIDTH = 12240 - 2 * 1247;

const mark = readFileSync(join(dir, 'precis-mark.png'));

const header = new Header({
  children: [
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 4 } },
      children: [
        new ImageRun({
          type: 'png',
          data: mark,
          transformation: { width: 30, height: 30 },
          altText: { name: 'Mark', description: '¶', title: '¶' },
        }),
        new TextRun({ text: '\t{{classification}}', bold: true, size: 20, color: INK }),
      ],
    }),
  ],
});

const footer = new Footer({
  children: [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 4 } },
      children: [new TextRun({ text: '{{classification}}', bold: true, size: 20, color: INK })],
    }),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      children: [new TextRun({ text: '{{title}}\t{{pageOf}}', size: 16, color: '555555' })],
    }),
  ],
});

const document = new Document({
  creator: 'Précis',
  title: 'Précis — neutral template',
  styles: {
    default: {
      document: {
        run: { font: FONT, size: 22, color: INK },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: 44, bold: true, color: ACCENT },
        paragraph: {
          spacing: { after: 80, line: 240, lineRule: LineRuleType.AUTO },
          border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 6 } },
        },
      },
      heading1: {
        run: { font: FONT, size: 30, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: FONT, size: 25, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: FONT, size: 22, bold: true, color: INK },
        paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, outlineLevel: 2 },
      },
    },
    paragraphStyles: [
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        run: { italics: true, color: '2E4053' },
        paragraph: {
          indent: { left: 567, right: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } },
        },
      },
      {
        id: 'SourceNote',
        name: 'Source Note',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 17, color: '555555' },
        paragraph: { indent: { left: 567 }, spacing: { after: 200 } },
      },
      {
        id: 'FieldTable',
        name: 'Field Table',
        basedOn: 'Normal',
        run: { size: 20 },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'DateLine',
        name: 'Date Line',
        basedOn: 'Normal',
        run: { size: 20, color: '555555' },
        paragraph: { spacing: { after: 360 } },
      },
    ],
  },
  sections: [
    {
      properties: {
        page: {
          size: { width: 12240, height: 15840 },
          margin: { top: 1300, bottom: 1300, left: 1247, right: 1247, header: 600, footer: 600 },
        },
      },
      headers: { default: header },
      footers: { default: footer },
      children: [
        new Paragraph({ style: 'Title', children: [new TextRun('{{title}}')] }),
        new Paragraph({ style: 'DateLine', children: [new TextRun('{{date}}')] }),
        new Paragraph({ children: [new TextRun('{{body}}')] }),
      ],
    },
  ],
});

// Written as a .docx, then declared a template: a .dotx is a .docx whose main part says so.
const { parts } = readWordPackage(new Uint8Array(await Packer.toBuffer(document)), 'precis-neutral.docx');
const types = partText(parts, CONTENT_TYPES) ?? '';
setPartText(
  parts,
  CONTENT_TYPES,
  types.replace(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  ),
);
writeFileSync(join(dir, 'precis-neutral.dotx'), writeWordPackage(parts));
console.log(`wrote ${join(dir, 'precis-neutral.dotx')}`);
