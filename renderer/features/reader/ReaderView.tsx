import { useEffect, useRef } from 'react';
import type { StoredDocument } from '../../../shared/model/index.ts';
import { useExcerptTransfer, usePassageHighlight } from './excerpt-transfer.ts';
import { SectionOutline, sectionElementId } from './SectionOutline.tsx';
import { useDocument } from './useDocument.ts';

const KIND_LABELS = { declaration: 'Declaration', news: 'News article', other: 'Document' } as const;

function formatDate(iso: string | null, language: string): string | null {
  if (!iso) return null;
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' });
}

function Dateline({ document }: { document: StoredDocument }) {
  const parts = [formatDate(document.date, document.language), document.place, document.issuer].filter(Boolean);
  if (parts.length === 0) return null;
  return <p className="dateline">{parts.join(' – ')}</p>;
}

/** Scrolls ¶ n into view and marks it, once the document is on screen. */
function useFocusParagraph(ready: boolean, paragraph: number | undefined): void {
  useEffect(() => {
    if (!ready || !paragraph) return;
    const element = document.getElementById(`p-${paragraph}`);
    element?.scrollIntoView({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [ready, paragraph]);
}

/** The reading view: title, dateline, section outline, numbered paragraphs. */
export function ReaderView({
  documentId,
  focusParagraph,
  focusQuote,
}: {
  documentId: string;
  focusParagraph?: number | undefined;
  /** An excerpt's text, marked within ¶ focusParagraph (and the paragraphs after it). */
  focusQuote?: string | undefined;
}) {
  const load = useDocument(documentId);
  const articleRef = useRef<HTMLElement>(null);
  useFocusParagraph(load.status === 'ready', focusParagraph);
  usePassageHighlight(load.status === 'ready', focusParagraph, focusQuote);
  useExcerptTransfer(articleRef, load.status === 'ready' ? load.document : undefined);
  if (load.status === 'loading') return <p className="muted reader-status">Opening…</p>;
  if (load.status === 'error') {
    return (
      <div className="message message--error reader-status" role="alert">
        {load.message}
      </div>
    );
  }
  const { document } = load;
  return (
    <div className="reader">
      <SectionOutline sections={document.sections} />
      <article ref={articleRef} className="document" lang={document.language} aria-labelledby="document-title">
        <header className="document-header">
          <p className="document-kind">{KIND_LABELS[document.kind]}</p>
          <h1 id="document-title">{document.title}</h1>
          <Dateline document={document} />
        </header>
        {document.sections.map((section, index) => (
          <section key={index} id={sectionElementId(index)} tabIndex={-1} aria-label={section.heading ?? 'Opening'}>
            {section.heading && <h2 className="section-heading">{section.heading}</h2>}
            {section.paragraphs.map((paragraph) => (
              <p
                key={paragraph.id}
                className={`paragraph${paragraph.n === focusParagraph ? ' paragraph--focused' : ''}`}
                id={`p-${paragraph.n}`}
                data-paragraph-id={paragraph.id}
                data-paragraph-n={paragraph.n}
                tabIndex={paragraph.n === focusParagraph ? -1 : undefined}
              >
                <span className="paragraph-number" aria-label={`Paragraph ${paragraph.n}`}>
                  {paragraph.n}
                </span>
                {paragraph.text}
              </p>
            ))}
          </section>
        ))}
      </article>
    </div>
  );
}
