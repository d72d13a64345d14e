import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairSuggestion } from '../../../shared/api/index.ts';
import type { StoredDocument } from '../../../shared/model/index.ts';
import { call } from '../../api/client.ts';
import { PairPicker } from './PairPicker.tsx';
import type { PairingState } from './usePairing.ts';

/**
 * The reader's line about the other language version: "Pair with its other language
 * version…" when there is none, else which one it is, with side-by-side reading and unpair.
 */
export function PairingBar({
  document: doc,
  pairing,
  onSideBySide,
}: {
  document: StoredDocument;
  pairing: PairingState;
  onSideBySide: () => void;
}) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  // An unpaired document that looks like another one's other version says so (never pairs by itself).
  const [suggestion, setSuggestion] = useState<PairSuggestion | null>(null);
  const unpaired = pairing.loaded && !pairing.alignment;
  useEffect(() => {
    if (!unpaired) return;
    let live = true;
    call('pairs:suggest', { documentId: doc.id }).then(
      (list) => live && setSuggestion(list[0] ?? null),
      () => live && setSuggestion(null),
    );
    return () => {
      live = false;
    };
  }, [unpaired, doc.id]);
  if (!pairing.loaded) return null;
  const partner = pairing.alignment?.partner;
  const toCheck = pairing.alignment?.pairs.filter((p) => p.low).length ?? 0;
  return (
    <div className="pairing-bar">
      {partner ? (
        <>
          <span className="pairing-bar-partner">
            {t('pairs.ui.pairedWith', {
              language: t(`pairs.ui.languageAdjective.${partner.language}`, { defaultValue: partner.language }),
              title: partner.title,
            })}
          </span>
          <button type="button" className="link-button" onClick={onSideBySide}>
            {t('pairs.ui.sideBySide')}
          </button>
          {toCheck > 0 && <span className="pairing-bar-check">{t('pairs.ui.toCheck', { count: toCheck })}</span>}
          <button type="button" className="link-button" disabled={pairing.busy} onClick={() => void pairing.unpair()}>
            {t('pairs.ui.unpair')}
          </button>
        </>
      ) : (
        <>
          {suggestion && (
            <span className="pairing-bar-suggestion" role="status">
              {t('pairs.ui.looksLike', {
                language: t(`pairs.ui.languageAdjective.${suggestion.language}`, { defaultValue: suggestion.language }),
                title: suggestion.title,
              })}{' '}
              <button
                type="button"
                className="link-button"
                disabled={pairing.busy}
                onClick={() => void pairing.pair(suggestion.id)}
              >
                {t('pairs.ui.pairThem')}
              </button>
            </span>
          )}
          <button type="button" className="link-button" onClick={() => setPicking(true)}>
            {t('pairs.ui.pairWith')}
          </button>
        </>
      )}
      {pairing.error && !picking && (
        <span className="message message--error pairing-bar-error" role="alert">
          {pairing.error}{' '}
          <button type="button" className="link-button" onClick={pairing.dismissError}>
            {t('pairs.ui.cancel')}
          </button>
        </span>
      )}
      {picking && (
        <PairPicker
          document={doc}
          busy={pairing.busy}
          error={pairing.error}
          onPair={(otherId) =>
            void pairing.pair(otherId).then((paired) => {
              if (paired) setPicking(false);
            })
          }
          onClose={() => {
            setPicking(false);
            pairing.dismissError();
          }}
        />
      )}
    </div>
  );
}
