/**
 * The library as a table: every document with kind, date, language, version and number of
 * annotations; sort by any column, filter by text, kind and language; open, rename, delete
 * (after a confirmation that says what goes with it, and with undo). Only the rows in view are
 * drawn (useWindowedRows) and only they are read from the library (useDocumentWindow: the store
 * sorts and filters), so fifty thousand documents open and scroll like ten.
 */
import { RenameForm } from '../../components/RenameForm.tsx';
import { useWindowedRows } from '../../components/useWindowedRows.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PagedDocument } from '../../../shared/api/index.ts';
import type { DocumentKind } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import { routeHref } from '../../app/useRoute.ts';
import { formatDate, formatNumber, useLanguage } from '../../i18n/index.ts';
import type { LibraryState } from './useLibrary.ts';
import { FirstRunGuide } from '../guide/index.ts';
import { useDocumentWindow, type DocumentViewOrder } from './useDocumentWindow.ts';
import { hasSeveralVersions } from '../../../shared/model/versions.ts';

const KINDS = ['declaration', 'news', 'other'] as const;

type SortKey = DocumentViewOrder['sort'];

/** A pause in typing before the filter asks the library again. */
const TYPING_PAUSE_MS = 150;

interface Deleted {
  id: string;
  title: string;
}

export function LibraryView({ library }: { library: LibraryState }) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'importedAt', descending: true });
  const [query, setQuery] = useState('');
  const [typed, setTyped] = useState('');
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const [language, setLanguage] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<PagedDocument | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (confirming) dialog.current?.showModal();
    else dialog.current?.close();
  }, [confirming]);

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(typed), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);

  // Kinds sort by their names in the reader's language: the store is told that order.
  const collator = useMemo(() => new Intl.Collator(uiLanguage), [uiLanguage]);
  const kindOrder = useMemo(
    () => [...KINDS].sort((a, b) => collator.compare(t(`kinds.${a}`), t(`kinds.${b}`))),
    [collator, t],
  );
  const order = useMemo<DocumentViewOrder>(
    () => ({
      sort: sort.key,
      descending: sort.descending,
      ...(query.trim() ? { text: query.trim() } : {}),
      ...(kind ? { kind } : {}),
      ...(language ? { language } : {}),
      ...(sort.key === 'kind' ? { kindOrder } : {}),
    }),
    [sort, query, kind, language, kindOrder],
  );
  const [range, setRange] = useState({ start: 0, end: 0 });
  const documents = useDocumentWindow(order, range, library.generation);
  const count = documents.total ?? 0;
  const body = useRef<HTMLTableSectionElement>(null);
  const visible = useWindowedRows(body, count, 42);
  if (visible.start !== range.start || visible.end !== range.end) setRange({ start: visible.start, end: visible.end });

  const run = useCallback(
    async (work: () => Promise<unknown>) => {
      try {
        setError(null);
        await work();
        await library.refresh();
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [library],
  );

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="sort-button"
          onClick={() =>
            setSort({ key, descending: active ? !sort.descending : key === 'importedAt' || key === 'annotations' })
          }
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="library-view">
      <h1>{t('library.title')}</h1>
      <FirstRunGuide />
      <div className="library-filters" role="group" aria-label={t('libraryView.filters')}>
        <label>
          {t('libraryView.find')}
          <input
            type="search"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder={t('libraryView.findPlaceholder')}
          />
        </label>
        <label>
          {t('libraryView.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as DocumentKind | '')}>
            <option value="">{t('libraryView.allKinds')}</option>
            {KINDS.map((key) => (
              <option key={key} value={key}>
                {t(`kinds.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('libraryView.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="">{t('libraryView.allLanguages')}</option>
            {documents.languages.map((l) => (
              <option key={l} value={l}>
                {l.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
      </div>
      {(error ?? documents.error) && (
        <div className="message message--error" role="alert">
          {error ?? documents.error}
        </div>
      )}
      {documents.total === null ? (
        <p className="muted">{t('library.loading')}</p>
      ) : (
        <table className="library-table" aria-rowcount={count + 1}>
          <caption className="visually-hidden">{t('libraryView.caption', { count })}</caption>
          <thead>
            <tr aria-rowindex={1}>
              {header('title', t('libraryView.columns.title'))}
              {header('kind', t('libraryView.columns.kind'))}
              {header('date', t('libraryView.columns.date'))}
              {header('language', t('libraryView.columns.language'))}
              {header('annotations', t('libraryView.columns.annotations'))}
              {header('importedAt', t('libraryView.columns.imported'))}
              <th scope="col">
                <span className="visually-hidden">{t('libraryView.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody ref={body}>
            {visible.before > 0 && (
              <tr className="window-spacer" aria-hidden="true">
                <td colSpan={7} style={{ height: visible.before }} />
              </tr>
            )}
            {Array.from({ length: visible.end - visible.start }, (_, i) => {
              const index = visible.start + i;
              const d = documents.rowAt(index);
              if (!d) {
                return (
                  <tr key={`row-${index}`} ref={visible.measure(index)} aria-rowindex={index + 2} aria-busy="true">
                    <td colSpan={7} className="library-row-pending" />
                  </tr>
                );
              }
              return (
                <tr key={d.id} ref={visible.measure(index)} aria-rowindex={index + 2}>
                  <td>
                    {renaming === d.id ? (
                      <RenameForm
                        initialTitle={d.title}
                        label={t('libraryView.newTitle')}
                        buttonClassName="button button--small"
                        onCancel={() => setRenaming(null)}
                        onSave={(title) => {
                          setRenaming(null);
                          if (title && title !== d.title) void run(() => call('documents:rename', { id: d.id, title }));
                        }}
                      />
                    ) : (
                      <a href={routeHref({ view: 'document', id: d.id })}>{d.title}</a>
                    )}
                    {/* v1 too, when a later version exists: the sidebar labels them the same way. */}
                    {hasSeveralVersions(d) && (
                      <span className="muted"> · {t('libraryView.versionNumber', { version: d.version })}</span>
                    )}
                  </td>
                  <td>{t(`kinds.${d.kind}`)}</td>
                  <td>{d.date ? formatDate(d.date, uiLanguage) : '—'}</td>
                  <td>{d.language.toUpperCase()}</td>
                  <td className="number">{formatNumber(d.annotationCount, uiLanguage)}</td>
                  <td>{formatDate(d.importedAt.slice(0, 10), uiLanguage)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('libraryView.renameLabel', { title: d.title })}
                      onClick={() => setRenaming(d.id)}
                    >
                      {t('libraryView.rename')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      aria-label={t('libraryView.deleteLabel', { title: d.title })}
                      onClick={() => setConfirming(d)}
                    >
                      {t('libraryView.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
            {visible.after > 0 && (
              <tr className="window-spacer" aria-hidden="true">
                <td colSpan={7} style={{ height: visible.after }} />
              </tr>
            )}
          </tbody>
        </table>
      )}
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby="confirm-title"
        onClose={() => setConfirming(null)}
      >
        {confirming && (
          <form
            method="dialog"
            onSubmit={(e) => {
              e.preventDefault();
              const target = confirming;
              setConfirming(null);
              void run(async () => {
                const result = await call('documents:delete', { id: target.id });
                setDeleted({ id: result.id, title: result.title });
              });
            }}
          >
            <h2 id="confirm-title">{t('libraryView.confirmTitle', { title: confirming.title })}</h2>
            <p>
              {confirming.version > 1
                ? t('libraryView.confirmVersion', { version: confirming.version })
                : t('libraryView.confirmDocument')}{' '}
              {confirming.annotationCount > 0 &&
                t('libraryView.confirmAnnotations', { count: confirming.annotationCount })}{' '}
              {t('libraryView.confirmUndo')}
            </p>
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => setConfirming(null)}>
                {t('libraryView.cancel')}
              </button>
              <button type="submit" className="button button--danger">
                {t('libraryView.delete')}
              </button>
            </div>
          </form>
        )}
      </dialog>
      {deleted && (
        <div className="toast" role="status">
          {t('libraryView.deleted', { title: deleted.title })}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              const target = deleted;
              setDeleted(null);
              void run(() => call('documents:restore', { id: target.id }));
            }}
          >
            {t('libraryView.undo')}
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('library.dismiss')}
            onClick={() => setDeleted(null)}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
