import { apiError } from '../../../shared/api/index.ts';
import type { StoredDocument } from '../../../shared/model/index.ts';
import { checkQuotes, suggestSources, type SourceDocument } from '../../../shared/quotes/index.ts';
import { shortlistSources } from '../quotes/quote-sources.ts';
import { getDocument } from '../store/documents.store.ts';
import type { ApiHandlers } from './handler.ts';

function asSource(document: StoredDocument): SourceDocument {
  return { id: document.id, title: document.title, paragraphs: document.sections.flatMap((s) => s.paragraphs) };
}

function reference(document: StoredDocument) {
  return { id: document.id, title: document.title, kind: document.kind };
}

export const quotesHandlers: ApiHandlers<'quotes:check'> = {
  'quotes:check': async ({ documentId, sourceIds }, { db }) => {
    const article = getDocument(db, documentId);
    if (!article) throw apiError('not-found', 'errors.notFound', { id: documentId });
    const paragraphs = article.sections.flatMap((s) => s.paragraphs);

    const candidates = shortlistSources(db, article);
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

    const suggested = new Set(suggestions.map((s) => s.id));
    return {
      document: reference(article),
      sources: sources.map((source) => ({ ...reference(source), suggested: suggested.has(source.id) })),
      suggestions,
      quotes: checkQuotes({ paragraphs }, sources.map(asSource)),
    };
  },
};
