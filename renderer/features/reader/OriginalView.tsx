/**
 * The imported file as it was, beside its structured text: a PDF's pages drawn by pdf.js (the
 * same pdf.js the import reads them with, loaded only when a PDF is opened), a web page or
 * Word file in a sandboxed frame that may run nothing and load nothing, other text as text.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OriginalView as Original } from '../../../shared/api/reading.ts';
import type { StoredDocument } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import { formatDateTime, formatNumber, useLanguage } from '../../i18n/index.ts';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; original: Original };

function useOriginal(id: string): Load {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    call('documents:original', { id }).then(
      (original) => live && setLoad({ status: 'ready', original }),
      (error: unknown) =>
        live && setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return load;
}

/**
 * What the frame may do: nothing. No `allow-scripts` (and no `allow-same-origin`, so the page
 * has an origin of its own), and a policy that loads nothing but pictures carried inside it.
 */
const FRAME_POLICY = "default-src 'none'; img-src data:";

/** The document the sandboxed frame shows around the sanitized body. */
export function frameDocument(html: string, language: string): string {
  return `<!doctype html><html lang="${language.replace(/[^A-Za-z-]/g, '')}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${FRAME_POLICY}"></head><body>${html}</body></html>`;
}

function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

interface PdfPage {
  render: (options: { canvasContext: CanvasRenderingContext2D; viewport: unknown }) => { promise: Promise<void> };
  getViewport: (options: { scale: number }) => { width: number; height: number };
}

interface PdfDocument {
  numPages: number;
  getPage: (n: number) => Promise<PdfPage>;
  destroy: () => Promise<void>;
}

/** One page, drawn when it first comes near the screen (a long PDF opens at once). */
function PdfPageCanvas({ pdf, n, width }: { pdf: PdfDocument; n: number; width: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const [ratio, setRatio] = useState(1.294); // Letter's height/width until the page says
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let cancelled = false;
    const draw = async () => {
      const page = await pdf.getPage(n);
      const natural = page.getViewport({ scale: 1 });
      const scale = (width / natural.width) * (window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale });
      if (cancelled) return;
      element.width = Math.floor(viewport.width);
      element.height = Math.floor(viewport.height);
      setRatio(natural.height / natural.width);
      const context = element.getContext('2d');
      if (!context) return;
      await page.render({ canvasContext: context, viewport }).promise;
      if (!cancelled) setDrawn(true);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void draw();
        }
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [pdf, n, width]);
  return (
    <figure className="original-page">
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('original.page', { n: formatNumber(n, language), count: pdf.numPages })}
        data-drawn={drawn ? 'true' : undefined}
        style={{ width, height: Math.round(width * ratio) }}
      />
      <figcaption className="muted">
        {t('original.page', { n: formatNumber(n, language), count: pdf.numPages })}
      </figcaption>
    </figure>
  );
}

function PdfPages({ dataBase64 }: { dataBase64: string }) {
  const { t } = useTranslation();
  const [pdf, setPdf] = useState<PdfDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    let live = true;
    let opened: PdfDocument | null = null;
    import('unpdf')
      .then(({ getDocumentProxy }) => getDocumentProxy(base64Bytes(dataBase64)))
      .then(
        (document) => {
          opened = document as unknown as PdfDocument;
          if (live) setPdf(opened);
          else void opened.destroy();
        },
        () => live && setError(t('original.unreadable')),
      );
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [dataBase64, t]);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      // Redraw only for a real change of width, not a scrollbar's flicker.
      const next = Math.floor(entry?.contentRect.width ?? 0);
      setWidth((previous) => (Math.abs(previous - next) > 24 ? next : previous));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  if (error) return <p className="message message--error">{error}</p>;
  return (
    <div ref={box} className="original-pages">
      {!pdf || width === 0 ? (
        <p className="muted">{t('original.loading')}</p>
      ) : (
        Array.from({ length: pdf.numPages }, (_, i) => <PdfPageCanvas key={i} pdf={pdf} n={i + 1} width={width} />)
      )}
    </div>
  );
}

export function OriginalView({ document: doc }: { document: StoredDocument }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const load = useOriginal(doc.id);
  return (
    <section className="original" aria-labelledby="original-title">
      <header className="original-header">
        <h2 id="original-title" className="original-title" data-pane-focus tabIndex={-1}>
          {t('panes.original')}
        </h2>
        <p className="original-meta muted">
          {[
            doc.source.fileName,
            t(`original.formats.${load.status === 'ready' ? load.original.format : 'text'}`),
            t('original.size', { kb: formatNumber(Math.max(1, Math.round(doc.source.size / 1024)), language) }),
            t('original.imported', { when: formatDateTime(doc.source.importedAt, language) }),
          ]
            .filter((part, i) => i !== 1 || load.status === 'ready')
            .join(' · ')}
        </p>
      </header>
      {load.status === 'loading' ? (
        <p className="muted">{t('original.loading')}</p>
      ) : load.status === 'error' ? (
        <p className="message message--error" role="alert">
          {load.message}
        </p>
      ) : load.original.kind === 'pdf' ? (
        <PdfPages dataBase64={load.original.dataBase64} />
      ) : load.original.kind === 'html' ? (
        <iframe
          className="original-frame"
          sandbox=""
          referrerPolicy="no-referrer"
          title={t('original.frameTitle', { name: doc.source.fileName })}
          srcDoc={frameDocument(load.original.html, doc.language)}
        />
      ) : (
        <pre className="original-text" lang={doc.language} tabIndex={0}>
          {load.original.text}
        </pre>
      )}
    </section>
  );
}
