/**
 * A structure correction is one transaction with everything that points into the document:
 * if re-anchoring fails half-way (here a trigger makes writing an anchor fail), the structure,
 * the paragraph history, the cached anchors and the annotations are exactly as before.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeWithNext } from '../../../shared/model/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { PHRASE } from '../../../test/support/declaration-versions.ts';
import { dispatch } from '../api/dispatch.ts';
import { apiHandlers } from '../api/handlers.ts';
import { createAnnotation, listAnnotationsOn } from './annotations.ts';
import { getDocument, listDocumentSummaries } from '../store/documents.store.ts';
import type { SectionDraft } from '../../../shared/model/index.ts';

let ctx: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (ctx = await makeApiContext({ seed: true })));
afterEach(() => ctx.close());

/** *Correct structure…* as the reader calls it. */
async function restructureDocument(id: string, sections: SectionDraft[]): Promise<void> {
  const result = await dispatch(apiHandlers, ctx.context, 'documents:restructure', { id, sections }, () => {});
  if (!result.ok) throw new Error(result.error.message);
}

describe('restructureDocument', () => {
  it('rolls back the structure when re-anchoring fails, so no highlight is left misplaced', async () => {
    const db = ctx.context.db;
    const id = listDocumentSummaries(db).find((d) => d.kind === 'declaration')!.id;
    const annotation = createAnnotation(db, { documentId: id, target: { type: 'quote', exact: PHRASE } });
    expect(annotation.anchor).toMatchObject({ status: 'exact', paragraph: 8 });
    const before = getDocument(db, id)!;
    const snapshot = () => ({
      paragraphs: db.prepare('SELECT n, id FROM paragraphs WHERE document_id = ? ORDER BY n').all(id),
      anchors: db.prepare('SELECT * FROM annotation_anchors ORDER BY annotation_id, document_id').all(),
      annotations: db.prepare('SELECT * FROM annotations ORDER BY id').all(),
      history: db.prepare('SELECT * FROM paragraph_history').all(),
    });
    const was = snapshot();

    db.exec(`CREATE TRIGGER fail_anchor BEFORE INSERT ON annotation_anchors BEGIN SELECT RAISE(ABORT, 'crash'); END`);
    await expect(restructureDocument(id, mergeWithNext(before.sections, 2))).rejects.toThrow();
    expect(snapshot()).toEqual(was);
    db.exec('DROP TRIGGER fail_anchor');

    // Once it can complete, it does, in full: ¶ 8 is ¶ 7, its highlight there and exact.
    await restructureDocument(id, mergeWithNext(before.sections, 2));
    const [after] = listAnnotationsOn(db, id);
    expect(after?.anchor).toMatchObject({ status: 'exact', paragraph: 7, paragraphLabel: '7', text: PHRASE });
    expect(db.prepare('SELECT count(*) AS n FROM paragraph_history WHERE document_id = ?').get(id)).toEqual({ n: 2 });
  });

  it('refuses a correction that changes the text, and changes nothing', async () => {
    const db = ctx.context.db;
    const id = listDocumentSummaries(db).find((d) => d.kind === 'declaration')!.id;
    const drafts = getDocument(db, id)!.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs.map((p) => p.text),
    }));
    drafts[0]!.paragraphs[0] = 'Something else.';
    await expect(restructureDocument(id, drafts)).rejects.toThrow(/text/);
    expect(db.prepare('SELECT count(*) AS n FROM paragraph_history').get()).toEqual({ n: 0 });
  });
});
