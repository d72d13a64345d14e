/**
 * The departmental Word template the user chose once in Settings: Précis keeps its own copy in
 * the data folder (`templates/`, owner-only), with its style mapping, and remembers it in the
 * `wordTemplate` setting (name, SHA-256, when it was chosen). A template is checked before it is
 * kept, so a bad one is refused at once and the previous choice stays.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { translation } from '../../../shared/api/index.ts';
import type { Database } from '../store/database.ts';
import { deleteSetting, getSetting, setSetting } from '../store/settings.store.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { checkTemplate } from './docx/template-check.ts';
import type { WordTemplate } from './docx/template-export.ts';
import { parseStyleMapping, resolveTemplateStyles, StyleMappingSchema } from './docx/template-styles.ts';
import { WordTemplateError } from './docx/word-package.ts';

const SETTING = 'wordTemplate';
const FILE = 'word-template.bin';

const StoredTemplateSchema = z.object({
  fileName: z.string(),
  sha256: z.string(),
  byteLength: z.number().int().nonnegative(),
  addedAt: z.string(),
  placeholders: z.array(z.string()),
  mappingFileName: z.string().nullable(),
  mapping: StyleMappingSchema.nullable(),
});
export type StoredTemplate = z.infer<typeof StoredTemplateSchema>;

export function templatesDir(dataDir: string): string {
  return join(dataDir, 'templates');
}

/** What Settings shows of the chosen template, or null when Précis's own layout is used. */
export function wordTemplateInfo(db: Database): StoredTemplate | null {
  const raw = getSetting(db, SETTING);
  if (!raw) return null;
  try {
    return StoredTemplateSchema.parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

/**
 * Checks a template (and its mapping file, when given) and keeps it as the one Word exports use.
 * Nothing changes when it is refused.
 */
export async function chooseWordTemplate(
  db: Database,
  dataDir: string,
  template: { fileName: string; bytes: Uint8Array },
  mappingFile?: { fileName: string; text: string },
  now = new Date(),
): Promise<StoredTemplate> {
  const checked = checkTemplate(template.bytes, template.fileName);
  const mapping = mappingFile ? parseStyleMapping(mappingFile.text, mappingFile.fileName) : undefined;
  resolveTemplateStyles(checked.styles, mapping, template.fileName);
  const stored: StoredTemplate = {
    fileName: template.fileName,
    sha256: createHash('sha256').update(template.bytes).digest('hex'),
    byteLength: template.bytes.byteLength,
    addedAt: now.toISOString(),
    placeholders: checked.placeholders,
    mappingFileName: mappingFile?.fileName ?? null,
    mapping: mapping ?? null,
  };
  const dir = templatesDir(dataDir);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFileAtomic(join(dir, FILE), template.bytes, undefined, { mode: 0o600 });
  setSetting(db, SETTING, JSON.stringify(stored));
  return stored;
}

/** Back to Précis's own layout: the kept copy is deleted. */
export async function clearWordTemplate(db: Database, dataDir: string): Promise<void> {
  deleteSetting(db, SETTING);
  await fs.unlink(join(templatesDir(dataDir), FILE)).catch(() => {});
}

/** The chosen template, read back and checked against its SHA-256; undefined when none is chosen. */
export async function loadWordTemplate(db: Database, dataDir: string): Promise<WordTemplate | undefined> {
  const stored = wordTemplateInfo(db);
  if (!stored) return undefined;
  const missing = () =>
    new WordTemplateError(
      'missing',
      translation('docx.errors.templateMissing', {}, { quoted: { name: stored.fileName } }),
    );
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(join(templatesDir(dataDir), FILE));
  } catch {
    throw missing();
  }
  if (createHash('sha256').update(bytes).digest('hex') !== stored.sha256) throw missing();
  return { bytes, name: stored.fileName, ...(stored.mapping ? { mapping: stored.mapping } : {}) };
}
