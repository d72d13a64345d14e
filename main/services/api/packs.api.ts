import { ApiError } from '../../../shared/api/index.ts';
import { createChromiumPrinter } from '../export/chromium-printer.ts';
import { exportFileName, keepExport } from '../export/deliver.ts';
import { exportPack } from '../export/export-pack.ts';
import { ExportError } from '../export/resolve-pack.ts';
import {
  addPackItem,
  createPack,
  createSamplePackFor,
  deletePack,
  listPacks,
  movePackItem,
  mustRead,
  removePackItem,
  restorePack,
  updatePack,
  updatePackItem,
} from '../packs/packs.service.ts';
import type { ApiContext } from './context.ts';
import { exportsHome } from './exports-home.ts';
import type { ApiHandlers } from './handler.ts';

function exportFailure(error: unknown): never {
  if (error instanceof ExportError) {
    throw new ApiError(error.reason === 'not-found' ? 'not-found' : 'export-failed', error.message, error.translation);
  }
  throw error;
}

export function printerFor(context: ApiContext) {
  return context.createPrinter ?? (() => createChromiumPrinter());
}

export const packsHandlers: ApiHandlers<
  | 'packs:list'
  | 'packs:get'
  | 'packs:create'
  | 'packs:update'
  | 'packs:delete'
  | 'packs:restore'
  | 'packs:addItem'
  | 'packs:updateItem'
  | 'packs:removeItem'
  | 'packs:moveItem'
  | 'packs:createSample'
  | 'export:pdf'
> = {
  'packs:list': async (_input, { db }) => listPacks(db),
  'packs:get': async ({ id }, { db }) => mustRead(db, id),
  'packs:create': async (input, { db }) => createPack(db, input),
  'packs:update': async (input, { db }) => updatePack(db, input),
  'packs:delete': async ({ id }, { db }) => deletePack(db, id),
  'packs:restore': async (snapshot, { db }) => restorePack(db, snapshot),
  'packs:addItem': async (input, { db }) => addPackItem(db, input),
  'packs:updateItem': async (input, { db }) => updatePackItem(db, input),
  'packs:removeItem': async ({ packId, itemId }, { db }) => removePackItem(db, packId, itemId),
  'packs:moveItem': async ({ packId, itemId, position }, { db }) => movePackItem(db, packId, itemId, position),
  'packs:createSample': async ({ language }, { db }) => createSamplePackFor(db, language),

  'export:pdf': async ({ packId, pageSize, taskId }, context) => {
    const task = context.tasks.begin(taskId);
    try {
      const printed = await exportPack(context.db, packId, printerFor(context), {
        ...(pageSize ? { pageSize } : {}),
        signal: task.signal,
        onProgress: (fraction, stage) => task.report(fraction, stage),
      });
      const kept = await keepExport(exportsHome(context), {
        fileName: exportFileName(printed.pack.title, 'pdf', 'Briefing pack'),
        mediaType: 'application/pdf',
        bytes: printed.bytes,
      });
      return {
        exportId: kept.id,
        fileName: kept.fileName,
        mediaType: kept.mediaType,
        byteLength: kept.byteLength,
        template: null,
        pageCount: printed.pageCount,
        pdfBase64: Buffer.from(printed.bytes).toString('base64'),
      };
    } catch (error) {
      exportFailure(error);
    } finally {
      task.end();
    }
  },
};
