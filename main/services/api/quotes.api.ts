import { apiError } from '../../../shared/api/index.ts';
import { paragraphLabel, type StoredDocument } from '../../../shared/model/index.ts';
import { checkQuotes, suggestSources, type QuoteFinding, type SourceDocument } from '../../../shared/quotes/index.ts';
import { getDocument, listDocumentSummaries } from '../store/documents.store.ts';
import type { Database } from '../store/database.ts';
import { versionInLanguage } from '../library/pairing.ts';
import type { ApiHandlers } from './handler.ts';

function asSource(document: StoredDocument): SourceDocument {
  return { id: document.id, title: document.title, paragraphs: document.sections.flatMap((s) => s.paragraphs) };
}

function reference(document: StoredDocument) {
  return { id: document.id, title: document.title, kind: document.kind };
}

/**
 * The documents an article may be quoting: everything but news articles (an article quoting
 * the same declaration would otherwise "match") and the article's own series, newest version
 * of each series only.
 */
function candidateSources(db: Database, article: StoredDocument): StoredDocument[] {
  const newest = new Map<string, StoredDocument>();
  for (const summary of listDocumentSummaries(db)) {
    if (summary.kind === 'news' || summary.id === article.id) continue;
    const document = getDocument(db, summary.id);
    if (!document || document.seriesId === article.seriesId) continue;
    const known = newest.get(document.seriesId);
    if (!known || known.version < document.version) newest.set(document.seriesId, document);
  }
  return [...newest.values()];
}

/**
 * A finding's source and match by identity: paragraph ids, the source's version and the labels
 * the paragraphs are cited by (the check itself works on positions).
 */
function citedByIdentity(
  finding: QuoteFinding,
  sources: readonly StoredDocument[],
): QuoteFinding & {
  source: (NonNullable<QuoteFinding['source']> & { paragraphId?: string; version?: number; label?: string }) | null;
} {
  const byPosition = (documentId: string) => {
    const document = sources.find((s) => s.id === documentId);
    const paragraphs = new Map(document?.sections.flatMap((s) => s.paragraphs).map((p) => [p.n, p]) ?? []);
    return { document, paragraphs };
  };
  const source = finding.source
    ? (() => {
        const { document, paragraphs } = byPosition(finding.source.documentId);
        const paragraph = paragraphs.get(finding.source.paragraph);
        return {
          ...finding.source,
          ...(paragraph ? { paragraphId: paragraph.id, label: paragraphLabel(paragraph) } : {}),
          ...(document ? { version: document.version } : {}),
        };
      })()
    : null;
  const match = finding.match
    ? (() => {
        const { paragraphs } = byPosition(finding.match.documentId);
        const cited = finding.match.paragraphs.map((n) => paragraphs.get(n));
        return cited.every((p) => p !== undefined)
          ? { ...finding.match, paragraphIds: cited.map((p) => p.id), labels: cited.map((p) => paragraphLabel(p)) }
          : finding.match;
      })()
    : null;
  return { ...finding, source, match };
}

export const quotesHandlers: ApiHandlers<'quotes:check'> = {
  'quotes:check': async ({ documentId, sourceIds }, { db }) => {
    const article = getDocument(db, documentId);
    if (!article) throw apiError('not-found', 'errors.notFound', { id: documentId });
    const paragraphs = article.sections.flatMap((s) => s.paragraphs);

    const candidates = candidateSources(db, article);
    const suggestions = suggestSources({ paragraphs }, candidates.map(asSource)).map((suggestion) => {
      const document = candidates.find((c) => c.id === suggestion.documentId) as StoredDocument;
      return { ...reference(document), matchedQuotes: suggestion.matchedQuotes, score: suggestion.score };
    });

    let sources: StoredDocument[];
    if (sourceIds) {
      sources = [];
      for (const id of new Set(sourceIds)) {
        if (id === article.id) throw apiError('invalid-input', 'errors.selfCheck');
        const source = getDocument(db, id);
        if (!source) throw apiError('not-found', 'errors.sourceNotFound', { id: id });
        sources.push(source);
      }
    } else {
      sources = suggestions.map((s) => candidates.find((c) => c.id === s.id) as StoredDocument);
    }

    // A source in another language than the article is read in its paired version in the
    // article's language, and the quotations are reported against that version (issue 16).
    const asked = new Map<string, string>();
    sources = sources.map((source) => {
      const version = versionInLanguage(db, source.id, article.language);
      if (!version || version.id === source.id) return source;
      asked.set(version.id, source.id);
      return version;
    });
    sources = sources.filter((source, k) => sources.findIndex((s) => s.id === source.id) === k);
    const suggested = new Set(suggestions.map((s) => s.id));
    return {
      document: reference(article),
      sources: sources.map((source) => ({
        ...reference(source),
        suggested: suggested.has(source.id),
        ...(asked.has(source.id) ? { pairedFrom: asked.get(source.id) } : {}),
      })),
      suggestions,
      quotes: checkQuotes({ paragraphs }, sources.map(asSource)).map((finding) => citedByIdentity(finding, sources)),
    };
  },
};
