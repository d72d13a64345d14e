/**
 * The quote check of one article (quotes:check): its quotations matched against the sources
 * the user chose, or those the library suggests (found through the search index, see
 * quote-sources.ts), one quotation at a time so the caller can follow and cancel it.
 */
import { apiError, type QuoteCheck } from '../../../shared/api/index.ts';
import { paragraphLabel, type StoredDocument } from '../../../shared/model/index.ts';
import {
  checkQuote,
  extractQuotes,
  indexSources,
  suggestSources,
  type QuoteFinding,
  type SourceDocument,
} from '../../../shared/quotes/index.ts';
import type { Database } from '../store/database.ts';
import { getDocument } from '../store/documents.store.ts';
import { versionInLanguage } from '../library/pairing.ts';
import type { Task } from '../tasks/task-registry.ts';
import { shortlistSources } from './quote-sources.ts';

function asSource(document: StoredDocument): SourceDocument {
  return { id: document.id, title: document.title, paragraphs: document.sections.flatMap((s) => s.paragraphs) };
}

function reference(document: StoredDocument) {
  return { id: document.id, title: document.title, kind: document.kind };
}

/** The sources the user chose, loaded; refuses the article itself and unknown ids. */
function chosenSources(db: Database, article: StoredDocument, sourceIds: readonly string[]): StoredDocument[] {
  return [...new Set(sourceIds)].map((id) => {
    if (id === article.id) throw apiError('invalid-input', 'errors.selfCheck');
    const source = getDocument(db, id);
    if (!source) throw apiError('not-found', 'errors.sourceNotFound', { id });
    return source;
  });
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

export async function checkArticleQuotes(
  db: Database,
  input: { documentId: string; sourceIds?: readonly string[] | undefined },
  task: Task,
): Promise<QuoteCheck> {
  const article = getDocument(db, input.documentId);
  if (!article) throw apiError('not-found', 'errors.notFound', { id: input.documentId });
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  const chosen = input.sourceIds ? chosenSources(db, article, input.sourceIds) : undefined;

  await task.step(0, 'suggesting');
  const candidates = shortlistSources(db, article);
  const suggestions = suggestSources({ paragraphs }, candidates.map(asSource)).map((suggestion) => {
    const document = candidates.find((c) => c.id === suggestion.documentId) as StoredDocument;
    return { ...reference(document), matchedQuotes: suggestion.matchedQuotes, score: suggestion.score };
  });
  let sources = chosen ?? suggestions.map((s) => candidates.find((c) => c.id === s.id) as StoredDocument);
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

  const index = indexSources(sources.map(asSource));
  const quotes = extractQuotes(paragraphs);
  const findings: QuoteFinding[] = [];
  for (const [i, quote] of quotes.entries()) {
    await task.step(0.1 + (0.9 * i) / Math.max(1, quotes.length), 'checking');
    findings.push(checkQuote(index, quote, i + 1));
  }
  task.report(1);
  const suggested = new Set(suggestions.map((s) => s.id));
  return {
    document: reference(article),
    sources: sources.map((source) => ({
      ...reference(source),
      suggested: suggested.has(source.id),
      ...(asked.has(source.id) ? { pairedFrom: asked.get(source.id) } : {}),
    })),
    suggestions,
    quotes: findings.map((finding) => citedByIdentity(finding, sources)),
  };
}
