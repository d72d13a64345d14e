import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  headingToParagraph,
  mergeWithNext,
  paragraphLabel,
  paragraphToHeading,
  RestructureError,
  splitParagraph,
  toDrafts,
  type SectionDraft,
  type StoredDocument,
} from '../../../shared/model/index.ts';
import type { ApiOutput } from '../../../shared/api/index.ts';
import { call } from '../../api/client.ts';

type DroppedGroups = ApiOutput<'documents:dropped'>;
/** What Undo undoes: a structure change (the drafts before it), or a taking-out (its group). */
type Step = { kind: 'drafts'; drafts: SectionDraft[] } | { kind: 'dropped'; group: string };

/**
 * Correcting the structure detection found: make a paragraph a heading or a heading a
 * paragraph, merge a paragraph with the next, split one where the caret is. Each change is
 * saved at once and can be undone; the text itself never changes.
 */
export function StructureEditor({
  document: doc,
  onChange,
  onDone,
}: {
  document: StoredDocument;
  onChange: (document: StoredDocument) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [history, setHistory] = useState<Step[]>([]);
  const [aside, setAside] = useState<DroppedGroups>([]);
  const refreshAside = useCallback(async () => setAside(await call('documents:dropped', { id: doc.id })), [doc.id]);
  useEffect(() => {
    let live = true;
    call('documents:dropped', { id: doc.id }).then(
      (groups) => live && setAside(groups),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [doc.id]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const caret = useRef<{ n: number; offset: number } | null>(null);

  const apply = async (change: () => SectionDraft[], done: string, remember = true) => {
    let sections: SectionDraft[];
    try {
      sections = change();
    } catch (error) {
      if (error instanceof RestructureError) return setMessage({ error: true, text: error.message });
      throw error;
    }
    setBusy(true);
    try {
      const before = toDrafts(doc.sections);
      const saved = await call('documents:restructure', { id: doc.id, sections });
      if (remember) setHistory((h) => [...h, { kind: 'drafts', drafts: before }]);
      onChange(saved);
      setMessage({ error: false, text: done });
    } catch (error) {
      setMessage({ error: true, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  /** Takes blocks out of the document (kept aside), or puts a group back. */
  const takeOut = async (
    paragraphIds: string[],
    headingSections: number[],
    reason: 'not-document' | 'title',
    done: string,
  ) => {
    setBusy(true);
    try {
      const saved = await call('documents:dropBlocks', { id: doc.id, paragraphIds, headingSections, reason });
      const groups = await call('documents:dropped', { id: doc.id });
      setAside(groups);
      const latest = groups[0];
      if (latest) setHistory((h) => [...h, { kind: 'dropped', group: latest.group }]);
      onChange(saved);
      setMessage({ error: false, text: done });
    } catch (error) {
      setMessage({ error: true, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const putBack = async (group: string, done: string) => {
    setBusy(true);
    try {
      const saved = await call('documents:restoreDropped', { id: doc.id, group });
      setHistory((h) => h.filter((step) => !(step.kind === 'dropped' && step.group === group)));
      await refreshAside();
      onChange(saved);
      setMessage({ error: false, text: done });
    } catch (error) {
      setMessage({ error: true, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const undo = () => {
    const previous = history.at(-1);
    if (!previous) return;
    setHistory((h) => h.slice(0, -1));
    if (previous.kind === 'dropped') void putBack(previous.group, t('corrections.undone'));
    else void apply(() => previous.drafts, t('corrections.undone'), false);
  };

  /** Where the caret is inside paragraph n, counted in the paragraph's own text. */
  const rememberCaret = (n: number, element: HTMLElement) => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || !element.contains(selection.anchorNode)) return;
    const range = document.createRange();
    range.setStart(element, 0);
    range.setEnd(selection.anchorNode as Node, selection.anchorOffset);
    caret.current = { n, offset: range.toString().length };
  };

  return (
    <div className="structure-editor" aria-labelledby="structure-title">
      <header className="structure-header">
        <h2 id="structure-title">{t('corrections.structureTitle')}</h2>
        <p className="muted">{t('corrections.structureHelp')}</p>
        <div className="structure-actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={undo}
            disabled={busy || history.length === 0}
          >
            {t('corrections.undo')}
          </button>
          <button type="button" className="button" onClick={onDone}>
            {t('corrections.done')}
          </button>
        </div>
        <p className={message?.error ? 'message message--error' : 'muted'} role={message?.error ? 'alert' : 'status'}>
          {message?.text ?? ''}
        </p>
      </header>
      <ol className="structure-list">
        {doc.sections.map((section, index) => (
          <li key={`s${index}`} className="structure-section">
            {section.heading !== null && (
              <div className="structure-heading">
                <h3>{section.heading}</h3>
                <button
                  type="button"
                  className="link-button"
                  disabled={busy}
                  onClick={() => apply(() => headingToParagraph(doc.sections, index), t('corrections.madeParagraph'))}
                >
                  {t('corrections.makeParagraph')}
                </button>
                <button
                  type="button"
                  className="link-button"
                  disabled={busy}
                  onClick={() =>
                    void takeOut([], [index], 'not-document', t('importCheck.dropped', { text: section.heading ?? '' }))
                  }
                >
                  {t('importCheck.drop')}
                </button>
              </div>
            )}
            <ol className="structure-paragraphs">
              {section.paragraphs.map((paragraph, i) => (
                <li
                  key={paragraph.id}
                  className="structure-paragraph"
                  value={paragraph.n}
                  data-label={paragraphLabel(paragraph)}
                >
                  <p
                    tabIndex={0}
                    aria-label={t('reader.paragraph', { n: paragraphLabel(paragraph) })}
                    onMouseUp={(e) => rememberCaret(paragraph.n, e.currentTarget)}
                    onKeyUp={(e) => rememberCaret(paragraph.n, e.currentTarget)}
                  >
                    {paragraph.text}
                  </p>
                  <div className="structure-buttons">
                    <button
                      type="button"
                      className="link-button"
                      disabled={busy}
                      onClick={() =>
                        apply(() => paragraphToHeading(doc.sections, paragraph.n), t('corrections.madeHeading'))
                      }
                    >
                      {t('corrections.makeHeading')}
                    </button>
                    {i < section.paragraphs.length - 1 && (
                      <button
                        type="button"
                        className="link-button"
                        disabled={busy}
                        onClick={() => apply(() => mergeWithNext(doc.sections, paragraph.n), t('corrections.merged'))}
                      >
                        {t('corrections.mergeWithNext')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="link-button"
                      disabled={busy}
                      onClick={() => {
                        const at = caret.current;
                        if (!at || at.n !== paragraph.n) {
                          setMessage({ error: true, text: t('corrections.placeCaret') });
                          return;
                        }
                        void apply(() => splitParagraph(doc.sections, paragraph.n, at.offset), t('corrections.split'));
                      }}
                    >
                      {t('corrections.splitAtCaret')}
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      disabled={busy}
                      onClick={() =>
                        void takeOut(
                          [paragraph.id],
                          [],
                          'title',
                          t('importCheck.madeTitle', { text: paragraph.text.slice(0, 80) }),
                        )
                      }
                    >
                      {t('importCheck.thisIsTheTitle')}
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      disabled={busy}
                      onClick={() =>
                        void takeOut(
                          [paragraph.id],
                          [],
                          'not-document',
                          t('importCheck.dropped', { text: paragraph.text.slice(0, 80) }),
                        )
                      }
                    >
                      {t('importCheck.drop')}
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {aside.length > 0 && (
        <section className="structure-aside" aria-labelledby="structure-aside-title">
          <h3 id="structure-aside-title">{t('importCheck.keptAside', { count: aside.length })}</h3>
          <p className="muted">{t('importCheck.keptAsideHelp')}</p>
          <ul>
            {aside.map((g) => (
              <li key={g.group}>
                <span className="structure-aside-reason">{t(`importCheck.reasons.${g.reason}`)}</span>{' '}
                <span className="structure-aside-text">
                  {g.blocks
                    .map((b) => b.text)
                    .join(' · ')
                    .slice(0, 160)}
                </span>{' '}
                <button
                  type="button"
                  className="link-button"
                  disabled={busy}
                  onClick={() => void putBack(g.group, t('importCheck.restored'))}
                >
                  {t('importCheck.putBack')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
