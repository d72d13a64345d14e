/**
 * A Word file as the zip of parts it is: read with the same guards as an imported DOCX (declared
 * sizes, ratios and honest headers checked before anything is inflated), and written back.
 * Also tells apart what is not a Word 2007+ file at all: an old .doc/.dot, a password-protected
 * file (an encrypted OLE container, not a zip), a macro-enabled one.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { translateApiError, translation, type ApiErrorTranslation } from '../../../../shared/api/index.ts';
import { MAX_ZIP_RATIO, ZIP_RATIO_MIN_BYTES } from '../../import/limits.ts';
import { readZipEntries, verifyZip } from '../../import/zip.ts';

/** A template is a few hundred kilobytes; a logo-heavy one a few megabytes. */
export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;
/** What its parts may expand to, all together. */
export const MAX_TEMPLATE_EXPANDED_BYTES = 100 * 1024 * 1024;

/** A template (or a Word file made from one) that Précis cannot use; the message says why and what to do. */
export class WordTemplateError extends Error {
  readonly reason:
    | 'not-word'
    | 'old-format'
    | 'password'
    | 'restricted'
    | 'macro'
    | 'damaged'
    | 'too-large'
    | 'no-body'
    | 'body-not-alone'
    | 'no-marking'
    | 'unknown-placeholder'
    | 'mapping'
    | 'missing';
  /** The message as a catalogue key, to word it in the caller's language. */
  readonly translation: ApiErrorTranslation;
  constructor(reason: WordTemplateError['reason'], translation: ApiErrorTranslation) {
    super(translateApiError(translation, 'en'));
    this.name = 'WordTemplateError';
    this.reason = reason;
    this.translation = translation;
  }
}

/**
 * Placeholders as messages show them: the catalogues write `{{body}}` as a variable, so the
 * literal braces come in as its value.
 */
export const PLACEHOLDER_WORDS = { body: '{{body}}', classification: '{{classification}}', title: '{{title}}' };

export const CONTENT_TYPES = '[Content_Types].xml';
export const MAIN_PART = 'word/document.xml';
const DOCUMENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const TEMPLATE_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';
const MACRO_TYPES = /application\/vnd\.ms-word\.(document|template)\.macroEnabled/;

/** The parts of a Word package, by path inside the zip. */
export type WordParts = Map<string, Uint8Array>;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether an OLE container holds an encrypted Office package (what Word writes for a password-protected file). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  // The stream names are UTF-16LE in the container's directory.
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/**
 * The parts of a Word 2007+ file (.docx, .dotx), checked: not too large, not a zip bomb, not
 * encrypted, not macro-enabled, with a main document part. `name` is the file's name, for messages.
 */
export function readWordPackage(bytes: Uint8Array, name: string): { parts: WordParts; template: boolean } {
  const quoted = { name };
  if (bytes.byteLength > MAX_TEMPLATE_BYTES)
    throw new WordTemplateError(
      'too-large',
      translation('docx.errors.tooLarge', { size: Math.round(MAX_TEMPLATE_BYTES / 1024 / 1024) }, { quoted }),
    );
  if (startsWith(bytes, OLE_MAGIC)) {
    throw isEncryptedPackage(bytes)
      ? new WordTemplateError('password', translation('docx.errors.password', {}, { quoted }))
      : new WordTemplateError('old-format', translation('docx.errors.oldFormat', {}, { quoted }));
  }
  const entries = bytes[0] === 0x50 && bytes[1] === 0x4b ? readZipEntries(bytes) : null;
  if (!entries) throw new WordTemplateError('not-word', translation('docx.errors.notWord', {}, { quoted }));
  // A zip bomb: too much in total, or a part that inflates far beyond what any document does.
  const expandsTooMuch = () =>
    new WordTemplateError(
      'too-large',
      translation(
        'docx.errors.expandsTooMuch',
        { size: Math.round(MAX_TEMPLATE_EXPANDED_BYTES / 1024 / 1024) },
        { quoted },
      ),
    );
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_TEMPLATE_EXPANDED_BYTES) throw expandsTooMuch();
  if (
    entries.some(
      (e) =>
        e.uncompressedSize >= ZIP_RATIO_MIN_BYTES && e.uncompressedSize / Math.max(1, e.compressedSize) > MAX_ZIP_RATIO,
    )
  )
    throw expandsTooMuch();
  const verdict = verifyZip(bytes, entries);
  if (!verdict.ok)
    throw verdict.reason === 'too-large'
      ? expandsTooMuch()
      : new WordTemplateError('damaged', translation('docx.errors.damaged', { detail: verdict.detail }, { quoted }));
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new WordTemplateError('damaged', translation('docx.errors.damaged', { detail }, { quoted }));
  }
  const parts: WordParts = new Map(Object.entries(unzipped));
  const types = parts.get(CONTENT_TYPES);
  if (!types || !parts.has(MAIN_PART))
    throw new WordTemplateError('not-word', translation('docx.errors.notWord', {}, { quoted }));
  const contentTypes = strFromU8(types);
  if (MACRO_TYPES.test(contentTypes))
    throw new WordTemplateError('macro', translation('docx.errors.macro', {}, { quoted }));
  const template = contentTypes.includes(TEMPLATE_TYPE);
  if (!template && !contentTypes.includes(DOCUMENT_TYPE))
    throw new WordTemplateError('not-word', translation('docx.errors.notWord', {}, { quoted }));
  return { parts, template };
}

/** A part as text (XML), or undefined when the package does not have it. */
export function partText(parts: WordParts, path: string): string | undefined {
  const bytes = parts.get(path);
  return bytes ? strFromU8(bytes) : undefined;
}

export function setPartText(parts: WordParts, path: string, text: string): void {
  parts.set(path, strToU8(text));
}

/** A template's main part declared as a document's, so what is made from a .dotx opens as a .docx. */
export function asDocument(parts: WordParts): void {
  const types = partText(parts, CONTENT_TYPES);
  if (types?.includes(TEMPLATE_TYPE)) setPartText(parts, CONTENT_TYPES, types.split(TEMPLATE_TYPE).join(DOCUMENT_TYPE));
}

/**
 * The package as a zip again, its content types first (as Word writes it). `stored` skips
 * compression, for a package that is only handed on to be rewritten.
 */
export function writeWordPackage(parts: WordParts, options: { stored?: boolean } = {}): Uint8Array {
  const files: Zippable = {};
  const types = parts.get(CONTENT_TYPES);
  if (types) files[CONTENT_TYPES] = types;
  for (const [path, bytes] of parts) if (path !== CONTENT_TYPES) files[path] = bytes;
  return zipSync(files, { level: options.stored ? 0 : 6 });
}

/**
 * The header and footer parts the document's sections print (default, first-page and even-page
 * ones), by their paths in the package.
 */
export function printedHeaderFooterParts(parts: WordParts): { headers: string[]; footers: string[] } {
  const document = partText(parts, MAIN_PART) ?? '';
  const rels = partText(parts, 'word/_rels/document.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attributes = match[1] ?? '';
    const id = /\bId="([^"]*)"/.exec(attributes)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(attributes)?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`);
  }
  const referenced = (kind: 'header' | 'footer') =>
    [
      ...new Set(
        [...document.matchAll(new RegExp(`<w:${kind}Reference\\b[^>]*\\br:id="([^"]*)"`, 'g'))]
          .map((m) => targets.get(m[1] ?? ''))
          .filter((path): path is string => path !== undefined && parts.has(path)),
      ),
    ].sort();
  return { headers: referenced('header'), footers: referenced('footer') };
}
