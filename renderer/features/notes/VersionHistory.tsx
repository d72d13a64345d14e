import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteVersion } from '../../../shared/api/index.ts';
import type { NoteVersionSummary } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import { NOTE_NODES, noteTheme } from '../../editor/index.ts';
import { formatNumber, formattingLocale, useLanguage, type Language } from '../../i18n/index.ts';

/** Why a version was kept; worded by `notes.reasons.<reason>`. */
type Reason = NoteVersionSummary['reason'];

function when(iso: string, language: Language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(formattingLocale(language), { dateStyle: 'medium', timeStyle: 'medium' });
}

function Preview({ version }: { version: NoteVersion }) {
  const { t } = useTranslation();
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'precis-version-preview',
        nodes: [...NOTE_NODES],
        theme: noteTheme,
        editable: false,
        editorState: JSON.stringify(version.content),
        onError: (error: Error) => {
          throw error;
        },
      }}
    >
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            className="note-content note-content--preview"
            aria-label={t('notes.previewOf', { title: version.title })}
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
    </LexicalComposer>
  );
}

/** Versions of the note, newest first: preview one, restore it (undoable). */
export function VersionHistory({
  noteId,
  refreshKey,
  onRestore,
}: {
  noteId: string;
  refreshKey: number;
  onRestore: (version: NoteVersion) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reason = (key: Reason) => t(`notes.reasons.${key}`);
  const [versions, setVersions] = useState<NoteVersionSummary[] | null>(null);
  const [selected, setSelected] = useState<NoteVersion | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    call('notes:versions', { id: noteId }).then(
      (list) => live && setVersions(list),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [noteId, refreshKey]);

  const open = (id: number) =>
    call('notes:version', { id: noteId, versionId: id }).then(setSelected, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );

  return (
    <section className="side-panel history" aria-label={t('notes.versionHistory')}>
      <h2 className="side-title">{t('notes.versionHistory')}</h2>
      <p className="muted side-hint">{t('notes.versionHint')}</p>
      {error && (
        <p className="message message--error" role="alert">
          {error}
        </p>
      )}
      {versions === null ? (
        <p className="muted">{t('library.loading')}</p>
      ) : (
        <ol className="version-list">
          {versions.map((v) => (
            <li key={v.id}>
              <button
                type="button"
                className="version-item"
                aria-current={selected?.id === v.id ? 'true' : undefined}
                onClick={() => void open(v.id)}
              >
                <span className="version-reason">{reason(v.reason)}</span>
                <span className="version-time">{when(v.createdAt, language)}</span>
                <span className="version-words muted">
                  {t('notes.words', { count: v.wordCount, formatted: formatNumber(v.wordCount, language) })}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {selected && (
        <div className="version-preview">
          <div className="version-preview-bar">
            <strong>
              {reason(selected.reason)} · {when(selected.createdAt, language)}
            </strong>
            <button type="button" className="button" onClick={() => onRestore(selected)}>
              {t('notes.restoreVersion')}
            </button>
          </div>
          <Preview key={selected.id} version={selected} />
        </div>
      )}
    </section>
  );
}
