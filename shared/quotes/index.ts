/**
 * Quote check: how does an article quote its sources? Pure functions (no DOM, no Node), used
 * by the API in main/, the renderer and the CLI. See README.md in this folder for the method.
 */
export { checkQuote, checkQuotes, suggestSources, type QuoteFinding, type SourceSuggestion } from './check.ts';
export {
  CHANGE_KINDS,
  classifyQuote,
  FIDELITIES,
  type ChangeKind,
  type Classification,
  type DiffSegment,
  type Fidelity,
  type PassageContext,
  type QuoteChange,
} from './classify.ts';
export { extractQuotes, type ArticleParagraph, type ExtractedQuote, type QuoteSegment } from './extract.ts';
export { indexSources, matchQuote, type PassageMatch, type SourceDocument, type SourceIndex } from './match.ts';
export {
  FIDELITY_LABELS,
  MEDIA_LINE_HEADERS,
  mediaLines,
  mediaLinesToHtml,
  mediaLinesToMarkdown,
  mediaLinesToText,
  type MediaLine,
  type MediaLineLabels,
} from './media-lines.ts';
