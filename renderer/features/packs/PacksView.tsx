import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLASSIFICATION_LABELS,
  CLASSIFICATIONS,
  classificationRank,
  paragraphsCitedAs,
  type Classification,
  type Pack,
  type PackItem,
  type PackSummary,
} from '../../../shared/model/index.ts';
import type { PackSnapshot } from '../../../shared/api/index.ts';
import { call, deliverExport } from '../../api/client.ts';
import { navigate, routeHref } from '../../app/useRoute.ts';
import { formatDate, useLanguage } from '../../i18n/index.ts';
import { FirstRunGuide } from '../guide/index.ts';
import { AddItemForm } from './AddItemForm.tsx';
import { ItemList } from './ItemList.tsx';
import { PackPreview } from './PackPreview.tsx';
import { ExportWordButton } from '../word-export/index.ts';
import { errorMessage, usePack, usePackList } from './usePacks.ts';
import { ReviewBar, ShareButton, useTeamItem } from '../team/index.ts';

/** Briefing packs: the list, and the open pack's cover, items, preview and export. */
export function PacksView({ packId }: { packId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const list = usePackList();
  const [listError, setListError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<PackSnapshot | null>(null);

  const restore = async (snapshot: PackSnapshot) => {
    setDeleted(null);
    try {
      const pack = await call('packs:restore', snapshot);
      await list.refresh();
      navigate({ view: 'packs', id: pack.id });
    } catch (e) {
      setListError(errorMessage(e));
    }
  };

  const create = async (sample: boolean) => {
    try {
      const pack = sample
        ? await call('packs:createSample', { language: i18n.language === 'fr' ? 'fr' : 'en' })
        : await call('packs:create', { title: t('packs.newTitle') });
      await list.refresh();
      navigate({ view: 'packs', id: pack.id });
    } catch (e) {
      setListError(errorMessage(e));
    }
  };

  return (
    <div className="packs">
      <section className="packs-list" aria-labelledby="packs-title">
        <h1 id="packs-title">{t('nav.packs')}</h1>
        <div className="packs-actions">
          <button type="button" className="button" onClick={() => void create(false)}>
            {t('packs.newPack')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void create(true)}>
            {t('packs.samplePack')}
          </button>
        </div>
        {(list.error || listError) && (
          <p className="message message--error" role="alert">
            {list.error ?? listError}
          </p>
        )}
        {deleted && (
          <div className="message pack-undo" role="status">
            <p>{t('packs.deleted', { title: deleted.title })}</p>
            <button type="button" className="button button--small" onClick={() => void restore(deleted)}>
              {t('libraryView.undo')}
            </button>
          </div>
        )}
        <PackLinks packs={list.packs} openId={packId} />
      </section>
      {packId ? (
        <PackEditor key={packId} packId={packId} onChanged={list.refresh} onDeleted={setDeleted} />
      ) : (
        <div>
          <p className="muted">{t('packs.choose')}</p>
          <FirstRunGuide />
        </div>
      )}
    </div>
  );
}

function PackLinks({ packs, openId }: { packs: PackSummary[] | null; openId: string | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!packs) return <p className="muted">{t('library.loading')}</p>;
  if (packs.length === 0) return <p className="muted">{t('packs.none')}</p>;
  return (
    <ul className="packs-links">
      {packs.map((p) => (
        <li key={p.id}>
          <a href={routeHref({ view: 'packs', id: p.id })} aria-current={p.id === openId ? 'page' : undefined}>
            <span className="packs-link-title">{p.title}</span>
            <span className="muted">
              {formatDate(p.date, language)} · {CLASSIFICATION_LABELS[language][p.classification]} ·{' '}
              {t('packs.items', { count: p.itemCount })}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

interface Undo {
  message: string;
  undo: () => Promise<void>;
}

/** In a team library: share the pack, and its review (Draft → In review → Approved → Sent) once shared. */
function PackTeamBar({ packId }: { packId: string }) {
  const { t } = useTranslation();
  const { item, refresh } = useTeamItem('pack', packId);
  if (!item) return null;
  return (
    <div className="pack-team">
      <ShareButton kind="pack" id={packId} shared={item.shared} onShared={refresh} />
      {item.shared && <ReviewBar kind="pack" id={packId} />}
      {/* A reader's changes to a shared pack are refused: say so before they try. */}
      {item.shared && item.readOnly && (
        <p className="message" role="status">
          {t('sync.readOnly')}
        </p>
      )}
    </div>
  );
}

function PackEditor({
  packId,
  onChanged,
  onDeleted,
}: {
  packId: string;
  onChanged: () => Promise<unknown>;
  onDeleted: (snapshot: PackSnapshot) => void;
}) {
  const { t } = useTranslation();
  const refresh = useCallback(() => void onChanged(), [onChanged]);
  const { pack, error, setError, run } = usePack(packId, refresh);
  const [undo, setUndo] = useState<Undo | null>(null);
  // A preview is of the pack as it was when printed: any change hides it until the next one.
  const [preview, setPreview] = useState<{ pdfBase64: string; pageCount: number; of: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  if (!pack)
    return error ? (
      <p className="message message--error" role="alert">
        {error}
      </p>
    ) : (
      // Focus waits for the pack (app/useViewFocus.ts).
      <p className="muted" data-view-pending>
        {t('reader.opening')}
      </p>
    );

  const remove = (item: PackItem, position: number) => {
    void run(() => call('packs:removeItem', { packId, itemId: item.id })).then((ok) => {
      if (ok)
        setUndo({
          message: t('packs.removed', { label: item.label }),
          undo: async () => {
            await run(() => call('packs:addItem', { packId, spec: item.spec, position }));
          },
        });
    });
  };

  // An excerpt item to review: cite the paragraphs given by id, or by the labels typed.
  const cite = async (
    item: PackItem,
    paragraphs: { ids: readonly string[] } | { labels: string },
  ): Promise<string | null> => {
    if (item.spec.kind !== 'excerpt') return null;
    const spec = item.spec;
    let ids: string[];
    if ('ids' in paragraphs) ids = [...paragraphs.ids];
    else {
      const doc = await call('documents:get', { id: spec.documentId }).catch(() => null);
      const cited = doc
        ? paragraphsCitedAs(
            paragraphs.labels,
            doc.sections.flatMap((s) => s.paragraphs),
          )
        : undefined;
      if (!cited || cited.length === 0) return t('packs.add.badParagraphs');
      ids = cited.map((p) => p.id);
    }
    const ok = await run(() =>
      call('packs:updateItem', { packId, itemId: item.id, spec: { ...spec, paragraphIds: ids } }),
    );
    return ok ? null : t('packs.add.badParagraphs');
  };

  const print = async (download: boolean) => {
    setBusy(download ? t('packs.exporting') : t('packs.preparingPreview'));
    try {
      const result = await call('export:pdf', { packId });
      if (!result.pdfBase64) throw new Error(t('packs.noPdf'));
      // The file is delivered by the shell (a save dialog in the app, a download in browser
      // mode): the page never names a path. A preview needs no file: it is discarded.
      if (download) await deliverExport(result);
      else {
        setPreview({ pdfBase64: result.pdfBase64, pageCount: result.pageCount, of: pack.updatedAt });
        void call('export:discard', { exportId: result.exportId }).catch(() => undefined);
      }
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const deletePack = async () => {
    try {
      const snapshot = await call('packs:delete', { id: packId });
      await onChanged();
      onDeleted(snapshot);
      navigate({ view: 'packs' });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    // Focus lands on the open pack (app/useViewFocus.ts), which says its title.
    <article className="pack-editor" aria-labelledby="pack-editor-title" tabIndex={-1} data-view-focus>
      <h2 id="pack-editor-title" className="visually-hidden">
        {pack.title}
      </h2>
      <PackTeamBar packId={packId} />
      <CoverForm pack={pack} onSave={(changes) => run(() => call('packs:update', { id: packId, ...changes }))} />
      <section aria-labelledby="pack-items-title">
        <h3 id="pack-items-title">{t('packs.itemsTitle')}</h3>
        <ItemList
          items={pack.items}
          onMove={async (itemId, position) => {
            await run(() => call('packs:moveItem', { packId, itemId, position }));
          }}
          onRemove={remove}
          onUseNewest={async (item) => {
            if (!item.newer || item.spec.kind === 'note') return;
            // The same item, pointing at the newest version of its document (an excerpt keeps its
            // paragraph ids: a paragraph the newer version changed is then flagged for review).
            const newer = { documentId: item.newer.documentId };
            const spec =
              item.spec.kind === 'excerpt'
                ? { ...item.spec, ...newer, version: item.newer.version }
                : { ...item.spec, ...newer };
            await run(() => call('packs:updateItem', { packId, itemId: item.id, spec }));
          }}
          onCite={cite}
        />
        {undo && (
          <div className="message pack-undo" role="status">
            <p>{undo.message}</p>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                const pending = undo;
                setUndo(null);
                void pending.undo();
              }}
            >
              {t('libraryView.undo')}
            </button>
          </div>
        )}
        <AddItemForm onAdd={(spec) => run(() => call('packs:addItem', { packId, spec }))} />
      </section>
      {error && (
        <p className="message message--error" role="alert">
          {error}
        </p>
      )}
      <div className="pack-export">
        <button
          type="button"
          className="button"
          disabled={!!busy || pack.items.length === 0}
          onClick={() => void print(false)}
        >
          {t('packs.preview')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!!busy || pack.items.length === 0}
          onClick={() => void print(true)}
        >
          {t('packs.exportPdf')}
        </button>
        <ExportWordButton kind="pack" id={packId} disabled={!!busy || pack.items.length === 0} />
        <button type="button" className="button button--secondary" onClick={() => void deletePack()}>
          {t('packs.deletePack')}
        </button>
        {busy && (
          <span role="status" className="muted">
            {busy}
          </span>
        )}
      </div>
      {preview && preview.of === pack.updatedAt && (
        <PackPreview pdfBase64={preview.pdfBase64} pageCount={preview.pageCount} />
      )}
    </article>
  );
}

type CoverChanges = {
  title?: string;
  audience?: string;
  date?: string;
  language?: 'en' | 'fr';
  preparedBy?: string;
  pageSize?: 'a4' | 'letter';
  classification?: Classification;
};

function CoverForm({ pack, onSave }: { pack: Pack; onSave: (changes: CoverChanges) => Promise<boolean> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [fields, setFields] = useState({
    title: pack.title,
    audience: pack.audience,
    date: pack.date,
    preparedBy: pack.preparedBy,
  });
  const dirty =
    fields.title !== pack.title ||
    fields.audience !== pack.audience ||
    fields.date !== pack.date ||
    fields.preparedBy !== pack.preparedBy;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSave(fields);
  };
  const text = (key: keyof typeof fields, label: string, type = 'text') => (
    <label>
      {label}
      <input
        type={type}
        value={fields[key]}
        required={key === 'title' || key === 'date'}
        onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
        onBlur={() => dirty && void onSave(fields)}
      />
    </label>
  );
  const minimum = classificationRank(pack.minimumClassification);
  return (
    <form className="pack-cover" onSubmit={submit} aria-label={t('packs.cover')}>
      {text('title', t('packs.fields.title'))}
      <div className="pack-cover-row">
        {text('audience', t('packs.fields.audience'))}
        {text('date', t('packs.fields.date'), 'date')}
        {text('preparedBy', t('packs.fields.preparedBy'))}
      </div>
      <div className="pack-cover-row">
        <label>
          {t('packs.fields.classification')}
          <select
            value={pack.classification}
            aria-describedby="pack-classification-help"
            onChange={(e) => void onSave({ classification: e.target.value as Classification })}
          >
            {CLASSIFICATIONS.map((c) => (
              <option key={c} value={c} disabled={classificationRank(c) < minimum}>
                {CLASSIFICATION_LABELS[language][c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('packs.fields.language')}
          <select value={pack.language} onChange={(e) => void onSave({ language: e.target.value as 'en' | 'fr' })}>
            <option value="en">{t('app.languages.en')}</option>
            <option value="fr">{t('app.languages.fr')}</option>
          </select>
        </label>
        <label>
          {t('packs.fields.paper')}
          <select value={pack.pageSize} onChange={(e) => void onSave({ pageSize: e.target.value as 'a4' | 'letter' })}>
            <option value="letter">{t('packs.paper.letter')}</option>
            <option value="a4">{t('packs.paper.a4')}</option>
          </select>
        </label>
      </div>
      <p id="pack-classification-help" className="muted pack-help">
        {t('packs.classificationHelp', {
          minimum: CLASSIFICATION_LABELS[language][pack.minimumClassification],
        })}
      </p>
      {dirty && (
        <button type="submit" className="button button--small">
          {t('packs.saveCover')}
        </button>
      )}
    </form>
  );
}
