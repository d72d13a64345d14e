import { $getRoot, $parseSerializedNode, type LexicalEditor, type SerializedLexicalNode } from 'lexical';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import type { Note, NoteVersion } from '../../../shared/api/index.ts';
import type { Classification, ExcerptPayload, NoteFields, NoteStatus } from '../../../shared/model/index.ts';
import type { NoteContent } from '../../../shared/notes/content-schema.ts';
import { UNTITLED_NOTE } from '../../../shared/notes/templates.ts';
import { call } from '../../api/client.ts';
import { routeHref } from '../../app/useRoute.ts';
import {
  ExcerptServicesContext,
  INSERT_EXCERPT_COMMAND,
  NoteEditor,
  type NoteCollaboration,
} from '../../editor/index.ts';
import { collaboratorColor } from '../../../shared/team/colors.ts';
import {
  CommentsPanel,
  RelayProvider,
  ReviewBar,
  ShareButton,
  useTeamItem,
  useTeamItemChanges,
  type TeamItemState,
} from '../team/index.ts';
import { formatNumber, formattingLocale, useLanguage, type Language } from '../../i18n/index.ts';
import { createExcerptServices } from './excerpt-services.ts';
import { ExcerptPicker } from './ExcerptPicker.tsx';
import { NoteHeaderFields, NoteSignoffFields } from './NoteHeaderFields.tsx';
import { SourcePane } from './SourcePane.tsx';
import { useNoteSaver, type SaveInput } from './useNoteSaver.ts';
import { VersionHistory } from './VersionHistory.tsx';
import { ExportWordButton } from '../word-export/index.ts';

interface Meta {
  title: string;
  status: NoteStatus;
  classification: Classification;
  fields: NoteFields;
}

function savedLabel(iso: string | undefined, t: TFunction, language: Language): string {
  if (!iso) return t('notes.saved');
  const date = new Date(iso);
  const time = date.toLocaleTimeString(formattingLocale(language), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return t('notes.savedAt', { time });
}

/**
 * One note open for writing. In a team library, a shared note is edited live with the team
 * (its editor bound to the note's replica) and has a review bar and comments; the editor is
 * made once it is known which (a note that becomes shared reopens bound).
 */
export function NoteWorkspace({ note }: { note: Note }) {
  const { t } = useTranslation();
  const { item, refresh } = useTeamItem('note', note.id);
  if (!item) return <p className="muted reader-status">{t('notes.opening')}</p>;
  return <NoteWorkspaceBody key={item.shared ? 'shared' : 'solo'} note={note} team={item} onShared={refresh} />;
}

function NoteWorkspaceBody({ note, team, onShared }: { note: Note; team: TeamItemState; onShared: () => void }) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const editorRef = useRef<LexicalEditor | null>(null);
  const editableRef = useRef<HTMLElement | null>(null);
  const readOnly = team.shared && team.readOnly;
  const [meta, setMeta] = useState<Meta>({
    title: note.title,
    status: note.status,
    classification: note.classification,
    fields: note.fields,
  });
  const metaRef = useRef(meta);
  const [words, setWords] = useState(note.wordCount);
  const [panel, setPanel] = useState<'sources' | 'history' | 'comments' | null>('sources');
  const [historyKey, setHistoryKey] = useState(0);
  const [find, setFind] = useState({ open: false, withReplace: false });
  const [picker, setPicker] = useState(false);
  const [sourceId, setSourceId] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState('');
  // "Pick again" on an excerpt whose paragraph was merged, split or removed: the picker opens on
  // its document and what is picked replaces it.
  const [repick, setRepick] = useState<{ documentId: string; replace: (picked: ExcerptPayload) => void } | null>(null);
  const services = useMemo(
    () =>
      createExcerptServices((excerpt, replace) => {
        setRepick({ documentId: excerpt.documentId, replace });
        setPicker(true);
      }),
    [],
  );

  const snapshot = useCallback((): SaveInput | null => {
    const editor = editorRef.current;
    if (!editor) return null;
    const m = metaRef.current;
    return {
      id: note.id,
      title: m.title.trim() || UNTITLED_NOTE[note.language],
      status: m.status,
      classification: m.classification,
      fields: m.fields,
      content: editor.getEditorState().toJSON() as unknown as NoteContent,
    };
  }, [note.id, note.language]);

  const saver = useNoteSaver(readOnly ? () => null : snapshot, (versionCreated) => {
    if (versionCreated) setHistoryKey((k) => k + 1);
  });
  const { schedule, flush } = saver;

  // A shared note's editor is bound to its replica through the main side's relay.
  const collaboration = useMemo<NoteCollaboration | undefined>(() => {
    if (!team.shared) return undefined;
    const name = team.user ?? '';
    return {
      id: note.id,
      providerFactory: (id, docMap) => {
        const doc = new Y.Doc();
        docMap.set(id, doc);
        return new RelayProvider(note.id, doc, team.readOnly);
      },
      user: { name, color: collaboratorColor(name) },
      readOnly: team.readOnly,
    };
  }, [note.id, team.shared, team.readOnly, team.user]);

  // A teammate changed the title or a header field: show it (unless this page has an unsaved change).
  const statusRef = useRef(saver.state.status);
  useEffect(() => {
    statusRef.current = saver.state.status;
  });
  const reloadMeta = useCallback(() => {
    if (statusRef.current !== 'saved') return;
    call('notes:get', { id: note.id }).then(
      (fresh) => {
        if (statusRef.current !== 'saved') return;
        const next = {
          title: fresh.title,
          status: fresh.status,
          classification: fresh.classification,
          fields: fresh.fields,
        };
        metaRef.current = next;
        setMeta(next);
      },
      () => undefined,
    );
  }, [note.id]);
  useTeamItemChanges('note', note.id, reloadMeta);

  const updateMeta = (change: Partial<Meta>) => {
    const next = { ...metaRef.current, ...change };
    metaRef.current = next;
    setMeta(next);
    schedule();
  };

  const save = useCallback(() => {
    void flush('manual').then(() => setNotice(t('notes.savedVersion')));
  }, [flush, t]);
  const openFind = useCallback((withReplace: boolean) => setFind({ open: true, withReplace }), []);
  const openPicker = useCallback(() => {
    setRepick(null);
    setPicker(true);
  }, []);
  const closeFind = useCallback(() => setFind((f) => ({ ...f, open: false })), []);

  // The same shortcuts when focus is in the title or header fields.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if (key === 's' && !event.shiftKey) {
        event.preventDefault();
        save();
      } else if (key === 'e' && event.shiftKey) {
        event.preventDefault();
        openPicker();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, openPicker]);

  const insertExcerpt = (excerpt: ExcerptPayload) => {
    setPicker(false);
    if (repick) {
      setRepick(null);
      return repick.replace(excerpt);
    }
    const editor = editorRef.current;
    if (!editor) return;
    editor.focus();
    editor.dispatchCommand(INSERT_EXCERPT_COMMAND, excerpt);
  };

  const restore = async (version: NoteVersion) => {
    const editor = editorRef.current;
    if (!editor) return;
    // Keep what is there now as a version first, so the restore itself can be undone from history too.
    await flush('before-restore');
    editor.update(() => {
      const root = $getRoot();
      root.clear();
      for (const child of version.content.root.children ?? [])
        root.append($parseSerializedNode(child as unknown as SerializedLexicalNode));
    });
    updateMeta({
      title: version.title,
      status: version.status,
      classification: version.classification,
      fields: version.fields,
    });
    setHistoryKey((k) => k + 1);
    setNotice(t('notes.restored'));
  };

  const language = note.language;
  const status = saver.state;

  return (
    <ExcerptServicesContext.Provider value={services}>
      <div className={`note-workspace${panel ? ' note-workspace--with-panel' : ''}`}>
        <div className="note-main">
          <header className="note-bar">
            <a className="note-back" href={routeHref({ view: 'notes' })}>
              {t('notes.allNotes')}
            </a>
            <input
              className="note-title-input"
              // Where focus lands when the note opens (app/useViewFocus.ts).
              data-view-focus
              aria-label={t('notes.noteTitle')}
              value={meta.title}
              maxLength={300}
              readOnly={readOnly}
              onChange={(event) => updateMeta({ title: event.target.value })}
            />
            {!team.shared && (
              <select
                aria-label={t('notes.columns.status')}
                value={meta.status}
                onChange={(event) => updateMeta({ status: event.target.value as NoteStatus })}
              >
                <option value="draft">{t('notes.status.draft')}</option>
                <option value="final">{t('notes.status.final')}</option>
              </select>
            )}
            <span className={`save-status save-status--${status.status}`} role="status" aria-live="polite">
              {status.status === 'saved'
                ? savedLabel(status.savedAt ?? note.updatedAt, t, uiLanguage)
                : status.status === 'saving'
                  ? t('notes.saving')
                  : status.status === 'pending'
                    ? t('notes.editing')
                    : status.message}
            </span>
            <span className="word-count">
              {t('notes.words', { count: words, formatted: formatNumber(words, uiLanguage) })}
            </span>
            {!readOnly && (
              <button type="button" className="small-button" onClick={save} title={t('notes.saveVersionHint')}>
                {t('notes.saveVersion')}
              </button>
            )}
            <ExportWordButton kind="note" id={note.id} className="small-button" />
            <ShareButton
              kind="note"
              id={note.id}
              shared={team.shared}
              beforeShare={() => flush()}
              onShared={onShared}
            />
            <button
              type="button"
              className="small-button small-button--quiet"
              aria-pressed={panel === 'sources'}
              onClick={() => setPanel(panel === 'sources' ? null : 'sources')}
            >
              {t('notes.sources')}
            </button>
            <button
              type="button"
              className="small-button small-button--quiet"
              aria-pressed={panel === 'history'}
              onClick={() => setPanel(panel === 'history' ? null : 'history')}
            >
              {t('notes.history')}
            </button>
            {team.shared && (
              <button
                type="button"
                className="small-button small-button--quiet"
                aria-pressed={panel === 'comments'}
                onClick={() => setPanel(panel === 'comments' ? null : 'comments')}
              >
                {t('comments.title')}
              </button>
            )}
          </header>
          {team.shared && <ReviewBar kind="note" id={note.id} />}
          {readOnly && (
            <div className="message note-notice" role="status">
              {t('sync.readOnly')}
            </div>
          )}
          {notice && (
            <div className="message note-notice" role="status">
              {notice}{' '}
              <button type="button" className="link-button" onClick={() => setNotice('')}>
                {t('library.dismiss')}
              </button>
            </div>
          )}
          <NoteEditor
            initialContent={note.content}
            editorRef={editorRef}
            editableRef={editableRef}
            {...(collaboration ? { collaboration } : {})}
            onContentChange={schedule}
            onWordCount={setWords}
            onSave={save}
            onPickExcerpt={openPicker}
            find={find}
            onFind={openFind}
            onCloseFind={closeFind}
            label={t('notes.editorLabel', { title: meta.title || t('notes.untitled') })}

            language={language}
            header={
              <fieldset className="plain-fieldset" disabled={readOnly}>
                <NoteHeaderFields
                  language={language}
                  fields={meta.fields}
                  classification={meta.classification}
                  onChange={(fields) => updateMeta({ fields })}
                  onClassification={(classification) => updateMeta({ classification })}
                />
              </fieldset>
            }
            footer={
              <fieldset className="plain-fieldset" disabled={readOnly}>
                <NoteSignoffFields
                  language={language}
                  fields={meta.fields}
                  onChange={(fields) => updateMeta({ fields })}
                />
              </fieldset>
            }
          />
        </div>
        {panel === 'sources' && <SourcePane onDocument={setSourceId} />}
        {panel === 'history' && (
          <VersionHistory noteId={note.id} refreshKey={historyKey} onRestore={(v) => void restore(v)} />
        )}
        {panel === 'comments' && team.shared && (
          <CommentsPanel noteId={note.id} editableRef={editableRef} readOnly={readOnly} />
        )}
        <ExcerptPicker
          // A fresh picker for "Pick again": it opens on the excerpt's document.
          key={repick?.documentId ?? 'insert'}
          open={picker}
          initialDocumentId={repick?.documentId ?? sourceId}
          onInsert={insertExcerpt}
          onClose={() => setPicker(false)}
        />
      </div>
    </ExcerptServicesContext.Provider>
  );
}
