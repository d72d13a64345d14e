import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiCallError, call, deliverExport } from '../../api/client.ts';
import { flushUnsaved } from '../../app/unsaved.ts';

export type WordTarget = { kind: 'note'; id: string } | { kind: 'pack'; id: string };

export interface WordExportStatus {
  level: 'info' | 'error';
  text: string;
}

/**
 * Exports a note or a pack to Word and delivers the file (a save dialog in the app, a download
 * in browser mode); resolves with what to tell the user.
 */
export async function exportToWord(target: WordTarget, t: TFunction): Promise<WordExportStatus> {
  try {
    // Whichever way it was asked for (the button, File ▸ Export to Word…), what was just typed in
    // the open note or a comment is saved first, so the file has it.
    await flushUnsaved();
    const file = await call('export:docx', { target });
    const delivery = await deliverExport(file);
    if (delivery === 'cancelled') return { level: 'info', text: t('docx.cancelled') };
    return { level: 'info', text: t(delivery === 'saved' ? 'docx.saved' : 'docx.downloaded', { name: file.fileName }) };
  } catch (error) {
    return { level: 'error', text: error instanceof ApiCallError ? error.message : String(error) };
  }
}

/** The Export to Word button's state: busy while the file is made, then what happened. */
export function useWordExport(target: WordTarget | undefined) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<WordExportStatus | null>(null);
  const run = useCallback(async () => {
    if (!target) return;
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await exportToWord(target, t));
    } finally {
      setBusy(false);
    }
  }, [target, t]);
  return { busy, status, run, dismiss: () => setStatus(null) };
}
