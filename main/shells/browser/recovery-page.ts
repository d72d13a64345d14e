/**
 * The page browser mode serves instead of the app when the library cannot be opened (damaged,
 * from a newer Précis, another program's file, or one this user cannot write): what happened
 * and the ways out, as commands to copy, in the user's language. Plain HTML with no script and
 * no inline style (the CSP allows neither); every value escaped.
 */
import { translator, type Language } from '../../../shared/i18n/index.ts';
import type { StoreOpenProblem } from '../../services/store/database.ts';

export interface RecoveryInfo {
  reason: StoreOpenProblem;
  message: string;
  storeDir: string;
  backups: ReadonlyArray<{ name: string; createdAt: string }>;
  language?: Language;
  /** The library cannot even be read by this user: opening it read-only would fail too. */
  unreadable?: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A way out: a bold lead, what to do, and the command to copy. */
function step(lead: string, how: string, command: string, after = ''): string {
  return `<li><p><strong>${escapeHtml(lead)}</strong> ${escapeHtml(how)}</p>
        <pre><code>${escapeHtml(command)}</code></pre>${after ? `\n        <p>${after}</p>` : ''}</li>`;
}

export function recoveryPage(info: RecoveryInfo): string {
  const language = info.language ?? 'en';
  const t = translator(language);
  const store = shellQuote(info.storeDir);
  const newest = info.backups[0];
  const steps: string[] = [];
  if (info.reason === 'corrupt' || info.reason === 'newer-version') {
    steps.push(
      newest
        ? step(
            t('hostile.recovery.restoreLead'),
            t('hostile.recovery.restoreHow'),
            `npx precis restore ${newest.name} --store ${store}`,
            `${escapeHtml(t('hostile.recovery.restoreNewest', { when: newest.createdAt }))} <code>npx precis backups --store ${escapeHtml(store)}</code>`,
          )
        : `<li><p>${escapeHtml(t('hostile.recovery.noBackup'))}</p></li>`,
    );
  }
  if (info.reason === 'foreign' || info.unreadable) {
    steps.push(
      step(
        t('hostile.recovery.otherLead'),
        t('hostile.recovery.otherHow'),
        `npm run browser -- --store ${t('hostile.recovery.otherFolder')}`,
      ),
    );
  } else {
    steps.push(
      step(
        t('hostile.recovery.readOnlyLead'),
        t('hostile.recovery.readOnlyHow'),
        `npm run browser -- --read-only --store ${store}`,
      ),
    );
  }
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(t('hostile.recovery.title'))}</title>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(t(`hostile.recovery.headline.${info.unreadable ? 'unreadable' : info.reason}`))}</h1>
      <p>${escapeHtml(info.message)}</p>
      <p>${escapeHtml(t('hostile.recovery.unchanged'))}</p>
      <ol>
        ${steps.join('\n        ')}
      </ol>
    </main>
  </body>
</html>
`;
}
