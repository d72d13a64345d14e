import { z } from 'zod';
import { SEARCH_ISSUE_CODES, SEARCH_KINDS } from '../search/query.ts';
import { SnippetSegmentSchema } from '../search/snippet.ts';
import { DocumentIdSchema } from './documents.ts';

const IsoDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY-MM-DD');
export const SearchKindSchema = z.enum(SEARCH_KINDS);

/** A note about the query, as a code the UI and CLI word in their language (`search.issues.*`). */
export const SearchIssueSchema = z.object({
  code: z.enum(SEARCH_ISSUE_CODES),
  text: z.string().optional(),
  count: z.number().int().optional(),
});

/** One hit: what it is, where it is, the best passage with its matches, and its relevance. */
export const SearchHitSchema = z.object({
  kind: SearchKindSchema,
  /** The paragraph's, annotation's or note's id. */
  ownerId: z.string(),
  documentId: z.string().nullable(),
  documentTitle: z.string().nullable(),
  /** Position of the paragraph in the document (paragraphs, and annotations when known); show `paragraphLabel`. */
  paragraph: z.number().int().positive().nullable(),
  /** That paragraph's stable id. */
  paragraphId: z.string().nullable().optional(),
  /** What that paragraph is cited as (after ¶): its printed number, else its position. */
  paragraphLabel: z.string().nullable().optional(),
  /** Heading of the section the paragraph is in; null for the untitled opening. */
  section: z.string().nullable(),
  language: z.string().nullable(),
  date: z.string().nullable(),
  /** A note's title (null for paragraphs and annotations). */
  title: z.string().nullable(),
  /** The best passage, matches marked. */
  snippet: z.array(SnippetSegmentSchema),
  /** An annotation's quote, and its comment when it has one, matches marked (null otherwise). */
  quote: z.array(SnippetSegmentSchema).nullable(),
  comment: z.array(SnippetSegmentSchema).nullable(),
  /** bm25 relevance: higher is better; comparable within one search only. */
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const searchContract = {
  /**
   * Searches paragraphs, annotations and notes. The query language is in
   * shared/search/query.ts; a query with nothing to look for returns no hits and a `message`.
   */
  'search:query': {
    input: z
      .object({
        query: z.string().max(1000),
        kinds: z.array(SearchKindSchema).max(3).optional(),
        documentIds: z.array(DocumentIdSchema).max(100).optional(),
        tags: z.array(z.string().min(1).max(200)).max(20).optional(),
        languages: z.array(z.string().min(2).max(35)).max(10).optional(),
        from: IsoDateSchema.optional(),
        to: IsoDateSchema.optional(),
        limit: z.number().int().min(1).max(100).default(20),
        offset: z.number().int().min(0).max(10_000).default(0),
      })
      .strict(),
    output: z.object({
      hits: z.array(SearchHitSchema),
      /** Matches counted (up to the rank window). */
      total: z.number().int().nonnegative(),
      /** More matches than `total`: only the most recent `total` were ranked. */
      more: z.boolean(),
      /** Why there is nothing to search for, when so. */
      message: SearchIssueSchema.optional(),
      /** Parts of the query that were ignored or adjusted. */
      warnings: z.array(SearchIssueSchema),
    }),
  },
  /** Every matching paragraph of one document, in order, whole, with the matches marked. */
  'search:inDocument': {
    input: z.object({ documentId: DocumentIdSchema, query: z.string().max(1000) }).strict(),
    output: z.object({
      paragraphs: z.array(
        z.object({
          /** The paragraph's position (to find it in the page). */
          n: z.number().int().positive(),
          /** What it is cited as, after ¶. */
          label: z.string().optional(),
          segments: z.array(SnippetSegmentSchema),
        }),
      ),
      message: SearchIssueSchema.optional(),
      warnings: z.array(SearchIssueSchema),
    }),
  },
} as const;
