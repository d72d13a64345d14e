/**
 * Which shared items an API call changed, read from its channel, input and output. The
 * dispatcher tells the sync engine after every successful call, so no handler needs to know
 * about teams; a call that creates an item (a note, a pack, an import) says so, and in a
 * team the new item is shared at once.
 */
import type { ApiChannel } from '../../../shared/api/index.ts';
import type { Database } from '../store/database.ts';
import { annotationDocumentId } from '../store/sync.store.ts';
import type { ItemRef } from './mirrors/index.ts';

export interface Affected {
  refs: ItemRef[];
  created: boolean;
}

type Loose = Record<string, unknown> | undefined;

const id = (value: Loose, key = 'id'): string | undefined =>
  typeof value?.[key] === 'string' ? (value[key] as string) : undefined;

const one = (kind: ItemRef['kind'], itemId: string | undefined, created = false): Affected | undefined =>
  itemId ? { refs: [{ kind, id: itemId }], created } : undefined;

/**
 * The existing items a call would change, read from its input alone (before it runs): what a
 * reader's library must refuse when the item is shared, since the server would drop the change
 * and the reader would be left showing an edit nobody else ever sees. Calls that create an
 * item are not listed: what a reader creates stays in their own library.
 */
export function itemsChangedBy(db: Database, channel: ApiChannel, input: unknown): ItemRef[] {
  const inp = input as Loose;
  switch (channel) {
    case 'notes:save':
    case 'notes:rename':
    case 'notes:delete':
    case 'notes:undelete':
    case 'notes:appendMediaLines':
    case 'notes:append':
      return one('note', id(inp))?.refs ?? [];
    case 'packs:update':
    case 'packs:delete':
    case 'packs:restore':
      return one('pack', id(inp))?.refs ?? [];
    case 'packs:addItem':
    case 'packs:updateItem':
    case 'packs:removeItem':
    case 'packs:moveItem':
      return one('pack', id(inp, 'packId'))?.refs ?? [];
    case 'documents:update':
    case 'documents:restructure':
    case 'documents:rename':
    case 'documents:delete':
    case 'documents:restore':
      return one('document', id(inp))?.refs ?? [];
    case 'annotations:create':
    case 'annotations:update':
    case 'annotations:delete':
    case 'annotations:restore':
    case 'annotations:confirm':
    case 'annotations:reattach': {
      // The version the caller looks at, and the version the annotation is stored on.
      const annotationId = channel === 'annotations:create' ? undefined : id(inp);
      const stored = annotationId ? annotationDocumentId(db, annotationId) : undefined;
      return [id(inp, 'documentId'), stored]
        .filter((documentId): documentId is string => typeof documentId === 'string')
        .map((documentId) => ({ kind: 'document' as const, id: documentId }));
    }
    default:
      return [];
  }
}

export function affectedItems(
  db: Database,
  channel: ApiChannel,
  input: unknown,
  output: unknown,
): Affected | undefined {
  const inp = input as Loose;
  const out = output as Loose;
  switch (channel) {
    case 'notes:create':
      return one('note', id(out), true);
    case 'notes:duplicate':
      return one('note', id(out), true);
    case 'notes:save':
    case 'notes:rename':
    case 'notes:delete':
    case 'notes:undelete':
    case 'notes:appendMediaLines':
      return one('note', id(inp));
    case 'packs:create':
    case 'packs:createSample':
      return one('pack', id(out), true);
    case 'packs:update':
    case 'packs:delete':
    case 'packs:restore':
      return one('pack', id(inp));
    case 'packs:addItem':
    case 'packs:updateItem':
    case 'packs:removeItem':
    case 'packs:moveItem':
      return one('pack', id(inp, 'packId'));
    case 'documents:import': {
      const outcome = out?.outcome;
      const document = out?.document as Loose;
      return outcome === 'existing' ? undefined : one('document', id(document), true);
    }
    case 'documents:update':
    case 'documents:restructure':
    case 'documents:rename':
    case 'documents:delete':
    case 'documents:restore':
      return one('document', id(inp));
    case 'annotations:create':
    case 'annotations:update':
    case 'annotations:delete':
    case 'annotations:restore':
    case 'annotations:confirm':
    case 'annotations:reattach': {
      const annotationId = id(out) ?? id(inp);
      return one('document', annotationId ? annotationDocumentId(db, annotationId) : undefined);
    }
    default:
      return undefined;
  }
}
