/** The excerpt services the editor's excerpt blocks use: the source link and batched freshness checks. */
import type { ExcerptCheck } from '../../../shared/api/index.ts';
import { call } from '../../api/client.ts';
import { routeHref } from '../../app/useRoute.ts';
import type { ExcerptServices } from '../../editor/index.ts';

/** Checks made within this window go to the API as one call. */
const BATCH_MS = 30;

export function createExcerptServices(repick: ExcerptServices['repick'] = () => {}): ExcerptServices {
  const cache = new Map<string, Promise<ExcerptCheck>>();
  let queue: Array<{ input: ApiExcerpt; resolve: (c: ExcerptCheck) => void; reject: (e: unknown) => void }> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  type ApiExcerpt = {
    documentId: string;
    paragraphs: Array<{ id: string }>;
    text: string;
    keptAgainst?: string;
  };

  const flush = () => {
    timer = undefined;
    const batch = queue;
    queue = [];
    call('notes:check-excerpts', { excerpts: batch.map((b) => b.input) }).then(
      (results) => batch.forEach((b, i) => b.resolve(results[i] ?? { status: 'current' })),
      (error: unknown) => batch.forEach((b) => b.reject(error)),
    );
  };

  return {
    otherLanguage: async (excerpt) => {
      const found = await call('pairs:counterpart', {
        documentId: excerpt.documentId,
        paragraphIds: excerpt.paragraphs.map((p) => p.id),
      });
      if (!found || found.paragraphs.length === 0) return null;
      return {
        language: found.document.language,
        unchecked: found.unchecked,
        payload: {
          documentId: found.document.id,
          documentTitle: found.document.title,
          documentDate: found.document.date,
          paragraphs: found.paragraphs,
          text: found.text,
          origin: 'paragraph',
        },
      };
    },
    sourceHref: (excerpt, position) =>
      routeHref({
        view: 'document',
        id: excerpt.documentId,
        paragraph: position ?? excerpt.paragraphs[0]?.n ?? 1,
        quote: excerpt.text,
      }),
    repick,
    check: (excerpt, keptAgainst) => {
      const input: ApiExcerpt = {
        documentId: excerpt.documentId,
        paragraphs: excerpt.paragraphs.map((p) => ({ id: p.id })),
        text: excerpt.text,
        ...(keptAgainst ? { keptAgainst } : {}),
      };
      const key = JSON.stringify(input);
      let result = cache.get(key);
      if (!result) {
        result = new Promise<ExcerptCheck>((resolve, reject) => {
          queue.push({ input, resolve, reject });
          timer ??= setTimeout(flush, BATCH_MS);
        });
        cache.set(key, result);
        result.catch(() => cache.delete(key));
      }
      return result;
    },
  };
}
