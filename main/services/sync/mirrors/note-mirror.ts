/**
 * Notes and their replicas. `meta` holds the title, status, marking, language and each header
 * field under its own key; the body is Lexical's Yjs tree (read and written through the
 * headless bridge); `review` and `comments` are the review record and reviewer threads, which
 * the tables item_reviews and note_comments mirror for listing and printing.
 *
 * A note's body only ever changes through Yjs once shared (the editor's binding, or the
 * bridge): the library's copy of the content is written from the replica, never the other
 * way, except for the one bootstrap when the note is first shared.
 */
import type { Map as YMap } from 'yjs';
import {
  ClassificationSchema,
  EMPTY_NOTE_FIELDS,
  NoteFieldKeys,
  NoteLanguageSchema,
  NoteStatusSchema,
  type NoteFields,
} from '../../../../shared/model/index.ts';
import { collectExcerpts } from '../../../../shared/notes/content.ts';
import { NoteContentInputSchema, type NoteContent } from '../../../../shared/notes/content-schema.ts';
import { readThreads } from '../../../../shared/team/comments.ts';
import { META } from '../../../../shared/team/replica.ts';
import { canonicalJson } from '../../../../shared/team/review.ts';
import { deleteNote, getNote, insertNote, restoreDeletedNote, saveNote } from '../../store/notes.store.ts';
import { noteRowState, replaceCommentRows } from '../../store/sync.store.ts';
import { setIfChanged, text } from '../replica.ts';
import { storeReview, type ItemRef, type Mirror, type ReadOutcome } from './mirror.ts';

const FIELD = 'field:';

/** What an approval freezes and what "changed since approval" compares: the printed note. */
export function notePrintable(note: {
  title: string;
  classification: string;
  language: string;
  fields: NoteFields;
  content: NoteContent;
}): string {
  return canonicalJson({
    title: note.title,
    classification: note.classification,
    language: note.language,
    fields: note.fields,
    content: note.content,
  });
}

function readFields(meta: YMap<unknown>): NoteFields {
  const fields = { ...EMPTY_NOTE_FIELDS };
  for (const key of NoteFieldKeys) fields[key] = text(meta, `${FIELD}${key}`).slice(0, 500);
  return fields;
}

export const noteMirror: Mirror = {
  kind: 'note',

  exists: (db, id) => noteRowState(db, id) !== undefined,

  marking: (db, id) => getNote(db, id)?.classification ?? 'unclassified',

  write(db, id, replica, origin) {
    const state = noteRowState(db, id);
    const meta = replica.doc.getMap(META);
    replica.doc.transact(() => {
      setIfChanged(meta, 'deleted', state !== 'live');
      const note = getNote(db, id);
      if (!note) return;
      setIfChanged(meta, 'title', note.title);
      setIfChanged(meta, 'status', note.status);
      setIfChanged(meta, 'classification', note.classification);
      setIfChanged(meta, 'language', note.language);
      setIfChanged(meta, 'createdAt', note.createdAt);
      for (const key of NoteFieldKeys) setIfChanged(meta, `${FIELD}${key}`, note.fields[key]);
    }, origin);
    const note = getNote(db, id);
    // The one bootstrap: a note's existing body goes into the replica when it is first shared.
    if (note && replica.bridge().isEmpty()) replica.bridge().bootstrap(note.content);
  },

  read(db, id, replica): ReadOutcome {
    const meta = replica.doc.getMap(META);
    const title = text(meta, 'title').trim().slice(0, 300);
    if (!title) return { done: true }; // nothing of the note has arrived yet
    const deleted = meta.get('deleted') === true;
    const state = noteRowState(db, id);
    if (deleted) {
      if (state === 'live') deleteNote(db, id);
      return { done: true };
    }
    // A teammate's content is checked like any content coming into the store.
    const content = NoteContentInputSchema.safeParse(replica.bridge().toJSON());
    if (!content.success) return { done: true };
    const write = {
      title,
      status: NoteStatusSchema.catch('draft').parse(meta.get('status')),
      classification: ClassificationSchema.catch('unclassified').parse(meta.get('classification')),
      fields: readFields(meta),
      content: content.data as NoteContent,
    };
    const language = NoteLanguageSchema.catch('en').parse(meta.get('language'));
    if (state === undefined) {
      insertNote(db, { id, language, ...write });
    } else {
      if (state === 'deleted') restoreDeletedNote(db, id);
      const current = getNote(db, id);
      const same =
        current !== undefined &&
        current.title === write.title &&
        current.status === write.status &&
        current.classification === write.classification &&
        JSON.stringify(current.fields) === JSON.stringify(write.fields) &&
        JSON.stringify(current.content) === JSON.stringify(write.content);
      if (!same) saveNote(db, id, write);
    }
    storeReview(db, 'note', id, replica.doc);
    replaceCommentRows(
      db,
      id,
      readThreads(replica.doc).flatMap((thread) =>
        thread.comments.map((c) => ({
          id: c.id,
          noteId: id,
          threadId: c.threadId,
          author: c.author,
          createdAt: c.at,
          body: c.body,
          quote: c.quote,
          prefix: c.prefix,
          suffix: c.suffix,
          resolvedBy: thread.resolved?.by ?? null,
          resolvedAt: thread.resolved?.at ?? null,
        })),
      ),
    );
    return { done: true };
  },

  needs(db, id): ItemRef[] {
    const note = getNote(db, id);
    if (!note) return [];
    const ids = new Set(collectExcerpts(note.content).map((e) => e.documentId));
    return [...ids].map((documentId) => ({ kind: 'document' as const, id: documentId }));
  },
};
