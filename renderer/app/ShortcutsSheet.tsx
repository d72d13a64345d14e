import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUT_GROUPS } from './shortcuts.ts';

/** The list of keyboard shortcuts, in a modal dialog; Escape or Close returns focus where it was. */
export function ShortcutsSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.showModal();
    return () => previous?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog shortcuts-sheet"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onClick={(event) => event.target === dialog.current && dialog.current?.close()}
    >
      <div className="shortcuts-sheet-head">
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <button type="button" className="button button--small" autoFocus onClick={() => dialog.current?.close()}>
          {t('shortcuts.close')}
        </button>
      </div>
      <div className="shortcuts-groups">
        {SHORTCUT_GROUPS.map(({ group, items }) => (
          <section key={group} className="shortcuts-group" aria-labelledby={`shortcuts-${group}`}>
            <h3 id={`shortcuts-${group}`}>{t(`shortcuts.groups.${group}`)}</h3>
            <table className="shortcuts-table">
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">{t('shortcuts.keys')}</th>
                  <th scope="col">{t('shortcuts.action')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item}>
                    <td>
                      <kbd>{t(`shortcuts.items.${item}.keys`)}</kbd>
                    </td>
                    <td>{t(`shortcuts.items.${item}.action`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </dialog>
  );
}
