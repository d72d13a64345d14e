/**
 * A document's original file, made safe to show beside its structured text. A PDF goes as its
 * bytes (the reader draws the pages with pdf.js); a web page or Word file as HTML with nothing
 * active or remote left in it — no scripts, styles, frames, forms, links or images from
 * elsewhere — which the reader still puts in a sandboxed frame that may run and load nothing;
 * Markdown and text as the text that was decoded.
 */
import mammoth from 'mammoth';
import { apiError } from '../../../shared/api/index.ts';
import type { OriginalView } from '../../../shared/api/reading.ts';
import { decodeText } from '../import/decode.ts';
import { dom } from '../import/readers/dom.ts';
import { MEDIA_TYPES } from '../import/sniff.ts';
import { readZipEntries, verifyZip } from '../import/zip.ts';
import type { Database } from '../store/database.ts';
import { getDocument, getOriginalBytes } from '../store/documents.store.ts';

/** Elements that carry behaviour, remote content or page furniture a reader does not need. */
const FORBIDDEN_TAGS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'template',
  'dialog',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'canvas',
  'noscript',
];

/** Attributes that fetch, navigate or style. */
const FORBIDDEN_ATTRIBUTES = [
  'style',
  'srcset',
  'href',
  'action',
  'formaction',
  'background',
  'poster',
  'ping',
  'target',
];

/** Only pictures carried inside the file itself may stay. */
const INLINE_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,/i;

/**
 * The body of `html` with nothing that could run, fetch or navigate: DOMPurify's rules, the
 * tags and attributes above removed, and images kept only when they are inline data.
 */
export function inertHtml(html: string): string {
  const { purify } = dom();
  const body = purify.sanitize(html, {
    WHOLE_DOCUMENT: true,
    RETURN_DOM: true,
    FORBID_TAGS: FORBIDDEN_TAGS,
    FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
  });
  const root = body?.ownerDocument?.body;
  if (!root) return '';
  for (const image of root.querySelectorAll('img')) {
    const src = image.getAttribute('src') ?? '';
    if (!INLINE_IMAGE.test(src)) image.remove();
  }
  // Belt and braces: whatever DOMPurify let through that names a URL goes.
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      const url = /^(src|href|xlink:href|data|cite|longdesc|usemap|action)$/i.test(name);
      if (url && !(name.toLowerCase() === 'src' && element.localName === 'img' && INLINE_IMAGE.test(value))) {
        element.removeAttribute(name);
      }
    }
  }
  return root.innerHTML;
}

function formatOf(mediaType: string): OriginalView['format'] {
  switch (mediaType) {
    case MEDIA_TYPES.pdf:
      return 'pdf';
    case MEDIA_TYPES.docx:
      return 'docx';
    case MEDIA_TYPES.html:
      return 'html';
    case MEDIA_TYPES.markdown:
      return 'markdown';
    default:
      return 'text';
  }
}

async function docxHtml(bytes: Uint8Array): Promise<string> {
  // The zip was checked at import; checked again, since this reads it anew.
  const entries = readZipEntries(bytes);
  if (!entries || !verifyZip(bytes, entries).ok) throw apiError('invalid-input', 'original.unreadable');
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value;
}

/** The original of document `id`, ready to show. */
export async function originalView(db: Database, id: string): Promise<OriginalView> {
  const document = getDocument(db, id);
  const bytes = getOriginalBytes(db, id);
  if (!document || !bytes) throw apiError('not-found', 'errors.notFound', { id });
  const format = formatOf(document.source.mediaType);
  const base = {
    fileName: document.source.fileName,
    mediaType: document.source.mediaType,
    size: document.source.size,
    importedAt: document.source.importedAt,
    format,
  };
  switch (format) {
    case 'pdf':
      return { kind: 'pdf', ...base, dataBase64: Buffer.from(bytes).toString('base64') };
    case 'docx':
      try {
        return { kind: 'html', ...base, html: inertHtml(await docxHtml(bytes)) };
      } catch {
        throw apiError('invalid-input', 'original.unreadable');
      }
    case 'html':
      return { kind: 'html', ...base, html: inertHtml(decodeText(bytes).text) };
    default:
      return { kind: 'text', ...base, text: decodeText(bytes).text };
  }
}
