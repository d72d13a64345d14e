/**
 * An export in a departmental template: the template's own styles, logos, margins, headers and
 * footers are kept; Précis fills its placeholders (the marking, the title, "Page X of Y" as
 * fields…) and puts the note or pack where `{{body}}` stands, written in the template's styles
 * (template-styles.ts). A .dotx gives a .docx.
 */
import { patchDocument, PageNumber, PatchType, TextRun, type ParagraphChild } from 'docx';
import { translation } from '../../../../shared/api/index.ts';
import type { WordSource, WordFacts } from './word-document.ts';
import { contextFor, wordBody } from './word-document.ts';
import { listNumbering, markingRuns, pageOfRuns } from './page-furniture.ts';
import { checkTemplate, paragraphTexts, type TemplatePlaceholder } from './template-check.ts';
import { addMissingStyles, resolveTemplateStyles, type StyleMapping } from './template-styles.ts';
import { wordLanguage } from './word-context.ts';
import {
  asDocument,
  MAIN_PART,
  partText,
  PLACEHOLDER_WORDS,
  WordTemplateError,
  writeWordPackage,
  type WordParts,
} from './word-package.ts';

export interface WordTemplate {
  bytes: Uint8Array;
  /** The template's file name, for messages. */
  name: string;
  mapping?: StyleMapping;
}

/**
 * The patcher fills one placeholder after another over the whole part, text already filled in
 * included: a pack titled "{{body}}" would put the whole pack where the footer's marking and
 * page numbers stand, and a note that mentions "{{date}}" would be dated or refused. Every text
 * from the library goes in with an invisible word joiner between doubled braces, so no
 * placeholder can be made of it.
 */
const WORD_JOINER = '\u2060';

/** `text` that cannot form a placeholder: doubled braces kept apart by a word joiner. */
export function inertPlaceholders(text: string): string {
  return text.replace(/([{}])(?=\1)/g, `$1${WORD_JOINER}`);
}

/** A copy of `value` with every string made inert (functions, numbers and the rest as they are). */
function inertStrings<T>(value: T): T {
  if (typeof value === 'string') return inertPlaceholders(value) as T;
  if (Array.isArray(value)) return value.map(inertStrings) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, inertStrings(v)])) as T;
  return value;
}

/** The width between the margins of the template's last section, in twentieths of a point. */
function textWidth(documentXml: string): number {
  const sections = [...documentXml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)];
  const last = sections.at(-1)?.[0] ?? '';
  const width = Number(/<w:pgSz\b[^>]*\bw:w="(\d+)"/.exec(last)?.[1] ?? 12240);
  const left = Number(/<w:pgMar\b[^>]*\bw:left="(\d+)"/.exec(last)?.[1] ?? 1440);
  const right = Number(/<w:pgMar\b[^>]*\bw:right="(\d+)"/.exec(last)?.[1] ?? 1440);
  const text = width - left - right;
  return Number.isFinite(text) && text > 1440 ? text : 9360;
}

/** What each placeholder is replaced with, in the export's language. */
function placeholderRuns(
  source: WordSource,
  facts: WordFacts,
): Record<Exclude<TemplatePlaceholder, 'body'>, ParagraphChild[]> {
  const language = wordLanguage(facts.language);
  const text = (value: string) => [new TextRun({ text: inertPlaceholders(value), language })];
  const to = source.kind === 'note' ? source.note.fields.to : source.pack.audience;
  const from = source.kind === 'note' ? source.note.fields.from : source.pack.preparedBy;
  const fileNumber = source.kind === 'note' ? source.note.fields.fileNumber : '';
  return {
    title: text(facts.title),
    classification: markingRuns(facts.classification, facts.language),
    date: text(facts.date),
    to: text(to),
    from: text(from),
    author: text(facts.author),
    fileNumber: text(fileNumber),
    page: [new TextRun({ language, children: [PageNumber.CURRENT] })],
    pages: [new TextRun({ language, children: [PageNumber.TOTAL_PAGES] })],
    pageOf: pageOfRuns(facts.language),
  };
}

/** The export written into `template`; a template that cannot be used ends in a WordTemplateError. */
export async function buildFromTemplate(
  source: WordSource,
  facts: WordFacts,
  template: WordTemplate,
): Promise<Uint8Array> {
  const checked = checkTemplate(template.bytes, template.name);
  const styles = resolveTemplateStyles(checked.styles, template.mapping, template.name);
  const parts = checked.parts;
  asDocument(parts);
  await addMissingStyles(parts, styles.missing);
  const data = writeWordPackage(parts, { stored: true });

  // The body is filled last, but its text must not read as a placeholder left unfilled either.
  const inert = inertStrings(source);
  const context = contextFor(inert, styles.ids, textWidth(partText(parts, MAIN_PART) ?? ''));
  const body = wordBody(inert, context, {
    title: !checked.placeholders.includes('title'),
    printed: new Set(checked.inDocument),
  });
  const runs = placeholderRuns(source, facts);
  // {{body}} last: the patcher searches each part once per placeholder, and after the body is in
  // the document that part is much larger.
  const order = [...checked.placeholders.filter((name) => name !== 'body'), 'body' as const];
  const patches = Object.fromEntries(
    order.map((name) =>
      name === 'body'
        ? [name, { type: PatchType.DOCUMENT, children: body }]
        : [name, { type: PatchType.PARAGRAPH, children: runs[name] }],
    ),
  ) as Parameters<typeof patchDocument>[0]['patches'];

  const patched = await patchDocument({
    outputType: 'uint8array',
    data,
    patches,
    keepOriginalStyles: true,
    trimPlaceholders: true,
    recursive: true,
    footnotes: context.footnotes(),
    numbering: listNumbering(context.listStarts()),
    properties: {
      title: facts.title,
      subject: facts.subject,
      creator: facts.author || 'Précis',
      keywords: facts.keywords,
      description: facts.marking,
      lastModifiedBy: 'Précis',
    },
  });
  return patched;
}

/** No placeholder may survive the patch: a left-over `{{…}}` would print in the minister's copy. */
export function assertFilled(parts: WordParts, name: string): void {
  for (const [path] of parts) {
    if (!/^word\/(document|header\d*|footer\d*)\.xml$/.test(path)) continue;
    const left = paragraphTexts(partText(parts, path) ?? '').find((text) => /\{\{\s*[^{}\s]+\s*\}\}/.test(text));
    if (left !== undefined)
      throw new WordTemplateError(
        'unknown-placeholder',
        translation(
          'docx.errors.unfilled',
          { ...PLACEHOLDER_WORDS, part: path.replace(/^word\//, '') },
          { quoted: { name } },
        ),
      );
  }
}
