import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { noteFromTemplate } from '../../../shared/notes/templates.ts';
import { openStore, type Database } from './database.ts';
import { deleteNote, insertNote, listNoteExcerpts, purgeDeletedNotes, saveNote } from './notes.store.ts';

let temp: ReturnType<typeof makeTempDir>;
let db: Database;
beforeEach(() => {
  temp = makeTempDir();
  db = openStore(temp.dir).db;
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

function newNote(id = 'n1') {
  return insertNote(db, { id, ...noteFromTemplate('en'), status: 'draft' });
}

describe('migration 3 (notes)', () => {
  it('creates the notes tables with their constraints', () => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['notes', 'note_excerpts', 'note_versions']));
    newNote();
    expect(() => db.exec("UPDATE notes SET classification = 'top-secret'")).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE notes SET status = 'done'")).toThrow(/CHECK/);
  });

  it('removes excerpts and versions with their note', () => {
    newNote();
    db.exec(
      `INSERT INTO note_excerpts (note_id, ord, document_id, paragraph_ids, paragraph_numbers, text) VALUES ('n1', 0, 'd', '[]', '[]', 't')`,
    );
    expect(deleteNote(db, 'n1', '2000-01-01T00:00:00.000Z')).toBe(true);
    expect(purgeDeletedNotes(db, '2001-01-01T00:00:00.000Z')).toBe(1);
    expect(db.prepare('SELECT count(*) AS n FROM note_versions').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM note_excerpts').get()).toEqual({ n: 0 });
  });
});

describe('saveNote', () => {
  it('rolls back everything when a part of the save fails', () => {
    const note = newNote();
    // A trigger that makes the excerpt insert fail mid-save.
    db.exec(`CREATE TRIGGER fail_excerpts BEFORE INSERT ON note_excerpts BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    const content = {
      root: {
        ...note.content.root,
        children: [
          {
            type: 'excerpt' as const,
            version: 1,
            documentId: 'd1',
            documentTitle: 'T',
            documentDate: null,
            paragraphs: [{ id: 'p', n: 1 }],
            text: 'quoted',
            origin: 'paragraph',
          },
        ],
      },
    };
    expect(() => saveNote(db, 'n1', { ...note, title: 'Changed', content })).toThrow(/boom/);
    const row = db.prepare('SELECT title, revision FROM notes WHERE id = ?').get('n1');
    expect(row).toEqual({ title: 'Briefing note', revision: 0 });
    expect(listNoteExcerpts(db, 'n1')).toEqual([]);
  });

  it('returns undefined for a deleted note', () => {
    const note = newNote();
    deleteNote(db, 'n1');
    expect(saveNote(db, 'n1', note)).toBeUndefined();
  });
});
