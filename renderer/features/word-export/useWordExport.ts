import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiCallError, call, deliverExport } from '../../api/client.ts';

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
    const file = await call('export:docx', { target });
    const delivery = await deliverExport(file);
    if (delivery === 'cancelled') return { level: 'info', text: t('docx.cancelled') };
    return { level: 'info', text: t(delivery === 'saved' ? 'docx.saved' : 'docx.downloaded', { name: file.fileName }) };
  } catch (error) {
    return { level: 'error', text: error instanceof ApiCallError ? error.message : String(error) };
  }
}

/** The Export to Word button's state: busy while the file is made, then what happened. */
export function useWordExport(target: WordTarget | undefined, prepare?: () => Promise<unknown>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<WordExportStatus | null>(null);
  const run = useCallback(async () => {
    if (!target) return;
    setBusy(true);
    setStatus(null);
    await prepare?.();
    setStatus(await exportToWord(target, t));
    setBusy(false);
  }, [target, t, prepare]);
  return { busy, status, run, dismiss: () => setStatus(null) };
}
