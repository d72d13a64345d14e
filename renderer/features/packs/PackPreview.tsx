import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n/index.ts';

/** Base64 → bytes, without a data: URL (the CSP allows none for fetch). */
function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The exported PDF itself, page by page, drawn with pdf.js (unpdf's build, which needs no
 * worker and no eval): what you see is exactly the file that export writes.
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
    (async () => {
      const { getDocumentProxy } = await import('unpdf');
      const pdf = await getDocumentProxy(decodeBase64(pdfBase64), { isEvalSupported: false, disableFontFace: true });
      for (let n = 1; n <= pdf.numPages && !cancelled; n++) {
        const pdfPage = await pdf.getPage(n);
        const viewport = pdfPage.getViewport({ scale: 1.25 });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width * devicePixelRatio);
        canvas.height = Math.floor(viewport.height * devicePixelRatio);
        canvas.className = 'pack-preview-page';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', i18n.t('packs.previewPage', { page: n, count: pdf.numPages }));
        canvas.id = `preview-page-${n}`;
        canvas.style.width = `${viewport.width}px`;
        const context = canvas.getContext('2d');
        if (!context) throw new Error(i18n.t('packs.cannotDraw'));
        context.scale(devicePixelRatio, devicePixelRatio);
        host.append(canvas);
        await pdfPage.render({ canvasContext: context, viewport, canvas }).promise;
      }
      await pdf.destroy();
    })().catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
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
