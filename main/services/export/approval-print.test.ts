/**
 * A team approval in print (issue 17): an approved note prints its approved snapshot with
 * "Approved by NAME, DATE", an approved pack says so on its cover, and a note returned to
 * Draft prints no stamp. The Word export reads the same print model (`approval`).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { dispatch } from '../api/dispatch.ts';
import { apiHandlers } from '../api/handlers.ts';
import type { ApiContext } from '../api/context.ts';
import { putReviewRow } from '../store/sync.store.ts';
import { notePrintable } from '../sync/mirrors/note-mirror.ts';
import { renderPrintHtml } from './print-html.ts';
import { resolvePack } from './resolve-pack.ts';
import { paragraphNode } from '../../../shared/notes/templates.ts';

let ctx: Awaited<ReturnType<typeof makeApiContext>>;
let context: ApiContext;
beforeEach(async () => {
  ctx = await makeApiContext();
  context = ctx.context;
});
afterEach(() => ctx.close());

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await dispatch(apiHandlers, context, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('approval in print', () => {
  it('prints an approved note from its snapshot with who approved it and when, and the pack’s own approval on its cover', async () => {
    const note = await call<{
      id: string;
      title: string;
      classification: 'unclassified';
      language: 'en';
      fields: never;
      content: never;
    }>('notes:create', { template: 'blank', title: 'Approved note' });
    const approvedContent = {
      root: {
        type: 'root',
        version: 1,
        format: '',
        indent: 0,
        direction: null,
        children: [paragraphNode('The text as approved.')],
      },
    };
    putReviewRow(context.db, {
      kind: 'note',
      itemId: note.id,
      state: 'approved',
      changedBy: 'Dana Roy',
      changedAt: '2026-03-02T15:04:05.000Z',
      approvedBy: 'Dana Roy',
      approvedAt: '2026-03-02T15:04:05.000Z',
      snapshotJson: notePrintable({ ...note, content: approvedContent as never }),
      returnedToDraft: false,
    });
    const pack = await call<{ id: string }>('packs:create', { title: 'For the Minister' });
    await call('packs:addItem', { packId: pack.id, spec: { kind: 'note', noteId: note.id } });
    putReviewRow(context.db, {
      kind: 'pack',
      itemId: pack.id,
      state: 'sent',
      changedBy: 'Sam Okafor',
      changedAt: '2026-03-03T09:00:00.000Z',
      approvedBy: 'Sam Okafor',
      approvedAt: '2026-03-03T08:00:00.000Z',
      snapshotJson: '{}',
      returnedToDraft: false,
    });
    const printed = resolvePack(context.db, pack.id);
    expect(printed.approval).toEqual({ by: 'Sam Okafor', at: '2026-03-03T08:00:00.000Z' });
    const item = printed.items[0];
    expect(item?.kind === 'note' && item.approval).toEqual({ by: 'Dana Roy', at: '2026-03-02T15:04:05.000Z' });
    const { html } = renderPrintHtml(printed, { fontCss: '' });
    expect(html).toContain('The text as approved.');
    expect(html).toContain('<p class="approval-stamp">Approved by Dana Roy, March 2, 2026</p>');
    expect(html).toContain('<p class="cover-approval">Approved by Sam Okafor, March 3, 2026</p>');

    // Returned to Draft: no stamp, and the note prints as it is now.
    putReviewRow(context.db, {
      kind: 'note',
      itemId: note.id,
      state: 'draft',
      changedBy: 'Ed',
      changedAt: '2026-03-04T00:00:00.000Z',
      approvedBy: 'Dana Roy',
      approvedAt: '2026-03-02T15:04:05.000Z',
      snapshotJson: null,
      returnedToDraft: true,
    });
    const again = renderPrintHtml(resolvePack(context.db, pack.id), { fontCss: '' }).html;
    expect(again).not.toContain('approval-stamp">');
    expect(again).not.toContain('The text as approved.');
  });
});
