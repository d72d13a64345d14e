/**
 * Pasting a declaration: Ctrl+V anywhere outside a text field imports the clipboard as a
 * new document. HTML is preferred (it keeps headings and paragraphs); plain text otherwise.
 */

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

function stamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}.${pad(date.getMinutes())}`;
}

/** The clipboard's content as a file to import, or null when it holds no text. */
export function clipboardToFile(data: DataTransfer | null, now: Date = new Date()): File | null {
  if (!data) return null;
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  if (html.trim() !== '' && /<(p|h[1-6]|li|div|br)\b/i.test(html)) {
    return new File([html], `Pasted ${stamp(now)}.html`, { type: 'text/html' });
  }
  if (text.trim() !== '') return new File([text], `Pasted ${stamp(now)}.txt`, { type: 'text/plain' });
  return null;
}

/** Installs the paste handler; returns its removal. */
export function listenForPastedDocuments(importFiles: (files: File[]) => void): () => void {
  const onPaste = (event: ClipboardEvent) => {
    if (event.defaultPrevented || isEditable(event.target)) return;
    const file = clipboardToFile(event.clipboardData);
    if (!file) return;
    event.preventDefault();
    importFiles([file]);
  };
  document.addEventListener('paste', onPaste);
  return () => document.removeEventListener('paste', onPaste);
}
