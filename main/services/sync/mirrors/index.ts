/** The mirror of each kind of shared item. */
import type { ItemKind } from '../../../../shared/team/protocol.ts';
import { documentMirror } from './document-mirror.ts';
import type { Mirror } from './mirror.ts';
import { noteMirror } from './note-mirror.ts';
import { packMirror } from './pack-mirror.ts';

export const MIRRORS: Record<ItemKind, Mirror> = {
  note: noteMirror,
  pack: packMirror,
  document: documentMirror,
};

export type { ItemRef, Mirror, MirrorServices, ReadOutcome } from './mirror.ts';
