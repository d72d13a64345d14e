import { formatParagraphLabels, paragraphLabel, type StoredDocument } from '../../../../shared/model/index.ts';
import { callApi, printJson, usageError, type Command } from '../command.ts';

/** The document as readable text: title, dateline, headings and numbered paragraphs. */
export function formatDocument(doc: StoredDocument): string {
  const lines = [doc.title, [doc.date, doc.place, doc.issuer].filter(Boolean).join(' – '), ''];
  for (const section of doc.sections) {
    if (section.heading) lines.push(`## ${section.heading}`, '');
    for (const paragraph of section.paragraphs)
      lines.push(`${formatParagraphLabels([paragraphLabel(paragraph)])}  ${paragraph.text}`, '');
  }
  return lines.join('\n').trimEnd();
}

export const showCommand: Command = {
  usage: 'show ID [--json]',
  summaryKey: 'cli.summaries.show',
  async run(run) {
    const [id, ...rest] = run.args;
    if (!id || rest.length > 0) throw usageError(run.t, 'show ID [--json]');

    const document = await callApi(run.context, 'documents:get', { id });
    // Its other language version, when it is paired (issue 16): a field added, none renamed.
    const paired = await callApi(run.context, 'pairs:partner', { documentId: id });
    const pairedWith = paired?.partner ?? null;
    if (run.json) return printJson(run, { ...document, pairedWith });
    run.out(formatDocument(document));
    if (pairedWith) run.out(`\n${run.t('pairs.cli.pairedWith', { ...pairedWith })}`);
  },
};
