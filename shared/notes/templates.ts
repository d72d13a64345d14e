/**
 * Note templates: the standard federal briefing-note structure in English and French, and
 * the blank note. A template is a title, header fields and Lexical JSON content, built here
 * so the app, the CLI and tests create identical notes.
 */
import { EMPTY_NOTE_FIELDS, type Classification, type NoteFields, type NoteLanguage } from '../model/note.ts';
import {
  DECISION_BLOCK_NODE_TYPE,
  emptyContent,
  type NoteContent,
  type NoteDecision,
  type SerializedNoteNode,
} from './content-schema.ts';

export const NOTE_TEMPLATES = ['en', 'fr', 'blank'] as const;
export type NoteTemplate = (typeof NOTE_TEMPLATES)[number];

/** Section headings of the standard briefing note, in order. */
export const BRIEFING_SECTIONS: Record<NoteLanguage, readonly string[]> = {
  en: [
    'Purpose',
    'Summary (key messages)',
    'Background',
    'Current status',
    'Considerations',
    'Next steps',
    'Recommendation',
  ],
  fr: [
    'Objet',
    'Résumé (messages clés)',
    'Contexte',
    'Situation actuelle',
    'Considérations',
    'Prochaines étapes',
    'Recommandation',
  ],
};

/**
 * The decision block under the recommendation: the choices the reader ticks (in
 * `NOTE_DECISIONS` order), then the lines they sign and date on. Its words come from the note's
 * language when it is shown or printed, so they follow the note, not the template it came from.
 */
export const DECISION_BLOCK: Record<
  NoteLanguage,
  { choices: Record<NoteDecision, string>; signature: string; date: string }
> = {
  en: {
    choices: { approved: 'Approved', 'not-approved': 'Not approved', discuss: 'Discuss' },
    signature: 'Signature',
    date: 'Date',
  },
  fr: {
    choices: { approved: 'Approuvé', 'not-approved': 'Non approuvé', discuss: 'À discuter' },
    signature: 'Signature',
    date: 'Date',
  },
};

/** The decision block node (one block the editor shows as a unit and print keeps on one page), nothing ticked. */
export function decisionBlockNode(): SerializedNoteNode {
  return { type: DECISION_BLOCK_NODE_TYPE, version: 1, decision: null };
}

export const DEFAULT_TITLES: Record<NoteTemplate, string> = {
  en: 'Briefing note',
  fr: 'Note de breffage',
  blank: 'Untitled note',
};

/** The blank note's title in the note's language. */
export const UNTITLED_NOTE: Record<NoteLanguage, string> = {
  en: 'Untitled note',
  fr: 'Note sans titre',
};

export interface NoteDraft {
  title: string;
  language: NoteLanguage;
  classification: Classification;
  fields: NoteFields;
  content: NoteContent;
}

export function textNode(text: string, format = 0): SerializedNoteNode {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

export function paragraphNode(text = ''): SerializedNoteNode {
  return {
    type: 'paragraph',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    textFormat: 0,
    textStyle: '',
    children: text ? [textNode(text)] : [],
  };
}

export function headingNode(text: string, tag: 'h1' | 'h2' | 'h3' = 'h2'): SerializedNoteNode {
  return { type: 'heading', version: 1, tag, format: '', indent: 0, direction: null, children: [textNode(text)] };
}

function rootNode(children: SerializedNoteNode[]): NoteContent {
  return { root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children } };
}

/**
 * A new note from a template; `title` overrides the template's default title. A blank note is
 * in `language` (English by default) and its default title too.
 */
export function noteFromTemplate(template: NoteTemplate, title?: string, blankLanguage?: NoteLanguage): NoteDraft {
  const language: NoteLanguage = template === 'blank' ? (blankLanguage ?? 'en') : template;
  const draftTitle = title?.trim() || (template === 'blank' ? UNTITLED_NOTE[language] : DEFAULT_TITLES[template]);
  if (template === 'blank') {
    return {
      title: draftTitle,
      language,
      classification: 'unclassified',
      fields: { ...EMPTY_NOTE_FIELDS },
      content: emptyContent(),
    };
  }
  const children: SerializedNoteNode[] = [];
  for (const heading of BRIEFING_SECTIONS[language]) children.push(headingNode(heading), paragraphNode());
  // The recommendation (the last section) is followed by the block the reader decides in.
  children.push(decisionBlockNode());
  return {
    title: draftTitle,
    language,
    classification: 'unclassified',
    fields: { ...EMPTY_NOTE_FIELDS },
    content: rootNode(children),
  };
}
