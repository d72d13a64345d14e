import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/api/index.ts';
import { call } from '../../api/client.ts';
import { toBase64 } from '../../api/encoding.ts';
import { listenForPastedDocuments } from './paste-import.ts';

export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
  /** How far the current file is, when the importer reports it (PDF pages). */
  fraction: number;
}

/** Polls the import's progress while it runs, so long PDFs show a moving bar. */
function watchProgress(progressId: string, report: (fraction: number) => void): () => void {
  const timer = window.setInterval(() => {
    call('documents:importProgress', { progressId }).then(
      ({ fraction }) => fraction !== null && report(fraction),
      () => {},
    );
  }, 250);
  return () => window.clearInterval(timer);
}

export interface ImportCount {
  count: number;
  total: number;
}

/** An import that may be a new version of a document (partial evidence): the user is asked. */
export interface VersionQuestion {
  /** The document just imported (on its own, until the user says otherwise). */
  documentId: string;
  candidate: NonNullable<ImportResult['possibleVersionOf']>;
}

export interface LibraryState {
  /** Counts the library's changes: views read their rows again when it moves. */
  generation: number;
  error: string | null;
  /** A message to show, or the count of the last import (worded in the current language). */
  notice: string | ImportCount | null;
  progress: ImportProgress | null;
  importFiles: (files: readonly File[]) => Promise<void>;
  dismiss: () => void;
  /** Has the views read the library again (after an import from the File menu, say). */
  refresh: () => Promise<void>;
  /** Shows a message from elsewhere in the app (errors in the alert, the rest as a notice). */
  report: (level: 'info' | 'error', text: string) => void;
  /** "This looks like a new version of …": the first import waiting for the user's answer. */
  question: VersionQuestion | null;
  /** The answer: a new version of the candidate, or a separate document (as imported). */
  answer: (newVersion: boolean) => Promise<void>;
  /** Asks about an import made elsewhere (File ▸ Import… in the desktop app). */
  ask: (question: VersionQuestion) => void;
}

/** The library list, and importing files into it one after another with progress. */
export function useLibrary(): LibraryState {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | ImportCount | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [questions, setQuestions] = useState<VersionQuestion[]>([]);

  // The views read only the rows they show (useDocumentWindow); a change has them read again.
  const refresh = useCallback(async () => setGeneration((n) => n + 1), []);

  // Another process (the CLI, browser mode in another tab) may have changed the library while
  // the user was elsewhere: coming back to the window reads the rows in view again.
  useEffect(() => {
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refresh]);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      const failures: string[] = [];
      let lastId: string | null = null;
      for (const [index, file] of files.entries()) {
        setProgress({ done: index, total: files.length, current: file.name, fraction: 0 });
        const progressId = `import-${Date.now()}-${index}`;
        const stopWatching = watchProgress(progressId, (fraction) =>
          setProgress({ done: index, total: files.length, current: file.name, fraction }),
        );
        try {
          const result = await call('documents:import', {
            fileName: file.name,
            ...(file.type ? { mediaType: file.type } : {}),
            dataBase64: await toBase64(file),
            progressId,
          });
          lastId = result.document.id;
          const candidate = result.possibleVersionOf;
          if (candidate) setQuestions((list) => [...list, { documentId: result.document.id, candidate }]);
        } catch (e) {
          failures.push(e instanceof Error ? e.message : String(e));
        } finally {
          stopWatching();
        }
      }
      setProgress(null);
      await refresh();
      setError(failures.length > 0 ? failures.join('\n') : null);
      const imported = files.length - failures.length;
      setNotice(imported > 0 ? { count: imported, total: files.length } : null);
      if (lastId && files.length === 1) window.location.hash = `#/doc/${lastId}`;
    },
    [refresh],
  );

  useEffect(() => listenForPastedDocuments((files) => void importFiles(files)), [importFiles]);

  const dismiss = useCallback(() => {
    setError(null);
    setNotice(null);
  }, []);

  const report = useCallback((level: 'info' | 'error', text: string) => {
    if (level === 'error') setError(text);
    else setNotice(text);
  }, []);

  const question = questions[0] ?? null;
  const answer = useCallback(
    async (newVersion: boolean) => {
      const asked = questions[0];
      if (!asked) return;
      setQuestions((list) => list.slice(1));
      if (!newVersion) {
        setNotice(t('versions.keptSeparate'));
        return;
      }
      try {
        const result = await call('documents:setVersionOf', { id: asked.documentId, of: asked.candidate.documentId });
        await refresh();
        setNotice(t('versions.linked', { title: result.document.title, version: result.document.version }));
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [questions, refresh, t],
  );

  const ask = useCallback((asked: VersionQuestion) => setQuestions((list) => [...list, asked]), []);

  return { generation, error, notice, progress, importFiles, dismiss, refresh, report, question, answer, ask };
}
