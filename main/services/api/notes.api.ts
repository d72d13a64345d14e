import { apiError, type ApiError, type ExcerptCheck, type Note } from '../../../shared/api/index.ts';
import { EXCERPT_PARAGRAPH_SEPARATOR, type CitedParagraph, type NoteExcerpt } from '../../../shared/model/index.ts';
import { resolveCitation } from '../library/citations.ts';
import { checkExcerptFreshness } from '../../../shared/notes/excerpt-freshness.ts';
import { noteFromTemplate } from '../../../shared/notes/templates.ts';
import { NoteContentSchema } from '../../../shared/notes/content-schema.ts';
import { appendMediaLines } from '../../../shared/notes/media-lines-table.ts';
import { newId } from '../library/ids.ts';
import type { Database } from '../store/database.ts';
import {
  deleteNote,
  documentParagraphs,
  getNote,
  getNoteVersion,
  insertNote,
  latestVersionOfDocument,
  listNoteExcerpts,
  listNotes,
  listNoteVersions,
  renameNote,
  restoreDeletedNote,
  saveNote,
} from '../store/notes.store.ts';
import { appendToSharedNote, contentForSave } from '../sync/note-content.ts';
import type { ApiHandlers } from './handler.ts';

function notFound(id: string): ApiError {
  return apiError('not-found', 'errors.noteNotFound', { id });
}

function loadNote(db: Database, id: string): Note {
  const note = getNote(db, id);
  if (!note) throw notFound(id);
  return { ...note, excerpts: resolvedNoteExcerpts(db, id) };
}

/** A note's excerpts with their numbers as they are now, and what became of each cited paragraph. */
function resolvedNoteExcerpts(db: Database, id: string): NoteExcerpt[] {
  return listNoteExcerpts(db, id).map((excerpt) => {
    const resolved = resolveCitation(db, excerpt);
    return {
      documentId: excerpt.documentId,
      version: excerpt.version ?? resolved.version,
      paragraphs: resolved.paragraphs.map((p) => p.n),
      paragraphIds: excerpt.paragraphIds,
      labels: resolved.labels,
      current: resolved.paragraphs,
      status: resolved.status,
      text: excerpt.text,
    };
  });
}

/** What an excerpt's check says about its own version: its numbers now, or what to review. */
function checkWithinVersion(
  db: Database,
  excerpt: { documentId: string; paragraphs: ReadonlyArray<{ id: string }>; text: string; keptAgainst?: string },
): ExcerptCheck | { status: 'current'; paragraphs: CitedParagraph[] } {
  const resolved = resolveCitation(db, {
    documentId: excerpt.documentId,
    paragraphIds: excerpt.paragraphs.map((p) => p.id),
    text: excerpt.text,
  });
  if (resolved.status === 'missing') return { status: 'missing' };
  // Kept as it is against its own version: the user reviewed the change and chose the old wording.
  if (resolved.status === 'current' || excerpt.keptAgainst === excerpt.documentId) {
    return { status: 'current', paragraphs: resolved.paragraphs };
  }
  return {
    status: 'restructured',
    change: resolved.status,
    paragraphs: resolved.paragraphs,
    ...(resolved.paragraphs.length > 0
      ? {
          replacement: {
            paragraphs: resolved.paragraphs,
            text: resolved.texts.join(EXCERPT_PARAGRAPH_SEPARATOR),
          },
        }
      : {}),
    ...(resolved.wording ? { keep: { paragraphs: resolved.wording } } : {}),
  };
}

/** Copy titles: "Title (copy)", then "Title (copy 2)"… */
function copyTitle(title: string, existing: ReadonlySet<string>): string {
  const base = title.replace(/ \((?:copy|copie)(?: \d+)?\)$/, '');
  let candidate = `${base} (copy)`;
  for (let i = 2; existing.has(candidate); i++) candidate = `${base} (copy ${i})`;
  return candidate;
}

export const notesHandlers: ApiHandlers<
  | 'notes:list'
  | 'notes:get'
  | 'notes:create'
  | 'notes:save'
  | 'notes:rename'
  | 'notes:duplicate'
  | 'notes:delete'
  | 'notes:undelete'
  | 'notes:versions'
  | 'notes:version'
  | 'notes:check-excerpts'
  | 'notes:appendMediaLines'
> = {
  'notes:list': async (_input, { db }) => listNotes(db),

  'notes:get': async ({ id }, { db }) => loadNote(db, id),

  'notes:create': async ({ template, title, language }, { db }) => {
    const draft = noteFromTemplate(template, title, language);
    const id = newId('n');
    insertNote(db, { id, ...draft, language: language ?? draft.language, status: 'draft' });
    return loadNote(db, id);
  },

  'notes:save': async ({ id, checkpoint, ...note }, { db, sync }) => {
    // A shared note's body lives in its replica (team sync): what is stored is what it holds.
    const content = getNote(db, id) ? contentForSave(sync, id, note.content) : note.content;
    const outcome = saveNote(db, id, { ...note, content }, checkpoint ? { checkpoint } : {});
    if (!outcome) throw notFound(id);
    return outcome;
  },

  'notes:rename': async ({ id, title }, { db }) => {
    const summary = renameNote(db, id, title);
    if (!summary) throw notFound(id);
    return summary;
  },

  'notes:duplicate': async ({ id }, { db }) => {
    const source = getNote(db, id);
    if (!source) throw notFound(id);
    const titles = new Set(listNotes(db).map((n) => n.title));
    const copy = newId('n');
    insertNote(db, {
      id: copy,
      title: copyTitle(source.title, titles),
      language: source.language,
      status: 'draft',
      classification: source.classification,
      fields: source.fields,
      content: source.content,
    });
    const {
      fields: _fields,
      content: _content,
      ...summary
    } = getNote(db, copy) as NonNullable<ReturnType<typeof getNote>>;
    return summary;
  },

  'notes:delete': async ({ id }, { db }) => {
    if (!deleteNote(db, id)) throw notFound(id);
    return { id };
  },

  'notes:undelete': async ({ id }, { db }) => {
    const summary = restoreDeletedNote(db, id);
    if (!summary) throw notFound(id);
    return summary;
  },

  'notes:versions': async ({ id }, { db }) => {
    if (!getNote(db, id)) throw notFound(id);
    return listNoteVersions(db, id);
  },

  'notes:version': async ({ id, versionId }, { db }) => {
    const version = getNoteVersion(db, id, versionId);
    if (!version) throw apiError('not-found', 'errors.noVersion', { id, version: versionId });
    return version;
  },

  'notes:appendMediaLines': async ({ id, ...table }, { db, sync }) => {
    const note = getNote(db, id);
    if (!note) throw notFound(id);
    const current = {
      title: note.title,
      status: note.status,
      classification: note.classification,
      fields: note.fields,
      content: note.content,
    };
    // A version of the note as it was, then the note with the table: History undoes the insertion.
    saveNote(db, id, current, { checkpoint: 'manual' });
    const appended = NoteContentSchema.parse(appendMediaLines(note.content, table));
    // In a shared note the table is added to the replica, merging with what teammates typed.
    const added = (appended.root.children ?? []).slice((note.content.root.children ?? []).length);
    const content = appendToSharedNote(sync, id, added as never) ?? appended;
    const saved = saveNote(db, id, { ...current, content }, { checkpoint: 'manual' });
    if (!saved) throw notFound(id);
    return { summary: saved.summary, rows: table.rows.length };
  },

  'notes:check-excerpts': async ({ excerpts }, { db }) => {
    const paragraphsCache = new Map<string, ReturnType<typeof documentParagraphs>>();
    const paragraphsOf = (documentId: string) => {
      let paragraphs = paragraphsCache.get(documentId);
      if (!paragraphs) paragraphsCache.set(documentId, (paragraphs = documentParagraphs(db, documentId)));
      return paragraphs;
    };
    return excerpts.map((excerpt): ExcerptCheck => {
      // First its own version: a structure correction may have merged, split or removed a cited paragraph.
      const own = checkWithinVersion(db, excerpt);
      if (own.status !== 'current') return own;
      const latest = latestVersionOfDocument(db, excerpt.documentId);
      if (!latest || latest.id === excerpt.documentId || latest.id === excerpt.keptAgainst) return own;
      const freshness = checkExcerptFreshness(excerpt, paragraphsOf(excerpt.documentId), paragraphsOf(latest.id));
      const latestInfo = { documentId: latest.id, version: latest.version, title: latest.title, date: latest.date };
      const paragraphs = own.paragraphs ? { paragraphs: own.paragraphs } : {};
      if (freshness.status === 'removed') return { status: 'removed', latest: latestInfo, ...paragraphs };
      return {
        status: freshness.status,
        latest: latestInfo,
        replacement: { paragraphs: freshness.paragraphs, text: freshness.text },
        ...paragraphs,
      };
    });
  },
};
