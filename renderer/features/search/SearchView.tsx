import { useState } from 'react';
import type { SearchHit } from '../../../shared/api/index.ts';
import type { SearchKind } from '../../../shared/search/query.ts';
import { onResultKeyDown } from './resultsFocus.ts';
import { SEARCH_SHORTCUT_LABEL } from './SearchBox.tsx';
import { hitHref } from './searchRoute.ts';
import { NO_FILTERS, useSearch, type SearchFilters } from './useSearch.ts';

const KIND_OPTIONS: Array<{ kind: SearchKind; label: string }> = [
  { kind: 'paragraph', label: 'Documents' },
  { kind: 'annotation', label: 'Annotations' },
  { kind: 'note', label: 'Notes' },
];
const KIND_LABELS: Record<SearchKind, string> = { paragraph: 'Paragraph', annotation: 'Annotation', note: 'Note' };

/** A snippet's segments as text and <mark>: document text is never parsed as HTML. */
export function Snippet({ segments }: { segments: SearchHit['snippet'] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}

function hitLink(hit: SearchHit, query: string): string {
  if (hit.documentId) return hitHref(hit.documentId, hit.paragraph, query);
  if (hit.kind === 'note') return `#/notes/${hit.ownerId}`;
  return '#/';
}

function Where({ hit }: { hit: SearchHit }) {
  const parts = [
    hit.kind === 'note' ? 'Briefing note' : (hit.documentTitle ?? 'Document'),
    hit.section,
    hit.paragraph ? `¶ ${hit.paragraph}` : null,
  ].filter(Boolean);
  return <span className="search-hit-where">{parts.join(' · ')}</span>;
}

function Filters({ filters, onChange }: { filters: SearchFilters; onChange: (next: SearchFilters) => void }) {
  const toggle = (kind: SearchKind) =>
    onChange({
      ...filters,
      kinds: filters.kinds.includes(kind) ? filters.kinds.filter((k) => k !== kind) : [...filters.kinds, kind],
    });
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">Filters</legend>
      {KIND_OPTIONS.map(({ kind, label }) => (
        <label key={kind} className="search-filter-check">
          <input type="checkbox" checked={filters.kinds.includes(kind)} onChange={() => toggle(kind)} />
          {label}
        </label>
      ))}
      <label className="search-filter">
        Language
        <select value={filters.language} onChange={(event) => onChange({ ...filters, language: event.target.value })}>
          <option value="">Any</option>
          <option value="en">English</option>
          <option value="fr">Français</option>
        </select>
      </label>
      <label className="search-filter">
        From
        <input
          type="date"
          value={filters.from}
          onChange={(event) => onChange({ ...filters, from: event.target.value })}
        />
      </label>
      <label className="search-filter">
        To
        <input type="date" value={filters.to} onChange={(event) => onChange({ ...filters, to: event.target.value })} />
      </label>
      {(filters.kinds.length > 0 || filters.language || filters.from || filters.to) && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}

function Help() {
  return (
    <div className="search-help muted">
      <p>
        Search every document, annotation and note at once. Accents and capitals do not matter: <kbd>défense</kbd> also
        finds “Defense”.
      </p>
      <ul>
        <li>
          <kbd>"climate change"</kbd> an exact phrase · <kbd>nucl*</kbd> words starting with “nucl”
        </li>
        <li>
          <kbd>arctic OR arctique</kbd> either · <kbd>ukraine -russia</kbd> or <kbd>NOT russia</kbd> leave out (ET, OU,
          SAUF work too)
        </li>
        <li>
          <kbd>tag:energy</kbd> <kbd>kind:note</kbd> <kbd>lang:fr</kbd> <kbd>from:2024-01-01</kbd>{' '}
          <kbd>to:2024-12-31</kbd> filters
        </li>
        <li>
          <kbd>{SEARCH_SHORTCUT_LABEL}</kbd> search from anywhere · <kbd>↓</kbd> <kbd>↑</kbd> move through results ·{' '}
          <kbd>Enter</kbd> open · <kbd>Ctrl+F</kbd> find in the open document
        </li>
      </ul>
    </div>
  );
}

/** The search results page (`#/search?q=…`): filters, a count, ranked hits with snippets. */
export function SearchView({ query }: { query: string }) {
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const state = useSearch(query, filters);
  const result = state.status === 'done' ? state.result : state.status === 'searching' ? state.previous : null;

  let status = '';
  if (state.status === 'error') status = state.message;
  else if (result?.message) status = result.message;
  else if (result) {
    const count = result.more ? `More than ${result.total}` : String(result.total);
    status = `${count} match${result.total === 1 ? '' : 'es'}${result.more ? ' (the most recent ranked)' : ''}`;
  }

  return (
    <section className="search-view" aria-labelledby="search-title">
      <h1 id="search-title" className="search-title">
        {query.trim() ? `Search: ${query}` : 'Search'}
      </h1>
      <Filters filters={filters} onChange={setFilters} />
      <p
        className={`search-status${state.status === 'error' || result?.message ? ' message message--error' : ' muted'}`}
        role="status"
      >
        {status}
      </p>
      {result?.warnings.map((warning) => (
        <p key={warning} className="search-warning muted">
          {warning}
        </p>
      ))}
      {query.trim() === '' && <Help />}
      {result && result.hits.length > 0 && (
        <ol className="search-results" aria-label="Search results" aria-busy={state.status === 'searching'}>
          {result.hits.map((hit) => (
            <li key={`${hit.kind}:${hit.documentId ?? ''}:${hit.ownerId}`} className="search-hit">
              <a className="search-hit-link" href={hitLink(hit, query)} onKeyDown={onResultKeyDown}>
                <span className="search-hit-head">
                  <span className={`search-hit-kind search-hit-kind--${hit.kind}`}>{KIND_LABELS[hit.kind]}</span>
                  <Where hit={hit} />
                  {hit.language && <span className="search-hit-lang">{hit.language.toUpperCase()}</span>}
                  {hit.date && <span className="search-hit-date">{hit.date}</span>}
                </span>
                <span className="search-hit-snippet">
                  <Snippet segments={hit.snippet} />
                </span>
              </a>
            </li>
          ))}
        </ol>
      )}
      {result && !result.message && result.hits.length === 0 && state.status === 'done' && (
        <p className="muted">
          No matches. Try fewer words, a prefix such as <kbd>secur*</kbd>, or clear the filters.
        </p>
      )}
    </section>
  );
}
