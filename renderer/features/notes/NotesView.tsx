import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/api/index.ts';
import { call } from '../../api/client.ts';
import { routeHref } from '../../app/useRoute.ts';
import { NotesList } from './NotesList.tsx';
import { NoteWorkspace } from './NoteWorkspace.tsx';
import './notes.css';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; note: Note };

function OpenNote({ id }: { id: string }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    call('notes:get', { id }).then(
      (note) => live && setLoad({ status: 'ready', note }),
      (error: unknown) =>
        live && setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (load.status === 'loading') return <p className="muted reader-status">{t('notes.opening')}</p>;
  if (load.status === 'error')
    return (
      <div className="message message--error reader-status" role="alert">
        {load.message} <a href={routeHref({ view: 'notes' })}>{t('notes.back')}</a>
      </div>
    );
  return <NoteWorkspace note={load.note} />;
}

/** `#/notes`: the list; `#/notes/ID`: that note open for writing. */
export function NotesView({ noteId }: { noteId: string | undefined }) {
  return noteId ? <OpenNote key={noteId} id={noteId} /> : <NotesList />;
}
