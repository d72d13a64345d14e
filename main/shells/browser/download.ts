/**
 * The Content-Disposition of a download: an attachment under the export's file name, as ASCII
 * for old clients and as UTF-8 (RFC 5987 / 6266) for the rest, so "Note de breffage – été.docx"
 * arrives with its accents.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
