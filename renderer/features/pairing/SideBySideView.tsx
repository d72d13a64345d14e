import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairAlignment, ParagraphPairView } from '../../../shared/api/index.ts';
import { canonicalText } from '../../../shared/anchoring/index.ts';
import type { ColorKey, StoredDocument } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import {
  highlightRangesByParagraph,
  selectionToOffsets,
  SelectionToolbar,
  useAnnotations,
  type ToolbarRequest,
} from '../annotations/index.ts';
import { correctionFor } from './correction.ts';
import { crossAnnotationsByParagraph, type CrossAnnotation } from './cross-annotations.ts';
import { flipAlignment } from './flip.ts';
import { RepairForm } from './RepairForm.tsx';
import { SideParagraph } from './SideParagraph.tsx';
import type { PairingState } from './usePairing.ts';

type Side = 'a' | 'b';

/** One version as the view shows it: paragraphs by id, where its sections start, its highlights. */
interface Version {
  document: StoredDocument;
  side: Side;
  paragraphs: Map<string, { n: number; text: string; start: number; label: string }>;
  headingAt: Map<string, { heading: string; index: number }>;
}

function version(document: StoredDocument, side: Side): Version {
  const canonical = canonicalText(document.sections);
  const startOf = new Map(canonical.paragraphs.map((p) => [p.id, p.start]));
  const paragraphs = new Map<string, { n: number; text: string; start: number; label: string }>();
  const headingAt = new Map<string, { heading: string; index: number }>();
  document.sections.forEach((section, index) => {
    const first = section.paragraphs[0];
    if (section.heading && first) headingAt.set(first.id, { heading: section.heading, index });
    for (const p of section.paragraphs) {
      paragraphs.set(p.id, { n: p.n, text: p.text, start: startOf.get(p.id) ?? 0, label: p.label ?? String(p.n) });
    }
  });
  return { document, side, paragraphs, headingAt };
}

const cellId = (side: Side, row: number) => `sbs-${side}-${row}`;

/** Where a dragged paragraph comes from (kept in a ref: drag events cannot read the data until drop). */
interface Dragged {
  side: Side;
  id: string;
}

/**
 * The two versions in two columns, paired paragraphs level (one grid row per pair, so they
 * scroll together). Hovering or focusing a paragraph lights its pair; the outline lists both
 * versions' sections; pairs the aligner is unsure of are marked, to confirm or correct by
 * dragging a paragraph onto its counterpart or with "Pair with…" from the keyboard. Each
 * version's annotations show on it, and dimmed on the other's paired paragraphs.
 */
export function SideBySideView({
  document: doc,
  pairing,
  onBack,
}: {
  document: StoredDocument;
  pairing: PairingState;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const alignment = pairing.alignment;
  const [partner, setPartner] = useState<StoredDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const partnerId = alignment?.partner.id;
  useEffect(() => {
    if (!partnerId) return;
    let live = true;
    call('documents:get', { id: partnerId }).then(
      (d) => live && setPartner(d),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [partnerId]);

  if (!alignment) {
    return (
      <div className="sbs-empty">
        <p className="message">{t('pairs.ui.unpaired')}</p>
        <button type="button" className="link-button" onClick={onBack}>
          {t('pairs.ui.backToReading')}
        </button>
      </div>
    );
  }
  if (error) {
    return (
      <div className="message message--error reader-status" role="alert">
        {error}
      </div>
    );
  }
  if (!partner || partner.id !== alignment.partner.id) {
    return <p className="muted reader-status">{t('pairs.ui.loading')}</p>;
  }
  return <Columns document={doc} partner={partner} alignment={alignment} pairing={pairing} onBack={onBack} />;
}

function Columns({
  document: doc,
  partner,
  alignment,
  pairing,
  onBack,
}: {
  document: StoredDocument;
  partner: StoredDocument;
  alignment: PairAlignment;
  pairing: PairingState;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const a = useMemo(() => version(doc, 'a'), [doc]);
  const b = useMemo(() => version(partner, 'b'), [partner]);
  const annotationsA = useAnnotations(doc.id);
  const annotationsB = useAnnotations(partner.id);
  const rangesA = useMemo(
    () => highlightRangesByParagraph(annotationsA.annotations ?? [], canonicalText(doc.sections).paragraphs),
    [annotationsA.annotations, doc.sections],
  );
  const rangesB = useMemo(
    () => highlightRangesByParagraph(annotationsB.annotations ?? [], canonicalText(partner.sections).paragraphs),
    [annotationsB.annotations, partner.sections],
  );
  // Each version's annotations, dimmed on the other's paired paragraphs.
  const crossA = useMemo(
    () => crossAnnotationsByParagraph(alignment, partner, annotationsB.annotations ?? []),
    [alignment, partner, annotationsB.annotations],
  );
  const crossB = useMemo(
    () => crossAnnotationsByParagraph(flipAlignment(alignment), doc, annotationsA.annotations ?? []),
    [alignment, doc, annotationsA.annotations],
  );

  const [active, setActive] = useState<number | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const dragged = useRef<Dragged | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [repairing, setRepairing] = useState<{ side: Side; id: string } | null>(null);
  const [toolbar, setToolbar] = useState<{ side: Side; start: number; end: number; request: ToolbarRequest } | null>(
    null,
  );
  const columnA = useRef<HTMLDivElement>(null);
  const columnB = useRef<HTMLDivElement>(null);

  const rowOf = useMemo(() => {
    const map = new Map<string, number>();
    alignment.pairs.forEach((pair, row) => {
      for (const id of pair.a) map.set(`a:${id}`, row);
      for (const id of pair.b) map.set(`b:${id}`, row);
    });
    return map;
  }, [alignment]);
  const lowRows = useMemo(() => alignment.pairs.flatMap((pair, row) => (pair.low ? [row] : [])), [alignment]);

  const focusRow = useCallback((row: number) => {
    const cell = document.getElementById(cellId('a', row));
    cell?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    cell?.focus({ preventScroll: true });
    setSelected(row);
  }, []);

  const nextToCheck = () => {
    const after = lowRows.find((row) => row > (selected ?? -1)) ?? lowRows[0];
    if (after !== undefined) focusRow(after);
  };

  /**
   * Pairs paragraph `id` of `side` with paragraph `other` of the other side (or with nothing);
   * a paragraph left alone next to the target's pair joins it (correction.ts).
   */
  const repair = (side: Side, id: string, other: string | null) => {
    const orders = { a: [...a.paragraphs.keys()], b: [...b.paragraphs.keys()] };
    void pairing.correct(correctionFor(alignment.pairs, orders, side, id, other));
  };

  const onSelectionEnd = (side: Side) => {
    const root = side === 'a' ? columnA.current : columnB.current;
    const selection = window.getSelection();
    if (!root || !selection) return;
    const offsets = selectionToOffsets(root, selection);
    if (!offsets) return;
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    setToolbar({
      side,
      ...offsets,
      request: {
        label: t('reader.theSelection'),
        top: Math.min(Math.max(8, rect.top - 48), window.innerHeight - 56),
        left: Math.min(Math.max(8, rect.left), window.innerWidth - 420),
        focus: false,
      },
    });
  };

  const annotate = async (color: ColorKey) => {
    if (!toolbar) return;
    const state = toolbar.side === 'a' ? annotationsA : annotationsB;
    const source = toolbar.side === 'a' ? doc : partner;
    const exact = canonicalText(source.sections).text.slice(toolbar.start, toolbar.end);
    await state.create({ type: 'range', start: toolbar.start, end: toolbar.end, exact }, { color });
    setToolbar(null);
    window.getSelection()?.removeAllRanges();
  };

  const languageName = (language: string) => t(`pairs.ui.languageAdjective.${language}`, { defaultValue: language });

  const renderCell = (side: Side, pair: ParagraphPairView, row: number) => {
    const own = side === 'a' ? a : b;
    const ids = side === 'a' ? pair.a : pair.b;
    const ranges = side === 'a' ? rangesA : rangesB;
    const cross = side === 'a' ? crossA : crossB;
    const lit = row === active || row === selected;
    return (
      <div
        key={`${side}-${row}`}
        id={cellId(side, row)}
        className={`sbs-cell sbs-cell--${side}${lit ? ' sbs-cell--lit' : ''}${pair.low ? ' sbs-cell--low' : ''}`}
        style={{ gridRow: row + 2 }}
        tabIndex={-1}
        data-pair={row}
        onMouseEnter={() => setActive(row)}
        onMouseLeave={() => setActive((current) => (current === row ? null : current))}
        onFocus={() => setActive(row)}
        onClick={() => setSelected(row)}
      >
        {ids.length === 0 && <p className="sbs-none muted">{t('pairs.ui.noCounterpart')}</p>}
        {ids.map((id) => {
          const paragraph = own.paragraphs.get(id);
          if (!paragraph) return null;
          const heading = own.headingAt.get(id);
          return (
            <SideParagraph
              key={id}
              id={id}
              side={side}
              language={own.document.language}
              paragraph={paragraph}
              heading={heading ?? null}
              ranges={ranges.get(paragraph.n)}
              cross={cross.get(id) as CrossAnnotation[] | undefined}
              dropTarget={dropTarget === `${side}:${id}`}
              onDragStart={() => (dragged.current = { side, id })}
              onDragEnd={() => {
                dragged.current = null;
                setDropTarget(null);
              }}
              onDragOver={(event) => {
                if (!dragged.current || dragged.current.side === side) return;
                event.preventDefault();
                setDropTarget(`${side}:${id}`);
              }}
              onDrop={(event) => {
                const from = dragged.current;
                if (!from || from.side === side) return;
                event.preventDefault();
                dragged.current = null;
                setDropTarget(null);
                repair(from.side, from.id, id);
              }}
              onRepair={() => setRepairing({ side, id })}
            />
          );
        })}
        {repairing && repairing.side === side && ids.includes(repairing.id) && (
          <RepairForm
            n={own.paragraphs.get(repairing.id)?.n ?? 0}
            options={[...(side === 'a' ? b : a).paragraphs.entries()].map(([otherId, p]) => ({
              id: otherId,
              n: p.n,
              text: p.text,
            }))}
            current={(side === 'a' ? pair.b : pair.a)[0] ?? null}
            near={row}
            rowOf={(otherId) => rowOf.get(`${side === 'a' ? 'b' : 'a'}:${otherId}`) ?? 0}
            onApply={(other) => {
              setRepairing(null);
              repair(side, repairing.id, other);
            }}
            onCancel={() => setRepairing(null)}
          />
        )}
      </div>
    );
  };

  const outline = (own: Version) =>
    [...own.headingAt.entries()].map(([id, { heading, index }]) => (
      <li key={`${own.side}-${index}`}>
        <button
          type="button"
          className="outline-link"
          lang={own.document.language}
          onClick={() => focusRow(rowOf.get(`${own.side}:${id}`) ?? 0)}
        >
          <span className="outline-range">¶ {own.paragraphs.get(id)?.label}</span> {heading}
        </button>
      </li>
    ));

  return (
    <div className={a.headingAt.size + b.headingAt.size > 0 ? 'sbs' : 'sbs sbs--no-outline'}>
      {a.headingAt.size + b.headingAt.size > 0 ? (
        <nav className="outline sbs-outline" aria-label={t('pairs.ui.outline')}>
          <h2 className="outline-title">{t('pairs.ui.outline')}</h2>
          {[a, b]
            .filter((own) => own.headingAt.size > 0)
            .map((own) => (
              <div key={own.side} className="sbs-outline-version">
                <h3 className="sbs-outline-language">
                  {t('pairs.ui.column', { language: languageName(own.document.language) })}
                </h3>
                <ol className="outline-list">{outline(own)}</ol>
              </div>
            ))}
        </nav>
      ) : null}
      <div className="sbs-main">
        <div className="sbs-toolbar">
          <button type="button" className="link-button" onClick={onBack}>
            ← {t('pairs.ui.backToReading')}
          </button>
          <span className={lowRows.length > 0 ? 'sbs-to-check' : 'muted'} role="status">
            {lowRows.length > 0 ? t('pairs.ui.toCheck', { count: lowRows.length }) : t('pairs.ui.allChecked')}
          </span>
          {lowRows.length > 0 && (
            <button type="button" className="link-button" onClick={nextToCheck}>
              {t('pairs.ui.nextToCheck')}
            </button>
          )}
          {pairing.error && (
            <span className="message message--error" role="alert">
              {pairing.error}
            </span>
          )}
        </div>
        <div className="sbs-grid" role="region" aria-label={t('pairs.ui.pairsLabel')}>
          {[a, b].map((own) => (
            <div
              key={`head-${own.side}`}
              className={`sbs-head sbs-head--${own.side}`}
              lang={own.document.language}
              style={{ gridRow: 1 }}
            >
              <p className="document-kind">{t('pairs.ui.column', { language: languageName(own.document.language) })}</p>
              <h1 className="sbs-title">{own.document.title}</h1>
            </div>
          ))}
          <div
            ref={columnA}
            className="sbs-column sbs-column--a"
            lang={doc.language}
            onMouseUp={() => onSelectionEnd('a')}
          >
            {alignment.pairs.map((pair, row) => renderCell('a', pair, row))}
          </div>
          <div className="sbs-column sbs-column--gutter">
            {alignment.pairs.map((pair, row) => (
              <div
                key={`g-${row}`}
                className={`sbs-gutter${row === active || row === selected ? ' sbs-cell--lit' : ''}`}
                style={{ gridRow: row + 2 }}
              >
                {pair.low ? (
                  <>
                    <span className="sbs-check" title={t('pairs.ui.checkHint')}>
                      {t('pairs.ui.check')}
                    </span>
                    <button
                      type="button"
                      className="sbs-confirm"
                      disabled={pairing.busy}
                      aria-label={t('pairs.ui.confirmPair', {
                        a: pair.aLabels.join('+') || '—',
                        b: pair.bLabels.join('+') || '—',
                      })}
                      onClick={() => void pairing.correct({ a: pair.a, b: pair.b })}
                    >
                      ✓ {t('pairs.ui.confirm')}
                    </button>
                  </>
                ) : pair.corrected ? (
                  <span className="sbs-corrected" title={t('pairs.ui.corrected')}>
                    ✓
                  </span>
                ) : (
                  <span className="sbs-link" aria-hidden="true">
                    ⇔
                  </span>
                )}
              </div>
            ))}
          </div>
          <div
            ref={columnB}
            className="sbs-column sbs-column--b"
            lang={partner.language}
            onMouseUp={() => onSelectionEnd('b')}
          >
            {alignment.pairs.map((pair, row) => renderCell('b', pair, row))}
          </div>
        </div>
      </div>
      {toolbar && (
        <SelectionToolbar
          request={toolbar.request}
          colors={(toolbar.side === 'a' ? annotationsA : annotationsB).colors}
          onHighlight={(color) => void annotate(color)}
          onComment={() => void annotate('yellow')}
          onReattach={() => setToolbar(null)}
          onClose={() => setToolbar(null)}
        />
      )}
    </div>
  );
}
