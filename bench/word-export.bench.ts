/**
 * Word export rows, beside the PDF's: the same ~100-page pack written as .docx (resolved from
 * the store, written, properties set), in Précis's layout and in the neutral template. The floor
 * is the docx library alone packing the same document, already built, into a file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Packer } from 'docx';
import { bundledTemplatePaths } from '../main/services/api/exports.api.ts';
import { createWordDocument, wordFacts } from '../main/services/export/docx/word-document.ts';
import { parseStyleMapping } from '../main/services/export/docx/template-styles.ts';
import { exportWord, resolveWordSource } from '../main/services/export/export-docx.ts';
import { formatPrintDate } from '../main/services/export/print-strings.ts';
import type { Database } from '../main/services/store/database.ts';
import { measure, type BenchRow } from './measure.ts';

/** Pages of the file as LibreOffice lays it out (when it is installed), for the row's name. */
function pagesOf(file: string, dir: string): number | undefined {
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const info = execFileSync('pdfinfo', [file.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  } catch {
    return undefined;
  }
}

export async function wordExportBenchRows(db: Database, packId: string, dir: string): Promise<BenchRow[]> {
  const target = { kind: 'pack' as const, id: packId };
  let bytes: Uint8Array = new Uint8Array();
  const ours = await measure(
    async () => {
      bytes = (await exportWord(db, target)).bytes;
    },
    { runs: 5, warmup: 1 },
  );
  const file = join(dir, 'pack.docx');
  writeFileSync(file, bytes);
  const pages = pagesOf(file, dir);

  const source = resolveWordSource(db, target);
  const document = createWordDocument(source, wordFacts(source, formatPrintDate));
  const floor = await measure(() => Packer.toBuffer(document), { runs: 5, warmup: 1 });

  const paths = bundledTemplatePaths();
  const template = {
    bytes: readFileSync(paths.template),
    name: 'precis-neutral.dotx',
    mapping: parseStyleMapping(readFileSync(paths.mapping, 'utf8'), 'precis-neutral.styles.json'),
  };
  const inTemplate = await measure(() => exportWord(db, target, { template }), { runs: 5, warmup: 1 });

  const size = pages ? `${pages}-page` : '~100-page';
  const note = pages
    ? `${pages} pages as LibreOffice lays it out; ${Math.round(bytes.byteLength / 1024)} KB`
    : 'LibreOffice not installed: page count not measured';
  return [
    {
      name: `export a ${size} pack to Word (.docx)`,
      ...ours,
      target_ms: 3000,
      alternative: { name: 'floor: docx library packing the same built document', median_ms: floor.median_ms },
      note,
    },
    {
      name: `export the same pack to Word in the neutral template`,
      ...inTemplate,
      target_ms: 3000,
      note: 'template checked, styles mapped, placeholders filled by docx patchDocument',
    },
  ];
}
