import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { Annotation } from '../../../../shared/model/index.ts';
import { formatParagraphLabels, plainTextToLexical } from '../../../../shared/model/index.ts';
import { CliError, callApi, printJson, usageError, type Command, type CommandRun } from '../command.ts';

/** The stable `--json` shape of one annotation, shared by `annotate` and `annotations`. */
export function annotationJson(a: Annotation) {
  return {
    id: a.id,
    quote: a.anchor.text ?? a.quote.exact,
    paragraph: a.anchor.paragraph,
    paragraphId: a.anchor.paragraphId ?? null,
    paragraphLabel: a.anchor.paragraphLabel ?? null,
    status: a.anchor.status,
    comment: a.comment?.text ?? null,
    tags: a.tags,
    color: a.color,
  };
}

function formatAnnotation(a: Annotation): string {
  const where =
    a.anchor.paragraph === null
      ? 'orphaned'
      : formatParagraphLabels([a.anchor.paragraphLabel ?? String(a.anchor.paragraph)]);
  const status = a.anchor.status === 'exact' ? '' : ` [${a.anchor.status}]`;
  const lines = [`${a.id}  ${where}  ${a.color}${status}`, `  “${a.anchor.text ?? a.quote.exact}”`];
  if (a.comment) lines.push(...a.comment.text.split('\n').map((line) => `  ${line}`));
  if (a.tags.length > 0) lines.push(`  tags: ${a.tags.join(', ')}`);
  return lines.join('\n');
}

function parse(run: CommandRun, usage: string, options: ParseArgsOptionsConfig) {
  try {
    return parseArgs({ args: run.args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(run.t, usage, error instanceof Error ? error.message : String(error));
  }
}

const ANNOTATE_USAGE =
  'annotate DOC_ID --quote "TEXT" [--paragraph N] [--comment "…"] [--tag T]… [--color NAME] [--json]';

export const annotateCommand: Command = {
  usage: 'annotate DOC_ID --quote TEXT [...]',
  summaryKey: 'cli.summaries.annotate',
  async run(run) {
    const { values, positionals } = parse(run, ANNOTATE_USAGE, {
      quote: { type: 'string' },
      paragraph: { type: 'string' },
      comment: { type: 'string' },
      tag: { type: 'string', multiple: true },
      color: { type: 'string' },
    });
    const [documentId, ...extra] = positionals;
    const quote = values.quote as string | undefined;
    if (!documentId || extra.length > 0 || !quote?.trim()) throw usageError(run.t, ANNOTATE_USAGE);
    let paragraph: number | undefined;
    if (values.paragraph !== undefined) {
      paragraph = Number(values.paragraph);
      if (!Number.isInteger(paragraph) || paragraph < 1) throw new CliError(run.t('cliRun.paragraphNumber'), 2);
    }
    let color: Annotation['color'] | undefined;
    if (values.color !== undefined) {
      const name = String(values.color).trim().toLowerCase();
      const colors = await callApi(run.context, 'annotations:colors', {});
      const found = colors.find((c) => c.key === name || c.label.toLowerCase() === name);
      if (!found) {
        const known = colors.map((c) => `${c.key} (${c.label})`).join(', ');
        throw new CliError(run.t('cliRun.unknownColour', { color: String(values.color), known }), 2);
      }
      color = found.key;
    }
    const commentText = values.comment === undefined ? undefined : String(values.comment);
    const annotation = await callApi(run.context, 'annotations:create', {
      documentId,
      target: { type: 'quote', exact: quote, ...(paragraph !== undefined ? { paragraph } : {}) },
      ...(color ? { color } : {}),
      tags: (values.tag as string[] | undefined) ?? [],
      ...(commentText?.trim() ? { comment: { lexical: plainTextToLexical(commentText), text: commentText } } : {}),
    });
    if (run.json) return printJson(run, annotationJson(annotation));
    run.out(formatAnnotation(annotation));
  },
};

export const annotationsCommand: Command = {
  usage: 'annotations DOC_ID [--json]',
  summaryKey: 'cli.summaries.annotations',
  async run(run) {
    const { positionals } = parse(run, 'annotations DOC_ID [--json]', {});
    const [documentId, ...extra] = positionals;
    if (!documentId || extra.length > 0) throw usageError(run.t, 'annotations DOC_ID [--json]');
    const annotations = await callApi(run.context, 'annotations:list', { documentId });
    if (run.json) return printJson(run, annotations.map(annotationJson));
    run.out(annotations.length === 0 ? run.t('cliRun.noAnnotations') : annotations.map(formatAnnotation).join('\n\n'));
  },
};
