import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { QuoteCheck } from '../../../shared/api/index.ts';
import {
  documentName,
  formatParagraphLabels,
  paragraphLabel,
  type NoteSummary,
  type StoredDocument,
} from '../../../shared/model/index.ts';
import {
  FIDELITIES,
  mediaLines,
  mediaLinesToHtml,
  mediaLinesToText,
  type Fidelity,
  type MediaLineLabels,
} from '../../../shared/quotes/index.ts';
import { mediaLinesTableFor } from '../../../shared/notes/media-lines-for-note.ts';
import { call } from '../../api/client.ts';
import { routeHref } from '../../app/useRoute.ts';
import { DocumentFinder } from '../../components/DocumentFinder.tsx';
import { useDocumentChoices } from '../../components/useDocumentChoices.ts';
import { copyHtmlAndText } from './clipboard.ts';
import { splitByRanges } from './highlight.ts';
import { QuoteDiff } from './QuoteDiff.tsx';
import { useQuoteCheck, useSourceDocument } from './useQuoteCheck.ts';
import './quotes.css';

type Finding = QuoteCheck['quotes'][number];

/** The table's words in the interface language. */
function labels(t: TFunction): MediaLineLabels {
  return {
    fidelity: Object.fromEntries(FIDELITIES.map((f) => [f, t(`quotes.fidelity.${f}`)])) as Record<Fidelity, string>,
    headers: [
      t('quotes.headers.quote'),
      t('quotes.headers.source'),
      t('quotes.headers.fidelity'),
      t('quotes.headers.changes'),
    ],
  };
}

function FidelityBadge({ fidelity }: { fidelity: Fidelity }) {
  const { t } = useTranslation();
  return <span className={`fidelity-badge fidelity--${fidelity}`}>{t(`quotes.fidelity.${fidelity}`)}</span>;
}

/** "¶ 6", "¶ 6–7", "¶ 4(a)": the matched paragraphs by the labels the API gives them. */
function matchedParagraphs(match: { paragraphs: readonly number[]; labels?: readonly string[] | undefined }): string {
  const labels = match.labels;
  return formatParagraphLabels(
    labels && labels.length === match.paragraphs.length
      ? match.paragraphs.map((n, i) => ({ n, label: labels[i] }))
      : match.paragraphs.map((n) => ({ n })),
  );
}

/** The quote check of a news article: quotations beside their source passages, and media lines. */
export function QuotesView({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const state = useQuoteCheck(documentId);
  const [selected, setSelected] = useState(1);

  if (state.status === 'loading') return <p className="muted reader-status">{t('quotes.checking')}</p>;
  if (state.status === 'error') {
    return (
      <div className="message message--error reader-status" role="alert">
        {state.message}
      </div>
    );
  }
  const { article, check, checking, recheck } = state;
  const finding = check.quotes.find((q) => q.index === selected) ?? check.quotes[0];

  return (
    <div className="quotes" aria-busy={checking}>
      <header className="quotes-header">
        <p className="document-kind">{t('quotes.kicker')}</p>
        <h1 id="quotes-title">{article.title}</h1>
        <p className="quotes-back">
          <a href={routeHref({ view: 'document', id: article.id })}>{t('quotes.back')}</a>
        </p>
        <Summary check={check} />
        <VerdictLegend />
        <SourcePicker key={check.sources.map((s) => s.id).join()} check={check} checking={checking} onCheck={recheck} />
      </header>

      {check.quotes.length === 0 ? (
        <p className="message">{t('quotes.none')}</p>
      ) : (
        <div className="quotes-columns">
          <ArticlePane article={article} check={check} selected={finding?.index ?? 0} onSelect={setSelected} />
          {finding && <SourcePane finding={finding} check={check} onSelect={setSelected} />}
        </div>
      )}
      {check.quotes.length > 0 && <MediaLinesPanel check={check} title={article.title} />}
    </div>
  );
}

function Summary({ check }: { check: QuoteCheck }) {
  const { t } = useTranslation();
  const counts = FIDELITIES.map((f) => [f, check.quotes.filter((q) => q.fidelity === f).length] as const).filter(
    ([, n]) => n > 0,
  );
  const n = check.quotes.length;
  return (
    <p className="quotes-summary" role="status">
      {t('quotes.count', { count: n })}
      {counts.map(([fidelity, count]) => (
        <span key={fidelity}>
          {' · '}
          {count} <FidelityBadge fidelity={fidelity} />
        </span>
      ))}
    </p>
  );
}

/** What each verdict means, so "reworded — check" and "divergent" are read as intended. */
function VerdictLegend() {
  const { t } = useTranslation();
  return (
    <details className="verdict-legend">
      <summary>{t('quoteVerdicts.legend')}</summary>
      <dl>
        {FIDELITIES.map((fidelity) => (
          <div key={fidelity} className="verdict-legend-row">
            <dt>
              <FidelityBadge fidelity={fidelity} />
            </dt>
            <dd>{t(`quoteVerdicts.${fidelity}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** The sources to check against: the library's documents, the suggested ones marked. */
function SourcePicker({
  check,
  checking,
  onCheck,
}: {
  check: QuoteCheck;
  checking: boolean;
  onCheck: (ids: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const [chosen, setChosen] = useState(() => new Set(check.sources.map((s) => s.id)));
  const [text, setText] = useState('');
  // The suggested and the ticked sources stay in the list whatever is typed.
  const pinned = useMemo(
    () => [...new Set([...check.suggestions.map((s) => s.id), ...chosen])],
    [check.suggestions, chosen],
  );
  const choices = useDocumentChoices({ text, pinned });
  const library = choices.documents;
  const suggestions = new Map(check.suggestions.map((s) => [s.id, s]));
  const candidates = (library ?? []).filter((d) => d.id !== check.document.id);
  candidates.sort((a, b) => Number(suggestions.has(b.id)) - Number(suggestions.has(a.id)));
  const unchanged = chosen.size === check.sources.length && check.sources.every((source) => chosen.has(source.id));

  return (
    <details className="source-picker" open={check.sources.length === 0}>
      <summary>
        {check.sources.length === 0
          ? t('quotes.noSources')
          : t('quotes.sources', { titles: check.sources.map((s) => s.title).join('; ') })}
      </summary>
      <fieldset>
        <legend>{t('quotes.pickLegend')}</legend>
        <DocumentFinder text={text} onText={setText} choices={choices} />
        {library === null && <p className="muted">{t('quotes.loadingLibrary')}</p>}
        {candidates.map((doc) => {
          const suggestion = suggestions.get(doc.id);
          return (
            <label key={doc.id} className="source-option">
              <input
                type="checkbox"
                checked={chosen.has(doc.id)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(doc.id);
                  else next.delete(doc.id);
                  setChosen(next);
                }}
              />
              <span>
                {documentName(doc, language)}
                <span className="muted">
                  {' '}
                  · {t(`kinds.${doc.kind}`)}
                  {suggestion ? ` · ${t('quotes.suggested', { count: suggestion.matchedQuotes })}` : ''}
                </span>
              </span>
            </label>
          );
        })}
        <button
          type="button"
          className="button"
          disabled={checking || chosen.size === 0 || unchanged}
          onClick={() => onCheck([...chosen])}
        >
          {checking ? t('quotes.rechecking') : t('quotes.recheck')}
        </button>
        {chosen.size === 0 && <p className="muted">{t('quotes.chooseOne')}</p>}
      </fieldset>
    </details>
  );
}

/** The article with each quotation marked; a quotation is a button that shows its source. */
function ArticlePane({
  article,
  check,
  selected,
  onSelect,
}: {
  article: StoredDocument;
  check: QuoteCheck;
  selected: number;
  onSelect: (index: number) => void;
}) {
  const { t } = useTranslation();
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  return (
    <section className="quotes-article document" aria-label={t('quotes.article')} lang={article.language}>
      {paragraphs.map((paragraph) => {
        const ranges = check.quotes.flatMap((quote) =>
          quote.segments
            .filter((s) => s.paragraph === paragraph.n)
            .map((s) => ({ start: s.start, end: s.end, mark: quote })),
        );
        return (
          <p key={paragraph.id} className="paragraph">
            <span className="paragraph-number" aria-hidden="true">
              {paragraph.n}
            </span>
            {splitByRanges(paragraph.text, ranges).map((piece, i) =>
              piece.mark ? (
                <mark
                  key={i}
                  role="button"
                  tabIndex={0}
                  className={`quote-mark fidelity--${piece.mark.fidelity}`}
                  aria-pressed={piece.mark.index === selected}
                  data-quote={piece.mark.index}
                  onClick={() => onSelect((piece.mark as Finding).index)}
                  onKeyDown={(event) => {
                    if (event.key !== 'Enter' && event.key !== ' ') return;
                    event.preventDefault();
                    onSelect((piece.mark as Finding).index);
                  }}
                >
                  <span className="quote-number" aria-hidden="true">
                    {piece.mark.index}
                  </span>
                  {piece.text}
                  <span className="visually-hidden">
                    {' '}
                    {t('quotes.mark', { n: piece.mark.index, fidelity: t(`quotes.fidelity.${piece.mark.fidelity}`) })}
                  </span>
                </mark>
              ) : (
                <span key={i}>{piece.text}</span>
              ),
            )}
          </p>
        );
      })}
    </section>
  );
}

/** The selected quotation: fidelity, changes, word diff, and the source with the passage marked. */
function SourcePane({
  finding,
  check,
  onSelect,
}: {
  finding: Finding;
  check: QuoteCheck;
  onSelect: (index: number) => void;
}) {
  const { t } = useTranslation();
  const source = useSourceDocument(finding.match?.documentId ?? null);
  const count = check.quotes.length;
  const sourceTitle = check.sources.find((s) => s.id === finding.match?.documentId)?.title;
  const listed = finding.changes.filter((c) => !['punctuation', 'function-words', 'article'].includes(c.kind));
  return (
    <section className="quotes-source" aria-label={t('quotes.selectedSource')}>
      <div className="quote-card" aria-live="polite">
        <div className="quote-card-nav">
          <button
            type="button"
            className="link-button"
            disabled={finding.index <= 1}
            onClick={() => onSelect(finding.index - 1)}
          >
            {t('quotes.previous')}
          </button>
          <h2 className="quote-card-title">{t('quotes.position', { n: finding.index, count })}</h2>
          <button
            type="button"
            className="link-button"
            disabled={finding.index >= count}
            onClick={() => onSelect(finding.index + 1)}
          >
            {t('quotes.next')}
          </button>
        </div>
        <p>
          <FidelityBadge fidelity={finding.fidelity} />{' '}
          {finding.match ? (
            <a
              href={routeHref({
                view: 'document',
                id: finding.match.documentId,
                paragraph: finding.match.paragraphs[0] as number,
              })}
            >
              {t('quotes.paragraphOf', {
                paragraphs: matchedParagraphs(finding.match),
                title: sourceTitle ?? t('quotes.theSource'),
              })}
            </a>
          ) : (
            <span>{t('quotes.notFound')}</span>
          )}
        </p>
        {finding.fidelity !== 'exact' && finding.match && (
          <>
            <h3 className="quote-card-subtitle">{t('quotes.againstSource')}</h3>
            <QuoteDiff finding={finding} />
            {listed.length > 0 && (
              <ul className="quote-changes">
                {listed.map((change, i) => (
                  <li key={i} className={change.significant ? 'quote-change--significant' : undefined}>
                    <span className="change-kind">{t(`quotes.changeKinds.${change.kind}`)}</span>{' '}
                    {change.from ? <del>{change.from}</del> : <span className="muted">{t('quotes.nothing')}</span>} →{' '}
                    {change.to ? <ins>{change.to}</ins> : <span className="muted">{t('quotes.dropped')}</span>}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {finding.match && <SourceText finding={finding} source={source} />}
    </section>
  );
}

function SourceText({ finding, source }: { finding: Finding; source: StoredDocument | null | 'error' }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const match = finding.match;
  useEffect(() => {
    if (!match || !source || source === 'error') return;
    // Scroll only the source pane (scrollIntoView would scroll the whole page too).
    const pane = container.current;
    const passage = pane?.querySelector<HTMLElement>('.source-passage');
    if (!pane || !passage) return;
    const offset = passage.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
    pane.scrollTop = Math.max(0, offset - pane.clientHeight / 3);
  }, [match, source]);
  if (source === 'error') return <p className="message message--error">{t('quotes.sourceError')}</p>;
  if (!source || !match) return <p className="muted">{t('quotes.openingSource')}</p>;
  return (
    <div
      className="source-text document"
      ref={container}
      lang={source.language}
      tabIndex={0}
      aria-label={t('quotes.sourceText', { title: source.title })}
    >
      <h3 className="source-title">{source.title}</h3>
      {source.sections.flatMap((section) =>
        section.paragraphs.map((paragraph) => {
          const inside = match.paragraphs.includes(paragraph.n);
          const start = paragraph.n === match.start.paragraph ? match.start.offset : 0;
          const end = paragraph.n === match.end.paragraph ? match.end.offset : paragraph.text.length;
          const pieces = inside
            ? splitByRanges(paragraph.text, [{ start, end, mark: true }])
            : [{ text: paragraph.text, mark: null }];
          return (
            <p
              key={paragraph.id}
              className={`paragraph${inside ? ' paragraph--matched' : ''}`}
              data-source-paragraph={paragraph.n}
            >
              <span className="paragraph-number" aria-label={formatParagraphLabels([paragraphLabel(paragraph)])}>
                {paragraphLabel(paragraph)}
              </span>
              {pieces.map((piece, i) =>
                piece.mark ? (
                  <mark key={i} className="source-passage">
                    {piece.text}
                  </mark>
                ) : (
                  <span key={i}>{piece.text}</span>
                ),
              )}
            </p>
          );
        }),
      )}
    </div>
  );
}

/**
 * "Insert into a note": appends the media lines, as a table under their caption, to the end of
 * the chosen briefing note (server-side, so it works whether or not the note is open), then
 * offers to open it. The note's previous state is kept in its History.
 */
function InsertIntoNote({ check, title }: { check: QuoteCheck; title: string }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState<NoteSummary[] | null>(null);
  const [noteId, setNoteId] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string; noteId?: string } | null>(null);

  useEffect(() => {
    call('notes:list', {}).then(
      (list) => {
        setNotes(list);
        setNoteId((current) => (list.some((n) => n.id === current) ? current : (list[0]?.id ?? '')));
      },
      (error: unknown) =>
        setResult({ ok: false, text: t('notesMediaLines.failed', { message: (error as Error).message }) }),
    );
  }, [t]);

  const insert = async () => {
    const note = notes?.find((n) => n.id === noteId);
    if (!note || check.quotes.length === 0) return;
    setBusy(true);
    setResult(null);
    try {
      // In the note's language, whatever the interface's: a French note gets a French table.
      const titles = Object.fromEntries(check.sources.map((s) => [s.id, s.title]));
      const table = mediaLinesTableFor(check.quotes, titles, title, note.language);
      await call('notes:appendMediaLines', { id: note.id, ...table });
      setResult({
        ok: true,
        text: t('notesMediaLines.inserted', { count: table.rows.length, title: note.title }),
        noteId: note.id,
      });
    } catch (error) {
      setResult({ ok: false, text: t('notesMediaLines.failed', { message: (error as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  if (notes && notes.length === 0) return <p className="muted">{t('notesMediaLines.noNotes')}</p>;
  return (
    <fieldset className="media-lines-insert">
      <legend className="visually-hidden">{t('notesMediaLines.insertLegend')}</legend>
      <label>
        {t('notesMediaLines.chooseNote')}
        <select value={noteId} onChange={(e) => setNoteId(e.target.value)} disabled={!notes || busy}>
          {(notes ?? []).map((n) => (
            <option key={n.id} value={n.id}>
              {n.title}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void insert()}
        disabled={!noteId || busy || check.quotes.length === 0}
      >
        {busy ? t('notesMediaLines.inserting') : t('notesMediaLines.insert')}
      </button>
      <span role="status" className={result && !result.ok ? 'copy-error' : 'muted'}>
        {result?.text}{' '}
        {result?.noteId && (
          <a href={routeHref({ view: 'notes', id: result.noteId })}>{t('notesMediaLines.openNote')}</a>
        )}
      </span>
    </fieldset>
  );
}

/** The media-lines table, and the button that copies it for a briefing note. */
function MediaLinesPanel({ check, title }: { check: QuoteCheck; title: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // Recomputed when the interface language changes.
  const words = useMemo(() => labels(i18n.getFixedT(language)), [i18n, language]);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const lines = useMemo(
    () => mediaLines(check.quotes, Object.fromEntries(check.sources.map((s) => [s.id, s.title])), words),
    [check, words],
  );
  const copy = () => {
    const caption = t('quotes.caption', { title });
    copyHtmlAndText(mediaLinesToHtml(lines, caption, words), `${caption}\n${mediaLinesToText(lines, words)}`).then(
      () => setStatus({ ok: true, text: t('quotes.copied', { count: lines.length }) }),
      () => setStatus({ ok: false, text: t('quotes.clipboardError') }),
    );
  };
  return (
    <section className="media-lines" aria-labelledby="media-lines-title">
      <div className="media-lines-header">
        <h2 id="media-lines-title">{t('quotes.mediaLines')}</h2>
        <button type="button" className="button" onClick={copy}>
          {t('quotes.copy')}
        </button>
        <span role="status" className={status && !status.ok ? 'copy-error' : 'muted'}>
          {status?.text}
        </span>
      </div>
      <InsertIntoNote check={check} title={title} />
      <table className="media-lines-table">
        <thead>
          <tr>
            {words.headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.number}>
              <td>“{line.quote}”</td>
              <td>{line.sourceLabel}</td>
              <td>
                <FidelityBadge fidelity={line.fidelity} />
              </td>
              <td>{line.changes.length > 0 ? line.changes.join('; ') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
