import { RenameForm } from '../../components/RenameForm.tsx';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATION_LABELS, type NoteSummary } from '../../../shared/model/index.ts';
import type { NoteTemplate } from '../../../shared/notes/templates.ts';
import { call } from '../../api/client.ts';
import { FirstRunGuide } from '../guide/index.ts';
import { navigate, routeHref } from '../../app/useRoute.ts';
import { formatDateTime, useLanguage } from '../../i18n/index.ts';
import { onTeamEvent } from '../team/index.ts';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The notes list: create from a template, open, rename, duplicate, delete (with undo). */
export function NotesList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [notes, setNotes] = useState<NoteSummary[] | null>(null);
  const [error, setError] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
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
    // A teammate's note (or a change to one) reached the library.
    return onTeamEvent((event) => {
      if (event.type === 'team-item-changed' && event.kind === 'note') void reload();
    });
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
        <h1>{t('nav.notes')}</h1>
        <div className="notes-new" role="group" aria-label={t('notes.newNote')}>
          <button type="button" className="button" disabled={busy} onClick={() => void create('en')} lang="en">
            {t('notes.newEnglish')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void create('fr')}
            lang="fr"
          >
            {t('notes.newFrench')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void create('blank')}
          >
            {t('notes.newBlank')}
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
          {t('notes.deleted', { title: deleted.title })}{' '}
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
            {t('libraryView.undo')}
          </button>
        </div>
      )}
      {notes === null ? (
        <p className="muted">{t('library.loading')}</p>
      ) : notes.length === 0 ? (
        <>
          <p className="muted notes-empty">{t('notes.empty')}</p>
          <FirstRunGuide />
        </>
      ) : (
        <table className="notes-table">
          <thead>
            <tr>
              <th scope="col">{t('notes.columns.title')}</th>
              <th scope="col">{t('notes.columns.status')}</th>
              <th scope="col">{t('notes.columns.classification')}</th>
              <th scope="col">{t('notes.columns.edited')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('libraryView.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {notes.map((note) => (
              <tr key={note.id}>
                <td>
                  {renaming === note.id ? (
                    <RenameForm
                      initialTitle={note.title}
                      label={t('notes.newTitleFor', { title: note.title })}
                      buttonClassName="small-button"
                      onCancel={() => setRenaming(null)}
                      onSave={(title) => {
                        if (!title) return setError(t('notes.needsTitle'));
                        void act(async () => {
                          await call('notes:rename', { id: note.id, title });
                          setRenaming(null);
                        });
                      }}
                    />
                  ) : (
                    <a className="note-link" href={routeHref({ view: 'notes', id: note.id })}>
                      {note.title}
                    </a>
                  )}
                </td>
                <td>
                  <span className={`status-badge status-badge--${note.status}`}>
                    {t(`notes.status.${note.status}`)}
                  </span>
                </td>
                <td>{CLASSIFICATION_LABELS[note.language][note.classification]}</td>
                <td>{formatDateTime(note.updatedAt, language)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="small-button small-button--quiet"
                    aria-label={t('notes.renameLabel', { title: note.title })}
                    onClick={() => setRenaming(note.id)}
                  >
                    {t('libraryView.rename')}
                  </button>
                  <button
                    type="button"
                    className="small-button small-button--quiet"
                    aria-label={t('notes.duplicateLabel', { title: note.title })}
                    onClick={() => void act(() => call('notes:duplicate', { id: note.id }))}
                  >
                    {t('notes.duplicate')}
                  </button>
                  <button
                    type="button"
                    className="small-button small-button--danger"
                    aria-label={t('notes.deleteLabel', { title: note.title })}
                    onClick={() =>
                      void act(async () => {
                        await call('notes:delete', { id: note.id });
                        setDeleted(note);
                      })
                    }
                  >
                    {t('libraryView.delete')}
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
