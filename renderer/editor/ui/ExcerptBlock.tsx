import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExcerptCheck } from '../../../shared/api/index.ts';
import type { CitedParagraph } from '../../../shared/model/citation.ts';
import { excerptLabels, formatExcerptCitation, type ExcerptPayload } from '../../../shared/model/excerpt.ts';
import { versionLabel } from '../../../shared/model/versions.ts';
import type { ExcerptNode } from '../nodes/ExcerptNode.tsx';
import { useExcerptServices, type OtherWording } from './excerpt-services.ts';
import { NoteLanguageContext } from './note-language.ts';

/** What an excerpt shows in the note: the quote and citation (a link to the source), freshness, remove. */
export function ExcerptBlock({
  nodeKey,
  payload,
  keptAgainst,
}: {
  nodeKey: NodeKey;
  payload: ExcerptPayload;
  keptAgainst: string | undefined;
}) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const services = useExcerptServices();
  const [check, setCheck] = useState<ExcerptCheck>({ status: 'current' });
  // The numbers shown are the cited paragraphs' numbers now, as the library says; until it has
  // answered, the labels the excerpt was taken with. The date in words in the note's language.
  const now = citedNow(check);
  const language = useContext(NoteLanguageContext);
  const citation = formatExcerptCitation(payload, now ?? excerptLabels(payload), language);
  // The source's other language version, when it is paired: the same passage in its words.
  const [other, setOther] = useState<OtherWording | null>(null);

  useEffect(() => {
    let live = true;
    services.otherLanguage?.(payload).then(
      (found) => live && setOther(found),
      () => live && setOther(null),
    );
    return () => {
      live = false;
    };
  }, [services, payload]);

  useEffect(() => {
    let live = true;
    services.check(payload, keptAgainst).then(
      (result) => live && setCheck(result),
      () => live && setCheck({ status: 'current' }),
    );
    return () => {
      live = false;
    };
  }, [services, payload, keptAgainst]);

  const withNode = (work: (node: ExcerptNode) => void) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      // Checked by type name: the node class imports this component, so no runtime import back.
      if (node && node.getType() === 'excerpt') work(node as ExcerptNode);
    });

  const update = () => {
    if (!('latest' in check) || !check.replacement) return;
    const { latest, replacement } = check;
    withNode((node) =>
      node.setPayload({
        ...payload,
        documentId: latest.documentId,
        documentTitle: latest.title,
        documentDate: latest.date,
        documentVersion: latest.version,
        paragraphs: replacement.paragraphs.map(asExcerptParagraph),
        text: replacement.text,
      }),
    );
  };
  // After a structure correction of the cited version: the fixes "paragraph merged / split /
  // removed — review" offers. None is applied without the user's click.
  const updateToCurrent = () => {
    if (check.status !== 'restructured' || !check.replacement) return;
    const { replacement } = check;
    withNode((node) =>
      node.setPayload({
        ...payload,
        paragraphs: replacement.paragraphs.map(asExcerptParagraph),
        text: replacement.text,
      }),
    );
  };
  const keepOldWording = () => {
    if (check.status !== 'restructured') return;
    const { keep } = check;
    // The words are still in the document: cite the paragraphs that hold them now. When they
    // are in no paragraph any more, the excerpt is kept as it is, marked as reviewed.
    if (keep) withNode((node) => node.setPayload({ ...payload, paragraphs: keep.paragraphs.map(asExcerptParagraph) }));
    else withNode((node) => node.setKeptAgainst(payload.documentId));
  };
  const repick = () => services.repick(payload, (picked) => withNode((node) => node.setPayload(picked)));
  const keep = () => {
    if ('latest' in check) withNode((node) => node.setKeptAgainst(check.latest.documentId));
  };
  const remove = () => withNode((node) => node.remove());

  const parts = payload.text.split(/\n{2,}/);
  return (
    <figure
      className={`excerpt${check.status !== 'current' ? ' excerpt--stale' : ''}`}
      data-document-id={payload.documentId}
    >
      <a
        className="excerpt-source"
        href={services.sourceHref(payload, now?.[0]?.n)}
        title={t('excerpt.openSource', {
          // The tooltip names the version cited: two versions of a document share a title.
          citation: payload.documentVersion
            ? `${citation} — ${versionLabel({ version: payload.documentVersion, date: payload.documentDate }, language)}`
            : citation,
        })}
        onClick={(event) => {
          // Inside the editable page the browser does not follow links on its own.
          if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
          event.preventDefault();
          window.location.hash = new URL(event.currentTarget.href).hash;
        }}
      >
        <blockquote className="excerpt-quote">
          {parts.map((part, i) => (
            <p key={i}>{part}</p>
          ))}
        </blockquote>
        <figcaption className="excerpt-citation">{citation}</figcaption>
      </a>
      {check.status === 'missing' && (
        <p className="excerpt-status" role="status">
          {t('excerpt.missing')}
        </p>
      )}
      {check.status === 'unchanged' && (
        <div className="excerpt-status" role="status">
          <span>{t('excerpt.unchanged', { version: check.latest.version })}</span>
          <button type="button" className="small-button" onClick={update}>
            {t('excerpt.citeVersion', { version: check.latest.version })}
          </button>
          <button type="button" className="small-button small-button--quiet" onClick={keep}>
            {t('excerpt.keep')}
          </button>
        </div>
      )}
      {check.status === 'changed' && check.replacement && (
        <div className="excerpt-status excerpt-status--warning" role="status">
          <strong>{t('excerpt.outOfDate')}</strong> {t('excerpt.nowReads', { version: check.latest.version })}
          <blockquote className="excerpt-replacement">{check.replacement.text}</blockquote>
          <button type="button" className="small-button" onClick={update}>
            {t('excerpt.update')}
          </button>
          <button type="button" className="small-button small-button--quiet" onClick={keep}>
            {t('excerpt.keepWording')}
          </button>
        </div>
      )}
      {check.status === 'restructured' && (
        <div className="excerpt-status excerpt-status--warning" role="status">
          <strong>{t(`citation.change.${check.change}`)}</strong>{' '}
          {t(`citation.explain.${check.change}`, {
            citation: formatExcerptCitation(payload, check.paragraphs, language),
          })}
          {check.replacement && check.replacement.text !== payload.text && (
            <>
              <span className="excerpt-status-label">{t('citation.nowReads')}</span>
              <blockquote className="excerpt-replacement">{check.replacement.text}</blockquote>
              <button type="button" className="small-button" onClick={updateToCurrent}>
                {t('citation.updateToCurrent')}
              </button>
            </>
          )}
          <button type="button" className="small-button small-button--quiet" onClick={keepOldWording}>
            {t('citation.keepOldWording')}
          </button>
          <button type="button" className="small-button small-button--quiet" onClick={repick}>
            {t('citation.repick')}
          </button>
        </div>
      )}
      {check.status === 'removed' && (
        <div className="excerpt-status excerpt-status--warning" role="status">
          <strong>{t('excerpt.outOfDate')}</strong> {t('excerpt.removed', { version: check.latest.version })}
          <button type="button" className="small-button small-button--quiet" onClick={keep}>
            {t('excerpt.keepAnyway')}
          </button>
        </div>
      )}
      {other && (
        <button
          type="button"
          className="small-button small-button--quiet excerpt-other-language"
          title={t(other.unchecked ? 'pairs.ui.otherWordingUncheckedTitle' : 'pairs.ui.otherWordingTitle', {
            language: t(`pairs.ui.languageAdjective.${other.language}`, { defaultValue: other.language }),
          })}
          onClick={() => withNode((node) => node.setPayload(other.payload))}
        >
          {t(other.unchecked ? 'pairs.ui.otherWordingUnchecked' : 'pairs.ui.otherWording', {
            language: t(`pairs.ui.languageAdjective.${other.language}`, { defaultValue: other.language }),
          })}
        </button>
      )}
      <button type="button" className="excerpt-remove" aria-label={t('excerpt.remove', { citation })} onClick={remove}>
        ×
      </button>
    </figure>
  );
}

/** The paragraphs the citation stands for now, when the check says. */
function citedNow(check: ExcerptCheck): CitedParagraph[] | undefined {
  if (check.status === 'missing') return undefined;
  if (check.status === 'restructured')
    return check.keep?.paragraphs ?? (check.paragraphs.length ? check.paragraphs : undefined);
  return check.paragraphs && check.paragraphs.length > 0 ? check.paragraphs : undefined;
}

function asExcerptParagraph(paragraph: CitedParagraph): { id: string; label: string } {
  return { id: paragraph.id, label: paragraph.label };
}
