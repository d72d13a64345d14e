import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { getDocumentProxy } from 'unpdf';
import { i18n } from '../../i18n/index.ts';

/** Base64 → bytes, without a data: URL (the CSP allows none for fetch). */
function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** Pages this far (in screen heights) above or below the view are drawn, farther ones released. */
const DRAW_MARGIN = '150% 0px';
const SCALE = 1.25;

/**
 * The exported PDF itself, page by page, drawn with pdf.js (unpdf's build, which needs no
 * worker and no eval): what you see is exactly the file that export writes. Every page has its
 * place (sized like the first page) from the start, but only the pages near the view are drawn,
 * and a page scrolled far away gives its canvas back: a 100-page pack costs a few pages of memory.
 */
export function PackPreview({ pdfBase64, pageCount }: { pdfBase64: string; pageCount: number }) {
  const container = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(1);

  useEffect(() => {
    let cancelled = false;
    const host = container.current;
    if (!host) return;
    host.replaceChildren();
    let pdf: PdfDocument | undefined;
    let observer: IntersectionObserver | undefined;
    const drawn = new Map<number, { cancel: () => void }>();

    const draw = async (slot: HTMLElement, n: number): Promise<void> => {
      if (!pdf || drawn.has(n)) return;
      let stopped = false;
      drawn.set(n, { cancel: () => (stopped = true) });
      const pdfPage = await pdf.getPage(n);
      if (stopped || cancelled) return;
      const viewport = pdfPage.getViewport({ scale: SCALE });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width * devicePixelRatio);
      canvas.height = Math.floor(viewport.height * devicePixelRatio);
      canvas.style.width = '100%';
      const context = canvas.getContext('2d');
      if (!context) throw new Error(i18n.t('packs.cannotDraw'));
      context.scale(devicePixelRatio, devicePixelRatio);
      await pdfPage.render({ canvasContext: context, viewport, canvas }).promise;
      if (!stopped && !cancelled) slot.replaceChildren(canvas);
    };

    const release = (slot: HTMLElement, n: number): void => {
      drawn.get(n)?.cancel();
      drawn.delete(n);
      const canvas = slot.querySelector('canvas');
      // A zero-sized canvas frees its pixels at once.
      if (canvas) canvas.width = canvas.height = 0;
      slot.replaceChildren();
    };

    (async () => {
      const { getDocumentProxy } = await import('unpdf');
      pdf = await getDocumentProxy(decodeBase64(pdfBase64), { isEvalSupported: false, disableFontFace: true });
      if (cancelled) return;
      // Packs print every page at one size: the first page's gives every slot its place.
      const first = (await pdf.getPage(1)).getViewport({ scale: SCALE });
      observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const slot = entry.target as HTMLElement;
            const n = Number(slot.dataset.page);
            if (entry.isIntersecting) void draw(slot, n).catch((e: unknown) => !cancelled && setError(String(e)));
            else release(slot, n);
          }
        },
        { root: null, rootMargin: DRAW_MARGIN },
      );
      for (let n = 1; n <= pdf.numPages; n++) {
        const slot = document.createElement('div');
        slot.className = 'pack-preview-page';
        slot.id = `preview-page-${n}`;
        slot.dataset.page = String(n);
        slot.setAttribute('role', 'img');
        slot.setAttribute('aria-label', i18n.t('packs.previewPage', { page: n, count: pdf.numPages }));
        slot.style.width = `${first.width}px`;
        slot.style.aspectRatio = `${first.width} / ${first.height}`;
        host.append(slot);
        observer.observe(slot);
      }
    })().catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
      observer?.disconnect();
      for (const { cancel } of drawn.values()) cancel();
      void pdf?.destroy();
    };
  }, [pdfBase64]);

  const go = (n: number) => {
    const target = Math.min(pageCount, Math.max(1, n));
    setPage(target);
    container.current?.querySelector(`#preview-page-${target}`)?.scrollIntoView({ block: 'start' });
  };

  return (
    <section className="pack-preview" aria-label={t('packs.preview')}>
      <div className="pack-preview-bar">
        <button type="button" className="button button--small" onClick={() => go(page - 1)} disabled={page <= 1}>
          {t('packs.previousPage')}
        </button>
        <span>{t('packs.previewPage', { page, count: pageCount })}</span>
        <button
          type="button"
          className="button button--small"
          onClick={() => go(page + 1)}
          disabled={page >= pageCount}
        >
          {t('packs.nextPage')}
        </button>
      </div>
      {error && (
        <p className="message message--error" role="alert">
          {t('packs.previewFailed', { error })}
        </p>
      )}
      <div className="pack-preview-pages" ref={container} />
    </section>
  );
}
