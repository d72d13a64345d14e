/**
 * Delivery of exported files (`export:save`, `export:discard`): files are made into the data
 * folder by the export methods (`export:pdf`) and delivered by the shell (see
 * main/services/export/deliver.ts); no path crosses the API.
 */
import { dirname } from 'node:path';
import { ApiError, apiError } from '../../../shared/api/index.ts';
import { WriteError } from '../export/atomic-write.ts';
import { discardExport, DeliveryError, readExport } from '../export/deliver.ts';
import type { ApiContext } from './context.ts';
import type { ApiHandlers } from './handler.ts';

function dataDir(context: ApiContext): string {
  return dirname(context.storePath);
}

function failure(error: unknown): never {
  if (error instanceof DeliveryError) throw new ApiError('not-found', error.message, error.translation);
  if (error instanceof WriteError) throw new ApiError('export-failed', error.message, error.translation);
  throw error;
}

export const exportsHandlers: ApiHandlers<'export:save' | 'export:discard'> = {
  'export:save': async ({ exportId }, context) => {
    if (!context.saveExportFile) throw apiError('invalid-input', 'hostile.export.electronOnly');
    try {
      const file = await readExport(dataDir(context), exportId);
      try {
        const { saved } = await context.saveExportFile(file);
        return { saved, fileName: file.fileName };
      } finally {
        // Delivered once: saved or cancelled, the kept copy goes (export again to save another).
        await discardExport(dataDir(context), exportId);
      }
    } catch (error) {
      failure(error);
    }
  },

  'export:discard': async ({ exportId }, context) => ({ discarded: await discardExport(dataDir(context), exportId) }),
};
