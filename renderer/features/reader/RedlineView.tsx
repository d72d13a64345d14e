/**
 * Compare two versions of a document: every paragraph and heading of the newer one, with what
 * was removed where it stood, the changed words struck through or underlined, and beside each
 * paragraph its annotations with where they now stand (in place, moved, changed, not found).
 * ] and [ step through the changes.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DocumentVersion } from '../../../shared/api/reading.ts';
import type { Annotation, StoredDocument } from '../../../shared/model/index.ts';
import {
  redline,
  summarize,
  type RedlineItem,
  type RedlineRow,
  type WordChange,
} from '../../../shared/versions/redline.ts';
import { call } from '../../api/client.ts';
import { focusElement, isPlainKey, isTypingTarget, lastInputWasKeyboard } from '../../app/keys.ts';
import { formatDate, formatNumber, quote, useLanguage } from '../../i18n/index.ts';

interface Side {
  document: StoredDocument;
  annotations: Annotation[];
}

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; from: Side; to: Side };

async function loadSide(id: string): Promise<Side> {
  const [document, annotations] = await Promise.all([
    call('documents:get', { id }),
    call('annotations:list', { documentId: id }),
  ]);
  return { document, annotations };
}

/** The versions of `documentId`'s series, oldest first (null while loading). */
export function useVersions(documentId: string): DocumentVersion[] | null {
  const [versions, setVersions] = useState<DocumentVersion[] | null>(null);
  useEffect(() => {
    let live = true;
    call('documents:versions', { id: documentId }).then(
      (list) => live && setVersions(list),
      () => live && setVersions([]),
    );
    return () => {
      live = false;
    };
  }, [documentId]);
  return versions;
}

/** What to compare by default: this version with the one before it, or the first two. */
function defaultPair(versions: readonly DocumentVersion[], currentId: string): [string, string] {
  const index = versions.findIndex((v) => v.id === currentId);
  if (index > 0) return [versions[index - 1]?.id ?? currentId, currentId];
  return [currentId, versions[index + 1]?.id ?? currentId];
}

function Words({ words }: { words: readonly WordChange[] }) {
  const { t } = useTranslation();
  return (
    <>
      {words.map((w, i) =>
        w.op === 'same' ? (
          w.text
        ) : w.op === 'removed' ? (
          <del key={i}>
            <span className="visually-hidden">{t('redline.removedStart')}</span>
            {w.text}
            <span className="visually-hidden">{t('redline.removedEnd')}</span>
          </del>
        ) : (
          <ins key={i}>
            <span className="visually-hidden">{t('redline.addedStart')}</span>
            {w.text}
            <span className="visually-hidden">{t('redline.addedEnd')}</span>
          </ins>
        ),
      )}
    </>
  );
}

function where(item: RedlineItem, t: TFunction): string {
  return item.heading ? t('redline.heading') : t('annotations.paragraph', { n: item.label });
}

function AnnotationChips({ annotations }: { annotations: readonly Annotation[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (annotations.length === 0) return null;
  return (
    <ul className="redline-annotations" aria-label={t('redline.annotationsHere', { count: annotations.length })}>
      {annotations.map((a) => {
        const text = (a.anchor.text ?? a.quote.exact).replace(/\s+/g, ' ');
        return (
          <li key={a.id} className={`redline-annotation redline-annotation--${a.anchor.status}`}>
            <span className={`color-dot color-dot--${a.color}`} aria-hidden="true" />
            <span className={`status-badge status-badge--${a.anchor.status}`}>
              {t(`annotations.status.${a.anchor.status}`)}
            </span>{' '}
            <span className="redline-annotation-quote">
              {quote(text.length > 90 ? `${text.slice(0, 89)}…` : text, language)}
            </span>
            {a.tags.length > 0 && <span className="muted"> · {a.tags.join(', ')}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function Row({ row, annotations }: { row: RedlineRow; annotations: readonly Annotation[] }) {
  const { t } = useTranslation();
  const item = row.kind === 'removed' ? row.before : row.after;
  const number =
    row.kind === 'removed' || row.kind === 'added'
      ? where(item, t)
      : row.before.heading
        ? t('redline.heading')
        : row.before.label === row.after.label
          ? t('annotations.paragraph', { n: row.after.label })
          : t('redline.renumbered', { from: row.before.label, to: row.after.label });
  const Tag = item.heading ? 'h3' : 'p';
  return (
    <li
      className={`redline-row redline-row--${row.kind}${item.heading ? ' redline-row--heading' : ''}`}
      tabIndex={row.kind === 'same' ? undefined : -1}
      data-change={row.kind === 'same' ? undefined : row.kind}
    >
      <div className="redline-where">
        <span>{number}</span>
        {row.kind !== 'same' && (
          <span className={`redline-kind redline-kind--${row.kind}`}>{t(`redline.kinds.${row.kind}`)}</span>
        )}
      </div>
      <Tag className="redline-text">
        {row.kind === 'changed' ? (
          <Words words={row.words} />
        ) : row.kind === 'removed' ? (
          <Words words={[{ op: 'removed', text: row.before.text }]} />
        ) : row.kind === 'added' ? (
          <Words words={[{ op: 'added', text: row.after.text }]} />
        ) : (
          item.text
        )}
        {row.kind === 'moved' && (
          <span className="redline-moved muted"> {t('redline.movedFrom', { where: where(row.before, t) })}</span>
        )}
      </Tag>
      <AnnotationChips annotations={annotations} />
    </li>
  );
}

function versionLabel(v: DocumentVersion, t: TFunction, language: 'en' | 'fr'): string {
  const date = formatDate(v.date, language);
  return [t('libraryView.versionNumber', { version: v.version }), date].filter(Boolean).join(' · ');
}

function VersionSelect({
  label,
  versions,
  value,
  onChange,
}: {
  label: string;
  versions: readonly DocumentVersion[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {versionLabel(v, t, language)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function RedlineView({ document: current, onBack }: { document: StoredDocument; onBack: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const versions = useVersions(current.id);
  const [pair, setPair] = useState<[string, string] | null>(null);
  const [onlyChanges, setOnlyChanges] = useState(false);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const chosen = pair ?? (versions && versions.length > 1 ? defaultPair(versions, current.id) : null);
  const [fromId, toId] = chosen ?? [current.id, current.id];

  useEffect(() => {
    focusElement(heading.current, { preventScroll: true, focusVisible: lastInputWasKeyboard() } as FocusOptions);
  }, []);

  useEffect(() => {
    if (!chosen) return;
    let live = true;
    Promise.all([loadSide(fromId), loadSide(toId)]).then(
      ([from, to]) => live && setLoad({ status: 'ready', from, to }),
      (error: unknown) =>
        live && setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `chosen` is derived from these ids
  }, [fromId, toId]);

  const rows = useMemo(
    () => (load.status === 'ready' ? redline(load.from.document.sections, load.to.document.sections) : []),
    [load],
  );

  /** Each row's annotations: on the newer version where they stand, else where they stood. */
  const annotationsByRow = useMemo(() => {
    const map = new Map<RedlineRow, Annotation[]>();
    if (load.status !== 'ready') return map;
    const afterBy = new Map<number, RedlineRow>();
    const beforeBy = new Map<number, RedlineRow>();
    for (const row of rows) {
      if (row.kind !== 'removed' && !row.after.heading) afterBy.set(row.after.n, row);
      if (row.kind !== 'added' && !row.before.heading) beforeBy.set(row.before.n, row);
    }
    const onFrom = new Map(load.from.annotations.map((a) => [a.id, a]));
    for (const a of load.to.annotations) {
      const row =
        a.anchor.paragraph !== null
          ? afterBy.get(a.anchor.paragraph)
          : beforeBy.get(onFrom.get(a.id)?.anchor.paragraph ?? -1);
      if (!row) continue;
      map.set(row, [...(map.get(row) ?? []), a]);
    }
    return map;
  }, [load, rows]);

  // ] and [ step through the changes.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isPlainKey(event) || isTypingTarget(event.target)) return;
      if (event.key !== ']' && event.key !== '[') return;
      const changes = [...(list.current?.querySelectorAll<HTMLElement>('[data-change]') ?? [])];
      if (changes.length === 0) return;
      event.preventDefault();
      const at = changes.findIndex((c) => c === document.activeElement || c.contains(document.activeElement));
      const next =
        event.key === ']'
          ? (changes[at + 1] ?? changes[0])
          : (changes[at === -1 ? changes.length - 1 : at - 1] ?? changes.at(-1));
      next?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const summary = summarize(rows);
  const shown = onlyChanges ? rows.filter((r) => r.kind !== 'same' || annotationsByRow.has(r)) : rows;
  const choose = (side: 0 | 1, id: string) => {
    setLoad({ status: 'loading' });
    setPair(side === 0 ? [id, toId] : [fromId, id]);
  };

  return (
    <div className="redline" data-pane="redline">
      <header className="redline-header">
        <button type="button" className="link-button" onClick={onBack}>
          {t('redline.back')}
        </button>
        <h1 ref={heading} tabIndex={-1}>
          {t('redline.title', { title: current.title })}
        </h1>
        {versions && versions.length > 1 && (
          <div className="redline-choice" role="group" aria-label={t('redline.choose')}>
            <VersionSelect
              label={t('redline.from')}
              versions={versions}
              value={fromId}
              onChange={(id) => choose(0, id)}
            />
            <VersionSelect label={t('redline.to')} versions={versions} value={toId} onChange={(id) => choose(1, id)} />
            <label className="redline-only">
              <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} />
              {t('redline.onlyChanges')}
            </label>
          </div>
        )}
        {load.status === 'ready' && (
          <p className="redline-summary" role="status">
            {fromId === toId
              ? t('redline.sameVersion')
              : summary.changed + summary.added + summary.removed + summary.moved === 0
                ? t('redline.noChanges')
                : t('redline.summary', {
                    changed: formatNumber(summary.changed, language),
                    added: formatNumber(summary.added, language),
                    removed: formatNumber(summary.removed, language),
                    moved: formatNumber(summary.moved, language),
                  })}{' '}
            <span className="muted">{t('redline.stepHint')}</span>
          </p>
        )}
      </header>
      {versions && versions.length < 2 ? (
        <p className="muted">{t('redline.oneVersion')}</p>
      ) : load.status === 'loading' ? (
        <p className="muted">{t('library.loading')}</p>
      ) : load.status === 'error' ? (
        <p className="message message--error" role="alert">
          {load.message}
        </p>
      ) : (
        <ol ref={list} className="redline-rows" lang={load.to.document.language}>
          {shown.map((row, i) => (
            <Row key={i} row={row} annotations={annotationsByRow.get(row) ?? []} />
          ))}
        </ol>
      )}
    </div>
  );
}
