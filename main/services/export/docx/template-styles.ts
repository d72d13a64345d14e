/**
 * Which of a template's styles each Précis block is written in. A small mapping file names them
 * (`{"styles": {"heading1": "Dept Heading 1", "quote": "Block Quote"}}`, by the names Word shows
 * or by style id); blocks it leaves out take the template's own built-in style ("heading 1",
 * "Quote"…) when it has one, else Précis's, which is then added to the template's styles.
 */
import { Document, Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import { translation } from '../../../../shared/api/index.ts';
import type { TemplateStyle } from './template-check.ts';
import { partText, setPartText, WordTemplateError, type WordParts } from './word-package.ts';
import { precisStyles, PRECIS_STYLES, WORD_BLOCKS, type StyleIds, type WordBlock } from './word-styles.ts';

/** The mapping file: Précis block → the template's style, by name or id. */
export const StyleMappingSchema = z
  .object({
    styles: z.partialRecord(z.enum(WORD_BLOCKS), z.string().trim().min(1).max(200)),
  })
  .strict();
export type StyleMapping = z.infer<typeof StyleMappingSchema>;

/** Parses a mapping file's text; a refusal says what is wrong and which block names exist. */
export function parseStyleMapping(text: string, name: string): StyleMapping {
  const quoted = { name };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WordTemplateError('mapping', translation('docx.errors.mappingNotJson', {}, { quoted }));
  }
  const parsed = StyleMappingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WordTemplateError(
      'mapping',
      translation(
        'docx.errors.mappingShape',
        {
          where: issue?.path.join('.') || '—',
          blocks: WORD_BLOCKS.join(', '),
          example: '{"styles": {"heading1": "…", "quote": "…"}}',
        },
        { quoted },
      ),
    );
  }
  return parsed.data;
}

/** Character styles Précis's runs name (links, footnote marks), added when a template lacks them. */
const CHARACTER_STYLES = [
  { id: 'Hyperlink', name: 'Hyperlink' },
  { id: 'FootnoteReference', name: 'footnote reference' },
];

export interface ResolvedStyles {
  ids: StyleIds;
  /** Style ids Précis must add to the template, its own definitions. */
  missing: string[];
}

function findStyle(
  styles: readonly TemplateStyle[],
  wanted: string,
  type: TemplateStyle['type'],
): TemplateStyle | undefined {
  const key = wanted.trim().toLowerCase();
  return (
    styles.find((s) => s.type === type && s.name.toLowerCase() === key) ??
    styles.find((s) => s.type === type && s.id.toLowerCase() === key)
  );
}

/** Each block's style id in the template; a mapping that names a style the template lacks is refused. */
export function resolveTemplateStyles(
  styles: readonly TemplateStyle[],
  mapping: StyleMapping | undefined,
  templateName: string,
): ResolvedStyles {
  const ids = {} as StyleIds;
  const missing = new Set<string>();
  for (const block of WORD_BLOCKS) {
    const wanted = mapping?.styles[block as WordBlock];
    if (wanted) {
      const style = findStyle(styles, wanted, 'paragraph');
      if (!style)
        throw new WordTemplateError(
          'mapping',
          translation('docx.errors.mappingUnknownStyle', { block }, { quoted: { style: wanted, name: templateName } }),
        );
      ids[block] = style.id;
      continue;
    }
    const own = PRECIS_STYLES[block];
    const builtIn = own.builtIn ? findStyle(styles, own.name, 'paragraph') : undefined;
    const sameId = styles.find((s) => s.type === 'paragraph' && s.id === own.id);
    ids[block] = (builtIn ?? sameId)?.id ?? own.id;
    if (!builtIn && !sameId) missing.add(own.id);
  }
  for (const style of CHARACTER_STYLES)
    if (!styles.some((s) => s.type === 'character' && s.id === style.id)) missing.add(style.id);
  return { ids, missing: [...missing] };
}

let precisStylesXml: Promise<string> | undefined;

/** Précis's styles part, as the docx library writes it (made once per process). */
function ownStylesXml(): Promise<string> {
  precisStylesXml ??= Packer.toBuffer(new Document({ styles: precisStyles(), sections: [{ children: [] }] })).then(
    (buffer) =>
      strFromU8(
        unzipSync(new Uint8Array(buffer), { filter: (f) => f.name === 'word/styles.xml' })['word/styles.xml'] ??
          new Uint8Array(),
      ),
  );
  return precisStylesXml;
}

/** Adds Précis's definitions of the given styles to the template's styles part. */
export async function addMissingStyles(parts: WordParts, missing: readonly string[]): Promise<void> {
  if (missing.length === 0) return;
  const own = await ownStylesXml();
  const definitions = missing
    .map((id) => new RegExp(`<w:style\\b[^>]*\\bw:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(own)?.[0])
    .filter((xml): xml is string => xml !== undefined)
    // A Précis style is based on Normal; in a template whose Normal has another id, Word ignores the link.
    .join('');
  const styles = partText(parts, 'word/styles.xml');
  if (!styles || !definitions) return;
  setPartText(parts, 'word/styles.xml', styles.replace(/<\/w:styles>\s*$/, `${definitions}</w:styles>`));
}
