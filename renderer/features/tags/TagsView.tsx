/**
 * Every tag in the library with how many annotations carry it; choosing one lists those
 * annotations in every document (each on its document's newest version, with where it stands
 * there), and the tag can be renamed — or merged into another by giving it that name.
 */
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaggedAnnotation } from '../../../shared/api/reading.ts';
import { call } from '../../api/client.ts';
import { navigate, routeHref } from '../../app/useRoute.ts';
import { formatDate, formatNumber, quote, useLanguage } from '../../i18n/index.ts';
import './tags.css';

interface TagCount {
  tag: string;
  count: number;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function useTagCounts(): { tags: TagCount[] | null; error: string | null; refresh: () => void } {
  const [tags, setTags] = useState<TagCount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    call('annotations:tags', {}).then(
      (list) => live && setTags(list),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [round]);
  return { tags, error, refresh: useCallback(() => setRound((r) => r + 1), []) };
}

function TaggedList({ tag, round }: { tag: string; round: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [found, setFound] = useState<TaggedAnnotation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('annotations:byTag', { tag }).then(
      (list) => live && setFound(list),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [tag, round]);
  const byDocument = useMemo(() => {
    const groups = new Map<string, TaggedAnnotation[]>();
    for (const item of found ?? []) groups.set(item.document.id, [...(groups.get(item.document.id) ?? []), item]);
    return [...groups.values()];
  }, [found]);
  if (error)
    return (
      <p className="message message--error" role="alert">
        {error}
      </p>
    );
  if (!found) return <p className="muted">{t('library.loading')}</p>;
  if (found.length === 0) return <p className="muted">{t('tagsView.noneWithTag')}</p>;
  return (
    <div className="tagged-documents">
      {byDocument.map((items) => {
        const doc = items[0]?.document;
        if (!doc) return null;
        return (
          <section key={doc.id} className="tagged-document" aria-labelledby={`tagged-${doc.id}`}>
            <h3 id={`tagged-${doc.id}`}>
              <a href={routeHref({ view: 'document', id: doc.id })}>{doc.title}</a>{' '}
              <span className="muted tagged-meta">
                {[
                  formatDate(doc.date, language),
                  doc.version > 1 ? t('libraryView.versionNumber', { version: doc.version }) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </h3>
            <ul className="tagged-list">
              {items.map(({ annotation: a }) => {
                const text = (a.anchor.text ?? a.quote.exact).replace(/\s+/g, ' ');
                const clipped = text.length > 240 ? `${text.slice(0, 239)}…` : text;
                return (
                  <li key={a.id} className={`tagged-item tagged-item--${a.color}`}>
                    <span className={`color-dot color-dot--${a.color}`} aria-hidden="true" />
                    <div>
                      <a
                        className="tagged-quote"
                        href={
                          a.anchor.paragraph
                            ? routeHref({ view: 'document', id: doc.id, paragraph: a.anchor.paragraph })
                            : routeHref({ view: 'document', id: doc.id })
                        }
                      >
                        {a.anchor.paragraph ? `${t('annotations.paragraph', { n: a.anchor.paragraph })} · ` : ''}
                        {quote(clipped, language)}
                      </a>
                      {a.anchor.status !== 'exact' && (
                        <span className={`status-badge status-badge--${a.anchor.status}`}>
                          {t(`annotations.status.${a.anchor.status}`)}
                        </span>
                      )}
                      {a.comment && <p className="tagged-comment">{a.comment.text}</p>}
                      {a.tags.length > 1 && (
                        <p className="muted tagged-other-tags">
                          {t('tagsView.alsoTagged', {
                            tags: a.tags.filter((x) => x.toLowerCase() !== tag.toLowerCase()).join(', '),
                          })}
                        </p>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function RenameTag({ tag, tags, onDone }: { tag: string; tags: readonly TagCount[]; onDone: (name: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(tag);
  const [error, setError] = useState<string | null>(null);
  const into = tags.find(
    (x) => x.tag.toLowerCase() === name.trim().toLowerCase() && x.tag.toLowerCase() !== tag.toLowerCase(),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const to = name.trim();
    if (!to || to === tag) {
      setOpen(false);
      return;
    }
    try {
      await call('annotations:renameTag', { from: tag, to });
      setOpen(false);
      onDone(to);
    } catch (e) {
      setError(errorText(e));
    }
  };
  if (!open)
    return (
      <button type="button" className="button button--small button--secondary" onClick={() => setOpen(true)}>
        {t('tagsView.rename')}
      </button>
    );
  return (
    <form className="tag-rename" onSubmit={(e) => void submit(e)}>
      <label>
        {t('tagsView.newName', { tag })}
        <input
          value={name}
          autoFocus
          maxLength={60}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        />
      </label>
      <button type="submit" className="button button--small">
        {into ? t('tagsView.merge') : t('tagsView.save')}
      </button>
      <button type="button" className="button button--small button--secondary" onClick={() => setOpen(false)}>
        {t('corrections.cancel')}
      </button>
      {into && (
        <p className="tag-merge-note" role="status">
          {t('tagsView.willMerge', { from: tag, into: into.tag, count: into.count })}
        </p>
      )}
      {error && (
        <p className="message message--error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** `#/tags`: every tag; `#/tags/NAME`: that tag's annotations across the library. */
export function TagsView({ tag }: { tag: string | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { tags, error, refresh } = useTagCounts();
  const [filter, setFilter] = useState('');
  const [round, setRound] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const current = tags?.find((x) => x.tag.toLowerCase() === tag?.toLowerCase());
  const shown = (tags ?? []).filter((x) => x.tag.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <div className="tags-view">
      <h1>{t('tagsView.title')}</h1>
      <p className="muted">{t('tagsView.intro')}</p>
      {notice && (
        <p className="message" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="message message--error" role="alert">
          {error}
        </p>
      )}
      <div className="tags-columns">
        <nav className="tags-index" aria-label={t('tagsView.listLabel')}>
          <label className="tags-filter">
            <span className="visually-hidden">{t('tagsView.filter')}</span>
            <input
              type="search"
              placeholder={t('tagsView.filter')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </label>
          {tags === null ? (
            <p className="muted">{t('library.loading')}</p>
          ) : tags.length === 0 ? (
            <p className="muted">{t('tagsView.empty')}</p>
          ) : (
            <ul className="tags-list">
              {shown.map((x) => (
                <li key={x.tag}>
                  <a
                    href={routeHref({ view: 'tags', tag: x.tag })}
                    aria-current={current?.tag === x.tag ? 'page' : undefined}
                    className="tags-link"
                  >
                    <span>{x.tag}</span>
                    <span className="tags-count" aria-label={t('tagsView.count', { count: x.count })}>
                      {formatNumber(x.count, language)}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </nav>
        <section className="tags-detail" aria-labelledby="tag-title">
          {tag ? (
            <>
              <div className="tags-detail-head">
                {/* Focus lands here when a tag is chosen (app/useViewFocus.ts). */}
                <h2 id="tag-title" tabIndex={-1} data-view-focus>
                  {t('tagsView.annotationsWith', { tag: current?.tag ?? tag })}
                </h2>
                {current && (
                  <RenameTag
                    key={current.tag}
                    tag={current.tag}
                    tags={tags ?? []}
                    onDone={(name) => {
                      setNotice(t('tagsView.renamed', { from: current.tag, to: name }));
                      refresh();
                      setRound((r) => r + 1);
                      navigate({ view: 'tags', tag: name });
                    }}
                  />
                )}
              </div>
              <TaggedList tag={tag} round={round} />
            </>
          ) : (
            <p id="tag-title" className="muted">
              {t('tagsView.choose')}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
