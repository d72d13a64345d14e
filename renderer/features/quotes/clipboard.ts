/**
 * Puts an HTML table and its plain-text form on the clipboard, so it pastes as a table into a
 * word processor or mail and as lines into a plain editor. Uses the async Clipboard API, and
 * falls back to a copy event (which can also carry both flavours) where that is refused.
 * Rejects when neither works; the caller says so in the interface language.
 */
export async function copyHtmlAndText(html: string, text: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Permission refused or no focus: try the copy event below.
    }
  }
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/html', html);
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    if (!document.execCommand('copy')) throw new Error('refused');
  } catch {
    // i18n-ignore: the quote check catches this and shows quotes.clipboardError instead
    throw new Error('clipboard unavailable');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}
