import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useWindowedRows } from '../../components/useWindowedRows.ts';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api/index.ts';
import { formatDate } from '../../../shared/i18n/format.ts';
import { formatParagraphLabels } from '../../../shared/model/index.ts';
import type { SearchIssue, SearchKind } from '../../../shared/search/query.ts';
import { call } from '../../api/client.ts';
import { onResultKeyDown } from './resultsFocus.ts';
import { SEARCH_SHORTCUT_LABEL } from './SearchBox.tsx';
import { routeHref } from '../../app/useRoute.ts';
import { hitHref } from './searchRoute.ts';
import { useDocumentNames } from './useDocumentNames.ts';
import { NO_FILTERS, useSearch, type SearchFilters } from './useSearch.ts';

const KINDS: SearchKind[] = ['paragraph', 'annotation', 'note'];

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
  if (hit.kind === 'note') return routeHref({ view: 'notes', id: hit.ownerId });
  if (hit.documentId) return hitHref(hit.documentId, hit.paragraph, query);
  return '#/';
}

/** The tags in use on annotations, most used first, for the tag filter. */
function useTags(): string[] {
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    call('annotations:tags', {}).then(
      (list) => live && setTags(list.map((t) => t.tag)),
      () => live && setTags([]),
    );
    return () => {
      live = false;
    };
  }, []);
  return tags;
}

/** A query note in the interface language. */
export function useIssueText(): (issue: SearchIssue) => string {
  const { t } = useTranslation();
  return (issue) => t(`search.issues.${issue.code}`, { text: issue.text, count: issue.count });
}

function Where({ hit, name }: { hit: SearchHit; name: ReturnType<typeof useDocumentNames> }) {
  const { t } = useTranslation();
  const parts = [
    hit.kind === 'note' ? t('search.briefingNote') : (name(hit.documentId, hit.documentTitle) ?? t('search.document')),
    hit.kind === 'note' ? hit.title : null,
    hit.section,
    hit.paragraph ? formatParagraphLabels([hit.paragraphLabel ?? String(hit.paragraph)]) : null,
  ].filter(Boolean);
  return <span className="search-hit-where">{parts.join(' · ')}</span>;
}

/** The hit's text: an annotation's quote and comment apart, otherwise the best passage. */
function HitText({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  if (hit.kind !== 'annotation' || hit.quote === null) {
    return (
      <span className="search-hit-snippet">
        <Snippet segments={hit.snippet} />
      </span>
    );
  }
  return (
    <>
      <span className="search-hit-snippet search-hit-quote">
        <span className="visually-hidden">{t('search.quoteLabel')} </span>
        <Snippet segments={hit.quote} />
      </span>
      {hit.comment && (
        <span className="search-hit-comment">
          <span className="search-hit-comment-label">{t('search.commentLabel')}</span>{' '}
          <Snippet segments={hit.comment} />
        </span>
      )}
    </>
  );
}

function Filters({
  filters,
  tags,
  onChange,
}: {
  filters: SearchFilters;
  tags: readonly string[];
  onChange: (next: SearchFilters) => void;
}) {
  const { t } = useTranslation();
  const toggle = (kind: SearchKind) =>
    onChange({
      ...filters,
      kinds: filters.kinds.includes(kind) ? filters.kinds.filter((k) => k !== kind) : [...filters.kinds, kind],
    });
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">{t('search.filters')}</legend>
      {KINDS.map((kind) => (
        <label key={kind} className="search-filter-check">
          <input type="checkbox" checked={filters.kinds.includes(kind)} onChange={() => toggle(kind)} />
          {t(`search.kinds.${kind}`)}
        </label>
      ))}
      <label className="search-filter">
        {t('search.language')}
        <select value={filters.language} onChange={(event) => onChange({ ...filters, language: event.target.value })}>
          <option value="">{t('search.anyLanguage')}</option>
          <option value="en">{t('app.languages.en')}</option>
          <option value="fr">{t('app.languages.fr')}</option>
        </select>
      </label>
      <label className="search-filter">
        {t('search.tag')}
        <select
          value={filters.tag}
          onChange={(event) => onChange({ ...filters, tag: event.target.value })}
          disabled={tags.length === 0 && filters.tag === ''}
        >
          <option value="">{tags.length === 0 ? t('search.noTags') : t('search.anyTag')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label className="search-filter">
        {t('search.from')}
        <input
          type="date"
          value={filters.from}
          onChange={(event) => onChange({ ...filters, from: event.target.value })}
        />
      </label>
      <label className="search-filter">
        {t('search.to')}
        <input type="date" value={filters.to} onChange={(event) => onChange({ ...filters, to: event.target.value })} />
      </label>
      {(filters.kinds.length > 0 || filters.language || filters.tag || filters.from || filters.to) && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          {t('search.clearFilters')}
        </button>
      )}
    </fieldset>
  );
}

const HELP_EXAMPLES: Array<{ examples: string[]; key: string }> = [
  { examples: ['"climate change"'], key: 'phrase' },
  { examples: ['nucl*'], key: 'prefix' },
  { examples: ['arctic OR arctique'], key: 'or' },
  { examples: ['ukraine -russia'], key: 'not' },
  { examples: ['tag:energy', 'kind:note', 'lang:fr', 'from:2024-01-01', 'to:2024-12-31'], key: 'filters' },
];

function Help() {
  const { t } = useTranslation();
  return (
    <div className="search-help muted">
      <p>{t('search.helpIntro')}</p>
      <ul>
        {HELP_EXAMPLES.map(({ examples, key }) => (
          <li key={key}>
            {examples.map((example) => (
              <kbd key={example}>{example}</kbd>
            ))}{' '}
            {t(`search.help.${key}`)}
          </li>
        ))}
        <li>{t('search.help.keys', { shortcut: SEARCH_SHORTCUT_LABEL })}</li>
      </ul>
    </div>
  );
}

/**
 * The ranked hits, drawn only where they are in view; the next page is asked for as the list
 * nears the end of what has come.
 */
function ResultList({
  hits,
  total,
  busy,
  loadMore,
  render,
}: {
  hits: SearchHit[];
  total: number;
  busy: boolean;
  loadMore: (() => void) | undefined;
  render: (hit: SearchHit) => ReactNode;
}) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const visible = useWindowedRows(list, hits.length, 96);
  useEffect(() => {
    if (loadMore && visible.end >= hits.length - 10 && hits.length < total) loadMore();
  }, [loadMore, visible.end, hits.length, total]);
  return (
    <ol className="search-results" ref={list} aria-label={t('search.results')} aria-busy={busy}>
      {visible.before > 0 && <li className="window-spacer" aria-hidden="true" style={{ height: visible.before }} />}
      {hits.slice(visible.start, visible.end).map((hit, i) => (
        <li
          key={`${hit.kind}:${hit.documentId ?? ''}:${hit.ownerId}`}
          ref={visible.measure(visible.start + i)}
          className="search-hit"
          aria-setsize={total}
          aria-posinset={visible.start + i + 1}
        >
          {render(hit)}
        </li>
      ))}
      {visible.after > 0 && <li className="window-spacer" aria-hidden="true" style={{ height: visible.after }} />}
    </ol>
  );
}

/** The search results page (`#/search?q=…`): filters, a count, ranked hits with snippets. */
export function SearchView({ query }: { query: string }) {
  const { t, i18n } = useTranslation();
  const issueText = useIssueText();
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const tags = useTags();
  const state = useSearch(query, filters);
  const result = state.status === 'done' ? state.result : state.status === 'searching' ? state.previous : null;
  const name = useDocumentNames(result ? result.hits.map((hit) => hit.documentId) : []);

  let status = '';
  if (state.status === 'error') status = state.message;
  else if (result?.message) status = issueText(result.message);
  else if (result) {
    status = result.more
      ? t('search.moreMatches', { count: result.total })
      : t('search.matches', { count: result.total });
  }

  return (
    <section className="search-view" aria-labelledby="search-title">
      <h1 id="search-title" className="search-title">
        {query.trim() ? t('search.titleFor', { query }) : t('search.title')}
      </h1>
      <Filters filters={filters} tags={tags} onChange={setFilters} />
      <p
        className={`search-status${state.status === 'error' || result?.message ? ' message message--error' : ' muted'}`}
        role="status"
      >
        {status}
      </p>
      {result?.warnings.map((warning, i) => (
        <p key={i} className="search-warning muted">
          {issueText(warning)}
        </p>
      ))}
      {query.trim() === '' && <Help />}
      {result && result.hits.length > 0 && (
        <ResultList
          hits={result.hits}
          total={result.total}
          busy={state.status === 'searching'}
          loadMore={state.status === 'done' ? state.loadMore : undefined}
          render={(hit) => (
            <>
              <a className="search-hit-link" href={hitLink(hit, query)} onKeyDown={onResultKeyDown}>
                <span className="search-hit-head">
                  <span className={`search-hit-kind search-hit-kind--${hit.kind}`}>
                    {t(`search.hitKinds.${hit.kind}`)}
                  </span>
                  <Where hit={hit} name={name} />
                  {hit.language && <span className="search-hit-lang">{hit.language.toUpperCase()}</span>}
                  {hit.date && (
                    <span className="search-hit-date">
                      {formatDate(hit.date, i18n.language === 'fr' ? 'fr' : 'en')}
                    </span>
                  )}
                </span>
                <HitText hit={hit} />
              </a>
            </>
          )}
        />
      )}
      {result && !result.message && result.hits.length === 0 && state.status === 'done' && (
        <p className="muted">{t('search.noMatches')}</p>
      )}
    </section>
  );
}
