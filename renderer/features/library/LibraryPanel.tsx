import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useWindowedRows } from '../../components/useWindowedRows.ts';
import { useTranslation } from 'react-i18next';
import { formatDate, useLanguage } from '../../i18n/index.ts';
import { formatPercent } from '../../../shared/i18n/index.ts';
import { routeHref } from '../../app/useRoute.ts';
import type { LibraryState } from './useLibrary.ts';
import { hasSeveralVersions } from '../../../shared/model/versions.ts';
import { useDocumentWindow, type DocumentViewOrder } from './useDocumentWindow.ts';

/** The sidebar lists the newest imports first. */
const NEWEST_FIRST: DocumentViewOrder = { sort: 'importedAt', descending: true };

/**
 * The library sidebar: the import button, progress and messages, the documents (only those in
 * view are drawn), a drop target.
 */
export function LibraryPanel({
  library,
  openId,
  footer,
}: {
  library: LibraryState;
  openId: string | undefined;
  /** Shell controls shown at the bottom of the sidebar (language, …). */
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const [range, setRange] = useState({ start: 0, end: 0 });
  const documents = useDocumentWindow(NEWEST_FIRST, range, library.generation);
  const count = documents.total ?? 0;
  const visible = useWindowedRows(list, count, 56);
  if (visible.start !== range.start || visible.end !== range.end) setRange({ start: visible.start, end: visible.end });

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) void library.importFiles(files);
  };

  return (
    <nav
      className={`library${dragging ? ' library--dragging' : ''}`}
      aria-label={t('library.label')}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header className="library-header">
        <h2 className="library-title">{t('library.title')}</h2>
        <button
          type="button"
          className="button button--small"
          onClick={() => input.current?.click()}
          disabled={!!library.progress}
        >
          {t('library.import')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label={t('library.importFiles')}
          accept=".txt,.html,.htm,.md,.markdown,.pdf,.docx,text/*,application/pdf"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            if (files.length > 0) void library.importFiles(files);
          }}
        />
      </header>

      {library.progress && (
        <div className="library-progress" role="status">
          <progress max={library.progress.total} value={library.progress.done + library.progress.fraction} />
          <span>
            {t('library.importing', {
              name: library.progress.current,
              current: library.progress.done + 1,
              total: library.progress.total,
            })}
          </span>
        </div>
      )}
      {library.error && (
        <div className="message message--error" role="alert">
          <p>{library.error}</p>
          <button type="button" className="link-button" onClick={library.dismiss}>
            {t('library.dismiss')}
          </button>
        </div>
      )}
      {library.question && (
        <div className="message version-question" role="alertdialog" aria-labelledby="version-question-text">
          <p id="version-question-text">
            {t('versions.question', {
              title: library.question.candidate.title,
              version: library.question.candidate.version,
              share: formatPercent(library.question.candidate.share, language),
            })}
          </p>
          <div className="version-question-actions">
            <button type="button" className="button button--small" onClick={() => void library.answer(true)}>
              {t('versions.newVersion')}
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => void library.answer(false)}
            >
              {t('versions.separate')}
            </button>
          </div>
        </div>
      )}
      {library.notice && !library.error && (
        <div className="message" role="status">
          {typeof library.notice === 'string' ? library.notice : t('library.imported', { ...library.notice })}
        </div>
      )}

      {documents.error && (
        <div className="message message--error" role="alert">
          <p>{documents.error}</p>
        </div>
      )}
      {documents.total === null ? (
        <p className="muted">{t('library.loading')}</p>
      ) : documents.total === 0 ? (
        <p className="muted">{t('library.empty')}</p>
      ) : (
        <ul className="library-list" ref={list}>
          {visible.before > 0 && <li className="window-spacer" aria-hidden="true" style={{ height: visible.before }} />}
          {Array.from({ length: visible.end - visible.start }, (_, i) => {
            const index = visible.start + i;
            const doc = documents.rowAt(index);
            return (
              <li
                key={doc?.id ?? `row-${index}`}
                ref={visible.measure(index)}
                aria-setsize={count}
                aria-posinset={index + 1}
              >
                {doc ? (
                  <a
                    href={routeHref({ view: 'document', id: doc.id })}
                    className="library-item"
                    aria-current={doc.id === openId ? 'page' : undefined}
                  >
                    <span className="library-item-title">{doc.title}</span>
                    <span className="library-item-meta">
                      {[
                        t(`kinds.${doc.kind}`),
                        formatDate(doc.date, language),
                        doc.language.toUpperCase(),
                        t('library.paragraphs', { count: doc.paragraphCount }),
                        hasSeveralVersions(doc) ? t('library.version', { version: doc.version }) : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </a>
                ) : (
                  <span className="library-row-pending" aria-busy="true" />
                )}
              </li>
            );
          })}
          {visible.after > 0 && <li className="window-spacer" aria-hidden="true" style={{ height: visible.after }} />}
        </ul>
      )}
      <p className="library-hint muted">{t('library.dropHint')}</p>
      {footer}
    </nav>
  );
}
