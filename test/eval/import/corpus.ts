/**
 * The corpus on disk: corpus/<split>/<id>/ with one `source.<ext>` and a `truth.json`, whose
 * shape is checked here (zod) before anything is measured.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FORMATS, formatOf } from './formats.ts';
import type { Format } from './formats.ts';

export const CORPUS_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));
export const SPLITS = ['train', 'validation'] as const;
export type Split = (typeof SPLITS)[number];

/** "1", "12", "PP3", "4(a)", "4(a)(ii)". */
export const LABEL = /^(?:PP\d+|\d+(?:\([a-z]{1,4}\)(?:\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\))?)?)$/;

const Labelled = z.object({ label: z.string().regex(LABEL), text: z.string().min(1) });

export const TruthSchema = z
  .object({
    title: z.string().min(1),
    kind: z.enum(['declaration', 'news', 'other']),
    language: z.enum(['en', 'fr']),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    place: z.string().min(1).nullable(),
    issuer: z.string().min(1).nullable(),
    issuerAlternatives: z.array(z.string().min(1)).optional(),
    headings: z.array(z.string().min(1)),
    paragraphs: z.array(Labelled).min(1),
    cruft: z.array(z.string().min(3)).min(3),
    notes: z.array(Labelled).optional(),
  })
  .strict();
export type Truth = z.infer<typeof TruthSchema>;

export interface CorpusDocument {
  id: string;
  split: Split;
  format: Format;
  language: 'en' | 'fr';
  sourcePath: string;
  fileName: string;
  truth: Truth;
}

/** Every document of the chosen splits, in id order. Throws on a folder that breaks the layout. */
export function loadCorpus(splits: readonly Split[] = SPLITS): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  for (const split of splits) {
    const dir = join(CORPUS_DIR, split);
    for (const id of readdirSync(dir).sort()) {
      const format = formatOf(id);
      const files = readdirSync(join(dir, id)).filter((f) => f !== 'truth.json');
      const expected = `source.${FORMATS[format].extension}`;
      if (files.length !== 1 || files[0] !== expected) {
        throw new Error(`${split}/${id}: expected exactly one input file ${expected}, found ${files.join(', ')}`);
      }
      const truth = TruthSchema.parse(JSON.parse(readFileSync(join(dir, id, 'truth.json'), 'utf8')));
      docs.push({
        id,
        split,
        format,
        language: truth.language,
        sourcePath: join(dir, id, expected),
        fileName: fileNameFor(id, format),
        truth,
      });
    }
  }
  return docs;
}

/**
 * The name the file has when a user imports it: a saved page keeps its page's name, a paste is
 * named the way the app names clipboard content.
 */
function fileNameFor(id: string, format: Format): string {
  const base = id.replace(new RegExp(`-${format}$`), '');
  if (format === 'paste-txt') return 'Pasted 2025-06-02 09.14.txt';
  if (format === 'paste-html') return 'Pasted 2025-06-02 09.14.html';
  return `${base}.${FORMATS[format].extension}`;
}

/** The clipboard media type a paste arrives with. */
export function mediaTypeFor(format: Format): string | undefined {
  if (format === 'paste-txt') return 'text/plain';
  if (format === 'paste-html') return 'text/html';
  return undefined;
}
