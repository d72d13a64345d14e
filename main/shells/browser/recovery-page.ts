/**
 * The page browser mode serves instead of the app when the library cannot be opened
 * (damaged, or from a newer Précis): what happened and the two ways out, as commands to copy.
 * Plain HTML with no script and no inline style (the CSP allows neither); every value escaped.
 */
export interface RecoveryInfo {
  reason: 'corrupt' | 'newer-version';
  message: string;
  storeDir: string;
  backups: ReadonlyArray<{ name: string; createdAt: string }>;
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

export function recoveryPage(info: RecoveryInfo): string {
  const store = shellQuote(info.storeDir);
  const newest = info.backups[0];
  const headline =
    info.reason === 'newer-version'
      ? 'Your library was saved by a newer version of Précis'
      : 'Your library file is damaged';
  const restore = newest
    ? `<li><p><strong>Restore a backup.</strong> Stop browser mode (Ctrl+C), then run:</p>
        <pre><code>npx precis restore ${escapeHtml(newest.name)} --store ${escapeHtml(store)}</code></pre>
        <p>That is the newest backup (${escapeHtml(newest.createdAt)}). The current file is kept in the backups folder.
        Other backups: <code>npx precis backups --store ${escapeHtml(store)}</code>.</p></li>`
    : '<li><p>There is no backup of this library to restore.</p></li>';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Précis cannot open your library</title>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(headline)}</h1>
      <p>${escapeHtml(info.message)}</p>
      <p>Précis has not changed the file. You can:</p>
      <ol>
        ${restore}
        <li><p><strong>Open it read-only</strong> to read and copy from it. Stop browser mode, then run:</p>
          <pre><code>npm run browser -- --read-only --store ${escapeHtml(store)}</code></pre></li>
      </ol>
    </main>
  </body>
</html>
`;
}
