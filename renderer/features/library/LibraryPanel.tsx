import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { routeHref } from '../../app/useRoute.ts';
import type { LibraryState } from './useLibrary.ts';

const KIND_LABELS = { declaration: 'Declaration', news: 'News', other: 'Document' } as const;

/** The library sidebar: documents, the import button, drop target, progress and messages. */
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
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) void library.importFiles(files);
  };

  return (
    <nav
      className={`library${dragging ? ' library--dragging' : ''}`}
      aria-label="Library"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header className="library-header">
        <a className="brand" href={routeHref({ view: 'library' })}>
          Précis
        </a>
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={!!library.progress}>
          Import…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="Import files"
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
            Importing {library.progress.current} ({library.progress.done + 1} of {library.progress.total})
          </span>
        </div>
      )}
      {library.error && (
        <div className="message message--error" role="alert">
          <p>{library.error}</p>
          <button type="button" className="link-button" onClick={library.dismiss}>
            Dismiss
          </button>
        </div>
      )}
      {library.notice && !library.error && (
        <div className="message" role="status">
          {library.notice}
        </div>
      )}

      <h2 className="library-title">Library</h2>
      {library.documents === null ? (
        <p className="muted">Loading…</p>
      ) : library.documents.length === 0 ? (
        <p className="muted">No documents yet. Import a file or drop it here.</p>
      ) : (
        <ul className="library-list">
          {library.documents.map((doc) => (
            <li key={doc.id}>
              <a
                href={routeHref({ view: 'document', id: doc.id })}
                className="library-item"
                aria-current={doc.id === openId ? 'page' : undefined}
              >
                <span className="library-item-title">{doc.title}</span>
                <span className="library-item-meta">
                  {KIND_LABELS[doc.kind]}
                  {doc.date ? ` · ${doc.date}` : ''} · {doc.language.toUpperCase()} · {doc.paragraphCount} ¶
                  {doc.version > 1 ? ` · v${doc.version}` : ''}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <p className="library-hint muted">Drop files here to import them, or paste text with Ctrl+V.</p>
      {footer}
    </nav>
  );
}
