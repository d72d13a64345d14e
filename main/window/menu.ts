/**
 * The standard application menu: Edit roles (so copy and paste work), View zoom,
 * Window, and Help/About. Built as a template so it can be checked without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';

export function applicationMenuTemplate(options: {
  platform: NodeJS.Platform;
  showAbout: () => void;
}): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Précis',
      submenu: [
        { label: 'About Précis', click: options.showAbout },
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
    { label: '&File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: '&Edit',
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
      label: '&View',
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
      label: '&Window',
      submenu: [{ role: 'minimize' }, ...(isMac ? [{ role: 'zoom' } as const] : [{ role: 'close' } as const])],
    },
    { label: '&Help', role: 'help', submenu: [{ label: 'About Précis', click: options.showAbout }] },
  );
  return template;
}
