import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLASSIFICATION_LABELS,
  documentName,
  newestVersionsFirst,
  formatParagraphLabels,
  paragraphsCitedAs,
  type NoteSummary,
  type PackItemSpec,
  type StoredDocument,
} from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import { DocumentFinder } from '../../components/DocumentFinder.tsx';
import { useDocumentChoices } from '../../components/useDocumentChoices.ts';
import { errorMessage } from './usePacks.ts';

type Kind = 'note' | 'excerpt' | 'document' | 'annotations';

/** Adds a briefing note, an excerpt, an annex (whole document or chosen sections) or an annotation digest. */
export function AddItemForm({ onAdd }: { onAdd: (spec: PackItemSpec) => Promise<boolean> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const marking = CLASSIFICATION_LABELS[language];
  const [documentText, setDocumentText] = useState('');
  const [notes, setNotes] = useState<NoteSummary[] | null>(null);
  const [noteId, setNoteId] = useState('');
  const [kind, setKind] = useState<Kind>('excerpt');
  const [documentId, setDocumentId] = useState('');
  const [paragraphs, setParagraphs] = useState('');
  const [heading, setHeading] = useState('');
  const [loaded, setLoaded] = useState<StoredDocument | null>(null);
  const doc = loaded?.id === documentId ? loaded : null;
  const [whole, setWhole] = useState(true);
  const [sections, setSections] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  // A paired document can be annexed with its other language version, side by side.
  const [pairedWith, setPairedWith] = useState<{ documentId: string; title: string } | null>(null);
  const [bilingual, setBilingual] = useState(false);
  const canBeBilingual = pairedWith?.documentId === documentId;
  // The chosen document stays in the list whatever is typed.
  const choices = useDocumentChoices({ text: documentText, pinned: documentId ? [documentId] : [] });
  // Versions of a document side by side, the newest first (and chosen by default).
  const documents = useMemo(() => newestVersionsFirst(choices.documents ?? []), [choices.documents]);

  // Until one is chosen, the first declaration listed (set while rendering: state that follows other state).
  const first = documents.find((d) => d.kind === 'declaration')?.id ?? documents[0]?.id;
  if (!documentId && first) setDocumentId(first);
  useEffect(() => {
    if (kind !== 'note') return;
    call('notes:list', {}).then(
      (list) => {
        setNotes(list);
        setNoteId((current) => (list.some((n) => n.id === current) ? current : (list[0]?.id ?? '')));
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [kind]);
  useEffect(() => {
    if (documentId && (kind === 'document' || kind === 'excerpt'))
      call('documents:get', { id: documentId }).then(setLoaded, () => setLoaded(null));
    if (documentId && kind === 'document')
      call('pairs:partner', { documentId }).then(
        (paired) => setPairedWith(paired ? { documentId, title: paired.partner.title } : null),
        () => setPairedWith(null),
      );
  }, [documentId, kind]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (kind === 'note') {
      if (!noteId) return setError(t('packs.chooseNote'));
      await onAdd({ kind: 'note', noteId });
      return;
    }
    if (!documentId) return setError(t('packs.add.chooseDocument'));
    let spec: PackItemSpec;
    if (kind === 'excerpt') {
      // The numbers typed are the ones the reader shows (printed labels); the item cites the paragraphs' ids.
      const cited = doc
        ? paragraphsCitedAs(
            paragraphs,
            doc.sections.flatMap((s) => s.paragraphs),
          )
        : undefined;
      if (!doc || !cited) return setError(t('packs.add.badParagraphs'));
      spec = {
        kind,
        documentId,
        version: doc.version,
        paragraphIds: cited.map((p) => p.id),
        ...(heading.trim() ? { heading: heading.trim() } : {}),
      };
    } else if (kind === 'document') {
      if (!whole && sections.size === 0) return setError(t('packs.add.chooseSection'));
      spec = {
        kind,
        documentId,
        sections: whole ? null : [...sections].sort((a, b) => a - b),
        ...(bilingual && canBeBilingual ? { bilingual: true } : {}),
      };
    } else spec = { kind, documentId };
    if (await onAdd(spec)) {
      setParagraphs('');
      setHeading('');
    }
  };

  return (
    <form className="pack-add" onSubmit={(event) => void submit(event)} aria-labelledby="pack-add-title">
      <h3 id="pack-add-title">{t('packs.add.title')}</h3>
      <div className="pack-add-row">
        <label>
          {t('packs.add.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="note">{t('packs.kindNote')}</option>
            <option value="excerpt">{t('packs.add.excerpt')}</option>
            <option value="document">{t('packs.add.annex')}</option>
            <option value="annotations">{t('packs.add.digest')}</option>
          </select>
        </label>
        {kind === 'note' ? (
          notes && notes.length === 0 ? (
            <p className="muted">{t('packs.noNotes')}</p>
          ) : (
            <label>
              {t('packs.note')}
              <select value={noteId} onChange={(e) => setNoteId(e.target.value)}>
                {(notes ?? []).map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.title} ({marking[n.classification]})
                  </option>
                ))}
              </select>
            </label>
          )
        ) : (
          <label>
            {t('packs.add.document')}
            <select
              value={documentId}
              onChange={(e) => {
                setDocumentId(e.target.value);
                setSections(new Set());
              }}
            >
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {documentName(d, language)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {kind !== 'note' && <DocumentFinder text={documentText} onText={setDocumentText} choices={choices} />}
      {kind === 'excerpt' && (
        <div className="pack-add-row">
          <label>
            {t('packs.add.paragraphs')}
            <input value={paragraphs} onChange={(e) => setParagraphs(e.target.value)} placeholder="3–5, 8" />
          </label>
          <label>
            {t('packs.add.heading')}
            <input
              value={heading}
              onChange={(e) => setHeading(e.target.value)}
              placeholder={t('packs.add.headingPlaceholder')}
            />
          </label>
        </div>
      )}
      {kind === 'document' && (
        <fieldset className="pack-sections">
          <legend>{t('packs.add.include')}</legend>
          <label>
            <input type="checkbox" checked={whole} onChange={(e) => setWhole(e.target.checked)} />{' '}
            {t('packs.add.whole')}
          </label>
          {canBeBilingual && (
            <label>
              <input type="checkbox" checked={bilingual} onChange={(e) => setBilingual(e.target.checked)} />{' '}
              {t('pairs.ui.bilingualAnnex')}
            </label>
          )}
          {!whole &&
            doc?.sections.map((section, index) => (
              <label key={index}>
                <input
                  type="checkbox"
                  checked={sections.has(index)}
                  onChange={(e) => {
                    const next = new Set(sections);
                    if (e.target.checked) next.add(index);
                    else next.delete(index);
                    setSections(next);
                  }}
                />{' '}
                {section.heading ?? t('reader.opening_section')}{' '}
                {section.paragraphs.length > 0 && `(${formatParagraphLabels(section.paragraphs)})`}
              </label>
            ))}
        </fieldset>
      )}
      {error && (
        <p className="message message--error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button">
        {t('packs.add.submit')}
      </button>
    </form>
  );
}
