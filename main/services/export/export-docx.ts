/**
 * Word export as a service: a note or a pack of the library, resolved exactly as the PDF resolves
 * it (resolve-pack.ts, items/note-item.ts), written by docx/ in Précis's layout or in the chosen
 * template. The API keeps the result for delivery (deliver.ts); the CLI writes it where its
 * user says (`exportWordToFile`).
 */
import { translation } from '../../../shared/api/index.ts';
import { translator } from '../../../shared/i18n/index.ts';
import type { Database } from '../store/database.ts';
import { getPackRow } from '../store/packs.store.ts';
import { WriteError } from './atomic-write.ts';
import { checkWritableTarget, exportFileName, writeExportTo } from './deliver.ts';
import type { WordTemplate } from './docx/template-export.ts';
import { renderWord, type WordFacts, type WordSource } from './docx/word-export.ts';
import { WordTemplateError } from './docx/word-package.ts';
import { resolveNoteItem } from './items/note-item.ts';
import { ExportError, resolvePack } from './resolve-pack.ts';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What to export: a briefing note on its own, or a whole pack. */
export type WordTarget = { kind: 'note'; id: string } | { kind: 'pack'; id: string };

export interface WordExport {
  bytes: Uint8Array;
  fileName: string;
  facts: WordFacts;
}

/** A note id or a pack id, as the CLI takes either: packs are looked up first. */
export function targetOf(db: Database, id: string): WordTarget {
  return getPackRow(db, id) ? { kind: 'pack', id } : { kind: 'note', id };
}

/** The print model of a target; an ExportError names what is missing. */
export function resolveWordSource(db: Database, target: WordTarget): WordSource {
  if (target.kind === 'pack') return { kind: 'pack', pack: resolvePack(db, target.id) };
  const note = resolveNoteItem(db, target.id, target.id);
  if (!note) throw new ExportError('not-found', translation('errors.noteNotFound', { id: target.id }));
  // A note alone prints on Letter, as Canadian briefing notes do.
  return { kind: 'note', note, pageSize: 'letter' };
}

/** Exports a target to .docx bytes; every failure is an ExportError with a message for the user. */
export async function exportWord(
  db: Database,
  target: WordTarget,
  options: { template?: WordTemplate } = {},
): Promise<WordExport> {
  const source = resolveWordSource(db, target);
  let file;
  try {
    file = await renderWord(source, options);
  } catch (error) {
    if (error instanceof WordTemplateError) throw new ExportError('template', error.translation);
    throw error;
  }
  const fallback = translator(file.facts.language)(
    target.kind === 'pack' ? 'docx.fallbackPackName' : 'docx.fallbackNoteName',
  );
  return { bytes: file.bytes, fileName: exportFileName(file.facts.title, 'docx', fallback), facts: file.facts };
}

/**
 * The CLI's export: made, then written atomically to `path` (checked first, so a bad place fails
 * before the work). Not reachable through the API.
 */
export async function exportWordToFile(
  db: Database,
  target: WordTarget,
  path: string,
  options: { template?: WordTemplate } = {},
): Promise<WordExport> {
  const written = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      if (error instanceof WriteError) throw new ExportError('write', error.translation);
      throw error;
    }
  };
  await written(() => checkWritableTarget(path));
  const result = await exportWord(db, target, options);
  await written(() => writeExportTo(path, result.bytes));
  return result;
}
