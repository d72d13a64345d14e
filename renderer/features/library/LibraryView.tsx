/**
 * The library as a table: every document with kind, date, language, version and number of
 * annotations; sort by any column, filter by text, kind and language; open, rename, delete
 * (after a confirmation that says what goes with it, and with undo).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentSummary } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import { routeHref } from '../../app/useRoute.ts';
import type { LibraryState } from './useLibrary.ts';

const KIND_LABELS = { declaration: 'Declaration', news: 'News', other: 'Document' } as const;

type SortKey = 'title' | 'kind' | 'date' | 'language' | 'annotations' | 'importedAt';

interface Deleted {
  id: string;
  title: string;
}

export function LibraryView({ library }: { library: LibraryState }) {
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'importedAt', descending: true });
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState('');
  const [language, setLanguage] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<DocumentSummary | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  const documents = library.documents;
  useEffect(() => {
    call('annotations:counts', {}).then(setCounts, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  }, [documents]);

  useEffect(() => {
    if (confirming) dialog.current?.showModal();
    else dialog.current?.close();
  }, [confirming]);

  const languages = useMemo(() => [...new Set((documents ?? []).map((d) => d.language))].sort(), [documents]);
  const rows = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const value = (d: DocumentSummary): string | number =>
      sort.key === 'annotations'
        ? (counts[d.id] ?? 0)
        : sort.key === 'kind'
          ? KIND_LABELS[d.kind]
          : (d[sort.key] ?? '');
    return (documents ?? [])
      .filter(
        (d) =>
          (!needle || d.title.toLowerCase().includes(needle)) &&
          (!kind || d.kind === kind) &&
          (!language || d.language === language),
      )
      .sort((a, b) => {
        const x = value(a);
        const y = value(b);
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return sort.descending ? -order : order;
      });
  }, [documents, counts, query, kind, language, sort]);

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
      <h1>Library</h1>
      <div className="library-filters" role="group" aria-label="Filter documents">
        <label>
          Find
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Title…" />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">All</option>
            {Object.entries(KIND_LABELS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Language
          <select value={language} onChange={(e) => setLanguage(e.target.value)}>
            <option value="">All</option>
            {languages.map((l) => (
              <option key={l} value={l}>
                {l.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <div className="message message--error" role="alert">
          {error}
        </div>
      )}
      {documents === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <table className="library-table">
          <caption className="visually-hidden">Documents, {rows.length} shown</caption>
          <thead>
            <tr>
              {header('title', 'Title')}
              {header('kind', 'Kind')}
              {header('date', 'Date')}
              {header('language', 'Language')}
              {header('annotations', 'Annotations')}
              {header('importedAt', 'Imported')}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <td>
                  {renaming === d.id ? (
                    <form
                      className="rename-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        const title = String(new FormData(e.currentTarget).get('title') ?? '').trim();
                        setRenaming(null);
                        if (title && title !== d.title) void run(() => call('documents:rename', { id: d.id, title }));
                      }}
                    >
                      <label className="visually-hidden" htmlFor={`rename-${d.id}`}>
                        New title
                      </label>
                      <input
                        id={`rename-${d.id}`}
                        name="title"
                        defaultValue={d.title}
                        autoFocus
                        onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                      />
                      <button type="submit" className="button button--small">
                        Save
                      </button>
                    </form>
                  ) : (
                    <a href={routeHref({ view: 'document', id: d.id })}>{d.title}</a>
                  )}
                  {d.version > 1 && <span className="muted"> · version {d.version}</span>}
                </td>
                <td>{KIND_LABELS[d.kind]}</td>
                <td>{d.date ?? '—'}</td>
                <td>{d.language.toUpperCase()}</td>
                <td className="number">{counts[d.id] ?? 0}</td>
                <td>{d.importedAt.slice(0, 10)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`Rename “${d.title}”`}
                    onClick={() => setRenaming(d.id)}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={`Delete “${d.title}”`}
                    onClick={() => setConfirming(d)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
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
            <h2 id="confirm-title">Delete “{confirming.title}”?</h2>
            <p>
              This removes {confirming.version > 1 ? `version ${confirming.version} of ` : ''}the document from the
              library
              {(counts[confirming.id] ?? 0) > 0
                ? `, with the ${counts[confirming.id]} annotation${counts[confirming.id] === 1 ? '' : 's'} you see on it`
                : ''}
              . You can undo this right after.
            </p>
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => setConfirming(null)}>
                Cancel
              </button>
              <button type="submit" className="button button--danger">
                Delete
              </button>
            </div>
          </form>
        )}
      </dialog>
      {deleted && (
        <div className="toast" role="status">
          “{deleted.title}” deleted.
          <button
            type="button"
            className="link-button"
            onClick={() => {
              const target = deleted;
              setDeleted(null);
              void run(() => call('documents:restore', { id: target.id }));
            }}
          >
            Undo
          </button>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setDeleted(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
