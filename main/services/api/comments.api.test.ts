/**
 * Annotation comments are hostile input too (finding 4 of issue 19): a 75 KB comment that is
 * nothing but nesting once overflowed the stack of every view that showed it and of its Markdown
 * export. The API now refuses comments deeper than notes may nest, with a clear message in the
 * caller's language; one already stored (saved before the limit, or written by another tool)
 * still lists and exports.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentToPlainText, MAX_COMMENT_DEPTH, plainTextToLexical } from '../../../shared/model/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { deeplyNestedComment, list, paragraph, root, textNode } from '../../../test/support/lexical-json.ts';
import { updateAnnotationStyle } from '../store/annotations.store.ts';
import { importIntoLibrary } from '../library/import-document.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';

let api: Awaited<ReturnType<typeof makeApiContext>>;
let documentId: string;

const call = (channel: Parameters<typeof dispatch>[2], input: unknown) =>
  dispatch(apiHandlers, api.context, channel, input, () => {});

const DEEP = deeplyNestedComment(75_000);

beforeEach(async () => {
  api = await makeApiContext();
  const text = 'Joint statement\n\nThe members agree to meet.\n\nThey will report next year.\n';
  documentId = (await importIntoLibrary(api.context.db, { fileName: 'statement.txt', bytes: Buffer.from(text) }))
    .document.id;
});
afterEach(() => api.close());

describe('annotation comments', () => {
  it('refuses a 75 KB comment nested thousands of levels deep, in the caller’s language', async () => {
    expect(DEEP.length).toBeGreaterThan(74_000);
    const comment = { lexical: DEEP, text: 'the bottom of a deep comment' };
    const created = await call('annotations:create', { documentId, target: { type: 'paragraph', n: 1 }, comment });
    expect(created).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(created.ok ? '' : created.error.message).toBe(
      `This comment is nested too deeply (more than ${MAX_COMMENT_DEPTH} levels of lists and links). Flatten its lists and save it again.`,
    );

    const plain = await call('annotations:create', { documentId, target: { type: 'paragraph', n: 2 } });
    if (!plain.ok) throw new Error(plain.error.message);
    const id = (plain.value as { id: string }).id;
    api.context.systemLanguage = 'fr';
    const updated = await call('annotations:update', { documentId, id, comment });
    expect(updated.ok ? '' : updated.error.message).toMatch(/^Ce commentaire est trop imbriqué/);
    // Nothing was stored.
    const listed = await call('annotations:list', { documentId });
    expect(listed.ok && (listed.value as Array<{ comment: unknown }>).every((a) => a.comment === null)).toBe(true);
  });

  it('accepts comments the editor makes: lists nested a few levels, links, line breaks', async () => {
    let nested: unknown = paragraph([textNode('innermost point')]);
    for (let i = 0; i < 8; i++) nested = list([[paragraph([textNode(`level ${i}`)]), nested]]);
    const lexical = JSON.stringify(root([paragraph([textNode('Check this, ', 1)]), nested]));
    const result = await call('annotations:create', {
      documentId,
      target: { type: 'paragraph', n: 1 },
      comment: { lexical, text: commentToPlainText(lexical) },
    });
    expect(result.ok ? 'stored' : result.error.message).toBe('stored');
    // The CLI's own comments (plain text as paragraphs) are fine too.
    const cli = plainTextToLexical('one line\nanother line');
    const second = await call('annotations:create', {
      documentId,
      target: { type: 'paragraph', n: 2 },
      comment: { lexical: cli, text: 'one line\nanother line' },
    });
    expect(second.ok).toBe(true);
  });

  it.each(['lists', 'inline'] as const)(
    'lists and exports a deep comment already in the store (%s), Markdown and W3C, without overflowing',
    async (shape) => {
      const created = await call('annotations:create', { documentId, target: { type: 'paragraph', n: 1 } });
      if (!created.ok) throw new Error(created.error.message);
      const id = (created.value as { id: string }).id;
      // As an older Précis or another tool could have written it: straight into the store.
      const deeper = deeplyNestedComment(190_000, shape);
      updateAnnotationStyle(
        api.context.db,
        id,
        { comment: { lexical: deeper, text: 'the bottom of a deep comment' } },
        new Date().toISOString(),
      );
      const listed = await call('annotations:list', { documentId });
      expect(listed.ok).toBe(true);
      const markdown = await call('annotations:export', { documentId, format: 'markdown' });
      if (!markdown.ok) throw new Error(markdown.error.message);
      const content = (markdown.value as { content: string }).content;
      expect(content).toContain('the bottom of a deep comment');
      // Lists deeper than a comment may nest stay at the deepest indent: the export stays small.
      if (shape === 'lists') expect(content.length).toBeLessThan(5_000);
      const w3c = await call('annotations:export', { documentId, format: 'w3c' });
      expect(w3c.ok).toBe(true);
      expect(commentToPlainText(deeper)).toBe('the bottom of a deep comment');
    },
  );
});
