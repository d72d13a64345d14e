import { formatParagraphLabels, type CitedParagraph, type ExcerptPayload } from '../../../../shared/model/index.ts';
import { noteToPlainText } from '../../../../shared/notes/content.ts';
import { renderNoteHtml } from '../../../../shared/notes/render-html.ts';
import { callApi, printJson, usageError, type Command } from '../command.ts';

export const noteCommand: Command = {
  usage: 'note ID [--html] [--json]',
  summaryKey: 'cli.summaries.note',
  async run(run) {
    const html = run.args.includes('--html');
    const [id, ...rest] = run.args.filter((a) => a !== '--html');
    if (!id || rest.length > 0) throw usageError(run.t, 'note ID [--html] [--json]');
    const note = await callApi(run.context, 'notes:get', { id });
    if (html) {
      // Citations show the cited paragraphs' numbers as they are now (the API resolved them).
      const now = new Map<string, CitedParagraph[]>(
        note.excerpts.map((e) => [excerptKey(e.documentId, e.paragraphIds), e.current]),
      );
      const cite = (excerpt: ExcerptPayload) =>
        now.get(
          excerptKey(
            excerpt.documentId,
            excerpt.paragraphs.map((p) => p.id),
          ),
        );
      return run.out(renderNoteHtml(note, cite));
    }
    if (run.json) {
      return printJson(run, {
        id: note.id,
        title: note.title,
        status: note.status,
        classification: note.classification,
        language: note.language,
        updatedAt: note.updatedAt,
        fields: note.fields,
        text: noteToPlainText(note.content),
        content: note.content,
        excerpts: note.excerpts.map((e) => ({
          documentId: e.documentId,
          version: e.version,
          paragraphs: e.paragraphs,
          paragraphIds: e.paragraphIds,
          labels: e.labels,
          status: e.status,
          text: e.text,
        })),
      });
    }
    run.out(`${note.title}\n${note.status} · ${note.classification} · ${note.language}\n`);
    run.out(noteToPlainText(note.content));
    if (note.excerpts.length > 0) {
      run.out(`\n${run.t('cliRun.excerpts')}`);

      for (const e of note.excerpts) {
        const flag =
          e.status === 'merged' || e.status === 'split' || e.status === 'removed'
            ? ` (${run.t(`citation.change.${e.status}`)})`
            : '';
        run.out(`  ${e.documentId} ${formatParagraphLabels(e.current)}${flag}: “${e.text}”`);
      }
    }
  },
};

function excerptKey(documentId: string, paragraphIds: readonly string[]): string {
  return `${documentId} ${paragraphIds.join(' ')}`;
}
