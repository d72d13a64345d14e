import { useCallback, useEffect, useState } from 'react';
import { CLASSIFICATION_LABELS, type NoteSummary } from '../../../shared/model/index.ts';
import type { NoteTemplate } from '../../../shared/notes/templates.ts';
import { call } from '../../api/client.ts';
import { navigate, routeHref } from '../../app/useRoute.ts';

function formatEdited(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-CA', { dateStyle: 'medium', timeStyle: 'short' });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The notes list: create from a template, open, rename, duplicate, delete (with undo). */
export function NotesList() {
  const [notes, setNotes] = useState<NoteSummary[] | null>(null);
  const [error, setError] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  const [deleted, setDeleted] = useState<NoteSummary | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(
    () =>
      call('notes:list', {}).then(
        (list) => setNotes(list),
        (e: unknown) => setError(message(e)),
      ),
    [],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const act = async (work: () => Promise<unknown>) => {
    setError('');
    try {
      await work();
    } catch (e) {
      setError(message(e));
    }
    await reload();
  };

  const create = async (template: NoteTemplate) => {
    setBusy(true);
    try {
      const note = await call('notes:create', { template });
      navigate({ view: 'notes', id: note.id });
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="notes-list-view">
      <header className="notes-list-header">
        <h1>Briefing notes</h1>
        <div className="notes-new" role="group" aria-label="New note">
          <button type="button" className="button" disabled={busy} onClick={() => void create('en')}>
            New briefing note
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void create('fr')}
            lang="fr"
          >
            Nouvelle note de breffage
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void create('blank')}
          >
            Blank note
          </button>
        </div>
      </header>
      {error && (
        <div className="message message--error" role="alert">
          {error}
        </div>
      )}
      {deleted && (
        <div className="message toast" role="status">
          Deleted “{deleted.title}”.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              void act(async () => {
                await call('notes:undelete', { id: deleted.id });
                setDeleted(null);
              })
            }
          >
            Undo
          </button>
        </div>
      )}
      {notes === null ? (
        <p className="muted">Loading…</p>
      ) : notes.length === 0 ? (
        <p className="muted notes-empty">
          No notes yet. Start from the briefing-note template (English or French) or a blank page; drag passages from
          your documents into it and each one keeps its citation.
        </p>
      ) : (
        <table className="notes-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col">Classification</th>
              <th scope="col">Last edited</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {notes.map((note) => (
              <tr key={note.id}>
                <td>
                  {renaming?.id === note.id ? (
                    <form
                      className="rename-form"
                      onSubmit={(event) => {
                        event.preventDefault();
                        const title = renaming.title.trim();
                        if (!title) return setError('A note needs a title.');
                        void act(async () => {
                          await call('notes:rename', { id: note.id, title });
                          setRenaming(null);
                        });
                      }}
                    >
                      <input
                        autoFocus
                        aria-label={`New title for ${note.title}`}
                        value={renaming.title}
                        onChange={(event) => setRenaming({ id: note.id, title: event.target.value })}
                        onKeyDown={(event) => event.key === 'Escape' && setRenaming(null)}
                      />
                      <button type="submit" className="small-button">
                        Save
                      </button>
                    </form>
                  ) : (
                    <a className="note-link" href={routeHref({ view: 'notes', id: note.id })}>
                      {note.title}
                    </a>
                  )}
                </td>
                <td>
                  <span className={`status-badge status-badge--${note.status}`}>
                    {note.status === 'final' ? 'Final' : 'Draft'}
                  </span>
                </td>
                <td>{CLASSIFICATION_LABELS[note.language][note.classification]}</td>
                <td>{formatEdited(note.updatedAt)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="small-button small-button--quiet"
                    aria-label={`Rename ${note.title}`}
                    onClick={() => setRenaming({ id: note.id, title: note.title })}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    className="small-button small-button--quiet"
                    aria-label={`Duplicate ${note.title}`}
                    onClick={() => void act(() => call('notes:duplicate', { id: note.id }))}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="small-button small-button--danger"
                    aria-label={`Delete ${note.title}`}
                    onClick={() =>
                      void act(async () => {
                        await call('notes:delete', { id: note.id });
                        setDeleted(note);
                      })
                    }
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
