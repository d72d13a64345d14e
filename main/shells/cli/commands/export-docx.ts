/**
 * `precis export-docx NOTE_ID|PACK_ID -o FILE.docx [--template FILE.dotx|.docx [--styles MAP.json]]`
 * and `precis export-docx --sample [--lang fr] -o FILE.docx`: the Word file is made by the same
 * service as the app's and written where the user says, atomically, by a service call the API
 * does not have (no path crosses the API). Without `--template`, the template chosen in
 * Settings is used, if any; `--no-template` uses Précis's own layout.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { translateApiError } from '../../../../shared/api/index.ts';
import type { WordTemplate } from '../../../services/export/docx/template-export.ts';
import { parseStyleMapping } from '../../../services/export/docx/template-styles.ts';
import { WordTemplateError } from '../../../services/export/docx/word-package.ts';
import { exportWordToFile, targetOf } from '../../../services/export/export-docx.ts';
import { ExportError } from '../../../services/export/resolve-pack.ts';
import { loadWordTemplate } from '../../../services/export/word-template-store.ts';
import { CliError, callApi, printJson, usageError, type Command, type CommandRun } from '../command.ts';

const USAGE =
  'export-docx (NOTE_ID | PACK_ID | --sample [--lang en|fr]) -o FILE.docx [--template FILE.dotx [--styles MAP.json] | --no-template] [--json]';

async function readUserFile(run: CommandRun, path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch {
    throw new CliError(run.t('docx.cli.noFile', { path }));
  }
}

/** The template: the file given, none, or the one chosen in Settings. */
async function chooseTemplate(
  run: CommandRun,
  given: { template?: string; styles?: string; none: boolean },
): Promise<WordTemplate | undefined> {
  if (given.none) return undefined;
  if (given.template) {
    const path = resolve(given.template);
    const bytes = await readUserFile(run, path);
    const mapping = given.styles
      ? parseStyleMapping(
          new TextDecoder().decode(await readUserFile(run, resolve(given.styles))),
          basename(given.styles),
        )
      : undefined;
    return { bytes, name: basename(path), ...(mapping ? { mapping } : {}) };
  }
  return loadWordTemplate(run.context.db, dirname(run.context.storePath));
}

export const exportDocxCommand: Command = {
  usage: 'export-docx ID|--sample -o FILE.docx',
  summaryKey: 'docx.cli.summary',
  async run(run) {
    let id: string | undefined;
    let sample = false;
    let output: string | undefined;
    const given: { template?: string; styles?: string; none: boolean } = { none: false };
    for (let i = 0; i < run.args.length; i++) {
      const arg = run.args[i] as string;
      const value = () => {
        const next = run.args[++i];
        if (!next) throw usageError(run.t, USAGE, run.t('cliRun.needsValue', { option: arg }));
        return next;
      };
      if (arg === '--sample') sample = true;
      else if (arg === '-o' || arg === '--output') output = value();
      else if (arg.startsWith('--output=')) output = arg.slice('--output='.length);
      else if (arg === '--template') given.template = value();
      else if (arg === '--styles') given.styles = value();
      else if (arg === '--no-template') given.none = true;
      else if (!arg.startsWith('-') && id === undefined) id = arg;
      else throw usageError(run.t, USAGE, run.t('cliRun.unexpected', { arg }));
    }
    if (!output || (sample ? id !== undefined : id === undefined)) throw usageError(run.t, USAGE);
    if ((given.none && given.template) || (given.styles && !given.template)) throw usageError(run.t, USAGE);
    if (sample) id = (await callApi(run.context, 'packs:createSample', { language: run.language })).id;

    const target = targetOf(run.context.db, id as string);
    const path = resolve(output);
    let template: WordTemplate | undefined;
    try {
      template = await chooseTemplate(run, given);
      const result = await exportWordToFile(run.context.db, target, path, template ? { template } : {});
      if (run.json)
        return printJson(run, {
          id,
          kind: target.kind,
          path,
          byteLength: result.bytes.byteLength,
          template: template?.name ?? null,
        });
      run.out(
        run.t('docx.cli.wrote', {
          path,
          size: Math.ceil(result.bytes.byteLength / 1024).toLocaleString(run.language === 'fr' ? 'fr-CA' : 'en-CA'),
          template: template ? run.t('docx.cli.withTemplate', { name: template.name }) : '',
        }),
      );
    } catch (error) {
      if (error instanceof ExportError || error instanceof WordTemplateError)
        throw new CliError(translateApiError(error.translation, run.language));
      throw error;
    }
  },
};
