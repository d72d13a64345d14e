/**
 * The standard application menu: File (Import…, Export to Word…), Edit roles (so copy and paste work), View
 * zoom, Language, Window, and Help/About. Built as a template from the message catalogue, so
 * it can be checked without Electron and rebuilt when the language changes.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../../../shared/i18n/index.ts';

export interface MenuActions {
  platform: NodeJS.Platform;
  t: TFunction;
  language: Language;
  showAbout: () => void;
  importFiles: () => void;
  /** File ▸ Export to Word…: the open note or pack. */
  exportWord: () => void;
  chooseLanguage: (language: Language) => void;
}

export function applicationMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const { t } = actions;
  const isMac = actions.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: t('menu.about'), click: actions.showAbout };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Précis',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.importFiles'), accelerator: 'CmdOrCtrl+O', click: actions.importFiles },
        { label: t('docx.menuExportWord'), click: actions.exportWord },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'toggleDevTools' },
      ],
    },
    {
      label: t('menu.language'),
      submenu: LANGUAGES.map((language) => ({
        label: t(`app.languageNames.${language}`),
        type: 'radio' as const,
        checked: language === actions.language,
        click: () => actions.chooseLanguage(language),
      })),
    },
    {
      label: t('menu.window'),
      submenu: [{ role: 'minimize' }, isMac ? { role: 'zoom' } : { role: 'close' }],
    },
    { label: t('menu.help'), role: 'help', submenu: [about] },
  );
  return template;
}
