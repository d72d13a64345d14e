import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationTarget } from '../../../shared/api/index.ts';
import type { Annotation, ColorKey, Comment, HighlightColor } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';

export interface AnnotationsState {
  annotations: Annotation[] | null;
  colors: HighlightColor[];
  /** Tags in the whole library, most used first (for completion). */
  knownTags: string[];
  error: string | null;
  /** The last deleted annotation, until undone or replaced. */
  deleted: Annotation | null;
  create: (
    target: AnnotationTarget,
    fields?: { color?: ColorKey; tags?: string[]; comment?: Comment | null },
  ) => Promise<Annotation | null>;
  update: (id: string, fields: { color?: ColorKey; tags?: string[]; comment?: Comment | null }) => Promise<void>;
  remove: (id: string) => Promise<void>;
  undoRemove: () => Promise<void>;
  dismissDeleted: () => void;
  confirm: (id: string) => Promise<void>;
  reattach: (id: string, start: number, end: number) => Promise<void>;
  renameColor: (key: ColorKey, label: string) => Promise<void>;
  exportAs: (format: 'markdown' | 'w3c') => Promise<void>;
  dismissError: () => void;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function byPosition(a: Annotation, b: Annotation): number {
  return (a.anchor.start ?? Infinity) - (b.anchor.start ?? Infinity);
}

/**
 * The annotations of one document version, and every change to them (saved at once). A new
 * `revision` (the text was corrected) reads them again: until then the list is null.
 */
export function useAnnotations(documentId: string, revision = 0): AnnotationsState {
  const [loaded, setLoaded] = useState<{ revision: number; list: Annotation[] | null }>({ revision, list: null });
  const annotations = loaded.revision === revision ? loaded.list : null;
  const setAnnotations = useCallback(
    (next: Annotation[] | ((list: Annotation[] | null) => Annotation[])) =>
      setLoaded((current) => ({
        revision: current.revision,
        list: typeof next === 'function' ? next(current.list) : next,
      })),
    [],
  );
  const [colors, setColors] = useState<HighlightColor[]>([]);
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const live = useRef(true);

  const refreshTags = useCallback(() => {
    call('annotations:tags', {}).then(
      (tags) => live.current && setKnownTags(tags.map((t) => t.tag)),
      () => {},
    );
  }, []);

  useEffect(() => {
    live.current = true;
    Promise.all([call('annotations:list', { documentId }), call('annotations:colors', {})]).then(
      ([list, colorList]) => {
        if (!live.current) return;
        setLoaded({ revision, list });
        setColors(colorList);
      },
      (e: unknown) => live.current && setError(message(e)),
    );
    refreshTags();
    return () => {
      live.current = false;
    };
  }, [documentId, revision, refreshTags]);

  const replace = useCallback(
    (next: Annotation) => {
      setAnnotations((list) => (list ?? []).map((a) => (a.id === next.id ? next : a)).sort(byPosition));
    },
    [setAnnotations],
  );

  const create = useCallback<AnnotationsState['create']>(
    async (target, fields = {}) => {
      try {
        const created = await call('annotations:create', { documentId, target, ...fields });
        setAnnotations((list) => [...(list ?? []), created].sort(byPosition));
        if (fields.tags?.length) refreshTags();
        return created;
      } catch (e) {
        setError(message(e));
        return null;
      }
    },
    [documentId, refreshTags, setAnnotations],
  );

  const update = useCallback<AnnotationsState['update']>(
    async (id, fields) => {
      try {
        replace(await call('annotations:update', { documentId, id, ...fields }));
        if (fields.tags) refreshTags();
      } catch (e) {
        setError(message(e));
      }
    },
    [documentId, replace, refreshTags],
  );

  const remove = useCallback(
    async (id: string) => {
      const target = annotations?.find((a) => a.id === id) ?? null;
      try {
        await call('annotations:delete', { id });
        setAnnotations((list) => (list ?? []).filter((a) => a.id !== id));
        setDeleted(target);
      } catch (e) {
        setError(message(e));
      }
    },
    [annotations, setAnnotations],
  );

  const undoRemove = useCallback(async () => {
    if (!deleted) return;
    try {
      const restored = await call('annotations:restore', { documentId, id: deleted.id });
      setAnnotations((list) => [...(list ?? []), restored].sort(byPosition));
      setDeleted(null);
    } catch (e) {
      setError(message(e));
    }
  }, [deleted, documentId, setAnnotations]);

  const confirm = useCallback(
    async (id: string) => {
      try {
        replace(await call('annotations:confirm', { documentId, id }));
      } catch (e) {
        setError(message(e));
      }
    },
    [documentId, replace],
  );

  const reattach = useCallback(
    async (id: string, start: number, end: number) => {
      try {
        replace(await call('annotations:reattach', { documentId, id, start, end }));
      } catch (e) {
        setError(message(e));
      }
    },
    [documentId, replace],
  );

  const renameColor = useCallback(async (key: ColorKey, label: string) => {
    try {
      setColors(await call('annotations:setColorLabel', { key, label }));
    } catch (e) {
      setError(message(e));
    }
  }, []);

  const exportAs = useCallback(
    async (format: 'markdown' | 'w3c') => {
      try {
        const file = await call('annotations:export', { documentId, format });
        const url = URL.createObjectURL(new Blob([file.content], { type: file.mediaType }));
        const link = document.createElement('a');
        link.href = url;
        link.download = file.fileName;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      } catch (e) {
        setError(message(e));
      }
    },
    [documentId],
  );

  const dismissDeleted = useCallback(() => setDeleted(null), []);
  const dismissError = useCallback(() => setError(null), []);

  return useMemo(
    () => ({
      annotations,
      colors,
      knownTags,
      error,
      deleted,
      create,
      update,
      remove,
      undoRemove,
      dismissDeleted,
      confirm,
      reattach,
      renameColor,
      exportAs,
      dismissError,
    }),
    [
      annotations,
      colors,
      knownTags,
      error,
      deleted,
      create,
      update,
      remove,
      undoRemove,
      dismissDeleted,
      confirm,
      reattach,
      renameColor,
      exportAs,
      dismissError,
    ],
  );
}
