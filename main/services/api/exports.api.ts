/**
 * Word export and delivery (`export:docx`, `export:save`, `export:discard`) and the Word
 * template setting (`wordTemplate:*`). Files are made into the data folder and delivered by the
 * shell (see main/services/export/deliver.ts); no path crosses the API.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ApiError, apiError } from '../../../shared/api/index.ts';
import { appRoot } from '../app-root.ts';
import { WriteError } from '../export/atomic-write.ts';
import { discardExport, DeliveryError, keepExport, readExport } from '../export/deliver.ts';
import { WordTemplateError } from '../export/docx/word-package.ts';
import { DOCX_MEDIA_TYPE, exportWord } from '../export/export-docx.ts';
import { ExportError } from '../export/resolve-pack.ts';
import {
  chooseWordTemplate,
  clearWordTemplate,
  loadWordTemplate,
  wordTemplateInfo,
  type StoredTemplate,
} from '../export/word-template-store.ts';
import type { ApiContext } from './context.ts';
import type { ApiHandlers } from './handler.ts';

/** The neutral bilingual template that comes with Précis, and its style mapping. */
export function bundledTemplatePaths(): { template: string; mapping: string } {
  const dir = join(appRoot(), 'resources', 'templates');
  return { template: join(dir, 'precis-neutral.dotx'), mapping: join(dir, 'precis-neutral.styles.json') };
}

function dataDir(context: ApiContext): string {
  return dirname(context.storePath);
}

const info = (stored: StoredTemplate | null) =>
  stored
    ? {
        fileName: stored.fileName,
        addedAt: stored.addedAt,
        byteLength: stored.byteLength,
        placeholders: stored.placeholders,
        mappingFileName: stored.mappingFileName,
      }
    : null;

function failure(error: unknown): never {
  if (error instanceof ExportError)
    throw new ApiError(error.reason === 'not-found' ? 'not-found' : 'export-failed', error.message, error.translation);
  if (error instanceof WordTemplateError) throw new ApiError('invalid-input', error.message, error.translation);
  if (error instanceof DeliveryError) throw new ApiError('not-found', error.message, error.translation);
  if (error instanceof WriteError) throw new ApiError('export-failed', error.message, error.translation);
  throw error;
}

export const exportsHandlers: ApiHandlers<
  'export:docx' | 'export:save' | 'export:discard' | 'wordTemplate:get' | 'wordTemplate:set' | 'wordTemplate:clear'
> = {
  'export:docx': async ({ target, template }, context) => {
    try {
      const chosen = template === 'none' ? undefined : await loadWordTemplate(context.db, dataDir(context));
      const made = await exportWord(context.db, target, chosen ? { template: chosen } : {});
      const kept = await keepExport(dataDir(context), {
        fileName: made.fileName,
        mediaType: DOCX_MEDIA_TYPE,
        bytes: made.bytes,
      });
      return {
        exportId: kept.id,
        fileName: kept.fileName,
        mediaType: kept.mediaType,
        byteLength: kept.byteLength,
        template: chosen?.name ?? null,
      };
    } catch (error) {
      failure(error);
    }
  },

  'export:save': async ({ exportId }, context) => {
    if (!context.saveExportFile) throw apiError('invalid-input', 'docx.errors.electronOnly');
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

  'wordTemplate:get': async (_input, context) => info(wordTemplateInfo(context.db)),

  'wordTemplate:set': async (input, context) => {
    try {
      if ('bundled' in input) {
        const paths = bundledTemplatePaths();
        const stored = await chooseWordTemplate(
          context.db,
          dataDir(context),
          { fileName: 'precis-neutral.dotx', bytes: await readFile(paths.template) },
          { fileName: 'precis-neutral.styles.json', text: await readFile(paths.mapping, 'utf8') },
        );
        return info(stored);
      }
      const stored = await chooseWordTemplate(
        context.db,
        dataDir(context),
        { fileName: input.fileName, bytes: Buffer.from(input.dataBase64, 'base64') },
        input.mapping,
      );
      return info(stored);
    } catch (error) {
      failure(error);
    }
  },

  'wordTemplate:clear': async (_input, context) => {
    await clearWordTemplate(context.db, dataDir(context));
    return null;
  },
};
