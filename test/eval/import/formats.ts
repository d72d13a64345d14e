/**
 * The input kinds of the corpus. A document's id ends with its format (`…-pdf-word`), and its
 * folder holds exactly one `source.<extension>`.
 */
export const FORMATS = {
  txt: { extension: 'txt', label: 'page text' },
  html: { extension: 'html', label: 'saved HTML' },
  'pdf-html': { extension: 'pdf', label: 'PDF from HTML' },
  'pdf-word': { extension: 'pdf', label: 'PDF from Word' },
  docx: { extension: 'docx', label: 'DOCX' },
  md: { extension: 'md', label: 'Markdown' },
  'paste-txt': { extension: 'paste.txt', label: 'paste (text)' },
  'paste-html': { extension: 'paste.html', label: 'paste (HTML)' },
} as const;

export type Format = keyof typeof FORMATS;

/** The format a document id ends with; longest suffix first (`-paste-html` before `-html`). */
export function formatOf(id: string): Format {
  const names = (Object.keys(FORMATS) as Format[]).sort((a, b) => b.length - a.length);
  const found = names.find((name) => id.endsWith(`-${name}`));
  if (!found) throw new Error(`${id}: the id must end with a format (${names.join(', ')})`);
  return found;
}
