import { apiError } from '../../../shared/api/index.ts';
import type { StoredDocument } from '../../../shared/model/index.ts';
import { checkQuotes, suggestSources, type SourceDocument } from '../../../shared/quotes/index.ts';
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
      quotes: checkQuotes({ paragraphs }, sources.map(asSource)),
    };
  },
};
