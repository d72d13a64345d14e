/**
 * A team approval in print (issue 17): an approved note prints with "Approved by NAME, DATE",
 * an approved pack says so on its cover, and a note returned to Draft prints no stamp. An
 * approval is printed only while the item prints exactly what was approved (issue 19: a
 * review row cannot lower a note's marking or stand in for its text). The Word export reads
 * the same print model (`approval`).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { dispatch } from '../api/dispatch.ts';
import { apiHandlers } from '../api/handlers.ts';
import type { ApiContext } from '../api/context.ts';
import { putReviewRow } from '../store/sync.store.ts';
import { printableOf } from '../sync/review-actions.ts';
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

const body = (text: string) => ({
  root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [paragraphNode(text)] },
});

/** Saves a note through the API with `changes` over what it holds now. */
async function saveNote(id: string, changes: { classification?: string; content: unknown }) {
  const note = await call<{ title: string; status: string; classification: string; fields: unknown }>('notes:get', {
    id,
  });
  const { title, status, classification, fields } = note;
  await call('notes:save', { id, title, status, classification, fields, ...changes, checkpoint: 'manual' });
}

describe('approval in print', () => {
  async function approvedNoteInPack(title: string) {
    const note = await call<{ id: string }>('notes:create', { template: 'blank', title });
    await saveNote(note.id, { content: body('The text as approved.') });
    const pack = await call<{ id: string }>('packs:create', { title: 'For the Minister' });
    await call('packs:addItem', { packId: pack.id, spec: { kind: 'note', noteId: note.id } });
    return { noteId: note.id, packId: pack.id };
  }

  function approve(kind: 'note' | 'pack', itemId: string, by: string, at: string, snapshotJson: string | null) {
    putReviewRow(context.db, {
      kind,
      itemId,
      state: 'approved',
      changedBy: by,
      changedAt: at,
      approvedBy: by,
      approvedAt: at,
      snapshotJson,
      returnedToDraft: false,
    });
  }

  it('prints an approved note with who approved it and when, and the pack’s own approval on its cover', async () => {
    const { noteId, packId } = await approvedNoteInPack('Approved note');
    approve('note', noteId, 'Dana Roy', '2026-03-02T15:04:05.000Z', printableOf(context.db, 'note', noteId) as string);
    approve(
      'pack',
      packId,
      'Sam Okafor',
      '2026-03-03T08:00:00.000Z',
      printableOf(context.db, 'pack', packId) as string,
    );
    const printed = resolvePack(context.db, packId);
    expect(printed.approval).toEqual({ by: 'Sam Okafor', at: '2026-03-03T08:00:00.000Z' });
    const item = printed.items[0];
    expect(item?.kind === 'note' && item.approval).toEqual({ by: 'Dana Roy', at: '2026-03-02T15:04:05.000Z' });
    const { html } = renderPrintHtml(printed, { fontCss: '' });
    expect(html).toContain('The text as approved.');
    expect(html).toContain('<p class="approval-stamp">Approved by Dana Roy, March 2, 2026</p>');
    expect(html).toContain('<p class="cover-approval">Approved by Sam Okafor, March 3, 2026</p>');

    // Returned to Draft: no stamp.
    putReviewRow(context.db, {
      kind: 'note',
      itemId: noteId,
      state: 'draft',
      changedBy: 'Ed',
      changedAt: '2026-03-04T00:00:00.000Z',
      approvedBy: 'Dana Roy',
      approvedAt: '2026-03-02T15:04:05.000Z',
      snapshotJson: null,
      returnedToDraft: true,
    });
    const again = renderPrintHtml(resolvePack(context.db, packId), { fontCss: '' }).html;
    expect(again).not.toContain('approval-stamp">');
  });

  it('prints no approval for a note or pack that no longer prints what was approved, and never prints the snapshot in its place', async () => {
    // A library that left its team keeps its review rows, and a crafted store or archive can
    // write any: the note is PROTECTED B now, the "approved" copy says UNCLASSIFIED.
    const { noteId, packId } = await approvedNoteInPack('Changed after approval');
    approve('note', noteId, 'Dana Roy', '2026-03-02T15:04:05.000Z', printableOf(context.db, 'note', noteId) as string);
    approve(
      'pack',
      packId,
      'Sam Okafor',
      '2026-03-03T08:00:00.000Z',
      printableOf(context.db, 'pack', packId) as string,
    );
    await saveNote(noteId, { classification: 'protected-b', content: body('Sources say the talks will fail.') });
    const printed = resolvePack(context.db, packId);
    expect(printed.classification).toBe('protected-b');
    expect(printed.approval).toBeUndefined();
    const item = printed.items[0];
    expect(item?.kind === 'note' && item.approval).toBeUndefined();
    expect(item?.kind === 'note' && item.classification).toBe('protected-b');
    const { html } = renderPrintHtml(printed, { fontCss: '' });
    expect(html).toContain('Sources say the talks will fail.');
    expect(html).not.toContain('The text as approved.');
    expect(html).not.toContain('Approved by');

    // A snapshot that is not what the item prints (a forged one) is never printed either.
    approve(
      'note',
      noteId,
      'Deputy Minister',
      '2026-03-05T10:00:00.000Z',
      JSON.stringify({
        title: 'Nothing to see',
        classification: 'unclassified',
        language: 'en',
        fields: {},
        content: {},
      }),
    );
    const forged = renderPrintHtml(resolvePack(context.db, packId), { fontCss: '' }).html;
    expect(forged).not.toContain('Deputy Minister');
    expect(forged).not.toContain('Nothing to see');
    expect(forged).toContain('Sources say the talks will fail.');
  });
});
