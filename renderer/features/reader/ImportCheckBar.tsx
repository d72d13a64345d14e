import { useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paragraph, StoredDocument } from '../../../shared/model/index.ts';
import { LOW_CONFIDENCE, paragraphLabel } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import { formatDate, useLanguage } from '../../i18n/index.ts';

/** The fields the bar shows, and whether the import was unsure of each. */
export function needsImportCheck(doc: StoredDocument): boolean {
  const c = doc.confidence;
  if (!c || doc.importCheckedAt) return false;
  return [c.title, c.date, c.issuer, c.start].some((v) => v < LOW_CONFIDENCE);
}

/** How far into ¶ n the bar quotes its start. */
const QUOTE = 140;

function quote(text: string): string {
  return text.length > QUOTE ? `${text.slice(0, QUOTE).trimEnd()}…` : text;
}

type Undo = { kind: 'restore'; group: string } | { kind: 'uncheck' };

/**
 * The bar's state lives in the reading view, above the document view that remounts after each
 * correction: whether the bar is open, what Undo undoes, the last message.
 */
export interface ImportCheckState {
  open: boolean;
  undo: Undo[];
  message: { error: boolean; text: string } | null;
}

/**
 * The import check bar: shown above a document when the import was unsure of its title, date,
 * issuer or where ¶ 1 starts. It shows those and offers one-click fixes on the first
 * paragraphs — this is the title, the document starts here, not part of the document — each
 * kept as a correction and undoable, and "Looks right" to confirm.
 */
export function ImportCheckBar({
  document: doc,
  state,
  setState,
  onChange,
}: {
  document: StoredDocument;
  state: ImportCheckState;
  setState: Dispatch<SetStateAction<ImportCheckState>>;
  onChange: (document: StoredDocument) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const { undo, message } = state;
  const setUndo = (update: (u: Undo[]) => Undo[]) => setState((s) => ({ ...s, undo: update(s.undo) }));
  const setMessage = (m: ImportCheckState['message']) => setState((s) => ({ ...s, message: m }));
  const c = doc.confidence;
  const first = doc.sections.flatMap((s) => s.paragraphs).slice(0, 3);

  const run = async (work: () => Promise<StoredDocument>, done: (d: StoredDocument) => string, next?: Undo) => {
    setBusy(true);
    try {
      const saved = await work();
      onChange(saved);
      if (next) setUndo((u) => [...u, next]);
      setMessage({ error: false, text: done(saved) });
    } catch (error) {
      setMessage({ error: true, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  /** Takes blocks out and remembers the group, so Undo can put them back. */
  const drop = (
    paragraphIds: string[],
    headingSections: number[],
    reason: 'not-document' | 'title' | 'start',
    done: string,
  ) =>
    run(
      async () => {
        const saved = await call('documents:dropBlocks', { id: doc.id, paragraphIds, headingSections, reason });
        const [latest] = await call('documents:dropped', { id: doc.id });
        if (latest) setUndo((u) => [...u, { kind: 'restore', group: latest.group }]);
        return saved;
      },
      () => done,
    );

  const startAt = (paragraph: Paragraph) => {
    const before = doc.sections.flatMap((s) => s.paragraphs).filter((p) => p.n < paragraph.n);
    const headings = doc.sections
      .map((s, index) => ({ s, index }))
      .filter(({ s, index }) => index > 0 && s.heading !== null && (s.paragraphs[0]?.n ?? Infinity) <= paragraph.n)
      .map(({ index }) => index);
    return drop(
      before.map((p) => p.id),
      headings,
      'start',
      t('importCheck.started', { text: quote(paragraph.text).slice(0, 60) }),
    );
  };

  const undoLast = () => {
    const last = undo.at(-1);
    if (!last) return;
    setUndo((u) => u.slice(0, -1));
    void run(
      () =>
        last.kind === 'restore'
          ? call('documents:restoreDropped', { id: doc.id, group: last.group })
          : call('documents:confirmImport', { id: doc.id, checked: false }),
      () => t('importCheck.restored'),
    );
  };

  const low = (v: number | undefined) => v !== undefined && v < LOW_CONFIDENCE;
  const field = (name: 'title' | 'date' | 'issuer', value: string | null, confidence: number | undefined) => (
    <div className={`import-check-field${low(confidence) ? ' import-check-field--low' : ''}`}>
      <dt>
        {t(`importCheck.${name}`)}
        {low(confidence) && <span className="import-check-unsure"> ({t('importCheck.unsure')})</span>}
      </dt>
      <dd>{value ?? <span className="muted">{t('importCheck.none')}</span>}</dd>
    </div>
  );

  return (
    <section className="import-check" aria-labelledby="import-check-title">
      <h2 id="import-check-title" className="import-check-title">
        {t('importCheck.label')}
      </h2>
      <p className="import-check-intro">{t('importCheck.intro')}</p>
      <dl className="import-check-fields">
        {field('title', doc.title, c?.title)}
        {field('date', doc.date ? formatDate(doc.date, language) : null, c?.date)}
        {field('issuer', doc.issuer, c?.issuer)}
      </dl>
      <ol className="import-check-paragraphs">
        {first.map((p, i) => (
          <li key={p.id} className={i === 0 && low(c?.start) ? 'import-check-field--low' : undefined}>
            <p className="import-check-quote">
              {t('importCheck.startsWith', { label: paragraphLabel(p), text: quote(p.text) })}
            </p>
            <div className="import-check-actions">
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={() =>
                  void drop([p.id], [], 'title', t('importCheck.madeTitle', { text: quote(p.text).slice(0, 80) }))
                }
              >
                {t('importCheck.thisIsTheTitle')}
              </button>
              {i > 0 && (
                <button type="button" className="link-button" disabled={busy} onClick={() => void startAt(p)}>
                  {t('importCheck.startsHere')}
                </button>
              )}
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={() =>
                  void drop([p.id], [], 'not-document', t('importCheck.dropped', { text: quote(p.text).slice(0, 80) }))
                }
              >
                {t('importCheck.drop')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="import-check-buttons">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            void run(
              () => call('documents:confirmImport', { id: doc.id, checked: true }),
              () => t('importCheck.confirmed'),
              { kind: 'uncheck' },
            )
          }
        >
          {t('importCheck.looksRight')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || undo.length === 0}
          onClick={undoLast}
        >
          {t('importCheck.undoFix')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setState((s) => ({ ...s, open: false }))}
        >
          {t('importCheck.closeCheck')}
        </button>
      </div>
      <p className={message?.error ? 'message message--error' : 'muted'} role={message?.error ? 'alert' : 'status'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
