/**
 * The app saves an export only where its own dialog says (a fake dialog stands in for
 * Electron's), nothing when the user cancels, and the kept copy is delivered once.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApiContext } from '../../test/support/api-context.ts';
import { translator } from '../../shared/i18n/index.ts';
import { dispatch } from '../services/api/dispatch.ts';
import { apiHandlers } from '../services/api/handlers.ts';
import { keepExport } from '../services/export/deliver.ts';
import { createExportSaver } from './save-export.ts';

let api: Awaited<ReturnType<typeof makeApiContext>>;
const pdf = new TextEncoder().encode('%PDF-1.7\n% a small file standing in for a pack\n%%EOF\n');

beforeAll(async () => {
  api = await makeApiContext();
});
afterAll(() => api.close());

describe('saving an export in the app', () => {
  it('saves in the app only where its own dialog says, and nothing when the user cancels', async () => {
    const chosen = join(api.dir, 'chosen', 'saved.pdf');
    const dialogs: unknown[] = [];
    const saver = (answer: { canceled: boolean; filePath?: string }) =>
      createExportSaver({
        showSaveDialog: async (options) => {
          dialogs.push(options);
          return { canceled: answer.canceled, filePath: answer.filePath ?? '' };
        },
        defaultFolder: () => '/home/someone/Documents',
        t: () => translator('fr'),
      });
    mkdirSync(join(api.dir, 'chosen'));
    const context = { ...api.context, saveExportFile: saver({ canceled: false, filePath: chosen }) };
    const kept = await keepExport(api.dir, { fileName: 'Dossier.pdf', mediaType: 'application/pdf', bytes: pdf });
    const saved = await dispatch(apiHandlers, context, 'export:save', { exportId: kept.id }, () => {});
    expect(saved).toEqual({ ok: true, value: { saved: true, fileName: 'Dossier.pdf' } });
    expect(readFileSync(chosen).equals(Buffer.from(pdf))).toBe(true);
    expect(dialogs[0]).toMatchObject({
      title: 'Enregistrer le PDF',
      defaultPath: '/home/someone/Documents/Dossier.pdf',
      filters: [{ name: 'Document PDF', extensions: ['pdf'] }],
    });
    // Delivered once: the kept copy is gone.
    expect((await dispatch(apiHandlers, context, 'export:save', { exportId: kept.id }, () => {})).ok).toBe(false);

    const cancelled = { ...api.context, saveExportFile: saver({ canceled: true }) };
    const other = await keepExport(api.dir, { fileName: 'Autre.pdf', mediaType: 'application/pdf', bytes: pdf });
    expect(await dispatch(apiHandlers, cancelled, 'export:save', { exportId: other.id }, () => {})).toEqual({
      ok: true,
      value: { saved: false, fileName: 'Autre.pdf' },
    });
    // Browser mode and the CLI have no dialog: export:save is refused there.
    const browser = await dispatch(apiHandlers, api.context, 'export:save', { exportId: kept.id }, () => {});
    expect(browser).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
