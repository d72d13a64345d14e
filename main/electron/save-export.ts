/**
 * The Electron shell's delivery of an exported file (`export:save`): the main process asks where
 * to save it with its own dialog, then writes it there atomically. The renderer never names a
 * path; it only says which kept export to deliver. Electron's dialog is passed in, so this is
 * tested without Electron.
 */
import { extname, join } from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { TFunction } from 'i18next';
import type { ApiContext } from '../services/api/context.ts';
import { writeExportTo } from '../services/export/deliver.ts';

export interface ExportSaverOptions {
  /** Electron's `dialog.showSaveDialog`, on the main window when there is one. */
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  /** The folder the dialog opens in (the user's Documents). */
  defaultFolder: () => string;
  /** The interface language's messages, for the dialog's title and file type. */
  t: () => TFunction;
}

const FILTERS: Record<string, string> = {
  '.docx': 'docx.saveFilter',
};

export function createExportSaver(options: ExportSaverOptions): NonNullable<ApiContext['saveExportFile']> {
  return async (file) => {
    const t = options.t();
    const extension = extname(file.fileName).toLowerCase();
    const filterKey = FILTERS[extension];
    const choice = await options.showSaveDialog({
      title: t('docx.saveDialogTitle'),
      defaultPath: join(options.defaultFolder(), file.fileName),
      ...(filterKey ? { filters: [{ name: t(filterKey), extensions: [extension.slice(1)] }] } : {}),
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeExportTo(choice.filePath, file.bytes);
    return { saved: true };
  };
}
